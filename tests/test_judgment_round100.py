"""Round 100 of the judgment grammar (issue 16), on batches 65's and 66's failures: the grade
definitions of 2023 onwards told in the past ("The service demonstrated substantially all the
characteristics of good in ..."), and a time of now after what the grade is of, named back
("was adequate at A at our last inspection and is good at it now"). Made-up sentences of this
file's own."""

from __future__ import annotations

from typing import Any

import pytest

from peelcheck.prose.judgments import Grammar
from tests.judgment_helpers import grades_with_and_without, unqualified_grades


@pytest.mark.parametrize(
    ("grade", "word", "text"),
    [
        (
            "Good",
            "demonstrated substantially all the characteristics of good",
            "Avon Fire Brigade demonstrated substantially all the characteristics of good in the"
            " way it prepares for major incidents.",
        ),
        (
            "Requires improvement",
            "showed few, if any, of the characteristics of good",
            "Avon Fire Brigade showed few, if any, of the characteristics of good in how it"
            " protects the public.",
        ),
        (
            "Adequate",
            "demonstrated some of the characteristics of good",
            "Avon Fire Brigade demonstrated some of the characteristics of good in its prevention"
            " work, but we identified areas where it should improve.",
        ),
    ],
)
def test_round_100_the_grade_definitions_in_the_past(
    reader: Grammar, grammar_data: dict[str, Any], grade: str, word: str, text: str
) -> None:
    assert grades_with_and_without(reader, grammar_data, ("past_verbs", grade), word, text) == (
        [grade],
        [],
    )


def test_round_100_the_grade_definitions_in_the_past_with_a_time_are_then(
    reader: Grammar,
) -> None:
    text = (
        "In 2019, Avon Fire Brigade demonstrated substantially all the characteristics of good in"
        " the way it prepares for major incidents."
    )
    assert unqualified_grades(reader, text) == []


def test_round_100_a_time_of_now_after_what_the_grade_is_of(reader: Grammar) -> None:
    text = (
        "Avon Fire Brigade was adequate at preventing fires at our last inspection and is good at"
        " it now."
    )
    assert unqualified_grades(reader, text) == ["Good"]


@pytest.mark.parametrize(
    ("text", "grades"),
    [
        # a time of then after it stays then
        (
            "Avon Fire Brigade was adequate at preventing fires in 2019 and was good at it in"
            " 2022.",
            [],
        ),
        # "in this inspection" is read whole, not as "in this" and then "inspection"
        (
            "Avon Fire Brigade was good at preventing fires in 2019 and is adequate in this"
            " inspection.",
            ["Adequate"],
        ),
    ],
)
def test_round_100_near_misses(reader: Grammar, text: str, grades: list[str]) -> None:
    assert unqualified_grades(reader, text) == grades
