"""Evaluate the rules that apply to one validated draft, in one pass, into findings.

The engine alone knows rules. Selectors and patterns were compiled when the rules were
loaded; here each rule's `given` picks nodes, `when` filters them, the check runs, and each
hit becomes a finding located through the loader's source map.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import string
import sys
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from typing import Any

from peelcheck.core.findings import Edit, Excerpt, Finding, Fix, JudgmentWords
from peelcheck.draft.loaded import Loaded
from peelcheck.draft.model import Report
from peelcheck.engine.context import DraftContext
from peelcheck.engine.contract import Hit, Rules, RunnableRule
from peelcheck.engine.query import truthy

_FORMATTER = string.Formatter()
EXCERPT_AROUND = 160  # characters kept on each side of the flagged words in a long sentence
_NO_END = sys.maxsize  # sorts after every sentence that starts at the same place

MAX_FINDINGS_PER_RULE = 100  # per rule and draft, by default


class EngineError(Exception):
    """A check failed on a draft: a bug in peelcheck or a rule, never the draft's fault."""


class _Values(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return ""


def evaluate(
    loaded: Loaded,
    report: Report,
    ruleset: Rules,
    *,
    today: dt.date | None = None,
    screens: bool = True,
    max_per_rule: int = MAX_FINDINGS_PER_RULE,
) -> list[Finding]:
    """Findings of every applicable rule on one schema-valid draft, unsorted.

    A rule that finds more than `max_per_rule` problems in the draft (0: no limit) lists the
    first of them and one closing finding that counts the rest, so that output and memory
    stay bounded on a pathological draft. `screens=False` runs every rule in full, without
    asking its check whether the draft could hold anything to report (the tests compare
    both ways).
    """
    ctx = DraftContext(loaded, report, ruleset.pack_data, today or dt.date.today(), screens)
    inspection = report.inspection
    pillars = [p.name for p in report.pillars or []]
    if inspection.pillar:
        pillars.append(inspection.pillar)
    findings: list[Finding] = []
    for rule in ruleset.for_draft(inspection.programme, inspection.cycle, pillars):
        try:
            if ctx.screens and _screened_out(rule, ctx):
                continue
            findings.extend(_run_rule(rule, ctx, max_per_rule))
        except Exception as err:  # a failing check must name itself, not crash a run
            raise EngineError(
                f"rule {rule.id} ({rule.file}:{rule.line}) failed on {loaded.file}: "
                f"{type(err).__name__}: {err}"
            ) from err
    return findings


def _screened_out(rule: RunnableRule, ctx: DraftContext) -> bool:
    """Whether the rule's check says the draft holds nothing it could report.

    Only for a `given` that selects the draft's own values: text a query builds
    (`to_string(number)`, `join(...)`) is not in the corpus a screen reads.
    """
    spec = rule.spec
    return spec.given.selects_draft_values and not spec.check.may_report(ctx)


def _run_rule(rule: RunnableRule, ctx: DraftContext, limit: int) -> list[Finding]:
    spec = rule.spec
    loaded = ctx.loaded
    selected = spec.given.search(ctx.data, ctx)
    nodes = selected if isinstance(selected, list) else [selected]
    found: list[Finding] = []
    unlisted = 0
    first_unlisted: Finding | None = None
    for node in nodes:
        if node is None:
            continue
        path = loaded.paths_by_id.get(id(node), "")
        if spec.when is not None and not truthy(spec.when.search(node, ctx)):
            continue
        for hit in spec.check.run(node, path, ctx):
            if not limit or len(found) < limit:
                found.append(_finding(rule, node, hit, ctx))
                continue
            if first_unlisted is None:  # placed where the unlisted ones begin
                first_unlisted = _finding(rule, node, hit, ctx)
            unlisted += 1
    if first_unlisted is not None:
        found.append(_closing(first_unlisted, unlisted, limit))
    return found


def _closing(first: Finding, unlisted: int, limit: int) -> Finding:
    """One finding for the `unlisted` problems of a rule past the draft's limit."""
    message = (
        f"… and {unlisted} more {first.rule} finding{'s' if unlisted > 1 else ''} in this "
        f"draft from here on, not listed (at most {limit} are listed per rule and draft; "
        "--max-findings-per-rule 0 lists them all)"
    )
    return dataclasses.replace(
        first,
        message=message,
        snippet="",
        end_line=None,
        end_column=None,
        more=unlisted - 1,
        context=None,  # it stands for many places: no one sentence to show
    )


def _finding(rule: RunnableRule, node: Any, hit: Hit, ctx: DraftContext) -> Finding:
    loaded = ctx.loaded
    values = _Values()
    if isinstance(node, dict):
        values.update({k: _show(v) for k, v in node.items() if not isinstance(v, (dict, list))})
    values.update({k: _show(v) for k, v in hit.values.items()})
    values["path"] = hit.path
    message = rule.spec.message.format_map(values)
    assert loaded.source is not None
    snippet = hit.snippet
    span = None
    context = None
    if hit.span is not None and hit.text is not None:
        start, end = hit.span
        snippet = snippet or hit.text[start:end]
        span = loaded.source.locate_in_string(hit.path, hit.text, start, end)
        context = excerpt(hit.text, start, end, ctx.sentences)
    if span is None:
        span = loaded.source.span(hit.path)
    line, column = (span.line, span.column) if span else (1, 1)
    end_line, end_column = (span.end_line, span.end_column) if span else (None, None)
    fix = _fix(rule, hit, node, values)
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
        context=context,
        judgment=None
        if hit.judgment is None or hit.text is None
        else JudgmentWords(*hit.judgment, hit.text[hit.judgment[0] : hit.judgment[1]]),
        fix=fix,
    )


def _fix(rule: RunnableRule, hit: Hit, node: Any, values: dict[str, Any]) -> Fix | None:
    """The hit's fix in terms of the flagged value: the rule's template filled with the
    check's values, or a fix made by the check itself. Placed in the file later."""
    text, span = hit.text, hit.span
    if hit.fix is not None:
        replacement, safe = hit.fix
    elif rule.spec.fix is not None and span is not None:
        template = rule.spec.fix.replacement
        names = [name for _, name, _, _ in _FORMATTER.parse(template) if name]
        if any(not values.get(name) for name in names):
            return None  # e.g. a spelling with no suggestion: nothing to write
        replacement, safe = template.format_map(values), rule.spec.fix.safe
    else:
        return None
    if text is None:  # the whole value at the hit's path
        text = _value_at(node, hit.path)
        if text is None:
            return None
        span = (0, len(text))
    if span is None or text[span[0] : span[1]] == replacement:
        return None
    return Fix(safe, (), hit.path, text, (Edit(span[0], span[1], replacement),))


def _value_at(node: Any, path: str) -> str | None:
    """The string a whole-value fix replaces: the node itself or one of its fields."""
    if isinstance(node, str):
        return node
    if isinstance(node, dict):
        found = node.get(path.rsplit(".", 1)[-1])
        return found if isinstance(found, str) else None
    return None


def excerpt(
    text: str,
    start: int,
    end: int,
    sentences: Callable[[str], tuple[tuple[int, int], ...]],
) -> Excerpt | None:
    """The sentence(s) of `text` holding `text[start:end]`, cut to `EXCERPT_AROUND`
    characters on each side of it; None when there is nothing to show."""
    if not 0 <= start <= end <= len(text) or end - start > 2 * EXCERPT_AROUND:
        return None
    first, last = around(sentences(text), start, end)
    before, after = text[first:start], text[end:last]
    head = tail = ""
    if len(before) > EXCERPT_AROUND:
        before = before[-EXCERPT_AROUND:].split(" ", 1)[-1]
        head = "… "
    if len(after) > EXCERPT_AROUND:
        after = after[:EXCERPT_AROUND].rsplit(" ", 1)[0]
        tail = " …"
    shown = head + before
    return Excerpt(shown + text[start:end] + after + tail, len(shown), len(shown) + end - start)


def around(spans: Sequence[tuple[int, int]], start: int, end: int) -> tuple[int, int]:
    """Where the sentences holding [start, end) begin and end (`spans`: a text's sentences,
    in order, none empty or overlapping another); `start` and `end` where none holds them."""
    first, last = start, end
    # only the last two sentences that start by `start` can hold it (or end at it), only
    # the last that starts before `end` can hold `end`
    before_start = bisect_right(spans, (start, _NO_END))
    for s_start, s_end in spans[max(0, before_start - 2) : before_start]:
        if s_start <= start < s_end or (start == s_end and s_start < start):
            first = min(first, s_start)
    before_end = bisect_left(spans, (end, 0))
    for s_start, s_end in spans[max(0, before_end - 1) : before_end]:
        if s_start < end <= s_end:
            last = max(last, s_end)
    return first, last


def _show(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(map(_show, value))
    if value is None:
        return "(none)"
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
