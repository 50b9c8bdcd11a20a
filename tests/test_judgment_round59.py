"""Round 59 of the judgment grammar (issue 16), on batch 48's misses (narrative bodies): the
grade we give the subject now for an area, named as a noun's ("The good grade we give the
service for understanding risk rests on ..."), and a verb phrase "is below the standard we
expect of a good force" (requires improvement on a scale with no Adequate). Made-up sentences
of this file's own."""

from __future__ import annotations

from typing import Any

import pytest

from peelcheck.prose.grammar_data import key_words
from peelcheck.prose.judgments import Grammar
from tests.judgment_helpers import unqualified_grades

FORCE = "Lincolnshire Police"


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        (
            "The good grade we give the force for preventing crime rests on its neighbourhood teams.",
            "Good",
        ),
        (
            "The inadequate grade we have given Lincolnshire Police for vetting reflects its backlog.",
            "Inadequate",
        ),
        (
            "How the force supervises investigations is below the standard we expect of a good force.",
            "Requires improvement",
        ),
    ],
)
def test_round_59_read(reader: Grammar, text: str, grade: str) -> None:
    assert unqualified_grades(reader, text, FORCE) == [grade]


@pytest.mark.parametrize(
    "text",
    [
        # someone else's grade, another time's, someone else's standard
        "The good grade we give the regional unit for its work reflects its leadership.",
        "The good grade we gave the force in 2019 for preventing crime no longer holds.",
        "The regional unit's work is below the standard we expect of a good force.",
    ],
)
def test_round_59_not_read(reader: Grammar, text: str) -> None:
    assert unqualified_grades(reader, text, FORCE) == []


def test_round_59_below_good_is_a_bound_where_adequate_lies_between(reader: Grammar) -> None:
    text = (
        "How the force supervises investigations is below the standard we expect of a good force."
    )
    assert reader.read(text, 0, len(text), FORCE, (), True) == []


def test_round_59_no_common_word_screens_texts(grammar_data: dict[str, Any]) -> None:
    # the verb phrases sharing "we expect" must not make "expect" a word every text holding
    # it is read for: a text is screened by a telling word each phrase holds
    keys = key_words(grammar_data["grades"], grammar_data["verbs"])
    assert "expect" not in keys["Requires improvement"]
    for grade, phrases in grammar_data["verbs"].items():
        for phrase in phrases:
            assert keys[grade] & set(phrase.lower().split()), phrase
