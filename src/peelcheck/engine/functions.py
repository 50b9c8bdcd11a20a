"""peelcheck's own JMESPath functions (`root()`, `context()`, `rank()`, `questions_of()`),
bound to the context of one draft."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import jmespath
from jmespath import functions, visitor

if TYPE_CHECKING:
    from peelcheck.engine.context import DraftContext


class _Functions(functions.Functions):
    """peelcheck's functions, bound to the context of one draft."""

    def __init__(self, ctx: DraftContext) -> None:
        super().__init__()
        self._ctx = ctx

    @functions.signature()
    def _func_root(self) -> Any:
        return self._ctx.data

    @functions.signature({"types": ["string"]})
    def _func_context(self, name: str) -> Any:
        return self._ctx.fact(name)

    @functions.signature({"types": []})
    def _func_rank(self, grade: Any) -> Any:
        return self._ctx.rank(grade)

    @functions.signature({"types": []})
    def _func_questions_of(self, node: Any) -> Any:
        return self._ctx.questions_of(node)


OWN_FUNCTIONS = frozenset({"root", "context", "rank", "questions_of"})
BUILTINS = functions.Functions()  # JMESPath's own functions need no draft


def bound(ctx: DraftContext) -> _Functions:
    """The functions bound to `ctx`, made once per draft and kept on it."""
    if ctx is None:
        raise RuntimeError("peelcheck's query functions need a draft to read")
    bound = ctx.query_functions
    if bound is None:
        bound = ctx.query_functions = _Functions(ctx)
    assert isinstance(bound, _Functions)
    return bound


def interpret(tree: Any, value: Any, ctx: DraftContext) -> Any:
    """jmespath's own interpreter, for what is not compiled here, with `ctx`'s functions."""
    options = jmespath.Options(custom_functions=bound(ctx))
    return visitor.TreeInterpreter(options).visit(tree, value)
