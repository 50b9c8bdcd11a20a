"""Round 55 of the judgment grammar (issue 16), on batch 45's misses (year-on-year
sentences): a move between two grades with the earlier grade's time between them ("has moved
from requires improvement in 2018/19 to good") gives both grades, as a move without the time
does; a second grade dated to another year is that year's. Made-up sentences of
this file's own."""

from __future__ import annotations

import pytest

from tests.judgment_helpers import year_on_year


@pytest.mark.parametrize(
    "text",
    [
        "Avon Fire and Rescue Service has moved from requires improvement in 2019 to good.",
        "Avon Fire and Rescue Service has gone up, from requires improvement in 2018/19 to good.",
        "Avon Fire and Rescue Service has moved from requires improvement at our last inspection"
        " to good at protecting the public.",
        "Avon Fire and Rescue Service has climbed from requires improvement last year to good.",
    ],
)
def test_round_55_a_move_with_the_earlier_grades_time(text: str) -> None:
    assert year_on_year(text, "Good", "Requires improvement") == []
    messages = year_on_year(text, "Inadequate", "Requires improvement")
    assert len(messages) == 1 and "Inadequate" in messages[0], messages


@pytest.mark.parametrize(
    "text",
    [
        # the second grade is another year's: a history, not this year's grade
        "Avon Fire and Rescue Service went from good in 2016 to outstanding in 2017.",
        "Avon Fire and Rescue Service moved from requires improvement in 2017 to good in 2018.",
    ],
)
def test_round_55_a_move_dated_to_another_year(text: str) -> None:
    messages = year_on_year(text, "Good", "Good")
    assert not any("this year's grade" in m for m in messages), messages
