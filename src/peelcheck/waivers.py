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

import dataclasses
import datetime as dt
import difflib
import re
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from peelcheck.builtin_rules import BUILTIN_RULES
from peelcheck.findings import Finding, Severity, Waived
from peelcheck.loader import Loaded
from peelcheck.model import Inspection, Report, Waiver
from peelcheck.ruleset import RuleSet
from peelcheck.validate import validate_model

if TYPE_CHECKING:
    from peelcheck.pipeline import RunSettings

_IN_WAIVER = re.compile(r"waivers(?:\[(\d+)\])?(?:[.\[].*)?")


def validate_draft(loaded: Loaded) -> tuple[Report | None, list[Finding]]:
    """Validate a loaded draft against the format; a bad waiver only drops that waiver.

    When every schema problem lies inside `waivers`, the draft is validated again without
    the waivers at fault, so its rules still run; the problems are still reported (errors).
    """
    report, problems = validate_model(Report, loaded)
    raw = _raw_waivers(loaded)
    problems = [_explain(f, raw) for f in problems]
    if report is None:
        at_fault = [_waiver_index(f.path) for f in problems]
        if not problems or any(index is None for index in at_fault):
            return None, problems
        kept = [w for i, w in enumerate(raw) if i not in at_fault and -1 not in at_fault]
        data = {**loaded.data, "waivers": kept}
        report, _ = validate_model(Report, dataclasses.replace(loaded, data=data))
        if report is None:  # cannot happen: the rest was valid; stay safe all the same
            return None, problems
    for index, waiver in enumerate(raw):
        reason = waiver.get("reason") if isinstance(waiver, dict) else None
        if isinstance(reason, str) and reason and not reason.strip():  # "" is a schema error
            problems.append(_blank_reason(loaded, index, waiver))
    return report, problems


def apply_waivers(
    findings: list[Finding],
    loaded: Loaded,
    report: Report,
    ruleset: RuleSet,
    settings: RunSettings,
) -> list[Finding]:
    """Mark the findings the draft's waivers match, and add findings about the waivers."""
    waivers = draft_waivers(loaded)
    if not waivers:
        return findings
    today = settings.today or dt.date.today()
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
            out.append(_unknown(loaded, path, waiver, ruleset, settings))
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
    for index, raw in enumerate(_raw_waivers(loaded)):
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


def _raw_waivers(loaded: Loaded) -> list[Any]:
    data = loaded.data
    raw = data.get("waivers") if isinstance(data, dict) else None
    return raw if isinstance(raw, list) else []


def _waiver_index(path: str) -> int | None:
    """The index of the waiver a schema problem lies in; -1 for `waivers` itself."""
    found = _IN_WAIVER.fullmatch(path)
    if found is None:
        return None
    return int(found.group(1)) if found.group(1) is not None else -1


def _explain(finding: Finding, raw: list[Any]) -> Finding:
    """A schema problem inside a waiver says which waiver, and that it is not applied."""
    index = _waiver_index(finding.path)
    if index is None:
        return finding
    if index < 0:
        message = f"{finding.message}; `waivers` must be a list of waivers (none is applied)"
        return dataclasses.replace(finding, message=message)
    waiver = raw[index] if index < len(raw) else None
    rule = waiver.get("rule") if isinstance(waiver, dict) else None
    which = f"waiver {index + 1}" + (f" (of {rule})" if isinstance(rule, str) else "")
    reason = waiver.get("reason") if isinstance(waiver, dict) else 0
    if finding.path == f"waivers[{index}].reason" and (reason is None or isinstance(reason, str)):
        message = (
            f"{which} has no reason; say why the exception is justified in `reason` "
            "(the waiver is not applied)"
        )
    else:
        message = f"{which}: {finding.message} (the waiver is not applied)"
    return dataclasses.replace(finding, message=message)


def _blank_reason(loaded: Loaded, index: int, waiver: dict[str, Any]) -> Finding:
    path = f"waivers[{index}].reason"
    assert loaded.source is not None
    line, column = loaded.source.position(path)
    rule = waiver.get("rule")
    which = f"waiver {index + 1}" + (f" (of {rule})" if isinstance(rule, str) else "")
    message = (
        f"{which} has no reason; say why the exception is justified in `reason` "
        "(the waiver is not applied)"
    )
    return Finding(loaded.file, "schema", Severity.ERROR, message, path, line, column)


def _at_waiver(
    loaded: Loaded, path: str, waiver: Waiver, rule: str, severity: Severity, message: str
) -> Finding:
    assert loaded.source is not None
    span = loaded.source.span(path)
    line, column = (span.line, span.column) if span else (1, 1)
    return Finding(loaded.file, rule, severity, message, path, line, column, snippet=waiver.rule)


def _unknown(
    loaded: Loaded, path: str, waiver: Waiver, ruleset: RuleSet, settings: RunSettings
) -> Finding:
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
