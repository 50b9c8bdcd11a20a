"""Output formats. Formatters alone know output syntax; each is a module here.

A formatter is a function `(RunReport) -> str`. Modules are imported only when their
format is asked for, so a plain text run never pays for XML or SARIF code.
"""

from __future__ import annotations

import datetime as dt
import importlib
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from peelcheck.core.findings import Finding, Severity, count_by_severity
from peelcheck.core.ruledoc import RuleDoc

if TYPE_CHECKING:
    from peelcheck.results.file_result import FileResult

# format name -> module in this package exposing `render(report) -> str`
FORMATS: dict[str, str] = {
    "text": "text",
    "json": "json",
    "sarif": "sarif",
    "junit": "junit",
    "github": "github",
    "markdown": "markdown",
    "html": "html",
}


@dataclass
class RunReport:
    """Everything a formatter may show about a run."""

    results: list[FileResult]
    rules: list[RuleDoc]  # the run's rules, in load order
    show: Severity = Severity.INFO
    fail_on: Severity | None = Severity.ERROR
    color: bool = False
    quiet: bool = False
    extra: dict[str, object] = field(default_factory=dict)  # e.g. stale baseline entries
    started: dt.datetime = field(default_factory=lambda: run_started())
    checked_on: dt.date | None = None  # the run's --today, if given
    rules_hash: str = ""  # a short hash of the rules' content (results.cache.rules_hash)

    def shown(self, result: FileResult) -> list[Finding]:
        """The findings of one file at or above the `--show` level, in order."""
        return [f for f in result.findings if f.severity >= self.show]

    def all_shown(self) -> list[Finding]:
        """Every shown finding of the run, in order."""
        return [f for r in self.results for f in self.shown(r)]

    def counts(self) -> dict[str, int]:
        """Counts by severity of the shown findings (waived counted apart)."""
        return count_by_severity(self.all_shown())

    def hidden(self) -> int:
        """How many unwaived findings `--show` leaves out."""
        return sum(
            1
            for r in self.results
            for f in r.findings
            if f.severity < self.show and f.waived is None
        )


def run_started() -> dt.datetime:
    """Now in UTC to the second, or SOURCE_DATE_EPOCH when set (reproducible output)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC)
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def available() -> list[str]:
    """Names of the output formats."""
    return list(FORMATS)


def render_chunks(name: str, report: RunReport) -> Iterator[str]:
    """The output of format `name` in pieces, for writing without one large string.

    A format whose output can grow large (json) defines `render_chunks`; the others are
    written whole.
    """
    module = importlib.import_module(f"{__name__}.{FORMATS[name]}")
    if hasattr(module, "render_chunks"):
        yield from module.render_chunks(report)
    else:
        yield module.render(report)
