"""Validate a loaded draft against the draft format; a bad waiver drops only that waiver."""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from peelcheck.core.findings import Finding, Severity
from peelcheck.draft.loaded import Loaded
from peelcheck.draft.model import Report
from peelcheck.draft.validate import validate_model

_IN_WAIVER = re.compile(r"waivers(?:\[(\d+)\])?(?:[.\[].*)?")


def validate_draft(loaded: Loaded) -> tuple[Report | None, list[Finding]]:
    """Validate a loaded draft against the format; a bad waiver only drops that waiver.

    When every schema problem lies inside `waivers`, the draft is validated again without
    the waivers at fault, so its rules still run; the problems are still reported (errors).
    """
    report, problems = validate_model(Report, loaded)
    raw = raw_waivers(loaded)
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


def raw_waivers(loaded: Loaded) -> list[Any]:
    """The draft's `waivers:` entries as written (a list, else empty)."""
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
