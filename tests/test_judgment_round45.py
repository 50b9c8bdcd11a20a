"""Round 45 of the judgment grammar (issue 16), on batch 37's fronted grades (spent) and the
tuning part's: the grade opening the sentence, an aside after it, then our own words for our
grade and what it grades (frames opening with "^ {grade}"). Made-up sentences of this file's
own."""

from __future__ import annotations

import pytest

from peelcheck.prose.judgments import Grammar
from tests.judgment_helpers import grades_read, unqualified_grades


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        ("Good, on balance, is our grade for Avon Fire Brigade's response to floods.", "Good"),
        (
            "Inadequate is the only grade we could give Avon Fire Brigade for its vetting.",
            "Inadequate",
        ),
        (
            "Requires improvement is the grade we have given to the brigade's training.",
            "Requires improvement",
        ),
        (
            "Outstanding, in our view, is the only fair description of the brigade's prevention.",
            "Outstanding",
        ),
        ("Good is the word we use for Avon Fire Brigade's work with schools.", "Good"),
        ("Good, in short, is how we judge the brigade's use of its fleet.", "Good"),
    ],
)
def test_round_45_a_fronted_grade_of_ours(reader: Grammar, text: str, grade: str) -> None:
    assert unqualified_grades(reader, text) == [grade]


@pytest.mark.parametrize(
    "text",
    [
        # the scale explained, another year's, someone else's word
        "Requires improvement is the grade we give where a service falls short in some ways.",
        "Good was the grade we gave Avon Fire Brigade for its training in 2022.",
        "Inadequate was the word one resident used for the brigade's response to floods.",
        # another body's work
        "Good, on balance, is our grade for the county council's planning.",
    ],
)
def test_round_45_a_fronted_grade_reads_nothing_else(reader: Grammar, text: str) -> None:
    assert grades_read(reader, text) == []
