"""Round 21 of the judgment grammar (issue 16), on batch 19's false alarms: classes, not
sentences. Made-up sentences of this file's own."""

from __future__ import annotations

import pytest

from peelcheck.prose.judgments import Grammar
from tests.judgment_helpers import all_qualified, grades_read


@pytest.mark.parametrize(
    "text",
    [
        # "not yet good" alone bounds the grade (below good) and gives none
        "Avon Fire Brigade is not yet good at prevention.",
        "Its audits are not yet good.",
        "The brigade is a long way from inadequate, but it is not yet good either.",
    ],
)
def test_round_21_not_yet_good_is_a_bound_not_a_grade(reader: Grammar, text: str) -> None:
    assert grades_read(reader, text) == []


def test_round_21_a_grade_after_the_bound_is_read(reader: Grammar) -> None:
    assert grades_read(
        reader, "The brigade is not yet good at audits; it requires improvement."
    ) == [("Requires improvement", False)]
    assert grades_read(reader, "Its vetting is not yet good enough and requires improvement.") == [
        ("Requires improvement", False)
    ]


@pytest.mark.parametrize(
    "text",
    [
        # another part of the subject's work compared after a contrast
        "Avon Fire Brigade is inadequate at prevention in the city, although in the county its work is much better.",
        "Its response in Bristol is good, while its response in rural areas is far worse.",
        # a count of the areas before the judgment
        "In three of the eleven areas we inspected, the brigade is good.",
    ],
)
def test_round_21_a_part_compared_or_counted_qualifies_the_judgment(
    reader: Grammar, text: str
) -> None:
    assert all_qualified(reader, text), grades_read(reader, text)


def test_round_21_someone_else_compared_leaves_the_judgment_whole(reader: Grammar) -> None:
    text = (
        "Avon Fire Brigade is inadequate at prevention, although the council's work is much better."
    )
    assert grades_read(reader, text) == [("Inadequate", False)]
