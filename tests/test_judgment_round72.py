"""Round 72 of the judgment grammar (issue 16), on a class of the tuning part's misses (spent
batches): "proves" and "proved itself" as copulas ("The service proved itself to be good at
...", "the constabulary proves to be good at ...", "has again proved itself outstanding at
..."), beside "has proved itself" and "has proved to be". Made-up sentences of this file's
own."""

from __future__ import annotations

from typing import Any

import pytest

from peelcheck.prose.judgments import Grammar, grammar
from tests.judgment_helpers import unqualified_grades, without


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        ("Avon Fire Brigade proved itself to be good at responding to flooding.", "Good"),
        (
            "Judged against our criteria, the brigade proves to be adequate at protection.",
            "Adequate",
        ),
        ("Avon Fire Brigade has again proved itself outstanding at prevention.", "Outstanding"),
        # (the perfect as before: the longer phrase, not "has" and "proved itself to be")
        ("It has proved itself to be outstanding at working with partners.", "Outstanding"),
    ],
)
def test_round_72_proves_and_proved_itself(reader: Grammar, text: str, grade: str) -> None:
    assert unqualified_grades(reader, text) == [grade]


def test_round_72_the_copulas_are_pack_data(reader: Grammar, grammar_data: dict[str, Any]) -> None:
    text = "Judged against our criteria, the brigade proves to be adequate at protection."
    changed = grammar(without(grammar_data, ("clause", "copulas"), "proves to be"))
    assert unqualified_grades(changed, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # someone else's, or another body's
        "Partners told us Avon Fire Brigade proves to be good at protection.",
        "The regional unit proved itself to be good at sharing intelligence.",
        # denied
        "Avon Fire Brigade has not proved itself to be good at protection.",
    ],
)
def test_round_72_not_read(reader: Grammar, text: str) -> None:
    assert unqualified_grades(reader, text) == []
