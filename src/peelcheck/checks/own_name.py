"""Near misses of the inspected body's own name: "Cumbria Police" in a report on Cumbria
Constabulary, "Avon and Somerset Police" for Avon & Somerset Constabulary.

A name is a place and a kind ("Constabulary", "Police", "Fire and Rescue Service"); a near
miss is the subject's place with another kind of the same programme. Used by `judged-subject`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from peelcheck.prose.screens import IGNORECASE_EXTRAS
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
        ordered = sorted({k.strip() for k in kinds if k.strip()}, key=len, reverse=True)
        self._pattern: re.Pattern[str] | None = None
        self._kind = ""
        for kind in ordered:
            if _key(official).endswith(" " + _key(kind)):
                self._kind = official[len(official) - len(kind) :]
                place = official[: len(official) - len(kind)].strip()
                self._pattern = _compile(place, ordered)
                break
        self._after = re.compile(
            "|".join(_words(c) for c in sorted(continuations, key=len, reverse=True) if c.strip())
            or r"(?!x)x"
        )

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
