"""Round 16 of the judgment grammar (issue 16): classes of phrasing read from fresh wording,
each a made-up sentence of this file's own, with its near miss that must read otherwise."""

from __future__ import annotations

import json

import pytest

from peelcheck.draft.read import load_text
from peelcheck.packs.load import builtin_pack_names, load_ruleset
from peelcheck.prose.judgments import Grammar
from peelcheck.run.pipeline import check_loaded
from peelcheck.run.settings import RunSettings


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


def _contradictions(narrative: str, grade: str) -> list[str]:
    """narrative-contradicts-grade's messages for a one-question FRS 2021/22 draft."""
    draft = {
        "peelcheck": 1,
        "inspection": {"programme": "FRS", "cycle": "2021/22", "subject": "Avon Fire Brigade"},
        "questions": [{"number": 1, "title": "T", "grade": grade, "narrative": narrative}],
    }
    ruleset = load_ruleset(builtin_pack_names(), select=["narrative-contradicts-grade"])
    result = check_loaded(
        load_text(json.dumps(draft), "d.json", json=True), ruleset, RunSettings(packs=())
    )
    return [f.message for f in result.findings if f.rule == "narrative-contradicts-grade"]


# group 2: the rest of the area named weaker after the judgment, or the inspectorate's
# concern about it: a qualified judgment, no plain contradiction (`judgement_qualifiers`)
WEAKER = [
    "The brigade is good at rescues, but is less effective at prevention.",
    "The brigade is good at rescues; with prevention, it is less consistent.",
    "The brigade is good at rescues; its weakness is prevention.",
    "The brigade is good at rescues, prevention apart.",
    "The brigade is good at rescues, but HMICFRS is concerned about its prevention work.",
    "The brigade is good at rescues, but it must improve its prevention work.",
]


@pytest.mark.parametrize("text", WEAKER)
def test_round_16_the_rest_named_weaker_qualifies(text: str) -> None:
    assert _contradictions(text, "Requires improvement") == []
    # the same judgment with nothing after it still contradicts the grade
    plain = text.split(",")[0].split(";")[0].rstrip(".") + "."
    assert _contradictions(plain, "Requires improvement") != []
