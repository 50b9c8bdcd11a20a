"""Round 102 of the judgment grammar (issue 16), on batches 67's and 68's failures: the
assessments the subject writes are no judgment of it ("The service's equality impact
assessments were inadequate"), our own clause drawn as a conclusion after someone else's words
("..., and for this reason we judge it to be outstanding at ..."), an earlier grade's time
after "after being" or a sameness ("has fallen back to adequate ... after being good in 2022",
"Its good grade for ... is the same as in 2019"), and the subject's grade as what its work
brings about ("Strong leadership has made the force good at ..."). Made-up sentences of this
file's own."""

from __future__ import annotations

from typing import Any

import pytest

from peelcheck.prose.judgments import Grammar
from tests.judgment_helpers import grades_with_and_without, unqualified_grades


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        (
            "Avon Fire Brigade's equality impact assessments were inadequate, and many were late.",
            "Inadequate",
        ),
        ("We judge the quality of the brigade's risk assessments to be good.", "Good"),
    ],
)
def test_round_102_the_assessments_it_writes_are_no_judgment(
    reader: Grammar, grammar_data: dict[str, Any], text: str, grade: str
) -> None:
    assert grades_with_and_without(
        reader, grammar_data, ("not_subjects",), "assessments", text
    ) == ([], [grade])


def test_round_102_its_approach_to_assessments_is_still_its_work(reader: Grammar) -> None:
    text = "Avon Fire Brigade's approach to fire safety assessments is good."
    assert unqualified_grades(reader, text) == ["Good"]


@pytest.mark.parametrize(
    ("text", "grades"),
    [
        # "reported crime" is no one's words, and our conclusion follows in any case
        (
            "Avon Fire Brigade attended 96 percent of reported fires within target, and for this"
            " reason we judge it to be outstanding at responding to fires.",
            ["Outstanding"],
        ),
        (
            "Staff told us the brigade is outstanding at responding to fires, and as a result we"
            " judge it to be good at it.",
            ["Good"],
        ),
        # the staff's own grade stays theirs: no conclusion of ours follows it
        (
            "Staff told us the brigade is outstanding at responding to fires, and for this reason"
            " they are proud of it.",
            [],
        ),
    ],
)
def test_round_102_our_conclusion_after_someone_elses_words(
    reader: Grammar, text: str, grades: list[str]
) -> None:
    assert unqualified_grades(reader, text) == grades


@pytest.mark.parametrize(
    ("text", "grades"),
    [
        (
            "Avon Fire Brigade has fallen back to adequate at preventing fires after being good in"
            " 2022.",
            ["Adequate"],
        ),
        (
            "Avon Fire Brigade's efficiency grade fell back to requires improvement this year after"
            " it had been good in 2019.",
            ["Requires improvement"],
        ),
        (
            "Avon Fire Brigade's good grade for preventing fires is the same as in 2019.",
            ["Good"],
        ),
        # near misses: the time still dates a grade with nothing between it and the grade
        ("Avon Fire Brigade was adequate at preventing fires in 2022.", []),
        ("Avon Fire Brigade was good at preventing fires after a hard year in 2019.", []),
    ],
)
def test_round_102_an_earlier_grades_time_after_after_being_or_a_sameness(
    reader: Grammar, text: str, grades: list[str]
) -> None:
    assert unqualified_grades(reader, text) == grades


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        (
            "Strong leadership has made Avon Fire Brigade good at looking after its people.",
            "Good",
        ),
        (
            "Poor leadership in two departments has left Avon Fire Brigade inadequate at managing"
            " performance.",
            "Inadequate",
        ),
        (
            "Its home fire safety visits keep Avon Fire Brigade outstanding at preventing fires.",
            "Outstanding",
        ),
        (
            "The savings plan leaves Avon Fire Brigade adequate in how it uses its resources.",
            "Adequate",
        ),
    ],
)
def test_round_102_the_grade_its_work_brings_about(reader: Grammar, text: str, grade: str) -> None:
    assert unqualified_grades(reader, text) == [grade]


@pytest.mark.parametrize(
    "text",
    [
        # a hope, a bound, and someone else made good
        "The brigade hopes its new system will make it good at answering calls.",
        "We found none of the failings that would make Avon Fire Brigade inadequate at this.",
        "The new course has made Avon Fire Brigade's firefighters good at treating casualties.",
    ],
)
def test_round_102_near_misses_of_the_grade_brought_about(reader: Grammar, text: str) -> None:
    assert unqualified_grades(reader, text) == []
