"""The outcome for one draft, as the run hands it on to baselines and formatters."""

from __future__ import annotations

from dataclasses import dataclass, field

from peelcheck.core.findings import Finding


@dataclass
class FileResult:
    """The outcome for one draft: its findings (sorted), and whether rules ran on it."""

    file: str
    findings: list[Finding] = field(default_factory=list)
    checked: bool = False  # False when the draft could not be read or failed the schema
