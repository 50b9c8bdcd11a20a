"""Option types shared by rule files and checks: compiled once, when a rule file loads."""

from __future__ import annotations

from typing import Annotated, Any

import re2
from pydantic import PlainValidator, WithJsonSchema

from peelcheck.engine.query import Query, compile_query

_RE2_OPTIONS = re2.Options()
_RE2_OPTIONS.log_errors = False


def _to_query(value: Any) -> Query:
    if isinstance(value, Query):
        return value
    if not isinstance(value, str):
        raise ValueError("expected a JMESPath expression as text")
    return compile_query(value)


QueryText = Annotated[
    Query,
    PlainValidator(_to_query),
    WithJsonSchema({"type": "string", "description": "A JMESPath expression."}),
]


def compile_pattern(value: Any) -> Any:
    """Compile a regular expression with RE2 (linear time: no catastrophic backtracking)."""
    if not isinstance(value, str):
        raise ValueError("expected a regular expression as text")
    try:
        return re2.compile(value, options=_RE2_OPTIONS)
    except re2.error as err:
        detail = err.args[0].decode() if err.args and isinstance(err.args[0], bytes) else err
        raise ValueError(
            f"regular expression {value!r} is not accepted: {detail}. Patterns run on RE2, "
            "which guarantees linear time: backreferences and lookarounds are not available"
        ) from None


Pattern = Annotated[
    Any,
    PlainValidator(compile_pattern),
    WithJsonSchema({"type": "string", "description": "A regular expression (RE2 syntax)."}),
]
