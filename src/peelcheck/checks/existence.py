"""`existence`: a regular expression (RE2) found in texts, quoted, with a suggested fix."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Literal

from pydantic import Field, PrivateAttr, model_validator

from peelcheck.checks.api import Check, field_texts, register
from peelcheck.checks.data import lookup
from peelcheck.checks.fields import compile_pattern
from peelcheck.engine.contract import Hit

if TYPE_CHECKING:
    from peelcheck.engine.context import DraftContext
    from peelcheck.engine.facts import PackData

_DATA_NAME = re.compile(r"(?<!\\[pP])\{([A-Za-z_][A-Za-z0-9_]*)\}")  # not \p{Lu}
_GROUP = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


@register
class Existence(Check):
    """Report each match of a pattern in the texts of `fields` (strings or lists of them).

    `find` is an RE2 regular expression; `{name}` in it (not after `\\p`, as in `\\p{Lu}`)
    stands for the pack data list `name`, as alternatives matched literally (so a
    methodology team extends a word list, not a regular expression). `find_any` instead
    names a pack data list of RE2 patterns.
    `at` names the group that is flagged (default: the whole match); `fix` is a template
    of group names giving the text to write instead (`"{before}. {after}"`). `unless`
    maps a group to a pack data list of words: a match whose group is one of them (in any
    case) is not reported. `resume` names a group at whose start the search for the next
    match resumes, for patterns whose trailing context may begin the next match (the
    default resumes after the match). Message values: `{match}` (the flagged text),
    `{fix}`, and each named group. Where the patterns of `find_any` find overlapping
    words, only the first and longest match is reported.

    Example: a number range that lost its dash ("20 30").

        given: "questions[*]"
        check: {type: existence, fields: [narrative],
                find: "(?P<low>[1-9][0-9]*) (?P<high>[1-9][0-9]?)\\\\b", fix: "{low} to {high}"}
    """

    type: Literal["existence"]
    fields: list[str] = Field(min_length=1)
    find: str | None = None
    find_any: str | None = None
    at: str | None = None
    fix: str | None = None
    unless: dict[str, str] = Field(default_factory=dict)
    resume: str | None = None
    _patterns: list[Any] = PrivateAttr(default_factory=list)
    _any: Any = PrivateAttr(default=None)  # all of `find_any` in one: most texts match none
    _screen: Any = PrivateAttr(default=None)
    _unless: dict[str, set[str]] = PrivateAttr(default_factory=dict)

    @model_validator(mode="after")
    def _one_pattern(self) -> Existence:
        if (self.find is None) == (self.find_any is None):
            raise ValueError("give exactly one of `find` or `find_any`")
        return self

    def prepare(self, pack: PackData) -> None:
        if self.find is not None:
            self._patterns = [compile_pattern(self._expand(self.find, pack))]
        else:
            assert self.find_any is not None
            found: list[str] = lookup(pack, self.find_any, list[str], "a list of patterns")
            self._patterns = [compile_pattern(p) for p in found]
            if len(found) > 1:
                try:
                    self._any = compile_pattern("|".join(f"(?:{p})" for p in found))
                except ValueError:
                    self._any = None  # e.g. a group name used twice: search one by one
        self._screen = _screen(self._patterns if self._any is None else [self._any])
        groups: set[str] = set()
        for pattern in self._patterns:
            groups.update(pattern.groupindex)
        wanted = {name for name in (self.at, self.resume) if name}
        wanted |= set(_GROUP.findall(self.fix or "")) | set(self.unless)
        for name in sorted(wanted - groups):
            raise ValueError(f"the pattern has no group named {name!r}")
        for group, data in self.unless.items():
            words: list[str] = lookup(pack, data, list[str], "a list of words")
            self._unless[group] = {w.casefold() for w in words}

    @staticmethod
    def _expand(pattern: str, pack: PackData) -> str:
        def alternatives(match: re.Match[str]) -> str:
            items: list[str] = lookup(pack, match.group(1), list[str], "a list of phrases")
            ordered = sorted(items, key=len, reverse=True)  # longest first: RE2 takes the first
            return "(?:" + "|".join(_literal(item) for item in ordered) + ")"

        return _DATA_NAME.sub(alternatives, pattern)

    def may_report(self, ctx: DraftContext) -> bool:
        return self._screen is None or self._screen.search(ctx.corpus) is not None

    def run(self, node: Any, path: str, ctx: DraftContext) -> Iterator[Hit]:
        for where, text in field_texts(node, path, self.fields):
            if self._any is not None and self._any.search(text) is None:
                continue
            hits = [
                hit
                for pattern in self._patterns
                for match in self._matches(pattern, text)
                if (hit := self._hit(pattern, match, where, text)) is not None
            ]
            if len(self._patterns) == 1:
                yield from hits
                continue
            # several patterns may find the same words ("[XXX]", "XXX"): report them once,
            # as the longest match
            reached = -1
            for hit in sorted(hits, key=_widest_first):
                assert hit.span is not None
                if hit.span[0] >= reached:
                    reached = hit.span[1]
                    yield hit

    def _matches(self, pattern: Any, text: str) -> Iterator[Any]:
        if self.resume is None:
            yield from pattern.finditer(text, 0, len(text))
            return
        group = pattern.groupindex[self.resume]
        position = 0
        while position <= len(text):
            match = pattern.search(text, position, len(text))
            if match is None:
                return
            yield match
            resume = match.start(group)
            position = resume if resume > match.start() else max(match.end(), match.start() + 1)

    def _hit(self, pattern: Any, match: Any, where: str, text: str) -> Hit | None:
        groups = {k: v or "" for k, v in match.groupdict().items()}
        for group, excused in self._unless.items():
            if groups.get(group, "").casefold() in excused:
                return None
        if self.at is not None and self.at in pattern.groupindex:
            start, end = match.span(pattern.groupindex[self.at])
        else:
            start, end = match.span()
        if start < 0 or start == end:
            return None
        values: dict[str, Any] = {**groups, "match": text[start:end]}
        if self.fix is not None:
            values["fix"] = _GROUP.sub(lambda m: groups.get(m.group(1), ""), self.fix)
        return Hit(where, values, text=text, span=(start, end))


_TEXT_ANCHORS = re.compile(r"\\[Az]|\(\?[a-zA-Z]*-")  # \A, \z, or a flag turned off


def _screen(patterns: list[Any]) -> Any:
    """The pattern run over the draft's joined texts, or None when that could miss a match.

    In texts joined by line breaks, a match in one text is a match in the whole once `^`
    and `$` also match at line breaks (RE2's `(?m)`); `\\b` sees the same at a text's edge.
    Only anchors to the very start or end of a text (`\\A`, `\\z`) cannot be screened.
    """
    if len(patterns) != 1 or _TEXT_ANCHORS.search(patterns[0].pattern):
        return None
    try:
        return compile_pattern("(?m)" + patterns[0].pattern)
    except ValueError:
        return None


def _widest_first(hit: Hit) -> tuple[int, int]:
    assert hit.span is not None
    return hit.span[0], -hit.span[1]


def _literal(text: str) -> str:
    """`text` as an RE2 pattern matching it literally, any run of spaces matching white space."""
    return r"\s+".join(re.escape(word) for word in text.split())
