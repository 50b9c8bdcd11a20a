"""Where `peelcheck check` writes: pairing formats with outputs, and outputs that fail.
(Written to kill mutants mutmut found alive: see pyproject.toml [tool.mutmut].)"""

from __future__ import annotations

from pathlib import Path

import pytest

from peelcheck.cli.outputs import pair_targets
from tests.conftest import MINIMAL, run


def test_without_the_command_lines_order_the_nth_output_goes_with_the_nth_format() -> None:
    assert pair_targets(["JSON", "sarif"], ["a.json", "b.sarif"], None) == [
        ("json", "a.json"),
        ("sarif", "b.sarif"),
    ]
    assert pair_targets(["json", "text"], ["a.json"], None) == [("json", "a.json"), ("text", None)]
    assert pair_targets([], [], None) == [("text", None)]


def test_an_output_given_twice_is_found_after_a_format_on_standard_output() -> None:
    Path("draft.yaml").write_text(MINIMAL, encoding="utf-8")
    result = run(
        "check", "-f", "text", "-f", "json", "-o", "a", "-f", "sarif", "-o", "a", "draft.yaml"
    )
    assert (result.code, result.err) == (2, "peelcheck: error: --output a is given twice\n")


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_an_output_that_cannot_be_written_is_one_line() -> None:
    Path("draft.yaml").write_text(MINIMAL, encoding="utf-8")
    result = run("check", "-f", "json", "-o", "/dev/full", "draft.yaml")
    assert result.code == 2
    assert result.err.splitlines()[-1].endswith("cannot write /dev/full: No space left on device")
