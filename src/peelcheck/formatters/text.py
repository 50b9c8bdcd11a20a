"""Text output: one line per finding, `file:line:col: severity rule-id message`, then a summary.

A finding on a Word draft names what a Word reader looks for instead of a line and column:
`file: paragraph N: Heading › part: 'the flagged words': severity rule-id message`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from peelcheck.core.findings import Finding, Severity
from peelcheck.formatters import RunReport

UNVERIFIED_RULE = "framework-unverified"  # says what the framework could not check
_COLORS = {Severity.ERROR: "\033[31m", Severity.WARNING: "\033[33m", Severity.INFO: "\033[36m"}
_DIM, _BOLD, _RESET = "\033[2m", "\033[1m", "\033[0m"


def line(finding: Finding, color: bool = False) -> str:
    """One finding as one line."""
    where = location(finding)
    severity = finding.severity.label
    waived = ""
    if finding.waived is not None:
        waived = f" [{finding.waived.kind}: {finding.waived.reason}]"
    mark = "[*] " if fixable(finding) else ""
    if color:
        paint = _DIM if finding.waived else _COLORS[finding.severity]
        return (
            f"{_BOLD}{where}{_RESET} {paint}{severity}{_RESET} {_DIM}{finding.rule}{_RESET} "
            f"{mark}{finding.message}{_DIM}{waived}{_RESET}"
        )
    return f"{where} {severity} {finding.rule} {mark}{finding.message}{waived}"


def fixable(finding: Finding, *, unsafe: bool = False) -> bool:
    """Whether `--fix` (with `--unsafe-fixes` if `unsafe`) would fix this finding."""
    fix = finding.fix
    return finding.waived is None and fix is not None and fix.applicable and (fix.safe or unsafe)


def fixable_note(report: RunReport) -> str | None:
    """`N fixable with --fix` (and how many more `--unsafe-fixes` would fix), or None."""
    shown = report.all_shown()
    safe = sum(1 for f in shown if fixable(f))
    unsafe = sum(1 for f in shown if fixable(f, unsafe=True)) - safe
    if not safe and not unsafe:
        return None
    if not safe:
        return f"{unsafe} fixable with --fix --unsafe-fixes"
    more = f" ({unsafe} more with --unsafe-fixes)" if unsafe else ""
    return f"{safe} fixable with --fix{more}"


def location(finding: Finding) -> str:
    """Where a finding is, ending in a colon: `file:line:col:`, or for a Word draft
    `file: paragraph N: Heading › part: 'words':`."""
    place = finding.place
    if place is None:
        return f"{finding.file}:{finding.line}:{finding.column}:"
    parts = [f"{finding.file}: paragraph {place.paragraph + 1}"]
    if place.headings:
        parts.append(" › ".join(place.headings))
    if place.quote and place.quote not in place.headings[-1:]:  # a heading: named already
        parts.append(f"'{place.quote}'")
    return ": ".join(parts) + ":"


def summary(report: RunReport) -> str:
    """The closing summary line."""
    counts = report.counts()
    files = _plural(len(report.results), "file")
    waived = f" ({counts['waived']} waived)" if counts["waived"] else ""
    hidden = report.hidden()
    hidden_note = f"; {_plural(hidden, 'finding')} hidden by --show" if hidden else ""
    hidden_note += _unverified_note(report)
    if not any(counts[k] for k in ("error", "warning", "info")):
        return f"no problems in {files}{waived}{hidden_note}{skipped_note(report)}"
    with_problems = sum(1 for r in report.results if any(f.waived is None for f in report.shown(r)))
    text = (
        f"{_plural(counts['error'], 'error')}, {_plural(counts['warning'], 'warning')}, "
        f"{counts['info']} info{waived} in {with_problems} of {files}"
    )
    unchecked = sum(1 for r in report.results if not r.checked)
    if unchecked:
        text += f"; {unchecked} not checked against rules (unreadable or schema errors)"
    return text + hidden_note + skipped_note(report)


def skipped_note(report: RunReport) -> str:
    """`; skipped 4: 1 config, 1 rule pack, ...`, or nothing when nothing was skipped."""
    from peelcheck.run.inputs import describe_skipped

    return f"; {describe_skipped(report.skipped)}" if report.skipped else ""


def statistics(report: RunReport) -> list[str]:
    """Counts of the shown findings by rule, most first (like `ruff --statistics`)."""
    rows = rule_counts(report)
    width = max((len(str(row.count)) for row in rows), default=1)
    return [
        f"{row.count:>{width}}  {row.severity:<7}  {row.rule}"
        + (f" ({row.waived} waived)" if row.waived else "")
        for row in rows
    ]


@dataclass
class RuleCount:
    """How many shown findings one rule has, and how many of them are waived."""

    rule: str
    severity: str
    count: int = 0
    waived: int = 0


def rule_counts(report: RunReport) -> list[RuleCount]:
    """Per rule, most findings first, then by rule id."""
    counts: dict[str, RuleCount] = {}
    for finding in report.all_shown():
        row = counts.setdefault(finding.rule, RuleCount(finding.rule, finding.severity.label))
        row.count += 1
        row.waived += finding.waived is not None
    return sorted(counts.values(), key=lambda row: (-row.count, row.rule))


def _unverified_note(report: RunReport) -> str:
    """Say how many drafts could not be checked against a verified framework (whether or
    not --show shows the info finding that says so)."""
    count = sum(1 for r in report.results if any(f.rule == UNVERIFIED_RULE for f in r.findings))
    if not count:
        return ""
    return (
        f"; {_plural(count, 'file')} not checked against a verified framework ({UNVERIFIED_RULE})"
    )


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" + ("" if count == 1 else "s")


def render(report: RunReport) -> str:
    """Every shown finding, one per line, and (unless quiet) a summary line."""
    return "".join(render_chunks(report))


def render_chunks(report: RunReport) -> Iterator[str]:
    """`render`'s output in pieces of at most `_CHUNK_LINES` lines: a run of many drafts
    never holds all its lines, and their text, at once."""
    if report.statistics:
        lines = statistics(report)
    else:
        lines = []
        for result in report.results:
            lines += (line(f, report.color) for f in report.shown(result))
            if len(lines) >= _CHUNK_LINES:
                yield "".join(f"{text}\n" for text in lines)
                lines = []
    if not report.quiet:
        lines.append(summary(report))
        note = None if report.statistics else fixable_note(report)
        if note:
            lines.append(note)
    if lines:
        yield "".join(f"{text}\n" for text in lines)


_CHUNK_LINES = 2000
