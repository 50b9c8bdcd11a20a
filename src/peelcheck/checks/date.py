"""`date`: a date lies between limits computed for the draft (e.g. cycle start and today)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Literal

from pydantic import model_validator

from peelcheck.checks.api import Check, field_path, field_value, register
from peelcheck.checks.fields import QueryText
from peelcheck.engine.contract import Hit

if TYPE_CHECKING:
    from peelcheck.engine.context import DraftContext


@register
class Date(Check):
    """The date in `field` (YYYY-MM-DD) is not before `not_before` nor after `not_after`.

    The limits are JMESPaths evaluated on the node, giving dates as YYYY-MM-DD, e.g.
    `context('cycle_starts')` and `context('today')` (`--today` fixes today for a
    reproducible run); a limit that gives null is not applied. `too_early` and
    `too_late` are the `{problem}` text, with `{limit}` standing for the limit. Message
    values: `{value}`, `{limit}`, `{problem}`. Absent or unreadable dates pass (the schema
    reports those).

    Example: a published date not before the cycle began and not in the future.

        given: inspection
        check: {type: date, field: published, not_before: "context('cycle_starts')",
                not_after: "context('today')"}
    """

    type: Literal["date"]
    field: str
    not_before: QueryText | None = None
    not_after: QueryText | None = None
    too_early: str = "before {limit}"
    too_late: str = "after {limit}"

    @model_validator(mode="after")
    def _a_limit(self) -> Date:
        if self.not_before is None and self.not_after is None:
            raise ValueError("give `not_before`, `not_after` or both")
        for name in ("too_early", "too_late"):
            text = getattr(self, name)
            if "{" in text.replace("{limit}", ""):
                raise ValueError(f"`{name}` may only use the placeholder {{limit}}")
        return self

    def run(self, node: Any, path: str, ctx: DraftContext) -> Iterator[Hit]:
        value = _date(field_value(node, self.field))
        if value is None:
            return
        checks = ((self.not_before, self.too_early, -1), (self.not_after, self.too_late, 1))
        for query, template, side in checks:
            limit = _date(query.search(node, ctx)) if query is not None else None
            if limit is None:
                continue
            if (value < limit and side < 0) or (value > limit and side > 0):
                yield Hit(
                    field_path(path, self.field),
                    {
                        "value": value.isoformat(),
                        "limit": limit.isoformat(),
                        "problem": template.replace("{limit}", limit.isoformat()),
                    },
                    snippet=value.isoformat(),
                )


def _date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None
