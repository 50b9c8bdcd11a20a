"""Round 70 of the judgment grammar (issue 16), on batch 51's misses and the tuning part's
(spent batches): someone else's view in an "as" aside straight after a grade ("Far from being
outstanding, as the service believed, its approach ... requires improvement") is of that
grade, not of the judgment after the aside. Made-up sentences of this file's own."""

from __future__ import annotations

import pytest

from peelcheck.prose.judgments import Grammar
from tests.judgment_helpers import unqualified_grades


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        (
            "Far from being outstanding, as the brigade believed, its prevention work requires"
            " improvement.",
            "Requires improvement",
        ),
        (
            "Far from being good, as the chief fire officer told us, Avon Fire Brigade's"
            " protection work is inadequate.",
            "Inadequate",
        ),
    ],
)
def test_round_70_someone_elses_grade_in_an_aside(reader: Grammar, text: str, grade: str) -> None:
    assert unqualified_grades(reader, text) == [grade]


@pytest.mark.parametrize(
    "text",
    [
        # the aside of the judgment itself, or someone else speaking again after it
        "As the chief fire officer told us, Avon Fire Brigade's protection work is inadequate.",
        "Avon Fire Brigade, as the chief fire officer told us, is good at protection.",
        "Far from being good, as the brigade believed, its protection work is, partners told"
        " us, inadequate.",
        # an aside not closed before the grade: the view is of this grade
        "Far from outstanding, as partners told us Avon Fire Brigade is good at protection.",
    ],
)
def test_round_70_someone_elses_judgment_still_not_read(reader: Grammar, text: str) -> None:
    assert unqualified_grades(reader, text) == []
