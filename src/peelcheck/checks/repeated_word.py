"""`repeated-word`: the same word twice in a row ("the the")."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Literal

from pydantic import PrivateAttr

from peelcheck.checks.api import Check, field_texts, register
from peelcheck.checks.data import lookup
from peelcheck.engine.contract import Hit
from peelcheck.prose.words import may_repeat_word, repeated_words

if TYPE_CHECKING:
    from peelcheck.engine.context import DraftContext
    from peelcheck.engine.facts import PackData


@register
class RepeatedWord(Check):
    """Texts in `fields` do not repeat a word with only spaces between ("the the").

    Case is ignored ("The the"), but two capitalised words are taken for a name and a
    blank line or any punctuation between the words ends the check. Words in the pack data
    list `allowed` may repeat ("had had", "that that"). Message values: `{match}` (the two
    words as written), `{word}` and `{first}` (the first of the two as written).

    Example:

        given: "questions[*]"
        check: {type: repeated-word, fields: [narrative], allowed: repeatable_words}
    """

    type: Literal["repeated-word"]
    fields: list[str]
    allowed: str | None = None
    _allowed: set[str] = PrivateAttr(default_factory=set)

    def prepare(self, pack: PackData) -> None:
        if self.allowed is not None:
            found: list[str] = lookup(pack, self.allowed, list[str], "a list of words")
            self._allowed = {w.casefold() for w in found}

    def may_report(self, ctx: DraftContext) -> bool:
        return may_repeat_word(ctx.corpus_text, ctx.corpus)

    def run(self, node: Any, path: str, ctx: DraftContext) -> Iterator[Hit]:
        for where, text in field_texts(node, path, self.fields):
            for start, end, second in repeated_words(text):
                first, again = text[start : start + end - second], text[second:end]
                if first.casefold() in self._allowed or (first[0].isupper() and again[0].isupper()):
                    continue
                yield Hit(
                    where,
                    {"match": text[start:end], "word": again, "first": first},
                    text=text,
                    span=(start, end),
                )
