"""Round 92 of the judgment grammar (issue 16), on batches 61's and 62's failures (spent after
round 91): "adequate" in a cycle graded on four points; an earlier inspection named by its
kind after a year ("in our 2022 national vetting inspection"); a conclusion drawn before the
subject ("For these reasons the force's ..."); a single respect and a single exception that
qualify a grade; a time counted on from ("A year on from 2016, ..."); "required improvement"
as an earlier grade, and the last of several earlier grades; a grade set against another
("now good rather than adequate as at our last inspection"); "has now moved up a grade, to".
Made-up sentences of this file's own."""

from __future__ import annotations

from typing import Any

import pytest

from peelcheck.prose.judgments import Grammar, grammar
from tests.judgment_helpers import (
    FRS_2021,
    contradictions,
    grades_read,
    grades_with_and_without,
    unqualified_grades,
    without,
    year_on_year,
)

FOUR_POINT = ("FRS", "2018/19")
FIVE_POINT = ("FRS", "2023-25")


def test_round_92_adequate_is_no_grade_on_a_four_point_scale() -> None:
    # the ordinary word in a cycle with no Adequate; the grade where the scale has it
    text = "Avon Fire Brigade's protection work is adequate, but few audits are followed up."
    rule = ("narrative-contradicts-grade",)
    assert contradictions(text, *FOUR_POINT, "Good", rule) == []
    (found,) = contradictions(text, *FIVE_POINT, "Good", rule)
    assert "adequate" in found


def test_round_92_adequate_in_a_summary_on_a_four_point_scale() -> None:
    # the summary names the question's topic (its title, "Protection")
    text = "Avon Fire Brigade's protection is adequate, and it is good at preventing fires."
    rule = ("summary-contradicts-question",)
    assert contradictions(text, *FOUR_POINT, "Good", rule) == []
    (found,) = contradictions(text, *FIVE_POINT, "Good", rule)
    assert "protection is adequate" in found


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "Avon Fire Brigade's vetting, which we found inadequate in our 2022 national vetting"
            " inspection, has since been overhauled.",
            "in our {year}",
        ),
        (
            "Avon Fire Brigade's vetting, which we found inadequate in the 2022 national round,"
            " has since been overhauled.",
            "in the {year}",
        ),
    ],
)
def test_round_92_an_earlier_inspection_named_by_its_kind(
    reader: Grammar, grammar_data: dict[str, Any], text: str, word: str
) -> None:
    assert grades_with_and_without(reader, grammar_data, ("past_after",), word, text) == (
        [],
        ["Inadequate"],
    )


@pytest.mark.parametrize(
    ("opening", "word"),
    [
        ("For these reasons", "reasons"),
        ("For this reason", "reason"),
        ("As a result", "result"),
    ],
)
def test_round_92_a_conclusion_drawn_before_the_subject(
    reader: Grammar, grammar_data: dict[str, Any], opening: str, word: str
) -> None:
    text = f"{opening} Avon Fire Brigade's protection work is judged to be outstanding."
    assert grades_with_and_without(reader, grammar_data, ("before_subject",), word, text) == (
        ["Outstanding"],
        [],
    )


@pytest.mark.parametrize(
    ("text", "path", "word"),
    [
        (
            "Avon Fire Brigade is outstanding in one respect: the speed with which it passes"
            " intelligence to its crews.",
            ("qualifying_after",),
            "in one respect",
        ),
        (
            "With one exception, the daytime cover of on-call engines, Avon Fire Brigade is good"
            " at responding to fires.",
            ("qualified_after",),
            "with one exception",
        ),
        (
            "Avon Fire Brigade is, with a few exceptions, good at responding to fires.",
            ("exceptions",),
            "with a few exceptions",
        ),
    ],
)
def test_round_92_a_single_respect_or_exception_qualifies_it(
    reader: Grammar, grammar_data: dict[str, Any], text: str, path: tuple[str, ...], word: str
) -> None:
    qualified = [grade for grade, limited in grades_read(reader, text) if limited]
    plain = grades_read(grammar(without(grammar_data, path, word)), text)
    assert qualified and not any(limited for _, limited in plain)


@pytest.mark.parametrize(
    ("text", "grades"),
    [
        ("A year on from 2016, Avon Fire Brigade is still good at preventing fires.", ["Good"]),
        ("Two years on from our 2019 inspection, Avon Fire Brigade is good at it.", ["Good"]),
        # the time itself, not counted on from
        ("In 2016, Avon Fire Brigade was good at preventing fires.", []),
        ("A year before 2016, Avon Fire Brigade was good at preventing fires.", []),
    ],
)
def test_round_92_a_time_counted_on_from(reader: Grammar, text: str, grades: list[str]) -> None:
    assert unqualified_grades(reader, text) == grades


@pytest.mark.parametrize(
    "text",
    [
        "Avon Fire and Rescue Service's protection work, which required improvement in 2019, is"
        " now good.",
        "Having required improvement in 2019, Avon Fire and Rescue Service is now good at"
        " protecting the public through fire regulation.",
        "Avon Fire and Rescue Service is good at protecting the public; when we last inspected,"
        " it required improvement.",
    ],
)
def test_round_92_required_improvement_as_an_earlier_grade(text: str) -> None:
    assert year_on_year(text, "Good", "Requires improvement", FRS_2021) == []
    (message,) = year_on_year(text, "Good", "Inadequate", FRS_2021)
    assert "Requires improvement" in message


@pytest.mark.parametrize(
    ("text", "previous", "other"),
    [
        # the later earlier grade is last year's, whichever way each is told
        (
            "In 2016 Avon Fire and Rescue Service required improvement in protecting the public;"
            " in 2019 we found it good; and in this inspection it is good again.",
            "Good",
            "Requires improvement",
        ),
        (
            "Inadequate in 2016; requires improvement in 2019; the service's protection work is"
            " now good.",
            "Requires improvement",
            "Inadequate",
        ),
    ],
)
def test_round_92_the_last_of_several_earlier_grades(text: str, previous: str, other: str) -> None:
    assert year_on_year(text, "Good", previous, FRS_2021) == []
    (message,) = year_on_year(text, "Good", other, FRS_2021)
    assert f"last year's grade as {previous}" in message


@pytest.mark.parametrize(
    ("text", "grades"),
    [
        (
            "Avon Fire Brigade's protection work is now good rather than adequate as at our last"
            " inspection.",
            ["Good"],
        ),
        (
            "Avon Fire Brigade's protection work is good instead of adequate as in 2019.",
            ["Good"],
        ),
        ("Avon Fire Brigade's protection work is good, compared with adequate in 2019.", ["Good"]),
        # the time straight after the grade is still that grade's
        ("Avon Fire Brigade's protection work was good at our last inspection.", []),
    ],
)
def test_round_92_a_grade_set_against_another(
    reader: Grammar, text: str, grades: list[str]
) -> None:
    assert unqualified_grades(reader, text) == grades


def test_round_92_now_inside_a_move_of_a_grade(
    reader: Grammar, grammar_data: dict[str, Any]
) -> None:
    text = "In how it prevents fires, Avon Fire Brigade has now moved up a grade, to outstanding."
    frame = "{np} has now {move} {few}, to {grade}"
    assert grades_with_and_without(reader, grammar_data, ("frames",), frame, text) == (
        ["Outstanding"],
        [],
    )
