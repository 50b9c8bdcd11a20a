"""Sentences of a narrative, with character offsets, for text checks.

A sentence ends at `.`, `!` or `?` followed by white space and then a capital letter, a digit
or an opening quote, or at a paragraph break. Abbreviations (e.g., i.e., etc., No.) and
decimals do not end a sentence.
"""

from __future__ import annotations

import re
from functools import lru_cache

_END = re.compile(r"(?<=[.!?])[\"'’”)]*\s+(?=[\"'‘“(]?[A-Z0-9])|\n\s*\n")
_ABBREVIATIONS = ("e.g.", "i.e.", "etc.", "No.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "cf.", "vs.")


@lru_cache(maxsize=4096)
def sentences(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) offsets of each non-empty sentence in `text`, trailing space excluded."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _END.finditer(text):
        if text[: match.start()].endswith(_ABBREVIATIONS) and "\n" not in match.group():
            continue
        _add(text, start, match.start(), spans)
        start = match.end()
    _add(text, start, len(text), spans)
    return tuple(spans)


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def first_sentence(text: str) -> tuple[int, int] | None:
    """Offsets of the first sentence, or None for empty text."""
    found = sentences(text)
    return found[0] if found else None
