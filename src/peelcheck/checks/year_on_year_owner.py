"""Whose grade a year-on-year sentence compares: none of the subject's when the sentence opens
with a body the judgment grammar says is someone else ("The collaboration's grade for
firearms licensing has gone up ..."; "The regional organised crime unit, which was
outstanding in 2019, is now good") or with another force's or service's name ("Nottinghamshire
Police, a neighbour, fell from good to requires improvement") or the national picture, or
is said by someone else (an attribution before the comparison or after it); and no one's
when it is hypothetical ("Had the force not acted ..., we would have graded it inadequate")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from peelcheck.prose.names import BODY_NAME
from peelcheck.prose.noun_phrases import DETERMINER
from peelcheck.prose.phrases import PhraseMatch

if TYPE_CHECKING:
    from peelcheck.prose.judgments import Grammar

# a grade owned by a body the sentence opens with ("The collaboration's grade for ...")
_OWNED_GRADE = re.compile(
    r"\W*(?:the\s+)?(?P<owner>(?:(?!(?:is|are|was|were|has|have|from|last|this)\b)[\w-]+\s+){0,4}"
    r"[\w-]+)['’]s\s+(?:[\w-]+\s+)?grade\b",
    re.IGNORECASE,
)
# the noun phrase a sentence opens with, "the" or none first, to a comma, its verb or a
# preposition ("The regional organised crime unit, which ...", "The joint fire control that
# the service shares ... was graded"; round 49; "Attendance times in rural areas have ...";
# round 52)
# (not a body that says or wants something of the subject: "The fire authority will want to
# know that the service's grade ... has slipped")
_SAYING = r"(?:will|would|may|might|should|must|can|could|wants?|believes?|says?|said|told)\b"
_OPENING = re.compile(
    r"\W*(?P<the>the\s+)?(?P<owner>[\w'’-]+(?:\s+(?!" + _SAYING + r")[\w'’-]+){0,4}?)"
    r"(?=\s*,|\s+(?:is|are|was|were|has|have|had|went|that|which|of|for|in|at|to)\b)",
    re.IGNORECASE,
)

# a force's or service's name, after a fronted phrase at most and a neighbour's words, before
# a comma or its verb ("Lancashire Constabulary, by comparison, remains good ...",
# "Neighbouring Kent Fire and Rescue Service remains outstanding ...", "Since 2021, Sussex
# Police's neighbour Surrey Police has moved ..."; round 51)
_NAME_OPENING = re.compile(
    r"\W*(?:[^,;:]{1,40},\s*)?(?:(?:[Tt]he\s+)?[Nn]eighbouring\s+|"
    + BODY_NAME.pattern
    + r"['’]s\s+neighbour\s+)?(?!(?:Like|Unlike|As|In|Since|For|At|By|With|Across|Compared|"
    r"Against|Beside)\b)(?P<name>"
    + BODY_NAME.pattern
    + r")(?=\s*,|\s+(?:is|are|was|were|has|have|had|went|fell|rose|remains|remained|moved"
    r"|dropped|climbed|slipped|kept|held|received|also|now|still)\b)"
)
# the national picture ("Nationally, the proportion of fire and rescue services judged
# good at protection has risen since 2019"; round 56; "Across fire and rescue services, the
# proportion graded good ...", "Across the 43 forces, 12 were graded ..."; round 85)
_NATIONAL = re.compile(
    r"\W*(?:(?:nationally|across\s+(?:england\s+and\s+wales|the\s+country))\b|(?:the\s+)?"
    r"(?:proportion|number|share)\s+of\s+(?:[\w-]+\s+){0,3}?(?:forces|services)\b"
    r"|across\s+(?:all\s+)?(?:the\s+)?(?:\d+\s+)?(?:[\w-]+\s+){0,3}?(?:forces|services)\s*,"
    # (round 119: a count of forces or services, "A quarter of forces moved down a grade ...",
    # "Nine forces, including this one, went down ...", "Of the 43 forces, 11 improved ...")
    r"|(?:of\s+the\s+\d+\s+(?:forces|services)\s*,|(?:a\s+(?:quarter|third|half|few|minority"
    r"|majority)\s+of|half\s+of|most|many|several|few|only|\d+|two|three|four|five|six|seven"
    r"|eight|nine|ten|eleven|twelve)\s+(?:(?:the\s+)?(?:\d+\s+)?)?"
    r"(?:(?!its\b|their\b)[\w-]+\s+){0,3}?(?:forces|services)\b))",
    re.IGNORECASE,
)
# the subject counted among them ("..., this force among them", "Nine forces, including this
# one, went down a grade"; round 119)
_SUBJECT_AMONG = re.compile(
    r"\bthis\s+(?:force|service|one)\s+among\s+them\b|\bincluding\s+this\s+(?:force|service|one)\b",
    re.IGNORECASE,
)
# a counterfactual: a grade that would have been under a condition that did not hold, no
# comparison of this year's ("Had the force not acted ..., we would have graded it
# inadequate"; round 38; "Without the changes it made, the service would have fallen to
# ..."; round 76): the condition and the grade that would have been
_COUNTERFACTUAL = re.compile(
    r"(?:^\W*had\b|\bif\b[^.;]*\bhad\b|\bwere\s+it\s+not\b|\bbut\s+for\b|^\W*without\b)[^.]*\b"
    r"(?:would|could|might)(?:\s+not|n't)?\s+(?:well\s+|probably\s+|easily\s+)?have\s+"
    r"(?:graded|judged|rated|assessed|given|been|found|remained|stayed|fallen|dropped|slipped"
    r"|risen|moved|gone|kept|lost|retained)\b"
    # (round 119: the condition after, "We would have judged the force as outstanding, up from
    # good in 2015, had it addressed ...")
    r"|\bwould\s+have\s+(?:graded|judged|rated|assessed)\b[^.;]*,\s*had\s+(?:it|the|they)\b",
    re.IGNORECASE,
)
# a wish or an open question, no one's grade this year ("We had hoped to find that the force
# had moved up to good ..., but it has not"; "Whether the service keeps its requires
# improvement grade ... will depend on ..."; round 95)
_UNREAL = re.compile(
    r"\bhoped\s+to\s+(?:find|see)\b|\bhopes?\s+to\s+see\b"
    # (round 119: "We had hoped that the force would have moved up to good ...")
    r"|\bhoped\s+that\b[^.;]*\bwould\b"
    r"|^\W*whether\b[^.;]*\b(?:will\s+depend|depends|would\s+depend)\b",
    re.IGNORECASE,
)
# a phrase of time or contrast before the sentence's subject ("In the same period, the
# regional organised crime unit has dropped from good to adequate"; round 95)
_FRONTED = re.compile(
    r"\W*(?:in|during|over|meanwhile|by\s+contrast|at\s+the\s+same\s+time)\b[^,;:]{0,60},\s*",
    re.IGNORECASE,
)
_TIME_AFTER = re.compile(r"\s+(?:this|last|that)\s+(?:time|year)$", re.IGNORECASE)
_BODY_WORD = re.compile(r"\b(?:Police|Constabulary|Service|Brigade|FRS)$")


def someone_elses(
    grammar: Grammar | None,
    text: str,
    start: int,
    end: int,
    subject: str = "",
    others: tuple[str, ...] = (),
) -> bool:
    """Whether the sentence at text[start:end] compares someone else's grade: it opens with a
    body's grade or a noun phrase of a body the grammar says is not the subject (round 27;
    round 49; with no "the", round 52), with a force's or service's name that is not
    `subject`'s nor one of its `others` (round 51), or ends with someone else's attribution
    ("“Our grade went from good to requires improvement,” the chief fire officer admitted";
    round 34), or opens with the national picture (round 56)."""
    if grammar is None:
        return False
    if _NATIONAL.match(text, start, end) and not _SUBJECT_AMONG.search(text, start, end):
        return True
    named = _NAME_OPENING.match(text, start, end) if subject else None
    if (
        named is not None
        and _BODY_WORD.search(named.group("name"))
        and not grammar.names_subject(named.group("name"), subject, others)
    ):
        return True
    owner = _OWNED_GRADE.match(text, start, end)
    if owner is not None and grammar.not_subject(owner.group("owner")):
        return True
    fronted = _FRONTED.match(text, start, end)
    for at in (start, fronted.end()) if fronted is not None else (start,):
        opening = _OPENING.match(text, at, end)
        if opening is not None and _others_noun_phrase(grammar, opening):
            return True
    return grammar.attributed_after(text, start, end, start)


def _others_noun_phrase(grammar: Grammar, opening: re.Match[str]) -> bool:
    """Whether the noun phrase a sentence opens with is another body's or not the subject's
    work: with "the", any word of `not_subjects` in it; without, its head or a plural's
    possessive first ("Attendance times in rural areas have improved since 2019, when we
    found them inadequate", "Officers' use of body-worn video ..."; round 52), so that "This
    grade" or "Our overall judgment" stays the subject's."""
    # (a time after the noun phrase is no word of it: "Our overall finding this time is that
    # ..."; round 94)
    owner = _TIME_AFTER.sub("", opening.group("owner"))
    if opening.group("the"):
        return grammar.not_subject(owner)
    words = owner.split()
    if opening.string.startswith(",", opening.end()) or DETERMINER.fullmatch(words[-1]):
        return False  # "This is ...", "Last time, we found ...", "Two years ago this was"
    first = words[0]
    return grammar.not_subject(words[-1]) or (
        first[-1:] in "'’" and grammar.not_subject(first.rstrip("'’"))
    )


def told_by_another(
    grammar: Grammar | None,
    text: str,
    start: int,
    end: int,
    relation: PhraseMatch[str] | None,
    said: tuple[PhraseMatch[str], int, int] | None,
) -> bool:
    """Whether someone else's attribution comes before the words comparing the grades
    (`relation`, or last year's grade `said`): "According to its own self-assessment, the
    service has moved from requires improvement to good" is the service's (round 56)."""
    words = [p.start for p in (relation, said[0] if said else None) if p is not None]
    if grammar is None or not words:
        return False
    return grammar.attributed_before(text, start, end, min(words))


def hypothetical(text: str, start: int, end: int) -> bool:
    """Whether the sentence at text[start:end] gives a grade that would have been under a
    condition that did not hold (round 38), or that was hoped for or is an open question
    (round 95): no one's grade this year."""
    sentence = text[start:end]  # (for "^": the sentence's start)
    return _COUNTERFACTUAL.search(sentence) is not None or _UNREAL.search(sentence) is not None
