"""Round 36 of the judgment grammar (issue 16), on batch 34's false alarms (a hand writing
headings, lists and other verbless forms): classes, not sentences. Made-up sentences of this
file's own."""

from __future__ import annotations

import pytest

from peelcheck.prose.judgments import Grammar
from tests.judgment_helpers import grades_read, unqualified_grades


@pytest.mark.parametrize(
    "text",
    [
        # a bracketed aside makes the work a collaboration's: someone else's
        "Fire control (shared with Somerset Fire and Rescue Service) – requires improvement.",
        "Joint prevention team (run with the Wessex Partnership): adequate.",
        "The control room (operated in partnership with Avon Ambulance Trust) is good.",
        # a heading's earlier grade, and the brigade's own grading
        "Previous grade for protection: good.",
        "Earlier grade for prevention – outstanding.",
        "The brigade's own grading of its prevention work: good.",
    ],
)
def test_round_36_someone_elses_or_another_years(reader: Grammar, text: str) -> None:
    assert grades_read(reader, text) == []


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        # a bracketed aside that names no partner, and an earlier grade after this one
        ("Prevention (with a focus on young people): good.", "Good"),
        ("The brigade's grade for prevention is good, as was its previous grade.", "Good"),
        ("Avon Fire Brigade's grading of risk is good.", "Good"),
    ],
)
def test_round_36_near_misses_stay_read(reader: Grammar, text: str, grade: str) -> None:
    assert unqualified_grades(reader, text) == [grade]
