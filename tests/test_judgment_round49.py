"""Round 49 of the judgment grammar (issue 16), on the tuning part's false alarms of
narrative-contradicts-grade about someone else: "it" after a clause saying another body runs
something; national bodies by their initials; a list opened by a neighbour's possessive; a
body's view named before the grade; previous-grade-statement leaves a sentence opening with
another body's noun phrase alone. Made-up sentences of this file's own."""

from __future__ import annotations

import pytest

from peelcheck.prose.judgments import Grammar
from tests.judgment_helpers import grades_read, unqualified_grades, year_on_year


@pytest.mark.parametrize(
    "text",
    [
        "The county's safeguarding hub is run by the county council, and we found it to be good.",
        "The fleet workshop that serves the brigade is operated by the police, and we found it"
        " adequate.",
        "The NFCC's leadership framework is good, and the brigade has used it well.",
        "Neighbouring Cornwall Fire and Rescue Service's training, prevention work and"
        " response are all good.",
        "In the fire authority's view, the brigade is good at managing performance, but we did"
        " not find the evidence to support this.",
        "In the commissioner's view, the brigade is outstanding at preventing fires.",
    ],
)
def test_round_49_someone_elses(reader: Grammar, text: str) -> None:
    assert grades_read(reader, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # "it" after a clause of the subject's own work is the subject's
        "The brigade's approach to vetting is new, and we found it to be good.",
        # a body's work the subject runs itself
        "The brigade's fleet workshop is run by the brigade itself, and we found its work to be"
        " good.",
        # the subject's own list
        "The brigade's training, prevention work and response are all good.",
        # our own view
        "In our view, the brigade is good at managing performance.",
    ],
)
def test_round_49_the_subjects_own(reader: Grammar, text: str) -> None:
    assert unqualified_grades(reader, text) == ["Good"]


def test_round_49_a_word_of_not_subjects_before_the_subjects_possessive(reader: Grammar) -> None:
    # ("nothing" is a word of not_subjects, but no name of another body follows it)
    text = (
        "We found nothing in the brigade's protection work that would justify a grade better"
        " than inadequate."
    )
    assert unqualified_grades(reader, text) == ["Inadequate"]


@pytest.mark.parametrize(
    "text",
    [
        "The regional organised crime unit, which was outstanding when we inspected it in 2019,"
        " is now good.",
        "The joint fire control that the service shares with two neighbouring services was"
        " graded good in 2019 and remains good.",
    ],
)
def test_round_49_another_bodys_year_on_year(text: str) -> None:
    assert year_on_year(text, "Good", "Good") == []


@pytest.mark.parametrize(
    "text",
    [
        "The service, which was outstanding in 2019, is now good.",
        # a body that wants to know of the subject's grade: the comparison is the subject's
        "The fire authority will want to know that the service's grade for protection has"
        " slipped to requires improvement, from the good we gave in 2019.",
    ],
)
def test_round_49_the_subjects_year_on_year(text: str) -> None:
    assert year_on_year(text, "Good", "Good") != []


@pytest.mark.parametrize(
    "text",
    [
        "The service has improved since 2019, but we have not changed its grade.",
        "Its response is better than it was in 2019, but we have yet to decide its grade.",
        "We cannot say whether its grade for response has gone up or down since 2019.",
    ],
)
def test_round_49_a_change_of_work_beside_no_change_of_grade(text: str) -> None:
    assert year_on_year(text, "Good", "Good") == []
    assert year_on_year(text, "Inadequate", "Good") == []


def test_round_49_a_change_of_grade_still_compares() -> None:
    text = "The service has improved since 2019, and we have raised its grade."
    assert year_on_year(text, "Good", "Good") != []
