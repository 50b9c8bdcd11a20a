"""Round 77 of the judgment grammar (issue 16), on batch 54's misses (spent) and a class of
the tuning part's: a grade said to differ from an earlier one in other words ("a different
grade from the one we gave in 2019", "Unlike in 2021/22, ...", "is not what it was in
2019"), or a grade below or above it ("requires improvement, a grade below the good it got
in 2019"): previous-grade-statement reads the change. Made-up sentences of this file's own."""

from __future__ import annotations

import pytest

from tests.judgment_helpers import FRS_2021, year_on_year

FRS_2019 = ("FRS", "2018/19", "Avon Fire and Rescue Service", "Efficiency")


@pytest.mark.parametrize(
    "text",
    [
        "The service is good at prevention, a different grade from the one we gave in 2019.",
        "The service is good at prevention, a different grade to the one it had in 2019.",
        "Unlike in 2019, we grade the service good at prevention.",
        "The service's grade for prevention is not what it was in 2019; we now find it good.",
    ],
)
def test_round_77_a_different_grade(text: str) -> None:
    assert year_on_year(text, "Good", "Requires improvement", FRS_2021) == []
    found = year_on_year(text, "Good", "Good", FRS_2021)
    assert len(found) == 1 and "last year's was Good" in found[0], found


@pytest.mark.parametrize(
    ("text", "grade", "moved_from", "not_moved_from"),
    [
        (
            "The service requires improvement at prevention, a grade below the good it got in 2017.",
            "Requires improvement",
            "Good",
            "Requires improvement",
        ),
        (
            "The service is good at prevention, a grade above the requires improvement it got in "
            "2017.",
            "Good",
            "Requires improvement",
            "Good",
        ),
    ],
)
def test_round_77_a_grade_below_or_above(
    text: str, grade: str, moved_from: str, not_moved_from: str
) -> None:
    assert year_on_year(text, grade, moved_from, FRS_2019) == []
    assert len(year_on_year(text, grade, not_moved_from, FRS_2019)) == 1


@pytest.mark.parametrize(
    "text",
    [
        # "unlike" other bodies, not another time; a grade below someone else's
        "Unlike in other services we inspected, the service is good at prevention.",
        "The service is good at prevention, a grade below the outstanding its neighbour got.",
    ],
)
def test_round_77_no_change_of_its_own(text: str) -> None:
    assert year_on_year(text, "Good", "Good", FRS_2021) == []
