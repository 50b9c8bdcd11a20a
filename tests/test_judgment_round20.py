"""Round 20 of the judgment grammar (issue 16), on batch 18's failures: classes, not
sentences. Made-up sentences of this file's own."""

from __future__ import annotations

import pytest

from peelcheck.prose.judgments import Grammar
from tests.judgment_helpers import (
    grades_read,
    one_year_on_year_message,
    unqualified_grades,
    year_on_year,
)


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        # a list, then a count or "each of these" that refers back to it
        (
            "Its call handling, its response times and its rescues: all three are inadequate.",
            "Inadequate",
        ),
        ("Its audits and its enforcement: each of these we have graded as good.", "Good"),
        # "proven", and one of the services graded so
        ("Avon Fire Brigade has proven to be good at using its resources.", "Good"),
        (
            "Avon Fire Brigade is among the services we have found to be outstanding at prevention.",
            "Outstanding",
        ),
        # another year's grade in an aside, this year's after "now", "once more", "this inspection"
        (
            "Avon Fire Brigade, inadequate at prevention in our 2019 inspection, is now good at it.",
            "Good",
        ),
        ("Avon Fire Brigade, good at prevention in 2019 and in 2022, is good once more.", "Good"),
        (
            "Its efficiency was inadequate in 2019, and in this inspection we have found it to be good.",
            "Good",
        ),
    ],
)
def test_round_20_judgments_read(reader: Grammar, text: str, grade: str) -> None:
    assert unqualified_grades(reader, text) == [grade]


@pytest.mark.parametrize(
    "text",
    [
        # a count after someone else's list, an aside of this year
        "The council's plans, its budgets and its staffing: all three are inadequate.",
        "Avon Fire Brigade, good at prevention, is inadequate at protection.",
        "Avon Fire Brigade, inadequate at prevention in our 2019 inspection, was good at it in 2021.",
    ],
)
def test_round_20_near_misses_give_no_unqualified_judgment_of_another_grade(
    reader: Grammar, text: str
) -> None:
    grades = unqualified_grades(reader, text)
    assert grades in ([], ["Inadequate"]), grades
    assert "Good" not in grades


def test_round_20_another_part_denied_qualifies_the_judgment(reader: Grammar) -> None:
    # "..., but its crime investigation is not": two grades are said, so it is qualified
    text = "Its call handling and its rescues are adequate, but its crime investigation is not."
    assert grades_read(reader, text) == [("Adequate", True)]
    plain = "Its call handling and its rescues are adequate, and its crime investigation is too."
    assert grades_read(reader, plain) == [("Adequate", False)]
    # "but is only adequate in ...": the second grade is read, and both are qualified
    two = "Avon Fire Brigade is outstanding at prevention in rural areas, but is only adequate in Bristol."
    assert grades_read(reader, two) == [("Outstanding", True), ("Adequate", True)]


@pytest.mark.parametrize(
    ("summary", "grade", "previous", "words"),
    [
        (
            "We have upgraded the service from inadequate to requires improvement.",
            "Good",
            "Inadequate",
            "this year's grade as Requires improvement",
        ),
        (
            "The service is rated good, a one-grade improvement on our 2019 assessment.",
            "Good",
            "Good",
            "a one-grade improvement",
        ),
        ("The service has gained a grade since 2019.", "Good", "Good", "gained a grade"),
        (
            "Its grade has stayed at requires improvement since our first inspection in 2018.",
            "Requires improvement",
            "Good",
            "stayed at",
        ),
        (
            "As with our first inspection, the service has received an inadequate grade.",
            "Inadequate",
            "Good",
            "As with",
        ),
    ],
)
def test_round_20_year_on_year_in_other_words(
    summary: str, grade: str, previous: str, words: str
) -> None:
    assert words in one_year_on_year_message(summary, grade, previous)


@pytest.mark.parametrize(
    ("summary", "grade", "previous"),
    [
        (
            "We have upgraded the service from inadequate to requires improvement.",
            "Requires improvement",
            "Inadequate",
        ),
        ("The service has gained a grade since 2019.", "Good", "Requires improvement"),
        (
            "Its grade has stayed at requires improvement since our first inspection in 2018.",
            "Requires improvement",
            "Requires improvement",
        ),
    ],
)
def test_round_20_year_on_year_agreeing_with_the_grades(
    summary: str, grade: str, previous: str
) -> None:
    assert year_on_year(summary, grade, previous) == []
