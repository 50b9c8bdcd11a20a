"""Text helpers for the prose checks: sentences, clauses, repeated words, phrase lists.

A sentence ends at `.`, `!` or `?` followed by white space and then a capital letter, a digit
or an opening quote, or at a paragraph break. Abbreviations (e.g., i.e., etc., No.), initials
("J. Smith") and decimals do not end a sentence. Every function returns character offsets
into the text it was given, so findings can point at the exact words.

The patterns here are peelcheck's own. Phrases from rule packs are literal text: `Phrases`
escapes them, so no regular expression from a rule file is ever run by Python's `re`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Generic, TypeVar

_END = re.compile(r"(?<=[.!?])([\"'’”)]*)\s+(?=[\"'‘“(]?[A-Z0-9])|\n\s*\n")
_ABBREVIATION = re.compile(
    r"(?:^|[\s(\[‘“'\"])(?:e\.g|i\.e|etc|No|Nos|Mr|Mrs|Ms|Dr|St|cf|vs|approx|incl|para|paras"
    r"|pp|p|Fig|Sgt|Insp|Supt|Det|Con|Ch|Prof|Rev|Cllr|Capt|Lt|Col|Co|Dept|Govt|Op|Ops|Ref|ref"
    r"|Vol|vol)\.\Z"
)
_INITIAL = re.compile(r"(?:^|[\s(])[A-Z]\.$")
_REPEAT = re.compile(  # atomic groups: a word, or a run of spaces, is never tried in parts
    r"(?<![\w'’])((?>[^\W\d_]+(?:['’][^\W\d_]+)*))(?>[ \t]*\n?[ \t]*)\1(?![\w'’])",
    re.IGNORECASE,
)
_SPACES = re.compile(r"\s*")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'"})

L = TypeVar("L")


@lru_cache(maxsize=4096)
def sentences(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) offsets of each non-empty sentence in `text`, trailing space excluded."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _END.finditer(text):
        at = match.end(1) if match.group(1) is not None else match.start()
        if match.group().count("\n") < 2:  # a blank line always ends a sentence
            head = text[max(0, match.start() - 8) : match.start()]
            if _ABBREVIATION.search(head) or _INITIAL.search(head[-3:]):
                continue
        _add(text, start, at, spans)
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


def repeated_words(text: str) -> Iterator[tuple[int, int, int]]:
    """(start, end, second word's start) of each word written twice in a row.

    Only spaces and at most one line break may stand between the two; case is ignored.
    """
    for match in _REPEAT.finditer(text):
        second = match.end() - len(match.group(1))
        yield match.start(), match.end(), second


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

    def __bool__(self) -> bool:
        return bool(self._labels)

    def finditer(
        self, text: str, start: int = 0, end: int | None = None
    ) -> Iterator[PhraseMatch[L]]:
        """Non-overlapping phrases in text[start:end], left to right."""
        stop = len(text) if end is None else end
        for match in self._find.finditer(text, start, stop):
            yield PhraseMatch(match.start(), match.end(), self._label(match.group()))

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
        return self._labels[normalise(found)]


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
