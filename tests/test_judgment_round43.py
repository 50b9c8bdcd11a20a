"""Round 43 of the judgment grammar (issue 16), on the tuning part's year-on-year sentences
(batches 37 and 38 spent): a grade kept with the time it was first given after it (`kept`), and
a grade moved to "since" a time. Made-up sentences of this file's own."""

from __future__ import annotations

import pytest

from peelcheck.prose.judgments import Grammar
from tests.judgment_helpers import grades_read, unqualified_grades


@pytest.mark.parametrize(
    "text",
    [
        "Avon Fire Brigade keeps the outstanding grade it was given in 2019 for prevention.",
        "The brigade has held on to the outstanding grade for prevention that we gave it in 2022.",
        "The brigade kept its outstanding grade for prevention, which it first earned in 2019.",
    ],
)
def test_round_43_a_grade_kept_with_the_time_it_was_given(reader: Grammar, text: str) -> None:
    assert unqualified_grades(reader, text) == ["Outstanding"]


@pytest.mark.parametrize(
    "text",
    [
        # near misses: not kept, or an earlier grade told alone
        "Avon Fire Brigade has not kept the outstanding grade it was given in 2019.",
        "The brigade would have kept its outstanding grade had it cleared its backlog.",
        "The brigade received an outstanding grade for prevention in 2019.",
    ],
)
def test_round_43_a_grade_not_kept_reads_nothing(reader: Grammar, text: str) -> None:
    assert grades_read(reader, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Its response to emergencies has gone from good to outstanding since our first inspection.",
        "The brigade's prevention work has moved from good to outstanding since 2019.",
    ],
)
def test_round_43_a_grade_moved_to_since_a_time(reader: Grammar, text: str) -> None:
    assert unqualified_grades(reader, text) == ["Outstanding"]


def test_round_43_a_grade_before_since_alone_is_no_grade(reader: Grammar) -> None:
    # near miss: the grade of another time, "since" it was given, is no reading of now
    text = "The brigade's prevention work was outstanding in 2019 and has declined since."
    assert grades_read(reader, text) == []
