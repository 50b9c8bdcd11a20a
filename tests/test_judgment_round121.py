"""Round 121 of the judgment grammar (issue 16), on batch 74's failures (spent after round
119): the grade unchanged in other words ("The force's grade for ... is unchanged", "has not
moved", "has neither gained nor lost a grade ... since", "neither better nor worse than we found
in 2022", "has held this grade since", "For a third inspection running, ...") and changed ("...
has not stayed the same"), each with the grade or the judgment named. Made-up sentences of this
file's own."""

from __future__ import annotations

import pytest

from tests.judgment_helpers import year_on_year

AVON = "Avon Fire and Rescue Service"


@pytest.mark.parametrize(
    ("summary", "said"),
    [
        (f"{AVON}'s grade for efficiency is unchanged.", "is unchanged"),
        (f"{AVON}'s grade for efficiency remains unchanged.", "remains unchanged"),
        (f"{AVON}'s grade for making best use of resources has not moved.", "has not moved"),
        (
            f"{AVON} has neither gained nor lost a grade for efficiency since our 2019 inspection.",
            "neither gained nor lost a grade",
        ),
        (
            f"{AVON} is good at making best use of resources, neither better nor worse than we"
            " found in 2019.",
            "neither better nor worse than",
        ),
        (
            f"{AVON} is good at efficiency; it has held this grade since our first inspection in"
            " 2018.",
            "has held this grade since",
        ),
        (
            f"For a third inspection running, {AVON} has been graded good for efficiency.",
            "For a third inspection running",
        ),
    ],
)
def test_round_121_the_grade_unchanged(summary: str, said: str) -> None:
    assert year_on_year(summary, "Good", "Good") == []
    found = year_on_year(summary, "Good", "Requires improvement")
    assert len(found) == 1 and f"the summary says '{said}" in found[0]


def test_round_121_the_grade_changed() -> None:
    summary = f"Since 2019, the grade we give {AVON} for efficiency has not stayed the same."
    assert year_on_year(summary, "Good", "Requires improvement") == []
    assert year_on_year(summary, "Good", "Good") != []


@pytest.mark.parametrize(
    "summary",
    [
        # no grade or judgment named: the work, a count, or something else unchanged
        f"{AVON} is good at preventing fires, and its budget is unchanged.",
        f"{AVON} has not moved its control room.",
        "The number of areas graded good is unchanged.",
        # several areas counted, one unchanged among changes: nothing of this grade
        f"Of the eleven areas, five of {AVON}'s grades are unchanged, three have improved and"
        " three have fallen.",
    ],
)
def test_round_121_near_misses_compare_nothing(summary: str) -> None:
    assert year_on_year(summary, "Good", "Requires improvement") == []
