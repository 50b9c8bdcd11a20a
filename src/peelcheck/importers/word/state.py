"""The recogniser's state, and what recognising questions and pillars does with it.

`report.py` walks the document and handles the front matter; this module holds the state
the walk keeps and the handling of pillars and questions (a mixin of the recogniser).
"""

from __future__ import annotations

from enum import Enum, auto

from peelcheck.core.findings import Severity
from peelcheck.importers.facts import ImportFacts
from peelcheck.importers.word.body import Body, Para
from peelcheck.importers.word.finish import framework_areas, same_name
from peelcheck.importers.word.lines import (
    FURNITURE,
    QUESTIONS_FOR,
    SUMMARY,
    grade_span,
    number_line,
    numbered_title,
    part_heading,
)
from peelcheck.importers.word.parts import Pillar, Question, Report, Words
from peelcheck.importers.word.section import Section
from peelcheck.importers.word.title import Title


class Layout(Enum):
    """How a cycle's reports are laid out."""

    PILLAR = auto()
    INTEGRATED = auto()
    AREAS = auto()


class Mode(Enum):
    """Where the walk is: front matter, a pillar's head, the questions, the afterword."""

    FRONT = auto()
    PILLAR = auto()
    QUESTIONS = auto()
    AFTER = auto()


class State:
    """What the walk through the document knows so far."""

    def __init__(
        self, body: Body, title: Title, facts: ImportFacts, programme: str, cycle: str
    ) -> None:
        self.body = body
        self.report = Report(title=title.paragraphs, pillar_name=title.pillar)
        self.facts = facts
        self.programme, self.cycle = programme, cycle
        cycle_facts = facts.cycles.get(programme, {}).get(cycle)
        self.layout = (
            Layout.AREAS
            if cycle_facts is None or not cycle_facts.pillar_grades
            else Layout.INTEGRATED
            if cycle_facts.integrated
            else Layout.PILLAR
        )
        self.pillar_names = list(facts.pillars(programme, cycle))
        self.areas = framework_areas(facts, programme, cycle)
        self.section = Section(self.report)
        self.mode = Mode.FRONT
        self.front = "start"
        self.front_level: int | None = None  # the level of the front section's heading
        self.summaries: dict[str, tuple[Para | None, list[Words]]] = {}
        self.group: str | None = None  # the pillar heading above the current question
        self.pending: Words | None = None  # a question number on a line of its own
        self.level: int | None = None  # the questions' heading level
        self.seen_summary = False

    # -- pillars ---------------------------------------------------------------------------

    def _pillar_heading(self, para: Para, name: str) -> None:
        if self.layout is Layout.PILLAR:
            if self.report.pillar is None:
                self.report.pillar, self.report.pillar_name = Words.of(para), name
            self.front = "start"
        elif self.layout is Layout.INTEGRATED:
            self.report.pillars.append(Pillar(Words.of(para)))
            self.mode, self.pending = Mode.PILLAR, None
        else:
            self.group = name
            self.mode = Mode.QUESTIONS

    def _questions_for(self, para: Para, named: str) -> None:
        pillar = self._pillar_named(named)
        if self.layout is Layout.PILLAR and self.report.pillar is None and pillar:
            self.report.pillar = Words.of(para, para.text.index(named), len(para.text.rstrip()))
            self.report.pillar_name = self.report.pillar_name or pillar
        self.mode = Mode.QUESTIONS

    def _in_pillar(self, para: Para, text: str, heading: bool) -> None:
        pillar = self.report.pillars[-1]
        found = grade_span(para.text, self.facts.grades)
        if self._pillar_named(text) and heading:
            self._pillar_heading(para, text)
        elif QUESTIONS_FOR.fullmatch(text.rstrip(":")):
            self.mode = Mode.QUESTIONS
        elif heading and FURNITURE.fullmatch(text.rstrip(":")):
            self.mode = Mode.AFTER
        elif heading and (numbered_title(text) or para.number):
            self.mode = Mode.QUESTIONS
            self._start_question(para)
        elif (heading or not pillar.summary) and text.endswith("?"):
            pass  # the pillar's own question
        elif heading and SUMMARY.fullmatch(text.rstrip(":")):
            pass  # "Summary" above the pillar's summary
        elif found is not None and pillar.grade is None:
            pillar.grade = Words(para, *found)
        elif number_line(text) is not None and not para.listed:
            self.mode, self.pending = Mode.QUESTIONS, Words.of(para)
        else:
            pillar.summary.append(Words.of(para))

    # -- questions -------------------------------------------------------------------------

    def _in_questions(self, para: Para, text: str, heading: bool, styled: bool) -> None:
        part = part_heading(text)
        if self.section.in_box(para, styled or part is not None):
            self.section.paragraph(para)
            return
        if part is not None and (heading or len(text) < 40):
            self.section.open(part, para)
            return
        if self.pending is not None:
            self._start_question(para)
            return
        found = grade_span(para.text, self.facts.grades)
        question = self.section.question
        if found is not None and question is not None and not para.listed:
            self._grade(question, para, found)
        elif number_line(text) is not None and not para.listed and self.layout is not Layout.AREAS:
            self.pending = Words.of(para)
        elif (heading or para.level is not None or self._titles_question(para, text)) and (
            self._heading(para, text, styled)
        ):
            pass
        else:
            self.section.paragraph(para)

    def _titles_question(self, para: Para, text: str) -> bool:
        """A plain paragraph that is a question's title: an area or question the judgments
        table or the framework names, or (where questions are questions, PEEL 2014-2018/19
        and FRS 2018/19, 2021/22) one sentence ending in a question mark."""
        if para.listed or len(text.split()) > 40:
            return False
        if self._names_area(text):
            return True
        one_question = text.endswith("?") and text.count("?") == 1 and ". " not in text
        return self.layout is not Layout.AREAS and one_question

    def _heading(self, para: Para, text: str, styled: bool) -> bool:
        """A heading among the questions; False when it is only a sub-heading of a section."""
        pillar = self._pillar_named(text)
        plain = text.rstrip(":").strip()
        if pillar and (styled or self.layout is not Layout.PILLAR):
            self.section.close_box()
            self._pillar_heading(para, pillar)
        elif QUESTIONS_FOR.fullmatch(plain):
            pass
        elif FURNITURE.fullmatch(plain) and styled and self._at_question_level(para):
            self.section.close_box()  # annexes: the questions have ended
            self.mode = Mode.AFTER
        elif self._starts_question(para, text, styled):
            self._start_question(para)
        else:
            return False
        return True

    def _at_question_level(self, para: Para) -> bool:
        """A styled heading at the questions' level or above (any, before the first)."""
        if para.level is None:
            return False
        return self.level is None or para.level <= self.level

    def _starts_question(self, para: Para, text: str, styled: bool) -> bool:
        if self._names_area(text) or (not styled and self._titles_question(para, text)):
            return True
        if not styled:
            return False
        if numbered_title(text) or para.number:
            return True
        if self.level is None:  # the first question sets the questions' level
            return not self.report.questions
        return para.level is not None and para.level <= self.level

    def _start_question(self, para: Para) -> None:
        number: str | None = None
        number_at: Words | None = None
        start = 0
        typed = numbered_title(para.text)
        if self.pending is not None:
            number_at, self.pending = self.pending, None
            number = number_line(number_at.text)
        elif typed is not None:
            number, start = typed
            at = para.text.index(number)
            number_at = Words.of(para, at, at + len(number))
        elif para.number:
            number = para.number.rstrip(".)")
        current = self.section.question
        if current is not None and _empty(current) and _deeper(para, current.heading):
            self.report.questions.pop()  # a heading over the areas ("Our findings"), not one
            self.level = None
        if self.level is None and para.level is not None and para.level >= 1:
            self.level = para.level
        group = self.report.pillars[-1].name.text if self.report.pillars else self.group
        self.section.start(Question(para, Words.of(para, start), number, number_at, pillar=group))

    def _grade(self, question: Question, para: Para, found: tuple[int, int]) -> None:
        if question.grade is None:
            question.grade = Words(para, *found)
            return
        self.report.problem(
            para,
            f"'{question.title.text}' has two grades, '{question.grade.text}' "
            f"({question.grade.para.label}) and '{para.text[found[0] : found[1]]}'; keep one",
        )

    # -- helpers ---------------------------------------------------------------------------

    def _pillar_named(self, text: str) -> str | None:
        typed = numbered_title(text)  # "1. Effectiveness"
        plain = (text[typed[1] :] if typed else text).strip().rstrip(":").lower()
        return next((p for p in self.pillar_names if p.lower() == plain), None)

    def _names_area(self, text: str) -> bool:
        typed = numbered_title(text)
        title = text[typed[1] :] if typed else text
        names = [area.text for area, _ in self.report.table]
        return any(same_name(title, name) for name in [*names, *self.areas])

    def _unplaced(self, para: Para, why: str) -> None:
        shown = para.text.strip()
        shown = shown if len(shown) <= 60 else shown[:57] + "..."
        self.report.problem(para, f"cannot place {para.label} '{shown}': {why}", Severity.WARNING)


def _empty(question: Question) -> bool:
    """Nothing under the heading yet: no grade, text, finding or box."""
    return not (
        question.grade
        or question.narrative
        or question.areas
        or question.causes
        or question.practice
    )


def _deeper(para: Para, heading: Para) -> bool:
    return para.level is not None and heading.level is not None and para.level > heading.level
