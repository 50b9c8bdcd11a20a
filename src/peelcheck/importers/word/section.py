"""One question's (or area's) section: its grade, narrative, findings and practice boxes.

Inside a section, headings of its own parts switch what the paragraphs are:

- "Areas for improvement": list items are areas for improvement. Where they are bullets,
  the first plain paragraph after them is narrative again (PEEL 2018/19 puts them before
  the narrative); where they are written as paragraphs, a "The force should ..." sentence
  (or a bold one) opens an area and the paragraphs after it explain it.
- "Cause(s) of concern": a paragraph opens the cause, the paragraphs after it explain it, a
  bold paragraph opens another; "Recommendations" (or a line ending in a colon, "To address
  this cause of concern the force must ...:") opens its recommendations.
- "Promising practice" and the like: a box, kept with the question and not a finding, to
  the end of its shading, its one-cell table, or the next heading.
"""

from __future__ import annotations

from enum import Enum, auto

from peelcheck.core.findings import Severity
from peelcheck.importers.word.body import Para
from peelcheck.importers.word.lines import INTRO, Part, carried_over, is_finding_title
from peelcheck.importers.word.parts import Box, Cause, Item, Question, Report, Words


class _In(Enum):
    NARRATIVE = auto()
    AREAS = auto()
    CAUSES = auto()
    RECOMMENDATIONS = auto()
    BOX = auto()


class Section:
    """Reads the paragraphs of the current question into it."""

    def __init__(self, report: Report) -> None:
        self.report = report
        self.question: Question | None = None
        self.where = _In.NARRATIVE
        self.bullets = False  # the areas for improvement so far were list items
        self.box: Box | None = None
        self.box_shaded = False
        self.box_table = False

    def start(self, question: Question) -> None:
        """A new question begins; the last one is complete."""
        self.close_box()
        self.question = question
        self.where = _In.NARRATIVE
        self.report.questions.append(question)

    def open(self, part: Part, para: Para) -> None:
        """A heading of the question's own parts."""
        question = self._current(para)
        if question is None:
            return
        self.close_box()
        if part is Part.AREAS:
            self.where, self.bullets = _In.AREAS, False
            question.areas_heading = question.areas_heading or para.text.strip().rstrip(":")
        elif part is Part.CAUSES:
            self.where = _In.CAUSES
            question.causes.append(Cause(para))
        elif part is Part.RECOMMENDATIONS:
            self._recommendations(question, para)
        else:
            self.where = _In.BOX
            self.box = Box(Words.of(para))
            self.box_shaded, self.box_table = para.shaded, para.in_table
            question.practice.append(self.box)

    def in_box(self, para: Para, heading: bool) -> bool:
        """Whether `para` belongs to the open practice box; closes the box when not."""
        if self.box is None:
            return False
        if self.box_table:
            inside = para.in_table
        elif self.box_shaded:
            inside = para.shaded
        else:
            inside = not heading
        if not inside:
            self.close_box()
        return inside

    def close_box(self) -> None:
        """The practice box ends; what follows is narrative again."""
        if self.box is not None:
            self.box = None
            self.where = _In.NARRATIVE

    def paragraph(self, para: Para) -> None:
        """A paragraph of the current question, placed by the part it is in."""
        question = self._current(para)
        if question is None:
            return
        words = Words.of(para)
        if self.where is _In.BOX and self.box is not None:
            if self.box.title is None and para.bold and not self.box.text:
                self.box.title = words
            else:
                self.box.text.append(words)
        elif self.where is _In.AREAS:
            self._area(question, para, words)
        elif self.where is _In.CAUSES:
            self._cause(question, para, words)
        elif self.where is _In.RECOMMENDATIONS:
            if not INTRO.fullmatch(words.text):
                self._recommendation(question, para, words)
        else:
            self._narrative(question, words)

    def _narrative(self, question: Question, words: Words) -> None:
        year = carried_over(words.text)
        if year is not None:
            question.carried_over = year
        question.narrative.append(words)

    def _area(self, question: Question, para: Para, words: Words) -> None:
        if para.listed:
            self.bullets = True
            question.areas.append(Item([words]))
        elif self.bullets:  # bullets first, then the narrative (PEEL 2018/19)
            self.where = _In.NARRATIVE
            self._narrative(question, words)
        elif not question.areas or para.bold or is_finding_title(words.text):
            question.areas.append(Item([words]))
        else:
            question.areas[-1].words.append(words)

    def _cause(self, question: Question, para: Para, words: Words) -> None:
        cause = question.causes[-1]
        if para.listed:
            self.where = _In.RECOMMENDATIONS
            cause.recommendations.append(Item([words]))
        elif INTRO.fullmatch(words.text) and cause.text:
            self.where = _In.RECOMMENDATIONS  # "To address this cause of concern ...:"
        elif cause.text and para.bold:
            question.causes.append(Cause(None, [words]))
        else:
            cause.text.append(words)

    def _recommendations(self, question: Question, para: Para) -> None:
        if not question.causes:
            self.report.problem(
                para,
                f"'{para.text.strip()}' in '{question.title.text}' follows no cause of "
                "concern; put recommendations under the cause of concern they answer",
                Severity.WARNING,
            )
            self.where = _In.NARRATIVE
            return
        self.where = _In.RECOMMENDATIONS

    def _recommendation(self, question: Question, para: Para, words: Words) -> None:
        """Each list item or paragraph is a recommendation; one that opens in lower case
        carries on the one before."""
        cause = question.causes[-1]
        if para.listed or not cause.recommendations or not words.text[:1].islower():
            cause.recommendations.append(Item([words]))
        else:
            cause.recommendations[-1].words.append(words)

    def _current(self, para: Para) -> Question | None:
        if self.question is None:
            shown = para.text.strip()
            shown = shown if len(shown) <= 60 else shown[:57] + "..."
            self.report.problem(
                para,
                f"cannot place {para.label} '{shown}': it comes before the first question "
                "or area heading",
                Severity.WARNING,
            )
        return self.question
