"""Round 46 of the judgment grammar (issue 16), on batch 39's failures (a hand writing
sentences that list several areas and bodies at once): a year compared with another straight
after it is this inspection's, told in the present; a count of the areas after "at" limits a
judgment as one after "in" does; a list of the subject's work "are each good"; grades in
brackets and a list's verbless grades before "and its" are second grades; bodies named in a
list before a plural verb are each given the grade. Made-up sentences of this file's own."""

from __future__ import annotations

import pytest

from peelcheck.prose.judgments import Grammar
from tests.judgment_helpers import contradictions, grades_read, unqualified_grades


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        ("In 2023, as in 2021, the brigade is good at preventing fires.", "Good"),
        (
            "In 2022, unlike in 2019, the brigade requires improvement at protection.",
            "Requires improvement",
        ),
        (
            "In 2022, like in 2019, the brigade is outstanding at responding to fires.",
            "Outstanding",
        ),
        (
            "Unlike at our last inspection, when it was adequate, the brigade is good at"
            " responding to fires.",
            "Good",
        ),
    ],
)
def test_round_46_a_year_compared_is_this_inspections(
    reader: Grammar, text: str, grade: str
) -> None:
    assert unqualified_grades(reader, text) == [grade]


@pytest.mark.parametrize(
    "text",
    [
        # told in the past: another year's, as before
        "In 2019, as in 2017, the brigade was good at preventing fires.",
        "In 2019, as in 2017, the brigade was judged good at preventing fires.",
        # a year with no other compared to it
        "In 2019 the brigade is good at preventing fires, its report says.",
        "In 2019, the brigade was good at preventing fires.",
    ],
)
def test_round_46_a_year_not_compared_stays_another_years(reader: Grammar, text: str) -> None:
    assert unqualified_grades(reader, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Avon Fire Brigade is good at eight of the eleven areas we inspected.",
        "We have judged Avon Fire Brigade to be adequate at six of its eleven areas.",
    ],
)
def test_round_46_a_count_after_at_limits_the_judgment(text: str) -> None:
    assert contradictions(text, "FRS", "2023-25", "Requires improvement") == []


def test_round_46_a_judgment_of_one_area_after_at_still_contradicts() -> None:
    text = "Avon Fire Brigade is good at eight things it does to prevent fires."
    found = contradictions(text, "FRS", "2023-25", "Requires improvement")
    assert any("(Good)" in message for message in found)


def test_round_46_a_list_of_its_work_each_graded(reader: Grammar) -> None:
    text = (
        "The brigade's prevention work, its fire safety audits and its response to"
        " emergencies are each adequate."
    )
    assert unqualified_grades(reader, text) == ["Adequate"]
    other = (
        "The council's trading standards, the ambulance trust's response and the police's"
        " road safety work are each adequate."
    )
    assert grades_read(reader, other) == []


@pytest.mark.parametrize(
    "text",
    [
        "The brigade's effectiveness is good: understanding risk (good), preventing fires"
        " (outstanding) and response (good).",
        "The brigade's protection work (requires improvement) and its response to"
        " emergencies (adequate) both need attention.",
        "The brigade's response to fires is good, its protection work adequate and its"
        " future affordability good.",
    ],
)
def test_round_46_a_lists_other_grade_qualifies(reader: Grammar, text: str) -> None:
    read = grades_read(reader, text)
    assert read and all(qualified for _, qualified in read)


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        # the same grade throughout: nothing qualifies it
        (
            "The brigade's effectiveness is good: understanding risk (good), preventing fires"
            " (good) and response (good).",
            "Good",
        ),
        # another body's grade in brackets is not the subject's
        (
            "The brigade's protection work (requires improvement) and Cornwall Fire and"
            " Rescue Service (adequate) both need attention.",
            "Requires improvement",
        ),
        (
            "The brigade's response to fires is good, its protection work good and its"
            " future affordability good.",
            "Good",
        ),
    ],
)
def test_round_46_a_list_of_one_grade_stays_unqualified(
    reader: Grammar, text: str, grade: str
) -> None:
    assert unqualified_grades(reader, text) == [grade]


@pytest.mark.parametrize(
    "text",
    [
        "Avon Fire Brigade and Cornwall Fire and Rescue Service are both good at preventing fires.",
        "Cornwall Fire and Rescue Service, Avon Fire Brigade and Dorset & Wiltshire Fire and"
        " Rescue Service are all good at preventing fires.",
    ],
)
def test_round_46_bodies_listed_share_the_grade(reader: Grammar, text: str) -> None:
    assert unqualified_grades(reader, text) == ["Good"]


@pytest.mark.parametrize(
    "text",
    [
        # the subject not among them
        "Cornwall Fire and Rescue Service and Dorset & Wiltshire Fire and Rescue Service are"
        " both good at preventing fires.",
        # a singular verb: the last body's alone
        "Avon Fire Brigade works with Cornwall Fire and Rescue Service, which is good at"
        " preventing fires.",
    ],
)
def test_round_46_bodies_listed_without_the_subject(reader: Grammar, text: str) -> None:
    assert unqualified_grades(reader, text) == []


def test_round_46_a_name_holding_the_subjects_is_no_list(reader: Grammar) -> None:
    # "Dorset Police and Crime Commissioner": one body, its singular verb says so
    text = "The Dorset Police and Crime Commissioner is good at engaging the public."
    assert grades_read(reader, text, "Dorset Police") == []
