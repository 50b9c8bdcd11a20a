"""Times before a grade that leave it this year's: "since 2023" (up to now), "As in 2016,
..." and "In 2017, as in 2016, ..." (a comparison with this year's grade), "from good last
year to ..." (the grade moved from), "matched its 2024 grade of good" (the grade matched). The
grammar's vetoes read any other time before a grade in its clause as another year's."""

from __future__ import annotations

import re

_SINCE = re.compile(r"\bsince\b", re.IGNORECASE)  # "since 2023": up to now, not then
# but a relative clause of that time holding the grade is of then ("Since the 2017 inspection,
# in which we found the force to be inadequate at ..., the force has improved"; round 98)
_OF_THEN = re.compile(r"[^,;:]*,\s*(?:(?:in|at|during)\s+which|when)\b[^,;:]*$", re.IGNORECASE)
# "A year on from 2016, Kent Police is still good": a time counted on from, up to now too
# (round 92)
_ON_FROM = re.compile(r"\b(?:years?|months?)\s+on\s+from\s+(?:(?:our|the|its)\s+)?$", re.IGNORECASE)
# "As in 2016, we judge ...", "Like last year, the force is ...", "Unlike at our last
# inspection, ...": the year is a comparison with this year's grade, not its time
# ("Compared with our last inspection, the force has gone down a grade, to ...")
# (round 75: "Just as we found in 2019, ...", "As at our first inspection in 2018, ...")
_AS_IN = re.compile(
    r"\b(?:as|(?:un)?like|compared\s+(?:with|to))\s+(?:it\s+was\s+|we\s+found\s+)?"
    r"(?:(?:in|at|our|the|with)\s+){0,2}(?:(?:first|last|previous)\s+inspection\s+in\s+)?$",
    re.IGNORECASE,
)
# "In 2017, as in 2016, the force is good": a time compared with another straight after it
# is this inspection's own, told in the present (round 46)
_COMPARED_AFTER = re.compile(r",\s*(?:as|(?:un)?like)\s+(?:in|at)\s", re.IGNORECASE)
_PAST_VERB = re.compile(r"\b(?:was|were|had|did)\b", re.IGNORECASE)
# "South Wales Police matched its 2024 grade of good": the year names the grade matched, which
# is this year's too (round 116)
_MATCHED = re.compile(r"\b(?:matched|matches|repeated|repeats)\s+(?:its|the)\s+$", re.IGNORECASE)
_GRADE_OF = re.compile(r"\s+grade\s+of\b", re.IGNORECASE)
# "from good last year to requires improvement": the time dates the grade moved from
_TO_NOW = re.compile(r"\s*to\s+['\"]?$", re.IGNORECASE)
# a bracket after a grade giving an earlier grade, as a table row read as prose has it
# ("Legitimacy: good (2016: requires improvement)", "adequate (previously requires
# improvement)"; round 58; "(previous inspection: good)", "(at the 2018/19 inspection:
# requires improvement)"; round 74): its time is the earlier grade's, not this one's
_YEAR = r"(?:19|20)\d\d(?:[/-]\d\d)?"
EARLIER_BRACKET = re.compile(
    r"['\"]?\s*\(\s*(?:(?:in\s+)?" + _YEAR + r"\s*:|previously\b"
    r"|(?:(?:at|in)\s+)?(?:the|our)\s+" + _YEAR + r"\s+inspection\s*:"
    r"|(?:(?:at|in)\s+)?(?:(?:the|our)\s+)?(?:previous|last)\s+inspection\s*:)",
    re.IGNORECASE,
)


def undated(plain: str, time: re.Match[str], grade_start: int) -> bool:
    """Whether the time `time`, before the grade at `grade_start`, leaves it this year's."""
    if _SINCE.search(plain, max(0, time.start() - 30), time.start()):
        return _OF_THEN.match(plain, time.end(), grade_start) is None
    if _ON_FROM.search(plain, max(0, time.start() - 30), time.start()):
        return True
    if _AS_IN.search(plain, max(0, time.start() - 48), time.start()):
        return True
    if _TO_NOW.match(plain, time.end(), grade_start):
        return True
    if _MATCHED.search(plain, max(0, time.start() - 24), time.start()):
        return _GRADE_OF.match(plain, time.end(), grade_start) is not None
    return bool(
        _COMPARED_AFTER.match(plain, time.end())
        and not _PAST_VERB.search(plain, time.end(), grade_start)
    )
