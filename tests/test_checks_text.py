"""Text helpers (sentences, phrase lists) and the prose checks' handling of rule-file data."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from peelcheck.packs.load import load_ruleset
from peelcheck.prose.phrases import Phrases, clauses
from peelcheck.prose.words import keep_case, normalise, repeated_words
from tests.conftest import EXAMPLES, run

SPLITTER = load_ruleset(["base"]).pack_data.splitter()  # the base pack's abbreviations


def sentences(text: str) -> tuple[tuple[int, int], ...]:
    return SPLITTER.sentences(text)


def _sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentences(text)]


def test_sentences_do_not_end_at_abbreviations_initials_or_decimals() -> None:
    text = (
        "Partners (e.g. Women's Aid) help. Mr. J. Smith said No. 5 unit grew 2.5 per cent. "
        "It ended.’ The next began!\n\nA paragraph without a stop\n\nends at the blank line"
    )
    assert _sentences(text) == [
        "Partners (e.g. Women's Aid) help.",
        "Mr. J. Smith said No. 5 unit grew 2.5 per cent.",
        "It ended.’",
        "The next began!",
        "A paragraph without a stop",
        "ends at the blank line",
    ]


def test_sentences_do_not_end_at_titles_and_references() -> None:
    text = "Prof. Lee and Cllr. Jones of Co. Durham ran Op. Quartz (ref. 12). It ended."
    assert _sentences(text) == [text[: text.index(" It")], "It ended."]


def test_sentences_do_not_end_at_abbreviations_the_base_pack_lists() -> None:
    # issue 15: "In Nov." was quoted as the first sentence of a narrative
    text = "In Nov. 2023 the force set up a team led by Det. Supt. Jones. It answered approx. 90% of calls within 30 secs. Calls rose."
    assert _sentences(text) == [
        "In Nov. 2023 the force set up a team led by Det. Supt. Jones.",
        "It answered approx. 90% of calls within 30 secs.",
        "Calls rose.",
    ]


def test_a_pack_adds_an_abbreviation_without_code(tmp_path: Path) -> None:
    pack = tmp_path / "house.yaml"
    pack.write_text(
        "peelcheck-rules: 1\npack: house\ndescription: d\nextends: [base]\n"
        "data:\n  abbreviations: [Supt, Hon]\n  abbreviations_before_numbers: []\n",
        encoding="utf-8",
    )
    splitter = load_ruleset([str(pack)]).pack_data.splitter()
    text = "The Hon. Member asked. In Nov. 2023 it began."
    assert [text[a:b] for a, b in splitter.sentences(text)] == [
        "The Hon. Member asked.",
        "In Nov.",
        "2023 it began.",
    ]


def test_sentences_do_not_split_text_run_together() -> None:
    # the defects text-hygiene reports: no space after the stop, or no stop at all
    assert len(sentences("It is inconsistent.The force acts. Contact However the way")) == 2


def test_phrases_match_whole_words_longest_first_ignoring_case_and_spacing() -> None:
    phrases = Phrases([("is good", "short"), ("is good at", "long"), ("good", "word")])
    text = "It IS  GOOD at this; it is goodness; it is good."
    found = [(text[m.start : m.end], m.label) for m in phrases.finditer(text)]
    assert found == [("IS  GOOD at", "long"), ("is good", "short")]


def test_phrases_sharing_words_keep_whole_words() -> None:
    phrases = Phrases([("it", "it"), ("its", "its"), ("it is good", "judged"), ("is good", "g")])
    text = "Its plan: it is goods, it is good, it"
    found = [(text[m.start : m.end], m.label) for m in phrases.finditer(text)]
    assert found == [("Its", "its"), ("it", "it"), ("it is good", "judged"), ("it", "it")]


def test_phrases_read_curly_apostrophes_and_ampersands_alike() -> None:
    phrases = Phrases([("Avon & Somerset Constabulary", 1), ("force's", 2)])
    text = "Avon and Somerset Constabulary and the force’s plan"
    assert [m.label for m in phrases.finditer(text)] == [1, 2]
    assert normalise("Avon  & Somerset’s") == "avon and somerset's"


def test_phrases_at_either_end_of_a_span() -> None:
    phrases = Phrases([("the force", "f"), ("is good at", "g")])
    text = "We found the force is good at it"
    ending = phrases.ending_at(text, 0, text.index("is good"))
    assert ending is not None and text[ending.start : ending.end] == "the force"
    starting = phrases.starting_at(text, text.index("force") + 5, len(text))
    assert starting is not None and starting.label == "g"
    assert phrases.ending_at(text, 0, text.index("found")) is None


def test_punctuation_phrases_need_no_word_boundary() -> None:
    breaks = Phrases([("but", 0), (";", 0)])
    text = "good at A but B requires improvement; C"
    assert [text[s:e].strip() for s, e in clauses(text, 0, len(text), breaks)] == [
        "good at A",
        "B requires improvement",
        "C",
    ]


def test_keep_case_and_repeated_words() -> None:
    assert keep_case("Formally known as", "formerly known as") == "Formerly known as"
    assert keep_case("FORMALLY", "formerly") == "FORMERLY"
    assert keep_case("formally", "formerly") == "formerly"
    text = "The the plan, it’s it’s own. In, in\n\nin that  That"
    assert [text[s:e] for s, e, _ in repeated_words(text)] == ["The the", "it’s it’s", "that  That"]


def test_repeated_words_across_long_runs_of_spaces() -> None:
    # the spaces between two words are matched atomically: splitting them every way was
    # quadratic (40 s for 100 000 spaces)
    text = "a" + " " * 50_000 + "b the" + " " * 50_000 + "the"
    assert [(text[s : s + 3], text[e - 3 : e]) for s, e, _ in repeated_words(text)] == [
        ("the", "the")
    ]


PACK = """\
peelcheck-rules: 1
pack: local
description: A local pack.
extends: [wording]
rules:
  - id: local-rule
    severity: warning
    description: A rule.
    given: "questions[*]"
    check: {check}
    message: "{{statement}}"
"""


@pytest.mark.parametrize(
    ("check", "problem"),
    [
        (
            "{type: judgement, field: narrative, phrases: no_such_list, require: states}",
            "no pack data named 'no_such_list'",
        ),
        (
            "{type: judgement, field: narrative, phrases: force_subjects, require: states}",
            "pack data 'force_subjects' must be a mapping grade -> phrases",
        ),
        (
            "{type: existence, fields: [narrative], find: '(a)\\1'}",
            "backreferences and lookarounds are not available",
        ),
        (
            "{type: existence, fields: [narrative], find: '(?P<x>a)', fix: '{y}'}",
            "the pattern has no group named 'y'",
        ),
        (
            "{type: in-table, field: subject, table: forces, columns: [name], flag: listed}",
            "table 'forces' has no column 'name'",
        ),
        (
            "{type: date, field: published, not_before: \"context('today')\", too_early: '{x}'}",
            "may only use the placeholder {limit}",
        ),
        (
            "{type: topic-judgement, field: summary, phrases: judgement_phrases, "
            "topics: question_topics, objects: judgement_phrases}",
            "pack data 'judgement_phrases' must be a list of words",
        ),
        (
            "{type: topic-judgement, field: summary, phrases: judgement_phrases, "
            "topics: question_topics, scope_ends: no_such_list}",
            "no pack data named 'no_such_list'",
        ),
        (
            "{type: judged-subject, fields: [narrative], phrases: judgement_phrases, "
            "table: forces, columns: [force_name], lead_ins: question_topics}",
            "pack data 'question_topics' must be a list of words",
        ),
    ],
)
def test_bad_check_data_is_refused_with_its_place(
    write: Callable[..., Path], check: str, problem: str
) -> None:
    pack = write(PACK.format(check=check), "local.yaml")
    result = run("check", "--rules", str(pack), str(EXAMPLES / "gwent-2016-effectiveness.yaml"))
    assert result.code == 2
    assert f"{pack}:10:" in result.err or "local.yaml:10:" in result.err, result.err
    assert problem in result.err


def test_a_pack_adds_a_word_list_and_a_rule_without_python(write: Callable[..., Path]) -> None:
    pack = write(
        """\
        peelcheck-rules: 1
        pack: local
        description: House style.
        extends: [base]
        data:
          house_style: {on-going: ongoing, e-mail: email}
        rules:
          - id: house-style
            severity: info
            description: House style.
            given: "questions[*]"
            check: {type: substitution, fields: [narrative], pairs: house_style}
            message: "write '{fix}', not '{match}'"
        """,
        "local.yaml",
    )
    draft = write(
        """\
        peelcheck: 1
        inspection: {programme: PEEL, cycle: "2016", subject: Gwent Police, pillar: Effectiveness}
        questions:
          - {number: 1, title: T, grade: Good, narrative: "Gwent Police is good at On-going work."}
        """
    )
    result = run("check", "--rules", str(pack), "--select", "house-style", str(draft))
    assert result.code == 0
    assert ":4:76: info house-style write 'Ongoing', not 'On-going'" in result.out


def test_phrase_list_placeholders_are_literal_and_unicode_classes_are_not_placeholders(
    write: Callable[..., Path],
) -> None:
    pack = write(
        """\
        peelcheck-rules: 1
        pack: local
        description: A local pack.
        extends: [base]
        data:
          markers: ["a.b (c)"]
        rules:
          - id: marker
            severity: warning
            description: A rule.
            given: "questions[*]"
            check: {type: existence, fields: [narrative], find: '\\p{Lu}{markers}'}
            message: "found '{match}'"
        """,
        "local.yaml",
    )
    draft = write(
        """\
        peelcheck: 1
        inspection: {programme: PEEL, cycle: "2016", subject: Gwent Police, pillar: Effectiveness}
        questions:
          - {number: 1, title: T, grade: Good, narrative: "Xa.b (c) and Xaxb (c)"}
        """
    )
    result = run("check", "--rules", str(pack), "--select", "marker", str(draft))
    assert "found 'Xa.b (c)'" in result.out
    assert "Xaxb" not in result.out
