"""Round 74 of the judgment grammar (issue 16), on batch 54's misses (year-on-year sentences,
spent): a table row's bracket may name the earlier inspection rather than its year
("Understanding risk – outstanding (previous inspection: good)", "good (at the 2018/19
inspection: requires improvement)"), and previous-grade-statement reads both grades of such
a row without a year in the sentence. Made-up sentences of this file's own."""

from __future__ import annotations

import pytest

from peelcheck.prose.judgments import Grammar
from tests.judgment_helpers import contradictions, unqualified_grades, year_on_year

FRS = ("FRS", "2021/22")


@pytest.mark.parametrize(
    ("text", "now", "before"),
    [
        ("Prevention – outstanding (previous inspection: good).", "Outstanding", "Good"),
        (
            "Protection: good (last inspection: requires improvement).",
            "Good",
            "Requires improvement",
        ),
        (
            "Response — good (at the 2018/19 inspection: requires improvement).",
            "Good",
            "Requires improvement",
        ),
        ("Prevention: good (in our 2019 inspection: inadequate).", "Good", "Inadequate"),
        ("Prevention: good (at our last inspection: outstanding).", "Good", "Outstanding"),
    ],
)
def test_round_74_a_bracket_naming_the_earlier_inspection(text: str, now: str, before: str) -> None:
    assert year_on_year(text, now, before) == []  # both grades as the draft has them
    wrong_now = year_on_year(text, "Inadequate" if now != "Inadequate" else "Good", before)
    assert len(wrong_now) == 1 and "this year's grade" in wrong_now[0]
    wrong_before = year_on_year(text, now, "Inadequate" if before != "Inadequate" else "Good")
    assert len(wrong_before) == 1 and "last year's grade" in wrong_before[0]


@pytest.mark.parametrize(
    "text",
    [
        # no grade of now before the bracket, or one of another body
        "Protection (last inspection: requires improvement).",
        "The regional unit is outstanding (previous inspection: good).",
        # a bracket naming no earlier inspection
        "Prevention: outstanding (the service's own view: good).",
    ],
)
def test_round_74_no_row_of_an_earlier_inspection(text: str) -> None:
    assert year_on_year(text, "Inadequate", "Requires improvement") == []


def test_round_74_the_bracket_s_grade_is_not_this_years(reader: Grammar) -> None:
    text = "Prevention – good (previous inspection: requires improvement)."
    assert unqualified_grades(reader, text, "Avon Fire and Rescue Service") == ["Good"]
    assert contradictions(text, *FRS, "Good", ("narrative-contradicts-grade",)) == []
