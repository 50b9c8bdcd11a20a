"""A document as the importers see it: paragraphs in reading order, each with its place."""

from __future__ import annotations

import re
from dataclasses import dataclass

_BULLET = re.compile(r"[•◦▪‣∙·*–-]\s+")


@dataclass(frozen=True, slots=True)
class Block:
    """One paragraph of the document, trimmed, and where it stands in the source text.

    `label` names it in messages ("line 12", "paragraph 12"). An `item` is a bullet or
    numbered list paragraph; `marker` is the length of a typed bullet ("• ") before its text.
    An `opaque` block is content the importers cannot read as text (a Word table); its
    `text` says so. `stop` is where the paragraph ends in the source when that is not
    `start + len(text)` (a bullet wrapped over several lines, joined by single spaces).
    """

    text: str
    start: int
    label: str
    item: bool = False
    marker: int = 0
    opaque: bool = False
    stop: int | None = None

    @property
    def end(self) -> int:
        """Offset just past the block's text in the source."""
        return self.stop if self.stop is not None else self.start + len(self.text)


def bullet_marker(text: str) -> int:
    """Length of a typed bullet ("• ", "- ") at the start of `text`, or 0."""
    match = _BULLET.match(text)
    return match.end() if match else 0
