"""`one-spelling`: a word written with its hyphen and closed up in one draft
("re-offending" and "reoffending")."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, Literal

import re2
from pydantic import PrivateAttr

from peelcheck.checks.api import Check, field_texts, register
from peelcheck.checks.data import lookup
from peelcheck.engine.contract import Hit
from peelcheck.prose.screens import SCREEN_OPTIONS

if TYPE_CHECKING:
    from peelcheck.engine.context import DraftContext
    from peelcheck.engine.facts import PackData

# letters joined by hyphens ("re-offending", "co-ordinated", "anti-social"); no digits
_HYPHENATED = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+\Z")


@register
class OneSpelling(Check):
    """A word is written one way in a draft: not with its hyphen in one place and closed
    up in another ("re-offending" here, "reoffending" there).

    The draft's texts are counted together (case is ignored), and each occurrence of the
    form written fewer times, in the texts of `fields`, is reported with the other form;
    when both are written as often, the hyphenated one is reported. Words in the pack data
    list `different` are other words when closed up ("re-cover" is not "recover") and are
    not reported. Message values: `{match}` (the form reported, as written), `{other}` (the
    other form as the draft first writes it) and `{count}` (how often the draft writes it).

    Example:

        given: "questions[*]"
        check: {type: one-spelling, fields: [narrative], different: different_when_closed}
    """

    type: Literal["one-spelling"]
    fields: list[str]
    different: str | None = None
    _different: frozenset[str] = PrivateAttr(default_factory=frozenset)
    # the draft last read, and its two-way words: the form to report (lower case) -> the
    # other form as first written and how often the draft writes it
    _draft: Any = PrivateAttr(default=None)
    _odd: dict[str, tuple[str, int]] = PrivateAttr(default_factory=dict)

    def prepare(self, pack: PackData) -> None:
        if self.different is not None:
            found: list[str] = lookup(pack, self.different, list[str], "a list of words")
            self._different = frozenset(w.lower() for w in found)

    def may_report(self, ctx: DraftContext) -> bool:
        return "-" in ctx.corpus_text

    def run(self, node: Any, path: str, ctx: DraftContext) -> Iterator[Hit]:
        odd = self._odd_forms(ctx)
        if not odd:
            return
        for where, text in field_texts(node, path, self.fields):
            lower = text.lower()
            if len(lower) != len(text):
                continue  # a letter whose lower case is longer: places would not match
            spans = [
                *hyphenated_words(text),
                *(span for word in odd if "-" not in word for span in _word_spans(lower, word)),
            ]
            for start, end in sorted(spans):
                found = odd.get(lower[start:end])
                if found is not None:
                    other, count = found
                    yield Hit(
                        where,
                        {"match": text[start:end], "other": other, "count": count},
                        text=text,
                        span=(start, end),
                    )

    def _odd_forms(self, ctx: DraftContext) -> dict[str, tuple[str, int]]:
        """Of each word the draft writes both ways, the form written fewer times (the
        hyphenated one on a tie); worked out once a draft."""
        if self._draft is not ctx:
            corpus = ctx.corpus_text
            lower = corpus.lower()
            hyphenated: dict[str, list[int]] = {}
            for start, end in hyphenated_words(lower):
                hyphenated.setdefault(lower[start:end], []).append(start)
            self._odd = {}
            present = _present(lower, hyphenated)
            for word, starts in hyphenated.items():
                closed = word.replace("-", "")
                if word in self._different or (present is not None and closed not in present):
                    continue
                places = list(_word_spans(lower, closed))
                if not places:
                    continue
                if len(places) < len(starts):
                    at = starts[0]
                    self._odd[closed] = (corpus[at : at + len(word)], len(starts))
                else:
                    at = places[0][0]
                    self._odd[word] = (corpus[at : at + len(closed)], len(places))
            self._draft = ctx
        return self._odd


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


def _present(lower: str, hyphenated: Iterable[str]) -> set[str] | None:
    """Of the closed forms of `hyphenated`, those `lower` holds anywhere (a superset of
    those it holds as words), from one RE2 scan of a set of them all; None where a
    `str.find` pass per form costs less (a draft of real size), or the set cannot answer.

    A full-length draft holds some twenty hyphenated words, each searched closed over
    100 KB; the set's scan and compile cost about a third of that.
    """
    closed = [word.replace("-", "") for word in hyphenated]
    if len(closed) * len(lower) < SCAN_AT_ONCE:
        return None
    try:
        data = lower.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: search each form
        return None
    forms = re2.Set.SearchSet(SCREEN_OPTIONS)
    try:
        for form in closed:
            forms.Add(re2.escape(form))
        forms.Add("")  # matches every text, so that an empty answer is a failure
        forms.Compile()
    except re2.error:
        return None
    found = forms.Match(data)
    if not found:  # RE2's set ran out of memory: search each form
        return None
    return {closed[index] for index in found if index < len(closed)}


# Closed forms times characters of the draft from which one scan of a set of them all costs
# less than a `str.find` pass per form (about 0.5 ns a character, against 2.5 for the set)
SCAN_AT_ONCE = 1_000_000


def _word_spans(lower: str, word: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each place `word` stands in `lower` as a word of its own (no
    letter, digit or hyphen on either side)."""
    at = lower.find(word)
    while at >= 0:
        end = at + len(word)
        before = lower[at - 1] if at else " "
        after = lower[end] if end < len(lower) else " "
        if not (before.isalnum() or before in "-_") and not (after.isalnum() or after in "-_"):
            yield at, end
        at = lower.find(word, at + 1)
