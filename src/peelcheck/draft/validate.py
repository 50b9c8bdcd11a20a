"""Validate loaded data against a pydantic model, turning errors into located findings.

Used for drafts (rule id `schema`) and for rule and config files. Messages are plain English,
say what to do, and suggest the nearest field name for a typo'd key.
"""

from __future__ import annotations

import difflib
import types
import typing
from collections.abc import Iterable, Sequence
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from peelcheck.core.findings import Edit, Finding, Fix, Severity
from peelcheck.draft.construct import construct
from peelcheck.draft.loaded import Loaded
from peelcheck.draft.sourcemap import join_path

M = TypeVar("M", bound=BaseModel)


def describe_value(value: object) -> str:
    """A short plain-English description of a value's type, for messages."""
    if isinstance(value, bool):
        return f"{str(value).lower()} (true/false)"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if isinstance(value, str):
        return f"the text {value!r}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return "nothing" if value is None else type(value).__name__


def validate_model(
    model: type[M], loaded: Loaded, *, rule: str = "schema"
) -> tuple[M | None, list[Finding]]:
    """Validate `loaded.data` against `model`; return the instance or located findings."""
    built = construct(model, loaded.data)
    if built is not None:
        return built, []
    try:
        return model.model_validate(loaded.data), []
    except ValidationError as err:
        return None, list(_findings(model, loaded, err.errors(include_url=False), rule))


def _findings(
    model: type[BaseModel], loaded: Loaded, errors: Iterable[Any], rule: str
) -> Iterable[Finding]:
    by_path: dict[tuple[str, bool], list[Any]] = {}
    for error in errors:
        path, value, is_key = _data_path(loaded.data, error["loc"], error["type"])
        by_path.setdefault((path, is_key), []).append((error, value))
    explained = _missing_explained_by_typos(model, by_path)
    found = []
    for (path, is_key), group in by_path.items():
        if (path, is_key) in explained:
            continue
        whole = _WHOLE.get(rule, "the draft")
        message = _message(model, path, group, whole)
        if not path:  # the document itself: "the baseline is a list", not quoted as a key
            message = message.replace(f"'{whole}'", whole, 1)
        assert loaded.source is not None
        line, column = loaded.source.position(path, key=is_key)
        snippet = "" if group[0][1] is _MISSING else str(group[0][1])[:80]
        found.append(
            Finding(
                loaded.file,
                rule,
                Severity.ERROR,
                message,
                path,
                line,
                column,
                snippet=snippet,
                fix=_literal_fix(path, group),
            )
        )
    return sorted(found, key=Finding.sort_key)


def _literal_fix(path: str, group: list[tuple[Any, Any]]) -> Fix | None:
    """A text that is not one of a field's allowed words but nearly spells exactly one of
    them (`status: Draft` for `draft`): that word, safe when only case or spaces differ."""
    error, value = group[0]
    if error["type"] != "literal_error" or not isinstance(value, str):
        return None
    options = _literal_options(error)
    lowered = {o.lower(): o for o in options}
    key = " ".join(value.split()).lower()
    if key in lowered:
        return Fix(True, (), path, value, (Edit(0, len(value), lowered[key]),))
    close = difflib.get_close_matches(key, list(lowered), n=2, cutoff=0.6)
    if len(close) != 1:
        return None
    return Fix(False, (), path, value, (Edit(0, len(value), lowered[close[0]]),))


def _literal_options(error: Any) -> list[str]:
    expected = error.get("ctx", {}).get("expected", "")
    options = [o.strip().strip("'") for o in expected.replace(" or ", ",").split(",")]
    return [o for o in options if o]


def _missing_explained_by_typos(
    model: type[BaseModel], by_path: dict[tuple[str, bool], list[Any]]
) -> set[tuple[str, bool]]:
    """A missing field whose name an unknown key nearly spells is reported once, as the typo."""
    explained: set[tuple[str, bool]] = set()
    for (path, is_key), group in by_path.items():
        if not is_key or group[0][0]["type"] != "extra_forbidden":
            continue
        parent, _, name = path.rpartition(".") if "." in path else ("", "", path)
        close = difflib.get_close_matches(name, allowed_keys(model, parent), n=1, cutoff=0.6)
        if close and (join_path(parent, close[0]), False) in by_path:
            explained.add((join_path(parent, close[0]), False))
    return explained


_MISSING = object()


def _data_path(data: Any, loc: Sequence[int | str], kind: str) -> tuple[str, Any, bool]:
    """Follow a pydantic `loc` through the data, dropping union-branch labels."""
    path, node = "", data
    for part in loc:
        if _has(node, part):
            path, node = join_path(path, part), node[part]
        elif kind == "missing" and part == loc[-1]:
            return join_path(path, part), _MISSING, False
        # anything else is a union branch label such as 'int' or 'str'
    return path, node, kind == "extra_forbidden"


def _has(node: Any, part: int | str) -> bool:
    if isinstance(node, dict):
        return isinstance(part, str) and part in node
    return isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node)


# what the whole document is called in a message about it, by the rule validating it
_WHOLE = {"baseline": "the baseline", "config": "the config file", "rule-file": "the rule pack",
          "test-file": "the rule test file"}  # fmt: skip


def _message(model: type[BaseModel], path: str, group: list[tuple[Any, Any]], whole: str) -> str:
    error, value = group[0]
    kind = error["type"]
    name = path.rsplit(".", 1)[-1].strip('"') if path else whole  # `"fail-on"` is quoted
    if kind == "extra_forbidden":
        allowed = allowed_keys(model, path.rsplit(".", 1)[0] if "." in path else "")
        close = difflib.get_close_matches(name, allowed, n=1, cutoff=0.6)
        hint = f"; did you mean '{close[0]}'?" if close else f"; allowed here: {', '.join(allowed)}"
        return f"unknown key '{name}'{hint}"
    if kind == "missing":
        return f"missing required field '{name}'"
    if kind == "literal_error":
        expected = error.get("ctx", {}).get("expected", "")
        options = _literal_options(error)
        close = difflib.get_close_matches(str(value), options, n=1, cutoff=0.6)
        hint = f"; did you mean '{close[0]}'?" if close else ""
        if not isinstance(value, str) and str(value) in options:
            hint = f'; write it in quotes: "{value}"'
        return f"'{name}' is {describe_value(value)}; it must be one of {expected}{hint}"
    if kind == "union_tag_invalid":
        context = error.get("ctx", {})
        options = [o.strip().strip("'") for o in str(context.get("expected_tags", "")).split(",")]
        close = difflib.get_close_matches(str(context.get("tag", "")), options, n=1, cutoff=0.5)
        hint = f"; did you mean '{close[0]}'?" if close else ""
        return (
            f"unknown {context.get('discriminator', 'type').strip(chr(39))} "
            f"{context.get('tag')!r} in '{name}'{hint} (known: {', '.join(options)})"
        )
    if kind == "string_pattern_mismatch":
        if name in ("id", "pack"):
            return f"{name} {value!r} must be kebab-case: lower-case words joined by '-'"
        return f"'{name}' is {describe_value(value)}; it must match {error['ctx']['pattern']}"
    if kind == "value_error":
        return f"'{name}': {str(error['msg']).removeprefix('Value error, ')}"
    expected_types = sorted({_expected(e["type"]) for e, _ in group} - {""})
    if expected_types:
        quote = ""
        if (
            "text" in expected_types
            and isinstance(value, (int, float))
            and not isinstance(value, bool)
        ):
            quote = f' (quote it: "{value}")'
        return f"'{name}' is {describe_value(value)}; expected {' or '.join(expected_types)}{quote}"
    return f"'{name}': {error['msg']}"


def _expected(kind: str) -> str:
    return {
        "string_type": "text",
        "int_type": "a whole number",
        "bool_type": "true or false",
        "list_type": "a list",
        "model_type": "a mapping",
        "dict_type": "a mapping",
        "date_type": "a date (YYYY-MM-DD)",
        "date_from_datetime_parsing": "a date (YYYY-MM-DD)",
        "date_parsing": "a date (YYYY-MM-DD)",
        "string_too_short": "non-empty text",
        "float_type": "a number",
    }.get(kind, "")


def allowed_keys(model: type[BaseModel], path: str) -> list[str]:
    """The keys allowed in the mapping at `path` (indices are ignored), as a file writes
    them: a field's alias where it has one ("peelcheck-rules", not "peelcheck_rules")."""
    current: Any = model
    for part in path.replace("]", "").replace("[", ".").split("."):
        if not part or part.isdigit():
            continue
        fields = _written(current) if _is_model(current) else {}
        field = fields.get(part.strip('"'))
        if field is None:
            return []
        current = _inner_model(field.annotation)
    return list(_written(current)) if _is_model(current) else []


def _written(model: type[BaseModel]) -> dict[str, Any]:
    """A model's fields by the key a file writes for each (its alias, else its name)."""
    return {field.alias or name: field for name, field in model.model_fields.items()}


def _is_model(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, BaseModel)


def _inner_model(tp: Any) -> Any:
    """Unwrap Optional[...] and list[...] to reach a model class."""
    origin = typing.get_origin(tp)
    if origin in (list, typing.Union, types.UnionType):
        for arg in typing.get_args(tp):
            inner = _inner_model(arg)
            if _is_model(inner):
                return inner
    return tp
