"""`substitution`: phrases that should be written another way ("formally known as")."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from pydantic import PrivateAttr

from peelcheck.checks.api import Check, field_texts, register
from peelcheck.checks.data import lookup
from peelcheck.engine.contract import Hit
from peelcheck.prose.phrases import PhraseMatch, Phrases, phrase_screen
from peelcheck.prose.words import keep_case, normalise

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
    _pairs: list[str] = PrivateAttr(default_factory=list)
    _screen: Any = PrivateAttr(default=None)  # built on first use, as the list's own

    def prepare(self, pack: PackData) -> None:
        pairs: dict[str, str] = lookup(
            pack, self.pairs, dict[str, str], "a mapping from a wrong phrase to the right one"
        )
        self._phrases = Phrases(pairs.items())
        self._pairs = list(pairs)

    def may_report(self, ctx: DraftContext) -> bool:
        return self._phrases is not None and self._phrases.may_occur(ctx.corpus)

    def run(self, node: Any, path: str, ctx: DraftContext) -> Iterator[Hit]:
        if self._phrases is None:
            return
        if self._screen is None:
            self._screen = phrase_screen({normalise(wrong) for wrong in self._pairs} - {""})
        for where, text in field_texts(node, path, self.fields):
            for match in screened_finditer(self._phrases, self._screen, text):
                found = text[match.start : match.end]
                yield Hit(
                    where,
                    {"match": found, "fix": keep_case(found, match.label)},
                    text=text,
                    span=(match.start, match.end),
                )


L = TypeVar("L")


def screened_finditer(phrases: Phrases[L], screen: Any, text: str) -> Iterator[PhraseMatch[L]]:
    """`phrases.finditer(text)`, with Python's `re` tried only where `screen` matches.

    `screen` is `phrase_screen` of the list's phrases: it matches at least at every place
    one of them starts, so the leftmost place it matches from some point on is the first
    place a phrase can start. Python's pattern, tried at every character, cost more on
    long texts than the rest of the check; RE2 finds those places in one linear pass.
    """
    try:
        data = text.encode(_UTF8)
    except UnicodeEncodeError:  # a lone surrogate: RE2 could match inside its bytes
        yield from phrases.finditer(text)
        return
    ascii_only = len(data) == len(text)
    at = at_byte = 0  # where the search goes on, in characters and in bytes
    while (candidate := screen.search(data, at_byte)) is not None:
        found_byte = candidate.start()
        # the same place in characters: decode only the bytes since the last place
        start = found_byte if ascii_only else at + len(data[at_byte:found_byte].decode(_UTF8))
        found = phrases.starting_at(text, start, len(text))
        if found is not None and found.start == start:
            yield found
            at = found.end
        else:
            at = start + 1
        at_byte = found_byte + len(text[start:at].encode(_UTF8))


_UTF8 = "utf-8"
