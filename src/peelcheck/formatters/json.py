"""JSON output, a public contract: see docs/output.md and schemas/output.schema.json.

The document is built through the pydantic models below, and the published schema is
generated from the same models (`python -m peelcheck.schema`), so the two cannot drift.
Version 1 only grows: new optional keys may appear, none changes meaning or goes away.
"""

from __future__ import annotations

import json
from typing import Any, Literal, cast

from pydantic import BaseModel, ConfigDict, Field

from peelcheck import __version__
from peelcheck.findings import Finding
from peelcheck.formatters import RunReport

OUTPUT_VERSION = 1
SeverityLabel = Literal["error", "warning", "info"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class WaiverOut(_Strict):
    """Why a finding is accepted."""

    model_config = ConfigDict(title="Waiver")

    kind: Literal["waiver", "baseline"] = Field(
        description="`waiver`: a `waivers:` entry in the draft; `baseline`: a baseline file."
    )
    reason: str = Field(description="The written justification.")
    approved_by: str | None = Field(description="Who approved the waiver, if recorded.")
    expires: str | None = Field(description="The waiver's expiry date (YYYY-MM-DD), if any.")


class FindingOut(_Strict):
    """One problem at one place in one draft."""

    model_config = ConfigDict(title="Finding")

    file: str = Field(description="The draft as named on the command line (or --stdin-filename).")
    rule: str = Field(description="Stable rule id, e.g. `grade-on-scale` or `schema`.")
    severity: SeverityLabel
    message: str
    path: str = Field(
        description='Data path in the draft, e.g. `questions[3].grade`; "" is the document root.'
    )
    line: int = Field(ge=1, description="1-based line of the start.")
    column: int = Field(ge=1, description="1-based column (Unicode code points) of the start.")
    end_line: int | None = Field(ge=1, description="Line of the end, when known.")
    end_column: int | None = Field(
        ge=1, description="Column just after the end (exclusive), when known."
    )
    waived: bool = Field(description="True when a waiver or baseline accepts the finding.")
    waiver: WaiverOut | None = Field(description="The waiver or baseline entry, or null.")


class FileOut(_Strict):
    """One checked draft."""

    model_config = ConfigDict(title="File")

    file: str
    checked: bool = Field(
        description="False when the draft could not be read or failed the schema, "
        "so no rule ran on it."
    )
    findings: int = Field(ge=0, description="How many findings of this draft are listed.")


class SummaryOut(_Strict):
    """Counts of the listed findings; waived findings are counted only under `waived`."""

    model_config = ConfigDict(title="Summary")

    error: int = Field(ge=0)
    warning: int = Field(ge=0)
    info: int = Field(ge=0)
    waived: int = Field(ge=0)
    files: int = Field(ge=0, description="Drafts checked.")


class StaleEntryOut(_Strict):
    """A baseline entry that no longer matches a finding, as written in the baseline file."""

    model_config = ConfigDict(title="Stale baseline entry")

    file: str
    rule: str
    path: str
    fingerprint: str = Field(description="Hash of the flagged value, as in the baseline file.")
    count: int = Field(ge=1, description="How many findings the entry stood for.")
    message: str


class BaselineOut(_Strict):
    """How the run compared with `--baseline` (present only when a baseline was used)."""

    model_config = ConfigDict(title="Baseline")

    file: str = Field(description="The baseline file.")
    matched: int = Field(ge=0, description="Findings the baseline accepts (listed as waived).")
    new: int = Field(ge=0, description="Findings of baselined rules that the baseline lacks.")
    stale: list[StaleEntryOut] = Field(description="Entries that match no finding any more.")
    pruned: bool = Field(description="True when --prune-baseline dropped the stale entries.")


class OutputDocument(BaseModel):
    """The `--format json` output of `peelcheck check`."""

    model_config = ConfigDict(
        extra="allow",
        title="peelcheck check JSON output",
        json_schema_extra={"$comment": "Version 1; new optional top-level keys may appear."},
    )

    peelcheck: str = Field(description="The version of peelcheck that wrote this.")
    version: Literal[1] = Field(description="Version of this output format.")
    files: list[FileOut] = Field(description="Every draft, in the order checked.")
    findings: list[FindingOut] = Field(
        description="Findings at or above the --show level, ordered by file, line, column, rule."
    )
    summary: SummaryOut
    baseline: BaselineOut | None = Field(
        default=None, description="Present only when --baseline or --write-baseline is used."
    )


def finding_out(finding: Finding) -> FindingOut:
    """One finding in the output model."""
    waiver = None
    if finding.waived is not None:
        waiver = WaiverOut.model_validate(
            {
                "kind": finding.waived.kind,
                "reason": finding.waived.reason,
                "approved_by": finding.waived.approved_by,
                "expires": finding.waived.expires,
            }
        )
    return FindingOut(
        file=finding.file,
        rule=finding.rule,
        severity=cast(SeverityLabel, finding.severity.label),
        message=finding.message,
        path=finding.path,
        line=finding.line,
        column=finding.column,
        end_line=finding.end_line,
        end_column=finding.end_column,
        waived=finding.waived is not None,
        waiver=waiver,
    )


def finding_dict(finding: Finding) -> dict[str, Any]:
    """One finding as a JSON object."""
    return finding_out(finding).model_dump(mode="json")


def document(report: RunReport) -> OutputDocument:
    """The whole run in the output model (extra top-level keys from `report.extra`)."""
    return OutputDocument.model_validate(
        {
            "peelcheck": __version__,
            "version": OUTPUT_VERSION,
            "files": [
                FileOut(file=r.file, checked=r.checked, findings=len(report.shown(r)))
                for r in report.results
            ],
            "findings": [finding_out(f) for f in report.all_shown()],
            "summary": SummaryOut(**report.counts(), files=len(report.results)),
            **report.extra,
        }
    )


def render(report: RunReport) -> str:
    """The whole run as one JSON document."""
    data = document(report).model_dump(mode="json", exclude_unset=True)
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
