"""Round 63 of the judgment grammar (issue 16), on batch 50's misses (spent: year-on-year
sentences) and their class over the tuning part: a grade followed by this inspection
counted ("is good for the first time", "is outstanding for the third inspection running")
is this inspection's; "for" alone after a grade stays no grade ("good for the public").
Made-up sentences of this file's own."""

from __future__ import annotations

from typing import Any

import pytest

from peelcheck.prose.judgments import Grammar, grammar
from tests.judgment_helpers import unqualified_grades, without

SERVICE = "Kent Fire and Rescue Service"


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        ("Its prevention work is outstanding for the first time.", "Outstanding"),
        (
            "The service's protection work is inadequate for the second inspection in a row.",
            "Inadequate",
        ),
        (
            "Kent Fire and Rescue Service requires improvement at managing its people for the"
            " third inspection running.",
            "Requires improvement",
        ),
    ],
)
def test_round_63_read(reader: Grammar, text: str, grade: str) -> None:
    assert unqualified_grades(reader, text, SERVICE) == [grade]


@pytest.mark.parametrize(
    "text",
    [
        # "for" someone or something: no grade
        "Its prevention work is good for the families it reaches.",
        "Its prevention work is good for the first time crews use it.",
        # a grade that might have been, counted
        "Without its new training, the service would have been inadequate for the second time.",
    ],
)
def test_round_63_not_read(reader: Grammar, text: str) -> None:
    assert unqualified_grades(reader, text, SERVICE) == []


def test_round_63_the_words_are_pack_data(grammar_data: dict[str, Any]) -> None:
    text = "Its prevention work is outstanding for the first time."
    less = without(grammar_data, ("present_after",), "for the first time")
    assert unqualified_grades(grammar(less), text, SERVICE) == []
