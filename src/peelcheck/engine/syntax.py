"""What a query's syntax tree says before it is run: whether its results are values of the
draft (so a screen over the draft's text sees them), and whether it holds a known trap."""

from __future__ import annotations

from typing import Any

# Node types whose results are values of their input (or of their children's results).
_SELECTING = frozenset(
    {
        "field",
        "identity",
        "current",
        "index",
        "slice",
        "subexpression",
        "index_expression",
        "pipe",
        "projection",
        "value_projection",
        "flatten",
        "multi_select_list",
        "multi_select_dict",
        "key_val_pair",
        "or_expression",
        "and_expression",
    }
)
# Functions that return the draft, its questions, or one of their arguments' values.
_SELECTING_FUNCTIONS = frozenset({"root", "questions_of", "not_null", "merge", "values"})


def draft_values_only(node: Any) -> bool:
    """Whether `node` can return only values found in the searched data, not built ones
    (a literal, `to_string(...)`, `join(...)`, `context(...)`, a key name)."""
    if not isinstance(node, dict):
        return True  # a slice's bounds
    kind, children = node["type"], node["children"]
    if kind == "filter_projection":  # the condition only filters
        left, right, _ = children
        return draft_values_only(left) and draft_values_only(right)
    if kind == "function_expression" and node["value"] not in _SELECTING_FUNCTIONS:
        return False
    if kind not in _SELECTING and kind != "function_expression":
        return False
    return all(draft_values_only(child) for child in children)


# nodes whose first child is the value the rest of the node reads into
_PATHS = frozenset({"subexpression", "index_expression", "projection", "filter_projection"})


def negates_before_a_path(node: Any) -> bool:
    """True when a `!x` stands first in a path (`!root().pillars`, `!a[0]`): `(!x).y`."""
    if not isinstance(node, dict):
        return False
    children = node.get("children") or []
    if node.get("type") in _PATHS and children and _first(children[0]) == "not_expression":
        return True
    return any(negates_before_a_path(child) for child in children)


def _first(node: Any) -> Any:
    return node.get("type") if isinstance(node, dict) else None
