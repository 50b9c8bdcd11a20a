"""Round 123 of the judgment grammar (issue 16), on batch 73's failures (spent after round
119): the subject's name with "the" before its possessive, after our verb of judging ("We judged
the Metropolitan Police Service's handling of complaints to be inadequate"), names the subject
as it does at a sentence's opening. Made-up sentences of this file's own."""

from __future__ import annotations

import pytest

from peelcheck.prose.judgments import Grammar
from tests.judgment_helpers import grades_read

MET = "Metropolitan Police Service"


@pytest.mark.parametrize(
    "text",
    [
        f"We judged the {MET}'s handling of complaints to be inadequate in this inspection.",
        f"We found the {MET}'s response to the public good.",
        f"We consider the {MET}'s management of offenders to be adequate.",
    ],
)
def test_round_123_the_before_the_subjects_name(reader: Grammar, text: str) -> None:
    assert len(grades_read(reader, text, MET)) == 1


@pytest.mark.parametrize(
    "text",
    [
        # another body's name with "the", and the subject's name owned by another
        "We judged the British Transport Police's handling of complaints to be inadequate.",
        f"We judged the council's review of the {MET}'s handling of complaints to be thorough.",
    ],
)
def test_round_123_another_bodys_name_with_the_is_not_the_subject(
    reader: Grammar, text: str
) -> None:
    assert grades_read(reader, text, MET) == []
