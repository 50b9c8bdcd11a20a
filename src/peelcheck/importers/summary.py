"""Reading a subject's summary page for a cycle: the pillar grades stated in sentences.

The page ("Durham 2015", "Read more about Durham", "Isle of Wight 2018/19") opens the
assessment, states each pillar's grade in a sentence ("The extent to which the force is
effective at reducing crime and keeping people safe is outstanding."), gives the inspector's
observations and then, on some cycles, a block per pillar (its question, "Last updated",
a grade line, a summary). The questions are on the pillar pages, so the page is part of a
report: it is imported as an excerpt whose `pillars` carry what the page states.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from peelcheck.importers import recognise as r
from peelcheck.importers.assemble import Judged
from peelcheck.importers.blocks import Block
from peelcheck.importers.reading import Reader


class _Stated(NamedTuple):
    """A pillar's grade stated in a sentence, with offsets in its line."""

    pillar: str
    at: int  # where the pillar is named
    grade: str
    grade_at: int
    grade_end: int
    end: int  # the sentence's end


class SummaryReader(Reader):
    """The state of a summary page: its opening, pillar sentences, observations and pillar
    blocks."""

    current: Judged | None = None  # the pillar block being read, after its heading
    observing = False  # past the grade sentences: in the observations or a pillar block

    def _in_overview(self, block: Block, text: str) -> None:
        # the grades stand at the top; later, "The extent to which the force works
        # effectively with partners is good." is the inspector's text, not a pillar's grade
        stated = None if self.observing else self._pillar_sentence(block)
        if stated is not None:
            self._state_pillar(block, stated)
        elif r.SUMMARY_HEADINGS.match(text):
            self.observing = True
        elif r.PEEL_TITLE.match(text):
            pass  # the full report's link ("PEEL: ... 2018/19 – Durham")
        elif self.current is not None and (
            r.LAST_UPDATED.match(text) or r.LAST_UPDATED_CUT.match(text)
        ):
            pass  # the pillar's own date, not the page's (or that line cut by the copy's end)
        elif (pillar := self._pillar_heading(text)) is not None:
            self.observing = True
            self.current = self._pillar(pillar, block, heading=True)
            if text.lower() != pillar.lower() and self.current.title is None:
                self.current.title = (block.text, block.start, block.end)
        elif self._grade(text) is not None:
            if self.current is None:
                self._unplaced(block, "a grade line on a summary page follows a pillar's heading")
            else:
                self._block_grade(block, self.current)
        else:
            (self.current or self.judged).summary.append(block)

    def _both_non_grades(self, first: str, second: str) -> bool:
        """Whether two wordings both say there is no grade ("Not yet graded" in the sentence,
        "To be graded" on the grade line: 2016 and 2017 summary pages)."""
        return {first.lower(), second.lower()} <= self.facts.non_grades

    def _byline(self, text: str) -> None:
        """At the inspector's byline, drop the line of the name alone just before it (the
        photograph's caption: "Roy Wilsher", then "Roy Wilsher, HM Inspector of ...")."""
        name = r.byline_name(text)
        summary = (self.current or self.judged).summary
        if name is not None and summary and r.plain(summary[-1].text) == name:
            summary.pop()

    def _pillar_sentence(self, block: Block) -> _Stated | None:
        """A pillar's grade stated in a sentence, or None. Only the line's first sentence is
        read: "... requires improvement. However, there has been a notable improvement ...;
        and"."""
        opening = r.PILLAR_SENTENCE.match(block.text)
        if opening is None:
            return None
        second = _NEXT_SENTENCE.search(block.text)
        sentence = block.text[: second.start() + 1] if second else block.text
        body = sentence[: len(sentence) - _tail(sentence)]
        lower = body.lower()
        grade = next(
            (
                g
                for g in sorted(self.facts.grades, key=len, reverse=True)
                if lower.endswith(g) and lower[: -len(g)].endswith((" ", ":"))
            ),
            None,
        )
        if grade is None:
            return None
        named = opening.group("named")
        if named:
            pillar, at = named.capitalize(), block.text.lower().find(named.lower())
        else:
            words = [
                (m.start(), name)
                for pattern, name in r.PILLAR_SENTENCE_WORDS
                if (m := pattern.search(body, 0, len(body) - len(grade)))
            ]
            if not words:
                return None
            at, pillar = min(words)
        if pillar not in self.cycle_pillars:
            return None
        grades = self.facts.grades[grade], len(body) - len(grade), len(body)
        return _Stated(pillar, at, *grades, len(sentence))

    def _state_pillar(self, block: Block, stated: _Stated) -> None:
        found = self._pillar(stated.pillar, block, at=stated.at)
        if found.grade is not None:
            self._unplaced(block, f"the page has already stated the grade of {stated.pillar}")
            return
        start = block.start
        found.grade = (stated.grade, start + stated.grade_at, start + stated.grade_end)
        # kept as written, so that rules reading the template's sentence see its subject
        found.grade_sentence = (block.text[: stated.end], start, start + stated.end)

    def _block_grade(self, block: Block, pillar: Judged) -> None:
        grade = self._grade(r.plain(block.text))
        assert grade is not None
        if pillar.grade is None:
            pillar.grade = (grade, block.start, block.end)
        elif pillar.grade[0] != grade and not self._both_non_grades(pillar.grade[0], grade):
            self._problem(
                block,
                f"the grade line '{block.text}' differs from the grade the page states for "
                f"{pillar.name[0] if pillar.name else 'this pillar'} above ({pillar.grade[0]})",
            )

    def _pillar_heading(self, text: str) -> str | None:
        """The pillar a pillar block's heading names: its name, or its own question."""
        named = self._pillar_named(text)
        if named is not None:
            return named
        if not (r.QUESTION_TITLE.match(text) or r.HEADING.match(text)) or len(text) > 160:
            return None
        return r.pillar_of(text, among=self.cycle_pillars)

    def _pillar(self, name: str, block: Block, *, at: int = 0, heading: bool = False) -> Judged:
        """The pillar of that name, added in the page's order when first met."""
        for pillar in self.parts.pillars:
            if pillar.name is not None and pillar.name[0] == name:
                return pillar
        start = block.start + at
        end = block.end if heading else start + len(name)
        pillar = Judged(name=(name, start, end))
        self.parts.pillars.append(pillar)
        return pillar


_NEXT_SENTENCE = re.compile(r"\.\s+(?=[A-Z‘“\"])")


def _tail(text: str) -> int:
    """The length of what follows a sentence's last word ("." or "; and")."""
    found = r.PILLAR_SENTENCE_END.search(text)
    return len(text) - found.start() if found else 0
