"""Round 82 of the judgment grammar (issue 16), on a class of the tuning part's misses: the
subject's grade for an area named in many words, moved to this year's grade ("has improved its
grade for promoting the right values and culture from requires improvement to good", "has
raised its grade for managing performance and developing leaders to good"), and our own move
of it ("We have raised the constabulary's grade for leadership and force management to
good"). Made-up sentences of this file's own."""

from __future__ import annotations

from typing import Any

import pytest

from peelcheck.prose.judgments import Grammar
from tests.judgment_helpers import grades_with_and_without, unqualified_grades

TO = "{np} has {move} its grade for {words} to {grade}"
OURS = "we have {move} {np} to {grade}"


@pytest.mark.parametrize(
    ("frame", "text", "grade"),
    [
        (
            TO,  # (the earlier grade inside the area's words: "from ... to good")
            "Avon Fire Brigade has improved its grade for promoting the right values and culture "
            "from requires improvement to good.",
            "Good",
        ),
        (
            TO,
            "Avon Fire Brigade has raised its grade for managing performance and developing "
            "leaders to outstanding.",
            "Outstanding",
        ),
        (
            OURS,
            "We have raised the brigade's grade for making the best use of its resources to "
            "adequate.",
            "Adequate",
        ),
    ],
)
def test_round_82_a_grade_for_a_long_area_moved(
    reader: Grammar, grammar_data: dict[str, Any], frame: str, text: str, grade: str
) -> None:
    assert grades_with_and_without(reader, grammar_data, ("frames",), frame, text) == ([grade], [])


@pytest.mark.parametrize(
    "text",
    [
        # another body's grade, someone else's move, or a move only hoped for
        "The regional unit has improved its grade for sharing intelligence with partners from "
        "requires improvement to good.",
        "Partners told us the brigade has raised its grade for protecting the public to good.",
        "We have raised our expectations of the brigade's protection work to good practice.",
        "The brigade hopes it has raised its grade for preventing fires to outstanding.",
    ],
)
def test_round_82_not_read(reader: Grammar, text: str) -> None:
    assert unqualified_grades(reader, text) == []
