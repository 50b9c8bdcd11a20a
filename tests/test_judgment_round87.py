"""Round 87 of the judgment grammar (issue 16), on a class of the tuning part's misses: the
subject has done enough to be graded, in the passive ("has made enough progress to be graded
good at ...", "it has since done enough to be graded good", "our answer is that it does so well
enough to be graded good"). Made-up sentences of this file's own."""

from __future__ import annotations

from typing import Any

import pytest

from peelcheck.prose.judgments import Grammar
from tests.judgment_helpers import grades_with_and_without, unqualified_grades


@pytest.mark.parametrize(
    ("frame", "text", "grade"),
    [
        (
            "{np} has made enough progress to be graded {grade}",
            "Avon Fire Brigade has made enough progress to be graded good at protecting the "
            "public.",
            "Good",
        ),
        (
            "{np} has since made enough progress to be graded {grade}",
            "In 2022 its protection was inadequate; it has since made enough progress to be "
            "graded adequate.",
            "Adequate",
        ),
        (
            "{np} has done enough to be graded {grade}",
            "Avon Fire Brigade has done enough to be graded requires improvement.",
            "Requires improvement",
        ),
        (
            "{np} has since done enough to be graded {grade}",
            "In 2019 we graded its prevention inadequate; it has since done enough to be graded "
            "good.",
            "Good",
        ),
        (
            "well enough to be graded {grade}",
            "Our answer is that the brigade protects the public well enough to be graded good.",
            "Good",
        ),
    ],
)
def test_round_87_enough_to_be_graded(
    reader: Grammar, grammar_data: dict[str, Any], frame: str, text: str, grade: str
) -> None:
    assert grades_with_and_without(reader, grammar_data, ("frames",), frame, text) == ([grade], [])


@pytest.mark.parametrize(
    "text",
    [
        # not enough, not yet, a hope, someone else's word or another body's progress
        "Avon Fire Brigade has not made enough progress to be graded good at protection.",
        "Avon Fire Brigade has yet to make enough progress to be graded good.",
        "The brigade is not performing well enough to be graded good for protection.",
        "The brigade hopes it has done enough to be graded good.",
        "Partners told us the brigade has done enough to be graded good.",
        "The regional unit has done enough to be graded good.",
    ],
)
def test_round_87_not_enough_is_no_grade(reader: Grammar, text: str) -> None:
    assert unqualified_grades(reader, text) == []
