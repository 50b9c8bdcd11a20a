"""Markdown output for a pull-request comment: a summary table, then a table of findings.

Table cells are escaped so that draft text quoted in a message (a `|`, `*`, `<`, a line
break) cannot break the table or turn into formatting or HTML. At most `MAX_ROWS` findings
are listed, so the comment stays under GitHub's size limit; the summary still counts all.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from peelcheck.core.findings import Finding
from peelcheck.formatters import RunReport
from peelcheck.formatters.text import summary

MAX_ROWS = 500
_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&#!])")


def cell(text: str) -> str:
    """Text safe inside a Markdown table cell, rendered literally."""
    escaped = _SPECIAL.sub(r"\\\1", text)
    return "<br>".join(part for part in re.split(r"\r\n|\r|\n", escaped))


def render(report: RunReport) -> str:
    """Heading with the summary line, a counts table and (if any) a findings table."""
    counts = report.counts()
    files = len(report.results)
    out = [
        "### peelcheck",
        "",
        cell(summary(report)),
        "",
        "| errors | warnings | info | waived | files |",
        "|---:|---:|---:|---:|---:|",
        f"| {counts['error']} | {counts['warning']} | {counts['info']} "
        f"| {counts['waived']} | {files} |",
    ]
    findings = report.all_shown()
    if findings:
        urls = {r.id: r.url for r in report.rules if r.url}
        out += ["", "| file | line:col | severity | rule | message |", "|---|---|---|---|---|"]
        out += [_row(f, urls.get(f.rule)) for f in findings[:MAX_ROWS]]
        if len(findings) > MAX_ROWS:
            more = len(findings) - MAX_ROWS
            out += ["", f"… and {more} more; see the full report (text, JSON or SARIF output)."]
    return "\n".join(out) + "\n"


def _row(finding: Finding, url: str | None) -> str:
    rule = cell(finding.rule)
    if url:
        rule = f"[{rule}]({quote(url, safe=':/?#=&%~.-_+@!$,;')})"
    severity = finding.severity.label
    message = cell(finding.message)
    if finding.waived is not None:
        severity += " (waived)"
        message += f"<br>*{cell(finding.waived.kind)}: {cell(finding.waived.reason)}*"
    return (
        f"| {cell(finding.file)} | {finding.line}:{finding.column} | {severity} "
        f"| {rule} | {message} |"
    )
