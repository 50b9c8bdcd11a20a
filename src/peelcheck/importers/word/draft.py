"""The recognised parts -> the draft (format version 1) and its source map.

Every value records the words it came from (one stretch per paragraph it spans) and its
heading path, so findings point at the flagged words and name the heading a Word reader
looks for. A question points at its heading, a cause of concern at its first paragraph, and
the draft as a whole at its title.
"""

from __future__ import annotations

from typing import Any, Literal

from peelcheck.core.findings import DocumentPlace, Finding
from peelcheck.draft.loaded import Loaded
from peelcheck.draft.sourcemap import Span, join_path, parent_path
from peelcheck.importers.word.parts import Report, Words
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
        loaded = Loaded(self.file, data, self.source, problems, kind="word")
        loaded.locate_values(lambda path, value: self._span(*self._span_of(path, value)))
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
        else:  # e.g. a waiver's reason: where its waiver is; the status: the title
            found = self._recorded_parent(path)
        self.spans[path] = found
        return found

    def _recorded_parent(self, path: str) -> tuple[int, int]:
        while path:
            path = parent_path(path)
            if path in self.spans:
                return self.spans[path]
        return self.spans.get("", (0, 0))

    def _span(self, start: int, end: int) -> Span:
        line, column = self.source.position_of_offset(start)
        end_line, end_column = self.source.position_of_offset(end)
        return Span(line, column, end_line, end_column, start, end)


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
