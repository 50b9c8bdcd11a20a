"""Round 83 of the judgment grammar (issue 16), on a class of the tuning part's misses: the
subject named by its kind in a relative clause, "a force (service, constabulary, fire and
rescue service) that is good at ...", after whatever leads to it ("the evidence shows",
"has grown into", "points to", "the picture is of"), with any link ("that is now adequate");
and the hope of becoming one, "to become a service that is good at ...", read as no grade, as
"what we want to see is a constabulary that is good at ..." is. Made-up sentences of this
file's own."""

from __future__ import annotations

from typing import Any

import pytest

from peelcheck.prose.judgments import Grammar
from tests.judgment_helpers import grades_with_and_without, unqualified_grades


@pytest.mark.parametrize(
    ("frame", "text", "grade"),
    [
        (
            "{a} force that {link} {grade}",
            "Taken as a whole, the evidence shows a force that is good at preventing crime.",
            "Good",
        ),
        (
            "{a} service that {link} {grade}",
            "What we saw in the control room points to a service that is inadequate at "
            "answering emergency calls.",
            "Inadequate",
        ),
        (
            "{a} constabulary that {link} {grade}",
            "Over four years it has grown into a constabulary that is outstanding at protecting "
            "children.",
            "Outstanding",
        ),
        (
            "{a} fire and rescue service that {link} {grade}",
            "In short, the people of the county have a fire and rescue service that is adequate "
            "at responding to fires.",
            "Adequate",
        ),
        (
            "{a} service that {link} {grade}",  # a link other than "is"
            "The culture we found in 2019 has given way to a service that is now good at "
            "promoting its values.",
            "Good",
        ),
    ],
)
def test_round_83_the_subject_named_by_its_kind(
    reader: Grammar, grammar_data: dict[str, Any], frame: str, text: str, grade: str
) -> None:
    assert grades_with_and_without(reader, grammar_data, ("frames",), frame, text) == ([grade], [])


@pytest.mark.parametrize(
    ("word", "text"),
    [
        (
            "want to",
            "What we want to see by our next visit is a service that is good at protection.",
        ),
        ("to become", "Its aim is to become a service that is outstanding at preventing fires."),
        ("to becoming", "It is committed to becoming a service that is good at preventing fires."),
        (
            "towards becoming",
            "It has worked hard towards becoming a service that is good at preventing fires.",
        ),
    ],
)
def test_round_83_a_hope_is_no_grade(
    reader: Grammar, grammar_data: dict[str, Any], word: str, text: str
) -> None:
    read, unread = grades_with_and_without(reader, grammar_data, ("not_before",), word, text)
    assert read == []
    assert unread != []


@pytest.mark.parametrize(
    "text",
    [
        # a negation, someone's claim, a comparison with no grade
        "This is not a service that is good at preventing fires.",
        "Leaders told us they lead a service that is good at preventing fires.",
        "It is a service that is better at preventing fires than it was in 2019.",
    ],
)
def test_round_83_not_read(reader: Grammar, text: str) -> None:
    assert unqualified_grades(reader, text) == []
