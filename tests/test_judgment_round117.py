"""Round 117 of the judgment grammar (issue 16), on batches 71's and 72's failures, now tuning
data: a grade not left is this year's grade ("has not lifted its grade for supporting victims
above inadequate", "has not been able to lift its protection work above requires
improvement", "has not moved beyond requires improvement"). Made-up sentences of this file's
own."""

from __future__ import annotations

from typing import Any

import pytest

from peelcheck.prose.judgments import Grammar
from tests.judgment_helpers import grades_with_and_without, unqualified_grades

BRIGADE = "Avon Fire Brigade"
RI = "Requires improvement"


@pytest.mark.parametrize(
    ("text", "frame", "grade"),
    [
        (
            f"{BRIGADE} has not lifted its grade for protection above inadequate since 2019.",
            "{np} has not lifted its {words} above {grade}",
            "Inadequate",
        ),
        (
            f"{BRIGADE} has not been able to lift its prevention work above requires improvement.",
            "{np} has not been able to lift its {words} above {grade}",
            RI,
        ),
        (
            f"{BRIGADE} has not done enough to lift its grade for values and culture above"
            " requires improvement.",
            "{np} has not done enough to lift its {words} above {grade}",
            RI,
        ),
        (
            f"{BRIGADE} has not moved beyond requires improvement in how it looks after its people.",
            "{np} has not moved beyond {grade}",
            RI,
        ),
        (
            f"{BRIGADE} has yet to move beyond adequate.",
            "{np} has yet to move beyond {grade}",
            "Adequate",
        ),
    ],
)
def test_round_117_a_grade_not_left_is_this_years(
    reader: Grammar, grammar_data: dict[str, Any], text: str, frame: str, grade: str
) -> None:
    assert grades_with_and_without(reader, grammar_data, ("frames",), frame, text) == (
        [grade],
        [],
    )


def test_round_117_a_grade_hoped_for_is_none(reader: Grammar) -> None:
    text = "We would expect its grade for protection to rise above adequate at our next inspection."
    assert unqualified_grades(reader, text) == []
