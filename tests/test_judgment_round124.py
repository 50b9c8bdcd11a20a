"""Round 124 of the judgment grammar (issue 16), on the tuning part's failures: a year straight
before our verb of judging in the present dates no grade, the present tense saying this
inspection's ("...; in 2016 we judge it to be good", the report's own year); our verb in the
past after a year stays that year's. Made-up sentences of this file's own."""

from __future__ import annotations

import pytest

from peelcheck.prose.judgments import Grammar
from tests.judgment_helpers import grades_read

AVON = "Avon Fire and Rescue Service"


@pytest.mark.parametrize(
    "text",
    [
        f"{AVON} was judged to require improvement in 2019; in 2022 we judge it to be good.",
        f"{AVON} required improvement in 2019; in 2022 we consider it to be good.",
    ],
)
def test_round_124_a_year_before_our_present_verb_is_now(reader: Grammar, text: str) -> None:
    assert [g for g, _ in grades_read(reader, text, AVON)] == ["Good"]


@pytest.mark.parametrize(
    "text",
    [
        f"In 2019 we judged {AVON} to be good.",
        f"In 2019 we found {AVON} good.",
        f"In 2019 {AVON} was good.",
    ],
)
def test_round_124_a_year_before_our_past_verb_stays_dated(reader: Grammar, text: str) -> None:
    assert grades_read(reader, text, AVON) == []
