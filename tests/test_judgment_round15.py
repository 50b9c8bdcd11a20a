"""Round 15 of the judgment grammar (issue 16): classes of phrasing read from fresh wording,
each a made-up sentence of this file's own, with its near miss that must give no grade."""

from __future__ import annotations

from typing import Any

import pytest

from peelcheck.prose.judgments import Grammar, grammar
from tests.judgment_helpers import unqualified_grades, without, year_on_year

# group 1: openings in another frame, "we find", "already", "by us"
CLASSES = [
    # a participle or a grade opening the sentence, its subject after the comma
    ("Graded good, the brigade still has a backlog of audits.", ["Good"]),
    ("Awarded an adequate grade for training, the brigade plans more.", ["Adequate"]),
    ("Good at rescues from water, the brigade still has work to do.", ["Good"]),
    ("Graded good in 2019, the brigade has since slipped.", []),
    ("Good at sharing data, the county council helps the brigade.", []),
    # the inspectorate's "find" in the present before the subject
    ("On fleet management, we find the brigade requires improvement.", ["Requires improvement"]),
    ("We find the crews require improvement in training.", []),
    # "already" and "by us" inside the chain
    ("The brigade is already good at rescues from water.", ["Good"]),
    ("Avon Fire Brigade is considered by us to be outstanding at rescues.", ["Outstanding"]),
    ("The brigade is already hoping to be good at rescues.", []),
]


@pytest.mark.parametrize(("text", "grades"), CLASSES)
def test_round_15_classes(reader: Grammar, text: str, grades: list[str]) -> None:
    assert unqualified_grades(reader, text) == grades


@pytest.mark.parametrize(
    ("path", "word", "text"),
    [
        (("frames",), "^ graded {grade}, {name}", CLASSES[0][0]),
        (("frames",), "awarded {a} {grade} grade {words}, {name}", CLASSES[1][0]),
        (("frames",), "^ {grade} at {words}, {name}", CLASSES[2][0]),
        (("before_subject",), "find", CLASSES[5][0]),
        (("clause", "adverbs"), "already", CLASSES[7][0]),
        (("clause", "adverbs"), "by us", CLASSES[8][0]),
    ],
)
def test_round_15_words_are_pack_data(
    grammar_data: dict[str, Any], path: tuple[str, ...], word: str, text: str
) -> None:
    # without the word, the sentence gives no grade
    assert unqualified_grades(grammar(grammar_data), text) != []
    assert unqualified_grades(grammar(without(grammar_data, path, word)), text) == []


def _qualified(reader: Grammar, text: str) -> list[tuple[str, bool]]:
    return [(j.grade, j.qualified) for j in reader.read(text, 0, len(text), "Avon Fire Brigade")]


# group 2: a limit that qualifies, "has since become"
LIMITS = [
    ("With the exception of its fleet, the brigade is good at rescues.", [("Good", True)]),
    ("The brigade has since become outstanding at rescues.", [("Outstanding", False)]),
    ("The brigade is good at rescues.", [("Good", False)]),
]


@pytest.mark.parametrize(("text", "read"), LIMITS)
def test_round_15_limits(reader: Grammar, text: str, read: list[tuple[str, bool]]) -> None:
    assert _qualified(reader, text) == read


@pytest.mark.parametrize(
    ("path", "word", "text"),
    [
        (("qualified_after",), "with the exception of", LIMITS[0][0]),
        (("clause", "adverbs"), "since", LIMITS[1][0]),
    ],
)
def test_round_15_limits_are_pack_data(
    grammar_data: dict[str, Any], path: tuple[str, ...], word: str, text: str
) -> None:
    assert _qualified(grammar(grammar_data), text) != _qualified(
        grammar(without(grammar_data, path, word)), text
    )


def test_round_15_a_third_inspection_running_is_the_same_grade() -> None:
    summary = "For the third inspection running, the service is outstanding at rescues."
    assert year_on_year(summary, "Outstanding", "Outstanding") == []
    assert year_on_year(summary, "Outstanding", "Good") != []


# group 3: "then" as an aside, a manner of two nouns with "with which", some way short of good
ASIDES = [
    ("Good, then, is our grade for the way the brigade answers calls.", ["Good"]),
    ("The speed and care with which the brigade answers calls is good.", ["Good"]),
    ("The speed and care with which the ambulance trust answers calls is good.", []),
    ("Its approach to rescues falls some way short of good.", ["Requires improvement"]),
    ("The county council falls some way short of good.", []),
]


@pytest.mark.parametrize(("text", "grades"), ASIDES)
def test_round_15_asides_and_manners(reader: Grammar, text: str, grades: list[str]) -> None:
    assert unqualified_grades(reader, text) == grades


@pytest.mark.parametrize(
    ("path", "word", "text"),
    [
        # ("then" among `asides` read ASIDES[0] until round 45, whose frames of a fronted
        # grade with an aside, "^ {grade}, {few}, is our {judgment} ...", read it either way)
        (("verbs", "Requires improvement"), "falls some way short of good", ASIDES[3][0]),
    ],
)
def test_round_15_asides_are_pack_data(
    grammar_data: dict[str, Any], path: tuple[str, ...], word: str, text: str
) -> None:
    assert unqualified_grades(grammar(grammar_data), text) != []
    assert unqualified_grades(grammar(without(grammar_data, path, word)), text) == []


# group 4: year on year: a grade not sustained, no change from a time, the first inspection
@pytest.mark.parametrize(
    ("summary", "grade", "previous", "other"),
    [
        ("Last year's grade of outstanding has not been sustained.", "Good", "Outstanding", "Good"),
        (
            "There is no change from our last inspection: the service remains good at rescues.",
            "Good",
            "Good",
            "Requires improvement",
        ),
        (
            "The service's grade for rescues has not moved since our first inspection.",
            "Good",
            "Good",
            "Inadequate",
        ),
    ],
)
def test_round_15_year_on_year(summary: str, grade: str, previous: str, other: str) -> None:
    assert year_on_year(summary, grade, previous) == []
    assert year_on_year(summary, grade, other) != []


# group 5: another year's grade carried to now by "that has not changed"
CARRIED = [
    ("Avon Fire Brigade was judged good in 2019 at rescues, and that has not changed.", ["Good"]),
    ("The brigade was judged good in 2019 at rescues, but that has since changed.", []),
]


@pytest.mark.parametrize(("text", "grades"), CARRIED)
def test_round_15_carried(reader: Grammar, text: str, grades: list[str]) -> None:
    assert unqualified_grades(reader, text) == grades


def test_round_15_carried_is_pack_data(grammar_data: dict[str, Any]) -> None:
    reduced = grammar(without(grammar_data, ("carried",), "that has not changed"))
    assert unqualified_grades(reduced, CARRIED[0][0]) == []


# group 6: the topic fronted before "we judge to be"
FRONTED = [
    ("Its handling of complaints we judge to be good.", ["Good"]),
    ("The areas we judge to be good include rescues.", []),
    ("Its partners we judge to be good.", []),
]


@pytest.mark.parametrize(("text", "grades"), FRONTED)
def test_round_15_fronted(reader: Grammar, text: str, grades: list[str]) -> None:
    assert unqualified_grades(reader, text) == grades


def test_round_15_fronted_is_pack_data(grammar_data: dict[str, Any]) -> None:
    # (round 25: any of our verbs, "{np} {we} to be {grade}", where "we judge" was written)
    reduced = grammar(without(grammar_data, ("frames",), "{np} {we} to be {grade}"))
    assert unqualified_grades(reduced, FRONTED[0][0]) == []


# group 7: a heading's grade with only adverbs between
@pytest.mark.parametrize(
    ("text", "grades"),
    [
        ("Rescues and training: both good.", ["Good"]),
        ("Prevention: good.", ["Good"]),
        ("In 2019: both good.", []),
        ("Partners: both good at sharing data.", []),
    ],
)
def test_round_15_heading_with_adverbs(reader: Grammar, text: str, grades: list[str]) -> None:
    assert unqualified_grades(reader, text) == grades


def test_round_15_a_fronted_grade_with_then_reads_since_round_45(
    grammar_data: dict[str, Any],
) -> None:
    text = ASIDES[0][0]
    assert unqualified_grades(grammar(without(grammar_data, ("asides",), "then")), text) == ["Good"]
    changed = without(grammar_data, ("asides",), "then")
    for frame in (
        "^ {grade}, {few}, is our {judgment} {name}",
        "^ {grade}, {few}, is our {judgment} {few} {name}",
    ):
        changed = without(changed, ("frames",), frame)
    assert unqualified_grades(grammar(changed), text) == []
