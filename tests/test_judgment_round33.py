"""Round 33 of the judgment grammar (issue 16), on batch 29's failures (a hand writing
summaries and openings of the current cycles), false alarms first: classes, not sentences.
Made-up sentences of this file's own."""

from __future__ import annotations

import pytest

from peelcheck.prose.judgments import Grammar
from tests.judgment_helpers import all_qualified, grades_read, unqualified_grades

SUBJECT = "Avon Fire Brigade"


def _answer(reader: Grammar, question: str, answer: str) -> list[tuple[str, bool]]:
    """The judgments read in `answer`, the sentence after `question`."""
    text = f"{question} {answer}"
    start = len(question) + 1
    return [(j.grade, j.qualified) for j in reader.read(text, start, len(text), SUBJECT)]


@pytest.mark.parametrize(
    "text",
    [
        # a second grade for a part, limited, straight after the first
        "The brigade is good, and in places outstanding, at protecting the public.",
        # (with no commas round it: the clause reading reads the second grade)
        "The brigade is good and often outstanding at protecting the public.",
        "The brigade is adequate and sometimes good at responding to floods.",
        # all but a part
        "The brigade is good at prevention in all but one of its four districts.",
        "The brigade is good at prevention everywhere except in the north of the county.",
    ],
)
def test_round_33_limits_qualify(reader: Grammar, text: str) -> None:
    assert all_qualified(reader, text), grades_read(reader, text)


@pytest.mark.parametrize(
    "text",
    [
        # the grades themselves, listed as nouns
        "Outstanding, good, adequate, requires improvement and inadequate are the five grades.",
        "Outstanding and good are the grades we gave most services this year.",
        "Good, adequate and requires improvement are the grades most services received.",
        "Outstanding, good, requires improvement and inadequate are the four grades we used.",
    ],
)
def test_round_33_grades_named_as_nouns_are_no_judgment(reader: Grammar, text: str) -> None:
    assert grades_read(reader, text) == []


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        # the standard of a good service not met, with no "we expect", and in the perfect
        (
            "The brigade has fallen short of the standard of a good service in its audits.",
            "Requires improvement",
        ),
        (
            "The brigade does not meet the standard of a good service in how it trains crews.",
            "Requires improvement",
        ),
        # "why" before the subject
        (
            "Its audit programme lacks focus, which is why it requires improvement.",
            "Requires improvement",
        ),
        # our inspector's own quotation, its subject after the opening quotation mark
        (
            "His Majesty's Inspector said: “Avon Fire Brigade has improved and is now good at"
            " prevention.”",
            "Good",
        ),
    ],
)
def test_round_33_negative_and_quoted_judgments_are_read(
    reader: Grammar, text: str, grade: str
) -> None:
    assert unqualified_grades(reader, text) == [grade]


def test_round_33_someone_elses_quotation_stays_theirs(reader: Grammar) -> None:
    text = "The chief fire officer said: “Avon Fire Brigade has improved and is now good at prevention.”"
    assert grades_read(reader, text) == []


@pytest.mark.parametrize(
    ("question", "answer", "grade"),
    [
        ("How good is the brigade at responding to fires?", "Good, as it was in 2021.", "Good"),
        ("How well does Avon Fire Brigade protect the public?", "Our answer is good.", "Good"),
        (
            "How good is the brigade at prevention?",
            "The short answer is requires improvement.",
            "Requires improvement",
        ),
        (
            "How well does the brigade promote its values?",
            "Adequate, on the evidence we saw.",
            "Adequate",
        ),
    ],
)
def test_round_33_an_answer_to_a_question_about_the_subject_is_read(
    reader: Grammar, question: str, answer: str, grade: str
) -> None:
    assert _answer(reader, question, answer) == [(grade, False)]


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # a question about someone else, or no question of how it does
        ("How well do its partners share information?", "Good."),
        ("How good is Devon and Somerset Fire and Rescue Service at prevention?", "Good."),
        ("Is the brigade good at prevention?", "Good."),
        ("The brigade was inspected in May.", "Good."),
        ("How good is the brigade at prevention: we looked closely.", "Good."),
        # an answer that is no grade, or not at its sentence's start
        ("How good is the brigade at prevention?", "Good practice is common."),
        ("How good is the brigade at prevention?", "Good partners help it."),
        ("How good is the brigade at prevention?", "Partners told us it is good."),
    ],
)
def test_round_33_near_misses_of_an_answer_are_not_read(
    reader: Grammar, question: str, answer: str
) -> None:
    assert _answer(reader, question, answer) == []


def test_round_33_an_answer_is_read_alone(reader: Grammar) -> None:
    # the answer with no question before it is no judgment
    assert grades_read(reader, "Good, as it was in 2021.") == []
