"""What output shows of a rule: its id, pack, severity and documentation, nothing compiled."""

from __future__ import annotations

from dataclasses import dataclass

from peelcheck.core.findings import Severity


@dataclass(frozen=True, slots=True)
class RuleDoc:
    """A rule as formatters describe it (SARIF rule descriptors, links, HTML 'why')."""

    id: str
    pack: str
    severity: Severity
    description: str
    rationale: str | None = None
    url: str | None = None
    flagged: str | None = None  # an example the rule flags
    fixed: str | None = None  # the same example, written as the rule wants
