"""Round 93 of the judgment grammar (issue 16), on batch 62's failures (spent after round 91):
"for" what a verb of judging grades after an adverb ("has again been graded outstanding for
promoting the right values and culture"); "the top grade of"; the pluperfect of a verb of
judging as an earlier grade ("had been graded inadequate for ... at both of our previous
inspections"); "a rise from" and "a step up from" an earlier grade. Made-up sentences of this
file's own."""

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
    ("text", "grades"),
    [
        (
            "Avon Fire Brigade has again been graded outstanding for promoting the right values.",
            ["Outstanding"],
        ),
        (
            "Avon Fire Brigade has once more been judged good for its work with partners.",
            ["Good"],
        ),
        # "for" with no verb of judging stays no grade
        ("Avon Fire Brigade is good for the public.", []),
        ("Avon Fire Brigade has again been good for the county.", []),
    ],
)
def test_round_93_for_what_a_verb_of_judging_grades(
    reader: Grammar, text: str, grades: list[str]
) -> None:
    assert unqualified_grades(reader, text) == grades


def test_round_93_the_top_grade_of(reader: Grammar, grammar_data: dict[str, Any]) -> None:
    text = "Avon Fire Brigade has kept the top grade of outstanding for preventing fires."
    path = ("clause", "grade_nouns")
    assert grades_with_and_without(reader, grammar_data, path, "the top grade of", text) == (
        ["Outstanding"],
        [],
    )


@pytest.mark.parametrize(
    ("verb", "words"),
    [
        ("graded", "had been graded"),
        ("judged", "had been judged"),
        ("rated", "had been rated"),
        ("assessed as", "had been assessed"),
        ("found", "had been found"),
        ("considered", "had been considered"),
    ],
)
def test_round_93_the_pluperfect_is_an_earlier_grade(
    reader: Grammar, grammar_data: dict[str, Any], verb: str, words: str
) -> None:
    text = (
        f"Avon Fire Brigade had been {verb} good at preventing fires at both of our previous"
        " inspections."
    )
    assert grades_with_and_without(reader, grammar_data, ("past",), words, text) == ([], ["Good"])


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Avon Fire and Rescue Service is outstanding at preventing fires, a rise from good at"
            " our last inspection.",
            "a rise from good",
        ),
        (
            "Avon Fire and Rescue Service is outstanding at preventing fires, a step up from good"
            " in 2019.",
            "a step up from good",
        ),
    ],
)
def test_round_93_a_rise_from_an_earlier_grade(text: str, words: str) -> None:
    assert year_on_year(text, "Outstanding", "Good", FRS_2021) == []
    (message,) = year_on_year(text, "Outstanding", "Requires improvement", FRS_2021)
    assert words in message and "last year's grade as Good" in message


def test_round_93_a_rise_in_something_else_is_no_comparison() -> None:
    text = "Despite a rise from 2019 in demand, Avon Fire and Rescue Service is outstanding at it."
    assert year_on_year(text, "Outstanding", "Requires improvement", FRS_2021) == []


def test_round_93_the_pluperfect_with_for(reader: Grammar, grammar_data: dict[str, Any]) -> None:
    # "for" read after a verb of judging (above) does not make an earlier grade this year's
    text = (
        "Avon Fire Brigade had been graded inadequate for preventing fires at both of our"
        " previous inspections."
    )
    assert grades_with_and_without(reader, grammar_data, ("past",), "had been graded", text) == (
        [],
        ["Inadequate"],
    )
