"""`implies`: if a condition holds, another must hold too; several such cases in one rule."""

from __future__ import annotations

import string
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, field_validator, model_validator

from peelcheck.checks.api import Check, register
from peelcheck.checks.fields import QueryText
from peelcheck.draft.sourcemap import join_path
from peelcheck.engine.contract import Hit
from peelcheck.engine.query import truthy

if TYPE_CHECKING:
    from peelcheck.engine.context import DraftContext


class Case(BaseModel):
    """One implication: `if` holds, so `then` must; `say` explains a failure."""

    model_config = ConfigDict(
        extra="forbid", strict=True, arbitrary_types_allowed=True, defer_build=True
    )

    if_: QueryText = Field(alias="if", description="JMESPath on the node; falsy skips the case.")
    then: QueryText = Field(description="JMESPath on the node that must then be truthy.")
    at: str | None = Field(
        default=None, description="Dotted field path the finding points at (default: the node)."
    )
    say: str = Field(
        default="",
        description="Why it failed and what to do: {reason} in the message. {name} "
        "placeholders take the node's fields and the check's `values`.",
    )

    @field_validator("say")
    @classmethod
    def _plain_placeholders(cls, value: str) -> str:
        for _, name, spec, conversion in string.Formatter().parse(value):
            if name is not None and (not name.isidentifier() or spec or conversion):
                raise ValueError(f"placeholder {{{name}}} in `say` must be a plain name")
        return value


@register
class Implies(Check):
    """Each case whose `if` holds on the node must have its `then` hold as well.

    Give one case inline (`if`, `then`, `at`, `say`) or a list of them in `cases`; each
    failing case is one finding, pointing at its `at` (a dotted field path such as
    `overall.grade`; absent fields point at their nearest parent). `values` names JMESPath
    expressions evaluated on the node; they fill `{name}` placeholders in `say` and in the
    rule's message. Message values: `{reason}` (the case's `say`, filled in) and `values`.

    Example: cycles that grade no pillar give no overall grade.

        given: "@"
        check:
          type: implies
          if: "!context('pillar_grades')"
          then: "!(overall.grade)"   # not !overall.grade: ! binds before the dot
          at: overall.grade
          say: "the {cycle} cycle has no overall grade; remove it"
          values: {cycle: "context('cycle')"}
    """

    type: Literal["implies"]
    if_: QueryText | None = Field(default=None, alias="if")
    then: QueryText | None = None
    at: str | None = None
    say: str = ""
    cases: list[Case] | None = None
    values: dict[str, QueryText] = Field(default_factory=dict)
    _all: list[Case] = PrivateAttr(default_factory=list)

    @model_validator(mode="after")
    def _one_form(self) -> Implies:
        inline = self.if_ is not None or self.then is not None
        if self.cases is not None:
            if inline or self.at is not None or self.say:
                raise ValueError("give either `cases` or one inline case (`if`, `then`), not both")
            if not self.cases:
                raise ValueError("`cases` needs at least one case")
            self._all = list(self.cases)
        elif self.if_ is None or self.then is None:
            raise ValueError("give `if` and `then` (or a list of `cases`)")
        else:
            inline_case = {"if": self.if_, "then": self.then, "at": self.at, "say": self.say}
            self._all = [Case.model_validate(inline_case)]
        return self

    def run(self, node: Any, path: str, ctx: DraftContext) -> Iterator[Hit]:
        computed: dict[str, Any] | None = None
        for case in self._all:
            if not truthy(case.if_.search(node, ctx)) or truthy(case.then.search(node, ctx)):
                continue
            if computed is None:
                computed = {
                    name: _show(query.search(node, ctx)) for name, query in self.values.items()
                }
            fill = _Blank()
            if isinstance(node, dict):
                fill.update(
                    {k: _show(v) for k, v in node.items() if not isinstance(v, (dict, list))}
                )
            fill.update(computed)
            where = path
            for part in case.at.split(".") if case.at else []:
                where = join_path(where, part)
            yield Hit(where, {**computed, "reason": case.say.format_map(fill)})


class _Blank(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return ""


def _show(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(map(_show, value))
    return "" if value is None else str(value)
