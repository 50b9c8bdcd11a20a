"""Round 30 of the judgment grammar (issue 16), on batch 27's false alarms: classes, not
sentences. Made-up sentences of this file's own."""

from __future__ import annotations

import pytest

from peelcheck.prose.judgments import Grammar
from tests.judgment_helpers import all_qualified, grades_read, unqualified_grades


@pytest.mark.parametrize(
    "text",
    [
        # another part of its work said to fall short or lag behind: the judgment is qualified
        "Its prevention work is good, though its fire safety checks fall short.",
        "We found its protection work adequate, though its audits lag behind and require"
        " improvement.",
        "Its prevention work is good, though its fire safety audits lag behind and need staff.",
        # another part graded after "among"
        "Its leadership is good among senior officers but only adequate among supervisors.",
    ],
)
def test_round_30_a_second_part_qualifies(reader: Grammar, text: str) -> None:
    assert all_qualified(reader, text), grades_read(reader, text)


@pytest.mark.parametrize(
    "text",
    [
        # a body that provides a service for the subject
        "The brigade's occupational health provider is good.",
        "Other inspectors rated the brigade's catering contractor as outstanding.",
    ],
)
def test_round_30_false_alarms_gone(reader: Grammar, text: str) -> None:
    assert unqualified_grades(reader, text) == []


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        # falling short of a higher grade is no other part's
        ("The brigade is good at prevention, though it falls short of outstanding.", "Good"),
        # its own provision, not a provider
        ("Its occupational health provision is good.", "Good"),
    ],
)
def test_round_30_near_misses_stay_whole(reader: Grammar, text: str, grade: str) -> None:
    assert unqualified_grades(reader, text) == [grade]
