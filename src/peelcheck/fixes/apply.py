"""Applying fixes to a draft's text: edits at their spans, in passes, verified by re-reading.

Everything outside the edited spans stays byte for byte as it was. Fixes whose edits
overlap one chosen before wait for the next pass, when the text is checked again; the
number of passes is bounded. After each pass the text is read again and every fixed value
must read exactly as intended: a fix that does not is dropped, never half applied.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from peelcheck.core.findings import Edit, Finding, Fix, edit_text
from peelcheck.draft.read import load_text

MAX_PASSES = 10  # overlapping fixes ("a  b  c") settle in two or three


@dataclass
class Fixed:
    """The outcome of fixing one text: the new text, the fixes made, the findings left."""

    text: str
    applied: list[Finding] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    dropped: list[Finding] = field(default_factory=list)  # failed verification: not applied


def wanted(finding: Finding, *, unsafe: bool) -> bool:
    """Whether `--fix` (with `--unsafe-fixes` if `unsafe`) applies this finding's fix."""
    fix = finding.fix
    return (
        fix is not None
        and fix.applicable
        and (fix.safe or unsafe)
        and finding.waived is None
        and all(e.paragraph is None for e in fix.edits)
    )


def choose(findings: Iterable[Finding], *, unsafe: bool) -> list[Finding]:
    """The findings whose fixes one pass applies: wanted ones, none overlapping another."""
    chosen: list[Finding] = []
    taken: list[tuple[int, int]] = []
    candidates = [f for f in findings if wanted(f, unsafe=unsafe)]
    for finding in sorted(candidates, key=_first_edit):
        assert finding.fix is not None
        spans = [(e.start, e.end) for e in finding.fix.edits]
        if any(_overlap(a, b) for a in spans for b in taken):
            continue
        chosen.append(finding)
        taken.extend(spans)
    return chosen


def _first_edit(finding: Finding) -> tuple[int, int]:
    assert finding.fix is not None
    first = min(finding.fix.edits, key=lambda e: (e.start, e.end))
    return first.start, first.end


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Ranges share a character, or are insertions at the same place (order unknown)."""
    if a[0] == a[1] or b[0] == b[1]:
        return a[0] == b[0] or b[0] < a[0] < b[1] or a[0] < b[0] < a[1]
    return a[0] < b[1] and b[0] < a[1]


def apply_edits(text: str, edits: Iterable[Edit]) -> str:
    """`text` with the edits made; they must not overlap (ValueError otherwise)."""
    return edit_text(text, edits)


def fix_pass(
    text: str, chosen: Sequence[Finding], *, json: bool
) -> tuple[str, list[Finding], list[Finding]]:
    """Apply the chosen fixes, keeping only those whose values read back as intended.

    Returns the new text, the fixes made and the fixes dropped. A value edited by several
    fixes that does not read as intended keeps only its first fix (the others wait for the
    next pass); a value edited by one fix that does not is left as it was.
    """
    kept = list(chosen)
    dropped: list[Finding] = []
    while kept:
        new = apply_edits(text, [e for f in kept for e in _fix(f).edits])
        wrong = _misread(new, kept, json=json)
        if not wrong:
            return new, kept, dropped
        for group in wrong:
            if len(group) == 1:
                dropped.append(group[0])
            later = group[1:] if len(group) > 1 else group
            kept = [f for f in kept if all(f is not g for g in later)]
    return text, [], dropped


def _fix(finding: Finding) -> Fix:
    assert finding.fix is not None
    return finding.fix


def _misread(text: str, fixed: Sequence[Finding], *, json: bool) -> list[list[Finding]]:
    """The fixes, grouped by the value they edit, whose value does not read as intended in
    `text` (every group, if it does not read at all)."""
    groups: dict[str, list[Finding]] = {}
    for finding in fixed:
        groups.setdefault(_fix(finding).path, []).append(finding)
    loaded = load_text(text, "<fixed>", json=json)
    if not loaded.ok:
        return list(groups.values())
    return [
        group for path, group in groups.items() if value_at(loaded.data, path) != _intended(group)
    ]


def _intended(group: list[Finding]) -> str | None:
    """What the value edited by these fixes should read; None if unknown."""
    first = _fix(group[0])
    if first.text is None or any(_fix(f).text != first.text for f in group):
        return None
    try:
        return edit_text(first.text, [e for f in group for e in _fix(f).in_value])
    except ValueError:
        return None


def fix_text(
    text: str,
    check: Callable[[str], list[Finding]],
    *,
    unsafe: bool = False,
    json: bool = False,
    findings: list[Finding] | None = None,
) -> Fixed:
    """Fix `text` in passes: check, apply what does not overlap, check again, up to
    `MAX_PASSES`; `findings` are the first check's, if already known."""
    found = check(text) if findings is None else findings
    outcome = Fixed(text)
    refused: set[tuple[str, str, str]] = set()
    for _ in range(MAX_PASSES):
        chosen = [f for f in choose(found, unsafe=unsafe) if _key(f) not in refused]
        if not chosen:
            break
        new, kept, dropped = fix_pass(outcome.text, chosen, json=json)
        for finding in dropped:
            refused.add(_key(finding))
            outcome.dropped.append(finding)
        if not kept:
            break
        outcome.text = new
        outcome.applied.extend(kept)
        found = check(new)
    outcome.findings = found
    return outcome


def _key(finding: Finding) -> tuple[str, str, str]:
    """A fix the same after a pass (when offsets have moved): rule, value, replacement."""
    fix = _fix(finding)
    return finding.rule, fix.path, fix.in_value[0].replacement if fix.in_value else ""


_SEGMENT = re.compile(r'\.?(?:([A-Za-z_][A-Za-z0-9_]*)|"((?:[^"\\]|\\.)*)"|\[(\d+)\])')


def value_at(data: Any, path: str) -> Any:
    """The value at a data path (`questions[3]."grade"`), or None."""
    at = 0
    node = data
    while at < len(path):
        match = _SEGMENT.match(path, at)
        if match is None:
            return None
        name, quoted, index = match.groups()
        if index is not None:
            position = int(index)
            node = node[position] if isinstance(node, list) and position < len(node) else None
        else:
            key = name if name is not None else re.sub(r"\\(.)", r"\1", quoted)
            node = node.get(key) if isinstance(node, dict) else None
        if node is None:
            return None
        at = match.end()
    return node
