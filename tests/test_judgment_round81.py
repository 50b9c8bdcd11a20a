"""Round 81 of the judgment grammar (issue 16), on batch 55's misses (spent after round 78) and
the tuning part's: "the Met", the short form of the Metropolitan Police Service its reports
use ("The Met's management of registered sex offenders is inadequate"), with its article as
the reports write it; "the officers we met" still names no one. Made-up sentences of this
file's own."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from peelcheck.prose.judgments import Grammar, grammar
from tests.judgment_helpers import grades_with_and_without, unqualified_grades

MET = "Metropolitan Police Service"


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        ("The Met's management of registered sex offenders is inadequate.", "Inadequate"),
        ("The Met is good at responding to the public.", "Good"),
        (
            "However, the Met's leadership and force management requires improvement.",
            "Requires improvement",
        ),
    ],
)
def test_round_81_the_met(reader: Grammar, text: str, grade: str) -> None:
    assert unqualified_grades(reader, text, MET) == [grade]


def test_round_81_the_short_form_is_pack_data(grammar_data: dict[str, Any]) -> None:
    changed = copy.deepcopy(grammar_data)
    del changed["short_forms"][MET]
    text = "The Met's management of registered sex offenders is inadequate."
    assert unqualified_grades(grammar(changed), text, MET) == []


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # "met" the verb, not the force
        ("The officers we met were good at explaining their decisions.", MET),
        ("Most of the victims we met said the service they received was good.", MET),
        # the Met in another force's report: another force
        ("The Met's management of registered sex offenders is inadequate.", "Kent Police"),
    ],
)
def test_round_81_not_the_subject(reader: Grammar, text: str, subject: str) -> None:
    assert unqualified_grades(reader, text, subject) == []


@pytest.mark.parametrize(
    ("frame", "text", "grade"),
    [
        (
            "{np} takes {a} {grade} approach to",
            "Avon Fire Brigade takes an outstanding approach to preventing fires.",
            "Outstanding",
        ),
        (
            "{np} adopts {a} {grade} approach to",
            "The brigade adopts a good approach to protecting the public through fire regulation.",
            "Good",
        ),
    ],
)
def test_round_81_takes_an_approach(
    reader: Grammar, grammar_data: dict[str, Any], frame: str, text: str, grade: str
) -> None:
    assert grades_with_and_without(reader, grammar_data, ("frames",), frame, text) == ([grade], [])


@pytest.mark.parametrize(
    "text",
    [
        "Partners told us the brigade takes an outstanding approach to preventing fires.",
        "The regional unit takes an outstanding approach to sharing intelligence.",
        "The brigade does not yet take a good approach to protection.",
    ],
)
def test_round_81_an_approach_not_ours(reader: Grammar, text: str) -> None:
    assert unqualified_grades(reader, text) == []
