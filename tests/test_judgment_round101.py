"""Round 101 of the judgment grammar (issue 16), on the tuning part's failures in
previous-grade-statement: a fall back to a grade held before ("has fallen back to requires
improvement"), a grade kept in the opening clause before a change of another part ("kept its
good grade for A but fell back to adequate in B"), and a move to a grade of an earlier time
followed by this year's ("fell to inadequate at our 2019 inspection and has risen to requires
improvement this time"). Made-up sentences of this file's own."""

from __future__ import annotations

import pytest

from tests.judgment_helpers import FRS_2021, year_on_year

SERVICE = "Avon Fire and Rescue Service"


@pytest.mark.parametrize(
    ("words", "text"),
    [
        (
            "fallen back to",
            f"{SERVICE} has fallen back to requires improvement at preventing fires.",
        ),
        ("slipped back to", f"{SERVICE} has slipped back to inadequate at protecting the public."),
        ("dropped back to", f"{SERVICE} has dropped back to requires improvement for efficiency."),
        ("fell back to", f"This year {SERVICE} fell back to requires improvement for efficiency."),
    ],
)
def test_round_101_a_fall_back_to_a_grade_is_a_fall(words: str, text: str) -> None:
    # a fall with both grades the same disagrees; with this year's grade lower it agrees
    messages = year_on_year(text, "Good", "Good", FRS_2021)
    assert len(messages) == 1 and f"'{words}'" in messages[0], messages
    assert year_on_year(text, "Requires improvement", "Good", FRS_2021) == []


KEPT_THEN_FELL = (
    f"{SERVICE} kept its good grade for preventing fires but fell back to adequate in protecting"
    " the public."
)


def test_round_101_a_grade_kept_first_is_the_first_parts() -> None:
    # the sentence's first part keeps good: a draft with good after good agrees with it
    assert year_on_year(KEPT_THEN_FELL, "Good", "Good", FRS_2021) == []
    messages = year_on_year(KEPT_THEN_FELL, "Requires improvement", "Good", FRS_2021)
    assert len(messages) == 1 and "'kept its good'" in messages[0], messages


def test_round_101_a_grade_kept_after_a_comma_is_not_first() -> None:
    # the grade kept in an aside is the neighbour's: the fall is the subject's
    text = (
        f"Unlike its neighbour, which held its good grade for efficiency, {SERVICE} fell to"
        " requires improvement."
    )
    messages = year_on_year(text, "Good", "Good", FRS_2021)
    assert len(messages) == 1 and "'fell to'" in messages[0], messages
    assert year_on_year(text, "Requires improvement", "Good", FRS_2021) == []


FELL_THEN_ROSE = (
    f"{SERVICE}'s grade for preventing fires fell to inadequate at our 2019 inspection and has"
    " risen to requires improvement this time."
)


def test_round_101_a_move_of_an_earlier_time_gives_way_to_this_years() -> None:
    assert year_on_year(FELL_THEN_ROSE, "Requires improvement", "Inadequate", FRS_2021) == []
    messages = year_on_year(FELL_THEN_ROSE, "Inadequate", "Inadequate", FRS_2021)
    assert len(messages) == 1 and "'risen to'" in messages[0], messages


def test_round_101_a_grade_of_now_dated_alone_is_still_read() -> None:
    # one phrase of this year's grade, its year after it: still this year's grade
    text = (
        f"{SERVICE}'s prevention work, graded good in 2018 and again in 2019, remains good in 2021."
    )
    assert len(year_on_year(text, "Requires improvement", "Good", FRS_2021)) == 1
