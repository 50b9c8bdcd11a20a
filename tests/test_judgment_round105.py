"""Round 105 of the judgment grammar (issue 16), on batch 68's failures: "since" may follow a
grade read by its clause, a time that runs up to now ("has stayed at good since our 2018
inspection"). Made-up sentences of this file's own."""

from __future__ import annotations

from typing import Any

import pytest

from peelcheck.prose.judgments import Grammar
from tests.judgment_helpers import (
    FRS_2021,
    grades_with_and_without,
    unqualified_grades,
    year_on_year,
)


def test_round_105_a_grade_kept_since_an_earlier_time_is_this_years(
    reader: Grammar, grammar_data: dict[str, Any]
) -> None:
    text = "Avon Fire Brigade's prevention work has stayed at good since our 2018 inspection."
    assert grades_with_and_without(
        reader, grammar_data, ("clause", "after_grade"), "since", text
    ) == (["Good"], [])


def test_round_105_a_grade_kept_since_an_earlier_time_is_the_same() -> None:
    text = (
        "Avon Fire and Rescue Service's effectiveness has stayed at good since our 2018 inspection."
    )
    assert year_on_year(text, "Good", "Good", FRS_2021) == []
    assert len(year_on_year(text, "Requires improvement", "Good", FRS_2021)) == 1


@pytest.mark.parametrize(
    "text",
    [
        # someone else's words, and another service's grade, stay theirs
        "According to the brigade, its prevention work has been good since 2019.",
        "By comparison, Dorset & Wiltshire Fire and Rescue Service has stayed good since 2019.",
    ],
)
def test_round_105_near_misses(reader: Grammar, text: str) -> None:
    assert unqualified_grades(reader, text) == []
