"""Year-on-year sentences read by their time: an earlier time ("in 2017", "since our last
inspection", "last year's assessment") that makes a verb of change a comparison of grades
("unchanged from our 2017 assessment", "has fallen since 2021/22"), a clause that gives
the earlier grade ("Having been graded inadequate at our last inspection"), and a move
between two grades ("has gone down from good to requires improvement").

The words are pack data (`year_on_year_times` in rules/wording.yaml); this module is the
check's reading of them, shared by `year-on-year`.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict

from peelcheck.prose.phrases import PhraseMatch, Phrases

_YEAR = "{year}"
# what may stand between a verb of change and its time: a few words in one clause
_GAP = re.compile(r"[^,;:.!?]*")
_GAP_WORDS = 6
# "kept people safe in 2015": the old PEEL question's words, no grade kept (round 99)
_KEPT_SAFE = re.compile(r"\s+(?:[\w-]+\s+){1,3}safe\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;:]|\.(?=\s|$)")
# after a grade word of an earlier clause: the grade, not an adjective ("good practice"),
# nor someone else's grading ("graded outstanding by the council")
_GRADE_END = re.compile(
    r"['\"’”]?\s*(?:$|[,;:.)]|\b(?:at|in|for|on|when|and|to|from|with|grade|rating"
    r"|last\s+(?:time|year))\b)",
    re.IGNORECASE,
)
_FROM = re.compile(r"\bfrom\s*['\"‘’“”]?", re.IGNORECASE)
# (and "to being": "has gone from requiring improvement to being good")
_TO = re.compile(r"['\"‘’“”]?\s*,?\s*to\b\s*(?:being\s+)?['\"‘’“”]?", re.IGNORECASE)
_SENTENCE_PART = re.compile(r"[;:]")
_OPENING_NOUN = re.compile(r"the\s", re.IGNORECASE)
_TO_WORD = re.compile(r"\bto\b", re.IGNORECASE)
_OF_THAT_TIME = re.compile(r"\s*(?:when|in which|at which)\b", re.IGNORECASE)
_TIME_PREPOSITION = re.compile(r"\s*(?:in|at|during)\s+", re.IGNORECASE)
# (and "no": "is no different from 2018/19" is the same grade; round 17)
# (and "not yet": "has not yet regained the good grade it held in 2015"; round 94)
_NEGATED = re.compile(r"(?:\bnot|\bnever|\bno longer|\bno|n't)(?:\s+yet)?\s*$", re.IGNORECASE)
# a comparison with an earlier time negated across the word compared ("not outstanding as it
# was in 2017", "not as strong as it was", "is not inadequate, as it was in 2022"; round 108)
# (a grade or a word of standing only: "not as confident as they were" is the staff's)
_NEGATED_ACROSS = re.compile(
    r"\bnot\s+(?:outstanding|good|adequate|inadequate|as\s+(?:good|strong|effective))\s*,?\s*$",
    re.IGNORECASE,
)
_AS = re.compile(r"as\b", re.IGNORECASE)
# a sameness that is a comparison, negated a change (not one of keeping: "has not kept that
# grade" says nothing of this year's; round 108)
_COMPARISON = re.compile(r"(?:as|the\s+same)\b", re.IGNORECASE)
_DENIAL = re.compile(r"not\b", re.IGNORECASE)
# a grade kept or lost only in a condition (round 25)
_HYPOTHETICAL = re.compile(r"\b(?:would|could|might)\b[^.;]*$", re.IGNORECASE)
_QUOTE_GAP = re.compile(r"[\s'\"‘’“”]*")
# (and "grades": "has kept its good grades for effectiveness, efficiency and people"; round 111)
_GRADE_WORD = re.compile(r"['\"’”]?\s+grades?\b", re.IGNORECASE)
_FROM_WORDS = 4  # words between "from" and last year's grade ("from last year's grade of")
# a move dated after its grades is another time's ("went from good to outstanding between
# 2016 and 2017", "raised from requires improvement to good in 2017"; round 38)
_DATED = re.compile(r"['\"’”]?\s*(?:in|between|during)\s+(?:19|20)\d\d\b", re.IGNORECASE)
# the earlier grade's time between it and "to" ("has moved from requires improvement in
# 2018/19 to good"; round 55)
_EARLIER_AT = re.compile(
    r"\s+(?:last\s+year|(?:in|at)\s+(?:(?:19|20)\d\d(?:[/-]\d\d)?|our\s+(?:last|previous|"
    r"(?:19|20)\d\d(?:[/-]\d\d)?)\s+inspection))\b",
    re.IGNORECASE,
)
_MOVE_REACH = 60  # characters before "from" in which a verb of movement is looked for
# a move told the other way round, this year's grade first (round 67): "to <grade>" ending
# straight before "from", and the words between "from" and last year's grade ("has gone
# down to requires improvement, from the good we gave in 2023")
_TO_ENDS = re.compile(r"\bto\s+(?:being\s+)?['\"‘“]?$", re.IGNORECASE)
_BEFORE_FROM = re.compile(r"['\"’”]?\s*,?\s*$")
_FROM_THE = re.compile(r"(?:the|its|a|an)\s+['\"‘“]?", re.IGNORECASE)


class TimeData(BaseModel):
    """The pack data of `year_on_year_times`: an earlier time's words and what they make of
    a sentence. `{year}` in a phrase stands for each of `years`."""

    model_config = ConfigDict(extra="forbid", strict=True, defer_build=True)

    years: list[str]
    times: list[str]
    judged_times: list[str] = []
    relations: dict[str, list[str]] = {}
    past: list[str] = []
    moves: list[str] = []
    kept: list[str] = []
    # before "<grade> grade", that grade no longer held: last year's, and a different one
    # now ("has lost the outstanding grade it held for ..."; round 23)
    lost: list[str] = []
    # before "<grade> grade", that grade won back: this year's, better than last year's
    # ("has regained the good grade for investigating crime that it lost in 2017"; round 94)
    regained: list[str] = []
    # an earlier time that, alone in a clause, gives the next clause its time ("Last time,
    # it was good"); not one that takes in now ("For a second consecutive year, ...")
    openings: list[str] = []
    # the relation a negated verb of change states ("has not moved since 2016": same); a
    # relation not named here says nothing negated ("has not improved since 2019" may be
    # the same grade or a worse one)
    negated: dict[str, str] = {}


@dataclass(frozen=True)
class Move:
    """A move between two grades: last year's grade, this year's, and where the words are."""

    earlier: PhraseMatch[str]
    now: PhraseMatch[str]
    start: int
    end: int


class Times:
    """The compiled `year_on_year_times` data."""

    def __init__(self, data: TimeData) -> None:
        # `{year}` in a phrase: any of the years, one slot of the pattern (not the phrase
        # written out once for each year: Python's `re` spent long compiling those)
        self.slots = {"year": data.years}

        def phrases(labelled: Iterable[tuple[str, str]]) -> Phrases[str]:
            return Phrases(labelled, self.slots)

        self.times = phrases((p, p) for p in data.times + data.judged_times)
        self.judged = phrases((p, p) for p in data.judged_times)
        self.relations = phrases(
            (p, kind) for kind, listed in data.relations.items() for p in listed
        )
        self.past = phrases((p, p) for p in data.past)
        self.moves = phrases((p, p) for p in data.moves)
        self.kept = Phrases(
            [(p, "same") for p in data.kept]
            + [(p, "different") for p in data.lost]
            + [(p, "better") for p in data.regained]
        )
        self.openings = phrases((p, p) for p in data.openings)
        self.negated = data.negated
        # words without which none of these readings applies: a time, a move, a grade kept
        # (with `{year}` kept: read them with `slots`)
        self.triggers = [
            *data.times,
            *data.judged_times,
            *data.moves,
            *data.kept,
            *data.lost,
            *data.regained,
        ]

    def relation(self, text: str, start: int, end: int) -> PhraseMatch[str] | None:
        """A verb of change followed, in its clause, by an earlier time: the relation it
        states, over the words from the verb to the time. Not a pro-form opening its
        sentence ("The grade we gave the force in 2019 was good" compares nothing; round
        25)."""
        for verb in self.relations.finditer(text, start, end):
            if opens_sentence(text, start, verb) or (
                verb.label == "same" and _KEPT_SAFE.match(text, verb.end, end)
            ):
                continue
            gap = _GAP.match(text, verb.end, end)
            stop = gap.end() if gap else verb.end
            for time in self.times.finditer(text, verb.end, stop):
                if len(text[verb.end : time.start].split()) > _GAP_WORDS:
                    break
                said = self.unnegated(text, start, verb)
                return PhraseMatch(said.start, time.end, said.label) if said else None
        return None

    def unnegated(self, text: str, start: int, verb: PhraseMatch[str]) -> PhraseMatch[str] | None:
        """The relation a verb of change states with its negation, if any, in front ("has
        not moved": same, over "not moved"); None when negated and `negated` names none
        ("has not improved since 2019" may be the same grade or a worse one)."""
        negation = _NEGATED.search(text, max(start, verb.start - 12), verb.start)
        if negation is None and verb.label == "same" and _AS.match(text, verb.start):
            negation = _NEGATED_ACROSS.search(text, max(start, verb.start - 30), verb.start)
        if negation is None:
            return verb
        kind = self.negated.get(verb.label)
        if kind is None and verb.label == "same" and _COMPARISON.match(text, verb.start):
            kind = "different"  # "not the same as in 2019", "not outstanding as it was"
        return PhraseMatch(negation.start(), verb.end, kind) if kind else None

    def has_time(self, text: str, start: int, end: int) -> bool:
        """Whether the sentence names an earlier time."""
        return next(self.times.finditer(text, start, end), None) is not None

    def anchor(self, text: str, start: int, end: int) -> bool:
        """Whether the sentence names an earlier judgment ("last year's assessment")."""
        return next(self.judged.finditer(text, start, end), None) is not None

    def earlier(
        self, text: str, start: int, end: int, named: Phrases[str]
    ) -> tuple[PhraseMatch[str], int] | None:
        """Last year's grade given by a clause with an earlier time and a past verb ("We
        judged the force to be good in 2017", "the outstanding grade it was given in
        2021/22"): (the grade, where the clause starts); of several such clauses the last,
        the later of two earlier grades ("In 2016 it required improvement; in 2019 we found
        it good; ...")."""
        timed = False  # "..., when we judged": of the time just named
        opening = False  # "Last time, it was good": a clause of a time alone opens the next
        found: tuple[PhraseMatch[str], int] | None = None
        for low, high in _clauses(text, start, end):
            after_time, timed = timed, self.has_time(text, low, high)
            opened, opening = opening, timed and self._time_alone(text, low, high)
            of_that = opened or (after_time and _OF_THAT_TIME.match(text, low, high))
            if not timed and not of_that:
                continue
            alone = self._grade_then(text, low, high, named)  # "Good in 2019, ..."
            if alone is not None:
                found = alone, alone.start
                continue
            if next(self.past.finditer(text, low, high), None) is None:
                continue
            for grade in named.finditer(text, low, high):
                if _GRADE_END.match(text, grade.end, end):
                    found = grade, low + len(text[low:high]) - len(text[low:high].lstrip())
                    break
        return found

    def _grade_then(
        self, text: str, low: int, high: int, named: Phrases[str]
    ) -> PhraseMatch[str] | None:
        """The grade of a clause text[low:high] that is a grade and an earlier time alone,
        with no verb ("Good in 2018/19, ...", "Inadequate last year, ...")."""
        lead = _QUOTE_GAP.match(text, low, high)
        grade = named.starting_at(text, lead.end() if lead else low, high)
        if grade is None:
            return None
        gap = _TIME_PREPOSITION.match(text, grade.end, high) or _QUOTE_GAP.match(
            text, grade.end, high
        )
        time = self.times.starting_at(text, gap.end() if gap else grade.end, high)
        alone = time is not None and not text[time.end : high].strip(" \t\n,;:")
        return grade if alone else None

    def _time_alone(self, text: str, low: int, high: int) -> bool:
        """Whether the clause text[low:high] is an earlier time alone, a preposition at most
        before it ("Last time", "In 2019", "Two years ago")."""
        lead = _TIME_PREPOSITION.match(text, low, high)
        if not self.openings:
            return False
        time = self.openings.starting_at(text, lead.end(), high) if lead else None
        # (or the preposition is the time's own: "At our last inspection, ..."; round 109)
        if time is None:
            time = self.openings.starting_at(text, low, high)
        return time is not None and not text[time.end : high].strip(" \t\n,;:")

    def stated(self, text: str, start: int, end: int, sentence: int) -> PhraseMatch[str] | None:
        """The first verb of change in text[start:end] not negated ("better than" before
        "the requires improvement grade we gave in 2019"; not "has not kept"), nor a
        pro-form opening the sentence that starts at `sentence`."""
        for verb in self.relations.finditer(text, start, end):
            if opens_sentence(text, sentence, verb):
                continue
            if not _NEGATED.search(text, max(start, verb.start - 12), verb.start):
                return verb
        return None

    def kept_grade(
        self, text: str, start: int, end: int, named: Phrases[str]
    ) -> tuple[PhraseMatch[str], PhraseMatch[str]] | None:
        """A grade kept ("keeps its good grade", "has held on to its outstanding grade"),
        lost ("has lost the outstanding grade it held") or won back ("has regained the good
        grade"), a grade kept negated being lost ("has not kept its good grade"; round 94):
        (the grade, the words from the phrase to the grade labelled with the relation, "same",
        "different" or "better")."""
        for phrase in self.kept.finditer(text, start, end):
            label, first = phrase.label, phrase.start
            negated = _NEGATED.search(text, max(start, phrase.start - 12), phrase.start)
            if negated is not None and label != "same":
                continue
            if negated is not None:  # "has not kept its good grade": lost (round 94)
                label, first = "different", negated.start()
            if _HYPOTHETICAL.search(text, max(start, phrase.start - 30), phrase.start):
                continue  # "would, we think, have kept its outstanding grade had ..."
            quote = _QUOTE_GAP.match(text, phrase.end, end)
            grade = named.starting_at(text, quote.end() if quote else phrase.end, end)
            if grade is not None and _GRADE_WORD.match(text, grade.end, end):
                return grade, PhraseMatch(first, grade.end, label)
        return None

    def from_grade(
        self, text: str, relation: PhraseMatch[str], end: int, named: Phrases[str]
    ) -> tuple[PhraseMatch[str], int, int] | None:
        """Last year's grade after "from" in the clause of a relation of change, within a
        few words ("up from requires improvement in 2019", "a decline from the judgment of
        ‘good’"): (the grade, where it ends, where the relation starts)."""
        if relation.label not in ("better", "worse"):
            return None
        stop = _CLAUSE_BREAK.search(text, relation.start, end)
        found = _FROM.search(text, relation.start, stop.start() if stop else end)
        if found is None:
            return None
        for grade in named.finditer(text, found.end(), stop.start() if stop else end):
            between = text[found.end() : grade.start]
            if len(between.split()) > _FROM_WORDS or _TO_WORD.search(between):
                break  # far away, or the second of two ("from adequate to inadequate")
            if _GRADE_END.match(text, grade.end, end) and not _TO.match(text, grade.end, end):
                return grade, grade.end, relation.start
            break
        return None

    def move(self, text: str, start: int, end: int, named: Phrases[str]) -> Move | None:
        """ "from <grade> to <grade>" after a verb of movement in its clause ("has gone
        down from good to requires improvement"); not "a reduction in grade, particularly
        from good to adequate"."""
        if not self.moves:
            return None
        for found in _FROM.finditer(text, start, end):
            first = named.starting_at(text, found.end(), end)
            if first is None:
                continue
            to = _TO.match(text, past_its_time(text, first.end, end), end)
            second = named.starting_at(text, to.end(), end) if to else None
            if second is None or _DATED.match(text, second.end, end):
                continue
            low = max(start, found.start() - _MOVE_REACH)
            stops = [m.end() for m in _SENTENCE_PART.finditer(text, low, found.start())]
            verbs = list(self.moves.finditer(text, max([low, *stops]), found.start()))
            if verbs:
                return Move(first, second, verbs[-1].start, second.end)
        return self._move_to_first(text, start, end, named)

    def _move_to_first(self, text: str, start: int, end: int, named: Phrases[str]) -> Move | None:
        """ "to <grade> from <grade>" after a verb of movement in its clause, this year's
        grade first ("has dropped to requires improvement from good", "has gone down to
        requires improvement, from the good we gave in 2023"; round 67)."""
        for found in _FROM.finditer(text, start, end):
            the = _FROM_THE.match(text, found.end(), end)
            earlier = named.starting_at(text, the.end() if the else found.end(), end)
            if earlier is None or _TO.match(text, past_its_time(text, earlier.end, end), end):
                continue  # not a grade, or the first of "from <grade> to <grade>"
            low = max(start, found.start() - _MOVE_REACH)
            before = list(named.finditer(text, low, found.start()))
            now = before[-1] if before else None
            if (
                now is None
                or not _BEFORE_FROM.fullmatch(text, now.end, found.start())
                or not _TO_ENDS.search(text, low, now.start)
            ):
                continue
            stops = [m.end() for m in _SENTENCE_PART.finditer(text, low, now.start)]
            verbs = list(self.moves.finditer(text, max([low, *stops]), now.start))
            if verbs:
                return Move(earlier, now, verbs[-1].start, earlier.end)
        return None


def past_its_time(text: str, at: int, end: int) -> int:
    """Where an earlier grade's words end, with its time after it ("from requires
    improvement in 2018/19 to good": after "2018/19")."""
    dated = _EARLIER_AT.match(text, at, end)
    return dated.end() if dated else at


def sameness(text: str, relation: PhraseMatch[str]) -> bool:
    """Whether the relation states a sameness or denies one ("not outstanding as it was in
    2017"; round 108): this year's grade read in the sentence may anchor it."""
    return relation.label == "same" or (
        relation.label == "different" and _DENIAL.match(text, relation.start) is not None
    )


def dated(text: str, at: int, end: int) -> bool:
    """Whether a year dates the grade ending at `at` ("to outstanding in 2017")."""
    return _DATED.match(text, at, end) is not None


def opens_sentence(text: str, start: int, verb: PhraseMatch[str]) -> bool:
    """Whether a relation's words are a noun phrase opening the sentence at `start` ("The
    grade we gave the force in 2019 was good"): its subject, a pro-form of nothing before
    it (round 25)."""
    return bool(_OPENING_NOUN.match(text, verb.start)) and not text[start : verb.start].strip(
        " \t\n'\"‘“"
    )


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentence text[start:end] cut at commas, semicolons and colons."""
    cuts = [start] + [m.end() for m in _CLAUSE_BREAK.finditer(text, start, end)] + [end]
    return [(a, b) for a, b in itertools.pairwise(cuts) if b > a]
