"""Round 31 of the judgment grammar (issue 16), on batch 28's false alarms (a hand that names
many bodies beside the subject): classes, not sentences. Made-up sentences of this file's
own."""

from __future__ import annotations

import pytest

from peelcheck.prose.judgments import Grammar
from tests.judgment_helpers import all_qualified, grades_read, unqualified_grades


@pytest.mark.parametrize(
    "text",
    [
        # someone else's review, before or after the grade
        "Judged outstanding in a peer review by the NFCC in 2023, its training fell short.",
        "The brigade's training is good, a peer review by the NFCC found.",
        # someone else's words between commas after the judgment
        "The brigade is good at listening, crews told us, but slow to act.",
        # our hedge: the subject has failed to show it
        "The brigade has failed to show us that it is good at prevention.",
        # a body's list goes on with "its"
        "The fire authority's scrutiny of complaints, its oversight of the service's budget and"
        " its work with the public are, in our view, good.",
    ],
)
def test_round_31_false_alarms_gone(reader: Grammar, text: str) -> None:
    assert unqualified_grades(reader, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "In parts, though not everywhere, the brigade is good at prevention.",
        "The brigade is outstanding at prevention in almost every respect.",
    ],
)
def test_round_31_limits_qualify(reader: Grammar, text: str) -> None:
    assert all_qualified(reader, text), grades_read(reader, text)


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        # our own words between commas, and a list of the subject's own
        ("The brigade is good at listening, we found, but slow to act.", "Good"),
        ("The brigade's prevention, its protection and its response are good.", "Good"),
        # a possessive of its own work before the list
        ("The control room's handling of calls, and its dispatch, are good.", "Good"),
    ],
)
def test_round_31_near_misses_stay_read(reader: Grammar, text: str, grade: str) -> None:
    assert unqualified_grades(reader, text) == [grade]
