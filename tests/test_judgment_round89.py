"""Round 89 of the judgment grammar (issue 16), on batches 59's and 60's misses (spent after
round 88): a grade fallen back to ("has fallen back to requires improvement in ..."), held
at or regained; the same grade again said by "matching", "the same judgment" or "as in
2022"; an earlier inspection named "when we last inspected" or "when we last looked"; and
not a count compared ("the same number as in 2022"). Made-up sentences of this file's own."""

from __future__ import annotations

from typing import Any

import pytest

from peelcheck.prose.judgments import Grammar
from tests.judgment_helpers import FRS_2021, grades_with_and_without, year_on_year


@pytest.mark.parametrize(
    ("participle", "grade"),
    [
        ("fallen back to", "Requires improvement"),
        ("slipped back to", "Requires improvement"),
        ("dropped back to", "Inadequate"),
    ],
)
def test_round_89_a_grade_fallen_back_to(
    reader: Grammar, grammar_data: dict[str, Any], participle: str, grade: str
) -> None:
    text = f"Avon Fire Brigade has {participle} {grade.lower()} in how it prevents fires."
    assert grades_with_and_without(
        reader, grammar_data, ("clause", "participles"), participle, text
    ) == ([grade], [])


@pytest.mark.parametrize("copula", ["has held at", "have held at"])
def test_round_89_a_grade_held_at(
    reader: Grammar, grammar_data: dict[str, Any], copula: str
) -> None:
    subject = "Avon Fire Brigade" if copula.startswith("has") else "Avon Fire Brigade's grades"
    text = f"{subject} {copula} good in how it prevents fires."
    assert grades_with_and_without(reader, grammar_data, ("clause", "copulas"), copula, text) == (
        ["Good"],
        [],
    )


@pytest.mark.parametrize("verb", ["has regained", "regained", "regains"])
def test_round_89_a_grade_regained(
    reader: Grammar, grammar_data: dict[str, Any], verb: str
) -> None:
    text = f"Avon Fire Brigade {verb} its outstanding grade for preventing fires."
    assert grades_with_and_without(reader, grammar_data, ("clause", "grade_verbs"), verb, text) == (
        ["Outstanding"],
        [],
    )


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Avon Fire and Rescue Service is good at preventing fires, matching its 2019 grade.",
            "matching its 2019",
        ),
        (
            "Avon Fire and Rescue Service remains good at preventing fires, the same judgment we"
            " reached in 2019.",
            "the same judgment",
        ),
        (
            "Avon Fire and Rescue Service remains good at preventing fires, the same judgement we"
            " reached in 2019.",
            "the same judgement",
        ),
        ("Preventing fires: good, as in our first inspection.", "as in our first inspection"),
        (
            "Avon Fire and Rescue Service is still good at preventing fires, as it was when we"
            " last inspected it.",
            "when we last inspected",
        ),
        (
            "Avon Fire and Rescue Service is good at preventing fires, as it was when we last"
            " looked at it.",
            "when we last looked",
        ),
    ],
)
def test_round_89_the_same_grade_again(text: str, words: str) -> None:
    assert year_on_year(text, "Good", "Good", FRS_2021) == []
    (message,) = year_on_year(text, "Good", "Requires improvement", FRS_2021)
    assert words in message


@pytest.mark.parametrize(
    "text",
    [
        # a count of areas compared, not a grade
        "Avon Fire and Rescue Service is good at eight of the eleven areas, the same number as in"
        " 2019.",
        "Avon Fire and Rescue Service is outstanding in two areas, the same number of areas as in"
        " 2019.",
        # a move back that did not happen
        "Avon Fire and Rescue Service has not slipped back to requires improvement.",
    ],
)
def test_round_89_not_read_as_a_comparison(text: str) -> None:
    assert year_on_year(text, "Good", "Requires improvement", FRS_2021) == []
    assert year_on_year(text, "Good", "Good", FRS_2021) == []
