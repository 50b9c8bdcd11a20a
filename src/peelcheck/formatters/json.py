"""JSON output, a public contract: see docs/output.md and schemas/output.schema.json."""

from __future__ import annotations

import json
from typing import Any

from peelcheck import __version__
from peelcheck.findings import Finding
from peelcheck.formatters import RunReport

OUTPUT_VERSION = 1


def finding_dict(finding: Finding) -> dict[str, Any]:
    """One finding as a JSON object."""
    waiver = None
    if finding.waived is not None:
        waiver = {
            "kind": finding.waived.kind,
            "reason": finding.waived.reason,
            "approved_by": finding.waived.approved_by,
            "expires": finding.waived.expires,
        }
    return {
        "file": finding.file,
        "rule": finding.rule,
        "severity": finding.severity.label,
        "message": finding.message,
        "path": finding.path,
        "line": finding.line,
        "column": finding.column,
        "end_line": finding.end_line,
        "end_column": finding.end_column,
        "waived": finding.waived is not None,
        "waiver": waiver,
    }


def render(report: RunReport) -> str:
    """The whole run as one JSON document."""
    document: dict[str, Any] = {
        "peelcheck": __version__,
        "version": OUTPUT_VERSION,
        "files": [
            {"file": r.file, "checked": r.checked, "findings": len(report.shown(r))}
            for r in report.results
        ],
        "findings": [finding_dict(f) for f in report.all_shown()],
        "summary": {**report.counts(), "files": len(report.results)},
    }
    document.update(report.extra)
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
