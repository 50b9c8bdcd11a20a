"""Round 68 of the year-on-year reading and the judgment grammar (issue 16), on batch 52's
misses and the tuning part's (spent batches): the same grade as before told of several areas
or in the plural ("are all good again, as they were in 2019") or by a relative clause ("which
it was also in 2018"); earlier inspections named together ("as it was in each of our earlier
inspections", "at both earlier inspections"); and "remains" after another year's grade,
carrying the grade to now ("was adequate in 2022 and remains adequate"). Made-up sentences
of this file's own."""

from __future__ import annotations

import pytest

from peelcheck.prose.judgments import Grammar
from tests.judgment_helpers import unqualified_grades, year_on_year


@pytest.mark.parametrize(
    "summary",
    [
        "Prevention, protection and response are all good again, as they were in 2019.",
        "Its prevention and protection work remain good, as they have been since 2019.",
        "Avon Fire and Rescue Service is good at preventing fires, which it was also in 2019.",
        "Its prevention and protection work are good, which they were also in 2019.",
        "Avon Fire and Rescue Service was graded good at protection, as it was in each of our"
        " earlier inspections.",
    ],
)
def test_round_68_the_same_grade_again(summary: str) -> None:
    # the same as last year's Good: agrees with Good after Good, not with Good after
    # Requires improvement (the grade has moved)
    assert year_on_year(summary, "Good", "Good") == []
    moved = year_on_year(summary, "Good", "Requires improvement")
    assert len(moved) == 1 and "last year's was Requires improvement" in moved[0], moved


@pytest.mark.parametrize(
    "summary",
    [
        # no earlier time: no comparison of grades
        "Prevention, protection and response are all good, as they were told by partners.",
        "Avon Fire and Rescue Service is good at preventing fires, which it was also keen to"
        " show us.",
        # another body's grades
        "Neighbouring services are all good again, as they were in 2019.",
    ],
)
def test_round_68_no_comparison_of_the_subjects_grades(summary: str) -> None:
    assert year_on_year(summary, "Good", "Requires improvement") == []


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        ("Its leadership was adequate in 2022 and remains adequate.", "Adequate"),
        ("Avon Fire Brigade was good at protection in 2019 and remains good.", "Good"),
        # (before round 68 not read: "now that" is no time of now, but "remains" is one)
        (
            "Avon Fire Brigade was good in 2018/19 and it remains good now that it has changed.",
            "Good",
        ),
    ],
)
def test_round_68_remains_carries_the_grade_to_now(reader: Grammar, text: str, grade: str) -> None:
    assert unqualified_grades(reader, text) == [grade]


@pytest.mark.parametrize(
    "text",
    [
        # "remained", in the past, carries nothing to now
        "In 2019, Avon Fire Brigade remained good at protection.",
        "In 2019 Avon Fire Brigade was good at protection, and it remained good.",
    ],
)
def test_round_68_remained_stays_another_years(reader: Grammar, text: str) -> None:
    assert unqualified_grades(reader, text) == []
