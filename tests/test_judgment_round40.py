"""Round 40 of the judgment grammar (issue 16), on batch 36's false alarms (a hand writing
the long sentences of summaries: several topics, other bodies and reported views): a bound
"no higher than", a collaboration named by a relative clause, and the participle frames read
only at a sentence's opening. Made-up sentences of this file's own."""

from __future__ import annotations

import pytest

from peelcheck.prose.judgments import Grammar
from tests.judgment_helpers import grades_read, unqualified_grades


def test_round_40_no_higher_than_is_a_bound(reader: Grammar) -> None:
    text = "We found the brigade's protection work no higher than requires improvement."
    assert grades_read(reader, text) == []
    # near miss: "no better than" is a link (round 35), the grade stated
    assert unqualified_grades(reader, "Its protection work is no better than adequate.") == [
        "Adequate"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The joint fire control's handling of emergency calls, which the brigade shares with"
        " two neighbours, is good.",
        "The fleet workshop that the brigade runs jointly with the police is good.",
        "The shared call centre, which it operates with the ambulance trust, is outstanding.",
    ],
)
def test_round_40_work_shared_with_others_is_theirs_too(reader: Grammar, text: str) -> None:
    assert grades_read(reader, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a relative clause of the subject's own doing
        "Its handling of emergency calls, which the brigade improved this year, is good.",
        "Its prevention work, which the brigade shares out among its stations, is good.",
    ],
)
def test_round_40_a_relative_clause_of_its_own_leaves_the_grade(reader: Grammar, text: str) -> None:
    assert unqualified_grades(reader, text) == ["Good"]


def test_round_40_another_bodys_relative_clause_is_no_participle(reader: Grammar) -> None:
    # "which we judged outstanding at ..., <name>" is Essex Police's grade, not a participle
    # opening the sentence before its subject
    text = (
        "Unlike Essex Police, which we judged outstanding at preventing crime, Avon Fire"
        " Brigade is good at it."
    )
    assert grades_read(reader, text) == [("Good", False)]
    text = "Unlike the county's police, which we rated good at this, the brigade is adequate."
    assert grades_read(reader, text) == [("Adequate", False)]


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        # near misses: a participle opening the sentence is still read
        ("Judged good at preventing fires, the brigade has kept its standards up.", "Good"),
        ("Rated adequate in this area, the brigade understands most of its risk.", "Adequate"),
    ],
)
def test_round_40_a_participle_opening_the_sentence_is_read(
    reader: Grammar, text: str, grade: str
) -> None:
    assert unqualified_grades(reader, text) == [grade]


@pytest.mark.parametrize(
    "text",
    [
        "The brigade believes it is good at protecting the public, and our inspection bears"
        " that out.",
        "Partners told us that the brigade's prevention work is good, and our own inspection"
        " bears that out.",
    ],
)
def test_round_40_our_inspection_bears_that_out(reader: Grammar, text: str) -> None:
    assert unqualified_grades(reader, text) == ["Good"]
    # near miss: not borne out, their view stays theirs
    denied = text.replace("bears that out", "does not bear that out")
    assert grades_read(reader, denied) == []
