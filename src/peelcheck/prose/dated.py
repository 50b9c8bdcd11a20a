"""The judgment grammar's veto of another year's grade: a grade read by a frame or a clause
is no judgment of this inspection when a time of the past dates it in its clause ("In 2019,
the force was good", "was good at our last inspection"), unless a time of now stands
between or after it ("was good in 2018 and is good again") or words carry it to now ("...,
and it remains so": `Vetoes`, before this veto)."""

from __future__ import annotations

import re

from peelcheck.prose import grammar_data as patterns
from peelcheck.prose.grammar_compiled import CompiledGrammar
from peelcheck.prose.times import EARLIER_BRACKET, undated

# (a dash too: "remains good at A – as it was in 2017"; and a contrast: "requires
# improvement at A but its performance is better than in 2016" dates the comparison)
_CLAUSE_END = re.compile(r"[,;\u2013\u2014]")
# (round 92: a grade set against another, whose time it is, "is now good rather than
# adequate as at our last inspection", "good, compared with adequate in 2022")
# (round 102: an earlier grade after "after being", "has fallen back to adequate ... after
# being good in 2022", "after it had been good in 2015"; the time of a sameness, "Its good
# grade for ... is the same as in 2019")
# (round 113: a comparison with the earlier time, not the grade's date, with no comma before
# it: "requires improvement as it did in 2018", "is good as it was in 2019")
_CONTRAST_END = re.compile(
    r"\b(?:but|although|though|whereas|whilst|rather\s+than|instead\s+of|compared\s+(?:with|to)"
    r"|after\s+(?:being|it\s+(?:was|had\s+been))|the\s+same\s+as"
    r"|as\s+(?:it|they)\s+(?:did|was|were))\b",
    re.IGNORECASE,
)
# (round 122: a list of times that runs to now, ending its clause, the grade of each, this
# one's too: "... in 2022, 2024 and again this year", "in 2022, 2024 and now 2026"; not "in
# 2022 and now it is adequate")
_YEARS_TO_NOW = re.compile(
    r"(?:\s*,\s*(?:in\s+)?\d{4}(?:[-/]\d{2})?)*\s*,?\s+and\s+(?:again\s+|once\s+more\s+)?"
    r"(?:this\s+year|(?:in|at)\s+this\s+inspection|now(?:\s+\d{4})?)\s*(?:[,;:.!?]|$)",
    re.IGNORECASE,
)
# our verb of judging in the present straight after a time ("in 2016 we judge it to be good")
_OUR_PRESENT = re.compile(
    r"\s*,?\s*we\s+(?:now\s+)?(?:judge|consider|find|assess|grade|rate|regard)\b", re.IGNORECASE
)
# a relative clause between commas before the grade ("Its promotion processes, which staff
# told us they do not trust, require improvement"): its verb of saying is its own (round 23);
# or one after a preposition, in an aside naming what it is ("..., a matter about which the
# staff we met felt strongly, is good"; round 39); or the evidence fronted, "what" told
# ("Given what 40 firefighters told us about their managers, the service is inadequate at
# ..."; round 106; not "From what staff told us, ...", which may report their view)
_RELATIVE = re.compile(
    r"(?:,\s*(?:(?:[\w'-]+\s+){0,3}(?:about|in|of|on|for|with|to|by|from|at|through)\s+)?"
    + patterns.RELATIVES
    + r"|^\W*(?:given|based\s+on|in\s+the\s+light\s+of)\s+what\b)[^,;:]*$",
    re.IGNORECASE,
)
# a verb in the present joining a subject to its grade, and any word of the past
_PRESENT_LINK = re.compile(r"\b(?:is|are|remains|remain|requires|require)\b", re.IGNORECASE)
_PERFECT = re.compile(r"\b(?:has|have)\b(?!\s+been\b)", re.IGNORECASE)
_PAST_WORD = re.compile(r"\b(?:was|were|had|been|found|gave|said|told|\w+ed)\b", re.IGNORECASE)
_ENDS = re.compile(r"\s*(?:[,;:.!?]|$)")
# what the grade is of, named back, before a time of now ("and is good at it now"; round 100)
_WHAT_BACK = re.compile(r"(?:at|in|on)\s+(?:it|this|them|this\s+area)\s+", re.IGNORECASE)
# a grade alone opening the sentence, a time after it ("Good in 2018/19, the service's ...")
_OPENING_GRADE = re.compile(r"\W*(?P<grade>[^,;:]+?)\s+(?:(?:in|at|during)\s+)?$", re.IGNORECASE)


def closed_relative(plain: str, said: re.Match[str], grade_start: int) -> bool:
    """Whether words (a verb of saying, a time) are inside a relative clause that closes,
    at a comma, before the grade (", which staff told us they do not trust, require
    improvement")."""
    opened = _RELATIVE.search(plain, 0, said.start())
    closed = plain.find(",", said.end(), grade_start)
    return opened is not None and closed >= 0


def _fronted_before_present(plain: str, time: re.Match[str], begin: int, grade_start: int) -> bool:
    """Whether the time is inside a phrase fronted before the clause's subject, a comma
    straight before it, and the clause joins its subject to the grade in the present ("After
    its 2022 inspection, the service is adequate at ..."; not "In 2022, the service was
    adequate", nor "In 2019, we found that the force is good")."""
    comma = plain.rfind(",", time.end(), begin)
    if comma < 0 or plain[comma + 1 : begin].strip():
        return False
    if _PRESENT_LINK.search(plain, begin, grade_start) is not None:
        return _PAST_WORD.search(plain, begin, grade_start) is None
    # (or a perfect, "Having been inadequate in 2023, the force has recovered to good";
    # round 103: its participle is no past; not "has been", which read "Across the 2023-25
    # round so far, the commonest grade for ... has been adequate" as the subject's)
    perfect = _PERFECT.search(plain, begin, grade_start)
    return perfect is not None and _PAST_WORD.search(plain, begin, perfect.start()) is None


def _skip_space(plain: str, at: int) -> int:
    """Where the next word after `at` begins."""
    while at < len(plain) and plain[at].isspace():
        at += 1
    return at


class Dated(CompiledGrammar):
    """A compiled grammar's veto of a grade dated to another year."""

    def _dated_before(self, plain: str, begin: int, grade_start: int, grade_end: int) -> bool:
        """True when a time of the past stands before the grade in its clause, from the
        last ";" or ":" before the reading's `begin` ("... in 2019, so this is the first
        time it has been graded: it is good"), with no time of now between them or straight
        after the grade ("It was good in 2021/22 and is adequate now")."""
        opens = max(plain.rfind(";", 0, begin), plain.rfind(":", 0, begin)) + 1
        last_past = max(
            (
                m.end()
                for m in self._past.finditer(plain, opens, grade_start)
                if not undated(plain, m, grade_start)
                and not self._dates_opening(plain, m)
                # (a time inside a relative clause closed before the grade is that clause's:
                # "..., which the IOPC reviewed last year, is adequate"; round 23)
                and not closed_relative(plain, m, grade_start)
                # (or inside a grade's own aside between commas, after its noun phrase: "Its
                # protection work, inadequate at our last inspection in 2022, has improved
                # to adequate"; round 62)
                and not self._in_aside(plain, m, grade_start)
                # (or inside a phrase fronted before the subject of a verb in the present:
                # "Following the requires improvement grade of 2022, the service is adequate
                # at ..."; round 94)
                and not _fronted_before_present(plain, m, begin, grade_start)
                # (or straight before our verb of judging in the present: "...; in 2016 we
                # judge it to be good", the report's own year; round 124)
                and _OUR_PRESENT.match(plain, m.end()) is None
            ),
            default=-1,
        )
        return (
            last_past >= 0
            and self._present.search(plain, last_past, grade_start) is None
            and not self._now_after(plain, grade_end)
        )

    def _now_after(self, plain: str, grade_end: int) -> bool:
        """Whether a time of now follows the grade straight after it, ending its clause
        ("is adequate now.", "is good for the first time."; not "good now that")."""
        at = _skip_space(plain, grade_end)
        found = self._present_after.match(plain, at)
        what = _WHAT_BACK.match(plain, at) if found is None else None
        if what is not None:  # "is good at it now" (round 100)
            found = self._present_after.match(plain, what.end())
        return found is not None and _ENDS.match(plain, found.end()) is not None

    def _in_aside(self, plain: str, time: re.Match[str], grade_start: int) -> bool:
        """Whether the time is inside a grade's aside between commas that closes before the
        grade (`_appositive`: ", good in 2019,")."""
        comma = plain.rfind(",", 0, time.start())
        if comma <= 0:
            return False
        aside = self._appositive.match(plain, comma, grade_start)
        return aside is not None and aside.end() > time.end()

    def _dated_after(self, plain: str, grade_start: int, grade_end: int) -> bool:
        """True when a time of the past follows the grade in its clause ("... as good at
        our last inspection"), not after a contrast, nor of a grade kept ("keeps the
        outstanding grade it was given in 2016": when it was given)."""
        if self._kept.search(plain, max(0, grade_start - 32), grade_start):
            return False
        cut = EARLIER_BRACKET.match(plain, grade_end) or _CLAUSE_END.search(plain, grade_end)
        after = self._past_after.search(plain[grade_end : cut.start() if cut else None])
        if after is None or self._from_grade.match(plain, grade_end):
            return False  # (or the time of the grade moved from, "to good from adequate in 2019")
        if _YEARS_TO_NOW.match(plain, grade_end + after.end()):
            return False  # every time of a list that runs to now (round 122)
        return not _CONTRAST_END.search(plain, grade_end, grade_end + after.start())

    def _dates_opening(self, plain: str, time: re.Match[str]) -> bool:
        """True when the time dates a grade that opens the sentence alone, the time ending
        its clause ("Good in 2018/19, the brigade's prevention work requires improvement")."""
        head = _OPENING_GRADE.fullmatch(plain, 0, time.start())
        return (
            head is not None
            and patterns.key(head.group("grade")) in self._grade_of
            and plain[time.end() :].lstrip().startswith(",")
        )
