"""Safe fixes (issue 20): fixes are edits at exact source spans, applied in passes, verified
by reading the draft again; everything else in the file stays byte for byte."""

from __future__ import annotations

import difflib
import json
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peelcheck.core.findings import Finding, Fix
from peelcheck.draft.loaded import Loaded
from peelcheck.draft.read import load_text
from peelcheck.fixes.apply import fix_text, value_at
from peelcheck.importers.page import import_text
from peelcheck.importers.word import import_docx
from peelcheck.packs.load import builtin_pack_names
from peelcheck.run.pipeline import check_loaded, import_facts
from peelcheck.run.settings import RunSettings
from tests.conftest import EXAMPLES, run
from tests.wordfixtures import by_name

SETTINGS = RunSettings(packs=tuple(builtin_pack_names()))
RULES = SETTINGS.ruleset()
SAFE_RULES = {"space-after-full-stop", "confused-words", "double-space", "repeated-word"}
GWENT = EXAMPLES / "gwent-2016-effectiveness.yaml"
HEAD = (
    "peelcheck: 1\n"
    'inspection: {programme: PEEL, cycle: "2016", subject: Gwent Police, pillar: Effectiveness}\n'
    "questions:\n"
)


def check(text: str, name: str = "draft.yaml") -> list[Finding]:
    return check_loaded(
        load_text(text, name, json=name.endswith(".json")), RULES, SETTINGS
    ).findings


def fixed(text: str, *, unsafe: bool = False, json_file: bool = False) -> str:
    name = "draft.json" if json_file else "draft.yaml"
    return fix_text(text, lambda t: check(t, name), unsafe=unsafe, json=json_file).text


def narrative(text: str) -> str:
    loaded = load_text(text, "draft.yaml")
    assert loaded.ok, loaded.findings
    found = value_at(loaded.data, "questions[0].narrative")
    assert isinstance(found, str)
    return found


def changed_outside(before: str, after: str, start: int, end: int) -> list[str]:
    """Changes of `after` against `before` that fall outside before[start:end]."""
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    return [
        f"{tag} {before[i1:i2]!r} -> {after[j1:j2]!r}"
        for tag, i1, i2, j1, j2 in matcher.get_opcodes()
        if tag != "equal" and not (start <= i1 and i2 <= end)
    ]


def question(value: str, *, comment: str = "") -> str:
    return HEAD + f"  - number: 1{comment}\n    title: T\n    grade: Good\n    narrative: {value}\n"


# (draft as written, the narrative as it reads once fixed)
FIXTURES = {
    "plain, two fixes on one line": (
        question("The force works with the the council.The team acts."),
        "The force works with the council. The team acts.",
    ),
    "folded block": (
        question(">\n      The force works with the\n      the council.The team\n      acts.\n"),
        "The force works with the council. The team acts.\n",
    ),
    "literal block": (
        question("|-\n      The force works with the the council.\n      It acts.The team acts."),
        "The force works with the council.\nIt acts. The team acts.",
    ),
    "double-quoted with escapes": (
        question(r'"The \"force\" works with the the council.\tIt acts.The team \u00e9 acts."'),
        'The "force" works with the council.\tIt acts. The team \u00e9 acts.',
    ),
    "single-quoted with a doubled quote": (
        question("'The force''s team works with the the council.'"),
        "The force's team works with the council.",
    ),
    "comments": (
        "# a draft\n" + question("The the force acts.  # said so", comment="  # first"),
        "The force acts.",
    ),
    "flow mapping": (
        HEAD + "  - {number: 1, title: T, grade: Good, narrative: The force acts.The the team.}\n",
        "The force acts. The team.",
    ),
    "overlapping fixes": (
        question("The force  works  well (formally known as  weak)."),
        "The force works well (formerly known as weak).",
    ),
}


@pytest.mark.parametrize("case", list(FIXTURES))
def test_a_fixture_draft_is_fixed_at_its_spans_only(case: str) -> None:
    draft, expected = FIXTURES[case]
    assert any(f.rule in SAFE_RULES for f in check(draft))
    after = fixed(draft)
    assert narrative(after) == expected
    assert not [f for f in check(after) if f.rule in SAFE_RULES]
    source = load_text(draft, "draft.yaml").source
    assert source is not None
    span = source.values["questions[0].narrative"]
    assert changed_outside(draft, after, span.start, span.end) == []


def test_crlf_line_endings_stay_crlf() -> None:
    draft, expected = FIXTURES["literal block"]
    crlf = draft.replace("\n", "\r\n")
    after = fixed(crlf)
    assert narrative(after) == expected
    assert after.count("\r\n") == crlf.count("\r\n") and "\n" not in after.replace("\r\n", "")


def test_a_json_draft_is_fixed_with_json_escapes() -> None:
    data = json.loads(json.dumps(load_text(FIXTURES["comments"][0], "d.yaml").data, default=str))
    data["questions"][0]["narrative"] = 'The "force" acts.The the team.'
    text = json.dumps(data, indent=2)
    after = fixed(text, json_file=True)
    assert json.loads(after)["questions"][0]["narrative"] == 'The "force" acts. The team.'


def test_a_fix_in_a_quoted_text_over_lines_is_reported_not_guessed() -> None:
    draft = question('"The force works with the the\n      council."')
    (finding,) = [f for f in check(draft) if f.rule == "repeated-word"]
    assert finding.fix is not None and finding.fix.edits == ()
    assert finding.fix.unfixable.startswith("not fixable here")
    assert fixed(draft) == draft


def test_allowed_repeats_and_unsafe_fixes_are_left_alone() -> None:
    draft = question("The force had had a plan at the first point of contact However it acts.")
    assert fixed(draft) == draft  # "had had" is English; a lost full stop needs a person
    assert "contact. However" in narrative(fixed(draft, unsafe=True))


def test_a_misspelt_status_and_grade_have_code_fixes() -> None:
    draft = HEAD.replace("pillar: Effectiveness}", "pillar: Effectiveness, status: Draft}")
    draft += "  - number: 1\n    title: T\n    grade: Requires Improvment\n    narrative: N.\n"
    findings = check(draft)
    (status,) = [f for f in findings if f.fix is not None and f.path == "inspection.status"]
    assert status.fix is not None and status.fix.safe
    assert not [f for f in findings if f.path == "questions[0].grade"]  # rules wait for it
    after = fixed(draft)  # the schema fix first; then the rules run, and the grade is fixed
    assert "status: draft}" in after and "grade: Requires improvement\n" in after
    goood = after.replace("Requires improvement", "Goood")
    (guess,) = [f for f in check(goood) if f.fix is not None and f.path == "questions[0].grade"]
    assert guess.fix is not None and not guess.fix.safe  # more than one slip: a person decides
    assert fixed(goood) == goood
    assert "grade: Good\n" in fixed(goood, unsafe=True)


WORDS = ["force", "council", "victims", "crime", "officers", "plans", "risk", "partners"]
SEGMENTS = st.one_of(
    st.sampled_from(WORDS).map(lambda w: (w, w)),
    st.sampled_from(WORDS).map(lambda w: (f"{w} {w}", w)),
    st.sampled_from(WORDS).map(lambda w: (f"{w}.The plan", f"{w}. The plan")),
    st.sampled_from(WORDS).map(lambda w: (f"{w}  and", f"{w} and")),
    st.just(("formally known as", "formerly known as")),
)


def _tokens(segments: list[tuple[str, str]], which: int) -> list[str]:
    """The segments' words, `with` between them (no segment repeats its neighbour's word)."""
    found: list[str] = []
    for segment in segments:
        found += [segment[which], "with"]
    return found[:-1]


def _written(words: list[str], style: str) -> str:
    text = " ".join(words)
    if style == "plain":
        return "Opening " + text + "."
    if style == "single":
        return "'Opening " + text + ".'"
    if style == "double":
        return '"Opening ' + text + '."'
    lines = "\n      ".join(" ".join(words[i : i + 3]) for i in range(0, len(words), 3))
    return ("|-" if style == "literal" else ">-") + "\n      Opening " + lines + "."


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(SEGMENTS, min_size=1, max_size=8),
    st.sampled_from(["plain", "single", "double", "literal", "folded"]),
)
def test_property_fix_reparse_recheck_only_fixed_spans_change(
    segments: list[tuple[str, str]], style: str
) -> None:
    draft = question(_written(_tokens(segments, 0), style))
    after = fixed(draft)
    words = _tokens(segments, 1)
    expected = "Opening " + " ".join(words) + "."
    if style == "literal":
        lines = [" ".join(words[i : i + 3]) for i in range(0, len(words), 3)]
        expected = "Opening " + "\n".join(lines) + "."
    assert narrative(after) == expected
    assert not [f for f in check(after) if f.rule in SAFE_RULES]
    source = load_text(draft, "draft.yaml").source
    assert source is not None
    span = source.values["questions[0].narrative"]
    assert changed_outside(draft, after, span.start, span.end) == []
    # no fix here spans a line break: the layout (lines, their indentation) is as it was
    assert [_indent(line) for line in after.split("\n")] == [
        _indent(line) for line in draft.split("\n")
    ]


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def test_gwent_diff_shows_the_safe_fixes_and_fix_applies_only_them(tmp_path: Path) -> None:
    copy = tmp_path / "gwent.yaml"
    shutil.copy(GWENT, copy)
    original = copy.read_bytes()
    shown = run("check", "--no-config", "--diff", str(copy))
    assert shown.code == 1
    assert copy.read_bytes() == original
    assert "-    The force is generally effective" in shown.out
    assert "+    The force is generally effective" in shown.out
    assert "inconsistent. The force" in shown.out and "(formerly known as" in shown.out
    assert "contact However" in shown.out  # unsafe: not in the diff's new lines
    assert "contact. However" not in shown.out

    done = run("check", "--no-config", "--fix", str(copy))
    assert "peelcheck: 2 fixes made in 1 draft" in done.err
    left = {f["rule"] for f in _json(run("check", "--no-config", "-f", "json", str(copy)).out)}
    assert not left & {"space-after-full-stop", "confused-words"}
    assert {"missing-full-stop", "number-range-dash"} <= left
    before, after = original.decode(), copy.read_text(encoding="utf-8")
    first, second = before.index("inconsistent.The"), before.index("formally known as")
    assert after == (
        before[:first]
        + "inconsistent. The"
        + before[first + 16 : second]
        + "formerly known as"
        + before[second + 17 :]
    )


def _json(out: str) -> list[dict[str, object]]:
    findings: list[dict[str, object]] = json.loads(out)["findings"]
    return findings


def test_json_and_text_outputs_carry_the_fixes(tmp_path: Path) -> None:
    document = json.loads(run("check", "--no-config", "-f", "json", str(GWENT)).out)
    assert document["version"] == 3
    fixes = {f["rule"]: f["fix"] for f in document["findings"] if "fix" in f}
    text = GWENT.read_text(encoding="utf-8")
    (edit,) = fixes["space-after-full-stop"]["edits"]
    assert fixes["space-after-full-stop"]["safe"] is True
    assert text[edit["start"] : edit["end"]] == "inconsistent.The"
    assert edit["replacement"] == "inconsistent. The"
    assert fixes["number-range-dash"]["safe"] is False
    out = run("check", "--no-config", str(GWENT)).out
    assert "space-after-full-stop [*] missing space" in out
    assert "missing-full-stop missing full stop" in out  # unsafe: no mark
    assert out.splitlines()[-1] == "2 fixable with --fix (2 more with --unsafe-fixes)"


def test_fix_on_standard_input_writes_the_draft_out_and_findings_to_stderr() -> None:
    result = run("check", "--no-config", "--fix", "-", stdin=GWENT.read_bytes())
    assert "inconsistent. The force" in result.out and "(formerly known as" in result.out
    assert "missing-full-stop" in result.err and "missing-full-stop" not in result.out
    assert result.code == 1  # an error is left


def test_a_read_only_draft_gets_one_line_and_exit_2_the_others_are_fixed(tmp_path: Path) -> None:
    locked, free = tmp_path / "locked.yaml", tmp_path / "free.yaml"
    for path in (locked, free):
        path.write_text(FIXTURES["comments"][0], encoding="utf-8")
    locked.chmod(0o444)
    try:
        result = run("check", "--no-config", "--fix", str(locked), str(free))
    finally:
        locked.chmod(0o644)
    assert result.code == 2
    assert [line for line in result.err.splitlines() if "cannot fix" in line] == [
        f"peelcheck: error: cannot fix {locked}: the file is read-only"
    ]
    assert locked.read_text(encoding="utf-8") == FIXTURES["comments"][0]
    assert narrative(free.read_text(encoding="utf-8")) == "The force acts."


def test_fix_writes_through_a_symlink_and_keeps_the_mode(tmp_path: Path) -> None:
    target = tmp_path / "real.yaml"
    target.write_text(FIXTURES["comments"][0], encoding="utf-8")
    target.chmod(0o640)
    link = tmp_path / "link.yaml"
    link.symlink_to(target)
    run("check", "--no-config", "--fix", str(link))
    assert link.is_symlink()
    assert narrative(target.read_text(encoding="utf-8")) == "The force acts."
    assert target.stat().st_mode & 0o777 == 0o640


def test_unsafe_fixes_need_fix_or_diff() -> None:
    result = run("check", "--no-config", "--unsafe-fixes", str(GWENT))
    assert result.code == 2 and "--unsafe-fixes works with --fix or --diff" in result.err


def test_a_fix_whose_value_does_not_read_back_as_intended_is_dropped() -> None:
    from peelcheck.core.findings import Edit, Fix, Severity
    from peelcheck.fixes.apply import fix_pass

    draft = question("The force acts.")
    start = draft.index("The force")
    path = "questions[0].narrative"

    def finding(replacement: str, *, end: int = 3) -> Finding:
        fix = Fix(
            True,
            (Edit(start, start + end, replacement),),
            path,
            "The force acts.",
            (Edit(0, end, replacement),),
            located=True,
        )
        return Finding("d.yaml", "r", Severity.WARNING, "m", path, fix=fix)

    # written as is, "x: y" would turn the text into a mapping: the fix is not made
    bad, good = finding("x: y"), finding("A")
    text, kept, dropped = fix_pass(draft, [bad], json=False)
    assert (text, kept, dropped) == (draft, [], [bad])
    # two fixes of one value are verified together; the second waits if they disagree
    text, kept, _ = fix_pass(draft, [good], json=False)
    assert narrative(text) == "A force acts." and kept == [good]


def test_a_rule_test_case_states_the_draft_after_fixing(tmp_path: Path) -> None:
    case = """\
peelcheck-test: 1
rule: confused-words
cases:
  - name: fixes a confused phrase
    draft: |
      peelcheck: 1
      inspection: {programme: PEEL, cycle: "2016", subject: Gwent Police, pillar: Effectiveness}
      questions:
        - {number: 1, title: T, grade: Good, narrative: "Orders (formally known as ASBOs)."}
    expect:
      - {path: "questions[0].narrative", message: "write 'formerly known as'"}
    fixed: |
      peelcheck: 1
      inspection: {programme: PEEL, cycle: "2016", subject: Gwent Police, pillar: Effectiveness}
      questions:
        - {number: 1, title: T, grade: Good, narrative: "Orders (WORDS known as ASBOs)."}
"""
    good = tmp_path / "good.yaml"
    good.write_text(case.replace("WORDS", "formerly"), encoding="utf-8")
    assert run("test", "--no-config", str(good)).code == 0
    bad = tmp_path / "bad.yaml"
    bad.write_text(case.replace("WORDS", "formally"), encoding="utf-8")
    result = run("test", "--no-config", str(bad))
    assert result.code == 1
    assert "the fixed draft differs" in result.out + result.err
    assert '+  - {number: 1, title: T, grade: Good, narrative: "Orders (formerly' in result.out


def test_exit_codes_with_fix_and_diff(tmp_path: Path) -> None:
    draft = tmp_path / "d.yaml"
    select = ("--no-config", "--select", "repeated-word", "--fail-on", "warning")
    draft.write_text(question("The the force acts."), encoding="utf-8")
    assert run("check", *select, str(draft)).code == 1
    assert run("check", *select, "--diff", str(draft)).code == 1  # something would change
    assert run("check", *select, "--fix", str(draft)).code == 0  # nothing left
    assert run("check", *select, "--diff", str(draft)).code == 0  # nothing to change or fail
    assert narrative(draft.read_text(encoding="utf-8")) == "The force acts."


def test_a_fix_at_the_end_of_a_folded_line_keeps_the_line_break() -> None:
    draft = question(">-\n      The force acts (formally known as\n      weak).The team acts.")
    assert fixed(draft) == question(
        ">-\n      The force acts (formerly known as\n      weak). The team acts."
    )


def test_fixing_in_worker_processes_gives_what_one_process_gives(tmp_path: Path) -> None:
    drafts = FIXTURES["overlapping fixes"][0], FIXTURES["plain, two fixes on one line"][0]
    outcomes = []
    for jobs in ("1", "2"):
        folder = tmp_path / f"jobs-{jobs}"
        folder.mkdir()
        for number in range(70):  # enough for two workers
            (folder / f"d{number:03}.yaml").write_text(drafts[number % 2], encoding="utf-8")
        result = run("check", "--no-config", "--fix", "--jobs", jobs, str(folder))
        texts = [p.read_text(encoding="utf-8") for p in sorted(folder.iterdir())]
        outcomes.append((result.code, result.out.replace(str(folder), "F"), result.err, texts))
    assert outcomes[0] == outcomes[1]
    assert "peelcheck: 210 fixes made in 70 drafts" in outcomes[0][2]  # 35 x 4, 35 x 2
    assert narrative(outcomes[1][3][1]) == FIXTURES["plain, two fixes on one line"][1]


def test_a_fixing_worker_that_dies_gives_one_line_and_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    from peelcheck.cli import fixing

    compute = fixing._compute

    def dying(task: object, source: object) -> object:
        if str(getattr(source, "name", "")).endswith("d050.yaml"):
            os._exit(9)  # as the out-of-memory killer would end it
        return compute(task, source)  # type: ignore[arg-type]

    monkeypatch.setattr(fixing, "_compute", dying)
    for number in range(70):
        (tmp_path / f"d{number:03}.yaml").write_text(FIXTURES["comments"][0], encoding="utf-8")
    result = run("check", "--no-config", "--fix", "--jobs", "2", str(tmp_path))
    assert result.code == 2
    assert "Traceback" not in result.err
    assert (
        result.err.strip()
        .splitlines()[-1]
        .startswith("peelcheck: error: a process fixing the drafts ended unexpectedly")
    )


def test_a_copied_page_is_never_edited_and_says_why(tmp_path: Path) -> None:
    page = tmp_path / "gwent-2016-effectiveness.txt"
    shutil.copy(Path(__file__).parent / "data/pages/gwent-2016-effectiveness.txt", page)
    before = page.read_bytes()
    result = run("check", "--excerpt", "--format", "json", str(page))
    (finding,) = [f for f in _json(result.out) if f["rule"] == "space-after-full-stop"]
    assert finding["fix"] == {
        "safe": True,
        "edits": [],
        "unfixable": "not fixable here: a copy of a published page is not edited; "
        "correct the draft",
    }
    run("check", "--excerpt", "--fix", str(page))
    assert page.read_bytes() == before


def _fixes(loaded: Loaded) -> list[Fix]:
    findings = check_loaded(loaded, RULES, SETTINGS).findings
    return [f.fix for f in findings if f.fix is not None]


# What a file was read as is the reader's fact, not its name's: standard input, a page saved
# as .htm or under no suffix, a YAML draft named .txt, a Word draft without .docx.
@pytest.mark.parametrize("name", ["<stdin>", "gwent-2016-effectiveness.htm", "page"])
def test_a_page_read_under_any_name_is_never_edited(name: str) -> None:
    page = (Path(__file__).parent / "data/pages/gwent-2016-effectiveness.txt").read_bytes()
    fixes = _fixes(import_text(page, name, import_facts(RULES), excerpt=True))
    assert fixes
    for fix in fixes:
        assert fix.edits == ()
        assert fix.unfixable == (
            "not fixable here: a copy of a published page is not edited; correct the draft"
        )


def test_a_draft_named_like_a_page_is_still_fixed_in_its_file() -> None:
    text = question("The force works with the the council.")
    (fix,) = _fixes(load_text(text, "notes.txt"))
    assert fix.unfixable == ""
    (edit,) = fix.edits
    fixed_text = text[: edit.start] + edit.replacement + text[edit.end :]
    assert fixed_text == question("The force works with the council.")


def test_a_word_draft_read_under_any_name_is_fixed_within_its_paragraphs(tmp_path: Path) -> None:
    raw = by_name("peel-2016-gwent-defects").build(tmp_path / "gwent.docx").read_bytes()
    fixes = [f for f in _fixes(import_docx(raw, "<stdin>", import_facts(RULES))) if f.edits]
    assert fixes
    assert all(e.paragraph is not None for f in fixes for e in f.edits)
