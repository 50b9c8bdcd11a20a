"""Round 119 of the judgment grammar (issue 16), on the tuning part's failures: a count of
forces or services opening the sentence is not the subject ("A quarter of forces moved down a
grade ...", "Of the 43 forces, 11 improved their grade ...") unless it counts the subject in
("..., this force among them"); a counterfactual with an adverb ("might well have slipped",
"would probably have dropped") or its condition after ("We would have judged ..., had it ...")
and a hope ("We had hoped that ... would have moved up to good") compare no grades. Made-up
sentences of this file's own."""

from __future__ import annotations

import pytest

from tests.judgment_helpers import year_on_year

AVON = "Avon Fire and Rescue Service"


@pytest.mark.parametrize(
    "summary",
    [
        "A third of fire and rescue services moved down a grade for efficiency in this cycle.",
        "Of the 44 services, only six kept the good grade for efficiency they had in 2019.",
        "Seven services went down a grade for efficiency this time.",
        "Most services kept the same grade for efficiency between 2019 and 2022.",
        # counterfactuals and a hope
        f"Had {AVON} not changed its rota, its efficiency grade might well have slipped below"
        " last year's good.",
        f"Had it not cut its costs, {AVON}'s efficiency grade would probably have dropped below"
        " the good it achieved in 2019.",
        f"We would have judged {AVON} as outstanding for efficiency, up from good in 2019, had it"
        " balanced its budget.",
        f"We had hoped that {AVON} would have moved up to good for efficiency by now.",
    ],
)
def test_round_119_no_grade_of_the_subject_is_compared(summary: str) -> None:
    assert year_on_year(summary, "Good", "Good") == []
    assert year_on_year(summary, "Inadequate", "Good") == []


@pytest.mark.parametrize(
    "summary",
    [
        "Of the 44 services, ten improved their efficiency grade since 2019, this service among"
        " them.",
        "Seven services, including this one, went down a grade for efficiency this time.",
        # the subject's own move after a fronted phrase, and a real condition
        f"{AVON} has gone down a grade for efficiency since 2019.",
        f"If {AVON} had a plan, it went down a grade for efficiency all the same.",
    ],
)
def test_round_119_the_subject_counted_in_is_compared(summary: str) -> None:
    assert year_on_year(summary, "Good", "Good") != []
