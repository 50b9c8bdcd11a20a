"""Recognising a report's parts in a Word document's blocks, by its structure.

The layout depends on the cycle (what the packs say of it):

- single pillar (PEEL 2014-2017): pillar, its question, "Last updated", the pillar grade,
  its summary, then "Questions for <pillar>" and the questions;
- integrated (PEEL 2018/19, FRS 2018/19 and 2021/22): front matter, the overall summary,
  then each pillar (its question, grade and summary, then its questions);
- areas (PEEL 2021/22 on, FRS 2023-25): "Overall summary" with the judgments table,
  boilerplate, the inspector's summary, then one section per area (FRS: under ungraded
  pillar headings).

Headings are what Word records (a heading style, a house style based on one, an outline
level), a bold paragraph that reads like a heading, or the words the reports head their
parts with. A heading that starts a question always starts one: a styled heading at the
questions' level, a numbered heading, the line after a question number, or a heading that
names an area of the judgments table or of the framework.
"""

from __future__ import annotations

from enum import Enum, auto
from typing import Any

from peelcheck.core.findings import Severity
from peelcheck.importers.builder import ImportFacts
from peelcheck.importers.word.body import Body, Para, Table
from peelcheck.importers.word.finish import finish, framework_areas, same_name
from peelcheck.importers.word.lines import (
    FURNITURE,
    JUDGMENTS,
    LAST_UPDATED,
    QUESTIONS_FOR,
    SUMMARY,
    SUMMARY_BY_INSPECTOR,
    grade_span,
    is_welsh_link,
    looks_like_heading,
    number_line,
    numbered_title,
    part_heading,
)
from peelcheck.importers.word.parts import Pillar, Question, Report, Words
from peelcheck.importers.word.section import Section
from peelcheck.importers.word.table import grades_table
from peelcheck.importers.word.title import Title


class Layout(Enum):
    """How a cycle's reports are laid out."""

    PILLAR = auto()
    INTEGRATED = auto()
    AREAS = auto()


class _Mode(Enum):
    FRONT = auto()
    PILLAR = auto()
    QUESTIONS = auto()
    AFTER = auto()


_BOILERPLATE = (
    "our inspection assessed how",
    "we also inspected how",
    "we set out our detailed findings",
    "in the rest of th",
    "we also assess the force",
)


def recognise(body: Body, title: Title, facts: ImportFacts, programme: str, cycle: str) -> Report:
    """The report's parts, with what could not be placed as problems."""
    return _Recogniser(body, title, facts, programme, cycle).run()


class _Recogniser:
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
        self.pillar_names = facts.pillars.get(programme, {}).get(cycle, [])
        self.areas = framework_areas(facts, programme, cycle)
        self.section = Section(self.report)
        self.mode = _Mode.FRONT
        self.front = "start"
        self.summaries: dict[str, tuple[Para | None, list[Words]]] = {}
        self.group: str | None = None  # the pillar heading above the current question
        self.pending: Words | None = None  # a question number on a line of its own
        self.level: int | None = None  # the questions' heading level
        self.seen_summary = False

    def run(self) -> Report:
        skip = {id(p) for p in self.report.title}
        for item in self.body.items:
            if isinstance(item, Table):
                self._table(item)
            elif id(item) not in skip and item.text.strip() and not item.style.contents:
                self._paragraph(item)
        self.section.close_box()
        finish(self.report, self.summaries, self.facts, self.programme, self.cycle)
        return self.report

    # -- dispatch ---------------------------------------------------------------------------

    def _paragraph(self, para: Para) -> None:
        if self.mode is _Mode.AFTER:
            return
        text = para.text.strip()
        styled = para.level is not None and para.level >= 1
        heading = styled or (para.bold and not para.listed and looks_like_heading(text))
        if self.mode is _Mode.QUESTIONS:
            self._in_questions(para, text, heading, styled)
        elif self.mode is _Mode.PILLAR:
            self._in_pillar(para, text, heading)
        else:
            self._in_front(para, text, heading)

    def _table(self, table: Table) -> None:
        grid = table.grid()
        one_cell = len({id(c) for row in grid for c in row if c is not None}) == 1
        if self.mode is _Mode.QUESTIONS and one_cell:
            for para in table.paragraphs:  # a box drawn as a one-cell table
                if para.text.strip():
                    self._paragraph(para)
            if self.section.box_table:
                self.section.close_box()
            return
        if self.mode is _Mode.FRONT and not self.report.table:
            rows = grades_table(table, self.facts.grades)
            if rows:
                self.report.table = rows
                return
        if self.mode in (_Mode.AFTER,) or self.front in ("furniture", "judgments"):
            return
        first = next((p for p in table.paragraphs if p.text.strip()), None)
        if first is not None:
            where = self.section.question.title.text if self.section.question else "the report"
            self.report.problem(
                first,
                f"a table in '{where}' ({first.label} on) is not imported: only the judgments "
                "table and one-cell boxes are read",
                Severity.WARNING,
            )

    # -- front matter ---------------------------------------------------------------------

    def _in_front(self, para: Para, text: str, heading: bool) -> None:
        questions_for = QUESTIONS_FOR.fullmatch(text.rstrip(":"))
        pillar = self._pillar_named(text)
        if questions_for:
            self._questions_for(para, questions_for.group("pillar"))
        elif pillar and (heading or para.level is not None or self.layout is Layout.PILLAR):
            self._pillar_heading(para, pillar)
        elif heading or _front_heading(text):
            self._front_heading(para, text)
        elif (found := grade_span(para.text, self.facts.grades)) is not None:
            if self.layout is Layout.PILLAR and self.report.overall_grade is None:
                self.report.overall_grade = Words(para, *found)
            else:
                self._unplaced(para, "a grade outside any question or area")
        elif (updated := LAST_UPDATED.fullmatch(text)) is not None:
            start = para.text.index(updated.group("date"))
            self.report.published = (
                Words(para, start, start + len(updated.group("date"))),
                updated.group("date"),
            )
        elif is_welsh_link(text):
            self.report.welsh = Words.of(para)
        elif self.layout is not Layout.AREAS and number_line(text) is not None:
            self.mode, self.pending = _Mode.QUESTIONS, Words.of(para)
        else:
            self._front_text(para, text)

    def _front_heading(self, para: Para, text: str) -> None:
        plain = text.rstrip(":").strip()
        if SUMMARY_BY_INSPECTOR.fullmatch(plain):
            self.front, self.seen_summary = "inspector", True
            self.summaries["inspector"] = (para, [])
        elif JUDGMENTS.fullmatch(plain):
            self.front = "judgments"
            self.report.table_heading = para
        elif SUMMARY.fullmatch(plain):
            if self.layout is not Layout.PILLAR:  # else "Summary" above the pillar's summary
                self.front, self.seen_summary = "summary", True
                self.summaries.setdefault("summary", (para, []))
        elif FURNITURE.fullmatch(plain):
            self.front = "furniture"
        elif self.layout is Layout.PILLAR and self.report.overall_title is None:
            self.report.overall_title = Words.of(para)  # the pillar's question
        elif self.layout is Layout.AREAS and self._opens_area(para, text):
            self.mode = _Mode.QUESTIONS
            self._start_question(para, text)
        else:
            self.front = "unknown"
            self.report.problem(
                para,
                f"skipped the section '{plain}': it is not a part of a report peelcheck knows "
                "(summary, judgments, boilerplate, a question or area)",
                Severity.WARNING,
            )

    def _front_text(self, para: Para, text: str) -> None:
        words = Words.of(para)
        report = self.report
        if self.layout is Layout.PILLAR and self.front == "start":
            if text.endswith("?") and not (report.overall_title or report.summary):
                report.overall_title = words  # the pillar's question, not styled as a heading
            else:
                report.summary.append(words)
        elif text.lower().startswith(_BOILERPLATE):
            self.front = "judgments" if self.front != "furniture" else self.front
        elif self.front in ("inspector", "summary"):
            self.summaries[self.front][1].append(words)
        elif self.front == "start":
            self._unplaced(para, "it comes before the report's first section")

    def _opens_area(self, para: Para, text: str) -> bool:
        """After the summary, a heading at the summary's level or above starts the areas;
        before it, only a heading naming an area does."""
        if self._names_area(text) or numbered_title(text):
            return True
        summary = self.summaries.get("inspector") or self.summaries.get("summary")
        level = summary[0].level if summary and summary[0] is not None else None
        return self.seen_summary and (level is None or (para.level or 99) <= level)

    # -- pillars ---------------------------------------------------------------------------

    def _pillar_heading(self, para: Para, name: str) -> None:
        if self.layout is Layout.PILLAR:
            if self.report.pillar is None:
                self.report.pillar, self.report.pillar_name = Words.of(para), name
            self.front = "start"
        elif self.layout is Layout.INTEGRATED:
            self.report.pillars.append(Pillar(Words.of(para)))
            self.mode, self.pending = _Mode.PILLAR, None
        else:
            self.group = name
            self.mode = _Mode.QUESTIONS

    def _questions_for(self, para: Para, named: str) -> None:
        pillar = self._pillar_named(named)
        if self.layout is Layout.PILLAR and self.report.pillar is None and pillar:
            self.report.pillar = Words.of(para, para.text.index(named), len(para.text.rstrip()))
            self.report.pillar_name = self.report.pillar_name or pillar
        self.mode = _Mode.QUESTIONS

    def _in_pillar(self, para: Para, text: str, heading: bool) -> None:
        pillar = self.report.pillars[-1]
        found = grade_span(para.text, self.facts.grades)
        if self._pillar_named(text) and heading:
            self._pillar_heading(para, text)
        elif QUESTIONS_FOR.fullmatch(text.rstrip(":")):
            self.mode = _Mode.QUESTIONS
        elif heading and FURNITURE.fullmatch(text.rstrip(":")):
            self.mode = _Mode.AFTER
        elif heading and (numbered_title(text) or para.number):
            self.mode = _Mode.QUESTIONS
            self._start_question(para, text)
        elif heading and (text.endswith("?") or SUMMARY.fullmatch(text.rstrip(":"))):
            pass  # the pillar's own question, or "Summary" above its summary
        elif found is not None and pillar.grade is None:
            pillar.grade = Words(para, *found)
        elif number_line(text) is not None and not para.listed:
            self.mode, self.pending = _Mode.QUESTIONS, Words.of(para)
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
            self._start_question(para, text)
            return
        found = grade_span(para.text, self.facts.grades)
        question = self.section.question
        if found is not None and question is not None and not para.listed:
            self._grade(question, para, found)
        elif number_line(text) is not None and not para.listed and self.layout is not Layout.AREAS:
            self.pending = Words.of(para)
        elif (heading or para.level is not None) and self._heading(para, text, styled):
            pass
        else:
            self.section.paragraph(para)

    def _heading(self, para: Para, text: str, styled: bool) -> bool:
        """A heading among the questions; False when it is only a sub-heading of a section."""
        pillar = self._pillar_named(text)
        plain = text.rstrip(":").strip()
        if pillar and (styled or self.layout is not Layout.PILLAR):
            self.section.close_box()
            self._pillar_heading(para, pillar)
        elif QUESTIONS_FOR.fullmatch(plain):
            pass
        elif FURNITURE.fullmatch(plain) and (styled or para.bold):
            self.section.close_box()
            self.mode = _Mode.AFTER
        elif self._starts_question(para, text, styled):
            self._start_question(para, text)
        else:
            return False
        return True

    def _starts_question(self, para: Para, text: str, styled: bool) -> bool:
        if self._names_area(text):
            return True
        if not styled:
            return False
        if numbered_title(text) or para.number:
            return True
        if self.level is None:  # the first question sets the questions' level
            return not self.report.questions
        return para.level is not None and para.level <= self.level

    def _start_question(self, para: Para, text: str) -> None:
        number: str | None = None
        number_at: Words | None = None
        start = 0
        typed = numbered_title(text)
        if self.pending is not None:
            number_at, self.pending = self.pending, None
            number = number_line(number_at.text)
        elif typed is not None:
            number, start = typed
            lead = len(para.text) - len(para.text.lstrip())
            number_at = Words.of(para, lead, lead + para.text.strip().index(number) + len(number))
        elif para.number:
            number = para.number.rstrip(".)")
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
        plain = text.strip().rstrip(":").lower()
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


def _front_heading(text: str) -> bool:
    """Words the reports head a front section with, whatever the paragraph looks like."""
    plain = text.rstrip(":").strip()
    return any(pattern.fullmatch(plain) for pattern in (SUMMARY_BY_INSPECTOR, JUDGMENTS, SUMMARY))


__all__: list[Any] = ["Layout", "recognise"]
