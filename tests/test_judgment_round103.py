"""Round 103 of the judgment grammar (issue 16), on batches 67's and 68's failures: a second
verb phrase in the perfect joined by "and" to a first of another year ("was good in 2021/22 and
has now risen to outstanding"), a perfect after a phrase fronted with an earlier time ("Having
been inadequate at answering calls in 2023, the force has recovered to good"), "recovered to"
as a move to this year's grade, and a grade bettered ("which betters the 2015 grade of
requires improvement"). Made-up sentences of this file's own."""

from __future__ import annotations

from typing import Any

import pytest

from peelcheck.prose.judgments import Grammar
from tests.judgment_helpers import (
    FRS_2021,
    grades_with_and_without,
    unqualified_grades,
    year_on_year,
)


@pytest.mark.parametrize(
    ("text", "grades"),
    [
        (
            "Avon Fire Brigade was good at this in 2019 and has now risen to outstanding.",
            ["Outstanding"],
        ),
        (
            "Avon Fire Brigade's prevention work was good in 2019 and has stayed good in this"
            " inspection.",
            ["Good"],
        ),
        # near misses: someone else's first verb phrase, and a perfect with no time of now
        # after a grade of another year
        (
            "Avon Fire Brigade's neighbour was good at this in 2019 and has now risen to"
            " outstanding.",
            [],
        ),
        ("Avon Fire Brigade was good at this in 2019 and has become outstanding.", []),
    ],
)
def test_round_103_a_perfect_joined_to_another_years_grade(
    reader: Grammar, text: str, grades: list[str]
) -> None:
    assert unqualified_grades(reader, text) == grades


@pytest.mark.parametrize(
    ("text", "grades"),
    [
        (
            "Having been inadequate at answering calls in 2019, Avon Fire Brigade has improved to"
            " good.",
            ["Good"],
        ),
        # near misses: the past perfect and "has been" stay dated
        ("In 2019, Avon Fire Brigade had been good at answering calls.", []),
        (
            "Across the 2021/22 round so far, the commonest grade for answering calls has been"
            " adequate.",
            [],
        ),
    ],
)
def test_round_103_a_perfect_after_a_fronted_earlier_time(
    reader: Grammar, text: str, grades: list[str]
) -> None:
    assert unqualified_grades(reader, text) == grades


def test_round_103_recovered_to_is_a_move_to_this_years_grade(
    reader: Grammar, grammar_data: dict[str, Any]
) -> None:
    text = "Avon Fire Brigade has recovered to good at answering calls."
    assert grades_with_and_without(
        reader, grammar_data, ("clause", "participles"), "recovered to", text
    ) == (["Good"], [])


BETTERS = (
    "Avon Fire and Rescue Service is judged good overall this year, which betters the 2019 grade"
    " of requires improvement."
)


def test_round_103_a_grade_bettered_is_a_rise() -> None:
    assert year_on_year(BETTERS, "Good", "Requires improvement", FRS_2021) == []
    messages = year_on_year(BETTERS, "Requires improvement", "Requires improvement", FRS_2021)
    assert len(messages) == 1 and "'betters'" in messages[0], messages
