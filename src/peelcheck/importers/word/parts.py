"""The parts of a report as recognised in a Word document, each with the words it came from.

The recogniser fills these; `draft.py` turns them into the draft and its source map. A
`Words` is a stretch of one paragraph, so every value keeps its exact place.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from peelcheck.core.findings import Severity
from peelcheck.importers.word.body import Para


@dataclass(frozen=True)
class Words:
    """Characters `start` to `end` of a paragraph (the whole paragraph, trimmed, by default)."""

    para: Para
    start: int = -1
    end: int = -1

    @classmethod
    def of(cls, para: Para, start: int = 0, end: int | None = None) -> Words:
        """The words of `para` from `start` to `end`, spaces around them left out."""
        text = para.text
        end = len(text) if end is None else end
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return cls(para, start, end)

    @property
    def text(self) -> str:
        """The words themselves."""
        return self.para.text[self.start : self.end]


@dataclass
class Item:
    """An area for improvement, a recommendation: a title and any paragraphs explaining it."""

    words: list[Words] = field(default_factory=list)


@dataclass
class Cause:
    """A cause of concern and its recommendations."""

    heading: Para | None
    text: list[Words] = field(default_factory=list)
    recommendations: list[Item] = field(default_factory=list)


@dataclass
class Box:
    """A promising or innovative practice box."""

    heading: Words
    title: Words | None = None
    text: list[Words] = field(default_factory=list)


@dataclass
class Question:
    """A question or area: its heading and everything its section holds."""

    heading: Para
    title: Words
    number: str | None = None
    number_at: Words | None = None
    pillar: str | None = None
    grade: Words | None = None
    ungraded: bool = False  # says it is not graded, or the framework grades it not
    carried_over: str | None = None
    narrative: list[Words] = field(default_factory=list)
    areas: list[Item] = field(default_factory=list)
    areas_heading: str | None = None
    causes: list[Cause] = field(default_factory=list)
    practice: list[Box] = field(default_factory=list)
    table_grade: Words | None = None


@dataclass
class Pillar:
    """A pillar of an integrated report (PEEL 2018/19, FRS 2018/19 and 2021/22)."""

    name: Words
    grade: Words | None = None
    summary: list[Words] = field(default_factory=list)


@dataclass
class Problem:
    """What the recogniser could not place, at its paragraph."""

    para: Para
    message: str
    severity: Severity = Severity.ERROR
    start: int = 0


@dataclass
class Report:
    """Everything recognised in the document."""

    title: list[Para] = field(default_factory=list)
    pillar: Words | None = None  # single-pillar reports
    published: tuple[Words, str] | None = None  # the date's words, and the date
    welsh: Words | None = None
    overall_title: Words | None = None
    overall_grade: Words | None = None
    summary: list[Words] = field(default_factory=list)
    summary_heading: Para | None = None
    pillars: list[Pillar] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)
    table: list[tuple[Words, Words]] = field(default_factory=list)  # (area, grade) rows
    table_heading: Para | None = None
    problems: list[Problem] = field(default_factory=list)
    pillar_name: str | None = None  # single-pillar reports: the pillar as the packs name it

    def problem(self, para: Para, message: str, severity: Severity = Severity.ERROR) -> None:
        """Record what could not be placed, at its paragraph."""
        self.problems.append(Problem(para, message, severity))
