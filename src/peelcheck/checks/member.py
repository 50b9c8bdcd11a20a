"""`member`: a value is one of a list that a query computes from the draft."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Literal

from pydantic import Field

from peelcheck.checks.allowed_values import suggest
from peelcheck.checks.api import Check, field_path, register
from peelcheck.checks.fields import QueryText
from peelcheck.engine.contract import Hit
from peelcheck.engine.query import truthy

if TYPE_CHECKING:
    from peelcheck.engine.context import DraftContext


@register
class Member(Check):
    """A field's value (each value, for a list) is one of the values `in` yields.

    `in` is a JMESPath on the node, so the allowed values may come from the draft (`root()`)
    or its cycle (`context('pillars')`). `fields` names the field to test; with several, the
    first the node has is used (e.g. `[name, pillar]` for pillars and questions alike). An
    absent value passes unless `required` (a JMESPath on the node) is truthy.
    The finding points at the field. Message values: `{value}`, `{allowed}`,
    `{suggestion}`, `{hint}` ("; did you mean 'X'?" or "") and `{problem}` ("'X' is not one
    of A, B" with the hint; "is missing: give one of A, B"; or, when `in` yields nothing,
    "'X' is given but none is expected here; remove it").

    Example: a pillar named by a question is one of the report's pillars.

        given: "questions[*]"
        check: {type: member, fields: [pillar], in: "root().pillars[*].name"}
    """

    type: Literal["member"]
    fields: list[str] = Field(min_length=1)
    in_: QueryText = Field(alias="in")
    required: QueryText | None = None

    def run(self, node: Any, path: str, ctx: DraftContext) -> Iterator[Hit]:
        if not isinstance(node, dict):
            return
        name = next((f for f in self.fields if f in node), None)
        value = node.get(name) if name is not None else None
        found = self.in_.search(node, ctx)
        allowed = [a for a in (found if isinstance(found, list) else [found]) if a is not None]
        shown = ", ".join(map(str, allowed)) or "(none)"
        if value is None or value == "":
            if self.required is not None and truthy(self.required.search(node, ctx)):
                problem = f"is missing: give one of {shown}"
                values = {"value": "", "allowed": shown, "suggestion": "", "hint": ""}
                yield Hit(field_path(path, name), {**values, "problem": problem})
            return
        where = field_path(path, name)
        for index, item in enumerate(value if isinstance(value, list) else [value]):
            if item in allowed:
                continue
            suggestion = suggest(item, [str(a) for a in allowed])
            hint = f"; did you mean '{suggestion}'?" if suggestion else ""
            yield Hit(
                f"{where}[{index}]" if isinstance(value, list) else where,
                {
                    "value": item,
                    "allowed": shown,
                    "suggestion": suggestion,
                    "hint": hint,
                    "problem": f"'{item}' is not one of {shown}{hint}"
                    if allowed
                    else f"'{item}' is given but none is expected here; remove it",
                },
                snippet=str(item),
            )
