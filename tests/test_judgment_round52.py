"""Round 52 of the judgment grammar (issue 16), on batch 44's false alarms (narrative bodies): a
grade measured by the subject's own targets is not ours (`attributions`); a year-on-year
sentence opening, without "the", with a noun phrase of people or measures compares no grade
of the subject. Made-up sentences of this file's own."""

from __future__ import annotations

import pytest

from peelcheck.prose.judgments import Grammar
from tests.judgment_helpers import grades_read, unqualified_grades, year_on_year


def test_round_52_a_grade_by_its_own_targets(reader: Grammar) -> None:
    text = "Measured against its own targets, the brigade's prevention work is outstanding."
    assert grades_read(reader, text) == []
    # targets not its own: the grade stays ours
    ours = "Measured against national targets, the brigade's prevention work is outstanding."
    assert unqualified_grades(reader, ours) == ["Outstanding"]


@pytest.mark.parametrize(
    "text",
    [
        "Response times in the north of the county have improved since 2019, when we found them"
        " inadequate.",
        "Firefighters' use of thermal imaging has improved since 2019, and it was good in 2022.",
    ],
)
def test_round_52_people_or_measures_open_the_sentence(text: str) -> None:
    assert year_on_year(text, "Good", "Good") == []
    assert year_on_year(text, "Good", "Requires improvement") == []


@pytest.mark.parametrize(
    "text",
    [
        # a pronoun, a time before a comma, a determiner last: the subject's own comparison
        "This is a decline since 2019, when we judged the service to be outstanding.",
        "Last time, we found that the service required improvement; this time we find it good.",
        "Two years ago this was its weakest area; the service has since moved from requires"
        " improvement to good.",
        # a noun phrase of its work, without "the"
        "Protection work has moved up a grade since 2019, from requires improvement to good.",
    ],
)
def test_round_52_the_subjects_own_comparison(text: str) -> None:
    assert year_on_year(text, "Good", "Good") != []
