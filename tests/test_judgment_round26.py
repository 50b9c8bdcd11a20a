"""Round 26 of the judgment grammar (issue 16), on batch 23's failures, false alarms first:
classes, not sentences. Made-up sentences of this file's own."""

from __future__ import annotations

import pytest

from peelcheck.prose.judgments import Grammar
from tests.judgment_helpers import grades_read, one_year_on_year_message, unqualified_grades


@pytest.mark.parametrize(
    "text",
    [
        # a speaker between two parts of a quotation
        '"The brigade is good at what it does," a partner told us, "but nobody knows it."',
        # a unit that serves the subject and its neighbours
        "The regional unit that serves the brigade and its two neighbours is good at rescues.",
        "The joint control room serving the brigade and its neighbours is outstanding.",
        # the subject's own audit
        "The brigade's own audit graded its fire safety checks as requires improvement.",
    ],
)
def test_round_26_false_alarms_gone(reader: Grammar, text: str) -> None:
    assert unqualified_grades(reader, text) == []


def test_round_26_our_inspector_between_two_parts_of_a_quotation(reader: Grammar) -> None:
    text = '"Avon Fire Brigade is good at rescues," said HM Inspector, "and it must keep it up."'
    assert unqualified_grades(reader, text) == ["Good"]


@pytest.mark.parametrize(
    "text",
    [
        # another part denied the grade after a semicolon, or before a dash
        "Its prevention, protection and response are all good; its culture is not.",
        "Its call handling is adequate, but its rescues are not – they require improvement.",
    ],
)
def test_round_26_a_part_denied_qualifies(reader: Grammar, text: str) -> None:
    assert [qualified for _, qualified in grades_read(reader, text)][:1] == [True]


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        (
            "Avon Fire Brigade slips a grade, to requires improvement, in how it inspects.",
            "Requires improvement",
        ),
        ("The grade we give Avon Fire Brigade for rescues is inadequate.", "Inadequate"),
        (
            "Outstanding is the grade we have given Avon Fire Brigade for its culture.",
            "Outstanding",
        ),
        ("Avon Fire Brigade has established itself as outstanding at rescues.", "Outstanding"),
    ],
)
def test_round_26_judgments_read(reader: Grammar, text: str, grade: str) -> None:
    assert unqualified_grades(reader, text) == [grade]


def test_round_26_a_grade_lifted_is_a_move() -> None:
    summary = "The service has lifted its grade from inadequate to requires improvement."
    assert "lifted its grade from inadequate" in one_year_on_year_message(
        summary, "Good", "Inadequate"
    )


@pytest.mark.parametrize(
    ("summary", "grade", "previous", "words"),
    [
        (
            "The service moves up a grade to good.",
            "Requires improvement",
            "Requires improvement",
            "moves up a grade",
        ),
        ("The service slips a grade, to requires improvement.", "Good", "Good", "slips a grade"),
    ],
)
def test_round_26_year_on_year_in_other_words(
    summary: str, grade: str, previous: str, words: str
) -> None:
    assert words in one_year_on_year_message(summary, grade, previous)
