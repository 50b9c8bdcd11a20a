"""JSON output, a public contract: see docs/output.md and schemas/output.schema.json.

The published schema is generated from the pydantic models below (`python -m
peelcheck.schema`), and the tests validate real output against it.
Version 2 (findings on Word drafts carry `word`, their place in the document) and version 3
(findings carry `fix`, the edits that correct them) only grow: new optional keys may appear,
none changes meaning or goes away.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from peelcheck import __version__
from peelcheck.core.findings import Finding, Fix
from peelcheck.formatters import RunReport

OUTPUT_VERSION = 3
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


class WordPlaceOut(_Strict):
    """Where a finding stands in a Word draft (.docx), as its reader finds it there."""

    model_config = ConfigDict(title="Word place")

    paragraph: int = Field(
        ge=0,
        description="0-based index of the paragraph in reading order, counting every "
        "paragraph of the body (empty ones, table cells and content controls included).",
    )
    start: int = Field(ge=0, description="Offset of the first flagged character in it.")
    end: int = Field(ge=0, description="Offset just after the last flagged character.")
    headings: list[str] = Field(
        description="The heading path: the question's or area's heading as written, then the "
        'part ("narrative", "grade", "Areas for improvement", ...).'
    )
    quote: str = Field(description="The flagged words (shortened past 80 characters).")


class JudgmentOut(_Strict):
    """The words a judgment rule read as the judgment ("Its response to missing children
    is good"): character offsets in the text at the finding's `path`, `end` exclusive."""

    model_config = ConfigDict(title="Judgment words")

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class EditOut(_Strict):
    """One text edit: write `replacement` instead of the characters `start` to `end`."""

    model_config = ConfigDict(title="Edit")

    start: int = Field(
        ge=0,
        description="Offset in code points into the file's decoded text (a BOM not counted); "
        "for a Word draft, into the paragraph's text.",
    )
    end: int = Field(ge=0, description="Offset just after the last replaced character.")
    replacement: str = Field(description="The text to write there, as written in the file.")
    paragraph: int | None = Field(
        default=None, ge=0, description="Word drafts only: the paragraph, as in `word`."
    )


class FixOut(_Strict):
    """How to correct a finding (version 3)."""

    model_config = ConfigDict(title="Fix")

    safe: bool = Field(
        description="True when always right (`check --fix` applies it); false when a person "
        "must decide (`--unsafe-fixes`)."
    )
    edits: list[EditOut] = Field(
        description="Edits of the file; empty when the fix cannot be placed exactly here."
    )
    unfixable: str | None = Field(
        default=None, description="Why the fix cannot be applied at this place, if so."
    )


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
    more: int = Field(
        default=0,
        ge=0,
        description="On the closing finding of a rule that found more than the limit per rule "
        "and draft: how many findings it stands for besides itself (counted in `summary`, "
        "not listed). Absent otherwise.",
    )
    word: WordPlaceOut | None = Field(
        default=None,
        description="Word drafts only (version 2): the paragraph, the offsets in it, the "
        "heading path and the words. `line` is then the paragraph's 1-based number and "
        "`column` the character's.",
    )
    judgment: JudgmentOut | None = Field(
        default=None,
        description="Judgment rules only (version 3): the words read as the judgment. "
        "Absent otherwise.",
    )
    fix: FixOut | None = Field(
        default=None, description="Version 3: how to correct the finding; absent when unknown."
    )


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


class RuleCountOut(_Strict):
    """How many listed findings one rule has (`--statistics`)."""

    model_config = ConfigDict(title="Rule count")

    rule: str
    severity: SeverityLabel
    count: int = Field(ge=1, description="Listed findings of the rule, waived ones included.")
    waived: int = Field(ge=0, description="How many of them are waived.")


class SkippedOut(_Strict):
    """A file or folder left out of the run, and why."""

    model_config = ConfigDict(title="Skipped")

    file: str = Field(description="As found; a folder ends with `/`.")
    reason: Literal[
        "config", "rule pack", "rule test", "baseline", "excluded", "gitignored", "not included"
    ] = Field(
        description="`config`, `rule pack`, `rule test`, `baseline`: peelcheck's own files; "
        "`excluded`: an exclude pattern; `gitignored`: a .gitignore; `not included`: a .txt "
        "or .docx that `include` does not select."
    )


class OutputDocument(BaseModel):
    """The `--format json` output of `peelcheck check`."""

    model_config = ConfigDict(
        extra="allow",
        title="peelcheck check JSON output",
        json_schema_extra={"$comment": "Version 3; new optional keys may appear."},
    )

    peelcheck: str = Field(description="The version of peelcheck that wrote this.")
    version: Literal[3] = Field(description="Version of this output format.")
    files: list[FileOut] = Field(description="Every draft, in the order checked.")
    findings: list[FindingOut] = Field(
        description="Findings at or above the --show level, ordered by file, line, column, rule."
    )
    summary: SummaryOut
    baseline: BaselineOut | None = Field(
        default=None, description="Present only when --baseline or --write-baseline is used."
    )
    statistics: list[RuleCountOut] | None = Field(
        default=None, description="Present only with --statistics: counts by rule, most first."
    )
    skipped: list[SkippedOut] | None = Field(
        default=None, description="Present when files or folders were left out: what and why."
    )


def finding_dict(finding: Finding) -> dict[str, Any]:
    """One finding as a JSON object (the shape of `FindingOut`; `word` only when known)."""
    waived = finding.waived
    found: dict[str, Any] = {
        "file": finding.file,
        "rule": finding.rule,
        "severity": finding.severity.label,
        "message": finding.message,
        "path": finding.path,
        "line": finding.line,
        "column": finding.column,
        "end_line": finding.end_line,
        "end_column": finding.end_column,
        "waived": waived is not None,
        "waiver": None
        if waived is None
        else {
            "kind": waived.kind,
            "reason": waived.reason,
            "approved_by": waived.approved_by,
            "expires": waived.expires,
        },
    }
    if finding.more:
        found["more"] = finding.more
    if finding.judgment is not None:
        words = finding.judgment
        found["judgment"] = {"start": words.start, "end": words.end, "text": words.text}
    place = finding.place
    if place is not None:
        found["word"] = {
            "paragraph": place.paragraph,
            "start": place.start,
            "end": place.end,
            "headings": list(place.headings),
            "quote": place.quote,
        }
    fix = finding.fix
    if fix is not None and fix.located:
        found["fix"] = fix_dict(fix)
    return found


def fix_dict(fix: Fix) -> dict[str, Any]:
    """A located fix as a JSON object (the shape of `FixOut`)."""
    edits = []
    for edit in fix.edits:
        one: dict[str, Any] = {"start": edit.start, "end": edit.end}
        one["replacement"] = edit.replacement
        if edit.paragraph is not None:
            one["paragraph"] = edit.paragraph
        edits.append(one)
    found: dict[str, Any] = {"safe": fix.safe, "edits": edits}
    if fix.unfixable:
        found["unfixable"] = fix.unfixable
    return found


def render(report: RunReport) -> str:
    """The whole run as one JSON document (see `render_chunks`)."""
    return "".join(render_chunks(report))


def render_chunks(report: RunReport) -> Iterator[str]:
    """The document in pieces: each finding (and file) on a line of its own.

    The small parts go through the output models; the per-file and per-finding objects,
    which can number tens of thousands, are plain dicts of the same shape (the tests
    validate the output against the generated schema). Elements are encoded one by one with
    json's C encoder and written as they are made: `indent=` would switch to the pure-Python
    encoder, which holds every fragment of a large run in memory at once.
    """
    head = OutputDocument.model_validate(
        {
            "peelcheck": __version__,
            "version": OUTPUT_VERSION,
            "files": [],
            "findings": [],
            "summary": SummaryOut(**report.counts(), files=len(report.results)),
            **report.extra,
            **_optional(report),
        }
    ).model_dump(mode="json", exclude_unset=True)
    lists = {
        "files": (
            {"file": r.file, "checked": r.checked, "findings": len(report.shown(r))}
            for r in report.results
        ),
        "findings": (finding_dict(f) for f in report.all_shown()),
    }
    yield "{"
    for index, (key, value) in enumerate(head.items()):
        yield ("\n" if index == 0 else ",\n") + f"  {_compact(key)}: "
        if key in lists:
            separator = "[\n    "
            for item in lists[key]:
                yield separator + _compact(item)
                separator = ",\n    "
            yield "[]" if separator.startswith("[") else "\n  ]"
        else:
            yield json.dumps(value, indent=2, ensure_ascii=False).replace("\n", "\n  ")
    yield "\n}\n"


def _optional(report: RunReport) -> dict[str, Any]:
    """The optional keys this run has: statistics (when asked) and what was skipped."""
    from peelcheck.formatters.text import rule_counts

    found: dict[str, Any] = {}
    if report.statistics:
        found["statistics"] = [vars(row) for row in rule_counts(report)]
    if report.skipped:
        found["skipped"] = [{"file": s.file, "reason": s.reason} for s in report.skipped]
    return found


def _compact(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))
