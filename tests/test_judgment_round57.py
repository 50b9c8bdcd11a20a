"""Round 57 of the judgment grammar (issue 16), on batch 46's misses (year-on-year
sentences): a verb of change straight before this year's grade moves the grade itself ("its
grade ... has risen to good", "has improved to good since last year"), so the sentence
compares grades; not a grade dated to another year, one denied, another topic's after a
contrast, nor a grade kept ("Once again outstanding"). Made-up sentences of this file's own."""

from __future__ import annotations

import pytest

from tests.judgment_helpers import year_on_year


@pytest.mark.parametrize(
    ("text", "better"),
    [
        ("Avon Fire and Rescue Service's grade for protection has risen to good.", True),
        ("Since our last inspection, the service has improved to good at protection.", True),
        ("Its grades for prevention and protection have both risen to good since 2019.", True),
        (
            "Avon Fire and Rescue Service's grade for prevention has fallen to requires improvement.",
            False,
        ),
        ("The service's response has slipped to requires improvement since 2019.", False),
    ],
)
def test_round_57_a_grade_moved_to_this_years(text: str, better: bool) -> None:
    now, before = ("Good", "Requires improvement") if better else ("Requires improvement", "Good")
    assert year_on_year(text, now, before) == []
    messages = year_on_year(text, "Inadequate", before)
    assert messages and "Inadequate" in messages[0], messages


@pytest.mark.parametrize(
    ("text", "grade", "previous"),
    [
        # another year's grade, a denial, another topic's after a contrast, a grade kept
        (
            "Avon Fire and Rescue Service is good at prevention again, having dropped to requires"
            " improvement in 2019.",
            "Good",
            "Requires improvement",
        ),
        (
            "No part of its protection work fell below adequate, though none of it rose to good.",
            "Good",
            "Good",
        ),
        (
            "Prevention and response are good, as in 2019, while protection has risen to"
            " outstanding.",
            "Good",
            "Good",
        ),
        (
            "Once again outstanding, the service sets the standard for its response to fires.",
            "Good",
            "Requires improvement",
        ),
    ],
)
def test_round_57_no_move_of_this_years_grade(text: str, grade: str, previous: str) -> None:
    assert year_on_year(text, grade, previous) == []
