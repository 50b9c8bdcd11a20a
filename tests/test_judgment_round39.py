"""Round 39 of the judgment grammar (issue 16), on batch 33's failures (a hand writing long
sentences with the grade stated late): the standard of good not reached, a bound read by the
draft's scale; the inspectorate's own voice as an aside; our inspection bearing out someone
else's view; a relative clause after a preposition in an aside; a modal before the chain.
Made-up sentences of this file's own."""

from __future__ import annotations

from typing import Any

import pytest

from peelcheck.prose.grammar_data import GrammarData
from peelcheck.prose.judgment import Judgment, on_scale
from peelcheck.prose.judgments import Grammar
from tests.judgment_helpers import contradictions, grades_read, unqualified_grades


@pytest.mark.parametrize(
    "text",
    [
        "The brigade does not yet reach the standard of a good service in its protection work.",
        "The brigade's protection work does not yet meet the standard of a good service.",
        "The brigade's protection work fails to reach the standard of good.",
        "The brigade has slipped below the standard of a good service in its protection work.",
        "Its protection work falls short of good.",
    ],
)
def test_round_39_the_standard_not_reached_is_a_bound(reader: Grammar, text: str) -> None:
    read = reader.read(text, 0, len(text), "Avon Fire Brigade")
    assert [(j.grade, j.bound) for j in read] == [("Requires improvement", True)]
    assert on_scale(read, adequate=False) == read  # the four-grade scale: its grade
    assert on_scale(read, adequate=True) == []  # Adequate between: no grade


@pytest.mark.parametrize(
    "text",
    [
        "The brigade does not yet reach the standard of a good service in its protection work.",
        "The brigade falls short of what we expect of a good service in its protection work.",
    ],
)
def test_round_39_a_bound_states_its_grade_only_without_adequate(
    grammar_data: dict[str, Any], text: str
) -> None:
    # (a fresh grammar each time: `states` reads for one grade before any full reading)
    for adequate, stated in ((False, True), (True, False)):
        fresh = Grammar(GrammarData.model_validate(grammar_data))
        subject = "Avon Fire Brigade"
        grade = "Requires improvement"
        assert fresh.states(text, 0, len(text), subject, (), grade, adequate) is stated
        # and the same once the sentence has been read in full
        fresh.read(text, 0, len(text), subject)
        assert fresh.states(text, 0, len(text), subject, (), grade, adequate) is stated


def test_round_39_a_bound_by_the_drafts_scale() -> None:
    text = "The brigade does not yet reach the standard of a good service in its protection work."
    # the four-grade scale (FRS 2021/22): Requires improvement, against Good
    found = contradictions(text, "FRS", "2021/22", "Good")
    assert any(m.startswith("narrative-contradicts-grade:") for m in found), found
    assert any(m.startswith("summary-contradicts-question:") for m in found), found
    assert contradictions(text, "FRS", "2021/22", "Requires improvement") == []
    # Adequate between (FRS 2023-25): a bound, no grade, under Adequate and under Good
    assert contradictions(text, "FRS", "2023-25", "Adequate") == []
    assert contradictions(text, "FRS", "2023-25", "Good") == []
    # nor does it state Requires improvement there (narrative-states-grade's first sentence)
    states = ("narrative-states-grade",)
    assert contradictions(text, "FRS", "2021/22", "Requires improvement", states) == []
    assert contradictions(text, "FRS", "2023-25", "Requires improvement", states) != []


def test_round_39_a_grade_stated_outright_is_no_bound(reader: Grammar) -> None:
    text = "The brigade requires improvement in its protection work."
    read = reader.read(text, 0, len(text), "Avon Fire Brigade")
    assert [(j.grade, j.bound) for j in read] == [("Requires improvement", False)]
    assert on_scale(read, adequate=True) == read
    assert contradictions(text, "FRS", "2023-25", "Adequate") != []
    # (a bound is a field of its own, kept by `shifted`)
    moved = Judgment(0, 5, "Good", 0, 4, False, False, True).shifted(3)
    assert moved.bound and moved.start == 3


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        # (a judgment going on from an earlier clause: "and is now, we think, adequate")
        (
            "The brigade has got better at protecting the public and is now, we think, adequate"
            " in this area.",
            "Adequate",
        ),
        ("Its prevention work is, we believe, good.", "Good"),
        ("Its handling of 999 calls, which, we should say, has improved, is now good.", "Good"),
        ("The brigade's readiness for a major incident is in our view good.", "Good"),
    ],
)
def test_round_39_our_own_voice_as_an_aside(reader: Grammar, text: str, grade: str) -> None:
    assert unqualified_grades(reader, text) == [grade]


@pytest.mark.parametrize(
    "text",
    [
        # someone else's voice as an aside stays someone else's
        "The brigade is now, its chief fire officer thinks, adequate at protecting the public.",
        # our voice with no grade after it
        "The brigade is, we think, improving its protection work.",
    ],
)
def test_round_39_asides_near_misses(reader: Grammar, text: str) -> None:
    assert unqualified_grades(reader, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The brigade's own review graded its protection work as adequate, which matches our"
        " own finding.",
        "Partners told us that the brigade's prevention work is good, and our own inspection"
        " bore that out.",
    ],
)
def test_round_39_our_inspection_bears_out_their_view(reader: Grammar, text: str) -> None:
    assert len(unqualified_grades(reader, text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Partners told us that the brigade's prevention work is good, but our own inspection"
        " did not bear that out.",
        "The brigade's own review graded its protection work as adequate, which does not"
        " match our finding.",
    ],
)
def test_round_39_their_view_not_borne_out_stays_theirs(reader: Grammar, text: str) -> None:
    assert grades_read(reader, text) == []


def test_round_39_an_aside_after_a_preposition_holds_its_own_saying(reader: Grammar) -> None:
    text = (
        "The support it gives to injured firefighters, a matter about which the union's"
        " representatives felt strongly, is good."
    )
    assert unqualified_grades(reader, text) == ["Good"]
    # near miss: the saying in the judgment's own clause is still someone else's
    said = "The union's representatives felt strongly that the support it gives is good."
    assert grades_read(reader, said) == []


@pytest.mark.parametrize(
    "text",
    [
        "Our verdict on the brigade's response to fires would have been good, had its new"
        " mobilising system worked.",
        "Its response to fires could have been outstanding, had the upgrade gone to plan.",
        "Its response to fires might be good by the time of our next inspection.",
    ],
)
def test_round_39_a_modal_before_the_chain_states_no_grade(reader: Grammar, text: str) -> None:
    assert grades_read(reader, text) == []


def test_round_39_a_modal_elsewhere_leaves_the_grade(reader: Grammar) -> None:
    text = "Its response to fires has been good, and it would like to keep it so."
    assert unqualified_grades(reader, text) == ["Good"]
