"""Round 94 of the judgment grammar (issue 16), on the tuning part's failures: a grade won
back ("has regained the good grade ... that it lost in 2017", "has recovered its good grade",
this year's and better than last year's); a grade kept, negated, is lost ("has not kept the
good grade it had in 2019"); a time after a sentence's opening noun phrase is no word of it
("Our overall finding this time is that ..."); no noun phrase ends with its article
("Following the requires improvement grade of 2022, ..."); and a time in a phrase fronted
before a subject joined to its grade in the present does not date that grade ("After its 2022
inspection, the service is adequate at ..."). Made-up sentences of this file's own."""

from __future__ import annotations

from typing import Any

import pytest

from peelcheck.prose.judgments import Grammar
from tests.judgment_helpers import (
    FRS_2021,
    grades_read,
    grades_with_and_without,
    unqualified_grades,
    year_on_year,
)

REGAINED = (
    "Avon Fire and Rescue Service has regained the good grade for preventing fires that it lost"
    " in 2019."
)


@pytest.mark.parametrize(
    ("path", "word", "text"),
    [
        (
            ("kept",),
            "regained",
            "This year Avon Fire Brigade regained the good grade for preventing fires that it lost"
            " in 2019.",
        ),
        (
            ("clause", "grade_verbs"),
            "has recovered",
            "Avon Fire Brigade has recovered its good grade for preventing fires.",
        ),
    ],
)
def test_round_94_a_grade_won_back_is_this_years(
    reader: Grammar, grammar_data: dict[str, Any], path: tuple[str, ...], word: str, text: str
) -> None:
    assert grades_with_and_without(reader, grammar_data, path, word, text) == (["Good"], [])


def test_round_94_a_grade_won_back_is_better_than_last_years() -> None:
    assert year_on_year(REGAINED, "Good", "Requires improvement", FRS_2021) == []
    (message,) = year_on_year(REGAINED, "Inadequate", "Requires improvement", FRS_2021)
    assert "regained the good" in message
    # better than last year's, but not this year's grade (current_grade_intros)
    (message,) = year_on_year(REGAINED, "Outstanding", "Requires improvement", FRS_2021)
    assert "regained the good" in message


@pytest.mark.parametrize(
    "text",
    [
        # not yet won back: no comparison ("not yet" is a negation too)
        "Avon Fire and Rescue Service has not yet regained the good grade it held in 2019.",
        # winning back something else compares no grades
        "Since 2019, Avon Fire and Rescue Service has regained the trust of its communities.",
    ],
)
def test_round_94_no_grade_won_back(text: str) -> None:
    assert year_on_year(text, "Good", "Good", FRS_2021) == []


def test_round_94_a_grade_kept_negated_is_lost() -> None:
    text = (
        "Avon Fire and Rescue Service has not kept the good grade it had for preventing fires"
        " in 2019."
    )
    assert year_on_year(text, "Requires improvement", "Good", FRS_2021) == []
    (message,) = year_on_year(text, "Good", "Good", FRS_2021)
    assert "not kept the good" in message


def test_round_94_a_time_after_the_opening_noun_phrase() -> None:
    text = (
        "Our main conclusion this time is that the service's prevention work has slipped to"
        " requires improvement."
    )
    (message,) = year_on_year(text, "Good", "Good", FRS_2021)
    assert "slipped to" in message
    # a body's noun phrase with its time stays someone else's
    other = "The regional unit this year has slipped to requires improvement."
    assert year_on_year(other, "Good", "Good", FRS_2021) == []


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Following the requires improvement grade, Avon Fire Brigade has worked hard.", []),
        (
            "Following the requires improvement grade of 2019, Avon Fire Brigade is good at"
            " preventing fires.",
            [("Good", False)],
        ),
        (
            "After its 2019 inspection, Avon Fire Brigade is good at preventing fires.",
            [("Good", False)],
        ),
        # a past copula, or a verb of the past before it, keeps the fronted time's date
        ("In 2019, Avon Fire Brigade was good at preventing fires.", []),
        ("In 2019, we found that Avon Fire Brigade is good at preventing fires.", []),
        # an "-ing" phrase with a noun is still the subject's work
        ("Preventing fires requires improvement.", [("Requires improvement", False)]),
    ],
)
def test_round_94_fronted_phrases(reader: Grammar, text: str, read: list[tuple[str, bool]]) -> None:
    assert grades_read(reader, text) == read


def test_round_94_a_kept_grade_still_reads(reader: Grammar) -> None:
    text = "Avon Fire Brigade has kept its requires improvement grade for preventing fires."
    assert unqualified_grades(reader, text) == ["Requires improvement"]
