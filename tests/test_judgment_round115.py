"""Round 115 of the judgment grammar (issue 16), on batches 71's and 72's failures, now tuning
data: the standard of good no longer reached ("no longer meets the standard of a good
service", "does not now reach the standard of good"), a bound as round 39's are: Requires
improvement on the four-grade scale, no grade where Adequate stands between. Made-up sentences
of this file's own."""

from __future__ import annotations

from typing import Any

import pytest

from peelcheck.prose.judgment import on_scale
from peelcheck.prose.judgments import Grammar
from tests.judgment_helpers import grades_with_and_without

RI = "Requires improvement"


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        (
            "The brigade's protection work no longer meets the standard of a good service.",
            "no longer meets the standard of a good service",
        ),
        (
            "The brigade's protection work, good in 2019, no longer reaches the standard of good.",
            "no longer reaches the standard of good",
        ),
        (
            "The brigade's protection work does not now reach the standard of good.",
            "does not now reach the standard of good",
        ),
    ],
)
def test_round_115_the_standard_no_longer_reached_is_a_bound(
    reader: Grammar, grammar_data: dict[str, Any], text: str, verb: str
) -> None:
    assert grades_with_and_without(reader, grammar_data, ("verbs", RI), verb, text) == (
        [RI],
        [],
    )
    read = reader.read(text, 0, len(text), "Avon Fire Brigade")
    assert [j.bound for j in read] == [True]
    assert on_scale(read, adequate=True) == []  # Adequate between: no grade
