"""Text helpers for the prose checks: sentences, clauses, repeated words, phrase lists.

A sentence ends at `.`, `!` or `?` followed by white space and then a capital letter, a digit
or an opening quote, or at a paragraph break. Abbreviations (e.g., i.e., etc., No.), initials
("J. Smith") and decimals do not end a sentence. Every function returns character offsets
into the text it was given, so findings can point at the exact words.

The patterns here are peelcheck's own. Phrases from rule packs are literal text: `Phrases`
escapes them, so no regular expression from a rule file is ever run by Python's `re`.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from typing import Any, Generic, TypeVar

import re2

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
_REPEAT = re.compile(  # atomic groups: a word, or a run of spaces, is never tried in parts
    r"(?<![\w'’])((?>[^\W\d_]+(?:['’][^\W\d_]+)*))(?>[ \t]*\n?[ \t]*)\1(?![\w'’])",
    re.IGNORECASE,
)
_SPACES = re.compile(r"\s*")
# What Python's `\s` matches in a str pattern (every character whose isspace() is true),
# and the characters Python's re.IGNORECASE takes for each ASCII letter beyond its two
# cases. Screens use them to match at least what the `re` patterns here match;
# tests/test_screens.py checks both against the running Python.
PYTHON_SPACES = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
IGNORECASE_EXTRAS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}
_SCREEN_SPACE = "[" + "".join(f"\\x{{{ord(c):x}}}" for c in PYTHON_SPACES) + "]+"
_SCREEN_OPTIONS = re2.Options()
_SCREEN_OPTIONS.log_errors = False
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'"})

L = TypeVar("L")


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


def repeated_words(text: str) -> Iterator[tuple[int, int, int]]:
    """(start, end, second word's start) of each word written twice in a row.

    Only spaces and at most one line break may stand between the two; case is ignored.
    """
    for match in _REPEAT.finditer(text):
        second = match.end() - len(match.group(1))
        yield match.start(), match.end(), second


# For the screen of repeated words: ASCII letters lower-cased, apostrophes kept, every other
# byte (ASCII punctuation, digits, and each byte of a non-ASCII character) a space.
_WORD_BYTES = bytes(
    c + 32 if 65 <= c <= 90 else c if 97 <= c <= 122 or c == 39 else 32 for c in range(256)
)
# Non-ASCII characters that are never part of a word: common typography in reports.
_TYPOGRAPHY = "“”–—…•·£€°§±×÷\xa0\u2009\u202f"
_UNUSUAL = re2.compile("[^\\x00-\\x7f’‘" + _TYPOGRAPHY + "]", options=_SCREEN_OPTIONS)
_NON_ASCII = re.compile("[^\x00-\x7f]")


def may_repeat_word(corpus: str, encoded: bytes) -> bool:
    """False only when no text of `corpus` holds a word that `repeated_words` finds.

    `corpus` is texts joined by line breaks, `encoded` the same in UTF-8. When every word
    character is ASCII (apostrophes aside), words are compared as lower-case tokens split at
    everything else, in a few passes over bytes; a word written twice then shows as two
    equal tokens side by side. A letter beyond ASCII (whose case rules differ) gives True.
    """
    if (
        not corpus.isascii()
        and _UNUSUAL.search(encoded) is not None
        and any(char.isalnum() for char in set(_NON_ASCII.findall(corpus)))
    ):
        return True
    # ’ is an apostrophe inside words ("force’s"); ‘ never is, so its bytes become spaces
    words = encoded.replace("’".encode(), b"'").translate(_WORD_BYTES).split()
    return any(map(operator.eq, words, islice(words, 1, None)))


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


@dataclass(frozen=True, slots=True)
class PhraseMatch(Generic[L]):
    """A phrase found in a text: its offsets and the label its list gave it."""

    start: int
    end: int
    label: L


class Phrases(Generic[L]):
    """Find literal phrases, each with a label, as whole words.

    Matching ignores case and the amount of white space between words, reads ’ as ' and
    '&' as 'and'. Where phrases overlap, the longest wins (list "is good at" and "is good"
    and the first is found in "is good at").
    """

    def __init__(self, labelled: Iterable[tuple[str, L]]) -> None:
        self._labels: dict[str, L] = {}
        for phrase, label in labelled:
            key = normalise(phrase)
            if key:
                self._labels.setdefault(key, label)
        body = _alternation(sorted(self._labels, key=len, reverse=True))
        # how far back `ending_at` looks: the longest phrase, with room for extra spaces
        self._reach = 2 * max(map(len, self._labels), default=0) + 40
        self._body = body
        self._find = re.compile(body, re.IGNORECASE)
        self._ends: re.Pattern[str] | None = None  # compiled on first use: most lists never are
        self._screen: Any = None  # likewise

    def __bool__(self) -> bool:
        return bool(self._labels)

    def may_occur(self, corpus: bytes) -> bool:
        """False only when no phrase can be found in any text of `corpus`.

        `corpus` is texts joined by line breaks, in UTF-8. One RE2 scan, which matches at
        least wherever `finditer` would in any of the texts (it skips the word boundaries),
        lets a check skip a draft that holds none of its phrases.
        """
        if self._screen is None:
            self._screen = phrase_screen(self._labels)
        return self._screen.search(corpus) is not None

    def finditer(
        self, text: str, start: int = 0, end: int | None = None
    ) -> Iterator[PhraseMatch[L]]:
        """Non-overlapping phrases in text[start:end], left to right."""
        stop = len(text) if end is None else end
        for match in self._find.finditer(text, start, stop):
            yield PhraseMatch(match.start(), match.end(), self._label(match.group()))

    def finditer_before(self, text: str, end: int) -> Iterator[PhraseMatch[L]]:
        """The phrases `finditer(text)` yields that end by `end`, reading little beyond it.

        Each match is searched for in text[:end] and confirmed in the whole text, so a
        phrase that would run on past `end` ("is good at" across a paragraph break) stops
        the search exactly where the whole-text search would swallow the rest.
        """
        position = 0
        while True:
            near = self._find.search(text, position, end)
            if near is None:
                return
            # the whole-text search stops at this match at the latest
            match = self._find.search(text, position)
            if match is None or match.span() != near.span():
                return  # a longer phrase runs past `end`: nothing more ends before it
            yield PhraseMatch(match.start(), match.end(), self._label(match.group()))
            position = match.end()

    def ending_at(self, text: str, start: int, end: int) -> PhraseMatch[L] | None:
        """The phrase that ends text[start:end] (trailing white space allowed), if any."""
        if self._ends is None:
            self._ends = re.compile(rf"(?:{self._body})\s*\Z", re.IGNORECASE)
        match = self._ends.search(text, max(start, end - self._reach), end)
        if match is None:
            return None
        found = match.group().rstrip()
        return PhraseMatch(match.start(), match.start() + len(found), self._label(found))

    def starting_at(self, text: str, start: int, end: int) -> PhraseMatch[L] | None:
        """The phrase that starts text[start:end] (leading white space allowed), if any."""
        # no phrase starts with white space, so a phrase here starts after all of it
        spaces = _SPACES.match(text, start, end)
        match = self._find.match(text, spaces.end(), end) if spaces else None
        if match is None:
            return None
        return PhraseMatch(match.start(), match.end(), self._label(match.group()))

    def _label(self, found: str) -> L:
        key = normalise(found)
        if key in self._labels:
            return self._labels[key]
        # IGNORECASE also matched a letter whose lower case is another (ı for i, ſ for s,
        # ς for σ): ask each phrase, as the pattern did; this is rare
        return next(
            value
            for phrase, value in self._labels.items()
            if re.fullmatch(_alternation([phrase]), found, re.IGNORECASE)
        )


Trie = dict[str, tuple["Trie", bool]]


def _alternation(phrases: list[str]) -> str:
    r"""One regex for normalised `phrases`, each as whole words, the longest match first.

    The phrases are merged into a tree of words ("is good at" and "is good in" share "is
    good"), so Python's regex engine tries each word of a position once instead of every
    phrase in turn: long phrase lists stay fast. Worded phrases share one lookbehind
    `(?<!\w)`; phrases of punctuation (";") need no word boundary.
    """
    tree: Trie = {}
    for phrase in phrases:
        node, words = tree, phrase.split(" ")
        for index, word in enumerate(words):
            child, ends = node.get(word, ({}, False))
            node[word] = (child, ends or index == len(words) - 1)
            node = child
    worded = {w: v for w, v in tree.items() if w[:1].isalnum()}
    other = {w: v for w, v in tree.items() if not w[:1].isalnum()}
    parts = [r"(?<!\w)(?:" + _branches(worded) + ")"] if worded else []
    if other:
        parts.append(_branches(other))
    return "|".join(parts) if parts else r"(?!x)x"


def _branches(tree: Trie) -> str:
    branches = []
    for word in sorted(tree, key=len, reverse=True):
        child, ends = tree[word]
        pattern = "(?:and|&)" if word == "and" else _word(word)
        tail = r"(?!\w)" if word[-1:].isalnum() else ""
        if not child:
            branches.append(pattern + tail)
            continue
        more = r"\s+(?:" + _branches(child) + ")"
        # a longer phrase first: "is good at" before "is good"
        branches.append(f"{pattern}(?:{more}|{tail})" if ends else pattern + more)
    return "|".join(branches)


def phrase_screen(phrases: Iterable[str]) -> Any:
    """An RE2 pattern matching wherever a `Phrases` pattern of normalised `phrases` could.

    Case follows Python's IGNORECASE, white space Python's `\\s`, and "and" also matches "&",
    as in `Phrases`; word boundaries are left out and a letter beyond ASCII matches any
    character, so the screen matches at least every place the exact pattern does. Search
    it in UTF-8 bytes.
    """
    alternatives = [
        _SCREEN_SPACE.join(_screen_word(word) for word in phrase.split(" ")) for phrase in phrases
    ]
    source = "(?is)(?:" + "|".join(alternatives) + ")" if alternatives else "[^\\x00-\\x{10ffff}]"
    return re2.compile(source, options=_SCREEN_OPTIONS)


def _screen_word(word: str) -> str:
    if word == "and":
        return "(?:and|&)"
    parts = []
    for char in word:
        if char == "'":
            parts.append("['’‘]")
        elif char.isascii() and char.isalpha():
            # RE2's (?i) already takes K (Kelvin) for k and ſ for s, as Python does
            extras = IGNORECASE_EXTRAS.get(char.lower(), "")
            parts.append(f"[{char}{extras}]" if char.lower() == "i" else char)
        elif char.isascii():
            parts.append(re.escape(char))
        else:
            parts.append(".")
    return "".join(parts)


def _word(word: str) -> str:
    return "".join("['’‘]" if c == "'" else re.escape(c) for c in word)


def clauses(text: str, start: int, end: int, breaks: Phrases[Any] | None) -> list[tuple[int, int]]:
    """Split text[start:end] at the `breaks` phrases (e.g. 'but', ';'), dropping them."""
    spans: list[tuple[int, int]] = []
    here = start
    if breaks:
        for match in breaks.finditer(text, start, end):
            spans.append((here, match.start))
            here = match.end
    spans.append((here, end))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def field_texts(node: Any, path: str, fields: Sequence[str]) -> Iterator[tuple[str, str]]:
    """(data path, text) of each named field of `node` holding text or a list of texts."""
    from peelcheck.loader import join_path

    if not isinstance(node, dict):
        return
    for name in fields:
        value = node.get(name)
        where = join_path(path, name)
        if isinstance(value, str):
            if value.strip():
                yield where, value
        elif isinstance(value, list):
            for index, item in enumerate(value):
                if isinstance(item, str) and item.strip():
                    yield f"{where}[{index}]", item
