"""Round 112 of the judgment grammar (issue 16), on batch 71's failures, now tuning data: a
sample of cases fronting another clause bounds no grade ("In the files we reviewed, victims
were kept informed, and for these reasons the force is good at ..."), and a sample one is
"judging by" is the evidence for a judgment ("The brigade, judging by the records we
examined, is good at ..."). Made-up sentences of this file's own."""

from __future__ import annotations

import pytest

from peelcheck.prose.judgments import Grammar
from tests.judgment_helpers import grades_read


@pytest.mark.parametrize(
    "text",
    [
        "In the files we reviewed, victims were kept informed and investigations were well"
        " supervised, and for these reasons the brigade is good at investigating fires.",
        "The brigade, judging by the records we examined, is good at protecting the public.",
    ],
)
def test_round_112_a_sample_that_bounds_no_grade(reader: Grammar, text: str) -> None:
    assert [grade for grade, _ in grades_read(reader, text)] == ["Good"]


@pytest.mark.parametrize(
    "text",
    [
        # the sample fronts the grade's own clause, as in round 50
        "In the 45 cases we looked at, the brigade's handling of complaints was good.",
        "In the cases we examined, its response was good.",
        # in the noun phrase judged
        "The quality of the safety plans we reviewed was inadequate.",
    ],
)
def test_round_112_a_grade_still_bounded_to_a_sample(reader: Grammar, text: str) -> None:
    assert grades_read(reader, text) == []
