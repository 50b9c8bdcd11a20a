"""The rules of a run: each loaded rule with its origin, and which apply to a draft."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from peelcheck.checks.api import check_name
from peelcheck.core.findings import Severity
from peelcheck.core.ruledoc import RuleDoc
from peelcheck.engine.facts import AppliesTo, PackData
from peelcheck.packs.spec import RuleSpec


@dataclass(frozen=True, slots=True)
class LoadedRule:
    """A rule as loaded, with where it came from and its effective severity."""

    spec: RuleSpec
    pack: str
    file: str
    line: int
    severity: Severity
    source: str  # the rule as written in its file

    @property
    def id(self) -> str:
        """The stable rule id."""
        return self.spec.id

    def doc(self) -> RuleDoc:
        """What output shows of this rule."""
        spec, example = self.spec, self.spec.example
        return RuleDoc(
            self.id,
            self.pack,
            self.severity,
            spec.description,
            spec.rationale,
            spec.url,
            example.flagged if example else None,
            example.fixed if example else None,
        )

    @property
    def check_type(self) -> str:
        """The name of the rule's check."""
        return check_name(type(self.spec.check))


@dataclass(frozen=True, slots=True)
class PackInfo:
    """A loaded pack's identity."""

    name: str
    file: str
    description: str
    applies_to: AppliesTo | None


@dataclass
class RuleSet:
    """The rules of a run, with the data their checks use."""

    packs: list[PackInfo]
    rules: list[LoadedRule]
    pack_data: PackData
    defined_ids: frozenset[str] = frozenset()  # every rule the packs define, selected or not
    _cache: dict[tuple[str, str, tuple[str, ...]], list[LoadedRule]] = field(
        default_factory=dict, repr=False
    )

    def for_draft(self, programme: str, cycle: str, pillars: Iterable[str]) -> list[LoadedRule]:
        """The rules that apply to a draft of this programme, cycle and pillar(s)."""
        key = (programme, cycle, tuple(sorted(pillars)))
        if key not in self._cache:
            packs = {p.name: p.applies_to for p in self.packs}
            self._cache[key] = [
                r
                for r in self.rules
                if _applies(packs[r.pack], *key) and _applies(r.spec.applies_to, *key)
            ]
        return self._cache[key]

    def get(self, rule_id: str) -> LoadedRule | None:
        """The rule with this id, if loaded."""
        return next((r for r in self.rules if r.id == rule_id), None)


def _applies(scope: AppliesTo | None, programme: str, cycle: str, pillars: tuple[str, ...]) -> bool:
    if scope is None:
        return True
    if scope.programme is not None and programme not in scope.programme:
        return False
    if scope.cycles is not None and cycle not in scope.cycles:
        return False
    return scope.pillars is None or any(p in scope.pillars for p in pillars)
