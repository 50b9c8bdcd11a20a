"""Round 24 of the judgment grammar (issue 16), on batch 21's failures: classes, not
sentences. Made-up sentences of this file's own."""

from __future__ import annotations

import pytest

from peelcheck.prose.judgments import Grammar
from tests.judgment_helpers import grades_read, one_year_on_year_message, unqualified_grades


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        # a relative clause closed before the grade keeps its own time
        (
            "The brigade's handling of complaints, which the council reviewed last year, is"
            " adequate.",
            "Adequate",
        ),
        # ... and does not open the clause of a first verb phrase joined by "and"
        (
            "Avon Fire Brigade, which we found inadequate at prevention in 2019, has worked"
            " hard and is now judged good at it.",
            "Good",
        ),
        # but a noun phrase of its own after it is the subject
        (
            "Unlike its neighbour Devon, which we found outstanding at this, Avon Fire Brigade"
            " is only adequate at prevention.",
            "Adequate",
        ),
        # "and so" joins the first verb phrase
        (
            "Avon Fire Brigade answers too few calls on time, and so requires improvement.",
            "Requires improvement",
        ),
        # "showed itself" and "turned out" before "to be", an aside between
        (
            "Avon Fire Brigade showed itself, throughout this inspection, to be outstanding at"
            " rescues.",
            "Outstanding",
        ),
        ("Avon Fire Brigade turned out, on inspection, to be good at rescues.", "Good"),
    ],
)
def test_round_24_judgments_read(reader: Grammar, text: str, grade: str) -> None:
    assert unqualified_grades(reader, text) == [grade]


@pytest.mark.parametrize(
    "text",
    [
        # a duty to make sure of it: a recommendation
        "Avon Fire Brigade should make sure its supervision of audits is good.",
        "The brigade must ensure that its prevention work is outstanding.",
        # the time in the judgment's own clause still dates it
        "The brigade's handling of complaints was adequate last year.",
        # someone else's grade in a relative clause, then our subject's verb
        "Avon Fire Brigade works with the council, which is good at housing.",
        # a relative clause after another body: the verb joined after it may be that body's
        "It works with Devon Fire Brigade, which shares its control room, and is outstanding"
        " at this.",
    ],
)
def test_round_24_near_misses_stay_unread(reader: Grammar, text: str) -> None:
    assert unqualified_grades(reader, text) == []


def test_round_24_a_future_in_the_noun_phrase_is_no_duty(reader: Grammar) -> None:
    text = "Its planning for the pressures it will face in future is good."
    assert unqualified_grades(reader, text) == ["Good"]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # a count of the areas after the grade
        (
            "Avon Fire Brigade has been judged adequate across six of the eleven areas.",
            [("Adequate", True)],
        ),
        # the remaining areas graded in a clause of their own
        (
            "Its prevention and protection are outstanding, while the remaining areas are good.",
            [("Outstanding", True)],
        ),
    ],
)
def test_round_24_counts_and_the_remaining_areas(
    reader: Grammar, text: str, read: list[tuple[str, bool]]
) -> None:
    assert grades_read(reader, text) == read


@pytest.mark.parametrize(
    ("summary", "grade", "previous", "words"),
    [
        # a grade kept, with the year it was given in its clause
        (
            "The service held on to the good grade for prevention that we gave it in 2019.",
            "Requires improvement",
            "Good",
            "held on to the good",
        ),
        (
            "In both 2018 and 2019 the service was graded good, and we found nothing this year"
            " to justify a different grade.",
            "Requires improvement",
            "Good",
            "nothing this year to justify a different grade",
        ),
        (
            "The service's grade is outstanding for the third inspection in a row.",
            "Good",
            "Outstanding",
            "for the third inspection in a row",
        ),
    ],
)
def test_round_24_year_on_year_in_other_words(
    summary: str, grade: str, previous: str, words: str
) -> None:
    assert words in one_year_on_year_message(summary, grade, previous)
