"""Near misses of official names: "Cumbria Police" in a report on Cumbria Constabulary,
"Avon and Somerset Police" for Avon & Somerset Constabulary, and another force's
("Warwickshire Constabulary" for Warwickshire Police in a West Mercia report).

A name is a place and a kind ("Constabulary", "Police", "Fire and Rescue Service"); a near
miss is a body's place with another kind of the same programme. Used by `judged-subject`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property

from peelcheck.prose.phrases import phrase_screen
from peelcheck.prose.screens import IGNORECASE_EXTRAS, may_match
from peelcheck.prose.words import normalise


@dataclass(frozen=True, slots=True)
class NearMiss:
    """A near miss found in a text: its span, and the official name to write instead."""

    start: int
    end: int
    fix: str


class OwnName:
    """Finds near misses of one subject's official name in texts.

    `official` is the subject's name as its table gives it, `accepted` every form the
    reports may use (the table's other columns, a pack's accepted names); `kinds` the kind
    words of the programme ("Police", "Constabulary"), `continuations` what, after a near
    miss, makes it the name of another body ("and Crime Commissioner", "Federation").
    """

    def __init__(
        self,
        official: str,
        accepted: Iterable[str],
        kinds: Iterable[str],
        continuations: Iterable[str],
    ) -> None:
        self.official = official
        self._accepted = {_key(n) for n in [official, *accepted]}
        ordered = _ordered(kinds)
        self._pattern: re.Pattern[str] | None = None
        self._kind = ""
        split = _place_and_kind(official, ordered)
        if split is not None:
            place, self._kind = split
            self._pattern = _compile(place, ordered)
        self._after = _continuations(continuations)

    def find(self, text: str) -> Iterator[NearMiss]:
        """Each near miss in `text`, left to right."""
        if self._pattern is None:
            return
        for match in _finditer(self._pattern, text):
            if _key(match.group()) in self._accepted:
                continue
            if self._after.match(text, match.end()):
                continue  # "Cumbria Police and Crime Commissioner": another body's name
            yield NearMiss(match.start(), match.end(), f"{match.group('place')} {self._kind}")

    def may_occur(self, text: str) -> bool:
        """Whether `find` finds anything in `text` (a draft's corpus: one pass)."""
        return next(self.find(text), None) is not None


@dataclass(frozen=True, slots=True)
class OtherMiss:
    """A near miss of another body's name: its span, the official name, the body's row."""

    start: int
    end: int
    fix: str
    row: int


class NearMisses:
    """Finds near misses of the official names of a table's rows, all in one pass: a
    row's place with another kind, not with a short form of its own ("Surrey Fire and
    Rescue" for Surrey Fire and Rescue Service is how reports name a neighbour).

    `rows` holds each row's names, its official name first; `accepted`, `kinds` and
    `continuations` are as for `OwnName`. The pattern is compiled on first use, after an
    RE2 screen of the text has found a place followed by a kind.
    """

    def __init__(
        self,
        rows: Sequence[Sequence[str]],
        accepted: Iterable[str],
        kinds: Iterable[str],
        continuations: Iterable[str],
    ) -> None:
        self._kinds = _ordered(kinds)
        also = [_key(n) for n in accepted]
        self._accepted = [{_key(n) for n in [*names, *also]} for names in rows]
        self._places: dict[str, tuple[int, str]] = {}  # place (normalised) -> row, kind
        for index, names in enumerate(rows):
            split = _place_and_kind(names[0], self._kinds) if names else None
            if split is not None:
                self._places.setdefault(_key(split[0]), (index, split[1]))
        self._place_keys = sorted(self._places, key=len, reverse=True)
        # only the forms `find` may report: a place with a kind that is neither its own
        # nor a short form of it, so that a text naming forces rightly is never searched
        self._screen = phrase_screen(
            f"{place} {_key(k)}"
            for place, (_, kind) in self._places.items()
            for k in self._kinds
            if not _key(kind).startswith(_key(k))
        )
        self._after = _continuations(continuations)

    @cached_property
    def _pattern(self) -> re.Pattern[str]:
        either = "|".join(_spaced(kind) for kind in self._kinds)
        # a group per place: a match names its place by `lastgroup`, whatever case (or
        # IGNORECASE's other letters: "ısle") it was written in
        places = "|".join(
            f"(?P<p{i}>(?i:{_spaced(place)}))" for i, place in enumerate(self._place_keys)
        )
        return re.compile(rf"(?:{places or '(?!x)x'})\s+(?:{either})(?![\w-])")

    def may_occur(self, corpus: bytes) -> bool:
        """Whether `find` may find anything in a draft's texts (`corpus`: in UTF-8)."""
        return bool(self._places) and self._screen.search(corpus) is not None

    def find(self, text: str) -> Iterator[OtherMiss]:
        """Each near miss of a row's official name in `text`, left to right."""
        if not self._places or not may_match(self._screen, text):
            return
        for match in _finditer(self._pattern, text):
            group = match.lastgroup or ""
            row, kind = self._places[self._place_keys[int(group[1:])]]
            if _key(match.group()) in self._accepted[row] or self._after.match(text, match.end()):
                continue
            if _key(kind).startswith(_key(text[match.end(group) : match.end()])):
                continue  # a short form ("Surrey Fire and Rescue", "Metropolitan Police")
            yield OtherMiss(match.start(), match.end(), f"{match.group(group)} {kind}", row)


def _ordered(kinds: Iterable[str]) -> list[str]:
    """The kind words, longest first ("Police Service" before "Police")."""
    return sorted({k.strip() for k in kinds if k.strip()}, key=len, reverse=True)


def _place_and_kind(official: str, ordered: list[str]) -> tuple[str, str] | None:
    """An official name's place and its kind as written, or None without a known kind."""
    for kind in ordered:
        if _key(official).endswith(" " + _key(kind)):
            return official[: len(official) - len(kind)].strip(), official[-len(kind) :]
    return None


def _continuations(continuations: Iterable[str]) -> re.Pattern[str]:
    """What, after a near miss, makes it another body's name."""
    return re.compile(
        "|".join(_words(c) for c in sorted(continuations, key=len, reverse=True) if c.strip())
        or r"(?!x)x"
    )


def _key(name: str) -> str:
    return normalise(name)


def _words(phrase: str) -> str:
    """A literal phrase after optional white space, spaces matching any white space."""
    parts = [re.escape(w) for w in phrase.split()]
    lead = r"\s*" if phrase[:1] in ",;:" else r"\s+"
    return lead + r"\s+".join(parts) + r"(?![\w-])"


def _compile(place: str, kinds: list[str]) -> re.Pattern[str]:
    """The place (case aside; '&' and 'and' alike) followed by a capitalised kind.

    Where it may start is left to `_finditer`: a pattern that opens with a lookbehind, or
    with a letter whose case is ignored, is tried at every character of the text; one that
    opens with a class of characters ([Cc]) lets the engine skip to the next of them.
    """
    either = "|".join(_spaced(kind) for kind in kinds)
    spaced = _spaced(place)
    first = spaced[:1]
    if first.isascii() and first.isalpha() and not spaced.startswith("(?:&|and)"):
        cases = first.lower() + first.upper() + IGNORECASE_EXTRAS.get(first.lower(), "")
        spaced = f"[{cases}](?i:{spaced[1:]})"
    else:
        spaced = f"(?i:{spaced})"
    return re.compile(rf"(?P<place>{spaced})\s+(?:{either})(?![\w-])")


_INSIDE = re.compile(r"[\w-]")  # what a name may not follow


def _finditer(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    r"""`pattern.finditer(text)` for matches that follow no word character or hyphen: the
    matches of the same pattern led by `(?<![\w-])`."""
    at = 0
    while (match := pattern.search(text, at)) is not None:
        start = match.start()
        if start and _INSIDE.match(text, start - 1) is not None:
            at = start + 1  # inside a word: as the lookbehind would, try the next place
            continue
        yield match
        at = match.end()


def _spaced(name: str) -> str:
    """`name` as a pattern: any white space between words, '&' and 'and' alike."""
    return r"\s+".join(
        r"(?:&|and)" if word.lower() in ("&", "and") else re.escape(word) for word in name.split()
    )
