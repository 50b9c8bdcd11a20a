"""The format version fields of peelcheck's files: exactly the whole number, never `true`
or `1.0` (which equal 1 in Python, and which pydantic's Literal therefore accepts)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BeforeValidator


def _whole_number(value: Any) -> Any:
    if isinstance(value, bool) or (isinstance(value, float) and value == int(value)):
        shown = str(value).lower() if isinstance(value, bool) else repr(value)
        raise ValueError(f"a format version is written as a whole number such as 1, not {shown}")
    return value


Version1 = Annotated[Literal[1], BeforeValidator(_whole_number)]
"""Format version 1 of a draft, rule pack, baseline or rule test file."""
