"""Round 67 of the judgment grammar (issue 16), on a class of the tuning part's failures
(spent batches): a move told with this year's grade first, "to <grade> from <grade>" ("has
moved up to adequate from requires improvement", "has gone down to requires improvement,
from the good we gave in 2019"). The grade after "to" is this year's, the one after "from"
last year's, and a time after that earlier grade is its own. Made-up sentences of this
file's own."""

from __future__ import annotations

from typing import Any

import pytest

from peelcheck.prose.judgments import Grammar, grammar
from tests.judgment_helpers import unqualified_grades, without, year_on_year

BRIGADE = "Avon Fire Brigade"


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        ("Avon Fire Brigade has moved up to good from adequate.", "Good"),
        (
            "Avon Fire Brigade has risen to adequate from requires improvement in how it"
            " looks after its people.",
            "Adequate",
        ),
        (
            "The brigade's grade for protecting the public through fire regulation has gone"
            " down to requires improvement from the good we gave in 2019.",
            "Requires improvement",
        ),
        (
            "Avon Fire Brigade has slipped to inadequate, from the requires improvement we"
            " gave it at our last inspection.",
            "Inadequate",
        ),
    ],
)
def test_round_67_this_years_grade_before_from(reader: Grammar, text: str, grade: str) -> None:
    assert unqualified_grades(reader, text, BRIGADE) == [grade]


@pytest.mark.parametrize(
    "text",
    [
        # "from" naming no earlier grade: no judgment, as before
        "Avon Fire Brigade is good from the public's point of view.",
        "Avon Fire Brigade has risen to good from a low base.",
        "Avon Fire Brigade received good feedback from partners.",
        # the move dated before it to another year, or someone else's
        "In 2019, Avon Fire Brigade was good from start to finish.",
        "Partners told us Avon Fire Brigade has moved up to good from adequate.",
    ],
)
def test_round_67_not_read(reader: Grammar, text: str) -> None:
    assert unqualified_grades(reader, text, BRIGADE) == []


def test_round_67_from_after_a_grade_is_pack_data(
    reader: Grammar, grammar_data: dict[str, Any]
) -> None:
    text = "Avon Fire Brigade has moved up to good from adequate."
    changed = grammar(without(grammar_data, ("clause", "after_grade"), "from"))
    assert unqualified_grades(changed, text, BRIGADE) == []


@pytest.mark.parametrize(
    ("summary", "grade", "previous", "said"),
    [
        # the grade after "from" is last year's, not the one after "to"
        (
            "Avon Fire and Rescue Service has gone down to requires improvement from the good"
            " we gave in 2019.",
            "Requires improvement",
            "Outstanding",
            "last year's grade as Good",
        ),
        (
            "Avon Fire and Rescue Service has slipped to inadequate, from the requires"
            " improvement we gave in 2019.",
            "Inadequate",
            "Good",
            "last year's grade as Requires improvement",
        ),
    ],
)
def test_round_67_last_years_grade_is_the_one_after_from(
    summary: str, grade: str, previous: str, said: str
) -> None:
    messages = year_on_year(summary, grade, previous)
    assert len(messages) == 1 and said in messages[0], messages


@pytest.mark.parametrize(
    ("summary", "grade", "previous"),
    [
        (
            "Avon Fire and Rescue Service has gone down to requires improvement from the good"
            " we gave in 2019.",
            "Requires improvement",
            "Good",
        ),
        (
            "Avon Fire and Rescue Service has slipped to requires improvement, from the good"
            " it was given at our last inspection.",
            "Requires improvement",
            "Good",
        ),
    ],
)
def test_round_67_a_move_that_agrees_says_nothing(summary: str, grade: str, previous: str) -> None:
    assert year_on_year(summary, grade, previous) == []
