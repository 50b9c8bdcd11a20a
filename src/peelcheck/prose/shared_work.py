"""Work shared with other bodies: a control room run with a neighbour, a unit run jointly,
named so in a bracketed aside, a relative clause or an aside after its name inside the noun
phrase a judgment follows. Such work is a collaboration's, so its grade is no judgment of
the subject."""

from __future__ import annotations

import re

# a bracketed aside that makes the work a collaboration's ("Joint control room (shared with
# Cornwall Fire and Rescue Service) – requires improvement"; round 36): someone else's
_SHARED = re.compile(
    r"\(\s*(?:(?:shared|run|jointly|operated|provided)\s+)?(?:with|alongside|in\s+partnership"
    r"\s+with)\s+(?:the\s+)?[A-Z]"
)


# or a relative clause saying the subject shares or runs it with others ("The joint fire
# control's handling of calls, which the service shares with two neighbours, is good"; "The
# control room that the service runs with Dorset & Wiltshire ..."; round 40)
_SHARED_CLAUSE = re.compile(
    r"\b(?:that|which)\s+(?:it|the\s+(?:service|force|brigade|constabulary))\s+"
    r"(?:shares|runs|operates)\s+(?:jointly\s+)?with\b",
    re.IGNORECASE,
)

# or an aside saying so straight after a room's, a control's or a unit's name ("Its fire
# control, shared with two neighbouring services, is good"; round 53); not after the work
# itself ("Its fleet management, shared with the police through a joint workshop, ...")
_SHARED_ASIDE = re.compile(
    r"\b(?:control|room|hub|unit|centre|center|command|directorate|function)\s*,\s*"
    r"(?:shared|run|operated)\s+(?:jointly\s+)?with\b",
    re.IGNORECASE,
)


def shared(sentence: str, start: int, end: int) -> bool:
    """Whether a bracketed aside, a relative clause or an aside after a room's or a unit's
    name in sentence[start:end] makes the work a collaboration's (asides are blanked in the
    frames' text, so read in the sentence)."""
    if "(" in sentence[start:end] and _SHARED.search(sentence, start, end) is not None:
        return True
    if " with" not in sentence[start:end]:
        return False
    return (
        _SHARED_CLAUSE.search(sentence, start, end) is not None
        or _SHARED_ASIDE.search(sentence, start, end) is not None
    )
