"""What one paragraph is, by its words: a grade, a number, a heading the reports use.

Every recogniser here reads a single paragraph's text. The headings and sentences are the
ones the published reports use, cycle by cycle (REPORT-SHAPES.md); variants a Word author
produces (case, a colon after a heading, "Cause of concern" or "Causes of concern") are
accepted.
"""

from __future__ import annotations

import difflib
import re
from enum import Enum

_SPACES = re.compile(r"\s+")


class Part(Enum):
    """The parts of a question's section that have headings of their own."""

    AREAS = "Areas for improvement"
    CAUSES = "Cause of concern"
    RECOMMENDATIONS = "Recommendations"
    PRACTICE = "practice"


_PARTS = (
    (re.compile(r"(?:key\s+)?areas?\s+for\s+improvement", re.I), Part.AREAS),
    (re.compile(r"(?:accelerated\s+)?causes?\s+(?:of|for)\s+concern", re.I), Part.CAUSES),
    (re.compile(r"recommendations?", re.I), Part.RECOMMENDATIONS),
    (
        re.compile(r"(?:promising|innovative|notable|good|effective|interesting)\s+practice", re.I),
        Part.PRACTICE,
    ),
)

# Front matter the reports open with, by kind.
SUMMARY_BY_INSPECTOR = re.compile(
    r"(?:HM\s*Inspector[’']?s?|HMI[’']?s?|Inspector[’']s)\s+(?:summary|observations)", re.I
)
SUMMARY = re.compile(r"(?:overall\s+summary|overview|summary|overall\s+judge?ments?)", re.I)
JUDGMENTS = re.compile(
    r"(?:our|graded|summary\s+of\s+(?:our\s+)?)\s*judge?ments?(?:\s+and\s+grades)?", re.I
)
FURNITURE = re.compile(
    r"(?:contents|table\s+of\s+contents|about\s+(?:the\s+data|this\s+(?:inspection|report)|us)"
    r"|annex(?:e|es)?\b.*|appendix\b.*|appendices|glossary|references|footnotes|endnotes"
    r"|(?:force|service)\s+in\s+(?:numbers|context)|what\s+this\s+report\s+contains"
    r"|introduction|methodology|important\s+changes\s+to\s+peel|peel\s+(?:19|20)\d\d.*"
    r"|terminology\s+in\s+this\s+report|changes\s+to\s+this\s+round\s+of\s+inspection"
    r"|next\s+steps|foreword|acknowledge?ments|risk-based\s+inspection|data\s+in\s+this\s+report"
    r"|(?:our\s+)?approach|fire\s+and\s+rescue\s+authority\s+governance)",
    re.I,
)
QUESTIONS_FOR = re.compile(r"questions\s+for\s+(?P<pillar>\S.*?)", re.I)
_NUMBER_LINE = re.compile(r"(?:question\s+)?(?P<number>\d{1,2}(?:\.\d{1,2})*)[.:)]?", re.I)
_NUMBERED = re.compile(
    r"(?:question\s+)?(?P<number>\d{1,2}(?:\.\d{1,2})*)(?:[.:)]\s*|\s+)(?=[^\s\d])", re.I
)
_GRADE_PREFIX = re.compile(
    r"(?:(?:our|overall|the)\s+)?(?:grade|judge?ment|graded\s+judge?ment|rating)\s*[:–—-]\s*",
    re.I,
)
_NOT_GRADED = re.compile(r"(?:not(?:\s+yet)?\s+graded|to\s+be\s+graded|ungraded)", re.I)
_SAYS_UNGRADED = re.compile(
    r"\bwe\s+(?:don[’']t|do\s+not)\s+make\s+(?:a\s+)?graded\s+judge?ments?"
    r"|\b(?:is|are|was)\s+not\s+graded\b",
    re.I,
)
_CARRIED = re.compile(
    r"not\s+subject\s+to\s+detailed\s+inspection\s+in\s+[\d/]+,?\s+and\s+our\s+judge?ment\s+"
    r"from\s+the\s+(?P<year>(?:19|20)\d\d)\b.*carried\s+over",
    re.I,
)
_NOT_INSPECTED = re.compile(
    r"this\s+question\s+was\s+not\s+inspected\s+in\s+(?P<year>(?:19|20)\d\d)\.\s+the\s+grade"
    r"\s+and\s+findings\s+from\s+last\s+year",
    re.I,
)
LAST_UPDATED = re.compile(r"last\s+updated:?\s+(?P<date>\d{1,2}/\d{1,2}/\d{4})", re.I)
_WELSH = "os hoffech chi ddarllen hwn trwy'r gymraeg"
INTRO = re.compile(r".{0,200}:\Z", re.S)  # "We recommend that, within three months, ...:"
_SHOULD = re.compile(
    r"(?:the\s+(?:force|service|constabulary)|[A-Z][\w&’' -]{2,60}?)\s+"
    r"(?:should|needs?\s+to|must)\b"
)


def plain(text: str) -> str:
    """Lower case, single spaces, straight apostrophes, no final full stop or colon."""
    text = text.replace("’", "'").replace("‘", "'").replace("–", "-").replace("—", "-")
    return _SPACES.sub(" ", text).strip().rstrip(".:").strip().lower()


def part_heading(text: str) -> Part | None:
    """The part a heading opens ("Areas for improvement"), if it is one."""
    words = plain(text)
    if len(words) > 40:
        return None
    return next((part for pattern, part in _PARTS if pattern.fullmatch(words)), None)


def grade_span(text: str, grades: dict[str, str]) -> tuple[int, int] | None:
    """Where the grade stands in a paragraph that is only a grade ("Good", "Grade: Good",
    "Requires Improvment", "Not graded"), or None for any other paragraph.

    A near-miss of a grade is a grade as written, so that `grade-on-scale` reports it.
    """
    stripped = text.strip()
    start = len(text) - len(text.lstrip())
    prefix = _GRADE_PREFIX.match(stripped)
    if prefix:
        start += prefix.end()
        stripped = stripped[prefix.end() :]
    value = stripped.rstrip(" .")
    if not value or len(value.split()) > 4 or not re.fullmatch(r"[A-Za-z ’'-]+", value):
        return None
    key = _SPACES.sub(" ", value).lower()
    near = difflib.get_close_matches(key, [g for g in grades if g != "ungraded"], 1, 0.8)
    if key in grades or _NOT_GRADED.fullmatch(value) or near:
        return start, start + len(value)
    return None


def says_ungraded(text: str) -> bool:
    """The paragraph says the area is not graded ("We don't make a graded judgment ...")."""
    return bool(_SAYS_UNGRADED.search(text))


def number_line(text: str) -> str | None:
    """A question number on a line of its own ("1", "1.1", "Question 3:")."""
    found = _NUMBER_LINE.fullmatch(text.strip())
    return found.group("number") if found else None


def numbered_title(text: str) -> tuple[str, int] | None:
    """A typed number before a title ("1.1 Understanding ...", "3. Investigating crime"):
    the number and where the title starts."""
    lead = len(text) - len(text.lstrip())
    found = _NUMBERED.match(text.strip())
    return (found.group("number"), lead + found.end()) if found else None


def carried_over(text: str) -> str | None:
    """The year whose grade stands, from a carried-over sentence (2017, 2018/19 reports)."""
    found = _CARRIED.search(text)
    if found:
        return found.group("year")
    found = _NOT_INSPECTED.search(text)
    return str(int(found.group("year")) - 1) if found else None


def is_welsh_link(text: str) -> bool:
    """The link to the Welsh-language version."""
    return plain(text) == _WELSH


def is_finding_title(text: str) -> bool:
    """A sentence saying what the force or service should do ("The force should ...")."""
    return bool(_SHOULD.match(text.strip()))


def looks_like_heading(text: str) -> bool:
    """Short, and not a sentence: a line a bold paragraph could be a heading with."""
    words = text.split()
    return 0 < len(words) <= 16 and not text.rstrip().endswith((".", ";", ","))
