"""Round 16 of the judgment grammar (issue 16): classes of phrasing read from fresh wording,
each a made-up sentence of this file's own, with its near miss that must read otherwise."""

from __future__ import annotations

import pytest

from peelcheck.prose.judgments import Grammar


def _qualified(reader: Grammar, text: str) -> list[tuple[str, bool]]:
    return [(j.grade, j.qualified) for j in reader.read(text, 0, len(text), "Avon Fire Brigade")]


# group 1: a second grade with its verb left out and a comma in its place ("...; its
# rescues, good"), after a possessed or a bare noun phrase: two grades, so qualified
ELIDED = [
    ("The brigade's prevention work is good; its rescues, outstanding.", [("Good", True)]),
    ("Answering calls, adequate; preventing fires, good.", [("Adequate", True)]),
    # no second grade of the subject: a partner's, or no grade at all
    ("The brigade's prevention work is good; the council, outstanding.", [("Good", False)]),
    ("The brigade's prevention work is good; its rescues, too.", [("Good", False)]),
]


@pytest.mark.parametrize(("text", "read"), ELIDED)
def test_round_16_elided_second_grades(
    reader: Grammar, text: str, read: list[tuple[str, bool]]
) -> None:
    assert _qualified(reader, text) == read
