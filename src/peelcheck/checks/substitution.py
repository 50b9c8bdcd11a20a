"""`substitution`: phrases that should be written another way ("formally known as")."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Literal

from pydantic import PrivateAttr

from peelcheck.checks.api import Check, field_texts, register
from peelcheck.checks.data import lookup
from peelcheck.engine.contract import Hit
from peelcheck.prose.phrases import Phrases
from peelcheck.prose.words import keep_case

if TYPE_CHECKING:
    from peelcheck.engine.context import DraftContext
    from peelcheck.engine.facts import PackData


@register
class Substitution(Check):
    """Texts in `fields` do not use the wrong phrases of the pack data `pairs`.

    `pairs` maps a wrong phrase to the right one (`formally known as: formerly known
    as`). Phrases match as whole words, ignoring case and the amount of white space; the
    suggestion keeps the capitals of the text. Each use is reported at its place. Message
    values: `{match}` (as written) and `{fix}`.

    Example:

        given: "questions[*]"
        check: {type: substitution, fields: [narrative], pairs: confused_words}
    """

    type: Literal["substitution"]
    fields: list[str]
    pairs: str
    _phrases: Phrases[str] | None = PrivateAttr(default=None)

    def prepare(self, pack: PackData) -> None:
        pairs: dict[str, str] = lookup(
            pack, self.pairs, dict[str, str], "a mapping from a wrong phrase to the right one"
        )
        self._phrases = Phrases(pairs.items())

    def may_report(self, ctx: DraftContext) -> bool:
        return self._phrases is not None and self._phrases.may_occur(ctx.corpus)

    def run(self, node: Any, path: str, ctx: DraftContext) -> Iterator[Hit]:
        if self._phrases is None:
            return
        for where, text in field_texts(node, path, self.fields):
            for match in self._phrases.finditer_screened(text):
                found = text[match.start : match.end]
                yield Hit(
                    where,
                    {"match": found, "fix": keep_case(found, match.label)},
                    text=text,
                    span=(match.start, match.end),
                )
