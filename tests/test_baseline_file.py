"""Baseline files in detail: the bytes written, counts, messages kept, file modes, errors.

A baseline is committed beside the drafts and read by other runs and other people, so its
exact form is a contract (docs/waivers-and-baselines.md): two-space JSON in UTF-8 with one
final line break, entries counted and keeping their messages when re-recorded, the file's
permissions kept, and every problem one line with exit code 2. (Written to kill mutants
mutmut found alive: see pyproject.toml [tool.mutmut].)
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from peelcheck.results import baseline as baseline_module
from peelcheck.results.baseline import snippet_hash as fingerprint
from tests.conftest import Result, run

Write = Callable[..., Path]

PACK = """\
peelcheck-rules: 1
pack: local
description: Notes left in drafts.
extends: [base]
rules:
  - id: no-todo
    severity: error
    description: No TODO notes are left in question text.
    given: "questions[*]"
    check: {type: pattern, field: narrative, forbid: "TODO"}
    message: "a TODO note is left in ‘{title}’"
"""

DRAFT = """\
peelcheck: 1
inspection: {programme: PEEL, cycle: "2016", subject: Gwent Police, pillar: Effectiveness}
questions:
  - number: 1
    title: Café culture
    grade: Good
    narrative: Gwent Police is good at preventing crime. TODO one. TODO two.
  - number: 2
    title: Crime
    grade: Good
    narrative: Gwent Police is good at investigating crime. TODO three.
"""
FIXED_ONE = DRAFT.replace(" TODO two.", "")
FIXED_ALL = DRAFT.replace(" TODO one. TODO two.", "").replace(" TODO three.", "")


@pytest.fixture
def check(write: Write) -> Callable[..., Result]:
    """check(*args): `peelcheck check` with the local pack only, from the working folder."""
    pack = write(PACK, "pack/local.yaml")

    def _check(*args: str) -> Result:
        return run("check", "--rules", str(pack), "--select", "local", *args)

    return _check


@pytest.fixture
def umask() -> Iterator[Callable[[int], None]]:
    """umask(mask): set the process's umask for this test."""
    before = os.umask(0o022)
    try:
        yield os.umask
    finally:
        os.umask(before)


def entries(path: Path) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))["findings"]
    return found


def test_the_file_is_two_space_json_in_utf8_with_one_final_line_break(
    write: Write, check: Callable[..., Result]
) -> None:
    write(DRAFT, "cwd/draft.yaml")
    assert check("draft.yaml", "--write-baseline", "baseline.json").code == 0
    todo = fingerprint("TODO")
    expected = {
        "peelcheck-baseline": 1,
        "findings": [
            {
                "file": "draft.yaml",
                "rule": "no-todo",
                "path": "questions[0].narrative",
                "fingerprint": todo,
                "count": 2,  # two identical findings: one entry, counted
                "message": "a TODO note is left in ‘Café culture’",
            },
            {
                "file": "draft.yaml",
                "rule": "no-todo",
                "path": "questions[1].narrative",
                "fingerprint": todo,
                "count": 1,
                "message": "a TODO note is left in ‘Crime’",
            },
        ],
    }
    text = json.dumps(expected, indent=2, ensure_ascii=False) + "\n"
    assert Path("baseline.json").read_bytes() == text.encode("utf-8")


def test_the_fingerprint_is_of_the_text_with_its_spaces_evened_out() -> None:
    assert fingerprint(" TODO\n  now ") == hashlib.sha256(b"TODO now").hexdigest()[:16]
    assert fingerprint("Cafe\u0301") == fingerprint("Café")  # NFC


def test_a_counted_entry_accepts_that_many_findings_and_new_ones_are_counted(
    write: Write, check: Callable[..., Result]
) -> None:
    write(DRAFT, "cwd/draft.yaml")
    check("draft.yaml", "--write-baseline", "baseline.json")
    result = check("draft.yaml", "--baseline", "baseline.json", "--format", "json")
    assert result.code == 0
    assert json.loads(result.out)["baseline"]["matched"] == 3
    write(
        DRAFT + "  - {number: 3, title: T, grade: Good, narrative: TODO a. TODO b.}\n",
        "cwd/draft.yaml",
    )
    result = check("draft.yaml", "--baseline", "baseline.json", "--format", "json")
    assert json.loads(result.out)["baseline"]["new"] == 2


def test_findings_accepted_by_a_baseline_say_which(
    write: Write, check: Callable[..., Result]
) -> None:
    write(DRAFT, "cwd/draft.yaml")
    for args in (("--write-baseline", "./baseline.json"), ("--baseline", "./baseline.json")):
        result = check("draft.yaml", *args, "--format", "json")
        reasons = {f["waiver"]["reason"] for f in json.loads(result.out)["findings"]}
        assert reasons == {"recorded in ./baseline.json"}, args
        assert json.loads(result.out)["baseline"]["file"] == "./baseline.json"


def test_re_recording_one_draft_keeps_the_other_drafts_entries_with_their_messages(
    write: Write, check: Callable[..., Result]
) -> None:
    write(DRAFT, "cwd/draft.yaml")
    write(DRAFT, "cwd/other.yaml")
    check("draft.yaml", "other.yaml", "--write-baseline", "baseline.json")
    before = [e for e in entries(Path("baseline.json")) if e["file"] == "other.yaml"]
    write(FIXED_ONE, "cwd/draft.yaml")
    check("draft.yaml", "--write-baseline", "baseline.json")
    after = entries(Path("baseline.json"))
    assert [e for e in after if e["file"] == "other.yaml"] == before
    assert [e["count"] for e in after if e["file"] == "draft.yaml"] == [1, 1]


def test_pruning_lowers_a_count_and_keeps_the_message(
    write: Write, check: Callable[..., Result]
) -> None:
    write(DRAFT, "cwd/draft.yaml")
    check("draft.yaml", "--write-baseline", "baseline.json")
    write(FIXED_ONE, "cwd/draft.yaml")
    result = check("draft.yaml", "--baseline", "baseline.json", "--prune-baseline", "-f", "json")
    assert json.loads(result.out)["baseline"]["pruned"] is True
    (first, _) = entries(Path("baseline.json"))
    assert (first["count"], first["message"]) == (1, "a TODO note is left in ‘Café culture’")


def test_several_stale_entries_are_counted_in_words_and_listed_with_their_messages(
    write: Write, check: Callable[..., Result]
) -> None:
    write(DRAFT, "cwd/draft.yaml")
    check("draft.yaml", "--write-baseline", "baseline.json")
    write(FIXED_ALL, "cwd/draft.yaml")
    result = check("draft.yaml", "--baseline", "baseline.json", "--format", "json")
    assert result.err == (
        "peelcheck: 3 baseline entries in baseline.json matched no finding (fixed, or the "
        "draft is gone); --prune-baseline drops them\n"
    )
    stale = json.loads(result.out)["baseline"]["stale"]
    assert [(e["count"], e["message"]) for e in stale] == [
        (2, "a TODO note is left in ‘Café culture’"),
        (1, "a TODO note is left in ‘Crime’"),
    ]
    pruned = check("draft.yaml", "--baseline", "baseline.json", "--prune-baseline")
    assert pruned.err == "peelcheck: pruned 3 stale entries from baseline.json\n"
    assert entries(Path("baseline.json")) == []


def test_entries_of_standard_input_are_kept_by_name_and_never_stale(
    write: Write, check: Callable[..., Result]
) -> None:
    Path("sub").mkdir()  # not the working folder: the name is not made relative to it
    written = run_stdin(check, "-", "--write-baseline", "sub/baseline.json")
    assert written.code == 0
    assert {e["file"] for e in entries(Path("sub/baseline.json"))} == {"<stdin>"}
    write(FIXED_ALL, "cwd/draft.yaml")
    other = check("draft.yaml", "--baseline", "sub/baseline.json", "--format", "json")
    assert json.loads(other.out)["baseline"]["stale"] == []
    again = run_stdin(check, "-", "--baseline", "sub/baseline.json")
    assert again.code == 0


def run_stdin(check: Callable[..., Result], *args: str) -> Result:
    pack = Path("../pack/local.yaml").resolve()
    return run("check", "--rules", str(pack), "--select", "local", *args, stdin=DRAFT)


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_a_rewritten_baseline_keeps_its_mode_and_a_new_one_follows_the_umask(
    write: Write, check: Callable[..., Result], umask: Callable[[int], None]
) -> None:
    write(DRAFT, "cwd/draft.yaml")
    umask(0o027)
    check("draft.yaml", "--write-baseline", "new.json")
    assert Path("new.json").stat().st_mode & 0o777 == 0o640
    umask(0o022)
    check("draft.yaml", "--write-baseline", "other.json")
    assert Path("other.json").stat().st_mode & 0o777 == 0o644
    Path("new.json").chmod(0o604)
    check("draft.yaml", "--write-baseline", "new.json")
    assert Path("new.json").stat().st_mode & 0o777 == 0o604


def test_the_file_is_replaced_from_its_own_folder_across_file_systems(
    write: Write, check: Callable[..., Result], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Written beside the baseline and renamed: never a rename from another file system."""
    shm = Path("/dev/shm")
    if not shm.is_dir() or shm.stat().st_dev == Path.cwd().stat().st_dev:
        pytest.skip("no second file system to hold temporary files")
    elsewhere = Path(tempfile.mkdtemp(dir=shm))
    monkeypatch.setattr(tempfile, "tempdir", str(elsewhere))
    write(DRAFT, "cwd/draft.yaml")
    try:
        assert check("draft.yaml", "--write-baseline", "baseline.json").code == 0
        assert len(entries(Path("baseline.json"))) == 2
        assert list(elsewhere.iterdir()) == []
        assert [p.name for p in Path.cwd().iterdir() if p.name.startswith(".")] == []
    finally:
        elsewhere.rmdir()


def test_a_baseline_that_cannot_be_written_is_one_line_and_leaves_nothing_behind(
    write: Write, check: Callable[..., Result], monkeypatch: pytest.MonkeyPatch
) -> None:
    write(DRAFT, "cwd/draft.yaml")

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    with monkeypatch.context() as patched:
        patched.setattr("peelcheck.core.atomic.tempfile.mkstemp", refuse)
        result = check("draft.yaml", "--write-baseline", "baseline.json")
    assert (result.code, result.err) == (
        2,
        "peelcheck: error: cannot write baseline baseline.json: Permission denied\n",
    )

    def cross(self: Path, target: object) -> None:
        raise OSError(18, "Invalid cross-device link")

    monkeypatch.setattr(Path, "replace", cross)
    result = check("draft.yaml", "--write-baseline", "baseline.json")
    assert (result.code, result.err) == (
        2,
        "peelcheck: error: cannot write baseline baseline.json: Invalid cross-device link\n",
    )
    assert sorted(p.name for p in Path.cwd().iterdir()) == ["draft.yaml"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[]", "./baseline.json:1:1: not a valid baseline file: "),  # not a crash
        (
            '{"peelcheck-baseline": 1, "findings": [{"file": "d.yaml", "rule": "r"}]}',
            "./baseline.json:1:40: not a valid baseline file: missing required field "
            "'fingerprint' (and 1 more problems)",
        ),
    ],
)
def test_a_baseline_of_the_wrong_shape_is_one_line_naming_it_as_given(
    write: Write, check: Callable[..., Result], content: str, message: str
) -> None:
    write(DRAFT, "cwd/draft.yaml")
    Path("baseline.json").write_text(content, encoding="utf-8")
    for option in ("--baseline", "--write-baseline"):  # this one reads what it extends
        result = check("draft.yaml", option, "./baseline.json")
        assert result.code == 2
        (line,) = result.err.splitlines()
        assert line.startswith(f"peelcheck: error: {message}"), (option, line)


def test_one_problem_in_a_baseline_is_told_without_a_count(
    write: Write, check: Callable[..., Result]
) -> None:
    write(DRAFT, "cwd/draft.yaml")
    Path("baseline.json").write_text('{"peelcheck-baseline": 1}', encoding="utf-8")
    result = check("draft.yaml", "--baseline", "baseline.json")
    assert result.err == (
        "peelcheck: error: baseline.json:1:1: not a valid baseline file: "
        "missing required field 'findings'\n"
    )


def test_a_baseline_that_is_a_folder_or_unreadable_is_one_line(
    write: Write, check: Callable[..., Result], monkeypatch: pytest.MonkeyPatch
) -> None:
    write(DRAFT, "cwd/draft.yaml")
    Path("folder").mkdir()
    result = check("draft.yaml", "--baseline", "folder")
    assert result.err == "peelcheck: error: baseline folder is a folder; give the baseline file\n"
    result = check("draft.yaml", "--write-baseline", "folder")
    assert result.err == "peelcheck: error: --write-baseline folder is a folder; give a file name\n"
    Path("baseline.json").write_text('{"peelcheck-baseline": 1, "findings": []}', "utf-8")

    def unreadable(path: Path, display: str | None = None) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(baseline_module, "load_file", unreadable)
    result = check("draft.yaml", "--baseline", "baseline.json")
    assert result.err == "peelcheck: error: cannot read baseline baseline.json: Permission denied\n"
