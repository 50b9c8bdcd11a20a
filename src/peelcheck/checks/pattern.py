"""`pattern`: regular expressions required in, or forbidden from, text."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Literal

from pydantic import model_validator

from peelcheck.checks.api import Check, field_path, field_value, register
from peelcheck.checks.fields import Pattern
from peelcheck.engine.contract import Hit

if TYPE_CHECKING:
    from peelcheck.engine.context import DraftContext


@register
class PatternCheck(Check):
    """Text in `field` must match `require`, or must not match `forbid` (RE2 syntax).

    `scope` says what is matched: `value` (the whole text, the default), `first-sentence`,
    `sentence` (each sentence on its own) or `items` (each string of a list field). A
    forbidden match is reported at its exact line and column, quoting `{match}`; a missing
    required match points at the text (or item, or sentence), quoting `{text}`.

    Example: no sentence runs on without a space after its full stop.

        given: "questions[*]"
        check: {type: pattern, field: narrative, forbid: "[a-z]{2}\\\\.[A-Z][a-z]"}
    """

    type: Literal["pattern"]
    field: str | None = None
    require: Pattern | None = None
    forbid: Pattern | None = None
    scope: Literal["value", "first-sentence", "sentence", "items"] = "value"

    @model_validator(mode="after")
    def _one_pattern(self) -> PatternCheck:
        if (self.require is None) == (self.forbid is None):
            raise ValueError("give exactly one of `require` or `forbid`")
        return self

    def run(self, node: Any, path: str, ctx: DraftContext) -> Iterator[Hit]:
        value = field_value(node, self.field)
        where = field_path(path, self.field)
        if self.scope == "items":
            if isinstance(value, list):
                for index, item in enumerate(value):
                    if isinstance(item, str):
                        yield from self._text(item, f"{where}[{index}]", 0, len(item))
            return
        if not isinstance(value, str) or not value.strip():
            return
        if self.scope == "value":
            yield from self._text(value, where, 0, len(value))
        elif self.scope == "first-sentence":
            span = ctx.first_sentence(value)
            if span:
                yield from self._text(value, where, *span)
        else:
            for start, end in ctx.sentences(value):
                yield from self._text(value, where, start, end)

    def _text(self, text: str, path: str, start: int, end: int) -> Iterator[Hit]:
        # matched on its own, so that ^ and $ match at a sentence's edges (RE2 searching
        # between two positions of a text matches them only at the text's)
        excerpt = text[start:end]
        if self.forbid is not None:
            for match in self.forbid.finditer(excerpt):
                span = (start + match.start(), start + match.end())
                yield Hit(path, {"match": match.group(0)}, text=text, span=span)
        elif self.require is not None and self.require.search(excerpt) is None:
            shown = excerpt if len(excerpt) <= 80 else excerpt[:77] + "..."
            yield Hit(path, {"text": shown}, text=text, span=(start, end), snippet=excerpt[:200])
