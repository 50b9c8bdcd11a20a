"""A file as read: its data, source map and the problems found reading it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from peelcheck.core.findings import Finding, Severity
from peelcheck.draft.sourcemap import SourceMap, Span, walk_values

# What a file was read as, set by the reader that knows: a draft in the draft format (YAML or
# JSON; fixes edit its characters), a Word draft (fixes edit within its paragraphs) or a copy
# of a published page (never edited: the draft is corrected).
Kind = Literal["draft", "word", "page"]


@dataclass
class Loaded:
    """The result of reading one file: data (None when unreadable), source map, problems."""

    file: str
    data: Any = None
    source: SourceMap | None = None
    findings: list[Finding] = field(default_factory=list)
    paths_by_id: dict[int, str] = field(default_factory=dict)
    kind: Kind = "draft"

    @property
    def ok(self) -> bool:
        """True when the file was read and parsed into data."""
        return self.data is not None and not any(
            f.severity is Severity.ERROR for f in self.findings
        )

    def locate_values(self, place: Callable[[str, Any], Span]) -> None:
        """Record where every value and container of the data stands, as `place` finds it
        (for drafts built by an importer rather than parsed with their positions)."""
        assert self.source is not None
        for path, value in walk_values(self.data):
            if isinstance(value, (dict, list)):
                self.paths_by_id[id(value)] = path
            self.source.values[path] = place(path, value)
