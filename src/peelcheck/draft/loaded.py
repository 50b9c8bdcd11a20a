"""A file as read: its data, source map and the problems found reading it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from peelcheck.core.findings import Finding, Severity
from peelcheck.draft.sourcemap import SourceMap


@dataclass
class Loaded:
    """The result of reading one file: data (None when unreadable), source map, problems."""

    file: str
    data: Any = None
    source: SourceMap | None = None
    findings: list[Finding] = field(default_factory=list)
    paths_by_id: dict[int, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """True when the file was read and parsed into data."""
        return self.data is not None and not any(
            f.severity is Severity.ERROR for f in self.findings
        )
