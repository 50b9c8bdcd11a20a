"""Round 97 of the judgment grammar (issue 16), on the tuning part's failures: a grade carried
over from another inspection is this report's ("our judgment from 2017, that the force was good
at investigating crime, has been carried over"). Made-up sentences of this file's own."""

from __future__ import annotations

from typing import Any

import pytest

from peelcheck.prose.judgments import Grammar
from tests.judgment_helpers import grades_with_and_without, unqualified_grades


@pytest.mark.parametrize(
    ("word", "text"),
    [
        (
            "has been carried over",
            "We did not inspect this question in 2019, and our judgment from 2017, that Avon Fire"
            " Brigade is good at preventing fires, has been carried over.",
        ),
        (
            "has been carried forward",
            "This question was not inspected in 2019, and our judgment of good from 2017 has been"
            " carried forward.",
        ),
    ],
)
def test_round_97_a_grade_carried_over_is_this_reports(
    reader: Grammar, grammar_data: dict[str, Any], word: str, text: str
) -> None:
    assert grades_with_and_without(reader, grammar_data, ("carried",), word, text) == (
        ["Good"],
        [],
    )


def test_round_97_a_judgment_overturned_is_not_carried(reader: Grammar) -> None:
    text = (
        "Our judgment from 2017, that Avon Fire Brigade is good at preventing fires, has been"
        " overturned."
    )
    assert unqualified_grades(reader, text) == []
