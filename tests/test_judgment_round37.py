"""Round 37 of the judgment grammar (issue 16), on batch 34's misses (a hand writing headings,
lists and other verbless forms): a bullet's opening with its subject left out is the
report's own subject's. Made-up sentences of this file's own."""

from __future__ import annotations

import pytest

from peelcheck.prose.judgments import Grammar
from tests.judgment_helpers import grades_read, unqualified_grades


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        ("Remains good at answering calls from the public.", "Good"),
        ("Continues to be outstanding in its work with schools.", "Outstanding"),
        ("Judged adequate at protecting vulnerable people.", "Adequate"),
        ("Good at preventing fires – and getting better.", "Good"),
        ("Inadequate in its care for people held in custody.", "Inadequate"),
    ],
)
def test_round_37_a_bullet_with_no_subject_is_the_reports(
    reader: Grammar, text: str, grade: str
) -> None:
    assert unqualified_grades(reader, text) == [grade]


@pytest.mark.parametrize(
    "text",
    [
        # someone else's words after it
        "Good at sharing information, say its partners in the safeguarding board.",
        "Good at prevention, outstanding at protection: this was the brigade's own assessment.",
        # not at the opening: a noun phrase must then be the subject's
        "The council's wardens remain good at deterring antisocial behaviour.",
        # a grade opening no judgment ("good at" with no topic after a link)
        "Good practice at the brigade includes its safe and well visits.",
    ],
)
def test_round_37_not_the_subjects(reader: Grammar, text: str) -> None:
    assert grades_read(reader, text) == []


def test_round_37_an_opening_adjunct_is_no_bullet(reader: Grammar) -> None:
    # {main}: a comma after the frame opening a clause with a subject of its own
    assert grades_read(reader, "Good at sharing data, the county council helps us.") == []
    assert unqualified_grades(reader, "Judged adequate at prevention, and improving.") == [
        "Adequate"
    ]
