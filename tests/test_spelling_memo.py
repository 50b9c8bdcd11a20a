"""The spelling check remembers, per process, the words it never reports (issue 21: most
words of real prose are looked at once). What it remembers must not change a finding: a
check that has read many texts reports on each text what a fresh check reports."""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peelcheck.checks import spelling
from peelcheck.draft.model import Report
from peelcheck.draft.read import load_text
from peelcheck.engine.context import DraftContext
from peelcheck.packs.load import builtin_pack_names, load_ruleset
from tests.conftest import MINIMAL

RULESET = load_ruleset(builtin_pack_names())
LOADED = load_text(MINIMAL, "draft.yaml")
CONTEXT = DraftContext(
    LOADED, Report.model_validate(LOADED.data), RULESET.pack_data, dt.date(2026, 1, 1)
)

# A misspelt word read as a name inside a sentence, then at a sentence's start; words the
# check never reads (one letter, inner capitals, beside digits, in an address); American
# spellings, house spellings, closed compounds
TEXTS = [
    "The force works with Polcie and partners. Polcie were late to Teh meeting.",
    "Polcie were late. Later Polcie came.",
    "A plan. The NHS and McDonlad work with a force; 3rd Recieve the plan.",
    "Officers at www.recieve.gov.uk and recieve@example.org use colour, color and organize.",
    "Police work with the Police. Teh Police recieve eachother timeframes in the Wholtime way.",
    "Judgement is the word: judgement, Judgement. Organisation and organization.",
    "Xyzzy was seen. xyzzy. Xyzzyx, a capitalised word of eight letters or more: Xyzzyxxxxx.",
    "Teh force works with the Police.",  # only its first word is wrong
    "The force works with the Police, eachother.",  # only its last
]


def _check() -> spelling.Spelling:
    rule = RULESET.get("spelling")
    assert rule is not None
    check = rule.spec.check
    assert isinstance(check, spelling.Spelling)
    return check


def _cold() -> spelling.Spelling:
    """The built-in check as it is before reading any draft."""
    check = copy.copy(_check())
    check._right = set()
    check._clean = set()
    check._verdicts = {}
    return check


def _hits(check: spelling.Spelling, text: str) -> list[tuple[Any, ...]]:
    node = {"narrative": text}
    return [
        (hit.path, hit.span, hit.values["word"], hit.values["problem"], hit.values["fix"])
        for hit in check.run(node, "questions[0]", CONTEXT)
    ]


def _same_as_fresh(texts: list[str], warm: spelling.Spelling) -> None:
    for text in texts:
        assert _hits(warm, text) == _hits(_cold(), text), text


def test_a_check_that_read_other_texts_reports_what_a_fresh_one_does() -> None:
    warm = _cold()
    _same_as_fresh(TEXTS, warm)
    _same_as_fresh(TEXTS[::-1], warm)
    assert {"a", "NHS", "Police", "colour"} <= warm._right
    assert "Polcie" not in warm._right  # a name inside a sentence, misspelt at its start


def test_the_words_remembered_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(spelling, "_MEMO_WORDS", 3)
    warm = _cold()
    _same_as_fresh(TEXTS + TEXTS, warm)
    assert len(warm._right) <= 3
    assert len(warm._verdicts) <= 3


def test_the_texts_give_findings() -> None:
    found = [hit[2] for text in TEXTS for hit in _hits(_cold(), text)]
    assert {"Polcie", "Teh", "recieve", "color", "organize", "eachother", "Xyzzyx"} <= set(found)
    assert "McDonlad" not in found and "Recieve" not in found  # inner capital; a name


_WORDS = [
    "the", "The", "force", "Force", "Polcie", "polcie", "Teh", "a", "A", "NHS", "McDonlad",
    "Police", "colour", "color", "eachother", "timeframes", "recieve", "Recieve", "Xyzzyxxxxx",
    "judgement", "Wholtime", "co-ordinate", "Wi-Fi", "under-reported", "underreported",
]  # fmt: skip
_GLUE = [" ", " ", " ", ". ", ", ", "\n", "3", " (", "’s ", "-"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_GLUE)), max_size=12),
        min_size=1,
        max_size=5,
    )
)
def test_any_texts_of_tricky_words_read_warm_as_fresh(texts: list[list[tuple[str, str]]]) -> None:
    warm = _cold()
    _same_as_fresh(TEXTS, warm)
    _same_as_fresh(["".join(w + g for w, g in words) for words in texts], warm)


_PIECES = ["a", "aa", "co", "ordinate", "force", "Force", "’", "'", "-", "--", " ", "3", "_", "é", "½", "\n"]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30), st.data())
def test_places_of_a_few_words_are_the_matches_of_those_words(
    pieces: list[str], data: st.DataObject
) -> None:
    """`_places` finds a text's words not yet found right with `str.find`; it must give the
    places the word pattern gives, whether it reads them one by one or in one pass."""
    text = "".join(pieces)
    matches = [(m.start(), m.group()) for m in spelling._WORD.finditer(text)]
    found = sorted({word for _, word in matches})
    words = set(data.draw(st.lists(st.sampled_from(found), unique=True))) if found else set()
    words |= {"ordinate", "a"}  # parts of a longer word are never places of their own
    expected = [(start, word) for start, word in matches if word in words]
    assert spelling._places(text, words, len(words) * spelling._FEW) == expected  # by find
    assert spelling._places(text, words, 0) == expected  # one pass
