"""Round 60 of the judgment grammar (issue 16), on batch 46's misses (year-on-year
sentences): a grade held ("has held its outstanding grade for ... since 2019") is kept, as
one maintained or retained is; an earlier grade that "stands again" is this inspection's too.
Made-up sentences of this file's own."""

from __future__ import annotations

import pytest

from tests.judgment_helpers import year_on_year


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        (
            "Avon Fire and Rescue Service has held its outstanding grade for protection since 2019.",
            "Outstanding",
        ),
        (
            "The good grade the service received for prevention in 2019 stands again in this"
            " inspection.",
            "Good",
        ),
    ],
)
def test_round_60_a_grade_kept(text: str, grade: str) -> None:
    assert year_on_year(text, grade, grade) == []
    assert year_on_year(text, "Requires improvement", grade) != []


def test_round_60_held_without_a_grade_keeps_nothing() -> None:
    text = "Avon Fire and Rescue Service has held its outstanding fire safety events since 2019."
    assert year_on_year(text, "Requires improvement", "Good") == []
