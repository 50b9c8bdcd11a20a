"""Round 111 of the judgment grammar (issue 16), on batches 71's and 72's failures, now tuning
data: the same grade said in other words ("For the third inspection in a row, ...", "...,
which is where it was in 2019", "..., which is what we also found in 2019", "has kept the
same grade"), and grades kept in the plural ("has kept its good grades for A and B"). Made-up
sentences of this file's own."""

from __future__ import annotations

import pytest

from tests.judgment_helpers import year_on_year

AVON = "Avon Fire and Rescue Service"


@pytest.mark.parametrize(
    ("summary", "stated"),
    [
        (
            f"For the third inspection in a row, {AVON} is good at preventing fires.",
            "For the third inspection in a row",
        ),
        (
            f"{AVON} is good at preventing fires, which is where it was in 2019.",
            "which is where it was in 2019",
        ),
        (
            f"{AVON} is good at preventing fires, which is what we also found in 2019.",
            "which is what we also found in 2019",
        ),
    ],
)
def test_round_111_the_same_grade_in_other_words(summary: str, stated: str) -> None:
    assert year_on_year(summary, "Good", "Good") == []
    assert year_on_year(summary, "Good", "Requires improvement") == [
        f"the summary says '{stated}' but the grade is Good and last year's was Requires"
        " improvement; correct the sentence or the grades"
    ]
    assert year_on_year(summary, "Requires improvement", "Requires improvement") == [
        f"the summary says '{stated}' but it gives this year's grade as Good and grade is"
        " Requires improvement; correct the sentence or the grades"
    ]


def test_round_111_the_same_grade_kept_with_no_grade_named() -> None:
    summary = f"Since our last inspection, {AVON} has kept the same grade for preventing fires."
    assert year_on_year(summary, "Good", "Good") == []
    assert year_on_year(summary, "Good", "Requires improvement") == [
        "the summary says 'kept the same grade' but the grade is Good and last year's was"
        " Requires improvement; correct the sentence or the grades"
    ]


def test_round_111_grades_kept_in_the_plural() -> None:
    summary = f"{AVON} has kept its good grades for preventing fires and protecting the public."
    assert year_on_year(summary, "Good", "Good") == []
    assert year_on_year(summary, "Good", "Requires improvement") == [
        "the summary says 'has kept its good' but it gives last year's grade as Good and"
        " previous_grade is Requires improvement; correct the sentence or the grades"
    ]


@pytest.mark.parametrize(
    "summary",
    [
        # the work of something else than the judgment
        f"{AVON} is good at preventing fires, and its budget is where it was in 2019.",
        f"{AVON} is good at preventing fires; its budget is what we also found in 2019.",
        f"{AVON} is good at preventing fires, and its staff numbers have remained stable since"
        " 2019.",
    ],
)
def test_round_111_the_same_of_something_else_is_no_comparison(summary: str) -> None:
    assert year_on_year(summary, "Good", "Requires improvement") == []
