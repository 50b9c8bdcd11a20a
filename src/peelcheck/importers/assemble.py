"""What the builder found, as draft data with a source map that points into the document."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from peelcheck.core.findings import Finding
from peelcheck.draft.loaded import Loaded
from peelcheck.draft.sourcemap import SourceMap, Span, join_path
from peelcheck.importers.blocks import Block

Offsets = tuple[int, int]
Located = tuple[str, int, int]  # a text and its offsets in the source


@dataclass
class Concern:
    """A cause of concern: its paragraphs and its recommendations."""

    paragraphs: list[Block] = field(default_factory=list)
    recommendations: list[Located] = field(default_factory=list)


@dataclass
class Question:
    """A question (or area) as found: its parts, each with its place."""

    first: Block
    number: int | str | None = None
    number_span: Offsets | None = None
    title: Located | None = None
    pillar: str | None = None
    paragraphs: list[Block] = field(default_factory=list)
    grade: Located | None = None
    grade_absent: str | None = None
    carried_over_from: Located | None = None
    areas: list[Located] = field(default_factory=list)
    concerns: list[Concern] = field(default_factory=list)


@dataclass
class Judged:
    """The overall judgement of a report, the one pillar of a pillar page, or a pillar of a
    summary page."""

    name: Located | None = None  # the pillar's name, on a pillar page
    title: Located | None = None
    grade: Located | None = None
    grade_sentence: Located | None = None  # a summary page's sentence stating the grade
    grade_absent: str | None = None
    summary: list[Block] = field(default_factory=list)
    areas_assessed: Located | None = None
    areas_graded: Located | None = None


@dataclass
class Parts:
    """Everything the builder placed, ready to become draft data."""

    header: Offsets
    inspection: dict[str, Any] = field(default_factory=dict)
    inspection_spans: dict[str, Offsets] = field(default_factory=dict)
    judged: Judged = field(default_factory=Judged)
    pillar_page: bool = False
    pillars: list[Judged] = field(default_factory=list)  # a summary page's pillars
    questions: list[Question] = field(default_factory=list)


_INSPECTION_ORDER = (
    "programme",
    "cycle",
    "subject",
    "pillar",
    "pillar_page",
    "summary_page",
    "published",
    "status",
    "welsh_version",
    "excerpt",
)


class Assembler:
    """Turns `Parts` into draft data, recording the span of every value."""

    def __init__(self, parts: Parts, source: SourceMap) -> None:
        self.parts = parts
        self.source = source
        self.spans: dict[str, Offsets] = {"peelcheck": parts.header}

    def loaded(self, file: str, problems: list[Finding]) -> Loaded:
        """The draft as loaded data, its source map filled in."""
        parts = self.parts
        data: dict[str, Any] = {"peelcheck": 1, "inspection": self._inspection()}
        judged = self._judged("pillars[0]" if parts.pillar_page else "overall", parts.judged)
        if parts.pillar_page:
            data["pillars"] = [judged]
        elif judged:
            data["overall"] = judged
        if parts.pillars:
            data["pillars"] = [
                self._judged(join_path("pillars", i), pillar)
                for i, pillar in enumerate(parts.pillars)
            ]
        if parts.questions:
            data["questions"] = [
                self._question(join_path("questions", i), q) for i, q in enumerate(parts.questions)
            ]
        loaded = Loaded(file, data, self.source, list(problems), kind="page")
        loaded.locate_values(lambda path, value: self._span(*self._span_of(path, value)))
        return loaded

    def _inspection(self) -> dict[str, Any]:
        found = self.parts.inspection
        for key, span in self.parts.inspection_spans.items():
            self.spans[f"inspection.{key}"] = span
        return {key: found[key] for key in _INSPECTION_ORDER if key in found}

    def _judged(self, path: str, judged: Judged) -> dict[str, Any]:
        result: dict[str, Any] = {}
        self._put(result, path, "name", judged.name)
        self._put(result, path, "title", judged.title)
        self._put(result, path, "grade", judged.grade)
        self._put(result, path, "grade_sentence", judged.grade_sentence)
        if judged.grade_absent is not None and judged.grade is None:
            result["grade_absent"] = judged.grade_absent
        if judged.summary:
            result["summary"] = self._paragraphs(f"{path}.summary", judged.summary)
        for key, found in (
            ("areas_assessed", judged.areas_assessed),
            ("areas_graded", judged.areas_graded),
        ):
            if found is not None:
                result[key] = int(found[0])
                self.spans[f"{path}.{key}"] = (found[1], found[2])
        return result

    def _question(self, path: str, question: Question) -> dict[str, Any]:
        result: dict[str, Any] = {"number": question.number}
        if question.number_span is not None:
            self.spans[f"{path}.number"] = question.number_span
        else:
            self.spans[f"{path}.number"] = (question.first.start, question.first.end)
        if question.pillar is not None:
            result["pillar"] = question.pillar
            self.spans[f"{path}.pillar"] = self.spans.get("pillars[0].name", self.parts.header)
        self._put(result, path, "title", question.title)
        self._put(result, path, "grade", question.grade)
        if question.grade is None and question.grade_absent is not None:
            result["grade_absent"] = question.grade_absent
        self._put(result, path, "carried_over_from", question.carried_over_from)
        if question.paragraphs:
            result["narrative"] = self._paragraphs(f"{path}.narrative", question.paragraphs)
        self._texts(result, path, "areas_for_improvement", question.areas)
        if question.concerns:
            concerns = []
            for index, concern in enumerate(question.concerns):
                here = f"{path}.causes_of_concern[{index}]"
                item: dict[str, Any] = {
                    "text": self._paragraphs(f"{here}.text", concern.paragraphs)
                }
                self._texts(item, here, "recommendations", concern.recommendations)
                concerns.append(item)
            result["causes_of_concern"] = concerns
        return result

    def _put(self, result: dict[str, Any], path: str, key: str, found: Located | None) -> None:
        if found is not None:
            result[key] = found[0]
            self.spans[f"{path}.{key}"] = (found[1], found[2])

    def _texts(self, result: dict[str, Any], path: str, key: str, found: list[Located]) -> None:
        if found:
            result[key] = [text for text, _, _ in found]
            for index, (_, start, end) in enumerate(found):
                self.spans[f"{path}.{key}[{index}]"] = (start, end)

    def _paragraphs(self, path: str, blocks: list[Block]) -> str:
        if not blocks:
            return ""
        self.spans[path] = (blocks[0].start, blocks[-1].end)
        return "\n\n".join(block.text for block in blocks)

    def _span_of(self, path: str, value: Any) -> Offsets:
        """A value's recorded span; a container's spans its children."""
        if path not in self.spans and (not isinstance(value, (dict, list)) or not value):
            self.spans[path] = self.parts.header  # e.g. the status: from the header
        if path not in self.spans:
            items = value.items() if isinstance(value, dict) else enumerate(value)
            children = [self._span_of(join_path(path, key), item) for key, item in items]
            self.spans[path] = (min(s for s, _ in children), max(e for _, e in children))
        return self.spans[path]

    def _span(self, start: int, end: int) -> Span:
        line, column = self.source.position_of_offset(start)
        end_line, end_column = self.source.position_of_offset(end)
        return Span(line, column, end_line, end_column, start, end)
