"""`judgement`: sentences that state a grade ("Gwent Police is good at ...") agree with a grade."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Literal

from pydantic import Field, PrivateAttr

from peelcheck.checks.api import Check, blank, field_path, field_value, register
from peelcheck.checks.data import lookup
from peelcheck.checks.fields import QueryText
from peelcheck.checks.judgement_phrases import Judgements, Subjects, stated
from peelcheck.checks.other_names import NameTable, other_names
from peelcheck.checks.qualified import Qualifiers, qualified_judgment
from peelcheck.engine.contract import Hit
from peelcheck.engine.query import compile_query
from peelcheck.prose.judgment import Judgment, of_scale
from peelcheck.prose.judgments import Grammar, grammar
from peelcheck.prose.phrases import PhraseMatch, Phrases
from peelcheck.prose.words import shorten

if TYPE_CHECKING:
    from peelcheck.engine.context import DraftContext
    from peelcheck.engine.facts import PackData


@register
class Judgement(Check):
    """Sentences of the text in `field` that state a grade agree with `grade` (a JMESPath).

    A statement is a phrase from the pack data `phrases` (grade -> phrases, e.g.
    `Good: [is good at, has been assessed as good]`); phrases in the data list `exceptions`
    (e.g. "is good practice") are not statements. With `subjects` (a data list such as
    `[the force, it]`, to which the draft's `inspection.subject` is added), a phrase counts
    only directly after one of them ("Gwent Police is good at"). With `grammar` (a judgment
    grammar in the pack data), the grammar reads the judgments instead; with `other_names`
    as well (tables and their name columns, e.g. `[{table: services, columns:
    [service_name, aliases]}]`), the other names in the subject's row, such as a former
    name a page of its time prints, are the subject's too.

    - `require: states`: the first sentence (`scope: first-sentence`; with the second
      when the first asks a question, "How good is the service at ...? Good."), a sentence
      of the first paragraph (`scope: first-paragraph`) or some sentence states the grade.
      Ungraded and unknown grades are skipped.
    - `require: agrees`: no sentence states another grade, unless the same sentence also
      states this one ("good at A but requires improvement at B" under Requires
      improvement). Under a non-grade such as Ungraded, any statement is reported.
      With `qualifiers` (data: `lower` or a grade -> phrases, e.g. `lower: [but not at, in
      parts]`), a judgment qualified in its own sentence ("good at A but not at B", or two
      grades stated) spans a range of grades: under a grade inside the range ("good ... but
      needs to improve" under Adequate) it is no finding; otherwise it is reported only by
      a rule with `qualified: report` (and never by one with the default `ignore`).
      With `limited_by` (data: sentence openers such as `[But, However]`), a judgment
      better than the grade whose next sentence, in the same paragraph, opens with one of
      them ("... is good at pursuing high-risk offenders. But the scrutiny over other
      suspects is unclear.") is qualified by it: the rest of the area is lower.

    Message values: `{stated}` (the grade a sentence states), `{statement}` (the words
    flagged, from the subject on), `{sentence}` (shortened), `{example}` (subject and the
    first phrase of the grade, to suggest an opening), `{instead}` ("; it states X instead").

    Example: the first sentence of a graded question's narrative states its grade.

        given: "questions[?carried_over_from == null]"
        check: {type: judgement, field: narrative, phrases: judgement_phrases,
                exceptions: not_judgements, require: states, scope: first-sentence}
    """

    type: Literal["judgement"]
    field: str
    phrases: str
    exceptions: str | None = None
    subjects: str | None = None
    grade: QueryText = Field(default_factory=lambda: compile_query("grade"))
    require: Literal["states", "agrees"]
    scope: Literal["first-sentence", "first-paragraph", "sentences"] = "sentences"
    qualifiers: str | None = None
    qualified: Literal["ignore", "report"] = "ignore"
    limited_by: str | None = None
    grammar: str | None = None
    also_phrases: bool = False
    other_names: list[NameTable] = Field(default_factory=list)
    _others: dict[str, tuple[str, ...]] = PrivateAttr(default_factory=dict)
    _judgements: Judgements | None = PrivateAttr(default=None)
    _grammar: Grammar | None = PrivateAttr(default=None)
    _subjects: Subjects | None = PrivateAttr(default=None)
    _qualifiers: Qualifiers | None = PrivateAttr(default=None)
    _limiters: tuple[str, ...] = PrivateAttr(default=())

    def prepare(self, pack: PackData) -> None:
        self._others = other_names(pack, self.other_names)
        self._judgements = Judgements.from_pack(pack, self.phrases, self.exceptions)
        if self.subjects is not None:
            self._subjects = Subjects.of(lookup(pack, self.subjects, list[str], "a list of words"))
        if self.grammar is not None:
            self._grammar = grammar(
                lookup(pack, self.grammar, dict[str, Any], "a judgment grammar (a mapping)"),
                self.grammar,
            )
        if self.qualifiers is not None:
            self._qualifiers = Qualifiers.from_pack(pack, self.qualifiers)
        elif self.qualified == "report":
            raise ValueError("`qualified: report` needs `qualifiers` (a data name)")
        if self.limited_by is not None:
            if self.qualifiers is None:
                raise ValueError("`limited_by` needs `qualifiers` (a data name)")
            found = lookup(pack, self.limited_by, list[str], "a list of sentence openers")
            self._limiters = tuple(found)

    def recognises(self) -> str | None:
        """What the rule reads as a judgment, for `peelcheck explain` (with a grammar)."""
        return self._grammar.describe() if self._grammar is not None else None

    def run(self, node: Any, path: str, ctx: DraftContext) -> Iterator[Hit]:
        text = field_value(node, self.field)
        if not isinstance(text, str) or blank(text) or self._judgements is None:
            return
        grade = self.grade.search(node, ctx)
        if self._grammar is not None:
            if (
                self.require == "agrees"
                and ctx.screens
                and not self._grammar.may_state_other_than(text, grade)
            ):
                return  # no word of a grade but this one: no sentence to read
        elif (
            self.require == "agrees"
            and ctx.screens
            and not self._judgements.may_state_other_than(text, grade)
        ):
            return  # the text states no grade but this one: no sentence to read
        # after the screens: most texts end there
        where = field_path(path, self.field)
        subjects = (
            self._subjects.for_subject(str(ctx.fact("subject") or ""))
            if self._subjects is not None
            else None
        )
        if self.scope == "first-sentence":
            spans: Any = [ctx.first_sentence(text)]
            first = spans[0]
            if first is not None and text[first[1] - 1 : first[1]] == "?":
                # a question opening the text and its answer ("How good is the service at
                # ...? Good."; round 33)
                spans = list(ctx.sentences(text)[:2])
        else:
            spans = ctx.sentences(text)
            if self.scope == "first-paragraph":
                end = text.find("\n\n", len(text) - len(text.lstrip()))
                spans = [s for s in spans if end < 0 or s[1] <= end] or spans[:1]
        if self.require == "states":
            yield from self._states(grade, text, where, spans, subjects, ctx)
        else:
            yield from self._agrees(grade, text, where, spans, subjects, ctx)

    def _states(
        self,
        grade: Any,
        text: str,
        where: str,
        spans: Any,
        subjects: Phrases[str] | None,
        ctx: DraftContext,
    ) -> Iterator[Hit]:
        assert self._judgements is not None
        if not ctx.is_grade(grade):
            return
        others: list[str] = []
        # a question's first sentence is read for its grade first: it is read in full only
        # when that finds none (the message names the grades it states instead), and the
        # other rules read it only when it holds another grade's words. Not an opening
        # paragraph: the topic rules read a summary's sentences in full anyway
        read_first = grade if self.scope == "first-sentence" else None
        for _, found, _ in self._read(text, spans, subjects, ctx, stating=read_first):
            if any(match.label == grade for _, match in found):
                return
            for _, match in found:
                if match.label not in others:
                    others.append(match.label)
        first = next((s for s in spans if s is not None), None)
        if first is None:
            return
        subject = str(ctx.fact("subject") or "The force")
        examples = self._grammar.data.examples if self._grammar else {}
        phrase = examples.get(grade) or self._judgements.first_phrase.get(grade, str(grade).lower())
        yield Hit(
            where,
            {
                "sentence": shorten(text[first[0] : first[1]]),
                "example": f"{subject} {phrase} ...",
                "instead": f"; it states {' and '.join(others)} instead" if others else "",
            },
            text=text,
            span=first,
        )

    def _agrees(
        self,
        grade: Any,
        text: str,
        where: str,
        spans: Any,
        subjects: Phrases[str] | None,
        ctx: DraftContext,
    ) -> Iterator[Hit]:
        assert self._judgements is not None
        non_grades = ctx.fact("non_grades") or []
        if not ctx.is_grade(grade) and grade not in non_grades:
            return  # no grade, or a typo that grade-on-scale reports
        for span, found, read in self._read(text, spans, subjects, ctx, besides=grade):
            if not found or any(match.label == grade for _, match in found):
                continue
            qualified = (
                qualified_judgment(
                    self._qualifiers,
                    text,
                    [m for _, m in found],
                    span[1],
                    grade,
                    ctx,
                    limited=self._limited_after(text, span[1]),
                )
                if self._qualifiers is not None
                else False
            )
            if qualified is False and any(j.qualified for j in read):
                qualified = True  # "generally good", "Although it is good at A, ..."
            if qualified is None or qualified != (self.qualified == "report"):
                continue  # spans the grade; or not what this rule reports
            begin, match = found[0]
            end = read[0].end if read and self.qualified == "ignore" else span[1]
            yield Hit(
                where,
                {
                    "stated": match.label,
                    "statement": shorten(text[begin:end], 60),
                    "sentence": shorten(text[span[0] : span[1]]),
                },
                text=text,
                span=(begin, read[0].end) if read else (begin, match.end),
                judgment=(read[0].start, read[0].end) if read else None,
            )

    def _limited_after(self, text: str, end: int) -> bool:
        """Whether the next sentence, in the same paragraph, opens with a limiting word."""
        if not self._limiters:
            return False
        rest = text[end : end + 200]
        gap = len(rest) - len(rest.lstrip())
        if "\n" in rest[:gap]:
            return False  # another paragraph
        rest = rest[gap:]
        return any(
            rest.startswith(opener) and rest[len(opener) : len(opener) + 1] in (" ", ",")
            for opener in self._limiters
        )

    def _read(
        self,
        text: str,
        spans: Any,
        subjects: Phrases[str] | None,
        ctx: DraftContext,
        besides: object = None,
        stating: object = None,
    ) -> Iterator[tuple[tuple[int, int], list[tuple[int, PhraseMatch[str]]], list[Judgment]]]:
        """(sentence, its statements, the grammar's judgments) for each sentence worth
        reading: by the grammar when the rule names one, else by the phrase lists. With
        `besides` (a grade), a sentence holding no word of another grade is not read: it
        states that grade or none. With `stating` (a grade), a sentence the grammar finds
        stating it without a full reading gives that grade alone, and reading stops."""
        assert self._judgements is not None
        if self._grammar is None:
            for span in self._judgements.containing(text, spans):
                yield span, stated(self._judgements, subjects, text, *span), []
            return
        subject = str(ctx.fact("subject") or "")
        others = self._others.get(subject.lower(), ())
        screened = not self.also_phrases
        adequate: bool | None = None  # a bound below good states no grade then
        for span in self._grammar.containing(text, spans, besides) if screened else spans:
            if span is None:
                continue
            if adequate is None:  # (asked only of a text holding a sentence to read)
                adequate = ctx.is_grade("Adequate")
            if isinstance(stating, str) and self._grammar.states(
                text, span[0], span[1], subject, others, stating, adequate
            ):
                yield span, [(span[0], PhraseMatch(span[0], span[0], stating))], []
                return
            read = self._grammar.read(text, span[0], span[1], subject, others, adequate)
            read = of_scale(read, ctx.scale.grades if ctx.scale is not None else None)
            found = [(j.start, PhraseMatch(j.grade_start, j.grade_end, j.grade)) for j in read]
            if self.also_phrases:
                found += stated(self._judgements, subjects, text, *span)
            if found:
                yield span, found, read
