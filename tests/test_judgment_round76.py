"""Round 76 of the judgment grammar (issue 16), on batches 53's and 54's failures (spent): the
plural of "falls short of what we would expect of a good force" ("Its audits and its
enforcement work fall short of what we would expect of a good service"), and a grade that
would have been without something that did happen ("Without the changes it made after 2019,
the service would have fallen to requires improvement"), no comparison of this year's.
Made-up sentences of this file's own."""

from __future__ import annotations

import pytest

from peelcheck.prose.judgments import Grammar
from tests.judgment_helpers import contradictions, unqualified_grades, year_on_year

FRS_2019 = ("FRS", "2018/19", "Avon Fire and Rescue Service", "Efficiency")


@pytest.mark.parametrize(
    "text",
    [
        "The brigade's audits and its enforcement work fall short of what we would expect of "
        "a good service.",
        "Avon Fire Brigade's prevention and protection fall short of what we would expect of "
        "a good force.",
    ],
)
def test_round_76_the_plural_falls_short(reader: Grammar, text: str) -> None:
    assert unqualified_grades(reader, text) == ["Requires improvement"]
    found = contradictions(text, "FRS", "2018/19", "Good", ("narrative-contradicts-grade",))
    assert len(found) == 1 and "(Requires improvement)" in found[0]


def test_round_76_on_a_scale_with_adequate_the_plural_is_a_bound(reader: Grammar) -> None:
    text = "The brigade's audits fall short of what we would expect of a good service."
    assert (
        contradictions(text, "FRS", "2023-25", "Adequate", ("narrative-contradicts-grade",)) == []
    )


@pytest.mark.parametrize(
    "text",
    [
        "Without the changes it made after 2017, the service would have fallen to requires "
        "improvement for efficiency.",
        "Without its new chief fire officer, the service would have dropped to inadequate.",
    ],
)
def test_round_76_a_grade_that_would_have_been_without(text: str) -> None:
    assert year_on_year(text, "Good", "Good", FRS_2019) == []


def test_round_76_without_that_is_no_condition() -> None:
    # "without" inside the sentence, not opening it: the move is this inspection's
    text = (
        "The service has slipped to requires improvement for efficiency, without a plan to recover."
    )
    found = year_on_year(text, "Good", "Good", FRS_2019)
    assert len(found) == 1 and "'has slipped to'" in found[0], found
