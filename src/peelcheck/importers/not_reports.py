"""Texts that are not a PEEL or fire and rescue report peelcheck reads: other inspections,
pages about PEEL as a whole, a force's page for a cycle. Each is refused with its title
named and what to do, not with "no report header found"."""

from __future__ import annotations

import re
from collections.abc import Sequence

from peelcheck.importers import recognise as r
from peelcheck.importers.blocks import Block
from peelcheck.importers.header import Header

# Pages that are not a PEEL or fire and rescue report, known by a title in their first lines
# (after any page furniture such as "Skip to content"): the pattern, how many lines to look
# in, whether a header naming a known subject overrides it, and the message.
NOT_REPORTS: tuple[tuple[re.Pattern[str], int, bool, str], ...] = (
    (
        r.OTHER_INSPECTION_TITLE,
        6,
        False,
        "'{title}' is the title of an inspection that is not a PEEL or fire and rescue "
        "report; peelcheck reads only those, so nothing was imported",
    ),
    (
        # a page about PEEL as a whole may hold a line that reads as a header ("Overview of
        # PEEL 2021/22"), but never one naming a force
        r.NATIONAL_TITLE,
        6,
        True,
        "'{title}' is a page about PEEL as a whole (the programme, or a national report), "
        "not a report on one force or service; peelcheck reads only those, so nothing was "
        "imported",
    ),
    (
        r.LANDING_TITLE,
        3,
        False,
        "'{title}' heads a force's PEEL page for the cycle (its scorecard and links to the "
        "report), not the report; copy the report's own pages, which open with 'Overall "
        "summary' or the report's title",
    ),
)


def not_a_report(blocks: Sequence[Block], header: Header | None) -> str | None:
    """Why the text is refused as no report peelcheck reads, from a title in its first
    lines; None when it may be one."""
    for pattern, lines, unless_named, message in NOT_REPORTS:
        if header is not None and (not unless_named or header.resolved is not None):
            continue
        for block in blocks[:lines]:
            if not block.opaque and pattern.fullmatch(block.text):
                return message.format(title=block.text)
    return None
