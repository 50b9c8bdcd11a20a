"""What a run needs to rebuild its rules in a worker process, and how to check."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from peelcheck.packs.load import load_ruleset
from peelcheck.packs.ruleset import RuleSet


@dataclass(frozen=True)
class RunSettings:
    """What a run needs to rebuild its rules in a worker process, and how to check."""

    packs: tuple[str, ...]
    base: Path | None = None
    severities: tuple[tuple[str, str], ...] = ()
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    use_waivers: bool = True
    today: dt.date | None = None
    excerpt: bool = False  # every draft holds only part of a report (`check --excerpt`)
    max_findings_per_rule: int = 100  # listed per rule and draft; 0: no limit
    # keep each checked draft's outline: only HTML output and the results cache use it, and
    # a run of many drafts holds every result until its output is written
    outlines: bool = True
    # the per-user compiled-pack cache (`packs.cache`); None: packs are read from their files
    pack_cache: Path | None = None

    def ruleset(self) -> RuleSet:
        """Load the rules these settings name (raises SetupError)."""
        return load_ruleset(
            self.packs,
            base=self.base,
            severities=dict(self.severities),
            select=self.select,
            ignore=self.ignore,
            cache=self.pack_cache,
        )
