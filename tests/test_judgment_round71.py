"""Round 71 of the judgment grammar (issue 16), on a class of the tuning part's misses (spent
batches): a verb phrase denied by a plain negation, then "and" and this year's grade ("The
constabulary does not do enough to understand the communities it serves, and requires
improvement in this respect", "The force is not yet good at recording crime, and so requires
improvement"): the negation is of the first verb phrase only, and a grade it denies is no
judgment before the second. Made-up sentences of this file's own."""

from __future__ import annotations

import pytest

from peelcheck.prose.judgments import Grammar
from tests.judgment_helpers import unqualified_grades


@pytest.mark.parametrize(
    "text",
    [
        "The brigade does not do enough to check the training records of on-call crews, and"
        " requires improvement in this respect.",
        "Avon Fire Brigade is not yet good at protection, and so requires improvement.",
        "The brigade's protection work is not of a good standard and requires improvement.",
        "Its prevention work is not effective enough, and so requires improvement.",
        # (round 14 had this unread: the denied grade then stood in the way)
        "Its vetting is not good and requires improvement.",
    ],
)
def test_round_71_a_denied_verb_phrase_then_the_grade(reader: Grammar, text: str) -> None:
    assert unqualified_grades(reader, text) == ["Requires improvement"]


@pytest.mark.parametrize(
    "text",
    [
        # a hedge, a duty or a condition still makes no statement of the grade
        "Avon Fire Brigade should not wait, and needs to make sure it requires improvement plans.",
        "The brigade does not yet plan to check the training records of on-call crews and"
        " requires improvement.",
        # someone else's body, or a grade of its own before "and" that is not denied
        "The shared control room does not answer calls quickly and requires improvement.",
        "Avon Fire Brigade is good at prevention and requires improvement at protection.",
    ],
)
def test_round_71_not_read_as_one_grade(reader: Grammar, text: str) -> None:
    assert unqualified_grades(reader, text) != ["Requires improvement"]
