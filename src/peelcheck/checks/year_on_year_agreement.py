"""What a year-on-year sentence's comparison says of the grades (`year-on-year`): whether a
change of the work says anything of the grade, whether a first grading is a rise, the grade a
phrase names, and what in the sentence disagrees with the draft's grade and last year's."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Literal

from peelcheck.checks.year_on_year_times import dated, past_its_time
from peelcheck.prose.phrases import PhraseMatch
from peelcheck.prose.times import EARLIER_BRACKET

if TYPE_CHECKING:
    from peelcheck.checks.year_on_year_times import Times
    from peelcheck.engine.context import DraftContext
    from peelcheck.prose.phrases import Phrases

# what may stand between a phrase and the grade it introduces: white space and quotes
_QUOTES = re.compile(r"[\s'\"‘’“”]*")
_DENIED = re.compile(r"(?:\bnot|n't)\s+$", re.IGNORECASE)
_CLOSING = re.compile(r"['\"’”]?\s*\)")
_TO_GRADE = re.compile(r"\s+to\b", re.IGNORECASE)
# before a relation, in its clause: a denial; or a contrast opening a clause of its own
_DENIED_OR_CONTRASTED = re.compile(
    r"\b(?:none|no|not|never|nothing)\b[^,;:]*$|[,;]\s*(?:while|whilst|whereas|but)\b[^;]*$",
    re.IGNORECASE,
)
# the words after a first grading up to "as" and its grade ("... graded the service as")
_GRADED_AS = re.compile(r"[^,;:.]{0,60}?\bas\s+", re.IGNORECASE)

Relation = Literal["same", "different", "better", "worse", "first"]

# the grade said to be kept or not yet given, beside a change of the work ("..., but its grade
# is unchanged", "..., though not enough to change its grade")
_GRADE_KEPT = re.compile(
    r"\bgrade\s+(?:is|remains|stays|has\s+stayed)\s+(?:the\s+same|unchanged)\b"
    # (round 51: "..., but not by enough to change its grade", "not yet enough to lift")
    r"|\bnot\s+(?:(?:yet|by)\s+)?(?:enough|sufficiently)\s+to\s+(?:change|raise|lift|lower|move)"
    r"\s+(?:its|the)\s+grade\b"
    # (round 49: "..., but we have not changed its grade", "..., but we have yet to decide its
    # grade", "We cannot say whether ... has gone up or down")
    r"|\b(?:have|has)\s+not\s+changed\s+(?:its|the)\s+grade\b"
    r"|\byet\s+to\s+(?:decide|set|give)\s+(?:its|the|a)\s+grade\b|\bup\s+or\s+down\b",
    re.IGNORECASE,
)
# a change in part only ("has deteriorated in some important areas"): no grade's change
# (this year's grade in part, "now requires improvement in some of the aspects", is one the
# judgment grammar reads as qualified: `YearOnYear._qualified`)
_IN_PART = re.compile(
    r"\s*(?:in|at|for)\s+(?:some|a few|certain|several|parts|places|one area|two areas)\b",
    re.IGNORECASE,
)
# the earlier grade in apposition, after a denied grade ("is not inadequate, the grade it
# received in 2019", "had not slipped back to inadequate, the grade we gave it"): the grade
# denied is the earlier one, so the sentence says no "same" (round 88)
_APPOSITIVE = re.compile(r"(?:the|a)\s+grade\b", re.IGNORECASE)
_DENIED_BEFORE = re.compile(r"\b(?:not|no longer|never)\b|n't\b", re.IGNORECASE)
# "no longer" of our method or of every area, no grade of the subject's ("we no longer grade
# pillars", "is no longer inadequate in any area"; round 125)
_NO_LONGER_NONE = re.compile(
    r"no\s+longer\s+(?:grades?|graded|inspects?|gives?\b|[\w\s]{3,40}?\s+(?:at|in)\s+any\s+"
    r"(?:of\s+the\s+)?(?:areas?|questions?)\b)",
    re.IGNORECASE,
)
# a count compared, not a grade ("good at eight of the eleven areas, the same number as in
# 2022"; round 89)
_NUMBER_COMPARED = re.compile(r"\bnumber\b[^,;:]*$", re.IGNORECASE)


def says_nothing(
    text: str, start: int, end: int, relation: PhraseMatch[str], others: list[PhraseMatch[str]]
) -> bool:
    """Whether a change of grade says nothing of the grade: the work changed beside the
    grade said to be kept ("has improved since 2016, but its grade is the same"), a part
    changed ("has declined in some areas"), or two parts differ ("its prevention grade is
    the same ..., but its protection grade has improved"), the earlier grade in apposition
    to a denied one ("is not inadequate, the grade it received in 2019"), or a count of areas
    compared ("the same number as in 2022"), or "no longer" of our method or of every area
    ("we no longer grade pillars", "no longer inadequate in any area")."""
    kinds = {r.label for r in others}
    if relation.label == "different":
        return _NO_LONGER_NONE.match(text, relation.start) is not None
    if relation.label in ("better", "worse"):
        return (
            _GRADE_KEPT.search(text, start, end) is not None
            or _IN_PART.match(text, relation.end) is not None
            or "same" in kinds
        )
    if relation.label != "same":
        return False
    if kinds & {"better", "worse"}:
        return True
    if _NUMBER_COMPARED.search(text, start, relation.start):
        return True
    if _APPOSITIVE.match(text, relation.start) is None:
        return False
    # the clause the apposition follows, not an earlier one ("This question was not
    # inspected, so the force remains good, the grade we gave in 2016")
    before = text[start : relation.start].rstrip(" \t\n,–—-")
    clause = max(before.rfind(mark) for mark in ",;:") + 1
    return _DENIED_BEFORE.search(before, clause) is not None


# a bare "has improved" ("has improved its effectiveness since 2017", "has improved
# considerably"), with no grade or judgment in its clause or after it ("its grade has improved",
# "Our judgment has improved", "has improved its grade for", "..., and we have raised its
# grade") nor a measure after it ("by a grade", "from ... to", "enough to", "compared with")
_BARE_IMPROVED = re.compile(r"(?:has|have|had)\s+improved|improved\s+since", re.IGNORECASE)
_MEASURE_AFTER = re.compile(r"\s*(?:by|from|to|on|enough|as|compared)\b", re.IGNORECASE)
_GRADE_WORD = re.compile(r"\b(?:grades?|graded|rating|judge?ments?)\b", re.IGNORECASE)


def work_improved(
    text: str,
    start: int,
    end: int,
    relation: PhraseMatch[str],
    named: Phrases[str],
    said: tuple[PhraseMatch[str], int, int] | None,
) -> bool:
    """Whether a bare "has improved" says the work improved, not its grade: no measure after
    it, and no grade or judgment in its clause or after it but last year's (`said`: its grade,
    where its words end and start): "has improved its effectiveness since 2017, when we graded
    it as requiring improvement" (round 118)."""
    if not _BARE_IMPROVED.fullmatch(text, relation.start, relation.end):
        return False
    if _MEASURE_AFTER.match(text, relation.end):
        return False
    before = text[start : relation.start]
    opens = start + max(before.rfind(mark) for mark in ",;:–") + 1
    spans = [m.span() for m in _GRADE_WORD.finditer(text, opens, end)]
    spans += [(p.start, p.end) for p in named.finditer(text, relation.end, end)]
    return all(said is not None and said[2] <= at and to <= said[1] for at, to in spans)


def disagreement(
    relation: str | None,
    grade: Any,
    previous: str | None,
    said: str | None,
    now: str | None,
    ctx: DraftContext,
) -> str:
    """What in a comparing sentence disagrees with the grades (its relation, last year's grade
    it gives, this year's grade it gives), or "" when nothing does."""
    problem = _problem(relation, grade, previous, said, ctx) if relation else ""
    if said is not None and previous is not None and said != previous and not problem:
        problem = _last_years(said, previous)
    # this year's grade only on the draft's scale: "adequate" under a four-grade cycle is no
    # grade it can give
    if not problem and ctx.is_grade(now) and ctx.is_grade(grade) and now != grade:
        problem = f"it gives this year's grade as {now} and grade is {grade}"
    return problem


def _problem(
    relation: str, grade: Any, previous: str | None, said: str | None, ctx: DraftContext
) -> str:
    """What disagrees, or "" when the sentence and the grades agree."""
    if relation == "first":
        return f"previous_grade gives last year's grade ({previous})" if previous else ""
    if said is not None and previous is not None and said != previous:
        return _last_years(said, previous)
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


def _last_years(said: str, previous: str) -> str:
    return f"it gives last year's grade as {said} and previous_grade is {previous}"


def first_graded_as(
    text: str, relation: PhraseMatch[str], end: int, named: Phrases[str]
) -> PhraseMatch[str]:
    """A first grading, or a rise when a grade follows "as" in its clause: "the first time we
    have graded the service as outstanding at ..." is a grade reached after earlier ones
    (round 51); "the first time we have graded the force on ..." stays a first grading."""
    graded_as = _GRADED_AS.match(text, relation.end, end)
    if graded_as is None or grade_at(named, text, graded_as.end(), end) is None:
        return relation
    return PhraseMatch(relation.start, relation.end, "better")


def grade_at(named: Phrases[str], text: str, at: int, end: int) -> PhraseMatch[str] | None:
    """The grade named at text[at:end], after white space and quotes."""
    gap = _QUOTES.match(text, at, end)
    return named.starting_at(text, gap.end() if gap else at, end)


def moved_to(
    text: str, start: int, relation: PhraseMatch[str], end: int, named: Phrases[str]
) -> bool:
    """Whether a relation of change in the sentence at text[start:end] moves the grade
    itself: this year's grade straight after it, "to" between at most ("has improved to
    good", "has risen to outstanding"; round 57), not the work ("has improved its response
    and is now good"); not a grade dated to another year ("having dropped to requires
    improvement in 2019"), one denied ("none of it rose to good") nor another topic's after
    a contrast ("..., while recording crime has moved up to good")."""
    if relation.label not in ("better", "worse"):
        return False
    grade = _grade_moved_to(text, relation, end, named)
    if grade is None or dated(text, grade.end, end):
        return False
    return not _DENIED_OR_CONTRASTED.search(text, start, relation.start)


def _grade_moved_to(
    text: str, phrase: PhraseMatch[str], end: int, named: Phrases[str]
) -> PhraseMatch[str] | None:
    """The grade straight after a phrase of change, "to" between at most ("risen to good")."""
    to = _TO_GRADE.match(text, phrase.end, end)
    return grade_at(named, text, to.end() if to else phrase.end, end)


def of_now(
    text: str, end: int, phrases: list[PhraseMatch[str]], named: Phrases[str]
) -> list[PhraseMatch[str]]:
    """A sentence's phrases of change or of this year's grade from the first that is not
    followed by a grade of an earlier time and then another phrase ("fell to inadequate at our
    2022 inspection and has risen to requires improvement this time": from "risen to"; round
    101)."""
    for at, phrase in enumerate(phrases[:-1]):
        grade = _grade_moved_to(text, phrase, end, named)
        if grade is None or past_its_time(text, grade.end, end) == grade.end:
            return phrases[at:]
    return phrases[-1:]


def stated_relation(
    times: Times | None, text: str, start: int, end: int, found: PhraseMatch[str] | None
) -> PhraseMatch[str] | None:
    """The relation a sentence states: `found` (a phrase of the check's relations) with its
    negation read, else a verb of change with an earlier time after it; the verb's, when both
    state a sameness and it takes in `found` ("as it has been at every inspection" over "at
    every inspection"; round 110), or both where they overlap ("is unchanged" and "unchanged
    since 2019"; round 121). (Not a change: "risen to good since 2017" would hide the grade
    moved to.)"""
    if times is None:
        return found
    if found is not None:
        found = times.unnegated(text, start, found)
    if found is not None and found.label != "same":
        return found  # (a change: the verb with its time is not looked for)
    timed = times.relation(text, start, end)
    if found is None or timed is None or timed.label != "same":
        return found or timed
    if timed.start <= found.start and found.end <= timed.end:
        return timed
    if found.start < timed.start < found.end < timed.end:
        # overlapping: both, "is unchanged since our last inspection" (round 121)
        return PhraseMatch(found.start, timed.end, "same")
    return found


def kept_first(
    text: str, start: int, kept: PhraseMatch[str], relation: PhraseMatch[str] | None
) -> bool:
    """Whether a grade kept gives the relation of the sentence at text[start:...]: it is the
    only relation, or it comes first, in the opening clause ("X kept its good grade for A
    but fell back to adequate in B"; not "Unlike its neighbour, which held its good grade for
    A, X fell to requires improvement"; round 101)."""
    return relation is None or (
        kept.start < relation.start and text.find(",", start, kept.start) < 0
    )


def bracketed(
    named: Phrases[str], text: str, start: int, end: int
) -> tuple[PhraseMatch[str], PhraseMatch[str], int] | None:
    """This year's grade, the earlier one a bracket after it gives and where the bracket
    closes, as a table row read as prose has them ("Legitimacy: good (2016: requires
    improvement)"; round 58)."""
    if text.find("(", start, end) < 0:
        return None  # most sentences
    for grade in named.finditer(text, start, end):
        bracket = EARLIER_BRACKET.match(text, grade.end, end)
        earlier = grade_at(named, text, bracket.end(), end) if bracket else None
        closing = _CLOSING.match(text, earlier.end, end) if earlier else None
        if earlier is not None and closing is not None:
            return grade, earlier, closing.end()
    return None


def names_judgment(lists: list[Phrases[Any]], text: str, start: int, end: int) -> bool:
    """Whether the sentence at text[start:end] names the judgment (a phrase of `lists`:
    anchors, an earlier judgment's time), not a grading denied ("..., although we do not
    grade this area"; round 56)."""
    return any(
        not _DENIED.search(text, max(start, found.start - 12), found.start)
        for phrases in lists
        for found in phrases.finditer(text, start, end)
    )
