"""A finding's excerpt looks up the sentences around its words by bisection (issue 21:
full-length reports have many findings in long texts); it must find the bounds reading
every sentence of the text found."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from peelcheck.engine.evaluate import around
from peelcheck.prose.sentences import Splitter

SPLITTER = Splitter()


def _every_sentence(spans: tuple[tuple[int, int], ...], start: int, end: int) -> tuple[int, int]:
    """Where the excerpt's sentences begin and end, reading every sentence."""
    first, last = start, end
    for s_start, s_end in spans:
        if s_start <= start < s_end or (start == s_end and s_start < start):
            first = min(first, s_start)
        if s_start < end <= s_end:
            last = max(last, s_end)
    return first, last


_PIECES = ["The force", " is good.", " Officers", " act!", "\n\n", " ", "  ", "Mr. Smith",
           " 3.", " It ", "works?", "(A) ", "“Yes.” ", "end"]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=20), st.data())
def test_the_sentences_found_are_the_ones_every_sentence_gives(
    pieces: list[str], data: st.DataObject
) -> None:
    text = "".join(pieces)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, min(len(text), start + 30)))
    spans = SPLITTER.sentences(text)
    assert around(spans, start, end) == _every_sentence(spans, start, end)


def test_sentences_side_by_side() -> None:
    """Sentences that touch (no splitter here gives them; the bounds still hold)."""
    spans = ((0, 5), (5, 9), (11, 20))
    for start in range(21):
        for end in range(start, 21):
            assert around(spans, start, end) == _every_sentence(spans, start, end)
