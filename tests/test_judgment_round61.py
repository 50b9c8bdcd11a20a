"""Round 61 of the judgment grammar (issue 16), on the tuning part's misses of one class: a
grade denied twice in other words. A negated copula ("cannot be considered anything better
than inadequate"), a negated verb of our own ("We could not grade ... as anything better
than", "We do not consider ... to be anything other than") and "any better than" under a
negation ("We cannot say that ... is any better than inadequate") state the grade; with one
denial only ("cannot be judged good", "We could not grade it as good") they state none.
Made-up sentences of this file's own."""

from __future__ import annotations

from typing import Any

import pytest

from peelcheck.prose.judgments import Grammar, grammar
from tests.judgment_helpers import unqualified_grades, without

FORCE = "Durham Constabulary"


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        (
            "Durham Constabulary cannot be judged better than inadequate at managing offenders.",
            "Inadequate",
        ),
        (
            "The constabulary could not be considered anything better than inadequate at"
            " answering 999 calls.",
            "Inadequate",
        ),
        (
            "We could not grade the constabulary's vetting as anything better than inadequate.",
            "Inadequate",
        ),
        (
            "We do not consider the constabulary's use of stop and search to be anything other"
            " than inadequate.",
            "Inadequate",
        ),
        (
            "We cannot say that Durham Constabulary's work with victims is any better than"
            " inadequate.",
            "Inadequate",
        ),
    ],
)
def test_round_61_a_grade_denied_twice_is_read(reader: Grammar, text: str, grade: str) -> None:
    assert unqualified_grades(reader, text, FORCE) == [grade]


@pytest.mark.parametrize(
    "text",
    [
        # one denial only: no grade stated
        "Durham Constabulary cannot be judged good at managing offenders.",
        "The constabulary could not be considered outstanding at answering 999 calls.",
        "We could not grade the constabulary's vetting as good.",
        "We do not consider the constabulary's use of stop and search to be outstanding.",
        # a comparison with no negation: not this grade
        "Durham Constabulary is better than inadequate at managing offenders.",
        # someone else's work, denied twice
        "The regional unit cannot be judged better than inadequate at managing offenders.",
    ],
)
def test_round_61_one_denial_states_no_grade(reader: Grammar, text: str) -> None:
    assert unqualified_grades(reader, text, FORCE) == []


@pytest.mark.parametrize(
    ("path", "word", "text"),
    [
        (
            ("clause", "denied_copulas"),
            "could not be",
            "The constabulary could not be considered anything better than inadequate at"
            " answering 999 calls.",
        ),
        (
            ("clause", "judging_verbs"),
            "could not grade",
            "We could not grade the constabulary's vetting as anything better than inadequate.",
        ),
        (
            ("clause", "adverbs"),
            "any better than",
            "We cannot say that Durham Constabulary's work with victims is any better than"
            " inadequate.",
        ),
    ],
)
def test_round_61_the_words_are_pack_data(
    grammar_data: dict[str, Any], path: tuple[str, ...], word: str, text: str
) -> None:
    assert unqualified_grades(grammar(without(grammar_data, path, word)), text, FORCE) == []
