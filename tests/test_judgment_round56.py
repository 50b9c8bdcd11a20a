"""Round 56 of the judgment grammar (issue 16), on batches 46's and 48's false alarms
(year-on-year sentences; narrative bodies): a qualifying adverb straight before a verb grade
after a noun phrase, a quantified part or a part of the area after the grade, a sample counted
out of a count; and, for previous-grade-statement, a comparison said by someone else before
it, the national picture and a grading denied. Made-up sentences of this file's own."""

from __future__ import annotations

import pytest

from peelcheck.prose.judgments import Grammar
from tests.judgment_helpers import all_qualified, grades_read, unqualified_grades, year_on_year

FORCE = "Avon and Somerset Constabulary"


@pytest.mark.parametrize(
    ("text", "qualified"),
    [
        ("Its handling of crime reports generally requires improvement.", True),
        ("Its work with schools often requires improvement.", True),
        ("Its handling of crime reports requires improvement.", False),
        # a copula keeps the adverb the noun phrase's (round 47)
        ("Treating the public fairly is good.", False),
    ],
)
def test_round_56_an_adverb_before_a_verb_grade(
    reader: Grammar, text: str, qualified: bool
) -> None:
    read = grades_read(reader, text, FORCE)
    assert read and all(q == qualified for _, q in read), read


@pytest.mark.parametrize(
    "text",
    [
        "Supervision of investigations requires improvement in some teams.",
        "Its response to calls is good in several teams.",
        "Its response to calls requires improvement in the north of the county.",
    ],
)
def test_round_56_a_part_after_the_grade(reader: Grammar, text: str) -> None:
    assert all_qualified(reader, text, FORCE)


@pytest.mark.parametrize(
    "text",
    [
        "The force has been good at managing its finances for some time.",
        "The force is outstanding at preventing crime, the only force in the south west to be so.",
    ],
)
def test_round_56_not_a_part(reader: Grammar, text: str) -> None:
    assert len(unqualified_grades(reader, text, FORCE)) == 1


def test_round_56_some_of_its_districts_leaves_a_second_grade_read(reader: Grammar) -> None:
    # as the corpus's hands read it: the grade compared, the part only contrasted
    text = "It requires improvement at preventing crime in some of its districts but is good elsewhere."
    assert not any(j.limited for j in reader.read(text, 0, len(text), FORCE))


def test_round_56_a_direction_alone_ends_a_second_grades_clause(reader: Grammar) -> None:
    text = "Investigating crime: good in most districts, requires improvement in the west."
    read = reader.read(text, 0, len(text), FORCE)
    assert [j.grade for j in read] == ["Good", "Requires improvement"]
    assert not any(j.limited for j in read)  # two grades, not a limit of either


def test_round_56_a_sample_counted_out_of_a_count(reader: Grammar) -> None:
    assert grades_read(reader, "We judged the quality of 38 of the 60 case files to be good.") == []
    assert grades_read(reader, "The quality of 12 of the 40 crime files was inadequate.") == []
    # areas are no sample: a count of them leaves the grade read
    assert grades_read(reader, "We judged the force to be good in 5 of the 11 areas.", FORCE)


@pytest.mark.parametrize(
    ("text", "grade", "previous"),
    [
        (
            "According to its own self-assessment, the service has moved from requires improvement"
            " to good at protection.",
            "Inadequate",
            "Good",
        ),
        (
            "The service believes it has moved from requires improvement to good since 2019.",
            "Inadequate",
            "Good",
        ),
        (
            "Nationally, the proportion of fire and rescue services judged good at protection has"
            " risen since 2019.",
            "Good",
            "Good",
        ),
        (
            "Across England and Wales, the number of services graded outstanding has fallen since"
            " 2019.",
            "Good",
            "Good",
        ),
        (
            "Its results in the public survey are better than at our 2021/22 inspection, although we"
            " do not grade this area.",
            "Good",
            "Good",
        ),
    ],
)
def test_round_56_no_comparison_of_its_grade(text: str, grade: str, previous: str) -> None:
    assert year_on_year(text, grade, previous) == []


@pytest.mark.parametrize(
    ("text", "grade", "previous"),
    [
        # our own voice, and what someone will want to know, are no one else's saying
        (
            "HM Inspector said: 'Avon Fire and Rescue Service has moved from requires improvement to"
            " good at protection.'",
            "Inadequate",
            "Requires improvement",
        ),
        (
            "The fire authority will want to know that the service's grade for protection has"
            " slipped to requires improvement, from the good we gave in 2019.",
            "Good",
            "Good",
        ),
        # the service's own grade, not the national picture
        ("The service's grade for protection has risen since 2019.", "Good", "Good"),
        ("Its grade is better than at our 2021/22 inspection.", "Good", "Good"),
    ],
)
def test_round_56_its_comparison_still_read(text: str, grade: str, previous: str) -> None:
    assert year_on_year(text, grade, previous) != []
