"""Where each value of a draft stands in its source: spans, data paths, offsets to places."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from peelcheck.core.findings import Finding

_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")


class Span(NamedTuple):
    """Where a value stands in the source: 1-based start, end, and character offsets.

    A named tuple: the loader makes one for every value and key of every draft.
    """

    line: int
    column: int
    end_line: int
    end_column: int
    start: int
    end: int
    style: str | None = None  # YAML scalar style: None plain, "'", '"', "|", ">"


@dataclass
class SourceMap:
    """Maps data paths (`questions[3].grade`) to places in the source text."""

    text: str
    values: dict[str, Span] = field(default_factory=dict)
    keys: dict[str, Span] = field(default_factory=dict)
    _line_starts: list[int] | None = None
    # per string: where its lines start; per string and snippet: where the snippet occurs
    # (so that thousands of findings in one long text cost linear, not quadratic, time)
    _blocks: dict[tuple[str, str], tuple[list[int], list[int], int, int]] = field(
        default_factory=dict, repr=False, compare=False
    )
    _occurrences: dict[tuple[str, str, str], tuple[list[int], list[int]]] = field(
        default_factory=dict, repr=False, compare=False
    )

    def span(self, path: str, *, key: bool = False) -> Span | None:
        """The span of `path` (its key if `key`), or of its nearest existing parent."""
        while True:
            found = (self.keys.get(path) if key else None) or self.values.get(path)
            if found is not None or not path:
                return found
            path = parent_path(path)

    def position(self, path: str, *, key: bool = False) -> tuple[int, int]:
        """1-based line and column of `path`, or of its nearest existing parent."""
        found = self.span(path, key=key)
        return (found.line, found.column) if found else (1, 1)

    def placed(self, finding: Finding) -> Finding:
        """The finding with its place in the original document where that is not plain
        text: a Word draft's source map adds the paragraph and heading path. Here: as is."""
        return finding

    def position_of_offset(self, index: int) -> tuple[int, int]:
        """1-based line and column of a character offset in the source text."""
        if self._line_starts is None:
            self._line_starts = [0] + [m.end() for m in re.finditer("\n", self.text)]
        row = bisect.bisect_right(self._line_starts, index) - 1
        return row + 1, index - self._line_starts[row] + 1

    def locate_in_string(self, path: str, value: str, start: int, end: int) -> Span | None:
        """The source span of `value[start:end]`, where `value` is the string at `path`.

        Exact for literal block scalars and single-line scalars; for folded or escaped text
        the snippet is found in the scalar's source, falling back to the scalar's start.
        """
        span = self.values.get(path)
        if span is None:
            return self.span(path)
        snippet = value[start:end]
        if span.style == "|":
            offset = span.start + self._block_offset(path, span, value, start)
        else:
            found = self._occurrence(path, span, value, snippet, start)
            if found < 0:
                return span
            offset = span.start + found
        line, column = self.position_of_offset(offset)
        end_line, end_column = self.position_of_offset(offset + len(snippet))
        return Span(line, column, end_line, end_column, offset, offset + len(snippet))

    def _block_offset(self, path: str, span: Span, value: str, start: int) -> int:
        """Offset in a literal block's source of character `start` of its value."""
        block = self._blocks.get((path, value))
        if block is None:
            raw = self.text[span.start : span.end]
            first = raw.find("\n") + 1  # block content starts on the line after the indicator
            indent = len(raw[first:]) - len(raw[first:].lstrip(" "))
            lines = [first] + [m.end() for m in re.finditer("\n", raw) if m.start() >= first]
            breaks = [m.start() for m in re.finditer("\n", value)]
            block = self._blocks[path, value] = (lines, breaks, indent, len(raw.rstrip()))
        lines, breaks, indent, content_end = block
        row = bisect.bisect_left(breaks, start)  # line breaks before `start`
        column = start - (breaks[row - 1] + 1 if row else 0)
        if row >= len(lines):
            raise ValueError("substring not found")  # as str.index did
        # past the last text of the block there is no indent to skip
        return lines[row] + (indent if lines[row] < content_end else 0) + column

    def _occurrence(self, path: str, span: Span, value: str, snippet: str, start: int) -> int:
        """Where in the source of the string at `path` the snippet at `start` stands, or -1.

        The snippet's n-th occurrence in the value is taken to be its n-th occurrence in the
        source; both are counted the same way, overlapping ("XX" occurs twice in "XXX").
        """
        if not snippet:
            return 0
        found = self._occurrences.get((path, value, snippet))
        if found is None:
            raw = self.text[span.start : span.end]
            found = self._occurrences[path, value, snippet] = (
                _starts(value, snippet),
                _starts(raw, snippet),
            )
        in_value, in_source = found
        nth = bisect.bisect_left(in_value, start)
        return in_source[nth] if nth < len(in_source) else -1


def _starts(text: str, snippet: str) -> list[int]:
    """Start offsets of every occurrence of `snippet` in `text`, overlapping ones included."""
    starts, at = [], text.find(snippet)
    while at >= 0:
        starts.append(at)
        at = text.find(snippet, at + 1)
    return starts


def parent_path(path: str) -> str:
    """`questions[3].grade` -> `questions[3]` -> `questions` -> ``."""
    if path.endswith("]"):
        return path[: path.rindex("[")]
    cut = path.rfind(".")
    return path[:cut] if cut >= 0 else ""


def join_path(parent: str, key: object) -> str:
    """Append a mapping key (str) or sequence index (int) to a data path."""
    if isinstance(key, int) and not isinstance(key, bool):
        return f"{parent}[{key}]"
    text = _SEGMENTS.get(key) if isinstance(key, str) else None
    if text is None:
        text = str(key)
        if not _IDENTIFIER.match(text):
            text = '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
        if isinstance(key, str) and len(_SEGMENTS) < 4096:
            _SEGMENTS[key] = text  # drafts use the same few keys thousands of times
    return f"{parent}.{text}" if parent else text


def walk_values(value: Any, path: str = "") -> Iterator[tuple[str, Any]]:
    """Every (path, value) in `value`, parents before children."""
    yield path, value
    if isinstance(value, dict):
        for key, item in value.items():
            yield from walk_values(item, join_path(path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from walk_values(item, join_path(path, index))


_SEGMENTS: dict[str, str] = {}
