"""Round 48 of the judgment grammar (issue 16), on batch 41's failures (a hand writing in the
fire and rescue reports' frames): an area of the subject's work fronted with no comma; a
control room shared with other services is theirs, its list of work too; a body that judges
the service itself after "by"; "in every respect but one" limits; "although it is not good
enough at ..." is a second, lower grade. Made-up sentences of this file's own."""

from __future__ import annotations

import pytest

from peelcheck.prose.judgments import Grammar
from tests.judgment_helpers import grades_read, unqualified_grades


@pytest.mark.parametrize(
    "text",
    [
        "In preventing fires and in protecting the public the brigade is good.",
        "In preventing fires the brigade is good.",
    ],
)
def test_round_48_an_area_fronted_without_a_comma(reader: Grammar, text: str) -> None:
    assert unqualified_grades(reader, text) == ["Good"]


def test_round_48_a_fronted_clause_of_someone_else_stays_theirs(reader: Grammar) -> None:
    text = "In leading the brigade the chief fire officer is outstanding."
    assert unqualified_grades(reader, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The joint fire control's mobilising, call handling and resilience are all good.",
        "The joint control room's call handling and its mobilising are good.",
        "The shared control room's handling of calls, its resilience and its training are good.",
    ],
)
def test_round_48_a_shared_control_rooms_work_is_theirs(reader: Grammar, text: str) -> None:
    assert grades_read(reader, text) == []


def test_round_48_the_subjects_own_work_in_a_shared_control_room(reader: Grammar) -> None:
    text = "The brigade's handling of 999 calls, its mobilising and its resilience are all good."
    assert unqualified_grades(reader, text) == ["Good"]


@pytest.mark.parametrize(
    "text",
    [
        "Judged outstanding by the fire authority's scrutiny committee, the brigade's"
        " protection team has a backlog of audits.",
        "Rated good by the police, fire and crime commissioner, the brigade's prevention work"
        " still misses many households.",
    ],
)
def test_round_48_judged_by_another_body(reader: Grammar, text: str) -> None:
    assert grades_read(reader, text) == []


def test_round_48_judged_by_us(reader: Grammar) -> None:
    text = "Rated good by us in 2023, the brigade's prevention work reaches most households."
    assert grades_read(reader, text) == []  # another year's, as before
    text = "Judged outstanding by our inspectors, the brigade's protection work is a model."
    assert unqualified_grades(reader, text) == ["Outstanding"]


def test_round_48_every_respect_but_one_limits(reader: Grammar) -> None:
    text = "The brigade is outstanding at responding to national risks in every respect but one."
    assert grades_read(reader, text) == [("Outstanding", True)]
    text = "The brigade is outstanding at responding to national risks in every respect."
    assert grades_read(reader, text) == [("Outstanding", False)]


def test_round_48_not_good_enough_after_a_contrast_qualifies(reader: Grammar) -> None:
    text = (
        "The brigade is good at preventing fires, although it is not good enough at"
        " protecting the public through fire regulation."
    )
    assert grades_read(reader, text) == [("Good", True)]
    text = "The brigade is good at preventing fires, although it is not yet outstanding."
    assert grades_read(reader, text) == [("Good", False)]
