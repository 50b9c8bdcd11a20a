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
    origins: tuple[tuple[str, str, int, int], ...] = ()  # where config names each rule id
    # where config names each selected or ignored name: (option, name, file, line, column)
    selection_origins: tuple[tuple[str, str, str, int, int], ...] = ()
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    use_waivers: bool = True
    today: dt.date | None = None

    def ruleset(self) -> RuleSet:
        """Load the rules these settings name (raises SetupError)."""
        return load_ruleset(
            self.packs,
            base=self.base,
            severities=dict(self.severities),
            origins={rule_id: (file, line, column) for rule_id, file, line, column in self.origins},
            select=self.select,
            ignore=self.ignore,
            selection_origins={
                (option, name): (file, line, column)
                for option, name, file, line, column in self.selection_origins
            },
        )
