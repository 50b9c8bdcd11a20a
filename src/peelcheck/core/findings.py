"""Findings: what every stage produces and every formatter consumes."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass, field, replace


class Severity(enum.IntEnum):
    """Severity of a finding; higher is worse. Names are the public spelling."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @property
    def label(self) -> str:
        """The lower-case name used in output and rule files (error, warning, info)."""
        return self.name.lower()

    @classmethod
    def parse(cls, text: str) -> Severity:
        """Parse `error`, `warning` or `info` (any case); raise ValueError otherwise."""
        try:
            return cls[text.upper()]
        except KeyError:
            raise ValueError(f"unknown severity {text!r}; use error, warning or info") from None


@dataclass(frozen=True, slots=True)
class Waived:
    """Why a finding is accepted: from a waiver in the draft, or from a baseline."""

    reason: str
    kind: str = "waiver"  # "waiver" | "baseline"
    approved_by: str | None = None
    expires: str | None = None


@dataclass(frozen=True, slots=True)
class DocumentPlace:
    """Where a finding stands in a Word document, the way its reader finds it there.

    `paragraph` is the 0-based index of the paragraph among the document's paragraphs in
    reading order (table cells and content controls included); `start` and `end` are
    character offsets within that paragraph's text. `headings` is the heading path, the
    question's heading first and then the part ("narrative", "Areas for improvement");
    `quote` is the flagged words.
    """

    paragraph: int
    start: int
    end: int
    headings: tuple[str, ...] = ()
    quote: str = ""


@dataclass(frozen=True, slots=True)
class Excerpt:
    """The sentence that holds a finding's flagged words, for showing them in place.

    `text[start:end]` are the flagged words; a long sentence is cut around them, with an
    ellipsis marking each cut.
    """

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class JudgmentWords:
    """The words a judgment rule read as the judgment (output version 3): `start` and
    `end` (exclusive) are character offsets in the text at the finding's `path`."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Edit:
    """Write `replacement` instead of the characters `start` to `end`.

    Offsets are code points into the file's decoded text; for a Word draft (`paragraph` set)
    they are offsets within that paragraph's text.
    """

    start: int
    end: int
    replacement: str
    paragraph: int | None = None


@dataclass(frozen=True, slots=True)
class Fix:
    """How to correct a finding: edits, `safe` when always right (applied by `--fix`).

    A check makes a fix in terms of the flagged value: `text` is the string at `path` and
    `in_value` edits it. Placing it in the file (`located`) gives `edits` in file offsets;
    a fix that cannot be placed exactly there has no edits and says why in `unfixable`.
    """

    safe: bool
    edits: tuple[Edit, ...] = ()
    path: str = ""
    text: str | None = field(default=None, compare=False, repr=False)
    in_value: tuple[Edit, ...] = ()
    unfixable: str = ""
    located: bool = False

    @property
    def applicable(self) -> bool:
        """Placed in the file, with edits to make."""
        return self.located and bool(self.edits)

    @property
    def value(self) -> str | None:
        """The string at `path` once fixed, if known."""
        return None if self.text is None else edit_text(self.text, self.in_value)


def edit_text(text: str, edits: Iterable[Edit]) -> str:
    """`text` with the edits made; they must not overlap (ValueError otherwise)."""
    pieces: list[str] = []
    at = 0
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        if edit.start < at or edit.end < edit.start or edit.end > len(text):
            raise ValueError(f"edit {edit.start}-{edit.end} overlaps another or leaves the text")
        pieces += [text[at : edit.start], edit.replacement]
        at = edit.end
    pieces.append(text[at:])
    return "".join(pieces)


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem at one place in one file.

    `path` is the JMESPath-style data path (`questions[3].grade`, "" for the document root);
    `line` and `column` are 1-based. `snippet` is the flagged text (or value), used to
    fingerprint a finding for baselines independently of its line. `context` is the
    sentence around a flagged text, for output that shows the words in place (HTML);
    `place` says where a finding on a Word draft stands in the document.
    """

    file: str
    rule: str
    severity: Severity
    message: str
    path: str = ""
    line: int = 1
    column: int = 1
    end_line: int | None = None
    end_column: int | None = None
    snippet: str = ""
    waived: Waived | None = field(default=None, compare=False)
    # A closing finding of a rule that found more than a draft's limit: how many it stands
    # for besides itself (they are counted, not listed)
    more: int = 0
    context: Excerpt | None = field(default=None, compare=False)
    place: DocumentPlace | None = None  # Word drafts only: the paragraph and heading path
    judgment: JudgmentWords | None = None  # judgment rules: the words read as the judgment
    fix: Fix | None = field(default=None, compare=False)

    def sort_key(self) -> tuple[str, int, int, str, str, str]:
        """Deterministic order: file, line, column, rule, path, message."""
        return (self.file, self.line, self.column, self.rule, self.path, self.message)

    def with_waiver(self, waived: Waived) -> Finding:
        """A copy of this finding marked as waived."""
        return replace(self, waived=waived)

    def with_place(self, place: DocumentPlace) -> Finding:
        """A copy of this finding with its place in a Word document."""
        return replace(self, place=place)


def sort_findings(findings: list[Finding]) -> list[Finding]:
    """Findings in the documented, deterministic order."""
    return sorted(findings, key=Finding.sort_key)


def count_by_severity(findings: list[Finding]) -> dict[str, int]:
    """Counts of unwaived findings by severity label, plus `waived`, all keys always present;
    a closing "and N more" finding counts for all it stands for."""
    counts = {s.label: 0 for s in sorted(Severity, reverse=True)}
    counts["waived"] = 0
    for f in findings:
        if f.waived is not None:
            counts["waived"] += 1 + f.more
        else:
            counts[f.severity.label] += 1 + f.more
    return counts
