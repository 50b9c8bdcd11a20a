"""Round 91 of the judgment grammar (issue 16), on a miss of batch 59 (spent after round 88):
the published 2023 grade definitions said of the subject in the present ("We found that the
force has few, if any, of the characteristics of good performance in how it protects
vulnerable people"), as round 84 read them in the perfect. Made-up sentences of this file's
own."""

from __future__ import annotations

from typing import Any

import pytest

from peelcheck.prose.judgments import Grammar
from tests.judgment_helpers import grades_with_and_without, unqualified_grades

DEFINITIONS = [
    ("has few, if any, of the characteristics of good", "Requires improvement"),
    ("shows few, if any, of the characteristics of good", "Requires improvement"),
    ("demonstrates few, if any, of the characteristics of good", "Requires improvement"),
    ("has some of the characteristics of good", "Adequate"),
    ("shows some of the characteristics of good", "Adequate"),
    ("demonstrates some of the characteristics of good", "Adequate"),
    ("has substantially all the characteristics of good", "Good"),
    ("shows substantially all the characteristics of good", "Good"),
    ("demonstrates substantially all the characteristics of good", "Good"),
]


@pytest.mark.parametrize(("definition", "grade"), DEFINITIONS)
def test_round_91_a_grade_definition_in_the_present(
    reader: Grammar, grammar_data: dict[str, Any], definition: str, grade: str
) -> None:
    text = f"We found that Avon Fire Brigade {definition} performance in how it prevents fires."
    assert grades_with_and_without(reader, grammar_data, ("verbs", grade), definition, text) == (
        [grade],
        [],
    )


@pytest.mark.parametrize(
    "text",
    [
        # denied, another body's, or the definitions themselves with no subject judged
        "Avon Fire Brigade does not have some of the characteristics of good performance.",
        "The county council has some of the characteristics of good performance.",
        "A force that has some of the characteristics of good performance is graded adequate.",
    ],
)
def test_round_91_not_read(reader: Grammar, text: str) -> None:
    assert unqualified_grades(reader, text) == []
