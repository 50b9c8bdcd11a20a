"""Helpers for checks that read named pack data (phrase lists, tables): validated when loaded."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

from pydantic import TypeAdapter, ValidationError

from peelcheck.draft.construct import NOT_PLAIN, plain_data
from peelcheck.prose.phrases import Phrases

if TYPE_CHECKING:
    from peelcheck.engine.facts import PackData

PhraseList = list[str]
GradePhraseMap = dict[str, list[str]]


def lookup(pack: PackData, name: str, shape: Any, what: str) -> Any:
    """Pack data `name`, checked to have `shape` (a type); ValueError naming `what` if not."""
    if name not in pack.data:
        known = ", ".join(sorted(pack.data)) or "none"
        raise ValueError(f"no pack data named {name!r} (known: {known})")
    found = plain_data(shape, pack.data[name])
    if found is not NOT_PLAIN:
        return found
    try:
        return _adapter(shape).validate_python(pack.data[name], strict=True)
    except ValidationError as err:
        first = err.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        detail = f" (at {where})" if where else ""
        raise ValueError(f"pack data {name!r} must be {what}{detail}") from None


@cache
def _adapter(shape: Any) -> TypeAdapter[Any]:
    return TypeAdapter(shape)


def phrase_list(pack: PackData, name: str) -> Phrases[str]:
    """A list of phrases from pack data, each labelled with itself."""
    found: list[str] = lookup(pack, name, PhraseList, "a list of phrases")
    return Phrases((p, p) for p in found)


def grade_phrases(pack: PackData, name: str) -> dict[str, list[str]]:
    """A mapping grade -> phrases from pack data; every key must be a declared grade."""
    found: dict[str, list[str]] = lookup(pack, name, GradePhraseMap, "a mapping grade -> phrases")
    words = pack.all_grade_words()
    for grade in found:
        if words and grade not in words:
            raise ValueError(
                f"pack data {name!r}: {grade!r} is on no scale ({', '.join(sorted(words))})"
            )
    return found
