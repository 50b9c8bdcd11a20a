"""Round 58 of the judgment grammar (issue 16), on batch 46's misses (year-on-year
sentences): a table row read as prose, this year's grade with the earlier one in a bracket
after it ("Legitimacy: good (2016: requires improvement)", "adequate (previously requires
improvement)"), states this year's grade, and previous-grade-statement reads both grades.
Made-up sentences of this file's own."""

from __future__ import annotations

import pytest

from peelcheck.prose.judgments import Grammar
from tests.judgment_helpers import unqualified_grades, year_on_year

FORCE = "Avon and Somerset Constabulary"


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        ("Preventing crime: good (2021/22: requires improvement).", "Good"),
        ("Protection: requires improvement (2019: good).", "Requires improvement"),
        ("Responding to the public: adequate (previously requires improvement).", "Adequate"),
    ],
)
def test_round_58_a_row_states_this_years_grade(reader: Grammar, text: str, grade: str) -> None:
    assert unqualified_grades(reader, text, FORCE) == [grade]


def test_round_58_a_bracket_holding_more_than_a_grade_is_no_row() -> None:
    # the bracket's grade is of two areas, not the row's: no earlier grade of its own
    text = "Prevention: good (2019: requires improvement in two areas)."
    assert year_on_year(text, "Good", "Good") == []


@pytest.mark.parametrize(
    ("text", "now", "before"),
    [
        ("Prevention: good (2019: requires improvement).", "Good", "Requires improvement"),
        ("Protection: requires improvement (2021/22: good).", "Requires improvement", "Good"),
    ],
)
def test_round_58_a_row_gives_both_grades(text: str, now: str, before: str) -> None:
    assert year_on_year(text, now, before) == []
    assert year_on_year(text, "Inadequate", before) != []  # this year's grade differs
    assert year_on_year(text, now, "Outstanding") != []  # last year's grade differs
