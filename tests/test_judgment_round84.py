"""Round 84 of the judgment grammar (issue 16), on batches 57's and 58's misses (spent after
round 83): a grade kept in other words, "has held onto the outstanding grade for ...", "has
kept hold of its outstanding grade", "repeated its outstanding grade for ...": this year's
grade, the same as before. Made-up sentences of this file's own."""

from __future__ import annotations

from typing import Any

import pytest

from peelcheck.prose.judgments import Grammar
from tests.judgment_helpers import (
    FRS_2021,
    grades_with_and_without,
    unqualified_grades,
    year_on_year,
)

KEEPING = [
    "held onto",
    "holds onto",
    "kept hold of",
    "keeps hold of",
    "repeated",
    "repeats",
    "has held onto",
    "has kept hold of",
    "has repeated",
]


@pytest.mark.parametrize("verb", KEEPING)
def test_round_84_a_grade_kept_in_other_words(
    reader: Grammar, grammar_data: dict[str, Any], verb: str
) -> None:
    text = f"Avon Fire Brigade {verb} its outstanding grade for preventing fires."
    assert grades_with_and_without(reader, grammar_data, ("clause", "grade_verbs"), verb, text) == (
        ["Outstanding"],
        [],
    )


@pytest.mark.parametrize("verb", ["held onto", "holds onto", "kept hold of", "keeps hold of"])
def test_round_84_a_kept_grade_dated_when_given(
    reader: Grammar, grammar_data: dict[str, Any], verb: str
) -> None:
    text = f"Avon Fire Brigade {verb} the outstanding grade it was first given in 2019 for preventing fires."
    assert grades_with_and_without(reader, grammar_data, ("kept",), verb, text) == (
        ["Outstanding"],
        [],
    )


@pytest.mark.parametrize(
    "verb",
    [
        "held onto its",
        "held onto the",
        "holds onto its",
        "holds onto the",
        "kept hold of its",
        "keeps hold of its",
        "repeated its",
        "repeats its",
        "has repeated its",
        "has kept hold of its",
    ],
)
def test_round_84_previous_grade_statement_reads_the_grade_kept(verb: str) -> None:
    text = f"Avon Fire and Rescue Service {verb} outstanding grade for protection."
    assert year_on_year(text, "Outstanding", "Outstanding", FRS_2021) == []
    assert len(year_on_year(text, "Outstanding", "Good", FRS_2021)) == 1


@pytest.mark.parametrize(
    "text",
    [
        # negated, hypothetical, another body's, or no grade as the object
        "Avon Fire Brigade has not held onto its outstanding grade for preventing fires.",
        "Had it kept hold of its outstanding grade, the brigade would have been the only one.",
        "The regional unit repeated its outstanding grade for sharing intelligence.",
        "Avon Fire Brigade repeated its good practice of visiting every school each year.",
    ],
)
def test_round_84_not_read(reader: Grammar, text: str) -> None:
    assert unqualified_grades(reader, text) == []


@pytest.mark.parametrize(
    ("text", "grade", "agrees", "disagrees"),
    [
        (
            "The service's protection is good, up from requires improvement.",
            "Good",
            "Requires improvement",
            "Good",
        ),
        (
            "The service requires improvement in how it plans for the future, down from good.",
            "Requires improvement",
            "Good",
            "Requires improvement",
        ),
    ],
)
def test_round_84_up_or_down_from_an_earlier_grade(
    text: str, grade: str, agrees: str, disagrees: str
) -> None:
    assert year_on_year(text, grade, agrees, FRS_2021) == []
    assert len(year_on_year(text, grade, disagrees, FRS_2021)) == 1


DEFINITIONS = [
    ("Requires improvement", "has demonstrated few, if any, of the characteristics of good"),
    ("Requires improvement", "has shown few, if any, of the characteristics of good"),
    ("Adequate", "has demonstrated some of the characteristics of good"),
    ("Adequate", "has shown some of the characteristics of good"),
    ("Good", "has demonstrated substantially all the characteristics of good"),
    ("Good", "has shown substantially all the characteristics of good"),
    ("Outstanding", "has substantially exceeded the characteristics of good"),
]


@pytest.mark.parametrize(("grade", "phrase"), DEFINITIONS)
def test_round_84_the_grade_definitions_said_of_the_subject(
    reader: Grammar, grammar_data: dict[str, Any], grade: str, phrase: str
) -> None:
    text = f"Avon Fire Brigade {phrase} performance in how it protects the public."
    assert grades_with_and_without(reader, grammar_data, ("verbs", grade), phrase, text) == (
        [grade],
        [],
    )
    # a definition, not a bound below good: its grade stands on the five-grade scale too
    assert [j.bound for j in reader.read(text, 0, len(text), "Avon Fire Brigade")] == [False]


@pytest.mark.parametrize(
    "phrase",
    [
        "falls short of what we expect of a good service",  # "a good"
        "falls short of good",  # "short of good"
        "does not reach the standard of good",  # "standard of good"
    ],
)
def test_round_84_a_bound_still_names_good(reader: Grammar, phrase: str) -> None:
    text = f"Avon Fire Brigade {phrase} in protection."
    assert [j.bound for j in reader.read(text, 0, len(text), "Avon Fire Brigade")] == [True]


@pytest.mark.parametrize(
    "text",
    [
        # the definitions themselves, or another body measured against them
        "We judge every service against the characteristics of good performance.",
        "The regional unit has demonstrated some of the characteristics of good performance.",
        "Avon Fire Brigade has not yet demonstrated all the characteristics of good performance.",
    ],
)
def test_round_84_the_definitions_not_read(reader: Grammar, text: str) -> None:
    assert unqualified_grades(reader, text) == []


@pytest.mark.parametrize(
    ("frame", "text", "grade"),
    [
        (
            "{np} has made enough {few} for us to grade it {grade}",
            "The brigade has made enough progress in its training for us to grade it adequate.",
            "Adequate",
        ),
        (
            "{np} has since made enough {few} for us to grade it {grade}",
            "In 2022 its protection was graded inadequate; it has since made enough progress for "
            "us to grade it requires improvement.",
            "Requires improvement",
        ),
        (
            "{np} has made enough {few} for us to grade it as {grade}",
            "The brigade has made enough progress for us to grade it as good.",
            "Good",
        ),
        (
            "{np} has made enough {few} for us to judge it {grade}",
            "The brigade has made enough progress since then for us to judge it good at "
            "promoting the right values and culture.",
            "Good",
        ),
        (
            "{np} has improved enough for us to grade it {grade}",
            "The brigade's protection work has improved enough for us to grade it adequate.",
            "Adequate",
        ),
        (
            "{np} has improved enough for us to grade this area as {grade}",
            "The brigade has improved enough for us to grade this area as requiring improvement.",
            "Requires improvement",
        ),
    ],
)
def test_round_84_enough_for_us_to_grade_it(
    reader: Grammar, grammar_data: dict[str, Any], frame: str, text: str, grade: str
) -> None:
    assert grades_with_and_without(reader, grammar_data, ("frames",), frame, text) == ([grade], [])


@pytest.mark.parametrize(
    "text",
    [
        # not enough, not yet, or another body's progress
        "The brigade has not made enough progress since then for us to judge it good.",
        "The brigade has yet to make enough progress for us to judge it good.",
        "The brigade has not improved enough for us to grade it good.",
        "The regional unit has made enough progress for us to grade it good.",
    ],
)
def test_round_84_not_enough_is_no_grade(reader: Grammar, text: str) -> None:
    assert unqualified_grades(reader, text) == []


@pytest.mark.parametrize(
    ("word", "text"),
    [
        (
            "years after",
            "Three years after we found its efficiency inadequate, the brigade still has not "
            "done enough to improve it.",
        ),
        (
            "a year after",
            "A year after we found its protection good, the brigade has let its audits lapse.",
        ),
    ],
)
def test_round_84_an_earlier_finding_in_its_own_clause(
    reader: Grammar, grammar_data: dict[str, Any], word: str, text: str
) -> None:
    read, unread = grades_with_and_without(reader, grammar_data, ("not_before",), word, text)
    assert read == []
    assert unread != []


def test_round_84_the_main_clause_after_an_earlier_finding_is_read(reader: Grammar) -> None:
    text = (
        "Two years after we found it inadequate, the brigade has improved enough for us to "
        "grade this area as requiring improvement."
    )
    assert unqualified_grades(reader, text) == ["Requires improvement"]
