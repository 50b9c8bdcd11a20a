"""What the clause reading (`prose.clause`) reads of one grade phrase: where its grade, its
chain and its subject's noun phrase lie, and the word classes of its chain."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Reading:
    """A grade read by its clause: the grade's words, where its subject's noun phrase may
    begin and ends (`np_start`, `np_end`), where the reading begins (the own voice of "We
    found ... to be"), whether an adverb of the chain qualifies it, and whether the grade
    is named as a noun's ("a grade of good": the words after it are no veto)."""

    grade_start: int
    grade_end: int
    end: int  # the grade's end, or its noun's ("an outstanding service")
    np_start: int
    np_end: int
    begin: int
    qualified: bool
    pieces: tuple[str, ...]
    asides: tuple[tuple[int, int], ...] = ()  # read over: the grammar checks their words
    # a heading's noun phrase with no verb before its grade, after a colon or a dash
    # ("colon") or in a list ("list"), or after a grade that opens it ("first"); the
    # reading begins at its lead
    heading: str = ""
    # a past copula alone joins it ("Its supervision of body-worn video was good"): the
    # grammar reads it only of the subject itself or its own work, with no time in sight
    past: bool = False

    @property
    def moved(self) -> bool:
        """The grade is one moved to in the past simple ("climbed to good"): this
        inspection's, unless its own clause dates it."""
        return "past_move" in self.pieces

    @property
    def named(self) -> bool:
        """The grade is named as a noun's ("a grade of good")."""
        return self.pieces[-1:] == ("of_grade",)
