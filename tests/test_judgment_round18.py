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


@pytest.mark.parametrize(
    "text",
    [
        # a grade compared with ("less than good"), like "better than" and "below"
        "We rated the brigade's prevention work as less than good this year.",
        # "a good service to the victims": the ordinary sense, with an article as without
        "Avon Fire Brigade provides an outstanding service to the victims of fires.",
    ],
)
def test_round_18_a_compared_grade_or_a_service_to_the_people_is_no_judgment(
    reader: Grammar, text: str
) -> None:
    assert unqualified_grades(reader, text) == []


def test_round_18_a_grade_still_stands_beside_them(reader: Grammar) -> None:
    # a service named with its topic still judges; a grade not compared still stands
    assert unqualified_grades(
        reader, "Avon Fire Brigade provides an outstanding service when it responds to fires."
    ) == ["Outstanding"]
    assert unqualified_grades(
        reader, "We rated the brigade's prevention work as good this year."
    ) == ["Good"]


@pytest.mark.parametrize(
    ("text", "grades"),
    [
        # "its" refers back to the body the sentence opened with: no judgment of the subject
        ("The regional fraud unit works across three counties, and its work is good.", []),
        ("A collaboration hub supports three services; we judged its performance outstanding.", []),
        # the subject named before the pronoun, or no body opening the sentence: read as before
        (
            "Avon Fire Brigade works with the regional unit, and its work is good.",
            ["Good"],
        ),
        ("The victims we spoke to were positive, and its service to them is good.", ["Good"]),
        ("Its work with the regional unit is good.", ["Good"]),
    ],
)
def test_round_18_its_after_another_body_opening_the_sentence(
    reader: Grammar, text: str, grades: list[str]
) -> None:
    assert unqualified_grades(reader, text) == grades
