"""Round 90 of the judgment grammar (issue 16), on batch 59's false alarms (spent after round
88): a grade before "example of the service" grades the example, not the service ("is a good
example of the force using its understanding"), while "a good standard of service" still
carries it; and a peer review's or peer challenge's grade is the reviewers', not ours nor
last year's ("The service's peer review in 2023 rated its prevention work as outstanding").
Made-up sentences of this file's own."""

from __future__ import annotations

from typing import Any

import pytest

from peelcheck.prose.judgments import Grammar
from tests.judgment_helpers import (
    FRS_2021,
    unqualified_grades,
    year_on_year,
)


@pytest.mark.parametrize(
    "text",
    [
        "Its work with schools is a good example of the brigade using what it knows of its"
        " communities.",
        "Its work with schools is an outstanding example of a service learning from others.",
        "Avon Fire Brigade's work with schools is a good example of its service at its best.",
    ],
)
def test_round_90_an_example_of_the_service_is_no_grade_of_it(reader: Grammar, text: str) -> None:
    assert unqualified_grades(reader, text) == []


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        ("Avon Fire Brigade provides a good standard of service to its communities.", "Good"),
        ("Avon Fire Brigade provides a good level of service to its communities.", "Good"),
        (
            "Avon Fire Brigade provides an outstanding fire and rescue service to its communities.",
            "Outstanding",
        ),
    ],
)
def test_round_90_a_carried_noun_still_read(reader: Grammar, text: str, grade: str) -> None:
    assert unqualified_grades(reader, text) == [grade]


@pytest.mark.parametrize("voice", ["peer review", "peer challenge"])
def test_round_90_a_peer_reviews_grade_is_not_last_years(
    grammar_data: dict[str, Any], voice: str
) -> None:
    assert voice in grammar_data["attributions"]
    text = (
        f"The service's {voice} in 2019 rated its prevention work as outstanding, higher than"
        " our 2018/19 grade."
    )
    assert year_on_year(text, "Good", "Good", FRS_2021) == []
    assert year_on_year(text, "Good", "Requires improvement", FRS_2021) == []
