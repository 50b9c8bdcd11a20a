"""The context handed to checks and query functions: one draft, its pack data and date.

A `DraftContext` is made per draft by the engine and passed down as an argument; nothing
about a draft is kept in a module global.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from peelcheck.draft.loaded import Loaded
from peelcheck.draft.model import Report
from peelcheck.engine.facts import CycleFacts, PackData, Scale

# The facts `context(name)` gives, as docs/rules.md lists them.
FACT_NAMES = (
    "programme",
    "cycle",
    "subject",
    "scale",
    "non_grades",
    "scale_name",
    "pillar_grades",
    "has_pillars",
    "today",
    "cycle_starts",
    "pillars",
    "ungraded_pillars",
    "cycle_integrated",
    "integrated",
    "integrated_cycle",
    "excerpt",
    "pillar_page",
    "summary_page",
)


@dataclass
class DraftContext:
    """What checks and query functions may know about the draft being checked."""

    loaded: Loaded
    report: Report
    pack: PackData
    today: dt.date
    screens: bool = True  # checks may skip texts a screen shows they cannot report on
    facts: CycleFacts | None = None
    scale: Scale | None = None
    _ranks: dict[str, int] = field(default_factory=dict)
    _facts: dict[str, Any] | None = field(default=None, repr=False)
    query_functions: object = field(default=None, repr=False)  # set by engine.query, per draft

    def __post_init__(self) -> None:
        inspection = self.report.inspection
        self.facts = self.pack.programmes.get(inspection.programme, {}).get(inspection.cycle)
        if self.facts is not None:
            self.scale = self.pack.scales.get(self.facts.scale)
        if self.scale is not None:
            self._ranks = {grade: i for i, grade in enumerate(self.scale.grades)}

    @property
    def data(self) -> Any:
        """The draft as plain data (what queries see)."""
        return self.loaded.data

    @cached_property
    def corpus_text(self) -> str:
        """Every text of the draft, joined by line breaks: what screens scan."""
        texts: list[str] = []
        stack = [self.loaded.data]
        while stack:  # depth first, in document order
            node = stack.pop()
            if isinstance(node, str):
                texts.append(node)
            elif isinstance(node, dict):
                stack.extend(reversed(node.values()))
            elif isinstance(node, list):
                stack.extend(reversed(node))
        return "\n".join(texts)

    @cached_property
    def corpus(self) -> bytes:
        """`corpus_text` in UTF-8, for RE2 screens (see `Check.may_report`)."""
        return self.corpus_text.encode("utf-8", "surrogatepass")

    def rank(self, grade: Any) -> int | None:
        """Position of `grade` on the draft's scale, 0 for the best; None if not a grade."""
        return self._ranks.get(grade) if isinstance(grade, str) else None

    def is_grade(self, grade: Any) -> bool:
        """True when `grade` is on the draft's scale (not Ungraded, not a typo)."""
        return self.rank(grade) is not None

    def fact(self, name: str) -> Any:
        """A named fact for `context(name)` in queries (`FACT_NAMES`; docs/rules.md)."""
        if self._facts is not None:  # rules ask for facts thousands of times per run
            return self._facts.get(name)
        inspection = self.report.inspection
        self._facts = facts = {
            "programme": inspection.programme,
            "cycle": inspection.cycle,
            "subject": inspection.subject,
            "scale": list(self.scale.grades) if self.scale else [],
            "non_grades": list(self.scale.non_grades) if self.scale else [],
            "scale_name": self.facts.scale if self.facts else None,
            "pillar_grades": self.facts.pillar_grades if self.facts else None,
            "has_pillars": self.report.pillars is not None,
            "today": self.today.isoformat(),
            "cycle_starts": self.facts.starts.isoformat() if self.facts else None,
            "pillars": list(self.facts.pillars) if self.facts else [],
            "ungraded_pillars": list(self.facts.ungraded_pillars) if self.facts else [],
            "cycle_integrated": self.facts.integrated if self.facts else None,
            "excerpt": bool(inspection.excerpt),
            "pillar_page": inspection.pillar_page,
            "summary_page": bool(inspection.summary_page),
        }
        # the names of format 1's first release, kept: packs written with them still work
        facts["integrated"] = facts["has_pillars"]
        facts["integrated_cycle"] = facts["cycle_integrated"]
        return facts.get(name)

    def questions_of(self, node: Any) -> list[Any]:
        """The questions a grade at `node` covers (a pillar's own, or all of them)."""
        questions = self.data.get("questions") or []
        if isinstance(node, dict) and "name" in node and self.report.pillars is not None:
            return [q for q in questions if q.get("pillar") == node["name"]]
        return list(questions)

    def framework(self) -> dict[str, list[dict[str, Any]]] | None:
        """The verified question framework of the draft's programme and cycle, if known."""
        inspection = self.report.inspection
        cycle = self.pack.frameworks.get(inspection.programme, {}).get(inspection.cycle)
        pillars = cycle.get("pillars") if isinstance(cycle, dict) else None
        return pillars if isinstance(pillars, dict) else None

    def sentences(self, text: str) -> tuple[tuple[int, int], ...]:
        """(start, end) of each sentence of `text`, split with the packs' abbreviations."""
        return self.pack.splitter().sentences(text)

    def first_sentence(self, text: str) -> tuple[int, int] | None:
        """(start, end) of the first sentence of `text`, or None; reads only that far."""
        return self.pack.splitter().first_sentence(text)

    def table(self, name: str) -> list[dict[str, str]]:
        """A data table declared by a pack (e.g. `forces`)."""
        return self.pack.tables.get(name, [])
