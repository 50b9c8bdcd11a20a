"""The judgment grammar's cheap screens: which texts and sentences hold a grade's words at
all ("good", "improvement"), and where, so that the rules read only those (a mixin of
`grammar_compiled.CompiledGrammar`, whose data they use)."""

from __future__ import annotations

import bisect
import re
from collections import OrderedDict
from typing import Any

import re2

from peelcheck.prose.grammar_data import QUOTE_MARK, QUOTES
from peelcheck.prose.screens import IGNORECASE_EXTRAS, SCREEN_OPTIONS

_LETTER = re.compile(r"[^\W\d_]")  # a letter, as the word starts' lookbehind reads one
# the data lists of the vetoes that say a judgment is not the inspectorate's of now
# (`vetoes.Vetoes._not_ours`): attributed, another year's
_VETO_LISTS = ("attributions", "past", "past_after", "attributed_after")
# words most sentences of a report hold: a phrase's other word screens better
_COMMON = frozenset(
    {
        *("at", "by", "in", "inspection", "it", "its", "of", "our", "own", "that", "the"),
        *("time", "to", "us", "we", "year"),
    }
)
_CASE_EXTRAS = "".join(IGNORECASE_EXTRAS.values())  # what re.IGNORECASE reads as a letter


class GrammarScreens:
    """The screens on grade words; the grammar sets the words and the caches."""

    screen: re.Pattern[str]
    _keys: list[str]
    _keys_of: dict[str, set[str]]
    _scanned: OrderedDict[str, list[Any]]
    _scanned_besides: OrderedDict[tuple[str, object], list[int]]
    _starts: dict[frozenset[str], re.Pattern[str]]
    _own_memo: dict[str, frozenset[str]]
    _veto_screen: Any
    _key_set: Any
    data: Any

    def may_veto(self, plain: str, sentence: str) -> bool:
        """False only when no veto of `_not_ours` can hold in the sentence (`plain`: as the
        frames read it): it holds no quotation mark and no word of an attribution, a past
        time or a year. One word of each phrase is enough to say no (most sentences)."""
        try:
            screen = self._veto_screen
        except AttributeError:
            screen = self._veto_screen = veto_screen(_veto_words(self.data))
        if screen is None or QUOTE_MARK.search(sentence) is not None:
            return True
        if not plain.isascii() and any(c in plain for c in _CASE_EXTRAS):
            return True  # "ſaid", "İn 2019": letters `lower` does not make ASCII
        try:
            return screen.search(plain.lower().encode("utf-8")) is not None
        except UnicodeEncodeError:  # a lone surrogate: RE2 cannot read it
            return True

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
            known = self._scanned[text] = [None, self._keys_in(text.lower())]
            if len(self._scanned) > 256:
                self._scanned.popitem(last=False)
        return known

    def _keys_in(self, lower: str) -> frozenset[str]:
        """The key words in `lower` (a text's lower case): one RE2 pass of a set of them
        over its UTF-8, where a search per word read it once for each."""
        try:
            words = self._key_set
        except AttributeError:
            words = self._key_set = key_set(self._keys)
        if words is not None:
            try:
                found = words.Match(lower.encode("utf-8"))
            except UnicodeEncodeError:  # a lone surrogate: RE2 cannot read it
                found = None
            if found:  # none: RE2 failed, as the set's last pattern matches every text
                return frozenset(self._keys[i] for i in found if i < len(self._keys))
        return frozenset(w for w in self._keys if w in lower)

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
        try:
            memo = self._own_memo
        except AttributeError:  # the grammar's words are set once: so are these
            memo = self._own_memo = {}
        own = memo.get(grade)
        if own is None:
            others = set().union(*(k for g, k in self._keys_of.items() if g != grade))
            own = memo[grade] = frozenset(self._keys_of[grade] - others)
        return own

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
        own = self._own_keys(besides)
        if own:  # the words' places besides a grade's own: all the places are not needed
            found = self._besides(text, besides, own) if self._scanning(text)[1] else []
        else:
            found = self._scan(text)[0]
        if not found:
            return []
        kept: list[tuple[int, int]] = []
        if len(found) < len(present):  # few grade words, many sentences: each word's one
            for at in found:
                index = bisect.bisect_right(present, at, key=_start) - 1
                if index >= 0 and at < present[index][1] and present[index] not in kept[-1:]:
                    kept.append(present[index])
            return kept
        last = found[-1]
        for s, e in present:
            if s > last:
                break  # sorted: no later span holds a word
            if found[bisect.bisect_left(found, s)] < e:
                kept.append((s, e))
        return kept


def _start(span: tuple[int, int]) -> int:
    return span[0]


def key_set(keys: list[str]) -> Any:
    """An RE2 set of the key words (ASCII), then an empty pattern that matches every text;
    None when a word is not ASCII (a match in UTF-8 bytes would not be one in the text)."""
    if not all(k.isascii() for k in keys):
        return None
    found = re2.Set.SearchSet(SCREEN_OPTIONS)
    for word in keys:
        found.Add(re2.escape(word))
    found.Add("")
    try:
        found.Compile()
    except re2.error:
        return None
    return found


def veto_screen(words: tuple[str, ...] | None) -> Any:
    """An RE2 pattern of the vetoes' screen words (ASCII), searched in the UTF-8 of a
    sentence's lower case: it matches where one of the words is in it, in one pass (a
    third of the time of a substring search per word); None for no screen."""
    if words is None:
        return None
    return re2.compile("|".join(re2.escape(w) for w in words), options=SCREEN_OPTIONS)


def _veto_words(data: Any) -> tuple[str, ...] | None:
    """One word of each phrase of the vetoes' lists (its longest but the commonest words:
    the rarest), leaving out a word that holds another (where it stands so does the other);
    "19" and "20" for a phrase with a year. None when a phrase has no such word: no screen."""
    chosen: set[str] = set()
    for name in _VETO_LISTS:
        for phrase in getattr(data, name, None) or []:
            words = [w.lower() for w in phrase.translate(QUOTES).split()]
            plain = [w for w in words if w != "and" and "{" not in w]  # "and" is "&" too
            if "{year}" in words:
                chosen |= {"19", "20"}  # a year, as `grammar_data.with_years` reads one
            elif plain:
                chosen.add(max(reversed(plain), key=lambda w: (w not in _COMMON, len(w))))
            elif words:
                return None
    if not all(w.isascii() for w in chosen):
        return None
    return tuple(sorted(w for w in chosen if not any(v != w and v in w for v in chosen)))
