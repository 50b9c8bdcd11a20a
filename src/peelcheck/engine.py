"""Evaluate the rules that apply to one validated draft, in one pass, into findings.

The engine alone knows rules. Selectors and patterns were compiled when the rules were
loaded; here each rule's `given` picks nodes, `when` filters them, the check runs, and each
hit becomes a finding located through the loader's source map.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from peelcheck.checks import Hit
from peelcheck.findings import Finding
from peelcheck.loader import Loaded
from peelcheck.model import Report
from peelcheck.query import FUNCTIONS, truthy
from peelcheck.rulefile import CycleFacts, Scale
from peelcheck.ruleset import LoadedRule, PackData, RuleSet


class EngineError(Exception):
    """A check failed on a draft: a bug in peelcheck or a rule, never the draft's fault."""


@dataclass
class DraftContext:
    """What checks and query functions may know about the draft being checked."""

    loaded: Loaded
    report: Report
    pack: PackData
    today: dt.date
    screens: bool = True  # checks may skip texts a screen shows they cannot report on
    facts: CycleFacts | None = None
    scale: Scale | None = None
    _ranks: dict[str, int] = field(default_factory=dict)
    _facts: dict[str, Any] | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        inspection = self.report.inspection
        self.facts = self.pack.programmes.get(inspection.programme, {}).get(inspection.cycle)
        if self.facts is not None:
            self.scale = self.pack.scales.get(self.facts.scale)
        if self.scale is not None:
            self._ranks = {grade: i for i, grade in enumerate(self.scale.grades)}

    @property
    def data(self) -> Any:
        """The draft as plain data (what queries see)."""
        return self.loaded.data

    @cached_property
    def corpus_text(self) -> str:
        """Every text of the draft, joined by line breaks: what screens scan."""
        texts: list[str] = []
        stack = [self.loaded.data]
        while stack:  # depth first, in document order
            node = stack.pop()
            if isinstance(node, str):
                texts.append(node)
            elif isinstance(node, dict):
                stack.extend(reversed(node.values()))
            elif isinstance(node, list):
                stack.extend(reversed(node))
        return "\n".join(texts)

    @cached_property
    def corpus(self) -> bytes:
        """`corpus_text` in UTF-8, for RE2 screens (see `Check.may_report`)."""
        return self.corpus_text.encode("utf-8", "surrogatepass")

    def rank(self, grade: Any) -> int | None:
        """Position of `grade` on the draft's scale, 0 for the best; None if not a grade."""
        return self._ranks.get(grade) if isinstance(grade, str) else None

    def is_grade(self, grade: Any) -> bool:
        """True when `grade` is on the draft's scale (not Ungraded, not a typo)."""
        return self.rank(grade) is not None

    def fact(self, name: str) -> Any:
        """A named fact for `context(name)` in queries (see `peelcheck.query`)."""
        if self._facts is not None:  # rules ask for facts thousands of times per run
            return self._facts.get(name)
        inspection = self.report.inspection
        self._facts = facts = {
            "programme": inspection.programme,
            "cycle": inspection.cycle,
            "subject": inspection.subject,
            "scale": list(self.scale.grades) if self.scale else [],
            "non_grades": list(self.scale.non_grades) if self.scale else [],
            "scale_name": self.facts.scale if self.facts else None,
            "pillar_grades": self.facts.pillar_grades if self.facts else None,
            "integrated": self.report.pillars is not None,
            "today": self.today.isoformat(),
            "cycle_starts": self.facts.starts.isoformat() if self.facts else None,
            "pillars": list(self.facts.pillars) if self.facts else [],
            "integrated_cycle": self.facts.integrated if self.facts else None,
        }
        return facts.get(name)

    def questions_of(self, node: Any) -> list[Any]:
        """The questions a grade at `node` covers (a pillar's own, or all of them)."""
        questions = self.data.get("questions") or []
        if isinstance(node, dict) and "name" in node and self.report.pillars is not None:
            return [q for q in questions if q.get("pillar") == node["name"]]
        return list(questions)

    def framework(self) -> dict[str, list[dict[str, Any]]] | None:
        """The verified question framework of the draft's programme and cycle, if known."""
        inspection = self.report.inspection
        cycle = self.pack.frameworks.get(inspection.programme, {}).get(inspection.cycle)
        pillars = cycle.get("pillars") if isinstance(cycle, dict) else None
        return pillars if isinstance(pillars, dict) else None

    def table(self, name: str) -> list[dict[str, str]]:
        """A data table declared by a pack (e.g. `forces`)."""
        return self.pack.tables.get(name, [])


class _Values(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return ""


def evaluate(
    loaded: Loaded,
    report: Report,
    ruleset: RuleSet,
    *,
    today: dt.date | None = None,
    screens: bool = True,
) -> list[Finding]:
    """Findings of every applicable rule on one schema-valid draft, unsorted.

    `screens=False` runs every rule in full, without asking its check whether the draft
    could hold anything to report (the tests compare both ways).
    """
    ctx = DraftContext(loaded, report, ruleset.pack_data, today or dt.date.today(), screens)
    inspection = report.inspection
    pillars = [p.name for p in report.pillars or []]
    if inspection.pillar:
        pillars.append(inspection.pillar)
    FUNCTIONS.draft = ctx
    findings: list[Finding] = []
    try:
        for rule in ruleset.for_draft(inspection.programme, inspection.cycle, pillars):
            try:
                if ctx.screens and _screened_out(rule, ctx):
                    continue
                findings.extend(_run_rule(rule, ctx))
            except Exception as err:  # a failing check must name itself, not crash a run
                raise EngineError(
                    f"rule {rule.id} ({rule.file}:{rule.line}) failed on {loaded.file}: "
                    f"{type(err).__name__}: {err}"
                ) from err
    finally:
        FUNCTIONS.draft = None
    return findings


def _screened_out(rule: LoadedRule, ctx: DraftContext) -> bool:
    """Whether the rule's check says the draft holds nothing it could report.

    Only for a `given` that selects the draft's own values: text a query builds
    (`to_string(number)`, `join(...)`) is not in the corpus a screen reads.
    """
    spec = rule.spec
    return spec.given.selects_draft_values and not spec.check.may_report(ctx)


def _run_rule(rule: LoadedRule, ctx: DraftContext) -> list[Finding]:
    spec = rule.spec
    loaded = ctx.loaded
    selected = spec.given.search(ctx.data)
    nodes = selected if isinstance(selected, list) else [selected]
    found: list[Finding] = []
    for node in nodes:
        if node is None:
            continue
        path = loaded.paths_by_id.get(id(node), "")
        if spec.when is not None and not truthy(spec.when.search(node)):
            continue
        for hit in spec.check.run(node, path, ctx):
            found.append(_finding(rule, node, hit, loaded))
    return found


def _finding(rule: LoadedRule, node: Any, hit: Hit, loaded: Loaded) -> Finding:
    values = _Values()
    if isinstance(node, dict):
        values.update({k: _show(v) for k, v in node.items() if not isinstance(v, (dict, list))})
    values.update({k: _show(v) for k, v in hit.values.items()})
    values["path"] = hit.path
    message = rule.spec.message.format_map(values)
    assert loaded.source is not None
    snippet = hit.snippet
    span = None
    if hit.span is not None and hit.text is not None:
        start, end = hit.span
        snippet = snippet or hit.text[start:end]
        span = loaded.source.locate_in_string(hit.path, hit.text, start, end)
    if span is None:
        span = loaded.source.span(hit.path)
    line, column = (span.line, span.column) if span else (1, 1)
    end_line, end_column = (span.end_line, span.end_column) if span else (None, None)
    return Finding(
        loaded.file,
        rule.id,
        rule.severity,
        message,
        hit.path,
        line,
        column,
        end_line,
        end_column,
        snippet,
    )


def _show(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(map(_show, value))
    if value is None:
        return "(none)"
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
