"""Round 86 of the judgment grammar (issue 16), on a class of the tuning part's misses: our
evidence as the voice that moves us to our grade ("What we found leads us to grade the service
as good at ...", "What we saw in the control room led us to grade the force inadequate at
..."), and a negation by "nothing" or "none" before a judgment in its clause ("Nothing we
found leads us to grade ...", "None of its graded areas is inadequate"): no grade. Made-up
sentences of this file's own."""

from __future__ import annotations

from typing import Any

import pytest

from peelcheck.prose.judgments import Grammar
from tests.judgment_helpers import grades_with_and_without


@pytest.mark.parametrize(
    ("voice", "text", "grade"),
    [
        (
            "leads us to",
            "Taken as a whole, the evidence leads us to grade Avon Fire Brigade as adequate at "
            "responding to fires.",
            "Adequate",
        ),
        (
            "lead us to",
            "Our findings on efficiency lead us to grade the brigade as good.",
            "Good",
        ),
        (
            "led us to",
            "What we saw in the control room led us to grade the brigade inadequate at "
            "answering emergency calls.",
            "Inadequate",
        ),
    ],
)
def test_round_86_our_evidence_leads_us_to_a_grade(
    reader: Grammar, grammar_data: dict[str, Any], voice: str, text: str, grade: str
) -> None:
    assert grades_with_and_without(
        reader, grammar_data, ("clause", "judging_voices"), voice, text
    ) == ([grade], [])


@pytest.mark.parametrize(
    ("word", "text"),
    [
        ("nothing", "Nothing we found leads us to grade the brigade as good at protection."),
        (
            "none",
            "None of Avon Fire Brigade's graded areas is inadequate, but four require improvement.",
        ),
    ],
)
def test_round_86_nothing_and_none_deny_the_grade(
    reader: Grammar, grammar_data: dict[str, Any], word: str, text: str
) -> None:
    read, unread = grades_with_and_without(reader, grammar_data, ("not_before",), word, text)
    assert read == []
    assert unread != []
