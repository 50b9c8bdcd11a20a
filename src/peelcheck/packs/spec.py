"""A rule as the run uses it: plain objects, built from a validated pack file or from the
compiled-pack cache (which must not need the rule format's pydantic models)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from peelcheck.checks.api import Check
    from peelcheck.engine.facts import AppliesTo
    from peelcheck.engine.query import Query
    from peelcheck.packs.format import Rule


@dataclass(frozen=True, slots=True)
class FixSpec:
    """How to correct what a rule flags (`peelcheck.packs.format.RuleFix`)."""

    replacement: str
    safe: bool = False


@dataclass(frozen=True, slots=True)
class ExampleSpec:
    """Draft fragments for `peelcheck explain` (`peelcheck.packs.format.Example`)."""

    flagged: str
    fixed: str | None = None


@dataclass(slots=True)
class RuleSpec:
    """One rule as written (`peelcheck.packs.format.Rule`), its queries and check compiled.

    Not frozen: the loader replaces `given` and `when` once the packs' aliases are known.
    """

    id: str
    severity: str
    description: str
    given: Query
    check: Check
    message: str
    when: Query | None = None
    rationale: str | None = None
    url: str | None = None
    applies_to: AppliesTo | None = None
    fix: FixSpec | None = None
    example: ExampleSpec | None = None

    @classmethod
    def of(cls, rule: Rule) -> RuleSpec:
        """The spec of a rule validated by the pack format."""
        fix = FixSpec(rule.fix.replacement, rule.fix.safe) if rule.fix else None
        example = ExampleSpec(rule.example.flagged, rule.example.fixed) if rule.example else None
        return cls(
            rule.id,
            rule.severity,
            rule.description,
            rule.given,
            rule.check,
            rule.message,
            rule.when,
            rule.rationale,
            rule.url,
            rule.applies_to,
            fix,
            example,
        )
