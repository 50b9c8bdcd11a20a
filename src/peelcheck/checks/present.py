"""`present`: fields exist and are not empty."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Literal

from peelcheck.checks.api import Check, field_path, field_value, register
from peelcheck.engine.contract import Hit

if TYPE_CHECKING:
    from peelcheck.engine.context import DraftContext


@register
class Present(Check):
    """Each field in `fields` is present and non-empty (with `absent: true`, absent or empty).

    With `any: true`, one non-empty field of the list is enough (e.g. areas for improvement
    or causes of concern). The finding points at the node and quotes `{field}`.

    Example: every graded question has a narrative.

        given: "questions[?grade != 'Ungraded']"
        check: {type: present, fields: [narrative]}
    """

    type: Literal["present"]
    fields: list[str]
    any: bool = False
    absent: bool = False

    def run(self, node: Any, path: str, ctx: DraftContext) -> Iterator[Hit]:
        filled = [name for name in self.fields if _filled(field_value(node, name))]
        if self.absent:
            for name in filled:
                yield Hit(field_path(path, name), {"field": name})
        elif self.any:
            if not filled:
                yield Hit(path, {"field": " or ".join(self.fields)})
        else:
            for name in self.fields:
                if name not in filled:
                    yield Hit(path, {"field": name})


def _filled(value: Any) -> bool:
    if isinstance(value, str):
        return bool(value.strip())
    return value not in (None, [], {})
