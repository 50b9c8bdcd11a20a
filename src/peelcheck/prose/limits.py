"""Whether a judgment is qualified by words around it: a part of the subject's work or a
limit opening it ("Some of its ...", "In most respects ..."), a contrast's clause before it
("Although ..."), or an exception after it or in an aside ("good at A, apart from B"). A
mixin of the judgment grammar (`judgments.Grammar`)."""

from __future__ import annotations

import re

from peelcheck.prose import grammar_data as patterns
from peelcheck.prose.grammar_compiled import CompiledGrammar
from peelcheck.prose.noun_phrases import PARTITIVE_WORDS

_PARTITIVE = re.compile(PARTITIVE_WORDS, re.IGNORECASE)
_CONTRAST = re.compile(r"although|though|while|whilst|whereas", re.IGNORECASE)
_BREAK = re.compile(r"[,;:]")


class Limits(CompiledGrammar):
    """A compiled grammar's readings of what qualifies a judgment."""

    def _limited_before(self, plain: str, begin: int) -> bool:
        """Whether a judgment's words open with a part of the subject's work ("Some of its
        ...") or words that limit it ("In most respects the constabulary's legitimacy is
        good"; round 25): it is qualified."""
        if _PARTITIVE.match(plain, begin):
            return True
        limit = self._opened_by.match(plain, begin)
        # (a contrast or an exception opens a judgment of its own, limiting none)
        return (
            limit is not None
            and _CONTRAST.fullmatch(limit.group()) is None
            and patterns.key(limit.group()) not in self._exception_keys
        )

    def _excepted(self, plain: str, begin: int, grade_start: int, grade_end: int) -> bool:
        """Whether an exception limits the judgment: after a comma after its grade ("good at
        A, except in B"), or in an aside before the grade ("is, save for B, adequate")."""
        if "," not in plain:
            return False  # most judgments
        return (
            self._excepted_after.match(plain, grade_end) is not None
            or self._excepted_aside.search(plain, begin, grade_start) is not None
        )

    def _conceded(self, plain: str, begin: int) -> bool:
        """Whether a word of `qualified_after` before a judgment qualifies it: a contrast's
        conjunction only in its own clause ("Although the force is good at A, ..."), not
        in the main clause after it ("Whereas in 2017 ..., we now find it to be good"), and
        no word across a semicolon ("Files showed investigations were, in the main, well
        supervised; this supports our judgment that the force is good at ..."; round 85)."""
        if self._opened_by.search(plain, 0, begin) is None:
            return False  # most judgments
        return any(
            not (_CONTRAST.fullmatch(m.group()) and _BREAK.search(plain, m.end(), begin))
            and ";" not in plain[m.end() : begin]
            for m in self._opened_by.finditer(plain, 0, begin)
        )
