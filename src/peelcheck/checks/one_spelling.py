"""`one-spelling`: a word written with its hyphen and closed up in one draft
("re-offending" and "reoffending")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Literal

from pydantic import PrivateAttr

from peelcheck.checks.api import Check, field_texts, register
from peelcheck.checks.data import lookup
from peelcheck.engine.contract import Hit

if TYPE_CHECKING:
    from peelcheck.engine.context import DraftContext
    from peelcheck.engine.facts import PackData

# letters joined by hyphens ("re-offending", "co-ordinated", "anti-social"); no digits
_HYPHENATED = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+\Z")


@register
class OneSpelling(Check):
    """A hyphenated word in the texts of `fields` is not also written closed up anywhere
    in the draft ("re-offending" here, "reoffending" there).

    Each hyphenated occurrence is reported once the draft writes the same letters without
    the hyphen as a word of its own (case is ignored). Words in the pack data list
    `different` are other words when closed up ("re-cover" is not "recover") and are not
    reported. Message values: `{match}` (the hyphenated word as written) and `{other}`
    (the closed form as the draft first writes it).

    Example:

        given: "questions[*]"
        check: {type: one-spelling, fields: [narrative], different: different_when_closed}
    """

    type: Literal["one-spelling"]
    fields: list[str]
    different: str | None = None
    _different: frozenset[str] = PrivateAttr(default_factory=frozenset)
    # the draft last read and its hyphenated words' closed forms as written (lower -> text)
    _draft: Any = PrivateAttr(default=None)
    _closed: dict[str, str] = PrivateAttr(default_factory=dict)

    def prepare(self, pack: PackData) -> None:
        if self.different is not None:
            found: list[str] = lookup(pack, self.different, list[str], "a list of words")
            self._different = frozenset(w.lower() for w in found)

    def may_report(self, ctx: DraftContext) -> bool:
        return "-" in ctx.corpus_text

    def run(self, node: Any, path: str, ctx: DraftContext) -> Iterator[Hit]:
        closed = self._closed_forms(ctx)
        if not closed:
            return
        for where, text in field_texts(node, path, self.fields):
            if "-" not in text:
                continue
            for start, end in hyphenated_words(text):
                other = closed.get(text[start:end].lower())
                if other is not None:
                    yield Hit(
                        where,
                        {"match": text[start:end], "other": other},
                        text=text,
                        span=(start, end),
                    )

    def _closed_forms(self, ctx: DraftContext) -> dict[str, str]:
        """The draft's hyphenated words (lower case) that it also writes closed up, each
        with its closed form as first written; worked out once a draft."""
        if self._draft is not ctx:
            corpus = ctx.corpus_text
            lower = corpus.lower()
            hyphenated = {lower[start:end] for start, end in hyphenated_words(lower)}
            self._closed = {}
            for word in hyphenated - self._different:
                at = _word_at(lower, word.replace("-", ""))
                if at >= 0:
                    self._closed[word] = corpus[at : at + len(word) - word.count("-")]
            self._draft = ctx
        return self._closed


def hyphenated_words(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each word of letters joined by hyphens in `text`, found from its
    hyphens (few) rather than tried at every character."""
    done = 0
    at = text.find("-")
    while at >= 0:
        if at >= done and 0 < at < len(text) - 1 and text[at - 1].isalpha():
            start, end = at, at
            while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-_"):
                start -= 1
            while end < len(text) and (text[end].isalnum() or text[end] in "-_"):
                end += 1
            done = end
            if _HYPHENATED.match(text, start, end):
                yield start, end
        at = text.find("-", at + 1)


def _word_at(lower: str, word: str) -> int:
    """Where `word` first stands in `lower` as a word of its own (no letter, digit or
    hyphen on either side), else -1."""
    at = lower.find(word)
    while at >= 0:
        end = at + len(word)
        before = lower[at - 1] if at else " "
        after = lower[end] if end < len(lower) else " "
        if not (before.isalnum() or before in "-_") and not (after.isalnum() or after in "-_"):
            return at
        at = lower.find(word, at + 1)
    return -1
