"""Round 50 of the judgment grammar (issue 16), on batch 43's false alarms (narrative bodies):
a grade bounded to a sample of cases is a finding about those cases, not the subject's grade
(`samples` and `looked_at`), in the noun phrase judged, in a phrase fronting the grade's
clause, or after the grade and "in". Made-up sentences of this file's own."""

from __future__ import annotations

from typing import Any

import pytest

from peelcheck.prose.judgments import Grammar, grammar
from tests.judgment_helpers import contradictions, grades_read, unqualified_grades, without


@pytest.mark.parametrize(
    "text",
    [
        # in the noun phrase judged
        "We found the standard of 37 of the 50 crime files we dip-sampled to be good.",
        "The quality of the safety plans we reviewed was inadequate.",
        # in a phrase fronting the grade's clause
        "In the 45 cases we looked at, the brigade's handling of complaints was good.",
        "Across the 60 records we checked, its recording of the reasons for searches is"
        " outstanding in most.",
        # after the grade and "in"
        "The brigade's advice to callers was good in 28 of the 35 calls we listened to.",
        "Its supervision of investigations was inadequate in most of the 20 we examined.",
    ],
)
def test_round_50_a_grade_bounded_to_a_sample(reader: Grammar, text: str) -> None:
    assert grades_read(reader, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # the sample is the evidence for a judgment of the subject
        "On the evidence of the 50 files we reviewed, the brigade is good at protecting the"
        " public.",
        "Because most of the cases we examined were well supervised, we judge the brigade to be"
        " good at investigating fires.",
        "The brigade is good in its protection work judging from the 50 files we reviewed.",
        # the areas we inspected are no sample
        "The brigade is good in most of the areas we inspected.",
        "The brigade is good in most of the areas we looked at.",
        # the sample is what the subject's work is good at, after "at"
        "The brigade is good at responding to the incidents we observed.",
        # our verb first: the count is no sample before a verb of looking
        "After we reviewed 40 of its audit files, we judged the brigade to be good.",
        # the sample in a clause of its own after a semicolon
        "The brigade is good at protection; in 12 of the 40 files we reviewed, supervision was"
        " poor.",
    ],
)
def test_round_50_a_sample_that_bounds_no_grade(reader: Grammar, text: str) -> None:
    assert [grade for grade, _ in grades_read(reader, text)] == ["Good"]


@pytest.mark.parametrize(
    ("text", "path", "word"),
    [
        (
            "In the 45 interviews we observed, the brigade's handling of complaints was good.",
            ("samples",),
            "interviews",
        ),
        (
            "In the 45 interviews we observed, the brigade's handling of complaints was good.",
            ("looked_at",),
            "we observed",
        ),
        (
            "The brigade's advice to callers was good in 28 of the 35 calls we listened to.",
            ("samples",),
            "calls",
        ),
    ],
)
def test_round_50_the_samples_are_data(
    grammar_data: dict[str, Any], text: str, path: tuple[str, ...], word: str
) -> None:
    assert grades_read(grammar(grammar_data), text) == []
    assert unqualified_grades(grammar(without(grammar_data, path, word)), text) == ["Good"]


def test_round_50_a_finding_about_a_sample_contradicts_no_grade() -> None:
    sample = "Its response to calls about domestic abuse was good in 31 of the 40 we reviewed."
    assert contradictions(sample, "PEEL", "2021/22", "Requires improvement") == []
    judged = "Its response to calls about domestic abuse is good."
    assert contradictions(judged, "PEEL", "2021/22", "Requires improvement")
