"""Round 25 of the judgment grammar (issue 16), on batch 22's failures, false alarms first:
classes, not sentences. Made-up sentences of this file's own."""

from __future__ import annotations

from typing import Any

import pytest

from peelcheck.prose.judgments import Grammar, grammar
from tests.judgment_helpers import (
    grades_read,
    one_year_on_year_message,
    unqualified_grades,
    year_on_year,
)


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        # HM Inspector as our voice
        ("HMI found the brigade's prevention work good.", "Good"),
        # a grade named as a standard is no judgment; the one given after it is
        (
            "Its prevention work failed to reach the standard for requires improvement; we"
            " grade it inadequate.",
            "Inadequate",
        ),
        # "on balance": the whole judgment weighed, not a part
        ("Avon Fire Brigade is, on balance, good at rescues.", "Good"),
        # an aside between the perfect and its participle, and "been"
        ("Avon Fire Brigade has, on balance, become adequate at rescues.", "Adequate"),
        ("Avon Fire Brigade has at last been judged good at rescues.", "Good"),
        # "today", "this time" as adverbs of the chain
        ("Its approach to rescues is today good.", "Good"),
        # the topic fronted before any of our verbs
        ("Its prevention work we now assess as good.", "Good"),
        ("Its prevention work we judge good.", "Good"),
        # another visit's grade in its relative clause
        (
            "Its prevention work, which we rated outstanding on our previous visit, we now"
            " judge to be good.",
            "Good",
        ),
        # a grade kept after "the", and a move up or down to this year's grade
        ("Avon Fire Brigade has kept the good grade we gave it for rescues.", "Good"),
        ("Avon Fire Brigade moves up two grades to good.", "Good"),
        (
            "Avon Fire Brigade has gone down a grade to requires improvement at rescues.",
            "Requires improvement",
        ),
    ],
)
def test_round_25_judgments_read(reader: Grammar, text: str, grade: str) -> None:
    assert unqualified_grades(reader, text) == [grade]


@pytest.mark.parametrize(
    "text",
    [
        # a command or collaboration shared with other forces, and "its" after it
        "The two-force command's firearms capability and its roads policing are both outstanding.",
        "The collaboration's control room and its call handling are both good.",
        # a relative opening a noun phrase is another body's
        "Like Devon, whose prevention work we judged outstanding, the brigade has set up a team.",
    ],
)
def test_round_25_near_misses_stay_unread(reader: Grammar, text: str) -> None:
    assert unqualified_grades(reader, text) == []


def test_round_25_the_standard_of_good_not_reached_is_a_bound(reader: Grammar) -> None:
    # round 25 read "the standard of good" named, not reached, as no grade; since round 39
    # (the present, "does not reach the standard of good") and round 42 (the past) it is a
    # bound read by the scale, as the tuning part's hands label it: Requires improvement on
    # the four-grade scale, no grade where Adequate lies between
    text = "Avon Fire Brigade did not reach the standard of good at rescues."
    assert unqualified_grades(reader, text) == ["Requires improvement"]
    assert reader.read(text, 0, len(text), "Avon Fire Brigade", adequate=True) == []


def test_round_25_a_limit_opening_the_judgment_qualifies_it(reader: Grammar) -> None:
    assert grades_read(reader, "In most respects the brigade's prevention work is good.") == [
        ("Good", True)
    ]


def test_round_25_on_balance_is_no_qualifier(reader: Grammar, grammar_data: dict[str, Any]) -> None:
    text = "Avon Fire Brigade is, on balance, good at rescues."
    assert grades_read(reader, text) == [("Good", False)]
    clause = grammar_data["clause"]
    limiting = {**clause, "qualifying_adverbs": ["on balance", *clause["qualifying_adverbs"]]}
    assert grades_read(grammar({**grammar_data, "clause": limiting}), text) == [("Good", True)]


@pytest.mark.parametrize(
    ("summary", "grade", "previous"),
    [
        # a pro-form opening its sentence compares nothing
        ("The grade we gave the service in 2019 was requires improvement.", "Good", "Good"),
        (
            "The grade we gave at our last inspection – outstanding – set a high bar.",
            "Good",
            "Requires improvement",
        ),
        # a grade kept only in a condition
        (
            "The service would, we think, have kept its outstanding grade had its backlog"
            " been cleared.",
            "Good",
            "Good",
        ),
    ],
)
def test_round_25_year_on_year_false_alarms_gone(summary: str, grade: str, previous: str) -> None:
    assert year_on_year(summary, grade, previous) == []


@pytest.mark.parametrize(
    ("summary", "grade", "previous", "words"),
    [
        # after the judgment, the pro-form still says the grade is the same
        (
            "The service remains good, the grade we gave it in 2019.",
            "Requires improvement",
            "Good",
            "the grade we gave it in 2019",
        ),
        (
            "The service has kept its outstanding grade for prevention.",
            "Good",
            "Outstanding",
            "kept its outstanding",
        ),
    ],
)
def test_round_25_year_on_year_still_read(
    summary: str, grade: str, previous: str, words: str
) -> None:
    assert words in one_year_on_year_message(summary, grade, previous)
