"""A judgment the grammar reads (`judgments.Grammar`): its words, its grade and how far it
holds; and which judgments state a grade on a draft's scale."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass


@dataclass(frozen=True)
class Judgment:
    """A judgment read in a text: its words (`start`, `end`: from the judged noun phrase to
    the grade), the grade, where the grade's words are, and whether it is qualified."""

    start: int
    end: int
    grade: str
    grade_start: int
    grade_end: int
    qualified: bool
    limited: bool = False  # qualified by its own words ("generally good"), not by a 2nd grade
    # a bound below a grade ("falls short of what we expect of a good force"): its grade only
    # on a scale with no Adequate (`on_scale`)
    bound: bool = False

    def shifted(self, by: int) -> Judgment:
        """The judgment with its places moved on by `by` (from its sentence to its text)."""
        # (built directly: `dataclasses.replace` costs some 1.5% of the judgment rules)
        return Judgment(
            self.start + by,
            self.end + by,
            self.grade,
            self.grade_start + by,
            self.grade_end + by,
            self.qualified,
            self.limited,
            self.bound,
        )


def on_scale(read: list[Judgment], adequate: bool) -> list[Judgment]:
    """The judgments that state a grade on a draft's scale: a bound below good
    ("does not yet reach the standard of a good service") is Requires improvement on the
    four-grade scale, and no grade where the scale has Adequate (`adequate`) between."""
    if not adequate or not read:
        return read
    return [j for j in read if not j.bound]


def of_scale(read: list[Judgment], grades: Collection[str] | None) -> list[Judgment]:
    """The judgments whose grade is on the draft's scale (`grades`; None when the scale is
    unknown): "adequate" in a cycle graded on four points is the ordinary word ("Its response
    to anti-social behaviour is adequate, but ..."), no grade of the draft's."""
    if grades is None or not read:
        return read
    return [j for j in read if j.grade in grades]
