"""`allowed-values`: a field holds one of a list of values, with a nearest-match suggestion."""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Literal

from pydantic import model_validator

from peelcheck.checks.api import Check, field_path, field_value, register
from peelcheck.engine.contract import Hit

if TYPE_CHECKING:
    from peelcheck.engine.context import DraftContext
    from peelcheck.engine.facts import PackData


@register
class AllowedValues(Check):
    """The value of `field` is one of `values`, or of the draft's grade scale (`scale: true`).

    With `scale: true` the allowed values are the grades and non-grades of the scale the
    draft's cycle uses. Message values: `{value}`, `{allowed}`, `{suggestion}` (the closest
    allowed value, ignoring case, or ""), `{hint}` ("; did you mean 'X'?" or "") and `{scale}`
    (the scale's name). Absent fields pass.

    Example: every grade is on the cycle's scale.

        given: "questions[*]"
        check: {type: allowed-values, field: grade, scale: true}
    """

    type: Literal["allowed-values"]
    field: str | None = None
    values: list[str] | None = None
    scale: bool = False

    @model_validator(mode="after")
    def _one_source(self) -> AllowedValues:
        if (self.values is None) == (not self.scale):
            raise ValueError("give either `values` or `scale: true`")
        return self

    def prepare(self, pack: PackData) -> None:
        if self.scale and not pack.scales:
            raise ValueError("`scale: true` needs a pack that declares `scales`")

    def run(self, node: Any, path: str, ctx: DraftContext) -> Iterator[Hit]:
        value = field_value(node, self.field)
        if value is None:
            return
        if self.values is not None:
            allowed = self.values
        elif ctx.scale is not None:
            allowed = [*ctx.scale.grades, *ctx.scale.non_grades]
        else:
            return  # no scale known for this cycle: another rule reports the cycle
        if value in allowed:
            return
        suggestion = suggest(value, allowed)
        yield Hit(
            field_path(path, self.field),
            {
                "value": value,
                "allowed": ", ".join(allowed),
                "suggestion": suggestion,
                "hint": f"; did you mean '{suggestion}'?" if suggestion else "",
                "scale": ctx.facts.scale if ctx.facts else "",
            },
            snippet=str(value),
            fix=close_fix(value, allowed),
        )


def close_fix(value: Any, allowed: list[str]) -> tuple[str, bool] | None:
    """The fix of a value not in `allowed`: the one allowed value it nearly spells, safe
    when only case or spaces differ or one letter is slipped; None when not exactly one."""
    if not isinstance(value, str):
        return None
    lowered = {a.lower(): a for a in allowed}
    key = " ".join(value.split()).lower()
    if key in lowered:
        return lowered[key], True
    close = difflib.get_close_matches(key, list(lowered), n=2, cutoff=0.6)
    if len(close) != 1:
        return None
    ratio = difflib.SequenceMatcher(None, key, close[0]).ratio()
    return lowered[close[0]], ratio >= _ONE_SLIP


_ONE_SLIP = 0.9  # "Requires improvment" against "requires improvement": 0.97


def suggest(value: Any, allowed: list[str]) -> str:
    """The allowed value closest to `value` (case-insensitive), or ""."""
    if not isinstance(value, str):
        return ""
    lowered = {a.lower(): a for a in allowed}
    if value.strip().lower() in lowered:
        return lowered[value.strip().lower()]
    close = difflib.get_close_matches(value.lower(), list(lowered), n=1, cutoff=0.6)
    return lowered[close[0]] if close else ""
