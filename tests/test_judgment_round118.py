"""Round 118 of the judgment grammar (issue 16), on the tuning part's failures: a bare "has
improved", with no grade in its clause, no measure after it and no grade said now, tells of the
work, not the grade ("has improved its effectiveness since 2017, when it required improvement"),
so previous-grade-statement reads no rise in it. Made-up sentences of this file's own."""

from __future__ import annotations

import pytest

from tests.judgment_helpers import year_on_year

AVON = "Avon Fire and Rescue Service"


@pytest.mark.parametrize(
    "summary",
    [
        f"{AVON} has improved its efficiency since 2019, when it required improvement.",
        f"{AVON}'s efficiency has improved since 2019, when we graded it as requires improvement.",
        f"Since 2019, when we found {AVON} to require improvement, it has improved considerably.",
    ],
)
def test_round_118_the_work_improved_says_no_rise(summary: str) -> None:
    # the grade kept, and a fall: the sentence says neither is wrong
    assert year_on_year(summary, "Requires improvement", "Requires improvement") == []
    assert year_on_year(summary, "Inadequate", "Requires improvement") == []


@pytest.mark.parametrize(
    ("summary", "said"),
    [
        # the grade itself improved, by a measure, to a grade, or a grade said now
        (f"{AVON}'s efficiency grade has improved since 2019.", "has improved"),
        (f"{AVON} has improved by a grade since 2019.", "has improved"),
        (f"{AVON} has improved since 2019, when it required improvement, and is now good.", ""),
        (f"{AVON} has improved its grade for efficiency since 2019.", "has improved"),
        (
            f"{AVON} has improved compared with 2019, when it required improvement.",
            "has improved",
        ),
    ],
)
def test_round_118_a_grade_improved_is_still_a_rise(summary: str, said: str) -> None:
    found = year_on_year(summary, "Requires improvement", "Requires improvement")
    assert len(found) == 1
    assert f"the summary says '{said}" in found[0]
