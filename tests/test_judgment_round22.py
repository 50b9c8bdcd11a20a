"""Round 22 of the judgment grammar (issue 16), on batch 19's misses: classes, not
sentences. Made-up sentences of this file's own."""

from __future__ import annotations

from typing import Any

import pytest

from peelcheck.prose.judgments import Grammar, grammar
from tests.judgment_helpers import unqualified_grades, without


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        # a move in the present, after a comma
        (
            "Avon Fire Brigade drops two grades, from outstanding to adequate, in prevention.",
            "Adequate",
        ),
        ("Its grade for protection falls this year, from good to adequate.", "Adequate"),
        # our passive with the inspectorate named, "appears to us", "proved"
        ("Avon Fire Brigade is judged by HMICFRS to be good in how it prevents fires.", "Good"),
        ("Avon Fire Brigade appears to us to be good at preventing fires.", "Good"),
        (
            "Avon Fire Brigade proved adequate at responding to fires during our inspection.",
            "Adequate",
        ),
        # a passive grade "for" what it grades, and our own move of the grade
        (
            "Avon Fire Brigade is rated outstanding for the quality of its safety audits.",
            "Outstanding",
        ),
        (
            "We have downgraded Avon Fire Brigade from good to adequate for prevention.",
            "Adequate",
        ),
    ],
)
def test_round_22_judgments_read(reader: Grammar, text: str, grade: str) -> None:
    assert unqualified_grades(reader, text) == [grade]


@pytest.mark.parametrize(
    "text",
    [
        "The council is rated outstanding for the quality of its housing.",
        "Partners appear to us to be good at sharing information.",
        "Avon Fire Brigade's new system proved good for the public.",
    ],
)
def test_round_22_near_misses_stay_unread(reader: Grammar, text: str) -> None:
    assert unqualified_grades(reader, text) == []


def test_round_22_denials_are_pack_data(reader: Grammar, grammar_data: dict[str, Any]) -> None:
    text = "Avon Fire Brigade is nearly outstanding at prevention."
    assert unqualified_grades(reader, text) == []
    # without its word in `denials` the grade is read
    assert unqualified_grades(grammar(without(grammar_data, ("denials",), "nearly")), text) == [
        "Outstanding"
    ]
    denied = "Its prevention work does not require improvement."
    assert unqualified_grades(reader, denied) == []
    assert unqualified_grades(grammar(without(grammar_data, ("denials",), "not")), denied) != []
