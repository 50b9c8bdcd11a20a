"""Round 38 (issue 16), on batch 35's false alarms (a hand writing revisits and year-on-year
statements): previous-grade-statement leaves a counterfactual and a move dated in the past.
Made-up sentences of this file's own."""

from __future__ import annotations

import pytest

from tests.judgment_helpers import year_on_year


@pytest.mark.parametrize(
    "text",
    [
        "If its inspection programme had not recovered, we would have judged the service's"
        " protection work inadequate for the second inspection running.",
        "Had it not acted on our cause of concern, we would have graded the service inadequate"
        " for the second inspection running.",
        # (the counterfactual as a later sentence of the summary)
        "The service's protection is good. Had it not acted on our cause of concern, we would"
        " have judged its protection inadequate for the second inspection running.",
        # a move dated after its grades: another time's
        "The service's grade for protection, raised from requires improvement to good in 2019,"
        " has been maintained.",
    ],
)
def test_round_38_no_comparison_of_this_years(text: str) -> None:
    assert year_on_year(text, "Good", "Good") == []


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a comparison of this year's, stated outright
        "The service has dropped from good to requires improvement.",
        "The service's grade went from good to requires improvement, as we would expect.",
        # a hedge with no condition is no counterfactual
        "The service has dropped from good to requires improvement, as we might have foreseen.",
        "We have judged its protection inadequate for the second inspection running, as we"
        " would have expected.",
    ],
)
def test_round_38_a_comparison_of_this_years_still_is(text: str) -> None:
    assert year_on_year(text, "Good", "Good") != []
