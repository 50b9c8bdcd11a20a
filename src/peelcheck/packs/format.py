"""The rule pack format (version 1): pydantic models, the source of `schemas/rules.schema.json`.

A pack is data: which drafts it applies to, grade scales and cycle facts, named data (phrase
lists, tables) and rules. A rule selects nodes with JMESPath (`given`), optionally filters
them (`when`), applies one named check, and renders a message template.
"""

from __future__ import annotations

import string
from typing import TYPE_CHECKING, Annotated, Any, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, field_validator

from peelcheck.checks.api import Check, registry
from peelcheck.checks.fields import QueryText
from peelcheck.core.versions import Version1
from peelcheck.draft.model import Cycle, Programme
from peelcheck.engine.facts import AppliesTo, CycleFacts, Scale
from peelcheck.engine.query import compile_query
from peelcheck.packs.aliases import ALIAS_NAME, SelectorText


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, arbitrary_types_allowed=True)


if TYPE_CHECKING:
    CheckSpec = Check
else:
    CheckSpec = Annotated[
        Union[tuple(registry().values())],  # noqa: UP007 (a runtime-built union)
        Field(discriminator="type"),
    ]


class Example(_Strict):
    """Draft fragments for `peelcheck explain`: one the rule flags, one it accepts."""

    flagged: str
    fixed: str | None = None


class RuleFix(_Strict):
    """How to correct what a rule flags: the words to write instead of the flagged ones."""

    replacement: str = Field(
        description="Template over the check's values, as in `message` (`{before}. {after}`, "
        "`{fix}`): the text written instead of the flagged words."
    )
    safe: bool = Field(
        default=False,
        description="True when the fix is always right (`check --fix` applies it); false when "
        "a person must decide (`--unsafe-fixes`).",
    )

    @field_validator("replacement")
    @classmethod
    def _template_fields_are_names(cls, value: str) -> str:
        return _plain_template(value, "fix replacement")


def _plain_template(value: str, what: str) -> str:
    """The template, when each of its placeholders is a plain field name."""
    for _, name, spec, conversion in string.Formatter().parse(value):
        if name is not None and (not name.isidentifier() or spec or conversion):
            raise ValueError(
                f"{what} placeholder {{{name}}} must be a plain field name such as {{grade}}"
            )
    return value


class Rule(_Strict):
    """One rule: select nodes, filter them, check them, say what is wrong."""

    id: str = Field(pattern=r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$", description="Stable, kebab-case.")
    severity: Literal["error", "warning", "info"]
    description: str = Field(
        description="What it does and why it matters (shown by `peelcheck explain`)."
    )
    rationale: str | None = None
    url: str | None = None
    applies_to: AppliesTo | None = None
    given: SelectorText = Field(
        default_factory=lambda: compile_query("@"),
        description="JMESPath selecting the nodes to check; a list result is a set of nodes. "
        "May start with a pack alias (`#questions`).",
    )
    when: SelectorText | None = Field(
        default=None, description="JMESPath evaluated on each node; falsy skips the node."
    )
    check: CheckSpec
    message: str = Field(description="Template; {field} quotes the node's field or a check value.")
    fix: RuleFix | None = Field(
        default=None, description="The fix of what the rule flags (optional)."
    )
    example: Example | None = None

    @field_validator("message")
    @classmethod
    def _template_fields_are_names(cls, value: str) -> str:
        return _plain_template(value, "message")


class RuleFile(_Strict):
    """A rule pack file."""

    model_config = ConfigDict(title="peelcheck rule pack")

    peelcheck_rules: Version1 = Field(alias="peelcheck-rules", description="Format version.")
    pack: str = Field(pattern=r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")
    description: str
    extends: list[str] = Field(
        default_factory=list,
        description="Packs this one builds on: a built-in name or a path relative to this file.",
    )
    applies_to: AppliesTo | None = None
    scales: dict[str, Scale] = Field(default_factory=dict)
    programmes: dict[Programme, dict[Cycle, CycleFacts]] = Field(default_factory=dict)
    tables: dict[str, str] = Field(
        default_factory=dict, description="Named CSV tables, paths relative to this file."
    )
    dictionaries: dict[str, str] = Field(
        default_factory=dict,
        description="Named spelling word lists (one word a line; `.gz` gzipped), paths "
        "relative to this file. Read only by a rule that uses one, when it first runs.",
    )
    frameworks: str | None = Field(
        default=None, description="Path of the frameworks file, relative to this file."
    )
    data: dict[str, Any] = Field(
        default_factory=dict, description="Named data the checks refer to (phrase lists...)."
    )
    aliases: dict[Annotated[str, Field(pattern=rf"^{ALIAS_NAME}$")], QueryText] = Field(
        default_factory=dict,
        description="Named selectors (JMESPath) that rules of this pack and of the packs "
        "extending it use as `given: '#name'`; a later pack may redefine one.",
    )
    rules: list[Rule] = Field(default_factory=list)
