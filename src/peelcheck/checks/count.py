"""`count`: a list computed from the node has at least `min` and at most `max` entries."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Literal

from pydantic import Field, model_validator

from peelcheck.checks.api import Check, field_path, register
from peelcheck.checks.fields import QueryText
from peelcheck.engine.contract import Hit

if TYPE_CHECKING:
    from peelcheck.engine.context import DraftContext


@register
class Count(Check):
    """The list `items` (JMESPath on the node) has at least `min` and at most `max` entries.

    A result that is not a list counts as empty. `label` (JMESPath on each entry, default
    `@`) shows an entry in `{items}`. The finding points at field `at` (default: the node).
    Message values: `{count}`, `{min}`, `{max}`, `{items}` (the labels, joined by ", ").

    Example: an Outstanding grade has no question graded below Good.

        given: "[overall][?grade == 'Outstanding']"
        check:
          type: count
          items: "questions_of(@)[?rank(grade) > rank('Good')]"
          max: 0
          label: "join(' ', ['question', to_string(number), grade])"
    """

    type: Literal["count"]
    items: QueryText
    min: int | None = Field(default=None, ge=0)
    max: int | None = Field(default=None, ge=0)
    label: QueryText | None = None
    at: str | None = None

    @model_validator(mode="after")
    def _bounds(self) -> Count:
        if self.min is None and self.max is None:
            raise ValueError("give `min`, `max` or both")
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError(f"`min` ({self.min}) is more than `max` ({self.max})")
        return self

    def run(self, node: Any, path: str, ctx: DraftContext) -> Iterator[Hit]:
        found = self.items.search(node, ctx)
        entries = found if isinstance(found, list) else []
        count = len(entries)
        if (self.min is None or count >= self.min) and (self.max is None or count <= self.max):
            return
        labels = [self.label.search(e, ctx) if self.label is not None else e for e in entries]
        values = {
            "count": count,
            "min": "" if self.min is None else self.min,
            "max": "" if self.max is None else self.max,
            "items": ", ".join(str(label) for label in labels if label is not None),
        }
        yield Hit(field_path(path, self.at), values)
