"""Round 44 of the judgment grammar (issue 16), on the tuning part's judgments in relative
clauses: the noun phrase a relative clause refers to may be the object of a clause of its own
("We found little to praise in the force's investigations, which are inadequate"), and that
clause's hedge does not reach the relative clause. Made-up sentences of this file's own."""

from __future__ import annotations

import pytest

from peelcheck.prose.judgments import Grammar
from tests.judgment_helpers import grades_read, unqualified_grades


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        (
            "We found little to praise in the brigade's fire safety audits, which are inadequate.",
            "Inadequate",
        ),
        (
            "There is little to commend in Avon Fire Brigade's training, which requires improvement.",
            "Requires improvement",
        ),
        (
            "The brigade has not done enough to improve how it vets its staff, which remains"
            " inadequate.",
            "Inadequate",
        ),
        (
            "We have some concerns about the brigade's efficiency, which we judge to require"
            " improvement.",
            "Requires improvement",
        ),
        (
            "We are not satisfied with the brigade's use of its fleet, which we grade inadequate.",
            "Inadequate",
        ),
    ],
)
def test_round_44_a_relative_clause_of_an_object(reader: Grammar, text: str, grade: str) -> None:
    assert unqualified_grades(reader, text) == [grade]


@pytest.mark.parametrize(
    "text",
    [
        # another body named as the antecedent, or owning it
        "The brigade works with the county council, which is good at planning.",
        "The brigade relies on its partners' work, which is good.",
        "Unlike its neighbour Cornwall, which requires improvement, the brigade has a plan.",
        # someone else's saying in the relative clause
        "We spoke to crews about the brigade's training, which they told us is good.",
        # the object of our own clause, bare: what we looked at
        "We looked at investigations, which are good.",
        # the hedge of the relative clause's own clause still holds
        "It is not clear that the brigade's approach, which is new, is good.",
    ],
)
def test_round_44_a_relative_clause_reads_nothing_else(reader: Grammar, text: str) -> None:
    assert grades_read(reader, text) == []


def test_round_44_two_relative_clauses_qualify_each_other(reader: Grammar) -> None:
    text = (
        "We have serious concerns about the brigade's response to calls, which we judge to be"
        " inadequate, and about its management of its fleet, which requires improvement."
    )
    assert grades_read(reader, text) == [("Inadequate", True), ("Requires improvement", True)]
