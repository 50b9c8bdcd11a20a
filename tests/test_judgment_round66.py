"""Round 66 of the judgment grammar (issue 16), on a class of the tuning part's misses (spent
batches): someone else's view made ours before the grade ("Partners told us ..., and we
agree: it is outstanding", "Staff told us, and we agree, that the service is good at ...")
is our judgment, unless someone else speaks again after our agreement. Made-up sentences of
this file's own."""

from __future__ import annotations

import pytest

from peelcheck.prose.judgments import Grammar
from tests.judgment_helpers import unqualified_grades

SERVICE = "Kent Fire and Rescue Service"


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        (
            "Partners told us the service's prevention work was strong, and we agree: it is"
            " outstanding.",
            "Outstanding",
        ),
        (
            "Staff told us, and we agree, that the service is good at promoting its values.",
            "Good",
        ),
    ],
)
def test_round_66_read(reader: Grammar, text: str, grade: str) -> None:
    assert unqualified_grades(reader, text, SERVICE) == [grade]


@pytest.mark.parametrize(
    "text",
    [
        # someone else speaks again after our agreement, or no one of ours agrees
        "The service told us it had improved, and we agree; partners said it is outstanding.",
        "Staff told us the service is good, and they agree with the chief fire officer.",
        "Partners told us the service's prevention work was strong, and they agree: it is good.",
    ],
)
def test_round_66_not_read(reader: Grammar, text: str) -> None:
    assert unqualified_grades(reader, text, SERVICE) == []
