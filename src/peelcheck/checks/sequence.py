"""`sequence`: items numbered 1, 2, 3 ... (or "1.1", "1.2", "2.1" ...) in order."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Literal

from pydantic import Field

from peelcheck.checks.api import Check, field_path, register
from peelcheck.checks.fields import QueryText
from peelcheck.engine.contract import Hit
from peelcheck.engine.query import compile_query

if TYPE_CHECKING:
    from peelcheck.engine.context import DraftContext

Number = tuple[int, ...]
_DOTTED = re.compile(r"\d+(?:\.\d+)*")


@register
class SequenceCheck(Check):
    """The items of a list are numbered in order, each number once, with no gaps.

    `items` (JMESPath on the node, default `@`) gives the list and `field` (default `number`)
    each item's number: an integer, or integers joined by dots ("1.1"), numbered like an
    outline: the last part counts up from `start` (default 1), and where an earlier part
    moves on, the last part starts again (1.5 is followed by 1.6 or 2.1). With `group_by`
    (JMESPath on each item, e.g. `pillar`) each group is numbered on its own; the first item
    of a group only needs its last part to be `start` (a pillar may be numbered 2.1, 2.2).
    Reports a number that repeats, is out of sequence or is not a number. After a break the
    count goes on from the number found, or from the number expected there (1, 2, 6, 4 and
    1, 1, 3 are one slip each), so one slip gives one finding.
    With `part` (JMESPath on the node) true, the list is part of a numbered whole (an excerpt
    of a report, or the page of one pillar): its numbers are the whole's, so the first may be
    any and numbers may be left out between two shown (a page omits a question not inspected
    that year); only a repeated number and one that goes back are reported.
    Message values: `{value}`, `{problem}` (e.g. "is out of sequence: expected 3 after 2"),
    `{expected}`, `{group}` and `{where}` (" in <group>", or "" without groups).

    Example: questions are numbered 1 to n within each pillar.

        given: "@"
        check: {type: sequence, items: questions, group_by: pillar}
    """

    type: Literal["sequence"]
    items: QueryText = Field(default_factory=lambda: compile_query("@"))
    field: str = "number"
    group_by: QueryText | None = None
    start: int = Field(default=1, ge=0)
    part: QueryText | None = None

    def run(self, node: Any, path: str, ctx: DraftContext) -> Iterator[Hit]:
        items = self.items.search(node, ctx)
        if not isinstance(items, list):
            return
        if self.part is not None and self.part.search(node, ctx):
            yield from self._run_part(items, path, ctx)
            return
        last: dict[Any, Number] = {}
        seen: dict[Any, set[Number]] = {}
        # after a slip, the numbers the slipped item stood for: the next one may follow those
        meant: dict[Any, list[Number]] = {}
        for key, here, values, value, number in self._numbered(items, path, ctx):
            if number is None:
                problem = 'is not a number such as 3 or "1.1"'
                yield Hit(here, {**values, "problem": problem, "expected": ""}, snippet=str(value))
                continue
            numbers = seen.setdefault(key, set())
            previous = last.get(key)
            expected_here = self._next(previous, number)
            instead = [n for m in meant.pop(key, []) for n in self._next(m, number)]
            allowed = expected_here + instead
            if number in numbers and number not in instead:
                problem = "is used more than once"
                yield Hit(here, {**values, "problem": problem, "expected": ""}, snippet=str(value))
                meant[key] = allowed
                continue
            numbers.add(number)
            last[key] = number  # 1, 2, 4, 4, 5: the first 4 stood for 3, the second is 4
            if number not in allowed:
                meant[key] = allowed
                expected = " or ".join(show_number(n) for n in expected_here)
                after = f"after {show_number(previous)}" if previous else "first"
                problem = f"is out of sequence: expected {expected} {after}"
                yield Hit(
                    here, {**values, "problem": problem, "expected": expected}, snippet=str(value)
                )

    def _run_part(self, items: list[Any], path: str, ctx: DraftContext) -> Iterator[Hit]:
        """Part of a numbered whole: each number once, each after the one before it."""
        last: dict[Any, Number] = {}
        seen: dict[Any, set[Number]] = {}
        for key, here, values, value, number in self._numbered(items, path, ctx):
            previous = last.get(key)
            if number is None:
                problem = 'is not a number such as 3 or "1.1"'
            elif number in seen.setdefault(key, set()):
                problem = "is used more than once"
            elif previous is not None and number < previous:
                problem = f"is out of sequence: expected a number after {show_number(previous)}"
            else:
                seen[key].add(number)
                last[key] = number
                continue
            yield Hit(here, {**values, "problem": problem, "expected": ""}, snippet=str(value))

    def _numbered(
        self, items: list[Any], path: str, ctx: DraftContext
    ) -> Iterator[tuple[Any, str, dict[str, Any], Any, Number | None]]:
        """Each numbered item: its group key, the path of its number, the message values,
        the number as written and as parsed (None when it is not a number)."""
        base = ctx.loaded.paths_by_id.get(id(items), path)
        for index, item in enumerate(items):
            if not isinstance(item, dict) or item.get(self.field) is None:
                continue
            key, here, values = self._place(item, f"{base}[{index}]", ctx)
            value = item[self.field]
            yield key, here, values, value, parse_number(value)

    def _place(
        self, item: dict[str, Any], path: str, ctx: DraftContext
    ) -> tuple[Any, str, dict[str, Any]]:
        """An item's group key, the path of its number and the message values."""
        group = self.group_by.search(item, ctx) if self.group_by is not None else None
        key = group if isinstance(group, (str, int, float, bool)) or group is None else str(group)
        where = f" in {group}" if group not in (None, "") else ""
        here = field_path(ctx.loaded.paths_by_id.get(id(item), path), self.field)
        values = {
            "value": item[self.field],
            "group": group if group is not None else "",
            "where": where,
        }
        return key, here, values

    def _next(self, previous: Number | None, number: Number) -> list[Number]:
        """The numbers that may follow `previous` (`number` only shapes the first one)."""
        if previous is None:
            return [(*number[:-1], self.start)]
        allowed = [(*previous[:-1], previous[-1] + 1)]
        if len(previous) > 1:
            allowed.append((*previous[:-2], previous[-2] + 1, self.start))
        return allowed


def parse_number(value: Any) -> Number | None:
    """3 -> (3,); "1.2" -> (1, 2); anything else (a bool, "1a", "") -> None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return (value,)
    if isinstance(value, str) and _DOTTED.fullmatch(value.strip()):
        return tuple(int(part) for part in value.strip().split("."))
    return None


def show_number(number: Number) -> str:
    """(1, 2) -> "1.2"."""
    return ".".join(map(str, number))
