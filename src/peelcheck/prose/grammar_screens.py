"""The judgment grammar's cheap screens: which texts and sentences hold a grade's words at
all ("good", "improvement"), and where, so that the rules read only those (a mixin of
`grammar_compiled.CompiledGrammar`, whose data they use)."""

from __future__ import annotations

import bisect
import re
from collections import OrderedDict
from typing import Any

_LETTER = re.compile(r"[^\W\d_]")  # a letter, as the word starts' lookbehind reads one


class GrammarScreens:
    """The screens on grade words; the grammar sets the words and the caches."""

    screen: re.Pattern[str]
    _keys: list[str]
    _keys_of: dict[str, set[str]]
    _scanned: OrderedDict[str, list[Any]]
    _scanned_besides: OrderedDict[tuple[str, object], list[int]]
    _starts: dict[frozenset[str], re.Pattern[str]]

    def may_judge(self, text: str) -> bool:
        """False only when `text` holds no grade's words (a cheap screen)."""
        lower = text.lower()
        return any(word in lower for word in self._keys)

    def may_state_other_than(self, text: str, grade: object) -> bool:
        """False only when `text` holds no word of a grade other than `grade` (any grade,
        when `grade` is not one): a cheap screen before sentences are read."""
        own = self._keys_of.get(grade, set()) if isinstance(grade, str) else set()
        present: frozenset[str] = self._scanning(text)[1]
        return not present <= own

    def _scanning(self, text: str) -> list[Any]:
        """[where the key words stand in `text` (None until asked for: most texts a screen
        passes over are never read), which are there], kept per text: the rules screen
        and read the same texts."""
        known = self._scanned.get(text)
        if known is None:
            lower = text.lower()
            known = self._scanned[text] = [None, frozenset(w for w in self._keys if w in lower)]
            if len(self._scanned) > 256:
                self._scanned.popitem(last=False)
        return known

    def _scan(self, text: str) -> tuple[list[int], frozenset[str]]:
        """Where the key words stand in `text`, and which are there (kept per text)."""
        known = self._scanning(text)
        if known[0] is None:
            known[0] = self._key_positions(text) if known[1] else []
        return known[0], known[1]

    def _own_keys(self, grade: object) -> frozenset[str]:
        """The key words of `grade` alone (none another grade shares); none for a text
        whose lower case changes its length, where positions are found by `screen`."""
        if not isinstance(grade, str) or grade not in self._keys_of:
            return frozenset()
        others = set().union(*(k for g, k in self._keys_of.items() if g != grade))
        return frozenset(self._keys_of[grade] - others)

    def _besides(self, text: str, grade: object, own: frozenset[str]) -> list[int]:
        """Where a key word of a grade other than `grade` stands, in order (kept per text
        and grade: the rules read the same narratives under the same grade)."""
        known = self._scanned_besides.get((text, grade))
        if known is None:
            lower = text.lower()
            if len(lower) != len(text):
                known = self._scan(text)[0]
            else:  # a word's start: "adequate" in "inadequate" is no other grade's word
                known = self._word_starts(lower, own)
            self._scanned_besides[(text, grade)] = known
            if len(self._scanned_besides) > 256:
                self._scanned_besides.popitem(last=False)
        return known

    def _word_starts(self, lower: str, own: frozenset[str]) -> list[int]:
        """Where a key word but `own` starts with no letter before it, in order: string
        searches, as the regular expression tried every character of the text."""
        words = [w for w in self._keys if w not in own]
        if not all(w.isalpha() for w in words):
            return [m.start() for m in self._starting(own).finditer(lower)]
        # a letter before a word's start joins it to that letter's word: so no found word
        # starts inside another, and the starts are those the expression would find
        found = []
        for word in words:
            at = lower.find(word)
            while at >= 0:
                if at == 0 or _LETTER.match(lower, at - 1) is None:
                    found.append(at)
                at = lower.find(word, at + 1)
        return sorted(set(found))  # a word that begins another starts at the same place

    def _starting(self, own: frozenset[str]) -> re.Pattern[str]:
        """The key words but `own`, each where no letter stands before it (compiled once
        per grade)."""
        found = self._starts.get(own)
        if found is None:
            words = "|".join(re.escape(w) for w in self._keys if w not in own)
            found = self._starts[own] = re.compile(r"(?<![^\W\d_])(?:" + (words or "(?!)") + ")")
        return found

    def _key_positions(self, text: str) -> list[int]:
        """Where a grade phrase's key word ("good", "improvement") stands, in order."""
        lower = text.lower()
        if len(lower) != len(text):  # a character whose lower case is longer: be exact
            return [m.start() for m in self.screen.finditer(text)]
        found = []
        for word in self._keys:
            at = lower.find(word)
            while at >= 0:
                found.append(at)
                at = lower.find(word, at + 1)
        return sorted(found)

    def containing(self, text: str, spans: Any, besides: object = None) -> list[tuple[int, int]]:
        """The spans of `spans` (sorted sentences; None skipped) that hold a grade's words:
        one scan of the text, as most sentences state no grade. With `besides` (a grade),
        only those holding a word of another grade: the rest can state that grade alone,
        since every phrase of a grade holds one of its key words."""
        present = [span for span in spans if span is not None]
        if len(present) <= 1 and besides is None:
            return present
        found = self._scan(text)[0]
        own = self._own_keys(besides)
        if found and own:
            found = self._besides(text, besides, own)
        if not found:
            return []
        return [
            (s, e)
            for s, e in present
            if bisect.bisect_left(found, s) < len(found) and found[bisect.bisect_left(found, s)] < e
        ]
