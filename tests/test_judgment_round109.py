"""Round 109 of the judgment grammar (issue 16), on batch 70's failures, now tuning data: an
earlier time with its own preposition opening a clause gives the next clause its time ("...;
at our last inspection, it was inadequate"), and an earlier grade followed by "last time" or
"last year" is last year's grade ("...; it was good last time"). Made-up sentences of this
file's own."""

from __future__ import annotations

from tests.judgment_helpers import year_on_year

AVON = "Avon Fire and Rescue Service"


def test_round_109_an_earlier_time_with_its_preposition_opens_the_next_clause() -> None:
    summary = f"{AVON} is good at preventing fires; at our last inspection, it was inadequate."
    assert year_on_year(summary, "Good", "Good") == [
        f"the summary says '{summary[:-1]}' but it gives last year's grade as Inadequate and"
        " previous_grade is Good; correct the sentence or the grades"
    ]
    assert year_on_year(summary, "Good", "Inadequate") == []


def test_round_109_a_grade_followed_by_last_time_is_last_years() -> None:
    summary = (
        f"We have graded {AVON} as requires improvement at preventing fires; it was good last time."
    )
    stated = summary.removesuffix(" last time.")
    assert year_on_year(summary, "Requires improvement", "Inadequate") == [
        f"the summary says '{stated}' but it gives last year's grade as Good and previous_grade"
        " is Inadequate; correct the sentence or the grades"
    ]
    assert year_on_year(summary, "Requires improvement", "Good") == []
