"""GitHub Actions workflow commands: each finding becomes an annotation on the pull request.

`::error file=F,line=L,col=C,endLine=L2,endColumn=C2,title=RULE::MESSAGE`; warnings use
`::warning`, info `::notice`. A waived finding is a `::notice` that says it is waived.
Values are escaped as the Actions runner expects: `%`, CR and LF everywhere, and `:` and `,`
inside properties. Unless `--quiet`, a plain summary line follows.
"""

from __future__ import annotations

from peelcheck.core.findings import Finding, Severity
from peelcheck.formatters import RunReport
from peelcheck.formatters.text import summary

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    """Escape a command's message."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a property value (file name, title)."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(finding: Finding) -> str:
    """One finding as one workflow command."""
    properties = [
        ("file", finding.file),
        ("line", str(finding.line)),
        ("col", str(finding.column)),
    ]
    if finding.end_line is not None and finding.end_column is not None:
        properties += [("endLine", str(finding.end_line)), ("endColumn", str(finding.end_column))]
    properties.append(("title", finding.rule))
    message = finding.message
    name = COMMANDS[finding.severity]
    if finding.waived is not None:
        name = "notice"
        message += f" [waived, {finding.waived.kind}: {finding.waived.reason}]"
    fields = ",".join(f"{key}={escape_property(value)}" for key, value in properties)
    return f"::{name} {fields}::{escape_data(message)}"


def render(report: RunReport) -> str:
    """One command per shown finding and (unless quiet) a plain summary line."""
    lines = [command(f) for f in report.all_shown()]
    if not report.quiet:
        lines.append(summary(report))
    return "\n".join(lines) + ("\n" if lines else "")
