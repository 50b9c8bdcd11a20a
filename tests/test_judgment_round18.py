"""Round 18 of the judgment grammar (issue 16): a place, or a body the force works in, is
no part of the subject graded. Made-up sentences of this file's own."""

from __future__ import annotations

from typing import Any

import pytest

from peelcheck.prose.judgments import Grammar, grammar
from tests.judgment_helpers import unqualified_grades, without

PLACES = [
    ("The safeguarding hub's response to referrals is good.", "hub"),
    ("Its new custody centre is outstanding.", "centre"),
    ("The brigade's headquarters is inadequate.", "headquarters"),
    ("Its fire stations are good.", "stations"),
]


@pytest.mark.parametrize(("text", "word"), PLACES)
def test_round_18_a_place_or_a_hub_is_not_the_subject_graded(
    reader: Grammar, grammar_data: dict[str, Any], text: str, word: str
) -> None:
    assert unqualified_grades(reader, text) == []
    # pack data, not code: without its word the sentence is read as the subject's again
    changed = grammar(without(grammar_data, ("not_subjects",), word))
    assert unqualified_grades(changed, text) != []


def test_round_18_the_subject_s_work_at_a_hub_is_still_read(reader: Grammar) -> None:
    assert unqualified_grades(reader, "Its work with the safeguarding hub is good.") == ["Good"]
    assert unqualified_grades(
        reader, "The brigade is outstanding at answering calls at its control centre."
    ) == ["Outstanding"]
