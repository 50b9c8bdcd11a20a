"""Round 116 of the judgment grammar (issue 16), on batch 72's failures, now tuning data: an
earlier grade matched or repeated, named with its year ("South Wales Police matched its 2024
grade of good for preventing crime"), is this year's grade, the same as then. Made-up sentences
of this file's own."""

from __future__ import annotations

from typing import Any

import pytest

from peelcheck.prose.judgments import Grammar
from tests.judgment_helpers import grades_with_and_without, unqualified_grades, year_on_year

BRIGADE = "Avon Fire Brigade"
AVON = "Avon Fire and Rescue Service"


@pytest.mark.parametrize(
    ("text", "frame", "grade"),
    [
        (
            f"{BRIGADE} matched its 2019 grade of good for preventing fires.",
            "{np} matched its {words} grade of {grade}",
            "Good",
        ),
        (
            f"{BRIGADE} has repeated its 2021/22 grade of requires improvement for protection.",
            "{np} has repeated its {words} grade of {grade}",
            "Requires improvement",
        ),
    ],
)
def test_round_116_an_earlier_grade_matched_is_this_years(
    reader: Grammar, grammar_data: dict[str, Any], text: str, frame: str, grade: str
) -> None:
    assert grades_with_and_without(reader, grammar_data, ("frames",), frame, text) == (
        [grade],
        [],
    )


def test_round_116_a_match_of_another_year_stays_that_years(reader: Grammar) -> None:
    assert unqualified_grades(reader, f"In 2019 {BRIGADE} matched its 2015 grade of good.") == []


def test_round_116_the_grade_matched_is_the_earlier_one_too() -> None:
    summary = f"{AVON} matched its 2019 grade of good for preventing fires."
    assert year_on_year(summary, "Good", "Good") == []
    assert year_on_year(summary, "Requires improvement", "Good") == [
        "the summary says 'matched its 2019' but the grade is Requires improvement and last"
        " year's was Good; correct the sentence or the grades"
    ]
    # grades matched in some areas only say nothing of this one
    assert (
        year_on_year(
            f"{AVON} matched its 2019 grades in every area but one.", "Good", "Requires improvement"
        )
        == []
    )
