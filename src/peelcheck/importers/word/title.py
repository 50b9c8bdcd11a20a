"""The report's title: programme, cycle, subject and (2014-2017) pillar.

Reports give them on their first lines, as the published reports do:

    PEEL 2023–25: An inspection of Durham Constabulary
    PEEL 2021/22 – An inspection of Kent Police
    PEEL: Police effectiveness 2017 / An inspection of West Midlands Police
    PEEL: Police effectiveness, efficiency and legitimacy 2018/19 / An inspection of ...
    PEEL 2023–25 Police effectiveness, efficiency and legitimacy / An inspection of ...
    Gwent PEEL 2016          (then the pillar, "Effectiveness", as a heading)
    Effectiveness, efficiency and people 2018/19 / An inspection of <service>
    Effectiveness, efficiency and people 2023–2025: Avon Fire and Rescue Service

The cycle may be written with an en dash, a hyphen or a slash, in two or four digits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from peelcheck.importers.word.body import Para

_CYCLE = r"(?P<cycle>(?:19|20)\d\d(?:\s*[/–—-]\s*(?:19|20)?\d\d)?)"
_FORCE_TITLE = re.compile(rf"(?P<subject>\S.*?)\s+PEEL\s+{_CYCLE}\s*\Z", re.I)
_PEEL = re.compile(rf"PEEL\b\s*:?\s*(?P<what>[^\d]*?)\s*{_CYCLE}(?P<rest>.*)\Z", re.I)
_FRS = re.compile(
    r"(?:fire\s*(?:&|and)\s*rescue\s+services?\s*[:–—-]?\s*)?"
    rf"(?P<what>effectiveness,\s*efficiency\s*(?:and|&)\s*people)\s*{_CYCLE}(?P<rest>.*)\Z",
    re.I,
)
_INSPECTION_OF = re.compile(
    r"\s*(?:[:–—-]\s*)?an\s+inspection\s+of\s+(?P<subject>\S.*?)\.?\s*\Z", re.I
)
_PILLAR = re.compile(r"police\s+(?P<pillar>effectiveness|efficiency|legitimacy|leadership)\Z", re.I)
_LEAD = re.compile(r"\s*[:–—-]\s*")
COVER = re.compile(
    r"(?:(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december)\s+\d{4}|©.*|isbn.*|(?:fire\s*(?:&|and)\s*rescue\s+services?)|published.*"
    r"|www\..*|.*justiceinspectorates\.gov\.uk.*|official(?:\s*-\s*sensitive)?|draft.*)",
    re.I,
)
_LOOK = 16  # the title stands within the first paragraphs


@dataclass
class Title:
    """What the title says, and which paragraphs it took."""

    programme: str | None = None
    cycle: str | None = None  # as written
    cycle_at: tuple[Para, int, int] | None = None
    subject: str | None = None
    subject_at: tuple[Para, int, int] | None = None
    pillar: str | None = None
    paragraphs: list[Para] = field(default_factory=list)


def read_title(paragraphs: list[Para]) -> Title:
    """The title found in the first paragraphs: its line with the cycle first, then the
    others it took: the subject's line, and the cover around them (what stands before the
    title, such as a banner or "OFFICIAL", and dates, copyright and ISBN lines after it)."""
    title = Title()
    before: list[Para] = []
    looked = 0
    for para in paragraphs:
        text = para.text.strip()
        if not text or para.style.contents:
            continue
        looked += 1
        if looked > _LOOK or (title.cycle and title.subject and not COVER.fullmatch(text)):
            break
        if title.cycle is None:
            if _cycle_line(para, title):
                title.paragraphs += [para, *before]
            else:
                before.append(para)
        elif title.subject is None and _subject_line(para, title):
            title.paragraphs.append(para)
        elif COVER.fullmatch(text) or para.level == 0 or para.style.subtitle:
            title.paragraphs.append(para)  # cover lines: dates, copyright, a banner
        else:
            break
    return title


def _cycle_line(para: Para, title: Title) -> bool:
    text = para.text
    found = _FORCE_TITLE.match(text.strip())
    if found:
        lead = len(text) - len(text.lstrip())
        title.programme = "PEEL"
        _set_cycle(para, title, lead + found.start("cycle"), lead + found.end("cycle"), found)
        title.subject = found.group("subject")
        title.subject_at = (para, lead + found.start("subject"), lead + found.end("subject"))
        return True
    for pattern, programme in ((_PEEL, "PEEL"), (_FRS, "FRS")):
        found = pattern.search(text)
        if found and (programme == "FRS" or found.start() <= 2):
            title.programme = programme
            _set_cycle(para, title, found.start("cycle"), found.end("cycle"), found)
            pillar = _PILLAR.search(found.group("what").strip(" :–—-"))
            if pillar and programme == "PEEL":
                title.pillar = pillar.group("pillar").capitalize()
            _rest(para, title, found.start("rest"), found.group("rest"))
            return True
    return False


def _set_cycle(para: Para, title: Title, start: int, end: int, found: re.Match[str]) -> None:
    title.cycle = found.group("cycle")
    title.cycle_at = (para, start, end)


def _rest(para: Para, title: Title, offset: int, rest: str) -> None:
    """After the cycle: "An inspection of X", a pillar ("Police effectiveness"), or X."""
    of = _INSPECTION_OF.match(rest)
    if of:
        title.subject = of.group("subject")
        title.subject_at = (para, offset + of.start("subject"), offset + of.end("subject"))
        return
    lead = _LEAD.match(rest)
    words = rest[lead.end() :] if lead else rest.lstrip()
    start = offset + len(rest) - len(words)
    words = words.rstrip()
    pillar = _PILLAR.search(words)
    if pillar and title.programme == "PEEL":
        title.pillar = pillar.group("pillar").capitalize()
    elif words and not words.lower().startswith("police"):
        title.subject = words
        title.subject_at = (para, start, start + len(words))


def _subject_line(para: Para, title: Title) -> bool:
    found = _INSPECTION_OF.fullmatch(para.text)
    if found is None:
        return False
    title.subject = found.group("subject")
    title.subject_at = (para, found.start("subject"), found.end("subject"))
    return True


def cycle_key(written: str, known: list[str]) -> str | None:
    """The cycle as the packs name it ("2023-25") for a cycle as written ("2023–2025")."""
    parts = re.split(r"\s*[/–—-]\s*", written.strip())
    start = parts[0]
    if len(parts) == 1:
        if start in known:
            return start
        matches = [c for c in known if c[:4] == start and len(c) > 4]
        return matches[0] if len(matches) == 1 else None
    end = parts[1][-2:]
    return next((c for c in known if c[:4] == start and c[-2:] == end and len(c) > 4), None)
