"""The structure checks (framework, sequence, member, implies, count, starts-with) and the
grades and structure packs on the shipped examples."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from peelcheck.checks.framework import normalise_title
from peelcheck.checks.sequence import parse_number, show_number
from peelcheck.core.findings import Finding
from peelcheck.core.problems import SetupError
from peelcheck.draft.model import Report
from peelcheck.draft.read import load_file, load_text
from peelcheck.engine.evaluate import evaluate
from peelcheck.packs.load import builtin_pack_names, load_ruleset
from tests.conftest import EXAMPLES, run

MY_PACKS = ["grades", "structure"]
ILLUSTRATIVE = ["peel-2018-19-integrated.yaml", "peel-2023-25.yaml", "frs-2018-19.yaml"]


def _pack(tmp_path: Path, rule: str) -> Path:
    path = tmp_path / "pack.yaml"
    body = textwrap.indent(textwrap.dedent(rule).strip(), "  ")
    path.write_text(
        "peelcheck-rules: 1\npack: trial\ndescription: A trial pack.\nextends: [base]\n"
        f"rules:\n{body}\n",
        encoding="utf-8",
    )
    return path


def _check(pack: Path, draft: str) -> list[Finding]:
    loaded = load_text(textwrap.dedent(draft), "draft.yaml")
    report = Report.model_validate(loaded.data)
    return evaluate(loaded, report, load_ruleset([str(pack)]))


def _findings(packs: list[str], path: Path) -> list[tuple[str, str]]:
    loaded = load_file(path)
    report = Report.model_validate(loaded.data)
    found = evaluate(loaded, report, load_ruleset(packs))
    return sorted((f.rule, f.path) for f in found)


def test_reference_report_gives_only_the_known_finding_of_these_packs() -> None:
    found = _findings(MY_PACKS, EXAMPLES / "gwent-2016-effectiveness.yaml")
    assert found == [("requires-improvement-has-areas", "questions[3]")]


@pytest.mark.parametrize("name", ILLUSTRATIVE)
def test_illustrative_examples_are_clean_with_every_builtin_pack(name: str) -> None:
    # framework-unverified (info) says what their unverified frameworks could not check
    found = _findings(builtin_pack_names(), EXAMPLES / name)
    assert [f for f in found if f[0] != "framework-unverified"] == []


@pytest.mark.parametrize("name", ILLUSTRATIVE)
def test_illustrative_examples_say_they_are_not_published_reports(name: str) -> None:
    first = (EXAMPLES / name).read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# Illustrative draft, not a published report")


@pytest.mark.parametrize(
    ("value", "number"),
    [(3, (3,)), ("3", (3,)), ("1.1", (1, 1)), (" 2.10 ", (2, 10)), ("1a", None), ("", None)],
)
def test_parse_number(value: object, number: tuple[int, ...] | None) -> None:
    assert parse_number(value) == number


def test_parse_number_refuses_booleans_and_show_number_joins_parts() -> None:
    assert parse_number(True) is None
    assert show_number((2, 1)) == "2.1"


def test_title_comparison_ignores_quote_style_case_and_spacing() -> None:
    published = "How effective are the force's specialist capabilities?"
    assert normalise_title("How effective are the force’s  specialist Capabilities") == (
        normalise_title(published)
    )
    assert normalise_title("How effective is the force?") != normalise_title(published)


SEQUENCE_RULE = """
- id: numbered
  severity: error
  description: Items are numbered.
  given: "@"
  check: {type: sequence, items: questions, group_by: pillar, start: 1}
  message: "{value}{where} {problem}"
"""


def test_sequence_reports_each_slip_once(tmp_path: Path) -> None:
    draft = """\
        peelcheck: 1
        inspection: {programme: PEEL, cycle: "2023-25", subject: Kent Police}
        questions:
          - {number: 1, title: T, grade: Good}
          - {number: 2, title: T, grade: Good}
          - {number: 4, title: T, grade: Good}
          - {number: 5, title: T, grade: Good}
          - {number: 5, title: T, grade: Good}
          - {number: 6, title: T, grade: Good}
    """
    found = _check(_pack(tmp_path, SEQUENCE_RULE), draft)
    assert [(f.path, f.message) for f in found] == [
        ("questions[2].number", "4 is out of sequence: expected 3 after 2"),
        ("questions[4].number", "5 is used more than once"),
    ]


def test_sequence_lets_a_group_start_at_its_own_prefix(tmp_path: Path) -> None:
    draft = """\
        peelcheck: 1
        inspection: {programme: FRS, cycle: "2018/19", subject: Royal Berkshire Fire and Rescue Service}
        questions:
          - {number: "2.1", pillar: Efficiency, title: T, grade: Good}
          - {number: "2.2", pillar: Efficiency, title: T, grade: Good}
          - {number: "1.2", pillar: Effectiveness, title: T, grade: Good}
    """
    found = _check(_pack(tmp_path, SEQUENCE_RULE), draft)
    assert [f.message for f in found] == [
        "1.2 in Effectiveness is out of sequence: expected 1.1 first"
    ]


def test_member_checks_each_value_of_a_list(tmp_path: Path) -> None:
    rule = """
    - id: known-pillars
      severity: error
      description: Pillars are the programme's.
      given: "@"
      check: {type: member, fields: [names], in: "context('pillars')"}
      message: "{problem}"
    """
    pack = _pack(tmp_path, rule)
    loaded = load_text(
        'peelcheck: 1\ninspection: {programme: PEEL, cycle: "2016", subject: Kent Police}\n',
        "draft.yaml",
    )
    report = Report.model_validate(loaded.data)
    loaded.data["names"] = ["Efficiency", "Legitimacy", "Eficiency"]
    found = evaluate(loaded, report, load_ruleset([str(pack)]))
    assert [(f.path, f.message) for f in found] == [
        (
            "names[2]",
            "'Eficiency' is not one of Effectiveness, Efficiency, Legitimacy, Leadership, "
            "Other inspections; did you mean 'Efficiency'?",
        )
    ]


def test_implies_fills_its_reason_from_node_fields_and_values(tmp_path: Path) -> None:
    rule = """
    - id: only-if
      severity: warning
      description: Questions graded Good have a narrative.
      given: "questions[*]"
      check:
        type: implies
        if: "grade == 'Good'"
        then: "narrative"
        at: narrative
        say: "question {number} of {subject} is graded {grade} but says nothing"
        values: {subject: "context('subject')"}
      message: "{reason}; write it"
    """
    draft = """\
        peelcheck: 1
        inspection: {programme: PEEL, cycle: "2023-25", subject: Kent Police}
        questions:
          - {number: 1, title: T, grade: Good, narrative: Kent Police is good at it.}
          - {number: 2, title: T, grade: Good}
          - {number: 3, title: T, grade: Adequate}
    """
    found = _check(_pack(tmp_path, rule), draft)
    assert [(f.path, f.message) for f in found] == [
        (
            "questions[1].narrative",
            "question 2 of Kent Police is graded Good but says nothing; write it",
        )
    ]


def test_count_lists_what_it_counted(tmp_path: Path) -> None:
    rule = """
    - id: few-weak
      severity: warning
      description: At most one question below Good.
      given: "@"
      check: {type: count, items: "questions[?rank(grade) > rank('Good')]", max: 1, label: number}
      message: "{count} questions below Good ({items}), at most {max}"
    """
    draft = """\
        peelcheck: 1
        inspection: {programme: PEEL, cycle: "2023-25", subject: Kent Police}
        questions:
          - {number: 1, title: T, grade: Adequate}
          - {number: 2, title: T, grade: Ungraded}
          - {number: 3, title: T, grade: Inadequate}
    """
    found = _check(_pack(tmp_path, rule), draft)
    assert [f.message for f in found] == ["2 questions below Good (1, 3), at most 1"]


def test_starts_with_points_at_the_opening_words(tmp_path: Path) -> None:
    rule = """
    - id: afi
      severity: warning
      description: Areas for improvement start with the phrase.
      given: "questions[*]"
      check: {type: starts-with, field: areas_for_improvement, phrases: "'The force should'"}
      message: "'{opening}' at {item}; use {expected}"
    """
    draft = """\
        peelcheck: 1
        inspection: {programme: PEEL, cycle: "2023-25", subject: Kent Police}
        questions:
          - number: 1
            title: T
            grade: Good
            areas_for_improvement:
              - The force should act.
              - Officers must record crime accurately and on time.
    """
    (finding,) = _check(_pack(tmp_path, rule), draft)
    assert finding.message == "'Officers must record crime' at 2; use 'The force should'"
    assert (finding.line, finding.column) == (9, 9)
    assert finding.snippet == "Officers must record crime"


@pytest.mark.parametrize(
    ("check", "problem"),
    [
        ("{type: implies, if: '@'}", "give `if` and `then`"),
        (
            "{type: implies, if: '@', then: '@', cases: [{if: '@', then: '@'}]}",
            "give either `cases` or one inline case",
        ),
        ("{type: implies, if: '@', then: '@', say: '{a.b}'}", "must be a plain name"),
        ("{type: count, items: '@'}", "give `min`, `max` or both"),
        ("{type: count, items: '@', min: 3, max: 1}", "`min` (3) is more than `max` (1)"),
        ("{type: framework, report: [titles]}", "report"),
        ("{type: starts-with, phrases: '@', skip: '(?=x)'}", "lookarounds are not available"),
        ("{type: member, fields: [], in: '@'}", "fields"),
        ("{type: grade-compare, op: at-most, limit: Good, cap: '@'}", "`cap` applies to op"),
    ],
)
def test_bad_options_are_refused_with_their_line(tmp_path: Path, check: str, problem: str) -> None:
    rule = f"""
    - id: bad
      severity: error
      description: A bad rule.
      check: {check}
      message: m
    """
    pack = _pack(tmp_path, rule)
    with pytest.raises(SetupError) as caught:
        load_ruleset([str(pack)])
    (first,) = caught.value.problems
    assert first.line == 9
    assert problem in first.message


@pytest.mark.parametrize(
    "rule_id",
    [
        "framework-questions",
        "ungraded-by-framework",
        "question-numbers",
        "pillar-names",
        "overall-grade-expected",
        "overall-within-question-range",
        "overall-follows-majority",
        "outstanding-needs-good-questions",
        "inadequate-question-limits-overall",
        "inadequate-has-cause-of-concern",
        "cause-of-concern-has-recommendation",
        "adequate-has-areas",
        "cause-of-concern-under-good",
        "area-for-improvement-wording",
    ],
)
def test_explain_shows_rationale_and_both_examples(rule_id: str) -> None:
    result = run("explain", rule_id)
    assert result.code == 0
    assert "Why:" in result.out
    assert "Example of a draft it flags:" in result.out
    assert "Use instead:" in result.out
