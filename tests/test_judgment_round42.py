"""Round 42 of the judgment grammar (issue 16), on batch 38's failures (a hand writing
letters and closing summaries in the past tense): verb grades in the past (`past_verbs`), read
as a past copula is; a verb grade carried before "grade" ("receives a requires improvement
grade for"); another's view told as its own. Made-up sentences of this file's own."""

from __future__ import annotations

from typing import Any

import pytest

from peelcheck.prose.judgments import Grammar, grammar
from tests.judgment_helpers import grades_read, unqualified_grades


@pytest.mark.parametrize(
    "text",
    [
        "The brigade required improvement in the way it responded to emergency calls.",
        "Its handling of complaints, we found, required improvement.",
        "The way the brigade treated the public fell short of what we expect of a good service.",
        "Avon Fire Brigade did not reach the standard of good in how it developed leaders.",
    ],
)
def test_round_42_a_verb_grade_in_the_past(reader: Grammar, text: str) -> None:
    assert unqualified_grades(reader, text) == ["Requires improvement"]


@pytest.mark.parametrize(
    "text",
    [
        # another year's: a time anywhere in the sentence
        "Last time, the brigade required improvement in how it treated the public.",
        "In 2019 the brigade required improvement at understanding risk.",
        # someone else's
        "Some crews told us they thought the brigade required improvement in training.",
        # not the subject's work: the areas, records we saw
        "The brigade has looked at, and changed, the areas that required improvement.",
        "Most of the vetting files we sampled required improvement.",
        "The standard of the investigation files required improvement.",
    ],
)
def test_round_42_a_verb_grade_in_the_past_reads_nothing_else(reader: Grammar, text: str) -> None:
    assert grades_read(reader, text) == []


def test_round_42_a_past_verb_grade_is_the_clauses_only(grammar_data: dict[str, Any]) -> None:
    # the frames' {verb} holds the present verb grades only: with the past ones moved into
    # `verbs`, a bare noun phrase in the past would read (what we saw, not a judgment)
    text = "The standard of the investigation files required improvement."
    assert grades_read(grammar(grammar_data), text) == []
    moved = dict(grammar_data)
    moved["verbs"] = {
        grade: [*phrases, *grammar_data["past_verbs"].get(grade, [])]
        for grade, phrases in grammar_data["verbs"].items()
    }
    moved["past_verbs"] = {}
    assert grades_read(grammar(moved), text) != []


def test_round_42_a_past_second_grade_qualifies_the_first(reader: Grammar) -> None:
    text = (
        "The brigade was good at preventing fires but required improvement in protecting the"
        " public through fire regulation."
    )
    assert grades_read(reader, text) == [("Good", True), ("Requires improvement", True)]


def test_round_42_a_verb_grade_carried_before_its_noun(reader: Grammar) -> None:
    text = "The brigade receives a Requires Improvement grade for its protection work."
    assert unqualified_grades(reader, text) == ["Requires improvement"]
    # near miss: an adjective grade was read so already
    assert unqualified_grades(reader, "The brigade receives a good grade for prevention.") == [
        "Good"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The brigade's assessment was that it required improvement at prevention; we disagree.",
        "It was clear to the chief fire officer that the brigade was adequate at prevention.",
    ],
)
def test_round_42_anothers_view_told_as_its_own(reader: Grammar, text: str) -> None:
    assert grades_read(reader, text) == []


def test_round_42_our_view_told_so_stays_ours(reader: Grammar) -> None:
    text = "Our assessment is that the brigade requires improvement in how it trains crews."
    assert unqualified_grades(reader, text) == ["Requires improvement"]
