"""The recognised parts -> the draft (format version 1) and its source map.

Every value records the words it came from (one stretch per paragraph it spans) and its
heading path, so findings point at the flagged words and name the heading a Word reader
looks for. A question points at its heading, a cause of concern at its first paragraph, and
the draft as a whole at its title.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Literal

from peelcheck.core.findings import DocumentPlace, Finding
from peelcheck.draft.loaded import Loaded
from peelcheck.draft.sourcemap import Span, join_path
from peelcheck.importers.word.lines import is_not_graded
from peelcheck.importers.word.parts import Question, Report, Words
from peelcheck.importers.word.sourcemap import WordSourceMap
from peelcheck.importers.yamlout import FlowMapping

IMPORT_RULE = "import"


class DraftBuilder:
    """Collects values with the words they came from; `loaded` makes the draft."""

    def __init__(self, source: WordSourceMap, file: str) -> None:
        self.source = source
        self.file = file
        self.spans: dict[str, tuple[int, int]] = {}
        self.places: dict[str, dict[str, Any]] = {}

    def text(self, path: str, words: list[Words], headings: tuple[str, ...]) -> str:
        """A text made of paragraphs (separated by a blank line), exactly located."""
        stretches = []
        offset = 0
        for part in words:
            start = self.source.line_start(part.para.index) + part.start
            stretches.append((offset, start, len(part.text)))
            offset += len(part.text) + 2
        self.source.stretches[path] = stretches
        self._record(path, words, headings)
        return "\n\n".join(part.text for part in words)

    def value(self, path: str, value: Any, words: Words | None, headings: tuple[str, ...]) -> Any:
        """A single value read from (or standing for) these words."""
        if words is not None:
            start = self.source.line_start(words.para.index) + words.start
            self.source.stretches[path] = [(0, start, len(words.text))]
            self._record(path, [words], headings)
        else:
            self.source.headings[path] = headings
        return value

    def anchor(self, path: str, words: Words, headings: tuple[str, ...]) -> None:
        """Where a part as a whole (a question, a cause of concern) is shown."""
        start = self.source.line_start(words.para.index) + words.start
        self.spans[path] = (start, start + len(words.text))
        self.source.headings[path] = headings

    def _record(self, path: str, words: list[Words], headings: tuple[str, ...]) -> None:
        first, last = words[0], words[-1]
        start = self.source.line_start(first.para.index) + first.start
        end = self.source.line_start(last.para.index) + last.end
        self.spans[path] = (start, end)
        self.source.headings[path] = headings
        place = FlowMapping(paragraph=first.para.index + 1)
        if last.para is not first.para:
            place["last_paragraph"] = last.para.index + 1
        place["headings"] = list(headings)
        self.places[path] = place

    def loaded(self, data: dict[str, Any], problems: list[Finding]) -> Loaded:
        """The draft, every value and container located."""
        if self.places:
            data["document"] = {"file": self.file, "places": dict(self.places)}
        loaded = Loaded(self.file, data, self.source, problems)
        for path, value in _walk(data, ""):
            if isinstance(value, (dict, list)):
                loaded.paths_by_id[id(value)] = path
            start, end = self._span_of(path, value)
            self.source.values[path] = self._span(start, end)
        return loaded

    def _span_of(self, path: str, value: Any) -> tuple[int, int]:
        found = self.spans.get(path)
        if found is not None:
            return found
        children: list[tuple[int, int]] = []
        if isinstance(value, dict) and not path.startswith("document"):
            children = [self._span_of(join_path(path, k), v) for k, v in value.items()]
        elif isinstance(value, list):
            children = [self._span_of(join_path(path, i), v) for i, v in enumerate(value)]
        if children:
            found = (min(s for s, _ in children), max(e for _, e in children))
        else:  # e.g. the status, the programme: the title stands for them
            found = self.spans.get("", (0, 0))
        self.spans[path] = found
        return found

    def _span(self, start: int, end: int) -> Span:
        line, column = self.source.position_of_offset(start)
        end_line, end_column = self.source.position_of_offset(end)
        return Span(line, column, end_line, end_column, start, end)


def questions(draft: DraftBuilder, report: Report) -> list[dict[str, Any]]:
    """The draft's questions."""
    return [_question(draft, f"questions[{i}]", q) for i, q in enumerate(report.questions)]


def _question(draft: DraftBuilder, path: str, question: Question) -> dict[str, Any]:
    title = question.title.text
    here = (title,)
    draft.anchor(path, Words.of(question.heading), here)
    number = question.number or ""
    result: dict[str, Any] = {
        "number": draft.value(
            f"{path}.number", int(number) if number.isdigit() else number, question.number_at, here
        )
    }
    if question.pillar:
        result["pillar"] = draft.value(f"{path}.pillar", question.pillar, None, here)
    result["title"] = draft.value(f"{path}.title", title, question.title, here)
    grade = question.grade
    if grade is not None:
        written = "Ungraded" if is_not_graded(grade.text) else grade.text
        result["grade"] = draft.value(f"{path}.grade", written, grade, (title, "grade"))
    elif question.ungraded:
        result["grade"] = draft.value(f"{path}.grade", "Ungraded", None, (title, "grade"))
    if question.carried_over:
        result["carried_over_from"] = draft.value(
            f"{path}.carried_over_from", question.carried_over, None, here
        )
    if question.narrative:
        result["narrative"] = draft.text(
            f"{path}.narrative", question.narrative, (title, "narrative")
        )
    if question.areas:
        label = (title, question.areas_heading or "Areas for improvement")
        result["areas_for_improvement"] = [
            draft.text(f"{path}.areas_for_improvement[{i}]", item.words, label)
            for i, item in enumerate(question.areas)
        ]
    if question.causes:
        result["causes_of_concern"] = _causes(draft, path, question)
    if question.table_grade is not None:
        heading = (title, "grade in the judgments table")
        result["table_grade"] = draft.value(
            f"{path}.table_grade", question.table_grade.text, question.table_grade, heading
        )
    if question.practice:
        result["practice"] = _practice(draft, path, question)
    return result


def _causes(draft: DraftBuilder, path: str, question: Question) -> list[dict[str, Any]]:
    title = question.title.text
    found = []
    for index, cause in enumerate(question.causes):
        here = f"{path}.causes_of_concern[{index}]"
        label = (cause.heading.text.strip() if cause.heading else "") or "Cause of concern"
        if not cause.text:
            continue
        draft.anchor(here, cause.text[0], (title, label))
        item: dict[str, Any] = {"text": draft.text(f"{here}.text", cause.text, (title, label))}
        if cause.recommendations:
            item["recommendations"] = [
                draft.text(
                    f"{here}.recommendations[{i}]", r.words, (title, label, "Recommendations")
                )
                for i, r in enumerate(cause.recommendations)
            ]
        found.append(item)
    return found


def _practice(draft: DraftBuilder, path: str, question: Question) -> list[dict[str, Any]]:
    title = question.title.text
    found = []
    for index, box in enumerate(question.practice):
        here = f"{path}.practice[{index}]"
        label = (title, box.heading.text)
        item: dict[str, Any] = {
            "heading": draft.value(f"{here}.heading", box.heading.text, box.heading, label)
        }
        if box.title is not None:
            item["title"] = draft.value(f"{here}.title", box.title.text, box.title, label)
        if box.text:
            item["text"] = draft.text(f"{here}.text", box.text, label)
        found.append(item)
    return found


def problem_findings(report: Report, file: str) -> list[Finding]:
    """What the recogniser could not place, as `import` findings at their paragraphs."""
    found = []
    for problem in report.problems:
        para = problem.para
        place = DocumentPlace(para.index, 0, len(para.text), (), para.text.strip()[:80])
        found.append(
            Finding(
                file,
                IMPORT_RULE,
                problem.severity,
                problem.message,
                "",
                para.index + 1,
                problem.start + 1,
                place=place,
            )
        )
    return found


def status_of(content_status: str | None) -> Literal["draft", "final"]:
    """`final` for a document marked as final in Word, else `draft`."""
    return "final" if (content_status or "").strip().lower() == "final" else "draft"


def _walk(value: Any, path: str) -> Iterator[tuple[str, Any]]:
    """Every (path, value) in `value`, parents before children."""
    yield path, value
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _walk(item, join_path(path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _walk(item, join_path(path, index))
