"""Round 47 of the judgment grammar (issue 16), on batch 40's failures (a hand comparing and
listing grades): the subject's grade as its noun phrase's opening ("The force's good grade for
..."); "fairly" straight before a copula ends the noun phrase ("treating the public fairly is
good"), not a hedge; "as with" an earlier inspection compares; a count of six to ten areas
limits a judgment; a list's bracketed grades before the judgment's grade are held by no
judgment. Made-up sentences of this file's own."""

from __future__ import annotations

import pytest

from peelcheck.prose.judgments import Grammar
from tests.judgment_helpers import contradictions, grades_read, unqualified_grades


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        (
            "The brigade's good grade for preventing fires should not hide its slow home fire"
            " safety checks.",
            "Good",
        ),
        ("Its inadequate rating for its culture and values is the only such rating.", "Inadequate"),
        ("Avon Fire Brigade's outstanding grading for its response is well earned.", "Outstanding"),
    ],
)
def test_round_47_the_subjects_grade_as_a_noun(reader: Grammar, text: str, grade: str) -> None:
    assert unqualified_grades(reader, text) == [grade]


@pytest.mark.parametrize(
    "text",
    [
        "The brigade has lost its outstanding grade for protection.",
        "The brigade would have kept its outstanding grade for protection had it trained more"
        " inspectors.",
        "The commissioner's good grade for the brigade's prevention work is its own.",
        "Last year's requires improvement grade for protection led to a new plan.",
    ],
)
def test_round_47_a_grade_noun_of_another_or_another_time(reader: Grammar, text: str) -> None:
    assert unqualified_grades(reader, text) == []


def test_round_47_fairly_before_a_copula_is_the_noun_phrases(reader: Grammar) -> None:
    # (the clause reads it: the frames read no aside)
    text = "Its approach to treating people fairly is, on balance, good."
    assert grades_read(reader, text) == [("Good", False)]
    # after the copula it still hedges
    assert grades_read(reader, "Its approach to treating people is fairly good.") == [
        ("Good", True)
    ]


def test_round_47_as_with_an_earlier_inspection_compares(reader: Grammar) -> None:
    text = "As with the previous inspection, the brigade's grade for protection is good."
    assert unqualified_grades(reader, text) == ["Good"]
    text = (
        "As with the previous inspection, the brigade's grade for protection continues to be good."
    )
    assert unqualified_grades(reader, text) == ["Good"]
    # a time not compared still dates the grade (but for a fronted time before "is": round 94)
    text = "After the previous inspection, the brigade's grade for protection continues to be good."
    assert unqualified_grades(reader, text) == []


def test_round_47_a_count_of_six_areas_limits_the_judgment() -> None:
    text = "Avon Fire Brigade is good in six areas this time."
    assert contradictions(text, "FRS", "2021/22", "Requires improvement") == []
    text = "Avon Fire Brigade is good in six fire stations."
    assert contradictions(text, "FRS", "2021/22", "Requires improvement") != []


def test_round_47_bracketed_grades_before_the_judgments_are_held_by_none(
    reader: Grammar,
) -> None:
    text = (
        "The brigade's protection (good), prevention (requires improvement) and response"
        " (good) give a mixed picture."
    )
    read = grades_read(reader, text)
    assert read and all(qualified for _, qualified in read)
    # the question titled Protection, graded Good: no grade of the list is paired with it
    assert contradictions(text, "FRS", "2021/22", "Good") == []
