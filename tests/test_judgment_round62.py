"""Round 62 of the judgment grammar (issue 16), on batches 49's and 50's misses (spent:
narrative bodies, year-on-year sentences) and their classes over the tuning part: a move to
this year's grade with adverbs or an aside before it ("has since improved to"), a grade
kept in the perfect ("has stayed at"), "again" after a grade, an earlier grade of the
subject's work joined by "and" to this year's, a time of now straight after the grade ("is
good again.", "at this inspection.") and a time inside a grade's own aside (", inadequate
at our last inspection in 2022,"). Made-up sentences of this file's own."""

from __future__ import annotations

from typing import Any

import pytest

from peelcheck.prose.judgments import Grammar, grammar
from tests.judgment_helpers import grades_read, unqualified_grades, without

FORCE = "Avon and Somerset Constabulary"


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        # a move to this year's grade with an adverb or an aside before it
        (
            "The constabulary was inadequate at managing offenders in 2022; it has since"
            " improved to requires improvement.",
            "Requires improvement",
        ),
        ("Its approach to vetting has now risen to good.", "Good"),
        (
            "Its work to prevent crime, inadequate at our last inspection in 2022, has improved"
            " to adequate.",
            "Adequate",
        ),
        (
            "Its efficiency, graded good in 2016, has deteriorated to requires improvement.",
            "Requires improvement",
        ),
        # "again" after the grade, an earlier grade of its work joined by "and"
        (
            "Response, prevention and protection are all good again, as they were in 2018/19.",
            "Good",
        ),
        (
            "The constabulary's handling of complaints, good in 2019, is good again at this"
            " inspection.",
            "Good",
        ),
        (
            "The constabulary's handling of complaints was good in 2017 and is good again.",
            "Good",
        ),
        (
            "Its response to the public was adequate in 2021/22 and is good at this inspection.",
            "Good",
        ),
        (
            "The constabulary's use of stop and search was good in 2018/19 and is outstanding now.",
            "Outstanding",
        ),
    ],
)
def test_round_62_read(reader: Grammar, text: str, grade: str) -> None:
    assert unqualified_grades(reader, text, FORCE) == [grade]


@pytest.mark.parametrize(
    "text",
    [
        # a move that might have been, or someone else's
        "Without its new leaders the constabulary would have improved to good.",
        "The regional organised crime unit has since risen to good.",
        # "again" before the grade, or a past time after it: another year's
        "In 2016 the constabulary was again judged good at preventing crime.",
        "The constabulary's handling of complaints was good again in 2019.",
        "Without its new call centre the constabulary would have been inadequate again.",
        # a time dating the grade, not inside an aside of its own
        "At our last inspection in 2022, its work to prevent crime was inadequate.",
        # someone else's work joined by "and"
        "The council's work with victims was good in 2019 and is outstanding now.",
    ],
)
def test_round_62_not_read(reader: Grammar, text: str) -> None:
    assert unqualified_grades(reader, text, FORCE) == []


def test_round_62_a_grade_kept_in_the_perfect_is_a_second_grade(reader: Grammar) -> None:
    text = (
        "Since 2022 its understanding of risk has moved up to good, while its use of resources"
        " has stayed at requires improvement."
    )
    read = grades_read(reader, text, FORCE)
    assert {grade for grade, _ in read} == {"Good", "Requires improvement"}
    assert all(qualified for _, qualified in read)


@pytest.mark.parametrize(
    ("path", "word", "text"),
    [
        (
            ("clause", "participles"),
            "risen to",
            "Its approach to vetting has now risen to good.",
        ),
        (
            ("clause", "after_grade"),
            "again",
            "Response, prevention and protection are all good again, as they were in 2018/19.",
        ),
        (
            ("present_after",),
            "again",
            "The constabulary's handling of complaints was good in 2017 and is good again.",
        ),
    ],
)
def test_round_62_the_words_are_pack_data(
    grammar_data: dict[str, Any], path: tuple[str, ...], word: str, text: str
) -> None:
    assert unqualified_grades(grammar(without(grammar_data, path, word)), text, FORCE) == []
