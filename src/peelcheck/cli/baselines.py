"""`check`'s baseline options: read before any draft is checked, used after all are."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from peelcheck.cli.app import fail


class BaselineRun:
    """The baseline options, validated before any draft is checked (results/baseline is
    imported only when one is given)."""

    def __init__(self, use: str | None, write_to: str | None, prune: bool) -> None:
        self.options: Any = None
        if use or write_to or prune:
            from peelcheck.results.baseline import BaselineError
            from peelcheck.results.baseline_options import BaselineOptions

            try:
                self.options = BaselineOptions.parse(use, write_to, prune)
            except BaselineError as err:
                fail(str(err))

    def finish(self, results: Sequence[Any], ruleset: Any) -> tuple[list[str], dict[str, object]]:
        """Record, compare and prune as asked: notes for the user and JSON extras."""
        if self.options is None:
            return [], {}
        from peelcheck.results.baseline import BaselineError

        try:
            notes, extra = self.options.finish(results, ruleset)
        except BaselineError as err:
            fail(str(err))
        return notes, extra
