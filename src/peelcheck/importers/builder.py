"""The page builder: a published page's paragraphs, in reading order -> draft and source map.

`page` reduces the copied text to `Block`s (one per paragraph line) that carry their offset
in the text; this module recognises the report's structure in them by content alone (the
wording is in `recognise`, which the Word importer in `importers/word` shares). What it
cannot place becomes an `import` finding that names the line; nothing is dropped silently.

A question is a number line or a title, then its body in any order the cycles use: a grade
line (after the title in 2014 and 2018/19, after the narrative in 2015-2017), areas for
improvement (before the narrative in 2018/19), causes of concern, narrative paragraphs.
A copy of a published page may lack grade badges or question numbers: a grade it does not
show is recorded as absent, with the reason, and never guessed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Literal

from peelcheck.core.findings import Finding, Severity
from peelcheck.draft.loaded import Loaded
from peelcheck.draft.sourcemap import SourceMap
from peelcheck.importers import recognise as r
from peelcheck.importers.assemble import Assembler
from peelcheck.importers.blocks import Block, bullet_marker
from peelcheck.importers.facts import (
    ImportFacts,
    resolve_force,
    suggest_subject,
    table_file,
)
from peelcheck.importers.header import find_header
from peelcheck.importers.not_reports import not_a_report
from peelcheck.importers.numbering import number_questions
from peelcheck.importers.questions import QuestionReader
from peelcheck.importers.reading import IMPORT_RULE
from peelcheck.importers.summary import SummaryReader

__all__ = ["IMPORT_RULE", "Block", "ImportFacts", "build_draft", "bullet_marker", "resolve_force"]

ABSENT = "not in the copied page text"
ABSENT_BY_AREA = "not in the copied page text (the page shows these grades in a table)"
UNGRADED = "ungraded: the cycle assesses this pillar without grades"


def build_draft(
    blocks: Sequence[Block],
    source: SourceMap,
    file: str,
    *,
    status: Literal["draft", "final"],
    unit: str,
    facts: ImportFacts,
    copy: bool = False,
    excerpt: bool = False,
) -> Loaded:
    """Recognise the report in `blocks` and return it as a loaded draft.

    `unit` is "line" or "paragraph", for messages. A `copy` is the text of a published
    page: grades it does not show are recorded as absent (in a draft they are problems). An
    `excerpt` holds only part of a report: it is recorded so, and a report without
    questions is no problem. When no report header is found the result has no data and one
    `file-format` finding; other problems are `import` findings.
    """
    header = find_header(blocks, facts)
    refusal = not_a_report(blocks, header)
    if refusal is not None:
        return _refused(file, source, refusal)
    if header is None:
        message = (
            f"no report header found: expected a {unit} such as 'Gwent PEEL 2016', "
            "'Northumberland 2018/19', 'PEEL 2023–2025: An inspection of Kent Police' or "
            "'Our inspection assessed how good Kent Police is in nine areas of policing' "
            "before the report's text"
        )
        return _refused(file, source, message)
    return _Builder(blocks, source, file, unit, facts, header, copy=copy).run(status, excerpt)


def _refused(file: str, source: SourceMap, message: str) -> Loaded:
    """A file that holds no report peelcheck reads: no data, one `file-format` finding."""
    return Loaded(
        file,
        source=source,
        findings=[Finding(file, "file-format", Severity.ERROR, message, "", 1, 1)],
        kind="page",
    )


class _Builder(QuestionReader, SummaryReader):
    # -- the run ----------------------------------------------------------------------------

    def run(self, status: Literal["draft", "final"], excerpt: bool) -> Loaded:
        excerpt = excerpt or self.header.summary_page  # its questions are on other pages
        self._header(status, excerpt)
        start = self.header.index + (0 if self.header.by_area or self.header.opening else 1)
        for block in self.blocks[start:]:
            before = len(self.problems)
            cut = excerpt and block is self.blocks[-1] and _may_be_cut(block.text)
            if cut and self._cut_heading(block.text):
                continue  # "Questions for Eff": the copy ends inside the pillar's name
            self._take(block)
            if cut:
                # an excerpt's copy may end inside a line ("How effecti"): a last line that
                # cannot be placed is the cut, not a slip (docs/import.md, "Excerpts")
                del self.problems[before:]
        self._finish(excerpt)
        return Assembler(self.parts, self.source).loaded(self.file, self.problems)

    def _cut_heading(self, text: str) -> bool:
        """Whether a cut last line is a "Questions for <pillar>" line naming no pillar, or
        the start of one ("Questions fo")."""
        match = r.QUESTIONS_FOR.match(text)
        if match is None:
            return len(text) >= 4 and "questions for".startswith(text.lower())
        return self._pillar_named(match.group("pillar")) is None

    def _header(self, status: Literal["draft", "final"], excerpt: bool) -> None:
        h = self.header
        parts = self.parts
        if h.resolved is None:
            kind = "fire and rescue service" if h.programme == "FRS" else "force"
            close = suggest_subject(h.subject, h.programme, self.facts)
            hint = f"; did you mean '{close}'?" if close else ""
            if not close and h.programme == "PEEL":
                hint = "; it holds the 43 forces of England and Wales, which PEEL inspects"
            self._problem(
                h.block,
                f"'{h.subject}' is not a {kind} in the {table_file(h.programme)}{hint}",
                offset=h.subject_span[0],
            )
        if not h.cycle_known:
            cycles = ", ".join(self.facts.cycles.get(h.programme, {}))
            what = f"'{h.cycle}' is not" if h.cycle else "nothing in the text names"
            self._problem(
                h.block,
                f"{what} a {h.programme} cycle peelcheck knows ({cycles}); for a page graded "
                "by area, include its heading such as 'PEEL 2023–2025' or 'Important changes "
                "to PEEL'",
                offset=h.cycle_span[0],
            )
        self._inspect("programme", h.programme, h.programme_span)
        self._inspect("cycle", h.cycle, h.cycle_span)
        self._inspect("subject", h.resolved or h.subject, h.subject_span)
        self._inspect("status", status, parts.header)
        if h.summary_page:
            self._inspect("summary_page", True, parts.header)
        if excerpt:
            self._inspect("excerpt", True, parts.header)

    # -- recognising blocks ---------------------------------------------------------------

    def _take(self, block: Block) -> None:
        if block.opaque:  # its text says why it cannot be read
            self._problem(block, f"cannot place {block.label}: {block.text}")
            return
        if self.header.summary_page and (at := r.glued_link(block.text, self.header.subject)):
            block = Block(block.text[at:], block.start + at, block.label, stop=block.stop)
        text = r.plain(block.text)
        if r.is_furniture(text) and not block.item:
            if self.header.summary_page:
                self._byline(text)
            return
        if r.is_welsh(text):
            self._inspect("welsh_version", True, (block.start, block.end))
            return
        handler = {
            "head": self._in_head,
            "summary": self._in_summary,
            "overview": self._in_overview,
            "standard": self._in_standard,
            "questions": self._in_questions,
            "body": self._in_body,
            "areas": self._in_areas,
            "concern": self._in_concern,
            "recommendations": self._in_recommendations,
        }[self.state]
        handler(block, text)

    def _in_head(self, block: Block, text: str) -> None:
        updated = r.LAST_UPDATED.match(text)
        pillar = self._pillar_named(text)
        if self._grade(text) is not None:
            self._judged_grade(block)
            self.state = "summary"
        elif updated:
            self._published(block, updated.group("date"), updated.start("date"))
        elif text.lower().startswith("last updated"):
            self._problem(block, f"cannot read the date in '{block.text}'; expected DD/MM/YYYY")
        elif r.QUESTIONS_FOR.match(text):
            self._questions_for(block)
        elif r.NUMBER.match(text):
            self._question_start(block, text)
        elif pillar and self.pillar is None and self.judged.title is None:
            self._set_pillar(pillar, (block.start, block.end))
        elif r.OTHER_REPORTS.match(text) and self.pillar is None and self.judged.title is None:
            # the "Other inspections" section's own page (PEEL 2015-2017): its box, which
            # every page shows, then this heading
            other = self._pillar_named(r.OTHER_INSPECTIONS)
            if other is not None:
                self._set_pillar(other, (block.start, block.end))
                self.state = "summary"  # it asks no questions: it lists other reports
        elif r.SUMMARY_HEADINGS.match(text):
            self.state = "summary"
        elif self._asks_first_question(text):
            # a copy without the pillar's summary and its "Questions for Leadership" line:
            # a pillar assessed without grades (Leadership 2015-2016) has no question of its
            # own, so a question after its heading is the first of its questions
            self._question_start(block, text)
        elif self.judged.title is None and r.HEADING.match(text):
            self.judged.title = (block.text, block.start, block.end)
        else:
            self.state = "summary"
            self._in_summary(block, text)

    def _asks_first_question(self, text: str) -> bool:
        return (
            self.judged.title is None
            and self.pillar in self.ungraded
            and bool(r.QUESTION_TITLE.match(text))
            and r.pillar_of(text) is None
        )

    def _in_summary(self, block: Block, text: str) -> None:
        updated = r.LAST_UPDATED.match(text)
        if r.QUESTIONS_FOR.match(text):
            self._questions_for(block)
        elif r.STANDARD_SECTIONS.match(text):
            self.state = "standard"
        elif r.SUMMARY_HEADINGS.match(text):
            pass  # a heading of the summary, not its text
        elif self._question_start(block, text, summary=True):
            pass
        elif updated and "published" not in self.parts.inspection:
            self._published(block, updated.group("date"), updated.start("date"))
        elif self._grade(text) is not None:
            self._unplaced(block, "a grade line may only follow the header or a question")
        else:
            self._areas_sentence(block, text)
            self.judged.summary.append(block)

    def _in_standard(self, block: Block, text: str) -> None:
        """Inside a standard section: its text is the inspectorate's, not the report's."""
        if r.SUMMARY_HEADINGS.match(text):
            self.state = "summary"
        elif not r.STANDARD_SECTIONS.match(text) and self._question_start(block, text):
            pass

    # -- header values ----------------------------------------------------------------------

    def _judged_grade(self, block: Block) -> None:
        self.judged.grade = (block.text, block.start, block.end)

    def _published(self, block: Block, written: str, at: int) -> None:
        day, month, year = (int(part) for part in written.split("/"))
        try:
            date = dt.date(year, month, day)
        except ValueError:
            self._problem(block, f"'{written}' is not a date (DD/MM/YYYY)")
            return
        self._inspect(
            "published", date.isoformat(), (block.start + at, block.start + at + len(written))
        )

    def _areas_sentence(self, block: Block, text: str) -> None:
        """ "... how good <force> is in 12 areas of policing. We make graded judgments in 11"."""
        found = r.POLICE_AREAS.search(text) or r.FIRE_AREAS.search(text)
        if found is None or self.judged.areas_assessed is not None:
            return
        for key, group, around in (
            ("areas_assessed", "assessed", " in {} areas"),
            ("areas_graded", "graded", "judgments in {} of"),
        ):
            word = found.groupdict().get(group)
            value = r.count(word)
            if word is None or value is None:
                continue
            at = block.text.find(around.format(word))
            start = block.start + at + around.index("{}") if at >= 0 else block.start
            setattr(self.judged, key, (str(value), start, start + len(word)))

    # -- the end ----------------------------------------------------------------------------

    def _pillar_from_text(self) -> None:
        """A page without a pillar line: the pillar its headline names ("How effectively
        ..."), or Leadership from that page's fixed opening (PEEL 2015 and 2016)."""
        if self.judged.title is not None:
            pillar = r.pillar_of(self.judged.title[0])
            if pillar is not None and pillar in self.cycle_pillars:
                self._set_pillar(pillar, self.judged.title[1:])
                for question in self.questions:
                    question.pillar = pillar if self.integrated else None
                return
        opening = self.judged.summary[0] if self.judged.summary else None
        lead = r.LEADERSHIP_OPENING.match(r.plain(opening.text)) if opening else None
        if opening and lead and "Leadership" in self.cycle_pillars:
            self._set_pillar("Leadership", (opening.start, opening.start + lead.end()))

    def _finish(self, excerpt: bool) -> None:
        h = self.header
        if self.pillar is None:
            self._pillar_from_text()
        if self.integrated and self.pillar is None and (self.questions or self.judged.grade):
            self._problem(
                h.block,
                f"cannot tell which pillar this {h.programme} {h.cycle} page is about: no pillar "
                "line, 'Questions for <pillar>' line or pillar question names one",
            )
        self._pillar_grades_absent()
        final = self.questions[-1] if self.questions else None
        if excerpt and final and final.title is None and final.first is self.blocks[-1]:
            self.questions.pop()  # the copy ends on a question's number: the rest is cut off
        number_questions(self.questions, self.facts, h.programme, h.cycle, self.pillar)
        for question in self.questions:
            if question.title is None:
                self._problem(question.first, f"question {self._name(question)} has no title")
            if question.grade is None and question.grade_absent is None:
                if self.pillar in self.ungraded:
                    question.grade_absent = UNGRADED
                elif self.copy:
                    question.grade_absent = ABSENT_BY_AREA if h.by_area else ABSENT
                else:
                    self._problem(
                        question.first, f"question {self._name(question)} has no grade line"
                    )
        # the "Other inspections" section's page lists other reports and asks no questions
        asks = self.pillar != r.OTHER_INSPECTIONS
        if not self.questions and not excerpt and asks:
            last = self.blocks[-1] if self.blocks else h.block
            self._problem(
                last,
                "no questions were found (no 'Questions for <pillar>' line, question number or "
                "question title); if the text holds only part of the report, import it as an "
                "excerpt (--excerpt)",
            )

    def _pillar_grades_absent(self) -> None:
        """Record the pillar grades a copied page does not show as absent."""
        if not (self.pillar_grades and self.copy):
            return
        # a summary page grades pillars, not the whole; an ungraded pillar has no grade
        if self.judged.grade is None and not self.header.summary_page:
            self.judged.grade_absent = None if self.pillar in self.ungraded else ABSENT
        for pillar in self.parts.pillars:
            if pillar.grade is None and (
                pillar.name is None or pillar.name[0] not in self.ungraded
            ):
                pillar.grade_absent = ABSENT


def _may_be_cut(text: str) -> bool:
    """Whether a copy's last text may have been cut: nothing that ends a sentence or a
    quotation follows its last word."""
    return not text.rstrip().endswith((".", "?", "!", ":", ";", ")", "’", "'", '"', "”"))
