"""Config problems are one line each, `file:line:col: message`, at the config's own line and
column, in peelcheck.yaml and in pyproject.toml alike; keys may be written with `-` or `_`;
docs_url gives rules a documentation link."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import MINIMAL, run

PYPROJECT = """\
[project]
name = "drafts"

[tool.peelcheck]
fail-on = "warning"
select = [
  "grades",
  "grdaes",
]

[tool.peelcheck.rules]
double-space = "loud"
"""


@pytest.fixture
def draft(write: Callable[..., Path]) -> str:
    write(MINIMAL, "cwd/d.yaml")
    return "d.yaml"


def _errors(result_err: str) -> list[str]:
    return result_err.splitlines()


def test_pyproject_problems_are_at_their_own_line_and_column(
    write: Callable[..., Path], draft: str
) -> None:
    write(PYPROJECT, "cwd/pyproject.toml")
    result = run("check", draft)
    assert result.code == 2
    lines = _errors(result.err)
    assert lines[0] == (
        "pyproject.toml:12:16: 'double-space' is the text 'loud'; it must be one of "
        "'error', 'warning', 'info' or 'off'"
    )
    assert len(lines) == 2 and lines[1].startswith("peelcheck: error: 1 problem(s)")
    write(PYPROJECT.replace('"loud"', '"off"'), "cwd/pyproject.toml")
    lines = _errors(run("check", draft).err)
    assert lines[0] == (
        "pyproject.toml:8:3: unknown rule or pack 'grdaes' under `select:`; did you mean 'grades'?"
    )


def test_unknown_keys_are_quoted_once(write: Callable[..., Path], draft: str) -> None:
    write('[tool.peelcheck]\nfail-onn = "warning"\n', "cwd/pyproject.toml")
    lines = _errors(run("check", draft).err)
    assert lines[0] == "pyproject.toml:2:1: unknown key 'fail-onn'; did you mean 'fail_on'?"
    write("extend-exclud: [a/]\n", "cwd/peelcheck.yaml")
    lines = _errors(run("check", draft).err)
    assert (
        lines[0]
        == "peelcheck.yaml:1:1: unknown key 'extend-exclud'; did you mean 'extend_exclude'?"
    )


def test_invalid_toml_is_at_its_place(write: Callable[..., Path], draft: str) -> None:
    write('[tool.peelcheck]\nfail_on = "warning\n', "cwd/pyproject.toml")
    result = run("check", draft)
    assert result.code == 2
    assert _errors(result.err)[0].startswith("pyproject.toml:2:")
    assert "not valid TOML" in result.err


def test_kebab_and_snake_keys_both_work(write: Callable[..., Path], draft: str) -> None:
    ri = MINIMAL.replace("grade: Good", "grade: Requires improvement")
    write(ri, "cwd/d.yaml")
    for key in ("fail-on", "fail_on"):
        write(f'[tool.peelcheck]\n{key} = "never"\n', "cwd/pyproject.toml")
        assert run("check", draft).code == 0, key


def test_a_missing_pack_is_at_the_config_line(write: Callable[..., Path], draft: str) -> None:
    write("packs: [grades, grdes]\nextra_packs:\n  - rules/house.yaml\n", "cwd/peelcheck.yaml")
    result = run("check", draft)
    assert result.code == 2
    lines = _errors(result.err)
    assert lines[0] == (
        "peelcheck.yaml:1:17: no built-in pack 'grdes'; did you mean 'grades'? "
        "(a pack file needs its path)"
    )
    assert lines[1].startswith("peelcheck.yaml:3:5: rule pack not found: rules/house.yaml")
    assert "site-packages" not in result.err and "peelcheck/rules" not in result.err


def test_a_missing_pack_in_pyproject_too(write: Callable[..., Path], draft: str) -> None:
    write('[tool.peelcheck]\npacks = ["grades", "grdes"]\n', "cwd/pyproject.toml")
    lines = _errors(run("check", draft).err)
    assert lines[0].startswith("pyproject.toml:2:20: no built-in pack 'grdes'")


def test_docs_url_links_rules_and_sarif_help_only_when_absolute(
    write: Callable[..., Path], draft: str
) -> None:
    write("docs_url: https://example.org/peelcheck/docs/rules\n", "cwd/peelcheck.yaml")
    sarif = json.loads(run("check", "-f", "sarif", draft).out)
    rules = {r["id"]: r for r in sarif["runs"][0]["tool"]["driver"]["rules"]}
    assert rules["grade-on-scale"]["helpUri"] == (
        "https://example.org/peelcheck/docs/rules/grade-on-scale.md"
    )
    assert rules["schema"]["helpUri"] == "https://example.org/peelcheck/docs/rules/schema.md"
    write("docs_url: 'https://example.org/rules/{id}/'\n", "cwd/peelcheck.yaml")
    sarif = json.loads(run("check", "-f", "sarif", draft).out)
    rules = {r["id"]: r for r in sarif["runs"][0]["tool"]["driver"]["rules"]}
    assert rules["schema"]["helpUri"] == "https://example.org/rules/schema/"
    write("docs_url: docs/rules\n", "cwd/peelcheck.yaml")
    sarif = json.loads(run("check", "-f", "sarif", draft).out)
    assert all("helpUri" not in r for r in sarif["runs"][0]["tool"]["driver"]["rules"])
    ri = MINIMAL.replace("grade: Good", "grade: Requires improvement")
    write(ri, "cwd/ri.yaml")
    markdown = run("check", "-f", "markdown", "ri.yaml").out
    assert "(docs/rules/requires-improvement-has-areas.md)" in markdown


def test_the_toml_map_locates_keys_values_and_items() -> None:
    from peelcheck.run.tomlmap import toml_source_map

    text = (
        '[project]\nname = "x"  # [tool.peelcheck] in a comment\n\n'
        "[tool.peelcheck]\n"
        "select = [\n  'grades',  # a comment\n  \"text-hygiene\",\n]\n"
        'per-file-ignores = { "old/*.yaml" = ["grades"], other = [] }\n'
        'docs_url = """https://example.org/{id}"""\n'
        "\n[tool.peelcheck.rules]\ndouble-space = 'off'\n"
        '"grade-on-scale" = "warning"\n'
        "\n[[tool.other]]\nselect = 1\n"
    )
    source = toml_source_map(text)
    assert source.position("") == (4, 7)  # the table's header: where its own problems go
    assert source.position("select[1]") == (7, 3)
    assert source.position('"per-file-ignores"."old/*.yaml"[0]') == (9, 38)
    assert source.position('"per-file-ignores".other', key=True) == (9, 49)
    assert source.position("docs_url") == (10, 12)
    assert source.position('rules."double-space"') == (13, 16)
    assert source.position('rules."grade-on-scale"', key=True) == (14, 1)
    assert source.position("rules", key=True) == (12, 17)
