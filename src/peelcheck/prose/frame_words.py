"""The words a sentence holds that the judgment grammar's frames need ("{we}": one of the
inspectorate's verbs; "judged", "found": a frame's own words), for `Grammar._matches`.

A frame is searched for only when the sentence holds every word it needs. A full reading
tries every frame, so it finds all of the words at once (`present`); a reading that stops
at its first judgment (`grade_first`) tries one or two, so it looks for their words only
(`LazyPresent`). Both answer `>= needed` alike.
"""

from __future__ import annotations

from collections.abc import Set
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from peelcheck.prose.grammar_compiled import CompiledGrammar


def present(grammar: CompiledGrammar, plain: str) -> set[str]:
    """Every frame word `plain` holds, and the markers of the slots it can fill."""
    lower = plain.lower()
    found = {word for word in grammar._frame_words if word in lower}
    if grammar._we.search(plain) is not None:  # frames with {we} need one of its verbs
        found.add("{we}")
    if any(word in lower for word in grammar._move_words):  # frames with {move}
        found.add("{move}")
    if any(word in lower for word in grammar._judgment_words):  # frames with {judgment}
        found.add("{judgment}")
    return found


class LazyPresent:
    """`present(grammar, plain)`, each word looked for when a frame first needs it."""

    __slots__ = ("_grammar", "_known", "_lower", "_plain")

    def __init__(self, grammar: CompiledGrammar, plain: str) -> None:
        self._grammar = grammar
        self._plain = plain
        self._lower = plain.lower()
        self._known: dict[str, bool] = {}

    def __ge__(self, needed: Set[str]) -> bool:
        return all(self._holds(word) for word in needed)

    def _holds(self, word: str) -> bool:
        known = self._known.get(word)
        if known is None:
            grammar, lower = self._grammar, self._lower
            if word == "{we}":
                known = grammar._we.search(self._plain) is not None
            elif word == "{move}":
                known = any(w in lower for w in grammar._move_words)
            elif word == "{judgment}":
                known = any(w in lower for w in grammar._judgment_words)
            else:
                known = word in lower
            self._known[word] = known
        return known
