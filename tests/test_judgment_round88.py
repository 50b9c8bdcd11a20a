"""Round 88 of the judgment grammar (issue 16), on a class of the tuning part's misses: the
earlier grade in apposition after this year's, with the subject as the one graded then
("remains good at ..., the grade it received in 2016", "..., a grade it has held since
2016"); and not when the grade before the apposition is denied ("had not slipped back to
inadequate, the grade it received in 2018/19"). Made-up sentences of this file's own."""

from __future__ import annotations

import pytest

from tests.judgment_helpers import FRS_2021, year_on_year

APPOSITIONS = [
    "the grade it received",
    "the grade it had",
    "the grade it held",
    "the grade it was given",
    "the grade it also had",
    "a grade it received",
    "a grade it had",
    "a grade it held",
    "a grade it has held",
    "a grade it also had",
    "the grade it also received",
    "a grade it also received",
    "a grade it first achieved",
]


@pytest.mark.parametrize("apposition", APPOSITIONS)
def test_round_88_the_earlier_grade_in_apposition_is_the_same(apposition: str) -> None:
    text = f"Avon Fire and Rescue Service remains good at preventing fires, {apposition} in 2019."
    assert year_on_year(text, "Good", "Good", FRS_2021) == []
    (message,) = year_on_year(text, "Good", "Requires improvement", FRS_2021)
    assert f"'{apposition} in 2019'" in message


@pytest.mark.parametrize(
    "text",
    [
        # the grade before the apposition denied: the earlier grade, not this year's
        "We were pleased that the service had not slipped back to inadequate, the grade it"
        " received for its culture in 2019.",
        "Avon Fire and Rescue Service is no longer inadequate at preventing fires, the grade it"
        " had in 2019.",
        "The service isn't inadequate at preventing fires any more, the grade we gave it in 2019.",
    ],
)
def test_round_88_a_denied_grade_in_apposition_says_no_same(text: str) -> None:
    assert year_on_year(text, "Good", "Inadequate", FRS_2021) == []


def test_round_88_a_denial_in_an_earlier_clause_leaves_the_same_grade() -> None:
    text = (
        "Prevention was not inspected this year, so Avon Fire and Rescue Service remains good"
        " at it, the grade it received in 2019."
    )
    assert year_on_year(text, "Good", "Good", FRS_2021) == []
    assert len(year_on_year(text, "Good", "Requires improvement", FRS_2021)) == 1
