"""Selector aliases: names for the `given` paths packs repeat (`#questions`), as Spectral's
rulesets have. A rule's `given` or `when` that starts with `#name` is the alias's JMESPath
followed by the rest of what is written (`#questions.narrative`)."""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping
from typing import Annotated, Any

from pydantic import PlainValidator, WithJsonSchema

from peelcheck.engine.query import Query, compile_query

ALIAS_NAME = r"[A-Za-z][A-Za-z0-9_-]*"
_REFERENCE = re.compile(rf"#({ALIAS_NAME})")


def _to_selector(value: Any) -> Query:
    if isinstance(value, Query):
        return value
    if not isinstance(value, str):
        raise ValueError("expected a JMESPath expression as text")
    if value.startswith("#"):
        if _REFERENCE.match(value) is None:
            raise ValueError(f"{value!r}: an alias is written #name (letters, digits, - and _)")
        return Query.naming_alias(value)
    return compile_query(value)


SelectorText = Annotated[
    Query,
    PlainValidator(_to_selector),
    WithJsonSchema(
        {
            "type": "string",
            "description": "A JMESPath expression, or a pack alias `#name` followed by the "
            "rest of an expression (`#questions.narrative`).",
        }
    ),
]


def resolve(query: Query, aliases: Mapping[str, str]) -> Query:
    """The selector with its alias replaced by the alias's expression, compiled.

    Raises ValueError naming the unknown alias (with the nearest known one), or the
    expression that does not compile.
    """
    found = _REFERENCE.match(query.text)
    assert found is not None, "only selectors that name an alias are resolved"
    name = found.group(1)
    if name not in aliases:
        close = difflib.get_close_matches(name, sorted(aliases), n=1)
        hint = f"; did you mean '#{close[0]}'?" if close else "; declare it under `aliases:`"
        raise ValueError(f"unknown alias '#{name}'{hint}")
    return compile_query(aliases[name] + query.text[found.end() :])
