"""JMESPath, compiled once per run, with functions that know the draft's context.

Rule files select nodes (`given`), filter them (`when`) and compute values with JMESPath.
The functions below add what plain JMESPath cannot reach from a node:

- `root()`: the whole draft.
- `context(name)`: a fact about the draft's programme and cycle: `scale` (grades, best
  first), `non_grades` (e.g. Ungraded), `programme`, `cycle`, `pillar_grades` (true when
  the cycle grades pillars), `subject`, `integrated` (true when the draft has `pillars`).
- `rank(grade)`: the grade's position on the scale, 0 for the best; null if not a grade.
- `questions_of(node)`: the questions a grade covers: for a pillar, the questions naming it;
  for anything else, all questions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import jmespath
from jmespath import exceptions as jmespath_errors
from jmespath import functions

if TYPE_CHECKING:
    from peelcheck.engine import DraftContext


class _Functions(functions.Functions):
    """Custom functions; `draft` is set by the engine before each draft is evaluated."""

    draft: DraftContext | None = None

    def _ctx(self) -> DraftContext:
        assert self.draft is not None, "query evaluated outside a draft"
        return self.draft

    @functions.signature()
    def _func_root(self) -> Any:
        return self._ctx().data

    @functions.signature({"types": ["string"]})
    def _func_context(self, name: str) -> Any:
        return self._ctx().fact(name)

    @functions.signature({"types": []})
    def _func_rank(self, grade: Any) -> Any:
        return self._ctx().rank(grade)

    @functions.signature({"types": []})
    def _func_questions_of(self, node: Any) -> Any:
        return self._ctx().questions_of(node)


FUNCTIONS = _Functions()
OPTIONS = jmespath.Options(custom_functions=FUNCTIONS)


class Query:
    """A compiled JMESPath expression."""

    __slots__ = ("_parsed", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._parsed = jmespath.compile(text)

    def search(self, data: Any) -> Any:
        """Evaluate against `data` (a node of the draft)."""
        return self._parsed.search(data, options=OPTIONS)

    def __repr__(self) -> str:
        return f"Query({self.text!r})"


def compile_query(text: str) -> Query:
    """Compile `text`; raise ValueError with a readable message when it is not JMESPath."""
    try:
        return Query(text)
    except jmespath_errors.JMESPathError as err:
        detail = getattr(err, "msg", None) or type(err).__name__
        position = getattr(err, "lex_position", None)
        token = getattr(err, "token_value", None)
        if token is not None:
            detail += f" {token!r}"
        if isinstance(position, int):
            detail += f" at character {position + 1}"
        raise ValueError(f"invalid JMESPath expression {text!r}: {detail}") from None


def truthy(value: Any) -> bool:
    """JMESPath truthiness: false, null, empty string, list and object are false."""
    if value is None or value is False:
        return False
    return not (isinstance(value, (str, list, dict)) and not value)
