"""Whether a heading's words are the subject's: a heading with no verb before its grade
("Value for money: adequate", "At a glance – responding to the public: inadequate") or after
a grade that opens its sentence ("Requires improvement – responding to fires"), found by the
clause reading (`heading_spans`). A heading names an area, not a doer, so its words are read
more freely than a clause's noun phrase: any area naming no one else, no other time and no
clause, or a question of the framework whose doer is the subject (round 32). A mixin of the
judgment grammar (`judgments.Grammar`)."""

from __future__ import annotations

import re

from peelcheck.prose.names import Names
from peelcheck.prose.noun_phrases import (
    CAPITALISED,
    FINITE,
    HEAD_END,
    RELATIVE_OPENING,
    NounPhrases,
)

# a heading's lead, in pieces: its colons, semicolons, dashes and commas part them
_LEAD_PIECES = re.compile(r"[:;,]|\s[\u2013\u2014]")
_DENYING = re.compile(r"\b(?:not|no|never|nothing|none|cannot)\b|n't\b", re.IGNORECASE)
# the areas a heading lists ("Neighbourhood policing, crime prevention and antisocial
# behaviour")
_ITEMS = re.compile(r",|\band\b|\bor\b", re.IGNORECASE)
# another time's, or a figure's ("Previous grade for this area: inadequate", "Table 2 – good")
_EARLIER = re.compile(r"\b(?:previous|previously|last|earlier|former)\b|\d", re.IGNORECASE)
# a clause after a grade that opens its sentence: no area named
_CLAUSE_IN_TAIL = re.compile(
    r"\b(?:we|it|they|he|she|but|although|though|while|whilst|whereas|because|if|unless)\b",
    re.IGNORECASE,
)
# a question's adverbs before its doer ("how well", "how quickly and fairly")
_HOW_WELL = re.compile(
    r"^(?:\s*(?:well|far|much|[a-z]+ly|and|,|to\s+which|in\s+which|with\s+which))*\s*",
    re.IGNORECASE,
)
# the subject named first in a heading, then what is graded: "Merseyside Police on ..."
_ON_TOPIC = re.compile(r"\s+(?:on|for|at|in)\s+\S", re.IGNORECASE)
# a heading that is a question of the framework ("Whether victims are kept informed ...",
# "How well the force protects ...")
QUESTION = re.compile(r"\W*(?:how|whether|what|where|the\s+way|the\s+extent)\b", re.I)


def heading_words(begin: int, heading: str, np: tuple[int, int] | None) -> tuple[int, int | None]:
    """Where a judgment read at `begin` begins in its words (a heading's at its own words,
    not its lead's: "Values and culture: outstanding; fairness and diversity: good"), and
    where a heading's words begin, which may ask a question ("Where the force stands on
    ...: good"), None for a reading of no heading's."""
    if not heading or np is None:
        return begin, None  # most readings
    return (max(begin, np[0]) if heading in ("colon", "list") else begin), np[0]


class HeadingSubjects(NounPhrases):
    """Reads a heading's words for the subject."""

    def _heading_subject(
        self, plain: str, np: tuple[int, int], who: Names, kind: str
    ) -> int | None:
        """Where a heading's noun phrase (a verbless "Value for money: adequate") begins
        when it names the subject's work, or None; None too when its lead names someone
        else ("Cumbria Constabulary: investigating crime – good") or holds a clause. A
        heading before a colon or a dash (`kind` "colon"; "first": after a grade that
        opens it) is read more freely than a clause's: a heading names an area, not a
        doer, so any noun phrase naming no one else, or a question, is the subject's
        (round 32)."""
        start, end = np
        if kind == "first":
            return self._given_to(plain, np, who)
        if not self._plain_lead(plain[:start], who):
            return None
        subject = self._subject_start(plain, start, end, who)
        if subject is not None or kind != "colon":
            return subject
        return self._area(plain, np, who)

    def _given_to(self, plain: str, np: tuple[int, int], who: Names) -> int | None:
        """Where the area a grade that opens its sentence is given to begins, after its
        colon or dash ("Requires improvement – responding to fires and other emergencies"),
        or None; a noun phrase naming the subject there is the frames' ("^ {grade}: {name}"),
        and a clause is none ("Good – but not yet outstanding") (round 32)."""
        tail = plain[np[0] : np[1]]
        if who.naming(tail) and not QUESTION.match(tail):
            return None
        if _DENYING.search(tail) or _CLAUSE_IN_TAIL.search(tail):
            return None
        return self._area(plain, np, who)

    def _area(self, plain: str, np: tuple[int, int], who: Names) -> int | None:
        """Where a heading's noun phrase naming an area of the subject's work begins: any
        noun phrase naming no one else, no other time and no clause, or a question."""
        start, end = np
        phrase = plain[start:end]
        named = who.leading(phrase)  # "Merseyside Police on responding to the public"
        if named is not None:
            return start if _ON_TOPIC.match(phrase, named) else None
        words = phrase.split()
        own = who.blanked(phrase)  # ("Where South Wales Police stands ...", "across the service")
        if not 0 < len(words) <= 16 or CAPITALISED.search(own.strip()):
            return None  # someone else named: "Wiltshire Police's response"
        question = QUESTION.match(phrase)
        asked = question is not None
        if question is not None:
            # (a question's objects are its subject's: "How the force ... protects its
            # workforce"; not "The extent to which its partners share data")
            doer = _HOW_WELL.sub("", phrase[question.end() :])
            ours = self._ours.match(doer)
            owned = (
                ours is not None
                and not self._names_another(  # not "its partners"
                    " ".join(doer[: ours.end()].split() + doer[ours.end() :].split()[:1])
                )
            )
            own_doer = who.leading(doer + " ") is not None or owned
            if not own_doer and self._not_subjects.search(phrase):
                return None
        else:
            # (the head of each area it lists names no one else: "Its partners", "The
            # regional unit"; the words after a preposition are what it is about: "Wellbeing
            # support for staff")
            for item in _ITEMS.split(own):
                if self._names_another(HEAD_END.split(item, maxsplit=1)[0]):
                    return None
        if RELATIVE_OPENING.match(phrase) or _EARLIER.search(phrase):
            return None
        if FINITE.search(phrase) and not asked:
            return None  # a clause ("The force told us its view"); not "Whether victims are"
        return start + len(phrase) - len(phrase.lstrip(" \"'("))

    def _plain_lead(self, lead: str, who: Names) -> bool:
        """Whether the words before a heading leave it the subject's: none, the subject's
        name, or a few words naming no one else with no clause ("At a glance", "First time
        graded", an earlier heading of a list)."""
        for piece in _LEAD_PIECES.split(lead):
            piece = piece.strip(" \"'(")
            if not piece:
                continue
            named = who.leading(piece + " ")
            if named is not None and not piece[named:].strip():
                continue  # "West Midlands Police: protecting vulnerable people – inadequate"
            if (
                len(piece.split()) > 8
                or CAPITALISED.search(piece)
                or FINITE.search(piece)
                or self._names_another(piece)
            ):
                return False
        return True
