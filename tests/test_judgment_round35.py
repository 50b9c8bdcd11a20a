"""Round 35 of the judgment grammar (issue 16), on batch 31's failures (a hand writing varied
narratives and summaries of every cycle) and the tuning part's sentences of the same classes:
classes, not sentences. Made-up sentences of this file's own."""

from __future__ import annotations

import pytest

from peelcheck.prose.judgments import Grammar
from tests.judgment_helpers import grades_read, unqualified_grades

SUBJECT = "Avon Fire Brigade"


def _read(reader: Grammar, text: str) -> list[tuple[str, bool, bool]]:
    return [(j.grade, j.qualified, j.limited) for j in reader.read(text, 0, len(text), SUBJECT)]


@pytest.mark.parametrize(
    "text",
    [
        # a plural's possessive opens a noun phrase of several bodies' work
        "Nationally, brigades' prevention work is adequate, and this brigade's is no different.",
        "Across the region, partners' handling of referrals is good.",
    ],
)
def test_round_35_a_plural_possessive_is_not_the_subject(reader: Grammar, text: str) -> None:
    assert grades_read(reader, text) == []


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        # the subject's own possessive, and a singular one, still open its work (a plural's
        # after the subject's does not take it away)
        ("The brigade's work with partners' teams to prevent fires is good.", "Good"),
        ("The control room's handling of emergency calls is outstanding.", "Outstanding"),
    ],
)
def test_round_35_a_singular_possessive_still_may_be(
    reader: Grammar, text: str, grade: str
) -> None:
    assert unqualified_grades(reader, text) == [grade]


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        ("Avon Fire Brigade is no better than adequate at protecting the public.", "Adequate"),
        (
            "The brigade's use of resources is no better than requires improvement.",
            "Requires improvement",
        ),
    ],
)
def test_round_35_no_better_than_states_the_grade(reader: Grammar, text: str, grade: str) -> None:
    assert unqualified_grades(reader, text) == [grade]


def test_round_35_no_better_than_something_else_is_no_grade(reader: Grammar) -> None:
    text = "The brigade is no better than its neighbours at answering calls, which are good."
    assert grades_read(reader, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Avon Fire Brigade is good at preventing fires, apart from its work with schools.",
        "The brigade is good at preventing fires, with the exception of its home visits.",
        "The brigade is good at preventing fires, but except in Bath its visits are late.",
        # an exception in an aside between the subject and its grade
        "Avon Fire Brigade is, save for its work with schools, good at preventing fires.",
        # and one opening the sentence
        "Save for its work with schools, the brigade is good at preventing fires.",
    ],
)
def test_round_35_an_exception_qualifies(reader: Grammar, text: str) -> None:
    assert grades_read(reader, text) == [("Good", True)]


def test_round_35_an_exception_does_not_limit_beside_a_second_grade(reader: Grammar) -> None:
    # qualified, but not limited by its own words: the grade still stands for the rest, so
    # a summary's "good" is set against its question's grade (as with "although")
    text = "The brigade is good at prevention, except in its work with schools, which is adequate."
    assert _read(reader, text) == [("Good", True, False), ("Adequate", True, False)]


@pytest.mark.parametrize(
    "text",
    [
        "Avon Fire Brigade is good at preventing fires, and its staff are proud of it.",
        "Avon Fire Brigade is good at preventing fires; apart from that, its staff are proud.",
        "Avon Fire Brigade is good at preventing fires, as every brigade except two is.",
    ],
)
def test_round_35_other_words_after_a_comma_do_not_except(reader: Grammar, text: str) -> None:
    assert grades_read(reader, text) == [("Good", False)]


@pytest.mark.parametrize("opening", ["Save for", "Apart from"])
def test_round_35_an_opening_exception_limits_neither_grade(reader: Grammar, opening: str) -> None:
    # an exception opening the sentence is a judgment's own clause, as "Apart from" always
    # was: neither grade is limited by its own words, so each is set against its question
    text = f"{opening} its work with schools, which is adequate, the brigade is good at prevention."
    assert _read(reader, text) == [("Adequate", True, False), ("Good", True, False)]
