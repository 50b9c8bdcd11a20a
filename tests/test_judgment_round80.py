"""Round 80 of the judgment grammar (issue 16), on batch 56's misses (spent after round 78): a
grade repeated or not ("Last year's grade for its prevention work has been repeated this
year", "... has not been repeated", "repeating the grades of 2019"), a grade that is "not the
one (the grade) we gave" at an earlier inspection, and a fall told as "a step down from good"
or "its downgrade from good to ...": previous-grade-statement reads the change. Made-up
sentences of this file's own."""

from __future__ import annotations

import pytest

from tests.judgment_helpers import FRS_2021, year_on_year


@pytest.mark.parametrize(
    ("text", "grade", "agrees", "disagrees"),
    [
        # the same grade again
        (
            "Last year's grade for the service's prevention work has been repeated this year.",
            "Good",
            "Good",
            "Requires improvement",
        ),
        (
            "The outstanding rating the service earned for its response in 2019 was repeated "
            "this time.",
            "Outstanding",
            "Outstanding",
            "Good",
        ),
        (
            "Prevention and protection were both graded good, repeating the grades of 2019.",
            "Good",
            "Good",
            "Requires improvement",
        ),
        # another grade than before
        (
            "Last year's efficiency grade for the service has not been repeated this year.",
            "Good",
            "Requires improvement",
            "Good",
        ),
        (
            "The service's grade for efficiency is not the one we gave it at our last inspection.",
            "Good",
            "Requires improvement",
            "Good",
        ),
        (
            "Its prevention work requires improvement, which is not the grade we gave in 2019.",
            "Requires improvement",
            "Good",
            "Requires improvement",
        ),
        # a fall
        (
            "The service's requires improvement grade for efficiency is a step down from good.",
            "Requires improvement",
            "Good",
            "Requires improvement",
        ),
        (
            "Its downgrade from good to requires improvement for efficiency reflects gaps in "
            "its training records.",
            "Requires improvement",
            "Good",
            "Requires improvement",
        ),
    ],
)
def test_round_80_repeated_not_the_one_a_step_down(
    text: str, grade: str, agrees: str, disagrees: str
) -> None:
    assert year_on_year(text, grade, agrees, FRS_2021) == []
    assert len(year_on_year(text, grade, disagrees, FRS_2021)) == 1


@pytest.mark.parametrize(
    "text",
    [
        # repeated, or not the one, but no grade: a survey, a policy, a step
        "The service's survey of its staff has been repeated this year.",
        "The exercise was repeated this time, with much the same result.",
        "Its new prevention strategy is not the one we saw in 2019.",
        "A step down from the appliance's cab was replaced after an injury in 2019.",
    ],
)
def test_round_80_no_grade_compared(text: str) -> None:
    assert year_on_year(text, "Good", "Requires improvement", FRS_2021) == []
