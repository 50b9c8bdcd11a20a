"""Round 64 of the judgment grammar (issue 16), on a class of the tuning part's misses
(spent batches, year-on-year sentences): a time of now fronted before the subject ("...; in
this inspection it is good", "this time it is adequate") leaves it the subject, as "now"
and "this year" did. Made-up sentences of this file's own."""

from __future__ import annotations

from typing import Any

import pytest

from peelcheck.prose.judgments import Grammar, grammar
from tests.judgment_helpers import unqualified_grades, without

FORCE = "Bedfordshire Police"


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        (
            "In 2022 the force was adequate at managing offenders; in this inspection it is good.",
            "Good",
        ),
        (
            "Last time Bedfordshire Police required improvement at responding to the public;"
            " this time it is outstanding.",
            "Outstanding",
        ),
        (
            "At this inspection Bedfordshire Police is inadequate at protecting vulnerable people.",
            "Inadequate",
        ),
    ],
)
def test_round_64_read(reader: Grammar, text: str, grade: str) -> None:
    assert unqualified_grades(reader, text, FORCE) == [grade]


@pytest.mark.parametrize(
    "text",
    [
        # someone else, or a grade that might be
        "In this inspection the regional organised crime unit is good at disrupting gangs.",
        "In 2022 the force was adequate at managing offenders; this time it might be good.",
    ],
)
def test_round_64_not_read(reader: Grammar, text: str) -> None:
    assert unqualified_grades(reader, text, FORCE) == []


def test_round_64_the_words_are_pack_data(grammar_data: dict[str, Any]) -> None:
    text = "In 2022 the force was adequate at managing offenders; in this inspection it is good."
    less = without(grammar_data, ("before_subject",), "in this inspection")
    assert unqualified_grades(grammar(less), text, FORCE) == []
