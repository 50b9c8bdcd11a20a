"""`year-on-year`: "the same as last year", "improved", "deteriorated" agree with the grades."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Literal

from pydantic import Field, PrivateAttr

from peelcheck.checks.api import Check, blank, field_path, field_value, register
from peelcheck.checks.data import grade_phrases, lookup, phrase_list
from peelcheck.checks.fields import QueryText
from peelcheck.checks.other_names import NameTable, other_names
from peelcheck.checks.year_on_year_agreement import (
    Relation,
    bracketed,
    disagreement,
    first_graded_as,
    grade_at,
    kept_first,
    moved_to,
    names_judgment,
    of_now,
    says_nothing,
    stated_relation,
    work_improved,
)
from peelcheck.checks.year_on_year_owner import hypothetical, someone_elses, told_by_another
from peelcheck.checks.year_on_year_screens import with_triggers
from peelcheck.checks.year_on_year_times import TimeData, Times, dated, past_its_time, sameness
from peelcheck.engine.contract import Hit
from peelcheck.engine.query import compile_query
from peelcheck.prose.any_phrase import fewest
from peelcheck.prose.judgment import Judgment
from peelcheck.prose.judgments import Grammar, grammar
from peelcheck.prose.phrases import PhraseMatch, Phrases
from peelcheck.prose.words import shorten

if TYPE_CHECKING:
    from peelcheck.engine.context import DraftContext
    from peelcheck.engine.facts import PackData

_CLOSER = re.compile(r"['\"’”]")
_COMMA = re.compile(r"\s*,?\s*")
_FROM = re.compile(r"[\s'\"’”]*from\b", re.IGNORECASE)
# "from good to requires improvement": the second grade, after the first ("to being good")
_TO = re.compile(r"[\s'\"‘’“”]*to\b\s*(?:being\s+)?[\s'\"‘’“”]*", re.IGNORECASE)


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

    Optional: `earlier` names phrases of an earlier year ("last year", "in 2019") that, put
    before an intro without its "when" ("Last year we judged the force to be good"), give
    last year's grade too; `now` names phrases followed by this year's grade ("is now",
    "has become"), as does "to <grade>" after last year's ("from good to requires
    improvement"). A sentence that gives this year's grade with a year-on-year phrase or
    with last year's grade is reported when that grade differs from `grade`. This year's
    grade is no anchor: "has improved its response and is now good" compares no grades.

    Optional: `times` names pack data (`TimeData`) of earlier times ("in {year}", "our last
    inspection"): a verb of change followed in its clause by one states a relation
    ("unchanged from our 2017 assessment", "has fallen since 2021/22"); a clause with one
    and a past verb gives last year's grade ("Having been graded inadequate at our last
    inspection"); a verb of movement before "from <grade> to <grade>" gives both grades;
    and a time naming an earlier judgment ("last year's assessment") is an anchor. With
    `grammar` (a judgment grammar) and `other_names` (as `judgement` reads them), the
    subject's judgment the grammar reads is this year's grade, and the anchor, of a
    sentence that says the grade is the same as at an earlier time ("continues to be
    outstanding at X, as it was in 2018"); a change of grade needs its own anchor, since
    "has improved since 2019 and is good at X" may say only that the work improved.

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
    earlier: str | None = None
    now: str | None = None
    times: str | None = None
    grammar: str | None = None
    other_names: list[NameTable] = Field(default_factory=list)
    _times: Times | None = PrivateAttr(default=None)
    _grammar: Grammar | None = PrivateAttr(default=None)
    _others: dict[str, tuple[str, ...]] = PrivateAttr(default_factory=dict)
    _earlier: Phrases[str] | None = PrivateAttr(default=None)
    _after_earlier: Phrases[str] | None = PrivateAttr(default=None)
    _now: Phrases[str] | None = PrivateAttr(default=None)
    _triggers: Phrases[str] | None = PrivateAttr(default=None)
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
        if self.earlier is not None:
            self._earlier = phrase_list(pack, self.earlier)
            found_intros = lookup(pack, self.intros, list[str], "a list of phrases")
            # "when we judged the force to be" after "Last year": "we judged the force to be"
            rests = [p[5:] for p in found_intros if p.lower().startswith("when ")]
            self._after_earlier = Phrases((p, p) for p in rests)
        if self.now is not None:
            self._now = phrase_list(pack, self.now)
        # one scan tells whether a sentence may compare grades at all: most do not
        triggers = [p for phrases in found.values() for p in phrases]
        triggers += lookup(pack, self.intros, list[str], "a list of phrases")
        if self.earlier is not None:
            triggers += lookup(pack, self.earlier, list[str], "a list of phrases")
        if self.times is not None:
            self._times = Times(
                lookup(pack, self.times, TimeData, "year-on-year times (years, times, ...)")
            )
            triggers += self._times.triggers
        if self.grammar is not None:
            self._grammar = grammar(
                lookup(pack, self.grammar, dict[str, Any], "a judgment grammar (a mapping)"),
                self.grammar,
            )
            self._others = other_names(pack, self.other_names)
        # only whether a sentence holds one: the fewest that tell (`any_phrase`)
        slots = self._times.slots if self._times is not None else None
        self._triggers = Phrases(((p, p) for p in fewest(triggers, slots)), slots)
        if self.grade_words is not None:
            self._grade_words = grade_phrases(pack, self.grade_words)

    def run(self, node: Any, path: str, ctx: DraftContext) -> Iterator[Hit]:
        text = field_value(node, self.field)
        if not isinstance(text, str) or blank(text) or ctx.scale is None:
            return
        grade = self.grade.search(node, ctx)
        previous = self.previous.search(node, ctx)
        previous = previous if ctx.is_grade(previous) else None
        named = self._named_grades(tuple(ctx.scale.grades))
        subject = str(ctx.fact("subject") or "")
        assert self._triggers is not None
        for start, end, triggered in with_triggers(self._triggers, text, ctx.sentences(text)):
            found = self._comparison(text, start, end, named, subject, triggered)
            if found is None:
                continue
            span, relation, said, now = found
            problem = disagreement(relation, grade, previous, said, now, ctx)
            if problem:
                yield Hit(
                    field_path(path, self.field),
                    {
                        "statement": text[span[0] : span[1]],
                        "problem": problem,
                        "sentence": shorten(text[start:end]),
                    },
                    text=text,
                    span=span,
                )

    def _comparison(
        self,
        text: str,
        start: int,
        end: int,
        named: Phrases[str],
        subject: str = "",
        triggered: bool = False,
    ) -> tuple[tuple[int, int], str | None, str | None, str | None] | None:
        """(the comparing words, the relation, last year's grade, this year's grade) of a
        sentence comparing this year's grade with last year's, or None (`triggered`: the
        sentence holds a trigger phrase, found already)."""
        assert self._relations is not None and self._anchors is not None
        if not self._may_compare(text, start, end, named, triggered):
            return None
        # "The collaboration's grade for firearms licensing has gone up"; "..., we would have
        # judged it inadequate for the second time"
        others = self._others.get(subject.lower(), ())
        if someone_elses(self._grammar, text, start, end, subject, others) or hypothetical(
            text, start, end
        ):
            return None
        times = self._times
        relation, said_span = self._relation_and_said(text, start, end, named)
        if (relation is None and said_span is None) or told_by_another(
            self._grammar, text, start, end, relation, said_span
        ):
            return None
        said, after = (said_span[0].label, said_span[1]) if said_span else (None, -1)
        now = self._now_grade(text, start, end, named, after)
        if now is not None and self._qualified(text, start, end, subject, now):
            now = None  # "it now requires improvement in some aspects": no grade of the whole
        if relation is None and said_span is not None and now is None and times is not None:
            # "better than the requires improvement grade we gave in our previous inspection"
            relation = times.stated(text, said_span[2], said_span[0].start, start)
            if relation is None:
                # "X is now inadequate at A, having been judged requires improvement in 2021"
                now = self._judged_now(text, start, end, subject)
        if relation is not None:
            lists = [self._anchors] if times is None else [self._anchors, times.judged]
            anchored = (
                said is not None
                or names_judgment(lists, text, start, end)
                or moved_to(text, start, relation, end, named)
            )
            if not anchored and now is None and sameness(text, relation):
                now = self._judged_now(text, start, end, subject)
                anchored = now is not None
            if not anchored:
                return None  # "improved" about something else than the judgment
            return (relation.start, relation.end), relation.label, said, now[0] if now else None
        if said_span is not None and now is not None:  # "Last year ... good; it is now ..."
            words = (said_span[2], now[2])
            if now[2] <= said_span[2]:  # "Efficiency requires improvement; last time, it was good"
                words = (now[1], said_span[1])
            return words, None, said, now[0]
        return None

    def _may_compare(
        self, text: str, start: int, end: int, named: Phrases[str], triggered: bool
    ) -> bool:
        """False only when the sentence cannot compare grades: it holds no trigger phrase
        (unless `triggered`: one was found), or it names no grade and no earlier judgment."""
        assert self._triggers is not None
        if not triggered and next(self._triggers.finditer(text, start, end), None) is None:
            return False
        return self._names_grade_or_judgment(text, start, end, named)

    def _names_grade_or_judgment(
        self, text: str, start: int, end: int, named: Phrases[str]
    ) -> bool:
        """False only when the sentence names no grade (of the scale, or a word of the
        judgment grammar's) and no earlier judgment (`anchors`, "last year's grade"): every
        comparison `_comparison` finds needs one (last year's grade, this year's, or an
        anchor for a relation). Most sentences with a trigger phrase ("set up", "in 2016")
        end here."""
        assert self._anchors is not None
        if self._grammar is not None and self._grammar.may_judge(text[start:end]):
            return True
        lists = [named, self._anchors] + ([self._times.judged] if self._times else [])
        return any(next(p.finditer(text, start, end), None) is not None for p in lists)

    def _relation_and_said(
        self, text: str, start: int, end: int, named: Phrases[str]
    ) -> tuple[PhraseMatch[str] | None, tuple[PhraseMatch[str], int, int] | None]:
        """The relation a sentence states and the words giving last year's grade (the
        grade, where they end, where they start), each None when not said."""
        assert self._relations is not None
        times = self._times
        stated = of_now(text, end, list(self._relations.finditer(text, start, end)), named)
        relation = stated_relation(times, text, start, end, stated[0] if stated else None)
        if relation is not None and says_nothing(text, start, end, relation, stated[1:]):
            return None, None
        if relation is not None and relation.label == "first":
            relation = first_graded_as(text, relation, end, named)
        said_span = self._said(text, start, end, named)
        if relation is not None and work_improved(text, start, end, relation, named, said_span):
            return None, None  # "has improved its effectiveness since 2017, when it ..."
        if times is None:
            return relation, said_span
        # "keeps its good grade", "held on to the good grade ... that we gave it in 2022"
        held = times.kept_grade(text, start, end, named)
        if held is not None and kept_first(text, start, held[1], relation):
            grade, relation = held
            if relation.label == "better":  # won back: this year's grade (`now`), not last's
                return relation, said_span
            return relation, said_span or (grade, relation.end, relation.start)
        if said_span is not None:
            return relation, said_span
        if relation is not None:  # "up from good in 2019"
            return relation, times.from_grade(text, relation, end, named)
        return None, None

    def _judged_now(
        self, text: str, start: int, end: int, subject: str
    ) -> tuple[str, int, int] | None:
        """This year's grade of the subject as the judgment grammar reads it, in a sentence
        naming an earlier time; None if it reads none or several grades."""
        if self._times is None or not self._times.has_time(text, start, end):
            return None
        read = self._read(text, start, end, subject)
        if not read or any(j.qualified for j in read):
            return None
        return read[0].grade, read[0].start, read[0].end

    def _qualified(
        self, text: str, start: int, end: int, subject: str, now: tuple[str, int, int]
    ) -> bool:
        """Whether the judgment grammar reads the grade at `now` as a qualified judgment of
        the subject (a part of the area, or limited by its own words)."""
        return any(
            j.qualified and now[1] <= j.grade_start and j.grade_end <= now[2]
            for j in self._read(text, start, end, subject)
        )

    def _read(self, text: str, start: int, end: int, subject: str) -> list[Judgment]:
        """The subject's judgments the grammar reads in the sentence (none without one)."""
        if self._grammar is None or not subject:
            return []
        others = self._others.get(subject.lower(), ())
        return self._grammar.read(text, start, end, subject, others)

    def _said(
        self, text: str, start: int, end: int, named: Phrases[str]
    ) -> tuple[PhraseMatch[str], int, int] | None:
        """Last year's grade given in the sentence: (the grade, where the phrase giving it
        ends, where that phrase starts)."""
        assert self._intros is not None
        row = bracketed(named, text, start, end)  # "Legitimacy: good (2016: requires ...)"
        if row is not None:
            return row[1], row[2], row[0].end
        for intro in self._intros.finditer(text, start, end):
            grade = grade_at(named, text, intro.end, end)
            if grade is not None:
                return grade, grade.end, intro.start
        if self._times is not None:
            move = self._times.move(text, start, end, named)
            if move is not None:
                return move.earlier, move.earlier.end, move.start
        if self._earlier is None or self._after_earlier is None:
            return self._earlier_clause(text, start, end, named)
        for marker in self._earlier.finditer(text, start, end):
            gap = _COMMA.match(text, marker.end, end)
            rest = self._after_earlier.starting_at(text, gap.end() if gap else marker.end, end)
            grade = grade_at(named, text, rest.end, end) if rest else None
            if grade is not None:
                return grade, grade.end, marker.start
        return self._earlier_clause(text, start, end, named)

    def _earlier_clause(
        self, text: str, start: int, end: int, named: Phrases[str]
    ) -> tuple[PhraseMatch[str], int, int] | None:
        if self._times is None:
            return None
        found = self._times.earlier(text, start, end, named)
        return (found[0], found[0].end, found[1]) if found else None

    def _now_grade(
        self, text: str, start: int, end: int, named: Phrases[str], after: int
    ) -> tuple[str, int, int] | None:
        """This year's grade given in the sentence, (grade, start, end): the grade a
        bracket giving last year's follows (a table row, "Prevention – good (previous
        inspection: requires improvement)"; round 74), "to <grade>" straight after last
        year's grade (which ends at `after`), or a phrase of `now`."""
        row = bracketed(named, text, start, end) if after >= 0 else None
        if row is not None and row[2] == after:
            return row[0].label, row[0].start, row[0].end
        if after >= 0:
            timed = past_its_time(text, after, end)
            to = _TO.match(text, timed, end)
            grade = grade_at(named, text, to.end(), end) if to and to.group().strip() else None
            if grade is not None and timed > after and dated(text, grade.end, end):
                grade = None  # "from good in 2016 to outstanding in 2017": another time's
            if grade is not None:  # the words flagged take in a closing quote: "to ‘good’"
                closer = _CLOSER.match(text, grade.end, end)
                return grade.label, grade.start, closer.end() if closer else grade.end
        if self._now is None:
            return None
        for phrase in of_now(text, end, list(self._now.finditer(text, start, end)), named):
            grade = grade_at(named, text, phrase.end, end)
            # (before last year's grade only when that grade follows it: "has moved up to
            # adequate from requires improvement"; round 19)
            if grade is not None and (phrase.start >= after or _FROM.match(text, grade.end, end)):
                return grade.label, phrase.start, grade.end
        return None

    def _named_grades(self, scale: tuple[str, ...]) -> Phrases[str]:
        if scale not in self._by_scale:
            labelled = [(g.lower(), g) for g in scale]
            labelled += [(p, g) for g, ps in self._grade_words.items() if g in scale for p in ps]
            self._by_scale[scale] = Phrases(labelled)
        return self._by_scale[scale]
