"""The outcome for one draft, as the run hands it on to baselines and formatters."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from peelcheck.core.findings import Finding

if TYPE_CHECKING:  # outlines are made only for HTML output and the results cache
    from peelcheck.results.outline import Outline


@dataclass
class FileResult:
    """The outcome for one draft: its findings (sorted), whether rules ran on it, and the
    outline of a draft that passed the schema (for output that shows the report's parts)."""

    file: str
    findings: list[Finding] = field(default_factory=list)
    checked: bool = False  # False when the draft could not be read or failed the schema
    outline: Outline | None = None
