"""Round 110 of the judgment grammar (issue 16), on the tuning part's failures: the same
grade at every inspection, this one among them ("has been good at preventing fires in each
of our inspections", "at both our inspections", "at every PEEL inspection since 2016") is
this year's grade and the earlier one. Made-up sentences of this file's own."""

from __future__ import annotations

import pytest

from tests.judgment_helpers import year_on_year

AVON = "Avon Fire and Rescue Service"


@pytest.mark.parametrize(
    ("summary", "stated"),
    [
        (
            f"{AVON} has been good at preventing fires in each of our inspections.",
            "in each of our inspections",
        ),
        (
            f"{AVON}'s prevention work has been good at each of our last three inspections.",
            "at each of our last three inspections",
        ),
        (
            f"{AVON}'s prevention work has been good at both our inspections.",
            "at both our inspections",
        ),
        (
            f"{AVON} has been good at preventing fires at every PEEL inspection since 2018.",
            "at every PEEL inspection",
        ),
    ],
)
def test_round_110_a_grade_at_every_inspection_is_this_years_and_the_earlier_one(
    summary: str, stated: str
) -> None:
    assert year_on_year(summary, "Good", "Good") == []
    assert year_on_year(summary, "Requires improvement", "Requires improvement") == [
        f"the summary says '{stated}' but it gives this year's grade as Good and grade is"
        " Requires improvement; correct the sentence or the grades"
    ]
    assert year_on_year(summary, "Good", "Requires improvement") == [
        f"the summary says '{stated}' but the grade is Good and last year's was Requires"
        " improvement; correct the sentence or the grades"
    ]


def test_round_110_earlier_inspections_alone_leave_this_one_out() -> None:
    summary = f"{AVON} had been graded inadequate at both of our previous inspections."
    assert year_on_year(summary, "Good", "Inadequate") == []
    assert year_on_year(summary, "Requires improvement", "Inadequate") == []
