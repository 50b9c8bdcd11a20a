"""Round 96 of the judgment grammar (issue 16), on batches 63's and 64's failures (spent after
round 94): our verb of giving with the grade carried by its noun ("We have given the
constabulary an inadequate grade for this question because ..."), and "has since" as a time of
now after an earlier grade ("We graded it requires improvement ... in 2022, and it has since
climbed to good"). Made-up sentences of this file's own."""

from __future__ import annotations

from typing import Any

import pytest

from peelcheck.prose.judgments import Grammar
from tests.judgment_helpers import grades_with_and_without, unqualified_grades


@pytest.mark.parametrize(
    ("path", "word", "text", "grade"),
    [
        (
            ("frames",),
            "{we} {np} {a} {grade} grade",
            "We have given Avon Fire Brigade an inadequate grade for preventing fires.",
            "Inadequate",
        ),
        (
            ("frames",),
            "{we} {np} {a} {grade} rating",
            "We have awarded Avon Fire Brigade an outstanding rating for its response to fires.",
            "Outstanding",
        ),
        (
            ("we_verbs",),
            "we give",
            "It is for its station profiles that we give the brigade a good grade for"
            " understanding risk.",
            "Good",
        ),
        (
            ("present",),
            "has since",
            "We graded Avon Fire Brigade requires improvement for preventing fires in 2022, and it"
            " has since climbed to good.",
            "Good",
        ),
    ],
)
def test_round_96_read(
    reader: Grammar,
    grammar_data: dict[str, Any],
    path: tuple[str, ...],
    word: str,
    text: str,
    grade: str,
) -> None:
    assert grades_with_and_without(reader, grammar_data, path, word, text) == ([grade], [])


@pytest.mark.parametrize(
    "text",
    [
        # another year's grade given, a grade not of the subject, and no grade at all
        "We gave the brigade a good grade for understanding risk in 2019.",
        "We give partners a good grade for their work.",
        "We have given the brigade a good deal of credit for its work.",
        "In 2019 the brigade was good, and it has since been inspected twice.",
    ],
)
def test_round_96_near_misses(reader: Grammar, text: str) -> None:
    assert unqualified_grades(reader, text) == []
