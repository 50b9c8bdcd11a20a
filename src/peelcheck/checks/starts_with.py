"""`starts-with`: text starts with one of the phrases a query chooses for the draft."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Literal

from peelcheck.checks.api import Check, field_path, field_value, register
from peelcheck.checks.cut_end import cut_word
from peelcheck.checks.fields import Pattern, QueryText
from peelcheck.engine.contract import Hit

if TYPE_CHECKING:
    from peelcheck.engine.context import DraftContext

_OPENING_WORDS = 4


@register
class StartsWith(Check):
    """Text in `field` (a string, or each string of a list) starts with one of `phrases`.

    `phrases` is a JMESPath on the node giving a string or a list of strings, so the phrase
    may depend on the draft (`context('programme')`). `skip` (RE2, optional) is a preamble
    allowed before the phrase, e.g. "The following area for improvement from 2016 remains:".
    With `after_context: true` the phrase may instead open the second sentence, after one
    sentence of context ("Sussex Police acknowledges that ... . The force needs to do more
    ..."). Comparison is exact, case included. The finding points at the text's opening words.
    Message values: `{opening}` (the first words), `{expected}` (the phrases, quoted and
    joined by " or "), `{item}` (1-based position in a list; "" for a single text).

    Example: areas for improvement start with the programme's phrase.

        given: "questions[*]"
        check:
          type: starts-with
          field: areas_for_improvement
          phrases: "context('programme') == 'FRS' && 'The service should' || 'The force should'"
    """

    type: Literal["starts-with"]
    field: str | None = None
    phrases: QueryText
    skip: Pattern | None = None
    after_context: bool = False

    def run(self, node: Any, path: str, ctx: DraftContext) -> Iterator[Hit]:
        value = field_value(node, self.field)
        if value is None:
            return  # no text: the phrases are not worked out (a query per node)
        where = field_path(path, self.field)
        found = self.phrases.search(node, ctx)
        phrases = [p for p in (found if isinstance(found, list) else [found]) if isinstance(p, str)]
        if not phrases:
            return
        texts = list(enumerate(value, 1)) if isinstance(value, list) else [(0, value)]
        for item, text in texts:
            if not isinstance(text, str) or not text.strip():
                continue
            start = len(text) - len(text.lstrip())
            if self.skip is not None:
                preamble = self.skip.match(text, start)
                if preamble is not None:
                    start = preamble.end()
            if text.startswith(tuple(phrases), start):
                continue
            at = f"{where}[{item - 1}]" if item else where
            if _cut_inside_a_phrase(ctx, at, text, start, phrases):
                continue
            if self.after_context and self._second_sentence_starts(text, start, phrases, ctx):
                continue
            opening = " ".join(text[start:].split()[:_OPENING_WORDS])
            end = text.find(opening, start) + len(opening) if opening else len(text)
            yield Hit(
                at,
                {
                    "opening": opening,
                    "expected": " or ".join(f"'{p}'" for p in phrases),
                    "item": item or "",
                },
                text=text,
                span=(start, max(end, start)),
            )

    @staticmethod
    def _second_sentence_starts(
        text: str, start: int, phrases: list[str], ctx: DraftContext
    ) -> bool:
        """Whether the sentence after the one at `start` opens with one of `phrases`."""
        spans = [span for span in ctx.sentences(text) if span[0] >= start]
        return len(spans) > 1 and text.startswith(tuple(phrases), spans[1][0])


def _cut_inside_a_phrase(
    ctx: DraftContext, where: str, text: str, start: int, phrases: list[str]
) -> bool:
    """Whether an excerpt's copy was cut before the opening could be read: the text, cut
    inside its last word, is how one of `phrases` begins ("The b", of "The brigade should")."""
    opening = text[start:].rstrip()
    return cut_word(ctx, where, text) is not None and any(p.startswith(opening) for p in phrases)
