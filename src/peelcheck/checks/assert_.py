"""`assert`: a JMESPath expression about the node must be true."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Literal

from peelcheck.checks.api import Check, field_path, register
from peelcheck.checks.fields import QueryText
from peelcheck.engine.contract import Hit
from peelcheck.engine.query import truthy

if TYPE_CHECKING:
    from peelcheck.engine.context import DraftContext


@register
class Assert(Check):
    """The expression `that`, evaluated on the node, must be truthy.

    `at` names the field the finding points at (default: the node). Implication is `when`
    plus `assert`: when X, assert Y.

    Example: a question graded Requires improvement lists areas for improvement.

        given: questions[?grade == 'Requires improvement']
        check: {type: assert, that: "length(areas_for_improvement || `[]`) > `0`", at: grade}
    """

    type: Literal["assert"]
    that: QueryText
    at: str | None = None

    def run(self, node: Any, path: str, ctx: DraftContext) -> Iterator[Hit]:
        if not truthy(self.that.search(node, ctx)):
            yield Hit(field_path(path, self.at))
