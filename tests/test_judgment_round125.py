"""Round 125 of the judgment grammar (issue 16), on the tuning part's failures: "no longer" of
our method ("we no longer grade pillars", "PEEL no longer grades pillars") or of every area ("is
no longer inadequate in any area", "at any of the areas we inspected") compares no grade of the
subject's; "no longer" of the subject's grade still does. Made-up sentences of this file's own."""

from __future__ import annotations

import pytest

from tests.judgment_helpers import year_on_year

AVON = "Avon Fire and Rescue Service"


@pytest.mark.parametrize(
    "summary",
    [
        f"{AVON} is no longer inadequate in any area.",
        f"{AVON} is no longer inadequate at any of the areas we inspected.",
        f"{AVON}'s efficiency was inadequate in 2019; no grade has been given this year, because we"
        " no longer grade pillars.",
        f"We graded {AVON} as good for efficiency in 2019, but the inspectorate no longer grades"
        " pillars.",
    ],
)
def test_round_125_no_longer_of_method_or_every_area(summary: str) -> None:
    assert year_on_year(summary, "Good", "Good") == []
    assert year_on_year(summary, "Inadequate", "Inadequate") == []


@pytest.mark.parametrize(
    "summary",
    [
        f"{AVON} is no longer good at making best use of resources.",
        "Our overall judgment is no longer good.",
    ],
)
def test_round_125_no_longer_of_the_grade_still_compares(summary: str) -> None:
    assert year_on_year(summary, "Good", "Good") != []
