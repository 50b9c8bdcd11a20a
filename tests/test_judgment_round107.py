"""Round 107 of the judgment grammar (issue 16), on the tuning part's failures: a move to a
grade in the past simple ("Cumbria Constabulary climbed to good in ...") is this
inspection's grade, of the subject or its own work, unless the move's own clause dates it;
not after an auxiliary or a modal. Made-up sentences of this file's own."""

from __future__ import annotations

from typing import Any

import pytest

from peelcheck.prose.judgments import Grammar
from tests.judgment_helpers import grades_with_and_without, unqualified_grades


@pytest.mark.parametrize(
    ("word", "text", "grade"),
    [
        (
            "climbed to",
            "Avon Fire Brigade climbed to good in how well it protects the public, having been"
            " judged inadequate in 2019.",
            "Good",
        ),
        (
            "rose to",
            "Avon Fire Brigade's prevention work rose to outstanding this year, up from good in"
            " 2019.",
            "Outstanding",
        ),
        (
            "dropped to",
            "Avon Fire Brigade dropped to inadequate at responding to fires, from adequate at our"
            " previous inspection.",
            "Inadequate",
        ),
        (
            "fell back to",
            "Avon Fire Brigade fell back to requires improvement at preventing fires, the grade it"
            " had in 2019.",
            "Requires improvement",
        ),
        (
            "improved to",
            "In the event, Avon Fire Brigade improved to outstanding in two areas.",
            "Outstanding",
        ),
    ],
)
def test_round_107_a_move_in_the_past_simple_is_this_inspections_grade(
    reader: Grammar, grammar_data: dict[str, Any], word: str, text: str, grade: str
) -> None:
    # the earlier times of three of these name the grade moved from, not the move's
    assert grades_with_and_without(reader, grammar_data, ("clause", "past_moves"), word, text) == (
        [grade],
        [],
    )


@pytest.mark.parametrize(
    "text",
    [
        # the move's own clause dates it
        "In 2019 Avon Fire Brigade's prevention work moved up to good.",
        "Avon Fire Brigade moved up to good in 2019 and has stayed there.",
        # after an auxiliary or a modal: someone's claim, or what might have been
        "The chief fire officer said Avon Fire Brigade had climbed to good at preventing fires.",
        "Avon Fire Brigade could easily have dropped to requires improvement.",
        # someone else's move, and moves denied
        "Neighbouring Dorset Fire and Rescue Service rose to outstanding at preventing fires.",
        "No part of Avon Fire Brigade's prevention work fell below adequate, though none of it"
        " rose to good.",
        "Avon Fire Brigade never fell to inadequate.",
        # a bare noun phrase, not the subject's own work
        "The quality of the food provided in the canteen rose to good.",
    ],
)
def test_round_107_near_misses_give_no_grade(reader: Grammar, text: str) -> None:
    assert unqualified_grades(reader, text) == []


def test_round_107_the_perfect_is_still_read_as_before(reader: Grammar) -> None:
    # "has since improved to" is the perfect's participle, not a past simple move
    text = "Avon Fire Brigade has since improved to good at preventing fires."
    assert unqualified_grades(reader, text) == ["Good"]
