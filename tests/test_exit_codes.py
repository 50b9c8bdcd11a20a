"""Exit codes of `peelcheck check`: 0 nothing at or above the fail level, 1 findings at or
above it, 2 usage or tool errors, each usage error in one line and without a traceback."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import MINIMAL, run
from tests.test_formats import ERRORS, INFO, SELECT, WAIVED, WARNINGS

DRAFTS = {"error": ERRORS, "warning": WARNINGS, "info": INFO, "clean": MINIMAL, "waived": WAIVED}

# worst finding of the draft -> --fail-on level -> exit code
EXPECTED = {
    "error": {"error": 1, "warning": 1, "info": 1, "never": 0},
    "warning": {"error": 0, "warning": 1, "info": 1, "never": 0},
    "info": {"error": 0, "warning": 0, "info": 1, "never": 0},
    "clean": {"error": 0, "warning": 0, "info": 0, "never": 0},
    "waived": {"error": 0, "warning": 0, "info": 0, "never": 0},  # waived never fails
}


@pytest.mark.parametrize("level", ["error", "warning", "info", "never"])
@pytest.mark.parametrize("draft", list(DRAFTS))
def test_fail_on(write: Callable[..., Path], draft: str, level: str) -> None:
    path = write(DRAFTS[draft])
    result = run("check", *SELECT, "--fail-on", level, str(path))
    assert result.code == EXPECTED[draft][level], result.out + result.err


def test_default_fail_level_is_error(write: Callable[..., Path]) -> None:
    assert run("check", *SELECT, str(write(WARNINGS))).code == 0
    assert run("check", *SELECT, str(write(ERRORS))).code == 1


def test_unreadable_draft_content_is_a_finding_not_a_usage_error(
    write: Callable[..., Path],
) -> None:
    result = run("check", "--fail-on", "error", str(write(b"grade: caf\xe9\n")))
    assert result.code == 1
    assert "file-format" in result.out


def test_show_does_not_change_the_exit_code(write: Callable[..., Path]) -> None:
    result = run("check", *SELECT, "--show", "error", "--fail-on", "warning", str(write(WARNINGS)))
    assert result.code == 1
    assert "repeated-word" not in result.out
    assert "1 finding hidden by --show" in result.out


def test_config_sets_the_fail_level_and_the_option_wins(write: Callable[..., Path]) -> None:
    write("fail_on: warning\n", "cwd/peelcheck.yaml")
    draft = str(write(WARNINGS))
    assert run("check", *SELECT, draft).code == 1
    assert run("check", *SELECT, "--fail-on", "error", draft).code == 0


def _usage_error(*args: str, stdin: str | None = None) -> str:
    """Run, expect exit 2 with one line on standard error and nothing on standard output."""
    result = run("check", *args, stdin=stdin)
    assert result.code == 2, result.out + result.err
    assert result.out == ""
    lines = result.err.splitlines()
    assert len(lines) == 1, result.err
    assert lines[0].startswith("peelcheck: error: ")
    return lines[0].removeprefix("peelcheck: error: ")


@pytest.fixture
def draft(write: Callable[..., Path]) -> str:
    return str(write(MINIMAL, "cwd/draft.yaml").name)


def test_unknown_format(draft: str) -> None:
    from peelcheck.formatters import available

    assert _usage_error("--format", "xml", draft) == (
        f"unknown format 'xml'; choose from {', '.join(available())}"
    )


def test_unknown_rule_id_in_select_suggests_the_nearest(draft: str) -> None:
    message = _usage_error("--select", "grade-on-scal", draft)
    assert (
        message == "--select: unknown rule or pack 'grade-on-scal'; did you mean 'grade-on-scale'?"
    )


def test_unknown_rule_id_in_ignore(draft: str) -> None:
    message = _usage_error("--ignore", "no-such-rule-anywhere", draft)
    assert message.startswith("--ignore: unknown rule or pack 'no-such-rule-anywhere'")


def test_pack_names_are_accepted_by_select_and_ignore(draft: str) -> None:
    assert run("check", "--select", "grades", draft).code == 0
    assert run("check", "--ignore", "grades", draft).code == 0


def test_folder_without_drafts(tmp_path: Path) -> None:
    (tmp_path / "cwd" / "empty").mkdir()
    (tmp_path / "cwd" / "empty" / "notes.txt").write_text("not a draft", encoding="utf-8")
    assert _usage_error("empty") == (
        "empty: no drafts in this folder; skipped 1: 1 .txt not included "
        "(to read them: --extend-include '*.txt')"
    )


def test_missing_file() -> None:
    assert _usage_error("nowhere.yaml") == "nowhere.yaml: no such file or folder"


def test_pattern_matching_nothing() -> None:
    assert _usage_error("drafts/*.yaml") == "drafts/*.yaml: the pattern matches no drafts"


def test_unreadable_file(draft: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # Tests may run as root, which reads any file: make the read itself fail.
    from peelcheck.core import reading

    read_bounded = reading.read_bounded

    def refuse(path: Path, limit: int) -> bytes:
        if path.name == "draft.yaml":
            raise PermissionError(13, "Permission denied", str(path))
        return read_bounded(path, limit)

    monkeypatch.setattr("peelcheck.draft.read.read_bounded", refuse)
    # a finding, not a usage error: one unreadable draft never stops the others being reported
    result = run("check", "--no-config", "--jobs", "1", draft)
    assert result.code == 1
    assert result.out.startswith(
        "draft.yaml:1:1: error not-checked this file cannot be read (Permission denied)"
    )


def test_output_is_a_folder(draft: str, tmp_path: Path) -> None:
    (tmp_path / "cwd" / "reports").mkdir()
    assert _usage_error("-o", "reports", draft) == "--output reports is a folder; give a file name"


def test_output_in_a_missing_folder(draft: str) -> None:
    message = _usage_error("-f", "json", "-o", "no/such/out.json", draft)
    assert message == "--output no/such/out.json: the folder no/such does not exist"


def test_output_would_overwrite_a_draft(draft: str) -> None:
    message = _usage_error("-f", "json", "-o", draft, draft)
    assert message == f"--output {draft} is one of the drafts to check; choose another file"


def test_two_formats_on_standard_output(draft: str) -> None:
    message = _usage_error("-f", "json", "-f", "sarif", draft)
    assert message.startswith("only one format can go to standard output")


def test_output_without_a_format_of_its_own(draft: str) -> None:
    message = _usage_error("-f", "json", "-o", "a.json", "-o", "b.json", draft)
    assert message.startswith("--output b.json has no --format of its own")


def test_same_output_twice(draft: str) -> None:
    message = _usage_error("-f", "json", "-o", "a.out", "-f", "sarif", "-o", "a.out", draft)
    assert message == "--output a.out is given twice"


def test_standard_input_twice() -> None:
    assert _usage_error("-", "-", stdin=MINIMAL).startswith("-: standard input can be read only")


@pytest.mark.parametrize(
    "args",
    [
        ("--fail-on", "sometimes"),
        ("--show", "everything"),
        ("--jobs", "0"),
        ("--today", "yesterday"),
        ("--no-such-option",),
    ],
)
def test_bad_option_values(draft: str, args: tuple[str, ...]) -> None:
    result = run("check", *args, draft)
    assert result.code == 2
    assert "Traceback" not in result.err
    assert result.out == ""


def test_no_paths() -> None:
    assert run("check").code == 2


def test_each_output_goes_with_the_format_written_before_it(draft: str, tmp_path: Path) -> None:
    # text stays on standard output although it is the first --format
    result = run("check", "-f", "text", "-f", "json", "-o", "out.json", draft)
    assert result.code == 0
    assert result.out.splitlines()[-1].startswith("0 errors, 0 warnings, ")  # info only
    assert (tmp_path / "cwd" / "out.json").read_text(encoding="utf-8").startswith("{")
    # an --output before any --format goes with the first one
    result = run("check", "-o", "first.sarif", "-f", "sarif", draft)
    assert result.out == ""
    assert '"version": "2.1.0"' in (tmp_path / "cwd" / "first.sarif").read_text(encoding="utf-8")
    # --output alone writes the text format
    result = run("check", "--ignore", "framework-unverified", "-o", "report.txt", draft)
    assert (tmp_path / "cwd" / "report.txt").read_text(
        encoding="utf-8"
    ) == "no problems in 1 file\n"
