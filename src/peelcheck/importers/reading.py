"""The state a builder reads a report with, and what every part of it shares: problems,
header values, where questions start."""

from __future__ import annotations

from collections.abc import Sequence

from peelcheck.core.findings import Finding, Severity
from peelcheck.draft.sourcemap import SourceMap
from peelcheck.importers import recognise as r
from peelcheck.importers.assemble import Judged, Parts, Question
from peelcheck.importers.blocks import Block
from peelcheck.importers.facts import ImportFacts, comparable
from peelcheck.importers.header import Header

IMPORT_RULE = "import"


class Reader:
    """A report being read, block by block: what has been placed, and the current state."""

    def __init__(
        self,
        blocks: Sequence[Block],
        source: SourceMap,
        file: str,
        unit: str,
        facts: ImportFacts,
        header: Header,
        *,
        copy: bool,
    ) -> None:
        self.blocks = blocks
        self.source = source
        self.file = file
        self.unit = unit
        self.facts = facts
        self.header = header
        self.copy = copy
        self.problems: list[Finding] = []
        self.parts = Parts((header.block.start, header.block.end))
        self.judged: Judged = self.parts.judged
        self.questions = self.parts.questions
        self.state = "overview" if header.summary_page else "summary" if header.by_area else "head"
        self.pillar: str | None = None
        info = facts.cycle(header.programme, header.cycle)
        self.integrated = info is not None and info.integrated
        self.pillar_grades = info is not None and info.pillar_grades
        self.ungraded = info.ungraded if info is not None else ()
        self.cycle_pillars = info.pillars if info is not None else ()
        self.area_titles = facts.area_titles(header.programme, header.cycle)

    def _grade(self, text: str) -> str | None:
        return self.facts.grades.get(text.lower().rstrip("."))

    def _starts_question(self, text: str) -> bool:
        """A number line, a "1. Title" line, a question's title or an area's heading."""
        return bool(
            r.NUMBER.match(text)
            or r.NUMBERED_TITLE.match(text)
            or r.QUESTION_TITLE.match(text)
            or comparable(text) in self.area_titles
        )

    def _question_start(self, block: Block, text: str, *, summary: bool = False) -> bool:
        """Start a question at a number line, a "1. Title" line or a question's title."""
        if block.item or not self._starts_question(text):
            return False
        match = r.NUMBER.match(block.text) or r.NUMBERED_TITLE.match(block.text)
        if summary and match is None and self.judged.title is None and not self.area_titles:
            return False  # the pillar's own question, on a page with no header lines
        question = Question(block, pillar=self.pillar if self.integrated else None)
        self.questions.append(question)
        self.state = "body"
        if match is not None:
            raw = match.group("number")
            question.number = int(raw) if raw.isdigit() else raw
            offset = block.text.find(raw)
            question.number_span = (block.start + offset, block.start + offset + len(raw))
            if "title" in match.groupdict():
                self._title(block, match.group("title"), match.start("title"))
        else:
            self._title(block, block.text, 0)
        return True

    def _title(self, block: Block, title: str, offset: int) -> None:
        start = block.start + offset
        self.questions[-1].title = (title, start, start + len(title))

    def _questions_for(self, block: Block) -> None:
        match = r.QUESTIONS_FOR.match(block.text)
        assert match is not None
        named = match.group("pillar")
        if self.pillar is None:
            self._set_pillar(named, (block.start + match.start("pillar"), block.end))
        elif named.lower() != self.pillar.lower():
            self._problem(block, f"'{block.text}' does not match the pillar '{self.pillar}' above")
        self.state = "questions"

    def _pillar_named(self, text: str) -> str | None:
        h = self.header
        cycles = self.facts.cycles.get(h.programme, {})
        pillars = self.cycle_pillars or tuple(p for i in cycles.values() for p in i.pillars)
        return next((p for p in pillars if p.lower() == text.lower()), None)

    def _set_pillar(self, pillar: str, span: tuple[int, int]) -> None:
        self.pillar = pillar
        if self.integrated:
            self.parts.pillar_page = True
            self._inspect("pillar_page", pillar, span)
            self.judged.name = (pillar, *span)
        else:
            self._inspect("pillar", pillar, span)

    def _inspect(self, key: str, value: object, span: tuple[int, int]) -> None:
        self.parts.inspection[key] = value
        self.parts.inspection_spans[key] = span

    @staticmethod
    def _name(question: Question) -> str:
        return str(question.number) if question.number is not None else "after this"

    def _unplaced(self, block: Block, why: str) -> None:
        shown = block.text if len(block.text) <= 60 else block.text[:57] + "..."
        self._problem(block, f"cannot place {block.label} '{shown}': {why}")

    def _problem(self, block: Block, message: str, *, offset: int | None = None) -> None:
        line, column = self.source.position_of_offset(block.start if offset is None else offset)
        self.problems.append(
            Finding(self.file, IMPORT_RULE, Severity.ERROR, message, "", line, column)
        )
