"""Round 108 of the judgment grammar (issue 16), on batches 69's and 70's failures and the
tuning part's: a sameness denied is a change, "not the same as in 2019", and across the
grade or word of standing it compares, "good at ..., but not outstanding as it was in 2019",
"not as strong as it was in 2019"; our grade once the subject has done enough, "it has
improved enough for us to grade it as good"; someone's grade that our own evidence bears
out. Made-up sentences of this file's own."""

from __future__ import annotations

from typing import Any

import pytest

from peelcheck.prose.judgments import Grammar
from tests.judgment_helpers import grades_with_and_without, unqualified_grades, year_on_year

AVON = "Avon Fire and Rescue Service"


@pytest.mark.parametrize(
    ("summary", "statement"),
    [
        (
            f"{AVON} is good at preventing fires, but not outstanding as it was in 2019.",
            "not outstanding as it was in 2019",
        ),
        (
            f"{AVON} is good at preventing fires, but it is not as strong as it was in 2019.",
            "not as strong as it was in 2019",
        ),
        (f"{AVON}'s grade for prevention is not the same as in 2019.", "not the same as in 2019"),
    ],
)
def test_round_108_a_sameness_denied_is_a_change(summary: str, statement: str) -> None:
    # a change: wrong when the grades are the same, right when they differ
    assert year_on_year(summary, "Good", "Good") == [
        f"the summary says '{statement}' but the grade is Good and last year's was Good;"
        " correct the sentence or the grades"
    ]
    assert year_on_year(summary, "Good", "Outstanding") == []


@pytest.mark.parametrize(
    "summary",
    [
        # the staff's confidence, not a grade or the service's standing
        f"{AVON} is good at preventing fires, but its staff are not as confident as they were"
        " in 2019.",
        # a grade not kept says nothing of this year's (a labelled reading of the corpus)
        f"{AVON} was one of the services we judged good at preventing fires in 2019, and it has"
        " not kept that grade.",
    ],
)
def test_round_108_near_misses_state_no_change(summary: str) -> None:
    assert year_on_year(summary, "Good", "Good") == []


@pytest.mark.parametrize(
    ("frame", "text", "grade"),
    [
        (
            "{np} has improved enough for us to grade it as {grade}",
            "Avon Fire Brigade has improved enough for us to grade it as good.",
            "Good",
        ),
        (
            "{np} has since made enough {few} for us to grade it as {grade}",
            "Avon Fire Brigade has since made enough progress for us to grade it as adequate.",
            "Adequate",
        ),
    ],
)
def test_round_108_our_grade_once_the_subject_has_done_enough(
    reader: Grammar, grammar_data: dict[str, Any], frame: str, text: str, grade: str
) -> None:
    assert grades_with_and_without(reader, grammar_data, ("frames",), frame, text) == (
        [grade],
        [],
    )


@pytest.mark.parametrize(
    ("words", "text"),
    [
        (
            "our own findings support this",
            "Partners we spoke to said Avon Fire Brigade was good at working with them to"
            " safeguard children, and our own findings support this.",
        ),
        (
            "the evidence we gathered bears this out",
            "Staff told us Avon Fire Brigade was good at ensuring fairness, and the evidence we"
            " gathered bears this out.",
        ),
    ],
)
def test_round_108_someones_grade_our_evidence_bears_out(
    reader: Grammar, grammar_data: dict[str, Any], words: str, text: str
) -> None:
    assert grades_with_and_without(reader, grammar_data, ("adopted",), words, text) == (
        ["Good"],
        [],
    )


@pytest.mark.parametrize(
    "text",
    [
        "Avon Fire Brigade has not improved enough for us to grade it as good.",
        "Staff told us Avon Fire Brigade was good at ensuring fairness, but the evidence we"
        " gathered does not bear this out.",
    ],
)
def test_round_108_near_misses_give_no_grade(reader: Grammar, text: str) -> None:
    assert unqualified_grades(reader, text) == []
