"""Which files are drafts: folders, .gitignore, exclude/include patterns, peelcheck's own
files recognised by their content, per-file-ignores, and a summary that says what was
skipped and why."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import MINIMAL, run
from tests.drafts_repo import DRAFTS, LAYOUT_DOC, make_drafts_repo

RI_DRAFT = MINIMAL.replace("grade: Good", "grade: Requires improvement")


def _files(*args: str) -> tuple[list[str], list[dict[str, str]], str]:
    result = run("check", "--format", "json", *args)
    assert result.code in (0, 1), result.err
    document = json.loads(result.out)
    return [f["file"] for f in document["files"]], document.get("skipped", []), result.err


def test_the_documented_repository_reads_exactly_its_drafts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = make_drafts_repo(tmp_path / "repo")
    monkeypatch.chdir(repo)
    files, skipped, _ = _files(".")
    assert files == DRAFTS
    assert {(s["file"], s["reason"]) for s in skipped} == {
        ("build/", "gitignored"),
        ("drafts/notes.txt", "not included"),
        ("peelcheck-baseline.json", "baseline"),
        ("peelcheck.yaml", "config"),
        ("rules/house.yaml", "rule pack"),
        ("tests/rules/no-template-text.yaml", "rule test"),
    }
    lines = run("check", ".").out.splitlines()
    summary = [line for line in lines if "fixable with --fix" not in line][-1]
    skipped_clause = summary[summary.index("; skipped") :]
    assert skipped_clause == (
        "; skipped 6: 1 config, 1 rule pack, 1 rule test, 1 baseline, 1 in .gitignore, "
        "1 .txt not included (to read them: --extend-include '*.txt')"
    )
    assert f"\n...{skipped_clause}\n" in LAYOUT_DOC.read_text(encoding="utf-8")  # as documented


def test_own_files_named_outright_are_skipped_not_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As pre-commit names them: every staged file."""
    repo = make_drafts_repo(tmp_path / "repo", git=False)
    monkeypatch.chdir(repo)
    named = ["peelcheck.yaml", "rules/house.yaml", "tests/rules/no-template-text.yaml"]
    result = run("check", *named, "peelcheck-baseline.json")
    assert result.code == 0, result.out + result.err
    assert result.out == (
        "no problems in 0 files; skipped 4: 1 config, 1 rule pack, 1 rule test, 1 baseline\n"
    )


def test_gitignore_can_be_turned_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    repo = make_drafts_repo(tmp_path / "repo")
    monkeypatch.chdir(repo)
    files, _, _ = _files("--no-respect-gitignore", ".")
    assert files == ["build/export.yaml", *DRAFTS]


def test_nested_gitignore_and_negation(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    repo = make_drafts_repo(tmp_path / "repo")
    (repo / "drafts" / ".gitignore").write_text("*.json\n!waived-majority.json\n*.docx\n")
    monkeypatch.chdir(repo / "drafts")  # the repository's .gitignore above applies too
    files, skipped, _ = _files(".")
    assert files == ["gwent-2016-effectiveness.yaml", "waived-majority.json"]
    assert {"file": "gwent-2016-efficiency.docx", "reason": "gitignored"} in skipped


def test_exclude_patterns_from_the_config_and_the_command_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = make_drafts_repo(tmp_path / "repo")
    config = repo / "peelcheck.yaml"
    config.write_text(config.read_text() + "extend-exclude: ['drafts/*.json']\n")
    monkeypatch.chdir(repo)
    files, skipped, _ = _files(".")
    assert files == DRAFTS[:2]
    assert {"file": "drafts/waived-majority.json", "reason": "excluded"} in skipped
    files, _, _ = _files("--extend-exclude", "*.docx", ".")
    assert files == DRAFTS[:1]
    # a file named outright is read unless --force-exclude (as ruff)
    assert _files("drafts/waived-majority.json")[0] == ["drafts/waived-majority.json"]
    assert _files("--force-exclude", "drafts/waived-majority.json")[0] == []


def test_a_named_folder_is_searched_even_when_excluded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = make_drafts_repo(tmp_path / "repo")
    monkeypatch.chdir(repo)
    assert _files("build")[0] == ["build/export.yaml"]  # gitignored, but named
    assert _files("--exclude", "drafts/", "drafts")[0] == DRAFTS
    # --exclude replaces the built-in list (hidden files and folders), as ruff's does
    assert _files("--exclude", "drafts/", ".")[0] == [
        ".github/workflows/peelcheck.yml",
        ".pre-commit-config.yaml",
    ]


def test_txt_pages_only_when_asked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    repo = make_drafts_repo(tmp_path / "repo")
    monkeypatch.chdir(repo)
    files, _, _ = _files("--extend-include", "*.txt", "drafts")
    assert "drafts/notes.txt" in files
    config = repo / "peelcheck.yaml"
    config.write_text(config.read_text() + "extend_include: ['*.txt']\n")
    assert "drafts/notes.txt" in _files("drafts")[0]


def test_a_folder_of_word_drafts_is_read(write: Callable[..., Path]) -> None:
    from tests.drafts_repo import word_draft

    write(word_draft(), "cwd/word/a.docx")
    write(word_draft(), "cwd/word/b.docx")
    assert _files("word")[0] == ["word/a.docx", "word/b.docx"]


def test_per_file_ignores_switch_rules_off_for_matching_files(
    write: Callable[..., Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(
        "per_file_ignores:\n  'old/*.yaml': [requires-improvement-has-areas]\n",
        "cwd/peelcheck.yaml",
    )
    for index in range(20):  # enough for worker processes with --jobs 2
        write(RI_DRAFT, f"cwd/old/d{index:02d}.yaml")
        write(RI_DRAFT, f"cwd/new/d{index:02d}.yaml")
    rule = "requires-improvement-has-areas"
    for options in ([], ["--jobs", "2"], ["--cache"], ["--cache"]):
        result = run("check", "--select", rule, "--format", "json", *options, "old", "new")
        flagged = {f["file"].split("/")[0] for f in json.loads(result.out)["findings"]}
        assert flagged == {"new"}, options
    # the cache knows a draft's result depends on the rules switched off for it
    write("per_file_ignores: {}\n", "cwd/peelcheck.yaml")
    result = run("check", "--select", rule, "--format", "json", "--cache", "old")
    assert len(json.loads(result.out)["findings"]) == 20


def test_an_unknown_name_in_per_file_ignores_is_at_its_line(write: Callable[..., Path]) -> None:
    write(
        "per_file_ignores:\n  'old/*.yaml': [requires-improvement-has-area]\n", "cwd/peelcheck.yaml"
    )
    write(MINIMAL, "cwd/d.yaml")
    result = run("check", "d.yaml")
    assert result.code == 2
    assert result.err.splitlines()[0] == (
        "peelcheck.yaml:2:18: unknown rule or pack 'requires-improvement-has-area' under "
        "`per_file_ignores:`; did you mean 'requires-improvement-has-areas'?"
    )


def test_statistics_count_findings_by_rule(write: Callable[..., Path]) -> None:
    write(RI_DRAFT, "cwd/a.yaml")
    write(RI_DRAFT.replace("good at", "good at at"), "cwd/b.yaml")
    rules = ("--select", "requires-improvement-has-areas,repeated-word")
    text = run("check", *rules, "--statistics", "a.yaml", "b.yaml").out.splitlines()
    assert text[0] == "2  error    requires-improvement-has-areas"
    assert "1  warning  repeated-word" in text
    assert text[-1].startswith("2 errors, ")
    document = json.loads(
        run("check", *rules, "--statistics", "-f", "json", "a.yaml", "b.yaml").out
    )
    assert document["statistics"][0] == {
        "rule": "requires-improvement-has-areas",
        "severity": "error",
        "count": 2,
        "waived": 0,
    }
    assert "statistics" not in json.loads(run("check", "-f", "json", "a.yaml").out)
