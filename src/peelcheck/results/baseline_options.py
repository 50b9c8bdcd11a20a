"""The check command's baseline options: record, compare and prune as asked, with notes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from peelcheck.results.baseline import Baseline, BaselineError, apply, prune, read, record, write

if TYPE_CHECKING:
    from peelcheck.packs.ruleset import RuleSet
    from peelcheck.results.file_result import FileResult


@dataclass
class BaselineOptions:
    """The check command's baseline options, validated before any draft is checked."""

    use: Baseline | None = None
    write_to: tuple[Path, str] | None = None
    previous: Baseline | None = None
    prune: bool = False

    @classmethod
    def parse(cls, use: str | None, write_to: str | None, prune_stale: bool) -> BaselineOptions:
        """Check the combination and read the baseline (BaselineError when unusable)."""
        if use and write_to:
            raise BaselineError(
                "give --baseline (compare with a baseline) or --write-baseline (record one), "
                "not both"
            )
        if prune_stale and not use:
            raise BaselineError("--prune-baseline needs --baseline FILE")
        options = cls(prune=prune_stale)
        if use:
            options.use = read(Path(use), use)
        if write_to:
            target = Path(write_to)
            if target.is_dir():
                raise BaselineError(f"--write-baseline {write_to} is a folder; give a file name")
            options.write_to = (target, write_to)
            if target.exists():  # merged: entries of drafts not checked now are kept
                options.previous = read(target, write_to)
        return options

    def finish(
        self, results: Sequence[FileResult], ruleset: RuleSet
    ) -> tuple[list[str], dict[str, object]]:
        """Record, compare and prune as asked. Returns notes for the user and JSON extras."""
        if self.use is None and self.write_to is None:
            return [], {}
        from peelcheck.results.waivers import known_rule_ids

        ran = frozenset(r.id for r in ruleset.rules)
        known = known_rule_ids(ruleset)
        notes: list[str] = []
        if self.write_to is not None:
            path, display = self.write_to
            baseline = record(results, path, display, previous=self.previous, ran=ran, known=known)
            write(baseline)
            notes.append(
                f"wrote baseline {display}: {_plural(baseline.total(), 'finding')} "
                f"in {_plural(baseline.files(), 'file')}"
            )
        else:
            assert self.use is not None
            baseline = self.use
        outcome = apply(results, baseline, ran=ran, known=known)
        stale = sum(outcome.stale.values())
        pruned = False
        if self.prune:
            if stale:
                write(prune(baseline, outcome.stale))
                pruned = True
                notes.append(
                    f"pruned {_plural(stale, 'stale entry', 'stale entries')} "
                    f"from {baseline.display}"
                )
            else:
                notes.append(f"no stale entries in {baseline.display}; left unchanged")
        elif stale:
            notes.append(
                f"{_plural(stale, 'baseline entry', 'baseline entries')} in {baseline.display} "
                "matched no finding (fixed, or the draft is gone); --prune-baseline drops them"
            )
        extra: dict[str, object] = {
            "baseline": {
                "file": baseline.display,
                "matched": outcome.matched,
                "new": outcome.new,
                "stale": outcome.stale_entries(baseline),
                "pruned": pruned,
            }
        }
        return notes, extra


def _plural(count: int, one: str, many: str | None = None) -> str:
    return f"{count} {one if count == 1 else (many or one + 's')}"
