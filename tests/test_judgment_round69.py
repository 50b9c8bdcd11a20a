"""Round 69 of the judgment grammar (issue 16), on batch 52's failures and a class of the
tuning part's (spent batches): "this time" may follow an adjective grade as "this year" does
("were both graded inadequate this time", "we have judged it good this time"), and a grade given
"in both <year> and <year>" is those years', not this one's. Made-up sentences of this file's
own."""

from __future__ import annotations

from typing import Any

import pytest

from peelcheck.prose.judgments import Grammar, grammar
from tests.judgment_helpers import unqualified_grades, without


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        (
            "Its protection work was judged adequate in 2022, and we have judged it good this"
            " time.",
            "Good",
        ),
        ("Its prevention and protection work were both graded good this time.", "Good"),
    ],
)
def test_round_69_this_time_after_a_grade(reader: Grammar, text: str, grade: str) -> None:
    assert unqualified_grades(reader, text) == [grade]


def test_round_69_this_time_is_pack_data(reader: Grammar, grammar_data: dict[str, Any]) -> None:
    text = "Its prevention and protection work were both graded good this time."
    changed = grammar(without(grammar_data, ("clause", "after_grade"), "this time"))
    assert unqualified_grades(changed, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Its efficiency was graded requires improvement in both 2016 and 2017.",
        "Avon Fire Brigade was good at protection in both 2019 and 2021.",
        # "this time" of another time, or someone else's view
        "Avon Fire Brigade was good at protection this time last year.",
        "Partners told us Avon Fire Brigade is good this time.",
    ],
)
def test_round_69_not_read(reader: Grammar, text: str) -> None:
    assert unqualified_grades(reader, text) == []
