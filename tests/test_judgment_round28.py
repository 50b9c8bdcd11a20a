"""Round 28 of the judgment grammar (issue 16), on batch 25's false alarms, then its misses:
classes, not sentences. Made-up sentences of this file's own."""

from __future__ import annotations

import pytest

from peelcheck.prose.judgments import Grammar
from tests.judgment_helpers import (
    grades_read,
    one_year_on_year_message,
    unqualified_grades,
    year_on_year,
)


@pytest.mark.parametrize(
    "text",
    [
        # a hedge of our own: unable to say
        "We are unable to say that the brigade is good at prevention.",
        # grades in brackets after a list's areas: the last one is no grade of the whole
        "Prevention (good), protection (good) and response (requires improvement) are the"
        " areas we graded.",
        # another body's work, a word before it notwithstanding
        "Its partner force is good at sharing data.",
        "Its neighbouring service is outstanding at this.",
        "Its partners work well together, and are good at sharing data.",
        # "according to" someone else, or someone else of ours
        "According to the brigade, it is good at this.",
        "According to the inspectorate's partners, the brigade is good at this.",
        # a denial in the same clause, a dash aside notwithstanding
        "It is not – as some claim – good at rescues.",
    ],
)
def test_round_28_false_alarms_gone(reader: Grammar, text: str) -> None:
    assert unqualified_grades(reader, text) == []


def test_round_28_a_relative_clause_of_another_body_is_no_second_grade(reader: Grammar) -> None:
    text = "Unlike the council, which requires improvement, the brigade is good at rescues."
    assert grades_read(reader, text) == [("Good", False)]
    # a list's verbless grade still is one: two grades said
    listed = "Prevention good, protection requires improvement."
    assert {qualified for _, qualified in grades_read(reader, listed)} == {True}


def test_round_28_one_grade_in_brackets_is_read(reader: Grammar) -> None:
    text = "Response (requires improvement) is the brigade's weakest area."
    assert unqualified_grades(reader, text) == ["Requires improvement"]


@pytest.mark.parametrize(
    "text",
    [
        "In most respects the brigade is outstanding at managing its money.",
        "For the most part Avon Fire Brigade is adequate at answering calls.",
        "Generally the brigade is good at prevention.",
    ],
)
def test_round_28_a_limit_opening_without_a_comma_qualifies(reader: Grammar, text: str) -> None:
    assert len(grades_read(reader, text)) == 1
    assert grades_read(reader, text)[0][1] is True


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        # our verdict or assessment, for the subject or its work, or for the area
        ("Our verdict on Avon Fire Brigade is good.", "Good"),
        ("Our verdict for the brigade's fire safety audits is outstanding.", "Outstanding"),
        (
            "Our judgment on the way the brigade looks after its people is requires improvement.",
            "Requires improvement",
        ),
        ("The assessment for this area is inadequate.", "Inadequate"),
        # a grade held, in the perfect
        ("Avon Fire Brigade has held its good grade for protection.", "Good"),
        # links with "graded", "rated by us"
        ("The brigade continues to be graded outstanding for its response.", "Outstanding"),
        ("The brigade is rated by us as good for the way it prevents fires.", "Good"),
        # "According to" our own voice
        ("According to HMICFRS, Avon Fire Brigade is good at rescues.", "Good"),
        # a noun before the head only describes it
        ("Its workforce planning is good.", "Good"),
        # a move in the present
        ("The brigade's prevention goes from requires improvement to good.", "Good"),
        # a first verb phrase with "has", or naming a grade after "grade of", before "and"
        (
            "Its protection work has slipped a grade and is now requires improvement.",
            "Requires improvement",
        ),
        (
            "The brigade has improved on its 2019 grade of inadequate and is now good at"
            " prevention.",
            "Good",
        ),
        # a dash opens the clause of our judgment
        (
            "Its protection work isn't good enough – we grade it requires improvement.",
            "Requires improvement",
        ),
        # asides between the words of a judgment
        ("We find the brigade to be, without doubt, good at rescues.", "Good"),
        ("Its prevention work is, taken together, adequate.", "Adequate"),
        # our grade of a part of its work once it has done enough
        (
            "Avon Fire Brigade has made enough progress for us to grade its prevention work as"
            " good.",
            "Good",
        ),
    ],
)
def test_round_28_judgments_read(reader: Grammar, text: str, grade: str) -> None:
    assert unqualified_grades(reader, text) == [grade]


@pytest.mark.parametrize(
    "text",
    [
        "In most respects the council is good.",
        "Our assessment of the regional control room is good.",
        "The council is rated by us as good.",
        "Its workforce is good.",
        "Its partners have improved and is good.",
        "The council has made enough progress for us to grade its prevention work as good.",
        "The council has held its good grade for protection.",
    ],
)
def test_round_28_near_misses_stay_unread(reader: Grammar, text: str) -> None:
    assert unqualified_grades(reader, text) == []


def test_round_28_a_subject_named_with_an_ampersand(reader: Grammar) -> None:
    subject = "Avon & Somerset Constabulary"
    for text in (
        "Avon and Somerset Constabulary's response is good.",
        "Avon & Somerset Constabulary's response is good.",
    ):
        assert unqualified_grades(reader, text, subject) == ["Good"], text


def test_round_28_year_on_year_wordings() -> None:
    kept = "Its effectiveness grade is unchanged at requires improvement."
    assert year_on_year(kept, "Requires improvement", "Requires improvement") == []
    assert "unchanged at" in one_year_on_year_message(kept, "Requires improvement", "Good")
    fell = "Its effectiveness grade falls from good in 2019 to requires improvement."
    assert year_on_year(fell, "Requires improvement", "Good") == []
    assert "falls from" in one_year_on_year_message(fell, "Requires improvement", "Inadequate")
    before = "Effectiveness – previously graded as outstanding – now requires improvement."
    assert year_on_year(before, "Requires improvement", "Outstanding") == []
    assert "Outstanding" in one_year_on_year_message(before, "Requires improvement", "Good")
    up = "The brigade has gone up one grade, to good."
    assert year_on_year(up, "Good", "Requires improvement") == []
    assert "gone up one grade" in one_year_on_year_message(up, "Good", "Good")
