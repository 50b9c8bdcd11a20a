"""Where a report starts, and what it is: programme, cycle and subject, from its header.

Pages up to 2018/19 open with a header line ("Gwent PEEL 2016", "Gwent PEEL 2018" for
2018/19, "Northumberland 2018/19" for fire and rescue); a title line ("PEEL 2021/22 – An
inspection of Kent Police") does the same. Pages graded by area (PEEL 2021/22 on, FRS
2023-25) may start at "Overall summary": the subject is then read from "Our inspection
assessed how good <force> is in N areas of policing" and the cycle from a heading such as
"PEEL 2023–2025" or "Important changes to PEEL". Lines before the header are page furniture.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from peelcheck.importers import recognise as r
from peelcheck.importers.blocks import Block
from peelcheck.importers.facts import (
    ImportFacts,
    resolve_force,
    resolve_service,
    resolve_subject,
)

_FIRE = re.compile(r"\bfire\b|\bFRS\b", re.IGNORECASE)
_LOOK_AHEAD = 6  # blocks after a "<name> 2018/19" line that must mention fire and rescue


@dataclass(frozen=True)
class Header:
    """The report's header: what it says and where (offsets into the source text)."""

    index: int  # the block where the report starts; earlier blocks are furniture
    block: Block
    programme: str
    cycle: str  # as the packs name it, or as written when no cycle matches
    subject: str  # as written
    resolved: str | None  # the table's name for the subject
    subject_span: tuple[int, int]
    cycle_span: tuple[int, int]
    programme_span: tuple[int, int]
    by_area: bool = False  # a page of a cycle graded by area, starting at its summary
    cycle_known: bool = True
    summary_page: bool = False  # the subject's summary page for the cycle: pillar grades
    opening: bool = False  # no header line: the report starts at this block


def find_header(blocks: Sequence[Block], facts: ImportFacts) -> Header | None:
    """The report's header, or None when the text holds none."""
    lines = [h for i, b in enumerate(blocks) if (h := _line_header(i, b, blocks, facts))]
    if lines:
        # a news banner may end "... PEEL 2016" too: prefer a header naming a known subject
        return next((h for h in lines if h.resolved), lines[0])
    return _area_header(blocks, facts) or _opening_header(blocks, facts)


def _line_header(
    index: int, block: Block, blocks: Sequence[Block], facts: ImportFacts
) -> Header | None:
    if block.opaque or block.item:
        return None
    text = block.text
    found = r.PEEL_HEADER.match(text) or r.PEEL_TITLE.match(text)
    programme = "PEEL"
    if found is None:
        found = r.FRS_TITLE.match(text) or r.FRS_BACKUP_TITLE.match(text)
        programme = "FRS"
    summary = False
    if found is None:
        found = r.SUMMARY_HEADER.match(text)
        if found is None:
            return None
        summary = _summary_page(found.group("subject"), index, blocks)
        if _fire_page(found.group("subject"), index, blocks, facts):
            if not (summary or r.NAME_CYCLE_HEADER.match(text)):
                return None
        elif summary and resolve_force(found.group("subject"), facts) is not None:
            programme = "PEEL"
        else:
            return None
    subject = found.group("subject")
    cycle = facts.cycle_named(programme, found.group("cycle"))
    written_cycle = re.sub(r"\s+", "", found.group("cycle")).replace("–", "-").replace("—", "-")
    start = block.start
    named = "programme" in found.groupdict() and found.group("programme") is not None
    return Header(
        index=index,
        block=block,
        programme=programme,
        cycle=cycle or written_cycle,
        subject=subject,
        resolved=resolve_subject(subject, programme, facts),
        subject_span=_span(start, found.span("subject")),
        cycle_span=_span(start, found.span("cycle")),
        programme_span=_span(start, found.span("programme") if named else (0, len(text))),
        cycle_known=cycle is not None,
        summary_page=summary,
    )


def _summary_page(subject: str, index: int, blocks: Sequence[Block]) -> bool:
    """A "<place> <year>" line heads the subject's summary page for the cycle: a line just
    after it links to the subject ("Read more about Durham") or opens the assessment."""
    link = f"Read more about {subject}"
    for block in blocks[index + 1 : index + 1 + _LOOK_AHEAD]:
        text = r.plain(block.text)
        if text.startswith(link) or r.SUMMARY_OPENING.match(text):
            return True
    return False


def _fire_page(subject: str, index: int, blocks: Sequence[Block], facts: ImportFacts) -> bool:
    """A "<name> 2018/19" line heads a fire and rescue page, not a force's summary page: the
    page speaks of fire and rescue, and the name is a service's, or at least not a force's."""
    ahead = " ".join(b.text for b in blocks[index + 1 : index + 1 + _LOOK_AHEAD])
    if not _FIRE.search(ahead):
        return False
    return resolve_service(subject, facts) is not None or resolve_force(subject, facts) is None


def _area_header(blocks: Sequence[Block], facts: ImportFacts) -> Header | None:
    """A page graded by area that starts at its summary: subject from the areas sentence."""
    for index, block in enumerate(blocks):
        if block.opaque:
            continue
        text = r.plain(block.text)
        found = r.POLICE_AREAS.search(text)
        programme = "PEEL"
        if found is None:
            found = r.FIRE_AREAS.search(text)
            programme = "FRS"
        if found is None:
            continue
        subject = _without_article(found.group("subject"), programme, facts)
        at = block.text.find(subject)
        subject_span = (block.start + at, block.start + at + len(subject)) if at >= 0 else None
        cycle, cycle_block = _cycle_marker(blocks, programme)
        first = _summary_start(blocks, index)
        whole = (block.start, block.end)
        cycle_span = (cycle_block.start, cycle_block.end) if cycle_block else whole
        return Header(
            index=first,
            block=block,
            programme=programme,
            cycle=cycle or "",
            subject=subject,
            resolved=resolve_subject(subject, programme, facts),
            subject_span=subject_span or whole,
            cycle_span=cycle_span,
            programme_span=whole,
            by_area=True,
            cycle_known=cycle is not None,
        )
    return None


def _opening_header(blocks: Sequence[Block], facts: ImportFacts) -> Header | None:
    """A summary page copied from its "Read more about <place>" link on: the place from
    the link, the cycle from the opening's count ("HMIC's second assessment": 2015)."""
    for index, block in enumerate(blocks[:_LOOK_AHEAD]):
        link = r.SUMMARY_LINK.match(r.plain(block.text))
        if block.opaque or link is None:
            continue
        for opening in blocks[index : index + 3]:
            found = r.ASSESSMENT_COUNT.search(r.plain(opening.text))
            if found is None:
                continue
            programme = "FRS" if _FIRE.search(opening.text) else "PEEL"
            ordinal = (found.group("first") or found.group("ordinal")).lower()
            cycle = r.ASSESSMENT_CYCLES[programme].get(ordinal)
            subject = link.group("subject").strip()
            if cycle is None or not subject:
                return None
            at = block.start + block.text.find(subject)
            count = opening.start + found.start()  # plain() keeps a line's offsets
            return Header(
                index=index,
                block=block,
                programme=programme,
                cycle=cycle,
                subject=subject,
                resolved=resolve_subject(subject, programme, facts),
                subject_span=(at, at + len(subject)),
                cycle_span=(count, count + len(found.group(0))),
                programme_span=(count, count + len(found.group(0))),
                summary_page=True,
                opening=True,
            )
    return None


def _without_article(subject: str, programme: str, facts: ImportFacts) -> str:
    """The subject without a leading "the" that is not part of its name ("how good the
    City of London Police is", "the Metropolitan Police Service")."""
    bare = subject[4:]
    if (
        subject[:4].lower() == "the "
        and resolve_subject(subject, programme, facts) is None
        and resolve_subject(bare, programme, facts) is not None
    ):
        return bare
    return subject


def _cycle_marker(blocks: Sequence[Block], programme: str) -> tuple[str | None, Block | None]:
    for block in blocks:
        text = r.plain(block.text)
        for marked, cycle, pattern in r.CYCLE_MARKERS:
            if marked == programme and pattern.search(text):
                return cycle, block
    return None, None


def _summary_start(blocks: Sequence[Block], index: int) -> int:
    """The first of the summary headings ("Overall summary") just before `index`."""
    first = index
    while first > 0 and r.SUMMARY_HEADINGS.match(r.plain(blocks[first - 1].text)):
        first -= 1
    return first


def _span(start: int, span: tuple[int, int]) -> tuple[int, int]:
    return start + span[0], start + span[1]
