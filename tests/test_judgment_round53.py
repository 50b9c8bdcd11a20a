"""Round 53 of the judgment grammar (issue 16), on batch 47's false alarms (summaries naming
areas by topic): a control room or unit said in an aside after its name to be shared with
others is theirs; a second grade named as a noun's after the judgment ("and an outstanding
one for ...", "..., and its response an adequate one") makes the sentence state two
grades. Made-up sentences of this file's own."""

from __future__ import annotations

import pytest

from peelcheck.prose.judgments import Grammar
from tests.judgment_helpers import all_qualified, grades_read, unqualified_grades


@pytest.mark.parametrize(
    "text",
    [
        "Its control room, shared with the county's police force, is good at answering calls.",
        "The brigade's safeguarding hub, run jointly with the council, is outstanding.",
    ],
)
def test_round_53_a_room_shared_in_an_aside_is_theirs(reader: Grammar, text: str) -> None:
    assert grades_read(reader, text) == []


def test_round_53_its_own_work_shared_in_an_aside_stays_its_own(reader: Grammar) -> None:
    text = "Its fleet management, shared with the police through a joint workshop, is adequate."
    assert unqualified_grades(reader, text) == ["Adequate"]


@pytest.mark.parametrize(
    "text",
    [
        "Avon Fire Brigade has earned a good grade for preventing fires, and an outstanding one"
        " for protecting the public.",
        "Its prevention work earns a good grade, and its response an adequate one.",
    ],
)
def test_round_53_a_second_grade_as_a_nouns(reader: Grammar, text: str) -> None:
    assert all_qualified(reader, text)


def test_round_53_another_years_grade_as_a_nouns_is_no_second_grade(reader: Grammar) -> None:
    text = "Avon Fire Brigade is good at preventing fires, an outstanding grade in 2019 aside."
    assert unqualified_grades(reader, text) == ["Good"]
