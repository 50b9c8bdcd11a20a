"""The grammar's cheap screens find the places its regular expressions would."""

from __future__ import annotations

import pytest

from peelcheck.prose.judgments import Grammar

TEXTS = [
    "The force is good at preventing crime and requires improvement elsewhere.",
    "It is inadequate; adequate cover (good) and 'outstanding' work.",
    "Goodness, _good 2good ½good éadequate x-good outstandingly expected.",
    "good",
    "Nothing here at all.",
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize(
    "grade", ["Good", "Adequate", "Inadequate", "Outstanding", "Requires improvement"]
)
def test_word_starts_are_the_expressions(reader: Grammar, text: str, grade: str) -> None:
    own = reader._own_keys(grade)
    lower = text.lower()
    expected = [m.start() for m in reader._starting(own).finditer(lower)]
    assert reader._word_starts(lower, own) == expected


def test_a_word_after_a_letter_is_no_start(reader: Grammar) -> None:
    own = reader._own_keys("Outstanding")
    assert reader._word_starts("xgood _good good", own) == [7, 12]  # an underscore is no letter
