"""Waivers: justified exceptions written in the draft itself (its top-level `waivers:` list).

A waiver names a `rule`, optionally a `path`, and a `reason`. It matches the findings of that
rule at its path or anywhere under it (`questions[3]` covers `questions[3].grade`, not
`questions[30]`); without a path, every finding of the rule in the draft. A matched finding is
still reported, marked waived, and never fails the run. When several waivers match one
finding, the one with the longest path wins (then the first written); a waiver that wins no
finding is reported as `unused-waiver`.

Problems with waivers are findings located at the waiver (rule ids in
`peelcheck.builtin_rules`): `unknown-waiver-rule` (error) for a rule id no pack defines,
`unused-waiver` (warning), `expired-waiver` (warning; the waiver is not applied). A waiver
that fails the schema (no `reason`, say) is a `schema` error and is not applied, but the rest
of the draft is still checked and its other waivers still apply.
"""

from __future__ import annotations

import datetime as dt
import difflib

from pydantic import ValidationError

from peelcheck.core.builtin_rules import BUILTIN_RULES
from peelcheck.core.findings import Finding, Severity, Waived
from peelcheck.draft.loaded import Loaded
from peelcheck.draft.model import Inspection, Report, Waiver
from peelcheck.draft.validate_draft import raw_waivers
from peelcheck.packs.ruleset import RuleSet


def apply_waivers(
    findings: list[Finding],
    loaded: Loaded,
    report: Report,
    ruleset: RuleSet,
    today: dt.date,
) -> list[Finding]:
    """Mark the findings the draft's waivers match, and add findings about the waivers."""
    waivers = draft_waivers(loaded)
    if not waivers:
        return findings
    ran = {r.id for r in ruleset.rules}
    inspection = report.inspection
    pillars = [p.name for p in report.pillars or []] + (
        [inspection.pillar] if inspection.pillar else []
    )
    applies = {r.id for r in ruleset.for_draft(inspection.programme, inspection.cycle, pillars)}
    out: list[Finding] = []
    active: list[tuple[str, Waiver]] = []
    for path, waiver in waivers:
        if waiver.rule not in ran and waiver.rule not in known_rule_ids(ruleset):
            out.append(_unknown(loaded, path, waiver, ruleset))
        elif waiver.expires is not None and waiver.expires < today:
            out.append(
                _at_waiver(
                    loaded,
                    path,
                    waiver,
                    "expired-waiver",
                    Severity.WARNING,
                    f"waiver of {waiver.rule} expired on {waiver.expires.isoformat()} and is "
                    "not applied; renew it with a later `expires`, or fix the draft",
                )
            )
        elif waiver.rule in ran:
            active.append((path, waiver))
        # else: a known rule switched off for this run (select, ignore, config): nothing to say
    used: set[str] = set()
    for finding in findings:
        chosen = _best_match(finding, active)
        if chosen is None:
            out.append(finding)
            continue
        path, waiver = chosen
        used.add(path)
        expires = waiver.expires.isoformat() if waiver.expires else None
        out.append(
            finding.with_waiver(Waived(waiver.reason, "waiver", waiver.approved_by, expires))
        )
    for path, waiver in active:
        if path not in used:
            out.append(_unused(loaded, path, waiver, waiver.rule in applies, inspection))
    return out


def draft_waivers(loaded: Loaded) -> list[tuple[str, Waiver]]:
    """The draft's valid waivers, each with its own data path (`waivers[2]`)."""
    found: list[tuple[str, Waiver]] = []
    for index, raw in enumerate(raw_waivers(loaded)):
        try:
            waiver = Waiver.model_validate(raw)
        except ValidationError:
            continue
        if waiver.reason.strip():
            found.append((f"waivers[{index}]", waiver))
    return found


def matches(waiver: Waiver, finding: Finding) -> bool:
    """True when `waiver` covers `finding`: same rule, at or under the waiver's path."""
    if finding.waived is not None or finding.rule != waiver.rule:
        return False
    where = (waiver.path or "").strip()
    return not where or finding.path == where or finding.path.startswith((where + ".", where + "["))


def known_rule_ids(ruleset: RuleSet) -> frozenset[str]:
    """Every rule id the run's packs define, including rules the run switched off."""
    return ruleset.defined_ids | {r.id for r in ruleset.rules}


def _best_match(finding: Finding, active: list[tuple[str, Waiver]]) -> tuple[str, Waiver] | None:
    """The matching waiver with the longest path; the first written among equals."""
    best: tuple[str, Waiver] | None = None
    for candidate in active:
        if matches(candidate[1], finding) and (
            best is None or _depth(candidate[1]) > _depth(best[1])
        ):
            best = candidate
    return best


def _depth(waiver: Waiver) -> int:
    return len((waiver.path or "").strip())


def _at_waiver(
    loaded: Loaded, path: str, waiver: Waiver, rule: str, severity: Severity, message: str
) -> Finding:
    assert loaded.source is not None
    span = loaded.source.span(path)
    line, column = (span.line, span.column) if span else (1, 1)
    return Finding(loaded.file, rule, severity, message, path, line, column, snippet=waiver.rule)


def _unknown(loaded: Loaded, path: str, waiver: Waiver, ruleset: RuleSet) -> Finding:
    if waiver.rule in BUILTIN_RULES:
        message = (
            f"{waiver.rule} cannot be waived: it means the draft or a waiver could not be read "
            "as written; fix it instead"
        )
    else:
        known = sorted(known_rule_ids(ruleset))
        close = difflib.get_close_matches(waiver.rule, known, n=1)
        hint = f"; did you mean {close[0]!r}?" if close else "; `peelcheck rules` lists them"
        message = f"waiver names rule {waiver.rule!r}, which no rule pack defines{hint}"
    return _at_waiver(loaded, path, waiver, "unknown-waiver-rule", Severity.ERROR, message)


def _unused(
    loaded: Loaded, path: str, waiver: Waiver, applies: bool, inspection: Inspection
) -> Finding:
    where = (waiver.path or "").strip()
    if not applies:
        detail = f"the rule does not apply to {inspection.programme} {inspection.cycle} drafts"
    elif where and loaded.source is not None and where not in loaded.source.values:
        detail = f"this draft has no {where}"
    else:
        detail = "the rule finds nothing " + (f"at {where}" if where else "in this draft")
    message = f"waiver of {waiver.rule} matches no finding: {detail}; remove it"
    return _at_waiver(loaded, path, waiver, "unused-waiver", Severity.WARNING, message)
