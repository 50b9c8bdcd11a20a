"""Baselines: recorded findings are shown waived and pass; new ones fail; entries survive lines
moving; stale entries are reported and dropped only with --prune-baseline."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import TODO_PACK as PACK
from tests.conftest import Result, run

Write = Callable[..., Path]


DRAFT = """\
peelcheck: 1
inspection: {programme: PEEL, cycle: "2016", subject: Gwent Police, pillar: Effectiveness}
questions:
  - number: 1
    title: How effective is the force at preventing crime?
    grade: Good
    narrative: Gwent Police is good at preventing crime. TODO check the figures.
  - number: 2
    title: How effective is the force at investigating crime?
    grade: Good
    narrative: Gwent Police is good at investigating crime. TODO add the summary.
  - number: 3
    title: How effective is the force at protecting those who are vulnerable?
    grade: Good
    narrative: Gwent Police is good at protecting those who are vulnerable.
"""


@pytest.fixture
def check(write: Write) -> Callable[..., Result]:
    """check(*args) runs `peelcheck check` with the local pack only."""
    pack = write(PACK, "pack/local.yaml")

    def _check(*args: str) -> Result:
        return run("check", "--rules", str(pack), "--select", "local", *args)

    return _check


@pytest.fixture
def recorded(write: Write, check: Callable[..., Result], tmp_path: Path) -> tuple[Path, Path]:
    """DRAFT written as draft.yaml, and a baseline recording its findings: (draft, baseline)."""
    draft = write(DRAFT)
    baseline = tmp_path / "baseline.json"
    check(str(draft), "--write-baseline", str(baseline))
    return draft, baseline


def findings(result: Result) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = json.loads(result.out)["findings"]
    return found


def waived(result: Result) -> list[tuple[int, bool]]:
    """(line, waived) of each finding of a JSON run."""
    return [(f["line"], f["waived"]) for f in findings(result)]


def test_a_written_baseline_hides_the_findings_it_records(
    write: Write, check: Callable[..., Result], tmp_path: Path
) -> None:
    draft = write(DRAFT)
    baseline = tmp_path / "baseline.json"
    assert check(str(draft)).code == 1
    written = check(str(draft), "--write-baseline", str(baseline))
    assert written.code == 0
    assert written.err == f"peelcheck: wrote baseline {baseline}: 2 findings in 1 file\n"
    result = check(str(draft), "--baseline", str(baseline), "--format", "json")
    assert result.code == 0
    assert waived(result) == [(7, True), (11, True)]
    assert {f["waiver"]["kind"] for f in findings(result)} == {"baseline"}
    assert json.loads(result.out)["baseline"] == {
        "file": str(baseline),
        "matched": 2,
        "new": 0,
        "stale": [],
        "pruned": False,
    }


def test_the_baseline_file_is_versioned_sorted_and_stable(
    recorded: tuple[Path, Path], check: Callable[..., Result]
) -> None:
    draft, baseline = recorded
    first = baseline.read_bytes()
    check(str(draft), "--write-baseline", str(baseline))
    assert baseline.read_bytes() == first
    document = json.loads(first)
    assert document["peelcheck-baseline"] == 1
    entries = document["findings"]
    assert [e["path"] for e in entries] == ["questions[0].narrative", "questions[1].narrative"]
    assert set(entries[0]) == {"file", "rule", "path", "fingerprint", "count", "message"}
    assert entries[0]["file"] == "draft.yaml"  # relative to the baseline's folder
    assert "line" not in entries[0]


def test_a_new_finding_shows_and_fails(
    recorded: tuple[Path, Path], write: Write, check: Callable[..., Result]
) -> None:
    draft, baseline = recorded
    write(DRAFT.replace("protecting those who are vulnerable.", "protecting them. TODO"))
    result = check(str(draft), "--baseline", str(baseline), "--format", "json")
    assert result.code == 1
    assert waived(result) == [(7, True), (11, True), (15, False)]
    assert json.loads(result.out)["baseline"]["new"] == 1


def test_inserting_lines_above_does_not_make_old_findings_new(
    recorded: tuple[Path, Path], write: Write, check: Callable[..., Result]
) -> None:
    draft, baseline = recorded
    overall = "overall:\n  grade: Good\n  summary: |-\n    First paragraph.\n\n    Second.\n"
    edited = "# a comment\n# another\n" + DRAFT.replace("questions:\n", overall + "questions:\n")
    write(edited.replace("preventing crime. TODO", "preventing crime.\n      TODO"))
    result = check(str(draft), "--baseline", str(baseline), "--format", "json")
    assert result.code == 0, result.out
    assert waived(result) == [(16, True), (20, True)]  # were lines 7 and 11


def test_two_identical_findings_against_one_entry_leave_one_new(
    recorded: tuple[Path, Path], write: Write, check: Callable[..., Result]
) -> None:
    draft, baseline = recorded
    write(DRAFT.replace("TODO add the summary.", "TODO add the summary. TODO twice."))
    result = check(str(draft), "--baseline", str(baseline), "--format", "json")
    assert result.code == 1
    second = [f for f in findings(result) if f["path"] == "questions[1].narrative"]
    assert [f["waived"] for f in second] == [True, False]


def test_stale_entries_are_reported_and_the_file_left_alone(
    recorded: tuple[Path, Path], write: Write, check: Callable[..., Result]
) -> None:
    draft, baseline = recorded
    before = baseline.read_bytes()
    write(DRAFT.replace(" TODO check the figures.", ""))
    result = check(str(draft), "--baseline", str(baseline), "--format", "json")
    assert result.code == 0
    assert result.err == (
        f"peelcheck: 1 baseline entry in {baseline} matched no finding (fixed, or the draft "
        "is gone); --prune-baseline drops them\n"
    )
    (stale,) = json.loads(result.out)["baseline"]["stale"]
    assert (stale["path"], stale["rule"], stale["count"]) == (
        "questions[0].narrative",
        "no-todo",
        1,
    )
    assert baseline.read_bytes() == before


def test_prune_drops_only_stale_entries(
    write: Write, check: Callable[..., Result], tmp_path: Path
) -> None:
    draft, other = write(DRAFT), write(DRAFT, "other.yaml")
    baseline = tmp_path / "baseline.json"
    check(str(draft), str(other), "--write-baseline", str(baseline))
    write(DRAFT.replace(" TODO check the figures.", ""))
    result = check(str(draft), "--baseline", str(baseline), "--prune-baseline")
    assert result.code == 0
    assert result.err == f"peelcheck: pruned 1 stale entry from {baseline}\n"
    entries = json.loads(baseline.read_text(encoding="utf-8"))["findings"]
    # other.yaml was not checked in this run: its entries are kept
    assert [(e["file"], e["path"]) for e in entries] == [
        ("draft.yaml", "questions[1].narrative"),
        ("other.yaml", "questions[0].narrative"),
        ("other.yaml", "questions[1].narrative"),
    ]
    again = check(str(draft), "--baseline", str(baseline), "--prune-baseline")
    assert again.err == f"peelcheck: no stale entries in {baseline}; left unchanged\n"


def test_entries_of_a_deleted_draft_are_stale(
    write: Write, check: Callable[..., Result], tmp_path: Path
) -> None:
    draft, other = write(DRAFT), write(DRAFT, "other.yaml")
    baseline = tmp_path / "baseline.json"
    check(str(draft), str(other), "--write-baseline", str(baseline))
    other.unlink()
    result = check(str(draft), "--baseline", str(baseline), "--format", "json")
    assert {e["file"] for e in json.loads(result.out)["baseline"]["stale"]} == {"other.yaml"}


def test_writing_for_one_draft_keeps_the_entries_of_others(
    write: Write, check: Callable[..., Result], tmp_path: Path
) -> None:
    draft, other = write(DRAFT), write(DRAFT, "other.yaml")
    baseline = tmp_path / "baseline.json"
    check(str(draft), str(other), "--write-baseline", str(baseline))
    write(DRAFT.replace(" TODO check the figures.", ""))
    written = check(str(draft), "--write-baseline", str(baseline))
    assert written.err == f"peelcheck: wrote baseline {baseline}: 3 findings in 2 files\n"


@pytest.mark.usefixtures("recorded")
def test_entries_match_whatever_folder_the_run_starts_from(
    check: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert check("draft.yaml", "--baseline", "baseline.json").code == 0
    monkeypatch.chdir(tmp_path / "pack")
    assert check("../draft.yaml", "--baseline", "../baseline.json").code == 0


def test_problems_reading_a_draft_are_never_baselined(
    write: Write, check: Callable[..., Result], tmp_path: Path
) -> None:
    draft = write(DRAFT.replace("grade: Good", "grdae: Good", 1))
    baseline = tmp_path / "baseline.json"
    written = check(str(draft), "--write-baseline", str(baseline))
    assert written.code == 1
    assert json.loads(baseline.read_text(encoding="utf-8"))["findings"] == []
    assert check(str(draft), "--baseline", str(baseline)).code == 1


def test_findings_waived_in_the_draft_are_not_recorded(
    write: Write, check: Callable[..., Result], tmp_path: Path
) -> None:
    waiver = "waivers:\n  - {rule: no-todo, path: 'questions[0]', reason: Figures come later.}\n"
    draft = write(DRAFT + waiver)
    baseline = tmp_path / "baseline.json"
    check(str(draft), "--write-baseline", str(baseline))
    entries = json.loads(baseline.read_text(encoding="utf-8"))["findings"]
    assert [e["path"] for e in entries] == ["questions[1].narrative"]
    result = check(str(draft), "--baseline", str(baseline), "--format", "json")
    kinds = [f["waiver"]["kind"] for f in findings(result)]
    assert kinds == ["waiver", "baseline"]


def test_a_baselined_finding_is_an_external_suppression_in_sarif(
    recorded: tuple[Path, Path], write: Write, check: Callable[..., Result], tmp_path: Path
) -> None:
    draft, baseline = recorded
    result = check(str(draft), "--baseline", str(baseline), "--format", "sarif")
    assert result.code == 0
    results = json.loads(result.out)["runs"][0]["results"]
    assert [r["suppressions"][0]["kind"] for r in results] == ["external", "external"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "baseline {b} not found; record one with --write-baseline {b}"),
        ("{\n  oops\n}\n", "{b}:2:3: not a baseline file: invalid JSON"),
        ("", "{b}:1:1: not a baseline file: invalid JSON"),
        (
            '{"peelcheck-baseline": 2, "findings": []}',
            "{b}: baseline format version 2 is not one this peelcheck reads (1)",
        ),
        (
            '{"peelcheck-baseline": 1, "findings": [{"file": "d.yaml", "rule": "r",\n'
            '  "path": "", "fingerprint": "f", "count": "2"}]}',
            "{b}:2:44: not a valid baseline file: 'count' is the text '2'",
        ),
    ],
)
def test_a_missing_or_corrupt_baseline_is_one_line_and_exit_2(
    write: Write, check: Callable[..., Result], tmp_path: Path, content: str | None, message: str
) -> None:
    draft = write(DRAFT)
    baseline = tmp_path / "baseline.json"
    if content is not None:
        baseline.write_text(content, encoding="utf-8")
    result = check(str(draft), "--baseline", str(baseline))
    assert result.code == 2
    assert result.out == ""
    (line,) = result.err.splitlines()
    assert line.startswith("peelcheck: error: " + message.format(b=baseline)), line


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ("--baseline", "b.json", "--write-baseline", "b.json"),
            "give --baseline (compare with a baseline) or --write-baseline (record one), not both",
        ),
        (("--prune-baseline",), "--prune-baseline needs --baseline FILE"),
    ],
)
def test_baseline_options_that_do_not_go_together_exit_2(
    write: Write, check: Callable[..., Result], args: tuple[str, ...], message: str
) -> None:
    result = check(str(write(DRAFT)), *args)
    assert result.code == 2
    assert result.err == f"peelcheck: error: {message}\n"
