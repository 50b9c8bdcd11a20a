"""`topic-judgement`: a summary's judgment about a question's topic agrees with its grade."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any, Literal

from pydantic import Field, PrivateAttr

from peelcheck.checks.api import Check, blank, field_path, field_value, register
from peelcheck.checks.data import lookup, phrase_list
from peelcheck.checks.judgement_phrases import Judgements
from peelcheck.checks.other_names import NameTable, other_names
from peelcheck.checks.qualified import Qualifiers
from peelcheck.checks.topic_pairing import governing, inside, whole_grades
from peelcheck.engine.contract import Hit
from peelcheck.prose.judgment import of_scale
from peelcheck.prose.judgments import Grammar, grammar
from peelcheck.prose.phrases import PhraseMatch, Phrases, clauses
from peelcheck.prose.words import normalise, shorten

if TYPE_CHECKING:
    from peelcheck.engine.context import DraftContext
    from peelcheck.engine.facts import PackData

TopicData = dict[str, dict[str, dict[str, dict[int | str, list[str]]]]]
PillarTopicData = dict[str, dict[str, dict[str, list[str]]]]
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")  # a year names another inspection's time
_WORD = re.compile(r"\s*(\w+)")
_HEADING = re.compile(r"[^?\s]+(?:\s+[^?\s]+){0,5}")  # one to six words, no question mark


@register
class TopicJudgement(Check):
    """A sentence of `field` that states a grade about a question's topic names its grade.

    `topics` names pack data: programme -> cycle -> pillar -> question number -> phrases
    that name the question's topic (e.g. PEEL, "2016", Effectiveness, 4: [serious and
    organised crime]). The questions compared are those the node's grade covers (a
    pillar's own, or all); each question's pillar is its `pillar` or the report's. A
    sentence is first cut into clauses at the `breaks` phrases ("but", "however", ";"),
    and each topic is paired with the nearest grade phrase (`phrases`, `exceptions`: as in
    `judgement`) of its clause. With `objects` (a data list of words such as "at", "in"),
    the pairing follows the grammar: a phrase that ends in, or is followed by, one of them
    judges what comes after it ("is good at A, B and C", "requires improvement in the
    way it ..."), any other phrase what comes before it ("the way it tackles A requires
    improvement"); the nearest phrase of the right kind wins, else the nearest of any
    kind. With `scope_ends` (a data list such as "which", "and it"), a phrase judges
    nothing after one of them ("good at A, which helps it tackle B" does not judge B).
    With `grammar` (the name of a judgment grammar in the pack data, e.g.
    `judgment_grammar`), the grade words are those the grammar reads as judgments of the
    inspected subject: quoted, attributed and other bodies' grades are left out, and
    noun-phrase and "we judge" judgments count; `other_names` (as in `judgement`) adds the
    other names of the subject's table row. With `qualifiers` (as in `judgement`), a
    sentence whose judgment is qualified by its own words ("good in parts", "generally
    good") gives no finding. With `titles: true`, a question's own title also names its
    topic when it is a short heading rather than a question ("Investigating crime": no
    question mark, at most six words), as in PEEL 2021/22 on, whose titles the pack data
    cannot hold. Questions that are not graded are skipped.

    With `of: pillars`, the sentence is compared with the pillars' grades instead
    (`pillars[]`: a summary page's), and `topics` names pack data programme -> cycle ->
    pillar -> phrases that name the pillar ("looking after its people": People). Precision
    first: a sentence is skipped when its judgment is qualified or states two grades, when
    it holds a contrast (`contrasts`, a data list: "good at A, but ..."), or when it names
    a year or holds one of `excludes` (a data list: year-on-year words).

    Message values: `{question}` (its number; with `of: pillars` the pillar's name),
    `{question_grade}` (the question's or pillar's grade), `{stated}`, `{topic}`,
    `{statement}` (the words from topic to phrase), `{sentence}`.

    Example: the summary's "the way it tackles serious and organised crime requires
    improvement" agrees with question 4's grade.

        given: overall
        check: {type: topic-judgement, field: summary, phrases: judgement_phrases,
                topics: question_topics, breaks: clause_breaks}
    """

    type: Literal["topic-judgement"]
    field: str
    phrases: str
    exceptions: str | None = None
    topics: str
    breaks: str | None = None
    objects: str | None = None
    scope_ends: str | None = None
    titles: bool = False
    grammar: str | None = None
    other_names: list[NameTable] = Field(default_factory=list)
    _others: dict[str, tuple[str, ...]] = PrivateAttr(default_factory=dict)
    qualifiers: str | None = None
    of: Literal["questions", "pillars"] = "questions"
    contrasts: str | None = None
    excludes: str | None = None
    _contrasts: Phrases[str] | None = PrivateAttr(default=None)
    _excludes: Phrases[str] | None = PrivateAttr(default=None)
    _judgements: Judgements | None = PrivateAttr(default=None)
    _qualifiers: Qualifiers | None = PrivateAttr(default=None)
    _grammar: Grammar | None = PrivateAttr(default=None)
    _topics: TopicData = PrivateAttr(default_factory=dict)
    _breaks: Phrases[str] | None = PrivateAttr(default=None)
    _objects: frozenset[str] = PrivateAttr(default_factory=frozenset)
    _scope_ends: Phrases[str] | None = PrivateAttr(default=None)
    # drafts of a cycle mostly grade the same questions: their topic lists are built once
    _by_topics: dict[tuple[tuple[str, int], ...], Phrases[int]] = PrivateAttr(default_factory=dict)

    def prepare(self, pack: PackData) -> None:
        self._others = other_names(pack, self.other_names)
        self._judgements = Judgements.from_pack(pack, self.phrases, self.exceptions)
        if self.of == "pillars":
            self._prepare_pillars(pack)
        else:
            self._prepare_questions(pack)
        if self.breaks is not None:
            self._breaks = phrase_list(pack, self.breaks)
        if self.objects is not None:
            words: list[str] = lookup(pack, self.objects, list[str], "a list of words")
            self._objects = frozenset(normalise(w) for w in words)
        if self.scope_ends is not None:
            self._scope_ends = phrase_list(pack, self.scope_ends)
        if self.qualifiers is not None:
            self._qualifiers = Qualifiers.from_pack(pack, self.qualifiers)
        if self.grammar is not None:
            self._grammar = grammar(
                lookup(pack, self.grammar, dict[str, Any], "a judgment grammar (a mapping)"),
                self.grammar,
            )

    def _prepare_questions(self, pack: PackData) -> None:
        found: TopicData = lookup(
            pack,
            self.topics,
            TopicData,
            "a mapping programme -> cycle -> pillar -> question number -> phrases",
        )
        self._topics = {
            programme: {
                cycle: {
                    pillar: {str(number): list(p) for number, p in by_number.items()}
                    for pillar, by_number in pillars.items()
                }
                for cycle, pillars in cycles.items()
            }
            for programme, cycles in found.items()
        }

    def _prepare_pillars(self, pack: PackData) -> None:
        """Pillar topics, held as the question topics of one question ("") per pillar."""
        found: PillarTopicData = lookup(
            pack, self.topics, PillarTopicData, "a mapping programme -> cycle -> pillar -> phrases"
        )
        self._topics = {
            programme: {
                cycle: {pillar: {"": list(p)} for pillar, p in pillars.items()}
                for cycle, pillars in cycles.items()
            }
            for programme, cycles in found.items()
        }
        if self.contrasts is not None:
            self._contrasts = phrase_list(pack, self.contrasts)
        if self.excludes is not None:
            self._excludes = phrase_list(pack, self.excludes)

    def run(self, node: Any, path: str, ctx: DraftContext) -> Iterator[Hit]:
        text = field_value(node, self.field)
        if not isinstance(text, str) or blank(text) or self._judgements is None:
            return
        questions = [q for q in self._items(node, ctx) if isinstance(q, dict)]
        topics = self._topic_phrases(questions, ctx)
        if not topics:
            return
        where = field_path(path, self.field)
        subject = str(ctx.fact("subject") or "")
        sentences: Sequence[tuple[int, int]] = ctx.sentences(text)
        if self._grammar is not None and (text.isascii() or len(text.lower()) == len(text)):
            # a sentence with no grade's words has no judgment to read (`read` gives none);
            # one scan of the text says which have them (where a word stands in the text's
            # lower case is where it stands in the sentence's, when no letter's lower case
            # is longer)
            sentences = self._grammar.containing(text, sentences)
        for sentence in sentences:
            reported: set[int] = set()
            read, spans = self._read(text, sentence, subject, ctx)
            if read == [] or (self.of == "pillars" and self._skipped(text, sentence, read)):
                continue  # no judgment of the subject, or a qualified one: no finding
            carried: list[PhraseMatch[int]] = []
            for start, end in whole_grades(clauses(text, *sentence, self._breaks), read):
                judged = (
                    self._judgements.find(text, start, end)
                    if read is None
                    else [
                        j
                        for j, (words, _) in zip(read, spans, strict=True)
                        if start <= j.start < end or words < end <= j.start
                    ]
                )
                named = list(topics.finditer(text, start, end))
                if not judged:
                    carried = self._carried(text, start, end, named)
                    continue
                named, carried = named or carried, []
                if spans:  # a topic inside a judgment's own words is judged by it
                    named.sort(key=lambda t: not any(a <= t.start < b for a, b in spans))
                forward = [self._forward(text, j, end) for j in judged]
                reach = self._reach(text, judged, named, end)
                for topic in named:
                    question = questions[topic.label]
                    nearest = inside(read, spans, topic) or governing(judged, forward, reach, topic)
                    if nearest is None or nearest.label == question.get("grade"):
                        continue
                    if topic.label in reported:
                        continue
                    reported.add(topic.label)
                    begin, finish = min(topic.start, nearest.start), max(topic.end, nearest.end)
                    yield Hit(
                        where,
                        {
                            "question": question.get("name" if self.of == "pillars" else "number"),
                            "question_grade": question.get("grade"),
                            "stated": nearest.label,
                            "topic": text[topic.start : topic.end],
                            "statement": shorten(text[begin:finish]),
                            "sentence": shorten(text[sentence[0] : sentence[1]]),
                        },
                        text=text,
                        span=(begin, finish),
                        judgment=(begin, finish) if read else None,
                    )

    def _carried(
        self, text: str, start: int, end: int, named: list[PhraseMatch[int]]
    ) -> list[PhraseMatch[int]]:
        """The topics of a clause that grades them but not this year ("In 2019 we judged
        the service to require improvement at A"; "It is no longer outstanding at A"): the
        next clause's judgment with no topic of its own ("; it is now good") judges them."""
        if self._grammar is None or not named:
            return []
        return named if self._grammar.screen.search(text, start, end) is not None else []

    def _items(self, node: Any, ctx: DraftContext) -> list[Any]:
        """What the sentences are compared with: the questions `node`'s grade covers, or
        the draft's pillars."""
        if self.of == "pillars":
            return list(ctx.data.get("pillars") or [])
        return ctx.questions_of(node)

    def _skipped(
        self, text: str, sentence: tuple[int, int], read: list[PhraseMatch[str]] | None
    ) -> bool:
        """Whether a sentence is left alone when compared with pillars: no grammar reading,
        two grades, a contrast ("Although ...", "but"), a year or a year-on-year word."""
        if not read or len({j.label for j in read}) > 1:
            return True
        start, end = sentence
        if self._contrasts is not None and next(self._contrasts.finditer(text, start, end), None):
            return True
        if self._excludes is not None and next(self._excludes.finditer(text, start, end), None):
            return True
        return _YEAR.search(text, start, end) is not None

    def recognises(self) -> str | None:
        """What the rule reads as a judgment, for `peelcheck explain` (with a grammar)."""
        return self._grammar.describe() if self._grammar is not None else None

    def _read(
        self, text: str, sentence: tuple[int, int], subject: str, ctx: DraftContext
    ) -> tuple[list[PhraseMatch[str]] | None, list[tuple[int, int]]]:
        """The grammar's judgments in a sentence (None without a grammar) and their words;
        none when one is limited by its own words ("good in parts"), not by a second grade."""
        if self._grammar is None:
            return None, []
        others = self._others.get(subject.lower(), ())
        read = self._grammar.read(text, *sentence, subject, others, ctx.is_grade("Adequate"))
        read = of_scale(read, ctx.scale.grades if ctx.scale is not None else None)
        if not read or any(j.limited for j in read):
            return [], []
        rank = ctx.rank(read[0].grade)
        better = ctx.scale.grades[:rank] if ctx.scale is not None and rank is not None else ()
        several = len({j.grade for j in read}) > 1  # "good at A, but requires ... at B"
        if (
            not several
            and self._qualifiers is not None
            and self._qualifiers.qualifies(text, read[0].grade_end, sentence[1], better)
        ):
            return [], []
        found = [PhraseMatch(j.grade_start, j.grade_end, j.grade) for j in read]
        return found, [(j.start, j.grade_start) for j in read]

    def _forward(self, text: str, phrase: PhraseMatch[str], end: int) -> bool:
        """Whether the grade phrase judges what follows it ("is good at", "... in the way")."""
        if not self._objects:
            return False
        last = normalise(text[phrase.start : phrase.end]).rsplit(" ", 1)[-1]
        following = _WORD.match(text, phrase.end, end)
        return last in self._objects or (
            following is not None and following.group(1).lower() in self._objects
        )

    def _reach(
        self,
        text: str,
        judged: list[PhraseMatch[str]],
        named: list[PhraseMatch[int]],
        end: int,
    ) -> list[int]:
        """Where each grade phrase stops judging what follows it: the next scope end.

        Words of a topic ("those who are vulnerable") end no scope.
        """
        if self._scope_ends is None or not named:
            return [end] * len(judged)
        ends = [
            m.start
            for m in self._scope_ends.finditer(text, judged[0].end, end)
            if not any(t.start <= m.start < t.end for t in named)
        ]
        return [next((e for e in ends if e >= j.end), end) for j in judged]

    def _topic_phrases(self, questions: list[dict[str, Any]], ctx: DraftContext) -> Phrases[int]:
        inspection = ctx.report.inspection
        cycle = self._topics.get(inspection.programme, {}).get(inspection.cycle, {})
        labelled: list[tuple[str, int]] = []
        for index, question in enumerate(questions):
            if not ctx.is_grade(question.get("grade")):
                continue
            if self.of == "pillars":
                phrases = cycle.get(str(question.get("name")), {}).get("", [])
                labelled += [(phrase, index) for phrase in phrases]
                continue
            pillar = question.get("pillar") or inspection.pillar or ""
            by_number = cycle.get(pillar, {})
            number = question.get("number")
            labelled += [(phrase, index) for phrase in by_number.get(str(number), [])]
            title = question.get("title")
            if self.titles and isinstance(title, str) and _HEADING.fullmatch(title.strip()):
                labelled.append((title.strip().rstrip("."), index))
        key = tuple(labelled)
        found = self._by_topics.get(key)
        if found is None:
            if len(self._by_topics) >= 256:  # titles are free text: keep the cache bounded
                self._by_topics.clear()
            found = self._by_topics[key] = Phrases(labelled)
        return found
