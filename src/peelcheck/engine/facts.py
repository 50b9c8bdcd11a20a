"""What packs declare besides rules: grade scales, cycle facts, data, tables, frameworks.

The engine and the checks read these; the rule pack format (`peelcheck.packs.format`) is
where they are written.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from peelcheck.draft.model import Cycle, Programme
from peelcheck.prose.sentences import Splitter


class _Strict(BaseModel):
    # built when first validated: a run whose packs come from the pack cache builds them
    # without validation (draft/construct.py)
    model_config = ConfigDict(
        extra="forbid", strict=True, arbitrary_types_allowed=True, defer_build=True
    )


class AppliesTo(_Strict):
    """Which drafts a pack or rule applies to; an absent list means any."""

    programme: list[Programme] | None = None
    cycles: list[Cycle] | None = None
    pillars: list[str] | None = None


class Scale(_Strict):
    """An ordered grade scale, best first, and the non-grade states it allows."""

    grades: list[str] = Field(min_length=2)
    non_grades: list[str] = Field(default_factory=lambda: ["Ungraded"])


class CycleFacts(_Strict):
    """What a programme's cycle grades, and on which scale."""

    scale: str
    pillar_grades: bool
    starts: dt.date = Field(strict=False, description="First day of the cycle.")
    integrated: bool = Field(
        default=False, description="One report covers all pillars (a `pillars` list)."
    )
    pillars: list[str] = Field(default_factory=list, description="Pillar names of the programme.")
    ungraded_pillars: list[str] = Field(
        default_factory=list,
        description="Pillars of `pillars` the cycle assesses without a grade (PEEL 2015 and "
        "2016 Leadership): no overall grade is asked of them.",
    )


@dataclass
class PackData:
    """Everything packs declare besides rules, merged in load order (later wins)."""

    scales: dict[str, Scale] = field(default_factory=dict)
    programmes: dict[str, dict[str, CycleFacts]] = field(default_factory=dict)
    data: dict[str, Any] = field(default_factory=dict)
    tables: dict[str, list[dict[str, str]]] = field(default_factory=dict)
    frameworks: dict[str, Any] = field(default_factory=dict)
    dictionaries: dict[str, str] = field(default_factory=dict)  # name -> word list path
    _splitter: Splitter | None = field(default=None, repr=False, compare=False)

    def splitter(self) -> Splitter:
        """The sentence splitter of these packs' `abbreviations` data (built once)."""
        if self._splitter is None:
            self._splitter = Splitter(
                _words(self.data.get("abbreviations")),
                _words(self.data.get("abbreviations_before_numbers")),
            )
        return self._splitter

    aliases: dict[str, str] = field(default_factory=dict)  # selector name -> JMESPath

    def all_grade_words(self) -> set[str]:
        """Every grade and non-grade of every declared scale."""
        words: set[str] = set()
        for scale in self.scales.values():
            words.update(scale.grades, scale.non_grades)
        return words


def _words(value: Any) -> list[str]:
    """A data list of words (the loader has checked its shape); anything else is none."""
    return [w for w in value if isinstance(w, str)] if isinstance(value, list) else []
