"""Round 51 of the judgment grammar (issue 16), on batch 45's false alarms of
previous-grade-statement (year-on-year sentences): a sentence opening with another force's or
service's name compares that body's grade; "not by enough to change its grade" keeps the
grade; "the first time we have graded the service as outstanding" is a rise, not a first
grading. Made-up sentences of this file's own, about Avon Fire and Rescue Service."""

from __future__ import annotations

import pytest

from tests.judgment_helpers import year_on_year


@pytest.mark.parametrize(
    "text",
    [
        "Wiltshire Fire and Rescue Service, a neighbour, dropped from good to requires"
        " improvement in the same area.",
        "Neighbouring Devon and Somerset Fire and Rescue Service remains good at protection, as"
        " it was in 2019.",
        "By contrast, Gloucestershire Fire and Rescue Service has moved from requires improvement"
        " to good since 2019.",
        "Since 2019, Avon Fire and Rescue Service's neighbour Dorset and Wiltshire Fire and Rescue"
        " Service has gone up from requires improvement to good.",
    ],
)
def test_round_51_another_services_year_on_year(text: str) -> None:
    assert year_on_year(text, "Good", "Good") == []
    assert year_on_year(text, "Requires improvement", "Good") == []


@pytest.mark.parametrize(
    "text",
    [
        # the subject by its own name, after a fronted phrase
        "Since 2019, Avon Fire and Rescue Service has moved from requires improvement to good.",
        # a comparison with another service opens the sentence; the subject's grade follows
        "Like Wiltshire Fire and Rescue Service, Avon Fire and Rescue Service has moved from"
        " requires improvement to good since 2019.",
        # a comparison with another service opens the sentence, its own clause after it
        "Like Wiltshire Fire and Rescue Service, which was graded good in 2019, the service has"
        " moved from requires improvement to good since 2019.",
        # another body's name not of a force or service: the subject's own comparison
        "Avon Fire Authority, its scrutiny committee, noted that the service has moved from"
        " requires improvement to good since 2019.",
    ],
)
def test_round_51_the_subjects_own_year_on_year(text: str) -> None:
    assert year_on_year(text, "Good", "Good") != []


def test_round_51_not_by_enough_to_change_its_grade() -> None:
    text = "The service has improved its protection work since 2019, but not by enough to change"
    text += " its grade."
    assert year_on_year(text, "Good", "Good") == []
    changed = "The service has improved its protection work since 2019, enough to raise its grade."
    assert year_on_year(changed, "Good", "Good") != []


def test_round_51_the_first_time_graded_as_a_grade_is_a_rise() -> None:
    text = "This is the first time we have graded the service as outstanding at protection."
    # a rise: from requires improvement agrees, from outstanding does not
    assert year_on_year(text, "Outstanding", "Requires improvement") == []
    assert year_on_year(text, "Outstanding", "Outstanding") != []


def test_round_51_the_first_time_graded_on_an_area_stays_a_first_grading() -> None:
    text = "This is the first time we have graded the service on protection, and it is good."
    assert year_on_year(text, "Good", "Requires improvement") != []
