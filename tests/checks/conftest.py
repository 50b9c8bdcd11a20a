"""Run one check directly on a small draft, as a rule would, without the engine around it.

`make` builds a check from the options a rule file gives under `check:` (validated as a rule
file's are, then prepared against the built-in packs' data, plus any `data` a test adds);
`context` reads a small YAML draft as `peelcheck check` does; `hits` selects nodes with a
JMESPath, as a rule's `given` does, and runs the check on each. Every test that finds
something also holds the check's screen to its promise: `may_report` is true on that draft.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import textwrap
from functools import cache
from typing import Any

import pytest
from pydantic import ValidationError

from peelcheck.checks.api import Check
from peelcheck.draft.model import Report
from peelcheck.draft.read import load_text
from peelcheck.draft.validate import validate_model
from peelcheck.engine.context import DraftContext
from peelcheck.engine.contract import Hit
from peelcheck.engine.facts import PackData
from peelcheck.engine.query import compile_query
from peelcheck.packs.format import Rule
from peelcheck.packs.load import builtin_pack_names, load_ruleset

TODAY = dt.date(2025, 6, 1)


@cache  # loaded when first asked for, so that a check that fails to load fails a test
def builtin() -> PackData:
    """The data of the built-in packs (scales, cycles, named data, tables)."""
    return load_ruleset(builtin_pack_names()).pack_data


def pack_with(data: dict[str, Any] | None = None, **fields: Any) -> PackData:
    """The built-in packs' data with named `data` added and other fields replaced."""
    return dataclasses.replace(builtin(), data={**builtin().data, **(data or {})}, **fields)


def make(
    options: dict[str, Any], *, data: dict[str, Any] | None = None, pack: PackData | None = None
) -> Any:
    """The check a rule with `check: options` gives once its pack is loaded."""
    rule = Rule.model_validate(
        {
            "id": "under-test",
            "severity": "error",
            "description": "",
            "message": "",
            "check": options,
        }
    )
    check: Check = rule.check
    check.prepare(pack if pack is not None else pack_with(data))
    return check


def rejected(
    options: dict[str, Any], *, data: dict[str, Any] | None = None, pack: PackData | None = None
) -> str:
    """The message a rule file with these options is rejected with (when read or prepared)."""
    with pytest.raises((ValidationError, ValueError)) as caught:
        make(options, data=data, pack=pack)
    return str(caught.value)


def draft(
    body: str = "",
    *,
    programme: str = "PEEL",
    cycle: str = "2023-25",
    subject: str = "Gwent Police",
) -> str:
    """A draft's YAML: the inspection block, then `body` (dedented)."""
    head = (
        "peelcheck: 1\n"
        f'inspection: {{programme: {programme}, cycle: "{cycle}", subject: {subject}}}\n'
    )
    return head + textwrap.dedent(body)


def context(
    text: str | None = None, *, pack: PackData | None = None, today: dt.date = TODAY
) -> DraftContext:
    """The context a check sees on the draft `text` (default: one with no questions)."""
    loaded = load_text(text if text is not None else draft(), "draft.yaml")
    assert loaded.ok, loaded.findings
    report, problems = validate_model(Report, loaded)
    assert report is not None, problems
    return DraftContext(loaded, report, pack if pack is not None else builtin(), today)


def hits(check: Any, where: str | DraftContext | None = None, given: str = "@") -> list[Hit]:
    """Run `check` on each node `given` selects in a draft (its YAML, or its context)."""
    ctx = where if isinstance(where, DraftContext) else context(where)
    selected = compile_query(given).search(ctx.data, ctx)
    nodes = selected if isinstance(selected, list) else [selected]
    found = [
        hit
        for node in nodes
        if node is not None
        for hit in check.run(node, ctx.loaded.paths_by_id.get(id(node), ""), ctx)
    ]
    if found:
        assert check.may_report(ctx), "the screen said no, but the check found something"
    return found


def on(check: Any, node: Any, path: str = "node", ctx: DraftContext | None = None) -> list[Hit]:
    """Run `check` on one node given as Python data (for values a YAML draft cannot hold)."""
    return list(check.run(node, path, ctx or context()))


def paths(found: list[Hit]) -> list[str]:
    return [hit.path for hit in found]


def marked(found: list[Hit]) -> list[str]:
    """The text each hit marks (its span in its text)."""
    return [hit.text[hit.span[0] : hit.span[1]] for hit in found if hit.text and hit.span]
