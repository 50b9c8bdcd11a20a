"""Round 34 of the judgment grammar (issue 16), on batch 30's false alarms (a hand writing
plain narrative openings of the current cycles): classes, not sentences. Made-up sentences
of this file's own."""

from __future__ import annotations

import pytest

from peelcheck.prose.judgments import Grammar
from tests.judgment_helpers import all_qualified, grades_read, unqualified_grades, year_on_year


@pytest.mark.parametrize(
    "text",
    [
        # a possessive's work "alongside" someone: the work is still the subject's, so the
        # sentence states two grades
        "Its prevention work alongside the council and health partners is good; its"
        " protection work, however, requires improvement.",
        # a list's items after the first, each an area naming no one else
        "In summary: prevention, good; support for victims of fire, adequate; work with the"
        " ambulance trust on people in crisis, requires improvement.",
    ],
)
def test_round_34_second_grades_qualify(reader: Grammar, text: str) -> None:
    assert all_qualified(reader, text), grades_read(reader, text)


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        # a bound after the grade is no list's second grade
        ("The brigade is adequate, but not yet good, at prevention.", "Adequate"),
        ("We consider the brigade to be good, and not merely adequate, at prevention.", "Good"),
        ("The brigade has been graded good, rather than adequate, for prevention.", "Good"),
        # a grade named as an earlier judgment's is another year's
        (
            "Its grade for prevention has risen to adequate; the previous grade of requires"
            " improvement reflected poor funding.",
            "Adequate",
        ),
    ],
)
def test_round_34_one_grade_stays_unqualified(reader: Grammar, text: str, grade: str) -> None:
    assert unqualified_grades(reader, text) == [grade]


def test_round_34_an_attribution_may_name_whom_it_was_said_to(reader: Grammar) -> None:
    text = "The brigade is good at prevention, the chief fire officer said to the fire authority."
    assert grades_read(reader, text) == []
    assert unqualified_grades(reader, "The brigade is good at prevention, we said.") == ["Good"]


def test_round_34_a_year_on_year_comparison_someone_else_admits_is_theirs() -> None:
    said = (
        "“Our grade went from good to requires improvement, and we deserved it,” the chief"
        " fire officer admitted to the fire authority."
    )
    assert year_on_year(said, "Good", "Good") == []
    ours = "The service's grade went from good to requires improvement."
    assert year_on_year(ours, "Good", "Good") != []


def test_round_34_what_we_would_expect_of_a_good_service_and_a_bound(reader: Grammar) -> None:
    short = (
        "The brigade falls some way short of what we would expect of a good service in training."
    )
    assert unqualified_grades(reader, short) == ["Requires improvement"]
    # a bound below good: no grade where the scale has Adequate, as "is not yet good"; on the
    # four-grade scale Requires improvement (round 39: the tuning part's hands label it so
    # five to one in the four-grade cycles, and as no grade in those with Adequate)
    bound = "The brigade does not yet reach the standard of a good service in its audits."
    assert reader.read(bound, 0, len(bound), "Avon Fire Brigade", adequate=True) == []
    assert grades_read(reader, bound) == [("Requires improvement", False)]
