"""`in-table`: a value is, or is not, listed in a pack table (e.g. the forces of Wales)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Literal

from pydantic import Field

from peelcheck.checks.api import Check, field_path, field_value, register
from peelcheck.engine.contract import Hit
from peelcheck.prose.words import normalise

if TYPE_CHECKING:
    from peelcheck.engine.context import DraftContext
    from peelcheck.engine.facts import PackData


@register
class InTable(Check):
    """The text in `field` is looked up in the pack table `table`, in its `columns`.

    Only rows whose columns equal the values in `where` are looked at. `flag: listed`
    reports a value that is found, `flag: unlisted` one that is not. Matching ignores case
    and extra spaces and reads '&' as 'and'. The finding points at field `at` (default
    `field`); message values are `{value}` and, when found, the row's columns (e.g.
    `{welsh_name}`). Absent values pass.

    Example: a report on a Welsh force (with `when`: that does not link a Welsh version).

        given: inspection
        when: "welsh_version != `true`"
        check: {type: in-table, field: subject, table: forces, columns: [force_name],
                where: {country: Wales}, flag: listed, at: welsh_version}
    """

    type: Literal["in-table"]
    field: str
    table: str
    columns: list[str] = Field(min_length=1)
    where: dict[str, str] = Field(default_factory=dict)
    flag: Literal["listed", "unlisted"]
    at: str | None = None

    def prepare(self, pack: PackData) -> None:
        if self.table not in pack.tables:
            known = ", ".join(sorted(pack.tables)) or "none"
            raise ValueError(f"no table named {self.table!r} (known: {known})")
        rows = pack.tables[self.table]
        for column in [*self.columns, *self.where]:
            if rows and column not in rows[0]:
                raise ValueError(f"table {self.table!r} has no column {column!r}")

    def run(self, node: Any, path: str, ctx: DraftContext) -> Iterator[Hit]:
        value = field_value(node, self.field)
        if not isinstance(value, str) or not value.strip():
            return
        key = normalise(value)
        rows = [
            row
            for row in ctx.table(self.table)
            if all(row.get(column) == wanted for column, wanted in self.where.items())
        ]
        row = next(
            (r for r in rows if any(normalise(r.get(c) or "") == key for c in self.columns)),
            None,
        )
        if (row is not None) == (self.flag == "listed"):
            values: dict[str, Any] = {"value": value, **(row or {})}
            yield Hit(field_path(path, self.at or self.field), values, snippet=value)
