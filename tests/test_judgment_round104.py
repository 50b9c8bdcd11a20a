"""Round 104 of the judgment grammar (issue 16), on batch 68's failures: a grade the subject
could not leave is this year's grade and the same as before ("has been unable to lift its
inadequate grade for efficiency from 2018"). Made-up sentences of this file's own."""

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

UNABLE = "Avon Fire and Rescue Service has been unable to lift its inadequate grade for efficiency."


@pytest.mark.parametrize(
    ("verb", "text"),
    [
        (
            "has been unable to lift",
            "Avon Fire Brigade has been unable to lift its inadequate grade for efficiency.",
        ),
        (
            "has failed to shake off",
            "Avon Fire Brigade has failed to shake off its inadequate grade for culture.",
        ),
    ],
)
def test_round_104_a_grade_it_could_not_leave_is_this_years(
    reader: Grammar, grammar_data: dict[str, Any], verb: str, text: str
) -> None:
    assert grades_with_and_without(
        reader,
        grammar_data,
        ("clause", "grade_verbs"),
        verb,
        text,
    ) == (["Inadequate"], [])


def test_round_104_a_grade_it_could_not_leave_is_the_same_as_before() -> None:
    assert year_on_year(UNABLE, "Inadequate", "Inadequate", FRS_2021) == []
    messages = year_on_year(UNABLE, "Requires improvement", "Inadequate", FRS_2021)
    assert len(messages) == 1 and "'been unable to lift its inadequate'" in messages[0], messages


def test_round_104_a_hope_to_lift_a_grade_is_no_judgment(reader: Grammar) -> None:
    text = "Avon Fire Brigade hopes to lift its inadequate grade for efficiency."
    assert unqualified_grades(reader, text) == []
