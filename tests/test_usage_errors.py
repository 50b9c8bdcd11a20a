"""Usage errors are one line on standard error, `peelcheck: error: ...`, exit 2; click's
three-line `Usage:` / `Try` / `Error:` never shows."""

from __future__ import annotations

import pytest

from tests.conftest import run


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["chek", "x.yaml"], "no such command 'chek'; did you mean 'check'?"),
        (["check", "--formt", "json", "x.yaml"], "no such option --formt; did you mean --format?"),
        (
            ["check", "--today", "01/01/2030", "x.yaml"],
            "invalid value for '--today': '01/01/2030' does not match the form YYYY-MM-DD; "
            "see 'peelcheck check --help'",
        ),
        (["checks", "extra"], "unexpected extra argument (extra); see 'peelcheck checks --help'"),
        (["check"], "missing argument 'PATHS...'; see 'peelcheck check --help'"),
        (["explain"], "missing argument 'RULE_ID'; see 'peelcheck explain --help'"),
        (["--bogus"], "no such option --bogus; see 'peelcheck --help'"),
        # click offers "--jobs" (the "--" is alike): no guess is better than that one
        (["check", "--bogus", "x.yaml"], "no such option --bogus; see 'peelcheck check --help'"),
        (
            ["schema", "drafts"],
            "invalid value for '[draft|rules|output]': 'drafts' is not one of 'draft', "
            "'rules', 'output'; did you mean 'draft'?",
        ),
    ],
)
def test_a_usage_error_is_one_line_and_exit_2(args: list[str], expected: str | None) -> None:
    result = run(*args)
    assert result.code == 2
    assert result.out == ""
    lines = result.err.splitlines()
    assert len(lines) == 1, result.err
    assert lines[0].startswith("peelcheck: error: ")
    if expected is not None:
        assert lines[0] == f"peelcheck: error: {expected}"
    assert "Usage:" not in result.err
    assert "Try " not in result.err


def test_help_and_version_still_exit_0() -> None:
    assert run("--version").code == 0
    result = run("--help")
    assert result.code == 0
    assert "peelcheck explain RULE-ID" in result.out
    assert "peelcheck schema" in result.out


def test_help_cites_commands_not_repository_paths() -> None:
    for command in ("check", "rules", "explain", "test", "import", "schema"):
        text = run(command, "--help").out
        assert "docs/" not in text, command


def test_no_command_shows_the_help() -> None:
    result = run()
    assert result.code == 2
    assert "Commands:" in result.err


@pytest.mark.parametrize(
    ("name", "file"),
    [
        ("draft", "report.schema.json"),
        ("rules", "rules.schema.json"),
        ("output", "output.schema.json"),
    ],
)
def test_schema_prints_each_published_schema(name: str, file: str) -> None:
    from peelcheck.core.resources import schemas_dir

    result = run("schema", name)
    assert result.code == 0
    assert result.out == (schemas_dir() / file).read_text(encoding="utf-8")


def test_schema_without_a_name_is_the_draft_format() -> None:
    assert run("schema").out == run("schema", "draft").out
