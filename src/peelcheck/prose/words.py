"""Word-level helpers for the prose checks: repeated words, clauses, case and spacing.

The patterns here are peelcheck's own; offsets are character offsets into the text given.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import re2

from peelcheck.prose.screens import SCREEN_OPTIONS

_REPEAT = re.compile(  # atomic groups: a word, or a run of spaces, is never tried in parts
    r"(?<![\w'’])((?>[^\W\d_]+(?:['’][^\W\d_]+)*))(?>[ \t]*\n?[ \t]*)\1(?![\w'’])",
    re.IGNORECASE,
)
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'"})


def repeated_words(text: str) -> Iterator[tuple[int, int, int]]:
    """(start, end, second word's start) of each word written twice in a row.

    Only spaces and at most one line break may stand between the two; case is ignored.
    """
    for match in _REPEAT.finditer(text):
        second = match.end() - len(match.group(1))
        yield match.start(), match.end(), second


# For the screen of repeated words: ASCII letters lower-cased, apostrophes kept, ASCII white
# space a space, every other byte (punctuation, digits, each byte of a non-ASCII character)
# \x01, which stands between two words that `_REPEAT` then cannot take for a repeat.
_WORD_BYTES = bytes(
    c + 32
    if 65 <= c <= 90
    else c
    if 97 <= c <= 122 or c == 39
    else 32
    if chr(c) in " \t\n\r\x0b\x0c"
    else 1
    for c in range(256)
)
# Non-ASCII characters that are never part of a word: common typography in reports.
_TYPOGRAPHY = "“”–—…•·£€°§±×÷\xa0\u2009\u202f"
_UNUSUAL = re2.compile("[^\\x00-\\x7f’‘" + _TYPOGRAPHY + "]", options=SCREEN_OPTIONS)
_NON_ASCII = re.compile("[^\x00-\x7f]")
# Two equal runs of word bytes with only spaces between; a space opens every run (see below)
_PAIR = re.compile(rb" ([a-z']++) ++\1(?![a-z'])")
_CURLY = "’".encode()


def may_repeat_word(corpus: str, encoded: bytes) -> bool:
    """False only when no text of `corpus` holds a word that `repeated_words` finds.

    `corpus` is texts joined by line breaks, `encoded` the same in UTF-8. When every word
    character is ASCII (apostrophes aside), one search of the bytes as `_WORD_BYTES` maps
    them for two equal words side by side, with a space after each byte 1 and before the
    text so that every run of word bytes opens after a space ("crime. Crime" is no repeat).
    A letter beyond ASCII (whose case rules differ) gives True.
    """
    if (
        not corpus.isascii()
        and _UNUSUAL.search(encoded) is not None
        and any(char.isalnum() for char in set(_NON_ASCII.findall(corpus)))
    ):
        return True
    # ’ is an apostrophe inside words ("force’s"); ‘ never is, so its bytes become byte 1
    marked = encoded.replace(_CURLY, b"'").translate(_WORD_BYTES)
    return _PAIR.search(b" " + marked.replace(b"\x01", b"\x01 ")) is not None


def shorten(text: str, limit: int = 80) -> str:
    """`text` on one line, cut to `limit` characters with an ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def normalise(text: str) -> str:
    """Lower case, one space between words, straight apostrophes, '&' read as 'and'."""
    flat = " ".join(text.translate(_APOSTROPHES).replace("&", " and ").split())
    return flat.lower()


def keep_case(found: str, replacement: str) -> str:
    """`replacement` with the capitalisation of `found` (all capitals or a capital first)."""
    letters = [c for c in found if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return replacement.upper()
    if letters and letters[0].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement
