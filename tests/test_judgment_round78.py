"""Round 78 of the judgment grammar (issue 16), on a class of the tuning part's misses: a
perfect of showing or proving, or of coming or growing to a grade, with adverbs or an aside
between "has" and its participle ("has once more shown itself to be good at", "has, in the
course of this inspection, shown itself to be outstanding", "has, over the past year, come to
be good"). Made-up sentences of this file's own."""

from __future__ import annotations

from typing import Any

import pytest

from peelcheck.prose.judgments import Grammar, grammar
from tests.judgment_helpers import unqualified_grades, without


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        ("Avon Fire Brigade has once more shown itself to be good at prevention.", "Good"),
        (
            "Avon Fire Brigade has, during this inspection, shown itself to be outstanding at "
            "protection.",
            "Outstanding",
        ),
        ("The brigade has clearly proven itself to be adequate at protection.", "Adequate"),
        ("Avon Fire Brigade has, over the past year, come to be good at prevention.", "Good"),
        (
            "The brigade has steadily grown to be outstanding in its work with schools.",
            "Outstanding",
        ),
    ],
)
def test_round_78_a_perfect_of_showing_or_coming(reader: Grammar, text: str, grade: str) -> None:
    assert unqualified_grades(reader, text) == [grade]


@pytest.mark.parametrize(
    ("path_word", "text"),
    [
        ("shown itself", "Avon Fire Brigade has once more shown itself to be good at prevention."),
        ("proven itself", "The brigade has clearly proven itself to be adequate at protection."),
        (
            "grown to be",
            "The brigade has steadily grown to be outstanding in its work with schools.",
        ),
        ("come to be", "Avon Fire Brigade has, over the past year, come to be good at prevention."),
    ],
)
def test_round_78_the_participles_are_pack_data(
    grammar_data: dict[str, Any], path_word: str, text: str
) -> None:
    changed = grammar(without(grammar_data, ("clause", "participles"), path_word))
    assert unqualified_grades(changed, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # "come good" is an idiom (turned out well), not a grade: only "come to be" reads
        "The brigade's investment in new appliances has come good.",
        "The brigade has grown good at hiding its problems, partners said.",
        # someone else's, denied, or another body's
        "Partners told us Avon Fire Brigade has once more shown itself to be good at prevention.",
        "Avon Fire Brigade has not yet shown itself to be good at prevention.",
        "The regional unit has, over the past year, come to be good at sharing intelligence.",
    ],
)
def test_round_78_not_read(reader: Grammar, text: str) -> None:
    assert unqualified_grades(reader, text) == []
