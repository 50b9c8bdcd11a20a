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

from peelcheck.core.findings import Severity
from peelcheck.importers.facts import ImportFacts
from peelcheck.importers.word.body import Body, Para, Table
from peelcheck.importers.word.finish import finish
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
)
from peelcheck.importers.word.parts import Report, Words
from peelcheck.importers.word.state import Layout, Mode, State
from peelcheck.importers.word.table import grades_table
from peelcheck.importers.word.title import Title

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


class _Recogniser(State):
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
        text = para.text.strip()
        styled = para.level is not None and para.level >= 1
        heading = styled or (para.bold and not para.listed and looks_like_heading(text))
        if self.mode is Mode.AFTER:  # annexes; an area heading after them is still an area
            if not (styled and self._at_question_level(para) and self._names_area(text)):
                return
            self.mode = Mode.QUESTIONS
        if self.mode is Mode.QUESTIONS:
            self._in_questions(para, text, heading, styled)
        elif self.mode is Mode.PILLAR:
            self._in_pillar(para, text, heading)
        else:
            self._in_front(para, text, heading)

    def _table(self, table: Table) -> None:
        grid = table.grid()
        one_cell = len({id(c) for row in grid for c in row if c is not None}) == 1
        if self.mode is Mode.QUESTIONS and one_cell:
            for para in table.paragraphs:  # a box drawn as a one-cell table
                if para.text.strip():
                    self._paragraph(para)
            if self.section.box_table:
                self.section.close_box()
            return
        if self.mode is Mode.FRONT and not self.report.table:
            rows = grades_table(table, self.facts.grades)
            if rows:
                self.report.table = rows
                return
        if self.mode in (Mode.AFTER,) or self.front in ("furniture", "judgments"):
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
        elif pillar:
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
            self.mode, self.pending = Mode.QUESTIONS, Words.of(para)
        else:
            self._front_text(para, text)

    def _front_heading(self, para: Para, text: str) -> None:
        plain = text.rstrip(":").strip()
        if SUMMARY_BY_INSPECTOR.fullmatch(plain):
            self._open_front("inspector", para)
            self.seen_summary = True
            self.summaries["inspector"] = (para, [])
        elif JUDGMENTS.fullmatch(plain):
            self._open_front("judgments", para)
            self.report.table_heading = para
        elif SUMMARY.fullmatch(plain):
            if self.layout is not Layout.PILLAR:  # else "Summary" above the pillar's summary
                self._open_front("summary", para)
                self.seen_summary = True
                self.summaries.setdefault("summary", (para, []))
        elif FURNITURE.fullmatch(plain):
            self._open_front("furniture", para)
        elif self.layout is Layout.PILLAR and self.report.overall_title is None:
            self.report.overall_title = Words.of(para)  # the pillar's question
        elif self.layout is Layout.AREAS and self._opens_area(para, text):
            self.mode = Mode.QUESTIONS
            self._start_question(para)
        elif self._inside_front_section(para):  # a sub-heading of the section it is in
            if self.front in ("inspector", "summary"):
                self.summaries[self.front][1].append(Words.of(para))
        else:
            self._open_front("unknown", para)
            self.report.problem(
                para,
                f"skipped the section '{plain}': it is not a part of a report peelcheck knows "
                "(summary, judgments, boilerplate, a question or area)",
                Severity.WARNING,
            )

    def _open_front(self, kind: str, para: Para) -> None:
        self.front, self.front_level = kind, para.level

    def _inside_front_section(self, para: Para) -> bool:
        """A heading below the current front section's own heading belongs to it."""
        if self.front == "start" or self.front_level is None:
            return False
        return para.level is None or para.level > self.front_level

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


def _front_heading(text: str) -> bool:
    """Words the reports head a front section with, whatever the paragraph looks like."""
    plain = text.rstrip(":").strip()
    return any(pattern.fullmatch(plain) for pattern in (SUMMARY_BY_INSPECTOR, JUDGMENTS, SUMMARY))


__all__ = ["Layout", "recognise"]
