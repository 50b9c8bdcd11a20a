"""Sentences: where each sentence of a text starts and ends.

A sentence ends at `.`, `!` or `?` followed by white space and then a capital letter, a digit
or an opening quote, or at a paragraph break. Abbreviations (e.g., i.e., etc., No.), initials
("J. Smith") and decimals do not end a sentence. Offsets are character offsets into the text
given, so findings can point at the exact words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

# fmt: off
_ABBREVIATIONS = [
    "e.g", "i.e", "etc", "No", "Nos", "Mr", "Mrs", "Ms", "Dr", "St", "cf", "vs", "approx", "incl",
    "para", "paras", "pp", "p", "Fig", "Sgt", "Insp", "Supt", "Det", "Con", "Ch", "Prof", "Rev",
    "Cllr", "Capt", "Lt", "Col", "Co", "Dept", "Govt", "Op", "Ops", "Ref", "ref", "Vol", "vol",
]
# fmt: on


def _not_after_abbreviation() -> str:
    """Lookbehinds (one per length) refusing a full stop that ends an abbreviation or initial.

    An abbreviation ("e.g.", "No.") or an initial ("J.") counts only after white space, an
    opening bracket or quote, or at the start of the text.
    """
    by_length: dict[int, list[str]] = {}
    for word in _ABBREVIATIONS:
        by_length.setdefault(len(word), []).append(re.escape(word))
    parts = []
    for words in by_length.values():
        either = "|".join(words)
        parts.append(f"(?<![\\s(\\[‘“'\"](?:{either})\\.)(?<!^(?:{either})\\.)")
    parts.append("(?<![\\s(][A-Z]\\.)(?<!^[A-Z]\\.)")
    return "".join(parts)


# A sentence ends at . ! or ? (not ending an abbreviation), closing quotes or brackets, white
# space, and a capital, digit or opening quote; or at a blank line. Starting with the
# character class lets the regex engine skip ahead to candidates.
_END = re.compile(f"[.!?]{_not_after_abbreviation()}([\"'’”)]*)\\s+(?=[\"'‘“(]?[A-Z0-9])|\n\\s*\n")


@lru_cache(maxsize=256)  # the texts of one draft: rules share the work on them
def sentences(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) offsets of each non-empty sentence in `text`, trailing space excluded."""
    return tuple(_sentences(text))


def first_sentence(text: str) -> tuple[int, int] | None:
    """Offsets of the first sentence, or None for empty text (reads only as far as it)."""
    return next(_sentences(text), None)


def _sentences(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for match in _END.finditer(text):
        at = match.end(1) if match.group(1) is not None else match.start()
        span = _trimmed(text, start, at)
        if span is not None:
            yield span
        start = match.end()
    span = _trimmed(text, start, len(text))
    if span is not None:
        yield span


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None
