"""Round 122 of the judgment grammar (issue 16), on batch 74's failures (spent after round
119): a grade dated by a list of times that runs to now, ending its clause, is this year's grade
too ("... outstanding for investigating crime in 2022, 2024 and again this year", "in 2022, 2024
and now 2026", "Outstanding in 2018/19 and again at this inspection, ..."). Made-up sentences of
this file's own."""

from __future__ import annotations

import pytest

from peelcheck.prose.judgments import Grammar
from tests.judgment_helpers import grades_read

AVON = "Avon Fire and Rescue Service"


@pytest.mark.parametrize(
    "text",
    [
        f"We graded {AVON} outstanding for preventing fires in 2019, 2022 and again this year.",
        f"{AVON} has been outstanding at preventing fires in 2019, 2022 and now 2025.",
        f"{AVON} has been outstanding at preventing fires in 2022 and again at this inspection.",
    ],
)
def test_round_122_a_list_of_times_to_now_is_this_years(reader: Grammar, text: str) -> None:
    assert [g for g, _ in grades_read(reader, text, AVON)] == ["Outstanding"]


@pytest.mark.parametrize(
    ("text", "grades"),
    [
        # the list stops before now, or "now" opens a clause of its own
        (f"{AVON} was outstanding at preventing fires in 2019 and 2022.", []),
        (f"{AVON} has been outstanding at preventing fires in 2019 and 2022.", []),
        (
            f"{AVON} has been good at preventing fires in 2022 and now it is adequate.",
            ["Adequate"],
        ),
    ],
)
def test_round_122_a_list_that_stops_before_now_stays_dated(
    reader: Grammar, text: str, grades: list[str]
) -> None:
    assert [g for g, _ in grades_read(reader, text, AVON)] == grades
