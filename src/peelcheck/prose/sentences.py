"""Sentences: where each sentence of a text starts and ends.

A sentence ends at `.`, `!` or `?` followed by white space and then a capital letter, a digit
or an opening quote, or at a paragraph break. Initials ("J. Smith") and decimals never end a
sentence; abbreviations come from the rule packs (the `base` pack's `abbreviations` data), so
a methodology team adds one without touching code. Offsets are character offsets into the
text given, so findings can point at the exact words.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Iterable

Span = tuple[int, int]


def _by_length(words: Iterable[str]) -> list[str]:
    """Alternations of escaped `words`, one per length (lookbehinds need a fixed width)."""
    groups: dict[int, list[str]] = {}
    for word in sorted({w.strip().rstrip(".") for w in words} - {""}):
        groups.setdefault(len(word), []).append(re.escape(word))
    return ["|".join(group) for group in groups.values()]


def _after(words: Iterable[str], negative: bool) -> str:
    """Lookbehinds for a full stop that ends one of `words`: the word counts only after
    white space, an opening bracket or quote, or at the start of the text."""
    mark = "!" if negative else "="
    parts = []
    for either in _by_length(words):
        parts.append(f"(?<{mark}[\\s(\\[‘“'\"](?:{either})\\.)")
        parts.append(f"(?<{mark}^(?:{either})\\.)")
    return ("" if negative else "|").join(parts)


# after a full stop, ! or ?: closing quotes or brackets (group 1), white space, and a
# capital, digit or opening quote
_CLOSED = "([\"'’”)]*)\\s+(?=[\"'‘“(]?[A-Z0-9])"


def not_ending(abbreviations: Iterable[str], before_numbers: Iterable[str]) -> str:
    """The lookarounds after a full stop (`!`, `?`) that ends no sentence: after an
    abbreviation or an initial, or after one of `before_numbers` before a number."""
    always = _after(abbreviations, negative=True)
    numbered = _after(before_numbers, negative=False)
    not_number = f"(?!(?:{numbered})\\s+[0-9])" if numbered else ""
    initial = "(?<![\\s(][A-Z]\\.)(?<!^[A-Z]\\.)"
    return always + initial + not_number


class Splitter:
    """Splits texts into sentences, knowing a pack's abbreviations.

    `abbreviations` ("e.g.", "Det.", "Supt.") never end a sentence; `before_numbers`
    ("Nov.", "approx.", "secs.") do not end one when a number follows ("In Nov. 2023 the
    force"), but do before a capital ("within 10 secs. The force"). Build one per set of
    rules (`PackData.splitter`): the pattern is compiled once, and the sentences of each
    text are kept for the rules that ask again.
    """

    def __init__(self, abbreviations: Iterable[str] = (), before_numbers: Iterable[str] = ()):
        # A sentence ends at . ! or ? (not ending an abbreviation), closing quotes or
        # brackets, white space, and a capital, digit or opening quote; or at a blank line.
        # One character class opens the pattern, both branches after it: the regex engine
        # then skips to the candidates (`re` finds no such prefix for two branches, and
        # tried the whole pattern at every character: half the time of splitting)
        self._end = re.compile(
            f"[.!?\\n](?:(?<=[.!?]){not_ending(abbreviations, before_numbers)}"
            f"{_CLOSED}|(?<=\\n)\\s*\\n)"
        )
        self._known: OrderedDict[str, tuple[Span, ...]] = OrderedDict()

    def sentences(self, text: str) -> tuple[Span, ...]:
        """(start, end) offsets of each non-empty sentence in `text`, trailing space excluded."""
        known = self._known.get(text)
        if known is None:
            known = self._known[text] = self._split(text)
            if len(self._known) > 256:  # the texts of one draft: rules share the work on them
                self._known.popitem(last=False)
        return known

    def first_sentence(self, text: str) -> Span | None:
        """Offsets of the first sentence, or None for empty text (reads only as far as it)."""
        known = self._known.get(text)
        if known is not None:
            return known[0] if known else None
        start = 0
        for match in self._end.finditer(text):  # as `_split`, to its first sentence
            at = match.end(1)
            span = _trimmed(text, start, at if at >= 0 else match.start())
            if span is not None:
                return span
            start = match.end()
        return _trimmed(text, start, len(text))

    def _split(self, text: str) -> tuple[Span, ...]:
        """Each sentence's span, in one loop: every text a rule reads is split, so this is
        the hot path (a span with no white space at either end, nearly all, is kept as it is)."""
        spans = []
        start = 0
        for match in self._end.finditer(text):
            at = match.end(1)  # -1 at a blank line: the sentence ends where it starts
            if at < 0:
                at = match.start()
            if start < at and not text[start].isspace() and not text[at - 1].isspace():
                spans.append((start, at))
            else:
                span = _trimmed(text, start, at)
                if span is not None:
                    spans.append(span)
            start = match.end()
        span = _trimmed(text, start, len(text))
        if span is not None:
            spans.append(span)
        return tuple(spans)

    def __getstate__(self) -> dict[str, object]:
        return {"_end": self._end, "_known": OrderedDict()}  # workers need no texts of ours


def _trimmed(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None
