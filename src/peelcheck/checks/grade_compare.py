"""`grade-compare`: compare a grade with other grades on the draft's ordered scale."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Literal

from pydantic import Field, model_validator

from peelcheck.checks.api import Check, field_path, register
from peelcheck.checks.fields import QueryText
from peelcheck.engine.contract import Hit
from peelcheck.engine.query import compile_query

if TYPE_CHECKING:
    from peelcheck.engine.context import DraftContext
    from peelcheck.engine.facts import PackData


@register
class GradeCompare(Check):
    """Compare the node's grade (`grade`, a JMESPath, default `grade`) on the scale.

    `op` is one of:
    - `within-range`: between the best and worst of the grades `against` yields;
    - `majority`: equal to the grade that holds a strict majority of `against`, if any,
      or to that grade lowered to the grade `cap` yields (a JMESPath on the node; null:
      no cap), so that a rule against the majority grade and this one can both be met;
    - `at-most`: no better than `limit` (a grade) or the grade `against` yields;
    - `at-least`: no worse than `limit` or `against`;
    - `equals`: the same as `limit` or `against`.
    Values that are not grades on the scale (Ungraded, typos) are left out on both sides:
    `grade-on-scale` reports those. The finding points at field `at` (default `grade`).
    Message values: `{best}`, `{worst}`, `{majority}`, `{expected}` (the majority, capped),
    `{limit}`, `{grades}`, `{count}`.

    Example: the overall grade lies between its questions' best and worst grades.

        given: overall
        check: {type: grade-compare, op: within-range, against: "questions_of(@)[*].grade"}
    """

    type: Literal["grade-compare"]
    op: Literal["within-range", "majority", "at-most", "at-least", "equals"]
    grade: QueryText = Field(default_factory=lambda: compile_query("grade"))
    against: QueryText | None = None
    limit: str | None = None
    cap: QueryText | None = None
    at: str | None = "grade"

    @model_validator(mode="after")
    def _operands(self) -> GradeCompare:
        if self.op in ("within-range", "majority") and self.against is None:
            raise ValueError(f"op {self.op} needs `against` (a list of grades)")
        if self.op in ("at-most", "at-least", "equals") and (self.against is None) == (
            self.limit is None
        ):
            raise ValueError(f"op {self.op} needs exactly one of `limit` or `against`")
        if self.cap is not None and self.op != "majority":
            raise ValueError("`cap` applies to op majority only")
        return self

    def prepare(self, pack: PackData) -> None:
        words = pack.all_grade_words()
        if self.limit is not None and words and self.limit not in words:
            raise ValueError(f"limit {self.limit!r} is on no declared scale")

    def run(self, node: Any, path: str, ctx: DraftContext) -> Iterator[Hit]:
        grade = self.grade.search(node, ctx)
        rank = ctx.rank(grade)
        if rank is None:
            return
        others = self._others(node, ctx)
        ranked = sorted(r for r in (ctx.rank(g) for g in others) if r is not None)
        if not ranked or ctx.scale is None:
            return
        scale = ctx.scale.grades
        values: dict[str, Any] = {
            "best": scale[ranked[0]],
            "worst": scale[ranked[-1]],
            "grades": ", ".join(scale[r] for r in ranked),
            "count": len(ranked),
        }
        if self.op == "within-range":
            failed = not ranked[0] <= rank <= ranked[-1]
        elif self.op == "majority":
            top, votes = Counter(ranked).most_common(1)[0]
            cap = ctx.rank(self.cap.search(node, ctx)) if self.cap is not None else None
            expected = top if cap is None else max(top, cap)
            values["majority"] = scale[top]
            values["expected"] = scale[expected]
            failed = votes * 2 > len(ranked) and rank not in (top, expected)
        else:
            limit = ranked[0] if self.limit is None else ctx.rank(self.limit)
            if limit is None:
                return  # the limit is on another scale than this draft's
            values["limit"] = scale[limit]
            failed = {
                "at-most": rank < limit,
                "at-least": rank > limit,
                "equals": rank != limit,
            }[self.op]
        if failed:
            yield Hit(field_path(path, self.at), values, snippet=str(grade))

    def _others(self, node: Any, ctx: DraftContext) -> list[Any]:
        if self.against is None:
            return [self.limit]
        found = self.against.search(node, ctx)
        return found if isinstance(found, list) else [found]
