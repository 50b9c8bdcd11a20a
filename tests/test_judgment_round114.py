"""Round 114 of the judgment grammar (issue 16), on batch 71's and 72's failures, now tuning
data: the subject's work or that grade moved to this year's grade ("the force has lifted that
work to adequate", "has restored its protection work to good", "It has lifted that grade to
requires improvement"), with "restored" a verb of movement. Made-up sentences of this file's
own."""

from __future__ import annotations

from typing import Any

import pytest

from peelcheck.prose.judgments import Grammar
from tests.judgment_helpers import grades_with_and_without, unqualified_grades

BRIGADE = "Avon Fire Brigade"


@pytest.mark.parametrize(
    ("text", "frame"),
    [
        (
            "Two years after we found its prevention work inadequate, the brigade has lifted that"
            " work to adequate.",
            "{np} has {move} that work to {grade}",
        ),
        (
            f"{BRIGADE} has raised its fire safety audit work to adequate.",
            "{np} has {move} its {few} work to {grade}",
        ),
        ("It has lifted that grade to adequate.", "{np} has {move} that grade to {grade}"),
    ],
)
def test_round_114_its_work_moved_to_this_years_grade(
    reader: Grammar, grammar_data: dict[str, Any], text: str, frame: str
) -> None:
    assert grades_with_and_without(reader, grammar_data, ("frames",), frame, text) == (
        ["Adequate"],
        [],
    )


def test_round_114_restored_is_a_verb_of_movement(
    reader: Grammar, grammar_data: dict[str, Any]
) -> None:
    text = f"{BRIGADE} has restored its protection work to good."
    assert grades_with_and_without(reader, grammar_data, ("moves",), "restored", text) == (
        ["Good"],
        [],
    )


@pytest.mark.parametrize(
    "text",
    [
        f"{BRIGADE} has improved its response to good effect.",
        f"{BRIGADE} has moved its staff to good premises.",
        f"{BRIGADE} has restored its fleet to good working order.",
    ],
)
def test_round_114_something_else_moved_is_no_grade(reader: Grammar, text: str) -> None:
    assert unqualified_grades(reader, text) == []
