"""Issue 18's reproductions: each input once took a run down (a traceback) or passed as
"no problems". Each must now give its documented exit code and one clear line at its place."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, run

TAGGED = {
    "peelcheck: !!int abc\n": "1:12: error yaml-syntax 'abc' is not a whole number",
    "peelcheck: !!float abc\n": "1:12: error yaml-syntax 'abc' is not a number",
    "peelcheck: !!bool maybe\n": "1:12: error yaml-syntax 'maybe' is not true or false",
    "peelcheck: !!int\n": "1:12: error yaml-syntax '' is not a whole number",
    "peelcheck: 1\nnumber: !!int one\n": "2:9: error yaml-syntax 'one' is not a whole number",
}


@pytest.mark.parametrize("text", sorted(TAGGED))
def test_a_tag_whose_value_does_not_fit_is_a_finding(
    text: str, write: Callable[..., Path]
) -> None:
    result = run("check", "--no-config", str(write(text)))
    assert result.code == 1
    assert TAGGED[text] in result.out
    assert "Traceback" not in result.err


@pytest.mark.parametrize("name", ["draft.json", "draft.yaml"])
def test_a_number_past_pythons_digit_limit_is_a_finding(
    name: str, write: Callable[..., Path]
) -> None:
    nines = "9" * 5000
    text = f'{{"peelcheck": {nines}}}' if name.endswith(".json") else f"peelcheck: {nines}\n"
    result = run("check", "--no-config", str(write(text, name)))
    assert result.code == 1
    assert "a number of 5000 digits" in result.out


@pytest.mark.parametrize("text", ["~\n", "null\n", "---\n", "--- ~\n"])
def test_a_null_document_is_not_a_clean_draft(text: str, write: Callable[..., Path]) -> None:
    result = run("check", "--no-config", str(write(text)))
    assert result.code == 1
    assert "error file-format the document is empty" in result.out


def test_a_null_rule_pack_is_a_problem_in_the_pack(write: Callable[..., Path]) -> None:
    pack = write("~\n", "pack.yaml")
    result = run("check", "--no-config", "--rules", str(pack), str(EXAMPLES / "peel-2023-25.yaml"))
    assert result.code == 2
    assert f"{pack}:1:1: the document is empty" in result.err or "pack.yaml:1:1:" in result.err


def test_a_null_baseline_is_one_line_and_exit_2(write: Callable[..., Path]) -> None:
    baseline = write("null\n", "baseline.json")
    result = run(
        "check", "--no-config", "--baseline", str(baseline), str(EXAMPLES / "peel-2023-25.yaml")
    )
    assert result.code == 2
    assert result.err.count("\n") == 1
    assert "the document is empty" in result.err


@pytest.mark.parametrize(("value", "shown"), [("true", "true"), ("1.0", "1.0")])
def test_a_format_version_that_only_equals_1_is_refused(
    value: str, shown: str, write: Callable[..., Path]
) -> None:
    text = (EXAMPLES / "peel-2023-25.yaml").read_text(encoding="utf-8")
    draft = write(text.replace("peelcheck: 1\n", f"peelcheck: {value}\n"))
    result = run("check", "--no-config", str(draft))
    assert result.code == 1
    assert f"a format version is written as a whole number such as 1, not {shown}" in result.out
