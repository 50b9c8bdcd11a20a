"""What the importers know of the run's packs: grades, cycles, pillars, names, frameworks.

Names resolve against the packs' tables: forces (`forces.csv`) for PEEL, fire and rescue
services (`services.csv`, with former names as aliases) for FRS; an unknown name gets the
nearest known one as a "did you mean".
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from typing import Any

from peelcheck.engine.facts import PackData

_FORCE_SUFFIX = re.compile(r"\s+(?:Police(?:\s+Service)?|Constabulary)\Z", re.IGNORECASE)
_SERVICE_SUFFIX = re.compile(
    r"\s+(?:Fire\s+(?:and|&)\s+Rescue(?:\s+Service)?|Fire\s+Service|Fire\s+Brigade|FRS)\Z",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class CycleInfo:
    """What a programme's cycle grades: pillars, whether one report covers them all."""

    pillars: tuple[str, ...] = ()
    pillar_grades: bool = True
    integrated: bool = False
    ungraded: tuple[str, ...] = ()  # pillars assessed without grades (PEEL 2015 Leadership)


@dataclass(frozen=True)
class ImportFacts:
    """What the importers need to know of the run's packs: grades, pillars, names."""

    grades: dict[str, str]  # lower case -> as the scale spells it (non-grades included)
    forces: tuple[dict[str, str], ...]
    services: tuple[dict[str, str], ...] = ()
    non_grades: frozenset[str] = frozenset()  # lower case
    cycles: dict[str, dict[str, CycleInfo]] = field(default_factory=dict)
    frameworks: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_pack(cls, pack: PackData) -> ImportFacts:
        """Grades, cycles, the forces and services tables and frameworks as packs declare."""
        non_grades = {word for scale in pack.scales.values() for word in scale.non_grades}
        return cls(
            grades={word.lower(): word for word in pack.all_grade_words()},
            forces=tuple(pack.tables.get("forces", [])),
            services=tuple(pack.tables.get("services", [])),
            non_grades=frozenset(word.lower() for word in non_grades),
            cycles={
                programme: {
                    cycle: CycleInfo(
                        tuple(facts.pillars),
                        facts.pillar_grades,
                        facts.integrated,
                        tuple(facts.ungraded_pillars),
                    )
                    for cycle, facts in cycles.items()
                }
                for programme, cycles in pack.programmes.items()
            },
            frameworks=pack.frameworks,
        )

    def cycle(self, programme: str, cycle: str) -> CycleInfo | None:
        """The facts of a programme's cycle, if the packs declare it."""
        return self.cycles.get(programme, {}).get(cycle)

    def pillars(self, programme: str, cycle: str) -> tuple[str, ...]:
        """The pillars of a programme's cycle, or none when the packs do not declare it."""
        info = self.cycle(programme, cycle)
        return info.pillars if info is not None else ()

    def cycle_named(self, programme: str, written: str) -> str | None:
        """The programme's cycle that `written` names: "2018" and "2018/19" give "2018/19",
        "2023–2025" and "2023/25" give "2023-25"."""
        years = re.findall(r"\d{2,4}", written)
        if not years or len(years[0]) != 4:
            return None
        start = years[0]
        end = years[1][-2:] if len(years) > 1 else None
        for cycle in self.cycles.get(programme, {}):
            parts = re.findall(r"\d{2,4}", cycle)
            if parts[0] == start and (end is None or len(parts) == 1 or parts[1][-2:] == end):
                return cycle
        return None

    def question_titles(self, programme: str, cycle: str, pillar: str) -> dict[str, Any]:
        """The framework's verified question titles of a pillar: title (compared) -> number."""
        found = self.frameworks.get(programme, {}).get(cycle)
        pillars = found.get("pillars") if isinstance(found, dict) else None
        items = pillars.get(pillar) if isinstance(pillars, dict) else None
        titles: dict[str, Any] = {}
        for item in items if isinstance(items, list) else []:
            if (
                isinstance(item, dict)
                and item.get("verified")
                and isinstance(item.get("title"), str)
            ):
                titles[comparable(item["title"])] = item.get("number")
        return titles

    def area_titles(self, programme: str, cycle: str) -> dict[str, Any]:
        """The area headings (titles and other wordings) the frameworks file lists for a cycle
        graded by area (PEEL 2021/22 on, FRS 2023-25), compared ignoring case and spacing,
        with each area's number."""
        found = self.frameworks.get(programme, {}).get(cycle)
        areas = found.get("areas") if isinstance(found, dict) else None
        titles: dict[str, Any] = {}
        for area in areas if isinstance(areas, list) else []:
            if isinstance(area, dict):
                for name in [area.get("title"), *(area.get("aliases") or [])]:
                    if isinstance(name, str):
                        titles[comparable(name)] = area.get("number")
        return titles


_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


def comparable(text: str) -> str:
    """Text for comparison: quote style, dashes, spacing, case and end punctuation aside."""
    return " ".join(text.translate(_QUOTES).split()).casefold().rstrip("?.: ")


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower().replace("&", " and ")).strip("-")


def resolve_force(name: str, facts: ImportFacts) -> str | None:
    """The forces table's name for `name` ("Gwent", "Heddlu Gwent" -> "Gwent Police"). A
    former name (`aliases`) is kept as the table writes it: a 2017 page on "Hampshire
    Constabulary" is about the force under the name it had then, and the copy does not say
    "Hampshire and Isle of Wight Constabulary" (renamed in 2022)."""
    key = _slug(name)
    for row in facts.forces:
        official = row.get("force_name", "")
        for written in _force_names(row):
            if key in {_slug(written), _slug(_FORCE_SUFFIX.sub("", written))}:
                return official if written == row.get("welsh_name") else written
    ids = {row.get("force_id", ""): row.get("force_name", "") for row in facts.forces}
    return ids.get(key)


def _force_names(row: dict[str, str]) -> list[str]:
    """A forces row's names: official, Welsh and former (`aliases`, ';'-separated)."""
    aliases = (row.get("aliases") or "").split(";")
    written = [row.get("force_name", ""), row.get("welsh_name") or "", *aliases]
    return [name.strip() for name in written if name.strip()]


def resolve_service(name: str, facts: ImportFacts) -> str | None:
    """The services table's name for `name` ("Northumberland", "Dorset & Wiltshire Fire and
    Rescue Service" -> its official name; a former name gives today's service)."""
    key = _slug(_SERVICE_SUFFIX.sub("", name.strip()))
    for row in facts.services:
        official = row.get("service_name", "")
        names = [official, *(a for a in row.get("aliases", "").split(";") if a.strip())]
        keys = {row.get("service_id", "")} | {_slug(_SERVICE_SUFFIX.sub("", n)) for n in names}
        if key in keys:
            return official
    return None


def resolve_subject(name: str, programme: str, facts: ImportFacts) -> str | None:
    """The table's name for the force (PEEL) or service (FRS) `name`, if it is listed."""
    if programme == "FRS":
        return resolve_service(name, facts)
    return resolve_force(name, facts)


def suggest_subject(name: str, programme: str, facts: ImportFacts) -> str | None:
    """The official name nearest to an unknown `name`, for a "did you mean"."""
    names: dict[str, str] = {}
    if programme == "FRS":
        for row in facts.services:
            official = row.get("service_name", "")
            for written in (official, *row.get("aliases", "").split(";")):
                if written.strip():
                    names[written] = official
                    names[_SERVICE_SUFFIX.sub("", written)] = official
    else:
        for row in facts.forces:
            official = row.get("force_name", "")
            for written in _force_names(row):
                names[written] = official
                names[_FORCE_SUFFIX.sub("", written)] = official
    close = difflib.get_close_matches(name, list(names), n=1, cutoff=0.6)
    return names[close[0]] if close else None


def table_file(programme: str) -> str:
    """Where a programme's names are listed, for messages."""
    return (
        "services table (rules/data/services.csv)"
        if programme == "FRS"
        else ("forces table (rules/data/forces.csv)")
    )
