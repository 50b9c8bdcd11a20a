"""`Phrases.finditer_screened` (issue 21) finds a phrase list's phrases only where its RE2
screen matches; it must find what the list's own `finditer` finds, in any text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from peelcheck.prose.phrases import Phrases

PHRASES = ["form harm", "formally known as", "formally", "is good", "is good at", "R&D",
           "officers’ views", ";", "ſort", "İll"]  # fmt: skip
LIST = Phrases((p, p.upper()) for p in PHRASES)


def _both(text: str) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]]:
    expected = [(m.start, m.end, m.label) for m in LIST.finditer(text)]
    found = [(m.start, m.end, m.label) for m in LIST.finditer_screened(text)]
    return found, expected


def test_set_texts() -> None:
    for text in [
        "The force is good at it; Form  harm, formally known as X.",
        "“Formally” known — as the is good\u00a0at and R and D or R&D; é formally",
        "xform harm, formally known asx, is goodat, FORMALLY KNOWN\nAS",
        "officers' views and officers’ views; SORT and ſort; ıll, İll and ill",
        "a lone surrogate \udc80 is good at it",
        "xsort; xis good;is good",  # a place the screen finds and a phrase just after it
    ]:
        found, expected = _both(text)
        assert found == expected, text
        assert found  # each text holds phrases


_PIECES = ["form", "Form", "harm", "formally", "known", "as", "is", "good", "at", "R", "&",
           "D", "and", "officers", "’", "'", "views", ";", "ſort", "sort", "İll", "ill",
           " ", " ", "  ", "\n", "\u00a0", "x", "é", "\udc80", "—", "“", "3", "-"]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30))
def test_any_text_of_phrase_pieces(pieces: list[str]) -> None:
    found, expected = _both("".join(pieces))
    assert found == expected
