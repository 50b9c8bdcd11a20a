"""Problems in peelcheck's own files (rule packs, config, rule tests), at file:line:column."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Problem:
    """A problem in a rule or config file, at file:line:column."""

    file: str
    line: int
    column: int
    message: str
    # what the problem is about, when a config may name it: ("rules" | "select" | "ignore", name)
    subject: tuple[str, str] | None = None

    def __str__(self) -> str:
        if self.file.startswith("--"):  # a command-line option, not a file
            return f"{self.file}: {self.message}"
        return f"{self.file}:{self.line}:{self.column}: {self.message}"


class SetupError(Exception):
    """Files that set up a run (rule packs, config, rule tests) are invalid;
    nothing is checked."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__("\n".join(map(str, problems)))
        self.problems = list(problems)
