"""GitLab code quality report: the Code Climate JSON subset that GitLab reads
(https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format).

A JSON array with one object per unwaived finding: `description`, `check_name` (the rule
id), `fingerprint` (unique in the report: GitLab shows only the first issue of a
fingerprint), `severity` and `location` (`path`, `lines.begin`). GitLab has no notion of an
accepted issue, so waived findings are left out; the other formats show them.
"""

from __future__ import annotations

import json
from typing import Any

from peelcheck.core.findings import Finding, Severity
from peelcheck.formatters import RunReport
from peelcheck.formatters.sarif import partial_fingerprint

# GitLab's scale is info, minor, major, critical, blocker: errors rank above warnings.
SEVERITIES = {Severity.ERROR: "major", Severity.WARNING: "minor", Severity.INFO: "info"}


def render(report: RunReport) -> str:
    """The run's unwaived findings as a GitLab code quality report."""
    issues = []
    seen: dict[str, int] = {}
    for finding in report.all_shown():
        if finding.waived is not None:
            continue
        key = partial_fingerprint(finding)
        seen[key] = seen.get(key, 0) + 1
        if seen[key] > 1:  # the same value flagged twice at one path: keep both
            key = f"{key}-{seen[key]}"
        issues.append(_issue(finding, key))
    return json.dumps(issues, indent=2, ensure_ascii=False) + "\n"


def _issue(finding: Finding, key: str) -> dict[str, Any]:
    lines: dict[str, int] = {"begin": finding.line}
    end = finding.end_line
    if end is not None and finding.end_column == 1 and end > finding.line:
        end -= 1  # the span ends at the start of a line: its last character is on the one before
    if end is not None and end >= finding.line:
        lines["end"] = end
    return {
        "description": finding.message,
        "check_name": finding.rule,
        "fingerprint": key,
        "severity": SEVERITIES[finding.severity],
        "location": {"path": _path(finding.file), "lines": lines},
    }


def _path(file: str) -> str:
    """The file as GitLab matches it against the repository: relative, `/`-separated."""
    path = file.replace("\\", "/")
    while path.startswith("./"):
        path = path[2:]
    return path
