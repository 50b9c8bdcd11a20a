"""Word's automatic numbering: the number a reader sees before a numbered paragraph.

Numbers Word adds ("1.", "1.1", "a)") are not in the text; they come from numbering.xml:
a paragraph names a list (`w:numId`) and a level (`w:ilvl`); the list's definition
(`w:abstractNum`) gives each level's start, format and text ("%1.%2"). Lists that share a
definition continue one count, unless a list restarts a level (`w:startOverride`). Counting
the paragraphs in reading order gives the numbers Word shows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from peelcheck.importers.word.xml import attr, child, tag

_ROMAN = (
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
)


@dataclass(frozen=True)
class Level:
    """One level of a list definition."""

    start: int = 1
    format: str = "decimal"
    text: str = "%1."


@dataclass
class _List:
    abstract: str
    restarts: dict[int, int] = field(default_factory=dict)  # level -> start override
    used: bool = False


class Numbering:
    """Counts numbered paragraphs in reading order and says what number each shows."""

    def __init__(self, numbering_element: Any | None) -> None:
        self._levels: dict[str, dict[int, Level]] = {}
        self._lists: dict[str, _List] = {}
        self._counts: dict[str, list[int | None]] = {}
        if numbering_element is None:
            return
        for abstract in numbering_element.iterchildren(tag("abstractNum")):
            levels: dict[int, Level] = {}
            for lvl in abstract.iterchildren(tag("lvl")):
                index = attr(lvl, "ilvl") or "0"
                start = attr(child(lvl, "start"), "val") or "1"
                levels[int(index) if index.isdigit() else 0] = Level(
                    int(start) if start.lstrip("-").isdigit() else 1,
                    attr(child(lvl, "numFmt"), "val") or "decimal",
                    attr(child(lvl, "lvlText"), "val") or "",
                )
            self._levels[attr(abstract, "abstractNumId") or ""] = levels
        for num in numbering_element.iterchildren(tag("num")):
            restarts: dict[int, int] = {}
            for override in num.iterchildren(tag("lvlOverride")):
                restart = attr(child(override, "startOverride"), "val")
                level = attr(override, "ilvl") or "0"
                if restart is not None and restart.isdigit() and level.isdigit():
                    restarts[int(level)] = int(restart)
            abstract_id = attr(child(num, "abstractNumId"), "val") or ""
            self._lists[attr(num, "numId") or ""] = _List(abstract_id, restarts)

    def is_list(self, num_id: str | None) -> bool:
        """True when `num_id` names a defined list (numId 0 switches numbering off)."""
        return bool(num_id) and num_id != "0" and num_id in self._lists

    def next_label(self, num_id: str, level: int) -> str | None:
        """Count one more paragraph of the list at `level`; its number as shown ("1.1"),
        or None for a bullet or an unnumbered level."""
        found = self._lists.get(num_id)
        if found is None:
            return None
        levels = self._levels.get(found.abstract, {})
        counts = self._counts.setdefault(found.abstract, [None] * 9)
        level = max(0, min(level, 8))
        if not found.used:
            found.used = True
            for restarted, start in found.restarts.items():
                if 0 <= restarted < 9:
                    counts[restarted] = start - 1
        current = counts[level]
        start = levels.get(level, Level()).start
        counts[level] = start if current is None else current + 1
        for deeper in range(level + 1, 9):
            counts[deeper] = None
        definition = levels.get(level, Level())
        if definition.format in ("bullet", "none"):
            return None
        label = definition.text
        for shown in range(level, -1, -1):
            value = counts[shown]
            if value is None:
                value = levels.get(shown, Level()).start
            shown_format = levels.get(shown, Level()).format
            label = label.replace(f"%{shown + 1}", _formatted(value, shown_format))
        return label.strip() or None


def _formatted(value: int, number_format: str) -> str:
    if number_format in ("lowerLetter", "upperLetter"):
        letter = chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1) if value > 0 else ""
        return letter.upper() if number_format == "upperLetter" else letter
    if number_format in ("lowerRoman", "upperRoman"):
        roman, rest = "", value
        for amount, digits in _ROMAN:
            while rest >= amount:
                roman, rest = roman + digits, rest - amount
        return roman.upper() if number_format == "upperRoman" else roman
    if number_format == "decimalZero" and 0 <= value < 10:
        return f"0{value}"
    return str(value)
