"""JMESPath, compiled once per run, with functions that know the draft's context.

Rule files select nodes (`given`), filter them (`when`) and compute values with JMESPath.
The functions below add what plain JMESPath cannot reach from a node:

- `root()`: the whole draft.
- `context(name)`: a fact about the draft's programme and cycle, one of
  `engine.context.FACT_NAMES` (docs/rules.md lists them with their meaning).
- `rank(grade)`: the grade's position on the scale, 0 for the best; null if not a grade.
- `questions_of(node)`: the questions a grade covers: for a pillar, the questions naming it;
  for anything else, all questions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

import jmespath
from jmespath import exceptions as jmespath_errors

from peelcheck.engine.compiled import compile_tree
from peelcheck.engine.syntax import draft_values_only, negates_before_a_path

if TYPE_CHECKING:
    from peelcheck.engine.context import DraftContext


class Query:
    """A compiled JMESPath expression."""

    __slots__ = ("_evaluate", "_parsed", "selects_draft_values", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._parsed: Any = jmespath.compile(text)
        tree: Any = self._parsed.parsed
        self._evaluate = compile_tree(tree)
        # True when every value the expression returns is a value of the data it searches
        # (never text it builds): then a screen over the draft's own text sees it
        self.selects_draft_values = draft_values_only(tree)

    @classmethod
    def naming_alias(cls, text: str) -> Query:
        """A selector written as a pack alias (`#questions ...`), compiled once the packs'
        aliases are known (`resolve_aliases` in peelcheck.packs.aliases)."""
        query = cls.__new__(cls)
        query.text, query._parsed, query.selects_draft_values = text, None, False
        query._evaluate = _unresolved
        return query

    @property
    def names_alias(self) -> bool:
        """True for a selector that still names a pack alias."""
        return self._parsed is None

    def search(self, data: Any, ctx: DraftContext | None = None) -> Any:
        """Evaluate against `data`, a node of the draft whose context is `ctx`.

        Without a context, peelcheck's own functions (`root()`, `context()`, ...) raise.
        """
        return self._evaluate(data, cast("DraftContext", ctx))

    def __repr__(self) -> str:
        return f"Query({self.text!r})"


def _unresolved(*_: Any) -> Any:
    raise RuntimeError("a selector naming a pack alias was used before the aliases were known")


def compile_query(text: str) -> Query:
    """Compile `text`; raise ValueError with a readable message when it is not JMESPath, or
    when it negates before a path (`!a.b`), which is never what a rule means."""
    try:
        query = Query(text)
    except jmespath_errors.JMESPathError as err:
        detail = getattr(err, "msg", None) or type(err).__name__
        position = getattr(err, "lex_position", None)
        token = getattr(err, "token_value", None)
        if token is not None:
            detail += f" {token!r}"
        if isinstance(position, int):
            detail += f" at character {position + 1}"
        raise ValueError(f"invalid JMESPath expression {text!r}: {detail}") from None
    if negates_before_a_path(query._parsed.parsed):
        raise ValueError(
            f"JMESPath expression {text!r} negates before a path: JMESPath reads '!a.b' as "
            "'(!a).b', which is always null; write '!(a.b)'"
        )
    return query


def truthy(value: Any) -> bool:
    """JMESPath truthiness: false, null, empty string, list and object are false."""
    if value is None or value is False:
        return False
    return not (isinstance(value, (str, list, dict)) and not value)
