"""Round 27 of the judgment grammar (issue 16), on batch 24's false alarms: classes, not
sentences. Made-up sentences of this file's own."""

from __future__ import annotations

import pytest

from peelcheck.prose.judgments import Grammar
from tests.judgment_helpers import one_year_on_year_message, unqualified_grades, year_on_year


@pytest.mark.parametrize(
    "text",
    [
        # a grade word for something we say we do not grade
        "The brigade is good at talking to the press, but that is not something we grade.",
        # "its" after a phrase naming the body the sentence turns to
        "With regard to the regional fire control unit, we found its work adequate.",
        "As for the council, we found its planning good.",
    ],
)
def test_round_27_false_alarms_gone(reader: Grammar, text: str) -> None:
    assert unqualified_grades(reader, text) == []


def test_round_27_the_subjects_own_work_after_with_regard_to(reader: Grammar) -> None:
    text = "With regard to rescues, we found its work adequate."
    assert unqualified_grades(reader, text) == ["Adequate"]


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        # the area graded, as our judgment or a heading
        ("Our graded judgment for this area is inadequate.", "Inadequate"),
        ("Our judgment for this area is requires improvement.", "Requires improvement"),
        ("Grade for this area: adequate.", "Adequate"),
        (
            "The grade for this area – adequate – reflects a brigade that does the basics.",
            "Adequate",
        ),
        # our grade once the subject has done enough
        (
            "Avon Fire Brigade has done enough since 2022 for us to grade it adequate.",
            "Adequate",
        ),
        (
            "Avon Fire Brigade, which we judged inadequate in 2022, has made enough progress"
            " for us to grade it adequate.",
            "Adequate",
        ),
    ],
)
def test_round_27_judgments_read(reader: Grammar, text: str, grade: str) -> None:
    assert unqualified_grades(reader, text) == [grade]


@pytest.mark.parametrize(
    "text",
    [
        "The council has done enough for us to grade it good.",
        "It is too early for us to grade it good.",
        "Partners asked us to grade it good.",
    ],
)
def test_round_27_our_grade_needs_the_subject_first(reader: Grammar, text: str) -> None:
    assert unqualified_grades(reader, text) == []


def test_round_27_another_bodys_grade_compares_nothing() -> None:
    summary = "The collaboration's grade for fire investigation has gone up from requires improvement to good since 2019."
    assert year_on_year(summary, "Good", "Good") == []
    # the subject's own grade so written still does
    own = "The service's grade for fire investigation has gone up from requires improvement to good since 2019."
    assert "gone up" in one_year_on_year_message(own, "Good", "Good")
