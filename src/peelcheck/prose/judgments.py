"""The judgment grammar: which words of a sentence state a grade of the inspected subject.

The grammar compiled from its pack data (`judgment_grammar` in rules/wording.yaml) is
`grammar_compiled`; this module reads sentences with it. Each frame's match has its noun
phrase read: the subject's name or "the force", a possessive ("its response to missing
children"), a "the way it ..." clause, or a bare noun phrase naming the subject's work
("Investigation is good"). Anything else, attributed or quoted speech, and another year's
judgment give no judgment: precision first.
"""

from __future__ import annotations

import json
import re
from collections import OrderedDict
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from peelcheck.prose import frame_words
from peelcheck.prose import grammar_data as patterns
from peelcheck.prose.answers import Answers
from peelcheck.prose.frame_words import LazyPresent
from peelcheck.prose.grade_first import BOUND, STATED, UNREAD, first_read
from peelcheck.prose.grammar_data import QUOTES, GrammarData
from peelcheck.prose.headings import HeadingSubjects, heading_words
from peelcheck.prose.judgment import Judgment, on_scale
from peelcheck.prose.limits import Limits
from peelcheck.prose.names import Names
from peelcheck.prose.samples import Samples
from peelcheck.prose.second_grades import SecondGrades
from peelcheck.prose.shared_work import shared
from peelcheck.prose.vetoes import Vetoes

_CONNECTOR = re.compile(r"(?:[,;\s]|\b(?:and|but|yet|while|whilst)\b)*", re.IGNORECASE)
_OBJECT = re.compile(r"\s+(?:at|in|on|when|for|to|across)\b", re.IGNORECASE)
_CLAUSE = re.compile(r"[^,;.!?]*?(?=\s*(?:[,;.!?]|\bbut\b|$))", re.IGNORECASE)
_CLOSERS = " \t\n\"'’”)]"
# "Nothing we found suggests that the force is anything other than inadequate": a grade
# under two negations
_NEGATED = re.compile(r"\b(?:not|cannot|nothing|none|no|never|unable|wrong)\b|n't\b", re.IGNORECASE)
# a bracketed aside opening with a small letter ("(which we last inspected in 2019)", "(and
# in particular its public protection unit)"); not an acronym's ("(FRS)", "(HMICFRS)")
# (or between dashes: "Planning for the future – workforce, finances and technology – is")
_BRACKETED = re.compile(
    r"\((?=[a-z])[^()]{1,150}\)|\s[\u2013\u2014]\s[^\u2013\u2014]{1,150}?\s[\u2013\u2014]\s"
)
# a clause opened inside the noun phrase after a voice ("We found that the force is
# effective, but we do not judge any area ... to be outstanding"): that clause is another
# reading's, from its own voice, or none
_OPENED = re.compile(r"[,;]\s*(?:but|although|though|yet|while|whilst|whereas)\b", re.IGNORECASE)


class Grammar(Vetoes, Limits, Samples, SecondGrades, HeadingSubjects, Answers):
    """A compiled judgment grammar; `read` finds the judgments of a subject in a sentence."""

    def __init__(self, data: GrammarData) -> None:
        super().__init__(data)
        # several rules read the same sentences: each is read once
        self._read: OrderedDict[tuple[str, str, tuple[str, ...]], list[Judgment]] = OrderedDict()
        # and `states`'s answers, by sentence and grade
        self._told: OrderedDict[tuple[str, str, tuple[str, ...], str], int] = OrderedDict()

    def read(
        self,
        text: str,
        start: int,
        end: int,
        subject: str,
        others: tuple[str, ...] = (),
        adequate: bool = False,
    ) -> list[Judgment]:
        """The judgments of `subject` in the sentence text[start:end], in order; `others`
        are its other names (a former name a report of its time prints); on a scale with
        Adequate (`adequate`), a bound states no grade (`on_scale`)."""
        sentence = text[start:end]
        answer = self._answered(text, start, sentence, subject, others)
        if answer is not None:  # "How good is the force at ...? Good." (read alone: rare)
            return self._read_answer(text, start, end, answer, self._compiled(subject, others))
        key = (sentence, subject, others)
        known = self._read.get(key)
        if known is None:
            known = self._read[key] = self._read_sentence(sentence, subject, others)
            if len(self._read) > 512:
                self._read.popitem(last=False)
        return [j.shifted(start) for j in on_scale(known, adequate)]

    def _read_answer(
        self, text: str, start: int, end: int, grade: tuple[int, int], who: Names
    ) -> list[Judgment]:
        """The judgment a sentence answering a question about the subject gives."""
        sentence = text[start:end]
        plain = self._plain(sentence)
        judged = None
        if plain is not None:
            judged = self._judged(plain, sentence, grade, (0, grade[1]), None, False, who)
        return [] if judged is None else [judged.shifted(start)]

    def states(
        self,
        text: str,
        start: int,
        end: int,
        subject: str,
        others: tuple[str, ...],
        grade: str,
        adequate: bool = False,
    ) -> bool:
        """True only when `read` of the sentence text[start:end] holds a judgment of
        `grade`, on a scale with Adequate (`adequate`: no bound states it, `on_scale`) or
        without; False when it holds none or this reading cannot tell (read it then). A
        rule asking whether a sentence states its grade reads for that grade first."""
        sentence = text[start:end]
        known = self._read.get((sentence, subject, others))
        if known is not None:
            return any(j.grade == grade for j in on_scale(known, adequate))
        key = (sentence, subject, others, grade)
        told = self._told.get(key)
        if told is None:
            plain = self._plain(sentence)
            told = UNREAD
            if plain is not None:
                told = first_read(self, plain, sentence, subject, others, grade)
            self._told[key] = told
            if len(self._told) > 512:
                self._told.popitem(last=False)
        return told == STATED or (told == BOUND and not adequate)

    def _plain(self, sentence: str) -> str | None:
        """The sentence as the frames read it (quotation marks straight, asides blanked);
        None when it can state no grade."""
        if not self.may_judge(sentence) or not self.screen.search(sentence):
            return None
        if sentence.rstrip(_CLOSERS).endswith("?"):
            return None  # a question states no grade
        plain = self._aside.sub(lambda m: " " * len(m.group()), sentence.translate(QUOTES))
        if "(" in plain or "\u2013" in plain or "\u2014" in plain:  # "X (which we ...) is"
            plain = _BRACKETED.sub(lambda m: self._blank_bracketed(m.group()), plain)
        return plain

    def _blank_bracketed(self, bracketed: str) -> str:
        """A bracketed aside blanked, unless a grade's words are inside it."""
        return bracketed if self.screen.search(bracketed) else " " * len(bracketed)

    def _read_sentence(
        self, sentence: str, subject: str, others: tuple[str, ...] = ()
    ) -> list[Judgment]:
        plain = self._plain(sentence)
        if plain is None:
            return []
        names = self._compiled(subject, others)
        found: dict[int, Judgment] = {}
        for match, np in self._matches(plain):
            judgment = self._judgment(plain, sentence, match, np, names)
            if judgment is not None and judgment.grade_start not in found:
                found[judgment.grade_start] = judgment
        self._clause_readings(plain, sentence, found, names)
        if found:  # "..., and requires improvement at B": only after a judgment
            first = min(j.grade_end for j in found.values())
            for frame in self._continuations:
                for match in frame.compiled.finditer(plain, first):
                    judgment = self._judgment(plain, sentence, match, None, names)
                    known = found.get(judgment.grade_start) if judgment is not None else None
                    # (a frame's reading of a grade from before the first judgment gives way:
                    # "X is good at A, and requires improvement at B")
                    if judgment is not None and (known is None or known.start < first):
                        found[judgment.grade_start] = judgment
        return self._settled(plain, sorted(found.values(), key=lambda j: j.grade_start))

    def _matches(
        self, plain: str, lazy: bool = False
    ) -> Iterator[tuple[re.Match[str], tuple[int, int] | None]]:
        """Each frame's matches with its noun phrase's span; a core's noun phrase is what
        precedes it in its clause (`lazy`: for a reading that may stop at its first)."""
        present = LazyPresent(self, plain) if lazy else frame_words.present(self, plain)
        windows = patterns.windows(self._key_positions(plain), len(plain))
        for needed, core in self._cores:
            if present >= needed:
                after = 0
                for low, high in windows:  # a core is near a grade's words: search there
                    for match in core.compiled.finditer(plain, low, high):
                        at = match.start()
                        opens = max(after, plain.rfind(";", 0, at) + 1, plain.rfind(":", 0, at) + 1)
                        yield match, (opens, at)
                        after = match.end()
        for needed, frame in self._inner:
            if present >= needed:
                compiled = frame.compiled
                # a later start too: "we have graded the force on X, and we judge it to be
                # good" is read from its second "we"
                found = compiled.search(plain)
                while found is not None:
                    yield found, found.span("np") if "np" in compiled.groupindex else None
                    found = compiled.search(plain, found.start() + 1)

    def _judgment(
        self,
        plain: str,
        sentence: str,
        match: re.Match[str],
        np: tuple[int, int] | None,
        who: Names,
        whether: bool = False,
    ) -> Judgment | None:
        linked = "link" in match.re.groupindex
        link = (match.group("link") or "") if linked else ""
        qualified = patterns.key(link) in self._qualifying or (
            linked
            and not link.strip()
            and np is not None
            and self._limiting_end.search(plain, *np) is not None
        )
        grade_start, grade_end = match.span("grade")
        begin, end = match.start(), max(grade_end, match.end())
        return self._judged(
            plain, sentence, (grade_start, grade_end), (begin, end), np, qualified, who, whether
        )

    def _judged(
        self,
        plain: str,
        sentence: str,
        grade_span: tuple[int, int],
        span: tuple[int, int],
        np: tuple[int, int] | None,
        qualified: bool,
        who: Names,
        whether: bool = False,
        named: bool = False,
        heading: str = "",
        bare: bool = True,
    ) -> Judgment | None:
        """The judgment of a grade at `grade_span` read by a frame or a clause (`span`:
        from where its reading begins to where it ends), its noun phrase at `np`; None
        when the noun phrase is not the subject's or a context veto holds (`named`: a
        grade named as a noun's, "a grade of good for", whose next words are no veto;
        `bare`: a noun phrase that neither names nor owns the subject may be its work)."""
        grade_start, grade_end = grade_span
        said = patterns.key(plain[grade_start:grade_end])
        grade = self._grade_of.get(said)
        if grade is None:
            return None
        if not named and self._no_grade_after(plain, said, grade_start, grade_end, heading):
            return None  # "good practice", "requires improvement plans"
        if self._denied(plain, grade_start):
            return None
        before = self._before_grade.search(plain, max(0, grade_start - 24), grade_start)
        if before is not None and (
            before.group("moved") or not _NEGATED.search(plain, 0, grade_start)
        ):
            # "rose from requires improvement to good": the grade moved from; "is anything
            # other than good": not good, unless negated again ("Nothing suggests ...")
            return None
        begin, end = span
        if np is not None:
            np_start = (
                self._heading_subject(plain, np, who, heading)
                if heading
                else self._np_start(plain, begin, np, who, before is not None, bare)
            )
            if np_start is None:
                return None
            if (
                self._borrowed(plain, np_start, who)
                or shared(sentence, np_start, grade_start)
                # "good in 31 of the 40 incidents we reviewed": a finding (round 50)
                or self._sampled(plain, np_start, grade_start, grade_end)
            ):
                return None
            begin = min(begin, np_start)
        if self._not_ours(plain, sentence, begin, grade_start, grade_end):
            return None
        words, asked = heading_words(begin, heading, np)
        # (a relative clause after its antecedent is a clause of its own: "We are not
        # satisfied with the force's crime data integrity, which is inadequate")
        own = span[0] if np is not None and patterns.RELATIVE_CLAUSE.match(plain, np[1]) else begin
        if before is None and self._hedged(plain, own, grade_start, asked):
            return None  # (a grade denied twice is no hedge: "We cannot judge it better than")
        begin = words
        if whether:  # only whether it is a judgment (`grade_first`): no veto is left
            return Judgment(begin, end, grade, grade_start, grade_end, qualified)
        connector = _CONNECTOR.match(plain, begin)
        begin += len(connector.group()) if connector else 0
        opened = self._conceded(plain, begin)  # "Although ..."
        # an exception qualifies it, though the grade stands for the rest ("good at A, apart
        # from B": good at A, not good in parts)
        opened = opened or self._excepted(plain, begin, grade_start, grade_end)
        qualified = qualified or self._limited_before(plain, begin)  # "Some of its"
        # "good in most respects": limited by words after the grade, in its clause
        qualified = qualified or self._limited_after.match(plain, grade_end) is not None
        clause = _CLAUSE.match(plain, end)
        if clause is not None and (end > grade_end or _OBJECT.match(plain, grade_end)):
            end += len(clause.group().rstrip())  # what it judges: "good at A", "... when A"
        # (`limited`: by its own words, not only by a contrast opened before it)
        bound = said in self._bounds
        return Judgment(
            begin, end, grade, grade_start, grade_end, qualified or opened, qualified, bound
        )

    def _np_start(
        self,
        plain: str,
        begin: int,
        np: tuple[int, int],
        who: Names,
        denied: bool,
        bare: bool = True,
    ) -> int | None:
        """Where the subject's noun phrase at `np` starts, for a reading that begins at
        `begin`; None when it names no subject, opens another clause or its own voice is
        negated (`denied`: the grade is denied twice, "cannot judge it better than")."""
        if np[0] < 0 or not plain[np[0] : np[1]].strip():
            return None
        if not denied and _NEGATED.search(plain, begin, np[0]):
            return None  # "We cannot judge X to be good"; not "... anything other than"
        if np[0] > begin and _OPENED.search(plain, np[0], np[1]):
            return None
        return self._subject_start(plain, np[0], np[1], who, bare)

    def _clause_readings(
        self, plain: str, sentence: str, found: dict[int, Judgment], who: Names
    ) -> None:
        """The clause reading of each grade phrase no frame read (`found`, by the grade's
        start, gains them)."""
        anchors = [
            (m.start(), m.end(), patterns.key(m.group()) not in self._adjectives)
            for m in self.screen.finditer(plain)
            if m.start() not in found
        ]
        clause = self._clause if anchors else None  # built only for a grade left unread
        if clause is None:
            return
        for reading in clause.readings(plain, iter(anchors), self._adopted):
            if any(self._not_before.search(plain, a, b) for a, b in reading.asides):
                continue  # "is, if anything, outstanding": a hedge read over is still one
            past = (
                reading.past
                or patterns.key(plain[reading.grade_start : reading.grade_end]) in self._past_verbs
            )
            if (
                past
                and not reading.moved
                and (self._past.search(plain) or self._past_after.search(plain))
            ):
                continue  # "was good in its 2018/19 assessment": a past copula with a time
            span = (reading.begin, reading.end)
            np = (reading.np_start, reading.np_end)
            grade_span = (reading.grade_start, reading.grade_end)
            judgment = self._judged(
                plain,
                sentence,
                grade_span,
                span,
                np,
                reading.qualified,
                who,
                named=reading.named,
                heading=reading.heading,
                bare=not past,  # in the past, a bare noun phrase is what we saw
            )
            if judgment is not None:
                found[judgment.grade_start] = judgment


@lru_cache(maxsize=8)
def _shared(key: str) -> Grammar:
    from peelcheck.draft.construct import validate

    return Grammar(validate(GrammarData, json.loads(key)))


def grammar(data: Any, name: str = "judgment_grammar") -> Grammar:
    """The compiled grammar of the pack data `name` (shared between rules); ValueError
    saying what is wrong when the data is no grammar."""
    from pydantic import ValidationError

    from peelcheck.draft.construct import conforming

    try:
        if conforming(GrammarData, data) is None:  # no validator built for plain data
            GrammarData.model_validate(data)
    except ValidationError as err:
        first = err.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise ValueError(
            f"pack data {name!r} is no judgment grammar: {first['msg'].lower()}"
            + (f" (at {where})" if where else "")
        ) from None
    return _shared(json.dumps(data, sort_keys=True))
