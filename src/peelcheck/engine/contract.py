"""What the engine expects of the rules it runs and what their checks give back.

The engine sits below the checks and the rule packs: it names what it needs of them here
(structurally, as protocols) instead of importing them, so data flows one way.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from peelcheck.core.findings import Severity
from peelcheck.engine.facts import PackData

if TYPE_CHECKING:
    from peelcheck.engine.context import DraftContext
    from peelcheck.engine.query import Query


@dataclass(slots=True)
class Hit:
    """One problem found by a check.

    `path` is the data path of the flagged value; `values` are extra message-template
    variables. For a problem inside a text, `text` is the string at `path` and `span` the
    (start, end) character range in it, which gives an exact line and column. `snippet` is
    the flagged text or value (defaults to the span's text).
    """

    path: str
    values: dict[str, Any] = field(default_factory=dict)
    text: str | None = None
    span: tuple[int, int] | None = None
    snippet: str = ""
    judgment: tuple[int, int] | None = None  # in `text`: the words read as a judgment
    # a fix made in code: the words to write instead of the span (or of the whole value at
    # `path` without one), and whether that is always right
    fix: tuple[str, bool] | None = None


class RunnableCheck(Protocol):
    """A check as the engine runs it (`peelcheck.checks.api.Check`)."""

    def run(self, node: Any, path: str, ctx: DraftContext) -> Iterable[Hit]:
        """Yield a Hit for each problem in `node`."""
        ...

    def may_report(self, ctx: DraftContext) -> bool:
        """False only when `run` can yield nothing on this draft."""
        ...


class FixSpec(Protocol):
    """A rule's fix as written (`peelcheck.packs.format.RuleFix`)."""

    @property
    def replacement(self) -> str: ...
    @property
    def safe(self) -> bool: ...


class RuleSpec(Protocol):
    """A rule as written (`peelcheck.packs.format.Rule`)."""

    @property
    def given(self) -> Query: ...
    @property
    def when(self) -> Query | None: ...
    @property
    def check(self) -> RunnableCheck: ...
    @property
    def message(self) -> str: ...
    @property
    def fix(self) -> FixSpec | None: ...


class RunnableRule(Protocol):
    """A loaded rule (`peelcheck.packs.ruleset.LoadedRule`)."""

    @property
    def id(self) -> str: ...
    @property
    def severity(self) -> Severity: ...
    @property
    def file(self) -> str: ...
    @property
    def line(self) -> int: ...
    @property
    def spec(self) -> RuleSpec: ...


class Rules(Protocol):
    """The rules of a run (`peelcheck.packs.ruleset.RuleSet`)."""

    @property
    def pack_data(self) -> PackData: ...

    def for_draft(
        self, programme: str, cycle: str, pillars: Iterable[str]
    ) -> Sequence[RunnableRule]:
        """The rules that apply to a draft of this programme, cycle and pillars."""
        ...
