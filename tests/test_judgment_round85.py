"""Round 85 of the judgment grammar (issue 16), on batch 57's misses (spent after round 83): a
limiting word in a clause before a semicolon ("Our review of files showed investigations
were, in the main, well supervised; this supports our judgment that the force is good at
...") does not qualify a judgment after the semicolon, as a contrast's conjunction does not
qualify the main clause after its own. Made-up sentences of this file's own."""

from __future__ import annotations

import pytest

from peelcheck.prose.judgments import Grammar
from tests.judgment_helpers import FRS_2021, grades_read, year_on_year


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # the limit in an earlier clause of its own: the judgment after ";" stands whole
        (
            "Our review of 40 files showed that investigations were, in the main, well "
            "supervised; this supports our judgment that Avon Fire Brigade is good at "
            "protecting the public.",
            [("Good", False)],
        ),
        (
            "Audits were largely completed on time; Avon Fire Brigade is good at protecting "
            "the public.",
            [("Good", False)],
        ),
        # in the judgment's own clause it still qualifies
        (
            "In the main, Avon Fire Brigade is good at protecting the public.",
            [("Good", True)],
        ),
    ],
)
def test_round_85_a_limit_before_a_semicolon(
    reader: Grammar, text: str, read: list[tuple[str, bool]]
) -> None:
    assert grades_read(reader, text) == read


@pytest.mark.parametrize(
    "text",
    [
        "Across fire and rescue services, the proportion graded good or outstanding for "
        "protection has risen since 2021/22.",
        "Across the 44 services, the number graded outstanding for prevention has fallen since "
        "2021/22.",
    ],
)
def test_round_85_the_national_picture_is_no_ones_earlier_grade(text: str) -> None:
    for previous in ("Good", "Requires improvement", "Outstanding"):
        assert year_on_year(text, "Good", previous, FRS_2021) == []
