"""Qualified judgments: a sentence that judges part of an area and qualifies it ("good at
identifying repeat victims but not at supporting them", "good in parts", "good at A but
requires improvement at B") states a range of grades, not one grade.

Used by `judgement` (`require: agrees`): such a sentence is never a plain contradiction of
the question's grade; where its range spans the grade it is no finding at all.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from peelcheck.checks.data import lookup
from peelcheck.prose.phrases import PhraseMatch, Phrases

if TYPE_CHECKING:
    from peelcheck.engine.context import DraftContext
    from peelcheck.engine.facts import PackData

LOWER = "lower"  # a qualifier that leaves the rest of the area below the grade stated


class Qualifiers:
    """Phrases that qualify a judgment, each labelled with what the rest of the area is:
    `lower` (any grade below the one stated: "but not at", "in parts") or a grade ("but
    needs to improve": Requires improvement)."""

    def __init__(self, by_label: dict[str, list[str]]) -> None:
        self._phrases: Phrases[str] = Phrases(
            (phrase, label) for label, phrases in by_label.items() for phrase in phrases
        )

    @classmethod
    def from_pack(cls, pack: PackData, name: str) -> Qualifiers:
        """From the pack data `name` (label -> phrases); labels are grades or `lower`."""
        found: dict[str, list[str]] = lookup(
            pack, name, dict[str, list[str]], "a mapping grade or 'lower' -> phrases"
        )
        words = pack.all_grade_words() | {LOWER}
        for label in found:
            if label not in words:
                raise ValueError(f"pack data {name!r}: {label!r} is no grade and not {LOWER!r}")
        # one per rule and load, not shared by the process: a shared list would build its
        # screen whenever the process's reading crosses the threshold, mid-run
        return cls(found)

    def qualifies(self, text: str, start: int, end: int, better: Sequence[str] = ()) -> bool:
        """Whether text[start:end] holds a qualifier; not one followed by a grade of
        `better` (the grades above the one stated: "adequate, but not yet good")."""
        return any(
            not _names_better(text, q, better, len(better))
            for q in self._phrases.finditer(text, start, end)
        )

    def span(
        self,
        text: str,
        found: Sequence[PhraseMatch[str]],
        end: int,
        grades: Sequence[str],
    ) -> tuple[int, int] | None:
        """(best, worst) ranks on `grades` that the sentence's statements `found` span, or
        None when the sentence states one grade without qualifying it.

        Two grades stated ("good at A but requires improvement at B") span from one to the
        other; a qualifier after the first statement, up to the sentence's `end`, spans
        from the grade stated to its label (`lower`: the worst grade).
        """
        ranks = sorted({grades.index(m.label) for m in found if m.label in grades})
        if not ranks:
            return None
        best, worst = ranks[0], ranks[-1]
        qualifier = next(
            (
                q
                for q in self._phrases.finditer(text, found[0].start, end)
                if not _names_better(text, q, grades, best)
            ),
            None,
        )
        if qualifier is not None:
            label = qualifier.label
            other = grades.index(label) if label in grades else len(grades) - 1
            best, worst = min(best, other), max(worst, other)
        elif best == worst:
            return None
        return best, worst


def _names_better(text: str, qualifier: PhraseMatch[str], grades: Sequence[str], best: int) -> bool:
    """Whether a `lower` qualifier is followed by a grade better than the best stated: it
    then says what the area is not ("adequate, but not yet good"), and limits nothing."""
    if qualifier.label != LOWER:
        return False
    after = text[qualifier.end : qualifier.end + 40].lower().split()
    while after and after[0] in ("yet", "quite", "as", "always"):
        after = after[1:]
    said = " ".join(after)
    return any(said.startswith(grade.lower()) for grade in grades[:best])


def qualified_judgment(
    qualifiers: Qualifiers,
    text: str,
    found: Sequence[PhraseMatch[str]],
    end: int,
    grade: object,
    ctx: DraftContext,
    *,
    limited: bool = False,
) -> bool | None:
    """Whether a sentence's judgment (its statements `found`) is qualified; None when its
    range spans `grade`, so that it is no finding at all. `limited`: the next sentence
    limits it ("But ..."), so a judgment better than `grade` leaves the rest lower."""
    if ctx.scale is None:
        return False
    grades = ctx.scale.grades
    reach = qualifiers.span(text, found, end, grades)
    rank = ctx.rank(grade)
    stated = [grades.index(m.label) for m in found if m.label in grades]
    if limited and stated and rank is not None and min(stated) < rank:
        best = min(stated) if reach is None else min(reach[0], min(stated))
        reach = (best, len(grades) - 1)
    if reach is None:
        return False
    if rank is not None and reach[0] < rank <= reach[1]:
        return None
    return True
