"""Round 106 of the judgment grammar (issue 16), on batches 67's and 68's failures: a grade of
another year carried to now by "has held that grade", the subject after a cause ("Poor
behaviour ... means the service falls short of what we expect of a good service in ..."), and
the evidence fronted with "what" someone told ("Given what 40 firefighters told us ..., the
service is inadequate at ..."). Made-up sentences of this file's own."""

from __future__ import annotations

from typing import Any

import pytest

from peelcheck.prose.judgments import Grammar
from tests.judgment_helpers import grades_with_and_without, unqualified_grades


def test_round_106_a_grade_held_since_is_this_years(
    reader: Grammar, grammar_data: dict[str, Any]
) -> None:
    text = "Avon Fire Brigade was good at preventing fires in 2019 and has held that grade."
    assert grades_with_and_without(
        reader, grammar_data, ("carried",), "has held that grade", text
    ) == (["Good"], [])


@pytest.mark.parametrize(
    ("word", "text", "grade"),
    [
        (
            "means",
            "Poor behaviour by some watch managers means Avon Fire Brigade falls short of what we"
            " expect of a good service in promoting its values.",
            "Requires improvement",
        ),
    ],
)
def test_round_106_the_subject_after_a_cause(
    reader: Grammar, grammar_data: dict[str, Any], word: str, text: str, grade: str
) -> None:
    assert grades_with_and_without(reader, grammar_data, ("before_subject",), word, text) == (
        [grade],
        [],
    )


@pytest.mark.parametrize(
    ("text", "grades"),
    [
        (
            "Given what 40 firefighters told us about their managers, Avon Fire Brigade is"
            " inadequate at promoting a healthy culture.",
            ["Inadequate"],
        ),
        # near misses: their view told, not our evidence
        (
            "From what staff told us, Avon Fire Brigade is good at promoting a healthy culture.",
            [],
        ),
        ("Staff told us that Avon Fire Brigade is good at promoting a healthy culture.", []),
    ],
)
def test_round_106_the_evidence_fronted_with_what_was_told(
    reader: Grammar, text: str, grades: list[str]
) -> None:
    assert unqualified_grades(reader, text) == grades
