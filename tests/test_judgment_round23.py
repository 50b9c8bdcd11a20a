"""Round 23 of the judgment grammar (issue 16), on batch 20's failures: classes, not
sentences. Made-up sentences of this file's own."""

from __future__ import annotations

from typing import Any

import pytest

from peelcheck.prose.judgments import Grammar, grammar
from tests.judgment_helpers import (
    grades_read,
    one_year_on_year_message,
    unqualified_grades,
    year_on_year,
)


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        # an aside of up to twelve words between the noun phrase and its verb
        (
            "Supervision of investigations, especially those led by the least experienced"
            " officers, requires improvement.",
            "Requires improvement",
        ),
        # a verb of saying inside a relative clause that closes before the grade
        (
            "Its promotion processes, which staff told us they do not trust, require improvement.",
            "Requires improvement",
        ),
        # "for" what a move's grade grades
        (
            "Avon Fire Brigade drops from outstanding to good for the way it inspects buildings.",
            "Good",
        ),
        # a first verb phrase joined by "and": a grade named as a noun's, and "now" first
        (
            "Avon Fire Brigade has lost the outstanding grade it held for prevention and is"
            " now graded good.",
            "Good",
        ),
        (
            "Avon Fire Brigade has gone down a grade for protection and now requires improvement.",
            "Requires improvement",
        ),
        (
            "Avon Fire Brigade protects the public well and still requires improvement at"
            " prevention.",
            "Requires improvement",
        ),
        # our passive with an adverb before the infinitive
        (
            "Avon Fire Brigade is judged by us to require improvement in how it trains staff.",
            "Requires improvement",
        ),
        # "an outstanding one", "awarded", "turned out to be"
        ("Avon Fire Brigade has become an outstanding one at preventing fires.", "Outstanding"),
        ("For its fire safety audits, Avon Fire Brigade is awarded good.", "Good"),
        ("Avon Fire Brigade turned out to be good at responding to fires.", "Good"),
    ],
)
def test_round_23_judgments_read(reader: Grammar, text: str, grade: str) -> None:
    assert unqualified_grades(reader, text) == [grade]


@pytest.mark.parametrize(
    "text",
    [
        # a parenthetical attribution still attributes the judgment
        "Its promotion processes, staff told us, require improvement.",
        # the grade inside the relative clause is theirs
        "Its promotion processes, which staff told us require improvement, are new.",
        "Avon Fire Brigade's new kit is good for the public.",
        # the first verb phrase holds a clause of its own
        "Avon Fire Brigade works with partners that are good and is outstanding at rescues.",
        "Overall, the picture is a good one, and the brigade should be proud of its staff.",
        # a relationship is no graded area
        "The brigade's relationship with its fire authority is good.",
        "Its working relationships with partners are outstanding.",
    ],
)
def test_round_23_near_misses_stay_unread(reader: Grammar, text: str) -> None:
    assert unqualified_grades(reader, text) == []


def test_round_23_aside_words_are_pack_data(reader: Grammar, grammar_data: dict[str, Any]) -> None:
    text = (
        "Supervision of investigations, especially those led by the least experienced"
        " officers, requires improvement."
    )
    assert unqualified_grades(reader, text, "Kent Police") == ["Requires improvement"]
    six = {**grammar_data, "clause": {**grammar_data["clause"], "aside_words": 6}}
    assert unqualified_grades(grammar(six), text, "Kent Police") == []


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # the rest of the subject's work graded in a clause of its own
        (
            "We graded the brigade good for prevention; everything else we inspected requires"
            " improvement.",
            [("Good", True)],
        ),
        (
            "Avon Fire Brigade is inadequate at prevention and protection, and the rest"
            " require improvement.",
            [("Inadequate", True)],
        ),
        # the same grade for the rest: no second grade
        (
            "Avon Fire Brigade is good at prevention, and the rest of its work is good too.",
            [("Good", False), ("Good", False)],
        ),
        # "elsewhere": another part
        (
            "Its protection work is good in the city and requires improvement elsewhere.",
            [("Good", True), ("Requires improvement", True)],
        ),
        # a part of the area before the judgment
        (
            "In parts of the county, Avon Fire Brigade is outstanding at rescues.",
            [("Outstanding", True)],
        ),
        (
            "Avon Fire Brigade is outstanding at rescues in all parts of the county.",
            [("Outstanding", False)],
        ),
    ],
)
def test_round_23_second_grades_and_parts(
    reader: Grammar, text: str, read: list[tuple[str, bool]]
) -> None:
    assert grades_read(reader, text) == read


@pytest.mark.parametrize(
    ("summary", "grade", "previous", "words"),
    [
        # a grade lost
        (
            "The service has lost the outstanding grade it held for prevention.",
            "Outstanding",
            "Outstanding",
            "has lost the outstanding",
        ),
        # the programme named in the earlier time, "slipped back", "no reason to change"
        (
            "Its grade is unchanged since our last PEEL inspection, at requires improvement.",
            "Good",
            "Requires improvement",
            "unchanged since our last PEEL inspection",
        ),
        (
            "The service has slipped back a grade, to requires improvement.",
            "Good",
            "Good",
            "slipped back a grade",
        ),
        (
            "We judged the service to be good in 2019 and we have no reason to change that"
            " judgment this year.",
            "Requires improvement",
            "Good",
            "no reason to change that judgment",
        ),
    ],
)
def test_round_23_year_on_year_in_other_words(
    summary: str, grade: str, previous: str, words: str
) -> None:
    assert words in one_year_on_year_message(summary, grade, previous)


@pytest.mark.parametrize(
    ("summary", "grade", "previous"),
    [
        (
            "The service has lost the outstanding grade it held for prevention.",
            "Good",
            "Outstanding",
        ),
        ("The service has not lost its good grade for prevention.", "Good", "Good"),
        ("The service has lost the trust of some staff.", "Good", "Good"),
    ],
)
def test_round_23_year_on_year_agreeing_with_the_grades(
    summary: str, grade: str, previous: str
) -> None:
    assert year_on_year(summary, grade, previous) == []
