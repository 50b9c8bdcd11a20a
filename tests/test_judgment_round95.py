"""Round 95 of the judgment grammar (issue 16), on batches 63's and 64's failures (spent after
round 94): our finding beside someone else's makes the grade ours ("As the force's own review
found, and as our fieldwork confirmed, ...", "We agree with the fire authority's own assessment
that ..."); an adverb after the perfect's "have" before our verb of judging ("We have again
judged the force to be adequate"); every earlier inspection as an earlier time ("as it has been
at every inspection"); "the grade we also gave it" and "a grade it has now held" as the same
grade; a wish or an open question compares no grades ("We had hoped to find that ...", "Whether
... will depend on ..."), and a body named after a fronted phrase of time is someone else's ("In
the same period, the regional ... unit has dropped ..."). Made-up sentences of this file's
own."""

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
            ("adopted",),
            "as our fieldwork confirmed",
            "As the brigade's own review found, and as our fieldwork confirmed, its management of"
            " risk is good.",
            "Good",
        ),
        (
            ("adopted",),
            "as we found",
            "The brigade's leaders accept, as we found, that its response to fires is inadequate.",
            "Inadequate",
        ),
        (
            ("adopting",),
            "we agree with",
            "We agree with the fire authority's own assessment that Avon Fire Brigade is good at"
            " preventing fires.",
            "Good",
        ),
    ],
)
def test_round_95_our_finding_beside_theirs(
    reader: Grammar,
    grammar_data: dict[str, Any],
    path: tuple[str, ...],
    word: str,
    text: str,
    grade: str,
) -> None:
    assert grades_with_and_without(reader, grammar_data, path, word, text) == ([grade], [])


@pytest.mark.parametrize(
    "text",
    [
        "The fire authority's own assessment is that Avon Fire Brigade is good at preventing fires.",
        # someone else's finding beside someone else's stays theirs
        "As the brigade's own review found, and as partners confirmed, its management of risk is"
        " good.",
    ],
)
def test_round_95_their_finding_alone(reader: Grammar, text: str) -> None:
    assert unqualified_grades(reader, text) == []


@pytest.mark.parametrize(
    ("text", "grades"),
    [
        (
            "We have again judged Avon Fire Brigade to be adequate at preventing fires.",
            ["Adequate"],
        ),
        ("We have therefore found Avon Fire Brigade to be good at preventing fires.", ["Good"]),
        ("We judged Avon Fire Brigade to be good at preventing fires.", ["Good"]),
        # an adverb with no "have" before a past verb of judging: no reading (as often another
        # year's: "In 2017, we judged ... We also judged it to be good at ...")
        ("We also judged Avon Fire Brigade to be good at preventing fires.", []),
    ],
)
def test_round_95_an_adverb_after_have(reader: Grammar, text: str, grades: list[str]) -> None:
    assert unqualified_grades(reader, text) == grades


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Avon Fire and Rescue Service is outstanding at responding to major incidents, as it"
            " has been at every inspection.",
            "as it has been at every inspection",
        ),
        (
            "Avon Fire and Rescue Service's efficiency is outstanding, the grade we also gave it"
            " in 2019.",
            "the grade we also gave it in 2019",
        ),
        (
            "Avon Fire and Rescue Service's efficiency is outstanding, a grade it has now held in"
            " each of the last two years.",
            "a grade it has now held in each of the last two years",
        ),
        # (stop 52: the times of round 95 that had no sentence of their own here)
        (
            "For the second year in a row, Avon Fire and Rescue Service is outstanding at"
            " responding to major incidents.",
            "For the second year in a row",
        ),
        (
            "Avon Fire and Rescue Service is outstanding at responding to major incidents for the"
            " third year in a row.",
            "for the third year in a row",
        ),
    ],
)
def test_round_95_the_same_grade_as_before(text: str, words: str) -> None:
    assert year_on_year(text, "Outstanding", "Outstanding", FRS_2021) == []
    (message,) = year_on_year(text, "Requires improvement", "Outstanding", FRS_2021)
    assert words in message


@pytest.mark.parametrize(
    ("text", "compared"),
    [
        (
            "We had hoped to find that Avon Fire and Rescue Service had moved up to good at"
            " preventing fires, but it has not.",
            False,
        ),
        (
            "Whether Avon Fire and Rescue Service keeps its requires improvement grade for"
            " protection, or moves up to good, will depend on its audits.",
            False,
        ),
        (
            "In the same period, the regional fire control unit has dropped from good to requires"
            " improvement.",
            False,
        ),
        # the near misses: the service's own move, told plainly
        ("Avon Fire and Rescue Service has moved up to good at preventing fires.", True),
        (
            "In the same period, Avon Fire and Rescue Service has dropped from good to requires"
            " improvement.",
            True,
        ),
    ],
)
def test_round_95_wishes_questions_and_fronted_others(text: str, compared: bool) -> None:
    assert bool(year_on_year(text, "Good", "Good", FRS_2021)) is compared
