"""Round 65 of the judgment grammar (issue 16), on the tuning part's false alarms (spent
batches): a question asked with "whether" ("We will look at whether the service's
protection work has become good") is no bare noun phrase of the subject's work, so it
states no grade; a grade dated to a report of another year after it ("was graded inadequate
in our 2023-25 report") is that year's. Made-up sentences of this file's own."""

from __future__ import annotations

from typing import Any

import pytest

from peelcheck.prose.judgments import Grammar, grammar
from tests.judgment_helpers import unqualified_grades, without

SERVICE = "Essex County Fire and Rescue Service"


@pytest.mark.parametrize(
    "text",
    [
        "Our next inspection will ask whether the service's prevention work has become outstanding.",
        "It is too soon to say whether its response to fires is good.",
        "The service's handling of complaints was graded adequate in our 2023-25 report.",
        "Its protection work was judged inadequate in the 2019 report.",
    ],
)
def test_round_65_not_read(reader: Grammar, text: str) -> None:
    assert unqualified_grades(reader, text, SERVICE) == []


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        # near misses: the grade of this inspection stands
        ("The service's handling of complaints is adequate in this report.", "Adequate"),
        ("Its prevention work is outstanding, whether in towns or in villages.", "Outstanding"),
    ],
)
def test_round_65_still_read(reader: Grammar, text: str, grade: str) -> None:
    assert unqualified_grades(reader, text, SERVICE) == [grade]


def test_round_65_the_words_are_pack_data(grammar_data: dict[str, Any]) -> None:
    text = "The service's handling of complaints was graded adequate in our 2023-25 report."
    # (round 92's "in our {year}" took in round 65's "in our {year} report")
    less = without(grammar_data, ("past_after",), "in our {year}")
    assert unqualified_grades(grammar(less), text, SERVICE) == ["Adequate"]
