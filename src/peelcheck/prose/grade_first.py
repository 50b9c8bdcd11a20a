"""Reading a sentence for one grade first: whether the judgment grammar's full reading of a
sentence (`judgments.Grammar.read`) holds a judgment of a given grade, told from its frames'
matches of that grade alone.

A rule that asks only "does this sentence state its grade" (narrative-states-grade) needs
the other grades only when the answer is no. The full reading judges every frame match,
then reads each grade left over by its clause, then continuations, then looks for elided
and verbless grades; most first sentences state their grade in a frame, and this reading
stops at the first such judgment.

Why a yes here is the full reading's yes: the full reading keeps, at each grade's start,
the first frame match (in the order `_matches` yields them) that `_judgment` accepts, and
nothing later replaces its grade (clause readings only read grades no frame took,
continuations only add, or give the same grade their own words). So a match of the grade
accepted here is the full reading's judgment at that start unless an earlier match there,
of another grade, was accepted: those earlier matches are kept unjudged and judged only
then.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterator, Mapping
from typing import Protocol

from peelcheck.prose import grammar_data as patterns
from peelcheck.prose.judgment import Judgment
from peelcheck.prose.names import Names

_Match = tuple[re.Match[str], tuple[int, int] | None]
_Pending = list[_Match]


class _Reading(Protocol):
    """What this reading asks of the judgment grammar (`judgments.Grammar`), which calls it:
    its frames' matches, their judgment, and its tables of grades and bounds."""

    @property
    def _grade_of(self) -> Mapping[str, str]: ...

    @property
    def _bounds(self) -> Container[str]: ...

    def _compiled(self, subject: str, others: tuple[str, ...] = ()) -> Names: ...

    def _matches(self, plain: str, lazy: bool = False) -> Iterator[_Match]: ...

    def _judgment(
        self,
        plain: str,
        sentence: str,
        match: re.Match[str],
        np: tuple[int, int] | None,
        who: Names,
        whether: bool = False,
    ) -> Judgment | None: ...


# what `first_read` finds: no judgment of the grade by a frame, one by a bound alone ("falls
# short of what we expect of a good force": the grade only on a scale with no Adequate), or
# one stated outright
UNREAD, BOUND, STATED = 0, 1, 2


def first_read(
    grammar: _Reading,
    plain: str,
    sentence: str,
    subject: str,
    others: tuple[str, ...],
    grade: str,
) -> int:
    """STATED only when the full reading of `sentence` (`plain`: as the frames read it)
    holds a judgment of `grade` found by a frame; BOUND when it holds one by a bound alone;
    UNREAD means "read it in full"."""
    names = grammar._compiled(subject, others)
    taken: set[int] = set()  # grade starts an earlier judgment of another grade holds
    unjudged: dict[int, _Pending] = {}  # matches of other grades, by their grade's start
    bound = False
    for match, np in grammar._matches(plain, lazy=True):
        at = match.start("grade")
        if at in taken:
            continue
        said = patterns.key(match.group("grade"))
        if grammar._grade_of.get(said) != grade:
            unjudged.setdefault(at, []).append((match, np))
            continue
        if grammar._judgment(plain, sentence, match, np, names, whether=True) is None:
            continue
        earlier = unjudged.pop(at, [])
        if any(
            grammar._judgment(plain, sentence, m, n, names, whether=True) is not None
            for m, n in earlier
        ):
            taken.add(at)  # the full reading judges another grade here
            continue
        if said not in grammar._bounds:
            return STATED
        bound = True  # and read on: a grade stated outright may follow
    return BOUND if bound else UNREAD
