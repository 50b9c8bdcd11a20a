"""Round 54 of the judgment grammar (issue 16), on batch 45's misses (year-on-year
sentences): "again" before a time of now after the grade leaves it this inspection's ("was
good in 2019 and is good again now"), as the time alone has since round 20 (`present`). Made-up
sentences of this file's own."""

from __future__ import annotations

import pytest

from peelcheck.prose.judgments import Grammar
from tests.judgment_helpers import unqualified_grades, year_on_year

SUBJECT = "Avon Fire and Rescue Service"


@pytest.mark.parametrize(
    "text",
    [
        "Avon Fire and Rescue Service was outstanding at prevention in 2019 and is outstanding again now.",
        "Avon Fire and Rescue Service was outstanding at prevention in 2019 and is outstanding again this"
        " year.",
    ],
)
def test_round_54_again_before_a_time_of_now(reader: Grammar, text: str) -> None:
    assert unqualified_grades(reader, text, SUBJECT) == ["Outstanding"]
    # the earlier grade and this one agree only with an unchanged grade
    assert year_on_year(text, "Good", "Outstanding") != []


def test_round_54_again_in_an_earlier_year_stays_that_years(reader: Grammar) -> None:
    text = "Avon Fire and Rescue Service was good in 2016 and was good again in 2019."
    assert unqualified_grades(reader, text, SUBJECT) == []
