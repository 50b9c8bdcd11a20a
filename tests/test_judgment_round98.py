"""Round 98 of the judgment grammar (issue 16), on the tuning part's failures: a grade lost or
not kept, then this year's grade joined by "and" ("Avon Fire Brigade has lost its good grade
for preventing fires and now requires improvement"). The grade named ("its good grade") is no
other noun phrase, and a relative clause after a grade named is the grade's ("the good grade
... that it held in 2022"). Made-up sentences of this file's own."""

from __future__ import annotations

import pytest

from peelcheck.prose.judgments import Grammar
from tests.judgment_helpers import unqualified_grades


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        (
            "Avon Fire Brigade has lost its good grade for preventing fires and now requires"
            " improvement.",
            "Requires improvement",
        ),
        (
            "Avon Fire Brigade has built on its previous grade and is now outstanding at"
            " preventing fires.",
            "Outstanding",
        ),
        (
            "Avon Fire Brigade has lost the outstanding grade for protection that it held in 2019"
            " and is now good.",
            "Good",
        ),
        (
            "Avon Fire Brigade has not kept the good grade for understanding risk that we gave it"
            " in 2019, and now requires improvement.",
            "Requires improvement",
        ),
    ],
)
def test_round_98_a_grade_lost_then_this_years_grade(
    reader: Grammar, text: str, grade: str
) -> None:
    assert unqualified_grades(reader, text) == [grade]


@pytest.mark.parametrize(
    "text",
    [
        # another noun phrase of the subject's, not a grade: another clause may hold another
        # subject
        "Avon Fire Brigade has lost its best fire investigators and now requires improvement.",
        # "that" after no grade named opens a clause of its own
        "Avon Fire Brigade has found that the protection team is short of staff and now"
        " requires improvement.",
    ],
)
def test_round_98_near_misses_stay_unread(reader: Grammar, text: str) -> None:
    assert unqualified_grades(reader, text) == []


def test_round_98_a_grade_in_a_relative_clause_of_a_time_since_is_of_then(
    reader: Grammar,
) -> None:
    # "since" counts up to now, but the clause of that inspection holds that year's grade
    text = (
        "Since our 2019 inspection, at which we judged Avon Fire Brigade to be good at"
        " preventing fires, its prevention team has doubled."
    )
    assert unqualified_grades(reader, text) == []


def test_round_98_a_grade_after_the_relative_clause_stays_this_years(reader: Grammar) -> None:
    text = (
        "Since 2019, when its new chief fire officer took over, Avon Fire Brigade has become"
        " good at preventing fires."
    )
    assert unqualified_grades(reader, text) == ["Good"]


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        # "but" after a first verb phrase that holds no grade of this year
        (
            "Avon Fire Brigade has improved since 2019, but still requires improvement.",
            "Requires improvement",
        ),
        # a grade no longer held is denied, so the grade after "but" is the first of this year
        (
            "Avon Fire Brigade is no longer inadequate at protecting the public but still requires"
            " improvement.",
            "Requires improvement",
        ),
        # "failed to" denies its own verb phrase only
        (
            "Avon Fire Brigade has failed to lift its inadequate grade for protection and remains"
            " inadequate.",
            "Inadequate",
        ),
    ],
)
def test_round_98_but_or_a_denial_before_this_years_grade(
    reader: Grammar, text: str, grade: str
) -> None:
    assert unqualified_grades(reader, text) == [grade]


def test_round_98_but_after_a_grade_of_this_year_qualifies_both(reader: Grammar) -> None:
    text = "Avon Fire Brigade is good at preventing fires, but requires improvement at protection."
    assert unqualified_grades(reader, text) == []
    assert [j.grade for j in reader.read(text, 0, len(text), "Avon Fire Brigade")] == [
        "Good",
        "Requires improvement",
    ]


def test_round_98_but_before_another_subject_stays_theirs(reader: Grammar) -> None:
    text = "Avon Fire Brigade works closely with the council, but the council is good at planning."
    assert reader.read(text, 0, len(text), "Avon Fire Brigade") == []
