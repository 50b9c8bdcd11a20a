"""Where a heading's words are in a sentence, for the clause reading (`clause.ClauseReader`):
a heading with no verb before its grade ("Value for money: adequate", "At a glance –
responding to the public: inadequate", "Efficiency good, ..."), or a grade that opens its
sentence before the area it is given to ("Requires improvement – responding to fires").
Whether the words are the subject's is the grammar's (`headings.HeadingSubjects`; round 32)."""

from __future__ import annotations

import re

# a heading's grade with no verb: a few words and a colon before it ("Investigation: good,
# and better than in 2017", "Kent Fire and Rescue Service: good at"), or a dash ("Its
# handling of 999 calls – inadequate"; round 29); a list of areas too ("Neighbourhood
# policing, crime prevention and antisocial behaviour: adequate"; round 32)
_HEADING_END = re.compile(r"\s*(?::|\s[\u2013\u2014])\s*$")
_HEADING = re.compile(
    r"\s*['\"(]?(?P<np>[^\s,;:.!?]+(?:\s+[^\s,;:.!?]+){0,11}"
    r"|[^\s,;:.!?]+(?:,?\s+[^\s,;:.!?]+){1,15}?\s+(?:and|or)\s+[^,;:.!?]+)\s*$"
)
# where a heading opens: the sentence's start, or after a lead's colon, dash or semicolon
# ("At a glance – responding to the public: inadequate", "Values and culture: outstanding;
# fairness and diversity: good"); whether the lead leaves the heading the subject's is the
# grammar's (round 32)
_HEADING_OPENS = re.compile(r"[:;]\s*|\s[\u2013\u2014]\s*")
# (or, with no colon, a list's: one to four words, a comma or not, the grade, then a comma
# or a semicolon: "Efficiency good, up from ...", "Preventing crime, good; ...")
# (not after a word that wants more: "Falling short of good, ...")
_LIST_HEADING = re.compile(
    r"\s*['\"(]?(?P<np>[^\s,;:.!?]+(?:\s+[^\s,;:.!?]+){0,3}?)"
    r"(?<!\bof)(?<!\bthan)(?<!\bto)(?<!\bfrom)(?<!\bat)(?<!\bin)(?<!\bfor)(?<!\bwith)"
    r"(?<!\bas)(?<!\bbe)(?<!\bby)\s*,?\s*$",
    re.IGNORECASE,
)
# a grade first, its sentence's or after a semicolon, then what it grades after a colon or
# a dash ("Requires improvement – responding to fires and other emergencies", "Good – that
# is how we would sum up ...", "Graded good: the force's response to ..."; round 32): the
# words before it (none, or "In a word,"), and the words after it to its clause's end
_FIRST_LEAD = re.compile(
    r"\s*['\"(]?(?:(?:in\s+(?:a\s+word|short|summary|brief)|overall)\s*,?\s*)?",
    re.IGNORECASE,
)
_FIRST_TAIL = re.compile(
    r"['\"]?(?:,\s*(?:with\s+)?[^\s,;:.!?\u2013\u2014]+(?:\s+[^\s,;:.!?\u2013\u2014]+){0,3})?"
    r"\s*(?::|\s[\u2013\u2014])\s*(?P<tail>[^\s;.!?][^;.!?]*?)['\"’”)]?\s*(?:[;.!?]|$)"
)
_VOICED = re.compile(r"\b(?:we|it|they|us|is|are|was|were|be|been|being|as|\w+ed)\b", re.I)
_LISTED = re.compile(r"['\"]?\s*[,;]")


def heading_span(plain: str, at: int, end: int) -> tuple[int, int, str] | None:
    """Where a heading's noun phrase is when it is all that stands before a grade at `at`
    (ending at `end`), after the sentence's start or a lead (`_HEADING_OPENS`): a few words
    and a colon or a dash, or a list's words and a comma or a semicolon after the grade;
    None otherwise."""
    close = _HEADING_END.search(plain, 0, at)
    stop = close.start() if close is not None else at
    opens = 0
    for lead in _HEADING_OPENS.finditer(plain, 0, stop):
        opens = lead.end()
    heading = None
    if close is not None:
        heading = _HEADING.match(plain, opens, stop)
    elif _LISTED.match(plain, end):  # "Efficiency good, up from ..."
        heading = _LIST_HEADING.match(plain, opens, at)
        if heading is not None and _VOICED.search(heading.group("np")):
            return None  # a clause's words ("...: we now grade it adequate, up from ...")
    if heading is None:
        return None
    return (*heading.span("np"), "colon" if close is not None else "list")


def grade_first_span(plain: str, at: int, end: int) -> tuple[int, int] | None:
    """Where the words a grade at `at` (ending at `end`) is given to are, when it opens its
    sentence or a clause after a semicolon and a colon or a dash follows it (`_FIRST_TAIL`);
    None otherwise."""
    opens = plain.rfind(";", 0, at) + 1
    if _FIRST_LEAD.fullmatch(plain, opens, at) is None:
        return None
    tail = _FIRST_TAIL.match(plain, end)
    return tail.span("tail") if tail is not None else None
