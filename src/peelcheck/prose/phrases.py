"""Phrase lists: literal phrases from rule packs, found as whole words, each with a label.

Phrases from rule packs are literal text: `Phrases` escapes them, so no regular expression
from a rule file is ever run by Python's `re`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import re2

from peelcheck.prose.screens import IGNORECASE_EXTRAS, SCREEN_OPTIONS, SCREEN_SPACE
from peelcheck.prose.words import normalise

_SPACES = re.compile(r"\s*")

L = TypeVar("L")

# Characters a phrase list reads before `finditer` builds its screen: more than a full-length
# report gives one list.
_SCREEN_AFTER = 200_000


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
    and the first is found in "is good at"). A word `{name}` of a phrase stands for any
    one word of `slots[name]` ("our {year} inspection", with the years as a slot): the
    pattern holds the phrase once, not once for each of them.
    """

    def __init__(
        self, labelled: Iterable[tuple[str, L]], slots: Mapping[str, Sequence[str]] | None = None
    ) -> None:
        words = {
            "{" + name + "}": [normalise(v) for v in values]
            for name, values in (slots or {}).items()
        }
        self._labels: dict[str, L] = {}  # each phrase with its slots written out
        phrases: dict[str, None] = {}  # as the pattern reads them: slots kept
        for phrase, label in labelled:
            key = normalise(phrase)
            if key:
                phrases[key] = None
                for written in _written_out(key, words):
                    self._labels.setdefault(written, label)
        self._slots = words
        body = _alternation(sorted(phrases, key=len, reverse=True), words)
        self._phrases = list(phrases)
        # how far back `ending_at` looks: the longest phrase, with room for extra spaces
        self._reach = 2 * max(map(len, self._labels), default=0) + 40
        self._body = body
        # compiled on first use: a run of one draft compiles only the lists its texts need
        self._pattern: re.Pattern[str] | None = None
        self._ends: re.Pattern[str] | None = None  # likewise: most lists never need it
        self._screen: Any = None  # likewise
        self._unscreened = 0  # characters `finditer` read before the screen was built

    def __bool__(self) -> bool:
        return bool(self._labels)

    def _screener(self) -> Any:
        """The RE2 screen of the phrases, built on first use."""
        if self._screen is None:
            self._screen = phrase_screen(self._phrases, self._slots)
        return self._screen

    @property
    def _find(self) -> re.Pattern[str]:
        """The phrases' alternation, as Python's `re` finds them."""
        if self._pattern is None:
            self._pattern = re.compile(self._body, re.IGNORECASE)
        return self._pattern

    def may_occur(self, corpus: bytes) -> bool:
        """False only when no phrase can be found in any text of `corpus`.

        `corpus` is texts joined by line breaks, in UTF-8. One RE2 scan, which matches at
        least wherever `finditer` would in any of the texts (it skips the word boundaries),
        lets a check skip a draft that holds none of its phrases.
        """
        return self._screener().search(corpus) is not None

    def finditer(
        self, text: str, start: int = 0, end: int | None = None
    ) -> Iterator[PhraseMatch[L]]:
        """Non-overlapping phrases in text[start:end], left to right."""
        stop = len(text) if end is None else end
        if self._screened_out(text, start, stop):
            return
        for match in self._find.finditer(text, start, stop):
            yield PhraseMatch(match.start(), match.end(), self._label(match.group()))

    def _screened_out(self, text: str, start: int, stop: int) -> bool:
        """Whether text[start:stop] holds none of the phrases, by the RE2 screen.

        Checks read a text a sentence or clause at a time, and most hold none of a list's
        phrases; RE2 tells so in one linear pass, where Python's engine tries the whole
        alternation at every character (half the time of `finditer` on real drafts). The
        screen costs a few milliseconds to build, so a list builds it only once it has read
        more text than a draft holds: a run on one draft never pays for it.
        """
        if self._screen is None:
            self._unscreened += stop - start
            if self._unscreened < _SCREEN_AFTER:
                return False
        try:
            # in bytes: the same UTF-8 the module would search, without its mapping of
            # offsets back to characters, which a yes or no does not need
            return self._screener().search(text[start:stop].encode(_UTF8)) is None
        except UnicodeEncodeError:  # a lone surrogate (a JSON "\\udc80"): read it with `re`
            return False

    def finditer_screened(self, text: str) -> Iterator[PhraseMatch[L]]:
        """`finditer(text)`, with Python's `re` tried only where the RE2 screen matches.

        The screen matches at least at every place a phrase starts, so the leftmost place it
        matches from some point on is the first place a phrase can start. For long texts read
        whole (confused words): Python's pattern, tried at every character, cost more there
        than the rest of the check; RE2 finds those places in one linear pass.
        """
        try:
            data = text.encode(_UTF8)
        except UnicodeEncodeError:  # a lone surrogate: RE2 could match inside its bytes
            yield from self.finditer(text)
            return
        screen = self._screener()
        ascii_only = len(data) == len(text)
        at = at_byte = 0  # where the search goes on, in characters and in bytes
        while (candidate := screen.search(data, at_byte)) is not None:
            found_byte = candidate.start()
            # the same place in characters: decode only the bytes since the last place
            start = found_byte if ascii_only else at + len(data[at_byte:found_byte].decode(_UTF8))
            found = self.starting_at(text, start, len(text))
            if found is not None and found.start == start:
                yield found
                at = found.end
            else:
                at = start + 1
            at_byte = found_byte + len(text[start:at].encode(_UTF8))

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


_UTF8 = "utf-8"

Trie = dict[str, tuple["Trie", bool]]


def _written_out(phrase: str, slots: Mapping[str, Sequence[str]]) -> Iterator[str]:
    """`phrase` with each slot word replaced, in turn, by each of its words."""
    words = phrase.split(" ")
    at = next((i for i, word in enumerate(words) if word in slots), None)
    if at is None:
        yield phrase
        return
    for value in slots[words[at]]:
        yield from _written_out(" ".join([*words[:at], value, *words[at + 1 :]]), slots)


def _alternation(phrases: list[str], slots: Mapping[str, Sequence[str]] | None = None) -> str:
    r"""One regex for normalised `phrases`, each as whole words, the longest match first.

    The phrases are merged into a tree of words ("is good at" and "is good in" share "is
    good"), so Python's regex engine tries each word of a position once instead of every
    phrase in turn: long phrase lists stay fast. Worded phrases share one lookbehind
    `(?<!\w)`; phrases of punctuation (";") need no word boundary. A slot word's
    alternatives carry their own boundaries.
    """
    tree: Trie = {}
    for phrase in phrases:
        node, words = tree, phrase.split(" ")
        for index, word in enumerate(words):
            child, ends = node.get(word, ({}, False))
            node[word] = (child, ends or index == len(words) - 1)
            node = child
    slots = slots or {}

    def worded(word: str) -> bool:
        return all(w[:1].isalnum() for w in slots.get(word, [word]))

    first = {w: v for w, v in tree.items() if worded(w)}
    other = {w: v for w, v in tree.items() if not worded(w)}
    parts = [r"(?<!\w)(?:" + _branches(first, slots) + ")"] if first else []
    if other:
        parts.append(_branches(other, slots, start=True))
    return "|".join(parts) if parts else r"(?!x)x"


def _branches(tree: Trie, slots: Mapping[str, Sequence[str]], start: bool = False) -> str:
    branches = []
    for word in sorted(tree, key=len, reverse=True):
        child, ends = tree[word]
        if word in slots:
            pattern = _slot(slots[word], start)
        else:
            pattern = "(?:and|&)" if word == "and" else _word(word)
        tail = r"(?!\w)" if word[-1:].isalnum() else ""
        if not child:
            branches.append(pattern + tail)
            continue
        # a single word after needs no group: Python's parser spends on each group
        after = _branches(child, slots)
        more = r"\s+" + (after if len(child) == 1 else "(?:" + after + ")")
        # a longer phrase first: "is good at" before "is good"
        branches.append(f"{pattern}(?:{more}|{tail})" if ends else pattern + more)
    return "|".join(branches)


def _slot(values: Sequence[str], start: bool) -> str:
    """Any of a slot's words, each with the word boundaries its last character needs, and
    at the `start` of a phrase its first (the slot's own word, "{year}", says nothing of
    them)."""
    words = [
        (r"(?<!\w)" if start and v[:1].isalnum() else "")
        + _word(v)
        + (r"(?!\w)" if v[-1:].isalnum() else "")
        for v in sorted(set(values), key=len, reverse=True)
    ]
    return "(?:" + "|".join(words) + ")" if words else r"(?!x)x"


def phrase_screen(phrases: Iterable[str], slots: Mapping[str, Sequence[str]] | None = None) -> Any:
    """An RE2 pattern matching wherever a `Phrases` pattern of normalised `phrases` could.

    Case follows Python's IGNORECASE, white space Python's `\\s`, and "and" also matches "&",
    as in `Phrases`; word boundaries are left out and a letter beyond ASCII matches any
    character, so the screen matches at least every place the exact pattern does. Search
    it in UTF-8 bytes.
    """
    words = dict(slots or {})
    alternatives = [
        SCREEN_SPACE.join(
            "(?:" + "|".join(map(_screen_word, words[word])) + ")"
            if word in words
            else _screen_word(word)
            for word in phrase.split(" ")
        )
        for phrase in phrases
    ]
    source = "(?is)(?:" + "|".join(alternatives) + ")" if alternatives else "[^\\x00-\\x{10ffff}]"
    return re2.compile(source, options=SCREEN_OPTIONS)


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
