"""Round 120 of the judgment grammar (issue 16), on batch 73's failures (spent after round
119): the grade restated in a narrative's body by the five-point definitions' own verbs ("has
met substantially all the characteristics of good", "substantially exceeds the characteristics
of good"), by our evidence ("Our evidence supports a grade of adequate for ...", "these findings
place ... at the level of good"), by the grade named as a noun's ("the grade of good we have
given the force for ...") and by a grade denied twice after "cannot yet be". Made-up sentences
of this file's own."""

from __future__ import annotations

from typing import Any

import pytest

from peelcheck.prose.judgments import Grammar
from tests.judgment_helpers import grades_with_and_without, unqualified_grades

AVON = "Avon Fire Brigade"


@pytest.mark.parametrize(
    ("path", "word", "text", "grade"),
    [
        (
            ("verbs", "Good"),
            "has met substantially all the characteristics of good",
            f"We found that {AVON} has met substantially all the characteristics of good in how"
            " it prevents fires.",
            "Good",
        ),
        (
            ("verbs", "Good"),
            "meets substantially all the characteristics of good",
            f"{AVON} meets substantially all the characteristics of good in how it protects the"
            " public.",
            "Good",
        ),
        (
            ("verbs", "Outstanding"),
            "substantially exceeds the characteristics of good",
            f"Our judgment is that {AVON} substantially exceeds the characteristics of good in"
            " how it responds to fires.",
            "Outstanding",
        ),
        (
            ("frames",),
            "supports a grade of {grade} for {name}",
            "Our evidence supports a grade of adequate for the brigade's work to promote fairness.",
            "Adequate",
        ),
        (
            ("frames",),
            "supports a grade of {grade} for {np}",
            "Our evidence supports a grade of adequate for its work to promote fairness.",
            "Adequate",
        ),
        (
            ("frames",),
            "places {np} at the level of {grade}",
            "This evidence places the brigade's response to fires at the level of good.",
            "Good",
        ),
        (
            ("frames",),
            "place {np} at the level of {grade}",
            "Overall, these findings place the brigade's response to fires at the level of good.",
            "Good",
        ),
        (
            ("frames",),
            "the grade of {grade} we have given {np} for",
            "What we saw is consistent with the grade of good we have given the brigade for its"
            " prevention work.",
            "Good",
        ),
        (
            ("clause", "denied_copulas"),
            "cannot yet be",
            f"{AVON} cannot yet be considered anything other than inadequate in the way it"
            " manages its people.",
            "Inadequate",
        ),
    ],
)
def test_round_120_the_grade_restated_in_a_body(
    reader: Grammar,
    grammar_data: dict[str, Any],
    path: tuple[str, ...],
    word: str,
    text: str,
    grade: str,
) -> None:
    assert grades_with_and_without(reader, grammar_data, path, word, text) == ([grade], [])


@pytest.mark.parametrize(
    "text",
    [
        # denied, hoped for, someone else's, or not the subject's
        f"{AVON} has not met substantially all the characteristics of good in how it prevents"
        " fires.",
        "Our evidence does not support a grade of good for its response to fires.",
        "Our evidence would support a grade of good for its response to fires.",
        "The brigade's self-assessment supports a grade of good for its response to fires.",
        "Our evidence supports a grade of good for the council's response to fires.",
        "These findings do not place its response to fires at the level of good.",
        f"{AVON} cannot yet be considered good at managing its people.",
    ],
)
def test_round_120_near_misses_state_no_grade(reader: Grammar, text: str) -> None:
    assert unqualified_grades(reader, text) == []
