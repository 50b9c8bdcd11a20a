"""The source map of an imported Word draft: one line per paragraph, exact to the character.

The source text has one line per paragraph in reading order, so a position's line is the
paragraph's number and its column the character within it. Each text value remembers which
stretch of which paragraph each of its parts came from, so words flagged inside a narrative
of several paragraphs are found exactly, and each value remembers its heading path. From
those, `placed` gives every finding its place as a Word reader finds it.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from peelcheck.core.findings import DocumentPlace, Finding
from peelcheck.draft.sourcemap import SourceMap, Span, parent_path

# a stretch of a value: (offset in the value, offset in the source text, length)
Stretch = tuple[int, int, int]
QUOTE_LIMIT = 80


@dataclass
class WordSourceMap(SourceMap):
    """A source map over a Word document's paragraphs."""

    paragraphs: list[str] = field(default_factory=list)
    stretches: dict[str, list[Stretch]] = field(default_factory=dict)
    headings: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @classmethod
    def of(cls, paragraphs: list[str]) -> WordSourceMap:
        """A map over these paragraph texts (one line each)."""
        return cls("\n".join(paragraphs), paragraphs=paragraphs)

    def line_start(self, paragraph: int) -> int:
        """The source offset of paragraph `paragraph`'s (0-based) first character."""
        if self._line_starts is None:
            self.position_of_offset(0)  # builds the line index
        assert self._line_starts is not None
        return self._line_starts[paragraph]

    def locate_in_string(self, path: str, value: str, start: int, end: int) -> Span | None:
        """Exact for any text read from the document, paragraph breaks included."""
        stretches = self.stretches.get(path)
        if not stretches:
            return super().locate_in_string(path, value, start, end)
        first = self._source_offset(stretches, start)
        last = self._source_offset(stretches, end, end=True)
        line, column = self.position_of_offset(first)
        end_line, end_column = self.position_of_offset(last)
        return Span(line, column, end_line, end_column, first, last)

    def path_at(self, paragraph: int, offset: int) -> str | None:
        """The most specific value read from these words of the paragraph, if any."""
        where = self.line_start(paragraph) + offset
        best: str | None = None
        for path, stretches in self.stretches.items():
            if any(s <= where <= s + n for _, s, n in stretches) and (
                best is None or len(path) > len(best)
            ):
                best = path
        return best

    def placed(self, finding: Finding) -> Finding:
        """The finding with its paragraph, offsets, heading path and quoted words."""
        index = finding.line - 1
        if finding.place is not None or not 0 <= index < len(self.paragraphs):
            return finding
        text = self.paragraphs[index]
        start = min(max(finding.column - 1, 0), len(text))
        end_line, end_column = finding.end_line, finding.end_column
        known = self.span(finding.path)
        if (
            end_line is None
            and known
            and (known.line, known.column) == (finding.line, finding.column)
        ):
            end_line, end_column = known.end_line, known.end_column  # the value's own end
        end = len(text)
        if end_line == finding.line and end_column is not None:
            end = min(max(end_column - 1, start), len(text))
        if end == start:
            start, end = 0, len(text)
        quote = text[start:end].strip()
        if len(quote) > QUOTE_LIMIT:
            quote = quote[: QUOTE_LIMIT - 1].rstrip() + "…"
        place = DocumentPlace(index, start, end, self.heading_path(finding.path), quote)
        return finding.with_place(place)

    def heading_path(self, path: str) -> tuple[str, ...]:
        """The heading path of a data path, or of its nearest parent that has one."""
        while True:
            found = self.headings.get(path)
            if found is not None or not path:
                return found or ()
            path = parent_path(path)

    @staticmethod
    def _source_offset(stretches: list[Stretch], at: int, *, end: bool = False) -> int:
        """The source offset of character `at` of the value."""
        starts = [value for value, _, _ in stretches]
        row = max(bisect.bisect_right(starts, at - (1 if end and at > 0 else 0)) - 1, 0)
        value, source, length = stretches[row]
        return source + min(max(at - value, 0), length)
