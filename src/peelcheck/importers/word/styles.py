"""What a paragraph's style says: heading level, list style, bold, contents entry.

Word keeps formatting in a chain of styles (a style is based on another); a house style
"HMI Heading 2" based on "Heading 2" is a level-2 heading, and a style with an outline level
of its own is a heading of that level whatever its name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from peelcheck.importers.word.xml import attr, child, on, tag

_HEADING = re.compile(r"heading\s*(\d)\Z", re.IGNORECASE)
_TOC = re.compile(r"(?:toc|contents)\s*(?:\d|heading)?\Z", re.IGNORECASE)


@dataclass(frozen=True)
class StyleFacts:
    """A paragraph style with what it inherits."""

    name: str
    level: int | None = None  # 0 title, 1-9 heading level, None body text
    list_style: bool = False  # a List style (List Bullet, List Number, List Paragraph)
    numbering: tuple[str, int] | None = None  # (numId, level) the style numbers with
    bold: bool = False
    contents: bool = False  # a contents (TOC) entry or heading
    subtitle: bool = False


class Styles:
    """The document's paragraph styles, resolved along their chains (`basedOn`)."""

    def __init__(self, styles_element: Any | None) -> None:
        self._by_id: dict[str, Any] = {}
        self._default: str | None = None
        self._resolved: dict[str, StyleFacts] = {}
        if styles_element is None:
            return
        for style in styles_element.iterchildren(tag("style")):
            if attr(style, "type") not in (None, "paragraph"):
                continue
            style_id = attr(style, "styleId") or ""
            self._by_id[style_id] = style
            if on(attr(style, "default")):
                self._default = style_id

    def of(self, style_id: str | None) -> StyleFacts:
        """The facts of a paragraph style (the default style when none is named)."""
        key = style_id or self._default or ""
        found = self._resolved.get(key)
        if found is None:
            found = self._resolved[key] = self._resolve(key, set())
        return found

    def _resolve(self, style_id: str, seen: set[str]) -> StyleFacts:
        element = self._by_id.get(style_id)
        if element is None or style_id in seen:
            return StyleFacts(style_id)
        seen.add(style_id)
        base_id = attr(child(element, "basedOn"), "val")
        base = self._resolve(base_id, seen) if base_id else StyleFacts("")
        name = attr(child(element, "name"), "val") or style_id
        p_pr = child(element, "pPr")
        level = base.level
        outline = attr(child(p_pr, "outlineLvl"), "val")
        heading = _HEADING.match(name)
        if outline is not None and outline.isdigit() and int(outline) < 9:
            level = int(outline) + 1
        elif heading:
            level = int(heading.group(1))
        elif name.lower() == "title":
            level = 0
        num_pr = child(p_pr, "numPr")
        numbering = base.numbering
        if num_pr is not None:
            num_id = attr(child(num_pr, "numId"), "val")
            ilvl = attr(child(num_pr, "ilvl"), "val") or "0"
            numbering = (num_id, int(ilvl)) if num_id and ilvl.isdigit() else None
        bold_element = child(child(element, "rPr"), "b")
        bold = base.bold if bold_element is None else on(attr(bold_element, "val"), True)
        lowered = name.lower()
        return StyleFacts(
            name=name,
            level=level,
            list_style=base.list_style or lowered.startswith("list"),
            numbering=numbering,
            bold=bold,
            contents=base.contents or bool(_TOC.match(lowered)),
            subtitle=base.subtitle or lowered == "subtitle",
        )
