"""Runs of a Word paragraph: the runs that hold a span of its text, split at the span's
ends, shared by comments (which anchor on them) and tracked changes (which replace them)."""

from __future__ import annotations

import copy
from typing import Any

from peelcheck.importers.word.body import node_text, paragraph_text
from peelcheck.importers.word.xml import XML_SPACE, local

AUTHOR = "peelcheck"  # the author of every comment and tracked change peelcheck writes


def runs_between(paragraph: Any, start: int, end: int) -> list[Any]:
    """The runs holding characters `start` to `end` of a paragraph element, split where a
    run starts before `start` or ends after `end` (the text itself is unchanged)."""
    if end <= start:
        return []
    for cut in (start, end):
        _, pieces = paragraph_text(paragraph)
        run_start: dict[int, int] = {}
        for piece in pieces:
            run_start.setdefault(id(piece.run), piece.start)
        for piece in pieces:
            if piece.start < cut < piece.end or (
                piece.start == cut and run_start[id(piece.run)] < cut
            ):
                _split(piece.run, cut - run_start[id(piece.run)])
                break
    _, pieces = paragraph_text(paragraph)
    runs: list[Any] = []
    for piece in pieces:
        if piece.start >= start and piece.end <= end and (not runs or runs[-1] is not piece.run):
            runs.append(piece.run)
    return runs


def _split(run: Any, cut: int) -> None:
    """Split `run` after its first `cut` characters into two runs of the same formatting."""
    second = copy.deepcopy(run)
    position = 0
    for old, new in zip(list(run), list(second), strict=True):
        if local(old) == "rPr":
            continue
        length = len(node_text(old))
        if position + length <= cut:
            second.remove(new)
        elif position >= cut:
            run.remove(old)
        else:  # the cut falls inside this text
            keep = cut - position
            old.text, new.text = old.text[:keep], old.text[keep:]
            old.set(XML_SPACE, "preserve")
            new.set(XML_SPACE, "preserve")
        position += length
    run.addnext(second)
