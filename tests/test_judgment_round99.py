"""Round 99 of the judgment grammar (issue 16), on batches 65's and 66's failures (spent after
round 98): a move to this year's grade in more words ("has climbed back to good", "has been
lifted to adequate", "has now reached requires improvement"), a grade held or matched ("held
its good grade for ..."), a time before this inspection, a thing the subject owns ("its IT
infrastructure"), a grade in no area, whom a saying was told to ("..., the chief fire officer
told staff") and "kept people safe" as no grade kept. Made-up sentences of this file's own."""

from __future__ import annotations

from typing import Any

import pytest

from peelcheck.prose.judgments import Grammar
from tests.judgment_helpers import (
    FRS_2021,
    grades_with_and_without,
    unqualified_grades,
    year_on_year,
)


@pytest.mark.parametrize(
    ("path", "word", "text", "grade"),
    [
        (
            ("clause", "participles"),
            "climbed back to",
            "Avon Fire Brigade has climbed back to good.",
            "Good",
        ),
        (
            ("clause", "participles"),
            "moved to",
            "Avon Fire Brigade, which we found inadequate in 2019, has moved to good in this area.",
            "Good",
        ),
        (
            ("clause", "participles"),
            "reached",
            "Avon Fire Brigade has now reached requires improvement.",
            "Requires improvement",
        ),
        (
            ("clause", "participles"),
            "been lifted to",
            "Avon Fire Brigade's protection work has been lifted to adequate.",
            "Adequate",
        ),
        (
            ("clause", "grade_verbs"),
            "held",
            "Avon Fire Brigade held its good grade for preventing fires.",
            "Good",
        ),
        (
            ("clause", "grade_verbs"),
            "has matched",
            "Avon Fire Brigade has matched its grade of adequate for protection.",
            "Adequate",
        ),
        (
            ("kept",),
            "repeated",
            "Avon Fire Brigade repeated the good grade for preventing fires that it achieved in"
            " 2019.",
            "Good",
        ),
    ],
)
def test_round_99_a_move_to_or_a_grade_held_is_this_years(
    reader: Grammar,
    grammar_data: dict[str, Any],
    path: tuple[str, ...],
    word: str,
    text: str,
    grade: str,
) -> None:
    assert grades_with_and_without(reader, grammar_data, path, word, text) == ([grade], [])


@pytest.mark.parametrize(
    ("path", "word", "text", "grade"),
    [
        (
            ("past",),
            "before this inspection",
            "Before this inspection, Avon Fire Brigade held a good grade for preventing fires.",
            "Good",
        ),
        (
            ("not_subjects",),
            "infrastructure",
            "Avon Fire Brigade's IT infrastructure is good, but its control room software is old.",
            "Good",
        ),
        (
            ("not_after",),
            "in none of",
            "Avon Fire Brigade was inadequate in none of the areas we looked at.",
            "Inadequate",
        ),
    ],
)
def test_round_99_an_earlier_grade_a_thing_owned_or_no_area_states_none(
    reader: Grammar,
    grammar_data: dict[str, Any],
    path: tuple[str, ...],
    word: str,
    text: str,
    grade: str,
) -> None:
    assert grades_with_and_without(reader, grammar_data, path, word, text) == ([], [grade])


@pytest.mark.parametrize(
    ("text", "grades"),
    [
        # a standard is no grade reached
        ("Avon Fire Brigade has reached a good standard of call handling.", []),
        # its work on infrastructure is its work
        ("Avon Fire Brigade's digital infrastructure work is good.", ["Good"]),
    ],
)
def test_round_99_near_misses(reader: Grammar, text: str, grades: list[str]) -> None:
    assert unqualified_grades(reader, text) == grades


def test_round_99_a_move_told_to_staff_is_the_speakers() -> None:
    text = (
        "\u201cWe have gone from requires improvement to good in two years,\u201d the chief fire"
        " officer told staff."
    )
    assert year_on_year(text, "Good", "Good", FRS_2021) == []


def test_round_99_a_move_said_by_no_one_is_ours() -> None:
    text = "The service has gone from requires improvement to good in two years."
    assert len(year_on_year(text, "Good", "Good", FRS_2021)) == 1


def test_round_99_kept_people_safe_keeps_no_grade() -> None:
    text = (
        "Avon Fire and Rescue Service had required improvement in how it kept people safe in"
        " 2019, the first year we graded that question."
    )
    assert year_on_year(text, "Good", "Requires improvement", FRS_2021) == []


def test_round_99_a_grade_kept_since_a_year_still_compares() -> None:
    text = "Avon Fire and Rescue Service has kept its good grade since 2019."
    assert len(year_on_year(text, "Good", "Requires improvement", FRS_2021)) == 1
