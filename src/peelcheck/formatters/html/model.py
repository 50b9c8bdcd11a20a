"""What the HTML page shows, worked out before any markup: drafts, their parts in the
report's order, the findings under each part, and counts by draft and by rule."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from peelcheck.core.builtin_rules import BUILTIN_RULES
from peelcheck.core.findings import Finding, Severity, count_by_severity
from peelcheck.core.ruledoc import RuleDoc
from peelcheck.formatters import RunReport
from peelcheck.results.file_result import FileResult
from peelcheck.results.outline import Outline, Part

BUILTIN_PACK = "built-in"
WHOLE = ""  # the key of findings that belong to no graded part (the document, inspection)
_PART_KEY = re.compile(r"^(overall|pillars\[\d+\]|questions\[\d+\])(?=$|[.\[])")


@dataclass
class PartView:
    """A part of a draft with the unwaived findings placed under it."""

    key: str  # "" for the draft as a whole
    part: Part | None
    findings: list[Finding] = field(default_factory=list)
    waived: int = 0  # its waived findings, listed apart


@dataclass
class DraftView:
    """One draft as the page shows it."""

    number: int  # 1-based, in the order the drafts were checked: the anchor is d{number}
    result: FileResult
    shown: list[Finding]
    parts: list[PartView]
    waived: list[Finding]

    @property
    def anchor(self) -> str:
        """The id of the draft's section."""
        return f"d{self.number}"

    @property
    def outline(self) -> Outline | None:
        """The draft's outline, when it passed the schema."""
        return self.result.outline

    @property
    def readable(self) -> bool:
        """Whether the draft could be read and rules ran on it."""
        return self.result.checked and self.result.outline is not None

    def counts(self) -> dict[str, int]:
        """Shown findings by severity, and waived."""
        return count_by_severity(self.shown)


@dataclass
class RuleRow:
    """One rule in the table of findings by rule."""

    doc: RuleDoc
    findings: int = 0
    waived: int = 0
    drafts: int = 0


def part_key(path: str) -> str:
    """The part a data path lies in: `questions[3].narrative` -> `questions[3]`."""
    match = _PART_KEY.match(path)
    return match.group(1) if match else WHOLE


def draft_view(number: int, result: FileResult, shown: list[Finding]) -> DraftView:
    """Place a draft's shown findings under its parts, in the report's order."""
    parts = [PartView(WHOLE, None)]
    if result.outline is not None:
        parts += [PartView(p.path, p) for p in result.outline.parts]
    by_key = {view.key: view for view in parts}
    waived = []
    for finding in shown:
        part = by_key.get(part_key(finding.path), parts[0])
        if finding.waived is not None:
            waived.append(finding)
            part.waived += 1
        else:
            part.findings.append(finding)
    return DraftView(number, result, shown, parts, waived)


def docs_by_id(report: RunReport) -> dict[str, RuleDoc]:
    """Every rule the page may name, the built-in ids included."""
    docs = {
        rule: RuleDoc(rule, BUILTIN_PACK, Severity.ERROR, text)
        for rule, text in BUILTIN_RULES.items()
    }
    docs.update((doc.id, doc) for doc in report.rules)
    return docs


def rule_rows(drafts: list[DraftView], docs: dict[str, RuleDoc]) -> list[RuleRow]:
    """Rules that fired, most findings first (then by id)."""
    rows: dict[str, RuleRow] = {}
    for draft in drafts:
        seen = Counter(f.rule for f in draft.shown)
        for finding in draft.shown:
            doc = docs.get(finding.rule) or RuleDoc(
                finding.rule, BUILTIN_PACK, finding.severity, ""
            )
            row = rows.setdefault(finding.rule, RuleRow(doc))
            if finding.waived is None:
                row.findings += 1 + finding.more  # a closing "and N more" counts for all
            else:
                row.waived += 1 + finding.more
        for rule in seen:
            rows[rule].drafts += 1
    return sorted(rows.values(), key=lambda r: (-r.findings, -r.waived, r.doc.id))
