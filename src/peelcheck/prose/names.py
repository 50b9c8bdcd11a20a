"""Where a text names a subject: its names ("Gwent Police", "Gwent", "the force", "it")
found as whole words with string operations, for the judgment grammar."""

from __future__ import annotations

import re
from collections.abc import Iterator

from peelcheck.prose import grammar_data as patterns
from peelcheck.prose.grammar_data import QUOTES

# a list of bodies' names ("Surrey Police, Sussex Police and Kent Police"), each
# capitalised ("Devon and Somerset Fire and Rescue Service" splits at its "and"s, all names)
_LIST_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+", re.IGNORECASE)
BODY_NAME = re.compile(r"(?:[A-Z][\w'&-]*\s+(?:(?:and|of|&)\s+)*)*[A-Z][\w'-]*")


class Names:
    """A subject's names ("Gwent Police", "Gwent", "the force", "it"), found as whole
    words with string operations: compiling patterns for each subject cost more than
    reading its sentences."""

    def __init__(self, names: list[str]) -> None:
        self._names = names
        # "&" is read as "and", which finds both ("Avon & Somerset Constabulary" is named
        # "Avon and Somerset Constabulary" too; round 28)
        self._words = [
            ["and" if w == "&" else w for w in n.translate(QUOTES).lower().split()]
            for n in dict.fromkeys(names)
        ]
        self._words = [words for words in self._words if words]
        # names that open with the same word ("the force", "the service"): its places are
        # found once for them all
        self._by_head: dict[str, list[list[str]]] = {}
        for words in self._words:
            for head in ("and", "&") if words[0] == "and" else (words[0],):
                self._by_head.setdefault(head, []).append(words)
        self._patterns: tuple[re.Pattern[str], re.Pattern[str]] | None = None
        # names by their last word ("police": "Gwent Police", "the Gwent Police"), for
        # `ending`: most noun phrases end with no name's last word, or with few names'
        self._by_last: dict[str, list[list[str]]] = {}
        for words in self._words:
            for last in ("and", "&") if words[-1] == "and" else (words[-1],):
                self._by_last.setdefault(last, []).append(words)
        # the names ending with a word, longest first: of two that end a text, the one of
        # more words starts no later (its words other than the first are whole words of the
        # text), and of as many words, the one with the longer first word; so the first
        # found is the earliest (not for a name opening with "and", which "&" may stand for)
        for named in self._by_last.values():
            named.sort(key=lambda words: (len(words), len(words[0])), reverse=True)
        self._first_is_earliest = {
            last: all(words[0] != "and" for words in named) for last, named in self._by_last.items()
        }

    def ending(self, text: str) -> int | None:
        """Where the first name that ends `text` (white space aside) starts, or None."""
        lower = text.lower()
        if len(lower) != len(text):  # a character whose lower case is longer: be exact
            found = self._exact()[0].search(text)
            return found.start() if found is not None else None
        end = len(lower.rstrip())
        earliest: int | None = None
        for last, named in self._by_last.items():
            if not lower.endswith(last, 0, end):
                continue
            for words in named:
                at = _name_start(lower, end, words)
                if at >= 0:
                    earliest = at if earliest is None else min(earliest, at)
                    if self._first_is_earliest[last]:
                        break
        return earliest

    def naming(self, text: str) -> bool:
        """Whether `text` names the subject anywhere."""
        lower = text.lower()
        if len(lower) != len(text):
            return self._exact()[1].search(text) is not None
        return any(end == len(lower) or not _word(lower[end]) for _, end in self._found(lower))

    def blanked(self, text: str) -> str:
        """`text` with each of the subject's names in it blanked (spaces of its length)."""
        lower = text.lower()
        if len(lower) != len(text):
            return text  # rare: such a text is read with its names
        for at, end in list(self._found(lower)):
            if end == len(lower) or not _word(lower[end]):
                text = text[:at] + " " * (end - at) + text[end:]
        return text

    def listed(self, phrase: str) -> int | None:
        """Where a list of bodies' names alone, one of them this subject's, begins in
        `phrase` ("Surrey Police, Sussex Police and Kent Police"), or None."""
        items = _LIST_SPLIT.split(phrase.strip())
        if len(items) < 2 or not all(BODY_NAME.fullmatch(item) for item in items):
            return None
        if not any(self.ending(item) == 0 for item in items):
            return None
        return len(phrase) - len(phrase.lstrip())

    def leading(self, text: str) -> int | None:
        """Where a name that opens `text` (white space and a double quotation mark aside)
        ends, or None; a possessive ("the force's") is no name here."""
        lower = text.lower()
        if len(lower) != len(text):
            return None  # rare: such a text is read without it
        lead = len(lower) - len(lower.lstrip(' \t\n"'))  # (a quotation's opening mark too)
        ends = [
            end
            for at, end in self._found(lower)
            if at == lead and end < len(lower) and lower[end].isspace()
        ]
        return max(ends, default=None)

    def _found(self, lower: str) -> Iterator[tuple[int, int]]:
        """(start, end) of each name in `lower` not inside a word at its start."""
        for head, named in self._by_head.items():
            at = lower.find(head)
            while at >= 0:
                if not at or not (_word(lower[at - 1]) or lower[at - 1] == "'"):
                    for words in named:
                        end = _name_end(lower, at, words)
                        if end >= 0:
                            yield at, end
                at = lower.find(head, at + 1)

    def _exact(self) -> tuple[re.Pattern[str], re.Pattern[str]]:
        if self._patterns is None:
            who = patterns.alternatives([" ".join(words) for words in self._words])
            self._patterns = (
                re.compile(r"(?<![\w'])" + who + r"\s*$", re.IGNORECASE),
                re.compile(r"(?<![\w'])" + who + r"(?![\w])", re.IGNORECASE),
            )
        return self._patterns


def _word(char: str) -> bool:
    """A character of a word, as `re`'s \\w."""
    return char.isalnum() or char == "_"


def _name_start(lower: str, end: int, words: list[str]) -> int:
    """Where the name `words` starts if it ends at `end` in `lower` (not inside a word at
    its start), else -1: `_name_end` read backwards."""
    at = end
    for index, word in enumerate(reversed(words)):
        if index:
            spaced = at
            while spaced > 0 and lower[spaced - 1].isspace():
                spaced -= 1
            if spaced == at:
                return -1
            at = spaced
        if lower.endswith(word, 0, at):
            at -= len(word)
        elif word == "and" and lower.endswith("&", 0, at):
            at -= 1
        else:
            return -1
    # an apostrophe inside a word joins it ("o'"), one after a space opens a quotation
    inside = _word(lower[at - 1]) or (lower[at - 1] == "'" and at > 1 and _word(lower[at - 2]))
    return at if not at or not inside else -1


def _name_end(lower: str, at: int, words: list[str]) -> int:
    """Where the name `words` (white space between them, "and" also "&") ends if it starts
    at `at` in `lower`, else -1."""
    for index, word in enumerate(words):
        if index:
            spaced = at
            while spaced < len(lower) and lower[spaced].isspace():
                spaced += 1
            if spaced == at:
                return -1
            at = spaced
        if lower.startswith(word, at):
            at += len(word)
        elif word == "and" and lower.startswith("&", at):
            at += 1
        else:
            return -1
    return at
