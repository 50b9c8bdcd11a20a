"""Round 29 of the judgment grammar (issue 16), on batch 26's false alarms, then its misses
(a terse, list-like hand): classes, not sentences. Made-up sentences of this file's own."""

from __future__ import annotations

import pytest

from peelcheck.prose.judgments import Grammar
from tests.judgment_helpers import all_qualified, grades_read, unqualified_grades


@pytest.mark.parametrize(
    "text",
    [
        # the subject's vehicles, and a partnership as a body
        "The quality of the brigade's new fire engines is good.",
        "Crewing levels on the brigade's fire appliances are adequate.",
        "The response of the local resilience partnership, which the brigade chairs, is good.",
        # someone else's grade: an internal audit, the subject's own words
        "The brigade's internal audit graded its protection work as good.",
        "In the brigade's own words, its training is “outstanding”; our findings differ.",
        # a possessive owns what follows: "the council's planning" is the council's
        "The council's planning is good.",
        # a determiner describes nothing: last time's grade for this area
        "(Previous grade for this area: good, 2021/22.)",
        # a heading naming someone else, or nothing
        "Dorset Fire Brigade – good.",
        "Table 2 – good.",
    ],
)
def test_round_29_false_alarms_gone(reader: Grammar, text: str) -> None:
    assert unqualified_grades(reader, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a part of its work in an aside between the verb and the grade
        "The brigade is, in most of what it does to prevent fires, good.",
        # a part of the area before the judgment
        "In the south, its response requires improvement.",
        # grades listed straight after the judgment's
        "Its prevention, protection and response are, respectively, good, adequate and inadequate.",
        "Its prevention and its protection are good and adequate respectively.",
    ],
)
def test_round_29_judgments_read_qualified(reader: Grammar, text: str) -> None:
    assert all_qualified(reader, text), grades_read(reader, text)


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        # a word of `not_subjects` that only describes the head of a bare noun phrase
        ("Partnership working is good.", "Good"),
        # a heading's grade after a dash
        ("Its handling of emergency calls – inadequate.", "Inadequate"),
        ("Preventing fires – still good, as it was in 2021.", "Good"),
        # a grade after the judgment's that is no list's: "adequate resources"
        ("Its response is good, adequate resources notwithstanding.", "Good"),
    ],
)
def test_round_29_judgments_read(reader: Grammar, text: str, grade: str) -> None:
    assert unqualified_grades(reader, text) == [grade]


def test_round_29_a_partnership_as_a_body_is_not_the_subject(reader: Grammar) -> None:
    assert unqualified_grades(reader, "The partnership is good.") == []
    assert unqualified_grades(reader, "Its partnership work is good.") == ["Good"]
