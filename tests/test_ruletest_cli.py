"""`peelcheck test`: wrong expectations fail and are named with file and line, invalid test
files are refused with file:line:column (exit 2), and the documented worked example works."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import ROOT, run

Write = Callable[..., Path]
RULE_TESTS = ROOT / "tests" / "rules"
DOC = ROOT / "docs" / "testing-rules.md"

CASE = """\
peelcheck-test: 1
rule: requires-improvement-has-areas
cases:
  - name: flags a question with no areas
    draft: |
      peelcheck: 1
      inspection: {programme: PEEL, cycle: "2016", subject: Gwent Police, pillar: Effectiveness}
      questions:
        - {number: 4, title: T, grade: Requires improvement}
    expect:
      - {path: "questions[0]", line: 4, message: "question 4 is graded"}
"""


def test_the_built_in_rule_tests_pass() -> None:
    result = run("test", str(RULE_TESTS))
    assert result.code == 0, result.out
    assert re.fullmatch(r"\d+ passed, 0 failed \(\d+ test files\)\n", result.out), result.out


def test_a_correct_expectation_passes(write: Write) -> None:
    path = write(CASE, "t/case.yaml")
    result = run("test", "-v", str(path))
    assert result.code == 0, result.out
    assert result.out == (
        f"ok   {path}:4 flags a question with no areas\n1 passed, 0 failed (1 test file)\n"
    )


@pytest.mark.parametrize(
    ("right", "wrong", "missing"),
    [
        ('path: "questions[0]"', 'path: "questions[1]"', "at questions[1], on draft line 4"),
        ("line: 4", "line: 5", "at questions[0], on draft line 5"),
        (
            'message: "question 4 is graded"',
            'message: "question 5 is graded"',
            "with a message containing 'question 5 is graded'",
        ),
    ],
)
def test_a_wrong_expectation_fails_and_is_named(
    write: Write, right: str, wrong: str, missing: str
) -> None:
    assert right in CASE
    text = CASE.replace(right, wrong)
    path = write(text, "t/case.yaml")
    result = run("test", str(path))
    assert result.code == 1
    lines = result.out.splitlines()
    assert lines[0] == f"FAIL {path}:4 flags a question with no areas"
    assert lines[1].startswith(
        f"     {path}:11: case 'flags a question with no areas': missing finding "
        "requires-improvement-has-areas "
    )
    assert missing in lines[1]
    # the finding that was produced instead, at its line in the test file (draft line 4)
    assert lines[2] == (
        f"     {path}:9: case 'flags a question with no areas': unexpected finding "
        "requires-improvement-has-areas at questions[0]: question 4 is graded Requires "
        "improvement but lists no areas for improvement or causes of concern; add them"
    )
    assert lines[3] == "0 passed, 1 failed (1 test file)"


def test_an_unexpected_finding_in_a_quiet_case_fails(write: Write) -> None:
    path = write(
        CASE.replace(
            '    expect:\n      - {path: "questions[0]", line: 4, message: "question 4 is graded"}\n',
            "    expect: []\n",
        ),
        "t/case.yaml",
    )
    result = run("test", str(path))
    assert result.code == 1
    assert f"{path}:9: case 'flags a question with no areas': unexpected finding" in result.out


def test_forbid_fails_even_when_not_exact(write: Write) -> None:
    text = CASE.replace(
        '    expect:\n      - {path: "questions[0]", line: 4, message: "question 4 is graded"}\n',
        '    exact: false\n    forbid:\n      - {path: "questions[0]"}\n',
    )
    result = run("test", str(write(text, "t/case.yaml")))
    assert result.code == 1
    assert "forbidden finding requires-improvement-has-areas at questions[0]" in result.out


def test_a_quiet_case_with_an_invalid_draft_fails(write: Write) -> None:
    text = CASE.replace("grade: Requires improvement}", "grdae: Good}").replace(
        '    expect:\n      - {path: "questions[0]", line: 4, message: "question 4 is graded"}\n',
        "    expect: []\n",
    )
    path = write(text, "t/case.yaml")
    result = run("test", str(path))
    assert result.code == 1
    assert (
        f"{path}:9: case 'flags a question with no areas': the draft is invalid (schema): "
        "unknown key 'grdae'; did you mean 'grade'?"
    ) in result.out


def test_a_draft_file_case_names_the_draft_file_and_is_not_taken_for_a_test(
    write: Write,
) -> None:
    draft = write(
        'peelcheck: 1\ninspection: {programme: PEEL, cycle: "2016", subject: Gwent Police, '
        "pillar: Effectiveness}\nquestions:\n  - {number: 4, title: T, grade: Requires improvement}\n",
        "t/drafts/ri.yaml",
    )
    test = write(
        "peelcheck-test: 1\nrule: requires-improvement-has-areas\ncases:\n"
        "  - {name: from a file, draft_file: drafts/ri.yaml, expect: []}\n",
        "t/case.yaml",
    )
    result = run("test", str(test.parent))
    assert result.code == 1
    assert f"     {draft}:4: case 'from a file': unexpected finding" in result.out
    assert result.out.endswith("0 passed, 1 failed (1 test file)\n")


@pytest.mark.parametrize(
    ("text", "where", "message"),
    [
        ("peelcheck-test: 1\ncases: [\n", "3:1", "invalid YAML"),
        (
            CASE.replace("    expect:", "    expcet:"),
            "10:5",
            "unknown key 'expcet'; did you mean 'expect'?",
        ),
        (
            "peelcheck-test: 1\nrule: r\ncases:\n  - {name: n, draft_file: none.yaml}\n",
            "4:27",
            "cannot read",
        ),
        ("peelcheck-test: 1\nrule: r\ncases:\n  - {name: n}\n", "4:5", "exactly one of"),
    ],
)
def test_an_invalid_test_file_is_located_and_exits_2(
    write: Write, text: str, where: str, message: str
) -> None:
    path = write(text, "t/bad.yaml")
    result = run("test", str(path))
    assert result.code == 2
    assert result.out == ""
    first, last = result.err.splitlines()[0], result.err.splitlines()[-1]
    assert first.startswith(f"{path}:{where}: "), first
    assert message in first
    assert last == "peelcheck: error: 1 problem(s) in test files"


def test_a_folder_without_test_files_exits_2(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = run("test", str(tmp_path / "empty"))
    assert result.code == 2
    assert result.err.startswith("peelcheck: error: no rule test files")


def _doc_blocks() -> dict[str, str]:
    """The worked example's files: a paragraph opening with `file` followed by a yaml block."""
    text = DOC.read_text(encoding="utf-8")
    pattern = r"\n\n`([\w./-]+)` [^\n]*(?:\n[^\n]+)*\n\n```yaml\n(.*?)```"
    return dict(re.findall(pattern, text, re.S))


def test_the_documented_worked_example_runs_as_shown(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocks = _doc_blocks()
    files = ["peelcheck.yaml", "rules/house.yaml", "tests/rules/no-template-text.yaml"]
    assert sorted(blocks) == sorted(files)
    repo = tmp_path / "drafts-repo"
    for name in files:
        (repo / name).parent.mkdir(parents=True, exist_ok=True)
        (repo / name).write_text(blocks[name], encoding="utf-8")
    monkeypatch.chdir(repo)
    doc = DOC.read_text(encoding="utf-8")
    passing = run("test", "-v")
    assert passing.code == 0
    assert f"$ peelcheck test -v\n{passing.out}```" in doc
    test = repo / "tests/rules/no-template-text.yaml"
    test.write_text(test.read_text(encoding="utf-8").replace("line: 8,", "line: 9,"), "utf-8")
    failing = run("test")
    assert failing.code == 1
    assert f"$ peelcheck test\n{failing.out}```" in doc
