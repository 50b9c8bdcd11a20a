"""Round 75 of the judgment grammar (issue 16), on batch 54's misses (year-on-year
sentences, spent) and a class of the tuning part's: the same grade as an earlier inspection
told with "as at" or "as we found" ("As at our 2023 inspection, the force is outstanding at
...", "exactly as we found in 2021/22") or "for the second time running"; a time after "as
at our first inspection in" or "as we found in" leaves the grade this year's. Made-up
sentences of this file's own."""

from __future__ import annotations

import pytest

from peelcheck.prose.judgments import Grammar
from tests.judgment_helpers import unqualified_grades, year_on_year


@pytest.mark.parametrize(
    "text",
    [
        "For the second time running, the service is good at preventing fires.",
        "The service is, for a second time running, good at preventing fires.",
        "The service is good at preventing fires, exactly as we found in 2019.",
        "As at our 2019 inspection, the service is good at preventing fires.",
        "Its prevention work is still good, as at our first inspection.",
    ],
)
def test_round_75_the_same_grade_again(text: str) -> None:
    assert year_on_year(text, "Good", "Good") == []
    found = year_on_year(text, "Good", "Requires improvement")
    assert len(found) == 1 and "last year's" in found[0], found


@pytest.mark.parametrize(
    "text",
    [
        # no grade, or another body's
        "As at 31 March 2019, the service had 40 fire engines and good crews.",
        "For the second time running, the regional unit is good at sharing intelligence.",
        # a grade we found then, told in the past
        "In 2019 we found the service good at preventing fires.",
    ],
)
def test_round_75_no_same_grade_of_the_subject(text: str) -> None:
    assert year_on_year(text, "Good", "Requires improvement") == []


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        (
            "As at our first inspection in 2019, the brigade's protection work requires improvement.",
            "Requires improvement",
        ),
        ("Just as we found in 2019, Avon Fire Brigade is good at preventing fires.", "Good"),
    ],
)
def test_round_75_a_time_after_as_at_or_as_we_found(reader: Grammar, text: str, grade: str) -> None:
    assert unqualified_grades(reader, text) == [grade]


@pytest.mark.parametrize(
    "text",
    [
        "At our first inspection in 2019, the brigade's protection work required improvement.",
        "We found in 2019 that Avon Fire Brigade was good at preventing fires.",
    ],
)
def test_round_75_a_time_of_the_past_still_dates_the_grade(reader: Grammar, text: str) -> None:
    assert unqualified_grades(reader, text) == []
