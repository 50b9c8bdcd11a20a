"""`year-on-year`: "the same as last year", "improved", "deteriorated" agree with the grades."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Literal

from pydantic import Field, PrivateAttr

from peelcheck.checks.api import Check, field_path, field_value, register
from peelcheck.checks.data import grade_phrases, lookup, phrase_list
from peelcheck.checks.fields import QueryText
from peelcheck.engine.contract import Hit
from peelcheck.engine.query import compile_query
from peelcheck.prose.phrases import Phrases
from peelcheck.prose.words import shorten

if TYPE_CHECKING:
    from peelcheck.engine.context import DraftContext
    from peelcheck.engine.facts import PackData

Relation = Literal["same", "different", "better", "worse", "first"]


@register
class YearOnYear(Check):
    """Sentences of `field` comparing this grade with last year's agree with the grades.

    `relations` names pack data mapping a relation to phrases: `same` ("the same as last
    year"), `different` ("not consistent with last year"), `better` ("improved since"),
    `worse` ("deteriorated since"), `first` ("the first year HMIC has graded"). A sentence
    counts only if it is about the judgment: it holds a phrase of `anchors` (e.g.
    "judgment", "grade") or of `intros`, phrases that introduce last year's grade ("when
    we judged the force to be"), followed by a grade in words (`grade_words`: grade ->
    phrases, default the grade in lower case). The grades are `grade` and `previous`
    (JMESPaths); when `previous` is absent, the grade the sentence gives for last year is
    used. A stated last-year grade that differs from `previous` is reported too.

    Message values: `{statement}` (the comparing phrase), `{problem}` (what disagrees),
    `{sentence}`.

    Example:

        given: "[overall, pillars[]][]"
        check: {type: year-on-year, field: summary, relations: year_on_year,
                anchors: judgement_anchors, intros: previous_grade_intros}
    """

    type: Literal["year-on-year"]
    field: str
    grade: QueryText = Field(default_factory=lambda: compile_query("grade"))
    previous: QueryText = Field(default_factory=lambda: compile_query("previous_grade"))
    relations: str
    anchors: str
    intros: str
    grade_words: str | None = None
    _relations: Phrases[str] | None = PrivateAttr(default=None)
    _anchors: Phrases[str] | None = PrivateAttr(default=None)
    _intros: Phrases[str] | None = PrivateAttr(default=None)
    _grade_words: dict[str, list[str]] = PrivateAttr(default_factory=dict)
    _by_scale: dict[tuple[str, ...], Phrases[str]] = PrivateAttr(default_factory=dict)

    def prepare(self, pack: PackData) -> None:
        found: dict[Relation, list[str]] = lookup(
            pack,
            self.relations,
            dict[Relation, list[str]],
            "a mapping from same, different, better, worse or first to phrases",
        )
        self._relations = Phrases((p, kind) for kind, phrases in found.items() for p in phrases)
        self._anchors = phrase_list(pack, self.anchors)
        self._intros = phrase_list(pack, self.intros)
        if self.grade_words is not None:
            self._grade_words = grade_phrases(pack, self.grade_words)

    def run(self, node: Any, path: str, ctx: DraftContext) -> Iterator[Hit]:
        text = field_value(node, self.field)
        if not isinstance(text, str) or not text.strip() or ctx.scale is None:
            return
        assert self._relations is not None and self._anchors is not None
        assert self._intros is not None
        grade = self.grade.search(node, ctx)
        previous = self.previous.search(node, ctx)
        previous = previous if ctx.is_grade(previous) else None
        named = self._named_grades(tuple(ctx.scale.grades))
        for start, end in ctx.sentences(text):
            relation = next(self._relations.finditer(text, start, end), None)
            if relation is None:
                continue
            intro = next(self._intros.finditer(text, start, end), None)
            said = named.starting_at(text, intro.end, end) if intro else None
            if said is None and next(self._anchors.finditer(text, start, end), None) is None:
                continue  # "improved" about something else than the judgment
            problem = _problem(relation.label, grade, previous, said.label if said else None, ctx)
            if problem:
                yield Hit(
                    field_path(path, self.field),
                    {
                        "statement": text[relation.start : relation.end],
                        "problem": problem,
                        "sentence": shorten(text[start:end]),
                    },
                    text=text,
                    span=(relation.start, relation.end),
                )

    def _named_grades(self, scale: tuple[str, ...]) -> Phrases[str]:
        if scale not in self._by_scale:
            labelled = [(g.lower(), g) for g in scale]
            labelled += [(p, g) for g, ps in self._grade_words.items() if g in scale for p in ps]
            self._by_scale[scale] = Phrases(labelled)
        return self._by_scale[scale]


def _problem(
    relation: str, grade: Any, previous: str | None, said: str | None, ctx: DraftContext
) -> str:
    """What disagrees, or "" when the sentence and the grades agree."""
    if relation == "first":
        return f"previous_grade gives last year's grade ({previous})" if previous else ""
    if said is not None and previous is not None and said != previous:
        return f"it gives last year's grade as {said} and previous_grade is {previous}"
    before = previous or said
    now, then = ctx.rank(grade), ctx.rank(before)
    if now is None or then is None:
        return ""
    agrees = {
        "same": now == then,
        "different": now != then,
        "better": now < then,
        "worse": now > then,
    }[relation]
    if agrees:
        return ""
    return f"the grade is {grade} and last year's was {before}"
