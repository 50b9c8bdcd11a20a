"""Round 113 of the judgment grammar (issue 16), on batch 72's failures, now tuning data: a
comparison with an earlier time straight after the grade, with no comma ("requires improvement
as it did in 2018", "is good as it was in 2019"), is not that grade's date: the grade is this
year's. Made-up sentences of this file's own."""

from __future__ import annotations

import pytest

from peelcheck.prose.judgments import Grammar
from tests.judgment_helpers import grades_read, year_on_year

AVON = "Avon Fire and Rescue Service"


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        (f"{AVON}'s efficiency requires improvement as it did in 2019.", "Requires improvement"),
        (f"{AVON}'s efficiency is good as it was in 2019.", "Good"),
        (
            f"{AVON}'s efficiency is still not good, and requires improvement as it did in 2019.",
            "Requires improvement",
        ),
    ],
)
def test_round_113_a_comparison_after_the_grade_is_not_its_date(
    reader: Grammar, text: str, grade: str
) -> None:
    assert [g for g, _ in grades_read(reader, text, AVON)] == [grade]


@pytest.mark.parametrize(
    "text",
    [
        f"{AVON}'s efficiency required improvement in 2019.",
        f"{AVON}'s efficiency was good at our last inspection, as it was in 2017.",
    ],
)
def test_round_113_a_grade_dated_stays_another_years(reader: Grammar, text: str) -> None:
    assert grades_read(reader, text, AVON) == []


def test_round_113_this_years_grade_is_compared_with_the_earlier_one() -> None:
    summary = f"{AVON}'s efficiency is good as it was in 2019."
    assert year_on_year(summary, "Good", "Good") == []
    assert year_on_year(summary, "Requires improvement", "Requires improvement") == [
        "the summary says 'as it was in 2019' but it gives this year's grade as Good and grade"
        " is Requires improvement; correct the sentence or the grades"
    ]
