"""YAML to plain data and a source map, in one pass over libyaml's node tree.

libyaml (PyYAML's C parser) composes the node tree with YAML 1.2 core-schema resolution:
`yes`/`no`/`on`/`off` stay text, dates stay text (the model parses them), so a YAML draft and
its JSON twin give identical data. Building refuses what a draft never needs (unsupported
tags, alias bombs, excessive nesting) with one finding at its place.
"""

from __future__ import annotations

import re
from typing import Any, ClassVar

import yaml

from peelcheck.core.findings import Finding, Severity
from peelcheck.draft.loaded import Loaded
from peelcheck.draft.sourcemap import Span, join_path

MAX_DEPTH = 64  # a draft needs six levels
MAX_NODES = 200_000  # stops alias expansion ("billion laughs") long before memory suffers
MAX_DIGITS = 4300  # Python's own limit for turning digits into an int


class _TooLongError(Exception):
    """A number with more digits than Python converts."""


_KINDS = {  # what each core-schema tag's value must be, in words
    "tag:yaml.org,2002:int": "a whole number",
    "tag:yaml.org,2002:float": "a number",
    "tag:yaml.org,2002:bool": "true or false",
    "tag:yaml.org,2002:null": "null (~)",
}
_SCALAR_TAGS = frozenset({"tag:yaml.org,2002:str", *_KINDS})


def compose(text: str) -> yaml.Node | None:
    """libyaml's node tree of `text` (raises PyYAML's errors)."""
    node: yaml.Node | None = yaml.compose(text, Loader=_DraftLoader)
    return node


class _DraftLoader(yaml.CSafeLoader):
    """libyaml parser with YAML 1.2 core-schema resolution (no timestamps, no yes/no)."""

    yaml_implicit_resolvers: ClassVar[dict[str | None, list[tuple[str, re.Pattern[str]]]]] = {}  # type: ignore[misc]


for _tag, _pattern, _first in [
    ("bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
    ("int", r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", "-+0123456789"),
    (
        "float",
        r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
        r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
        "-+0123456789.",
    ),
    ("null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
]:
    _DraftLoader.add_implicit_resolver(
        f"tag:yaml.org,2002:{_tag}", re.compile(_pattern), list(_first)
    )

_BOOL = {"true": True, "false": False}
_FLOAT_SPECIAL = {".inf": float("inf"), "+.inf": float("inf"), "-.inf": float("-inf")}


class BuildError(Exception):
    """Stops the build of the data with one finding."""

    def __init__(self, rule: str, message: str, line: int, column: int) -> None:
        super().__init__(message)
        self.rule, self.message, self.line, self.column = rule, message, line, column


class TreeBuilder:
    """Builds plain data and the source map from a composed node tree, in one pass."""

    def __init__(self, loaded: Loaded) -> None:
        self.loaded = loaded
        assert loaded.source is not None
        self.source = loaded.source
        self.nodes = 0

    def build(self, node: yaml.Node, path: str, depth: int) -> Any:
        self.nodes += 1
        start, end = node.start_mark, node.end_mark
        if self.nodes > MAX_NODES:
            raise BuildError(
                "yaml-syntax",
                f"the draft expands to more than {MAX_NODES:,} values; YAML aliases (*name) "
                "that repeat large parts are not accepted",
                start.line + 1,
                start.column + 1,
            )
        if depth > MAX_DEPTH:
            raise BuildError(
                "yaml-syntax",
                f"values nested more than {MAX_DEPTH} levels deep; a draft needs at most six",
                start.line + 1,
                start.column + 1,
            )
        style = getattr(node, "style", None)
        self.source.values[path] = Span(
            start.line + 1,
            start.column + 1,
            end.line + 1,
            end.column + 1,
            start.index,
            end.index,
            style,
        )
        tag = node.tag
        if isinstance(node, yaml.MappingNode):
            if tag != "tag:yaml.org,2002:map":
                raise self._bad_tag(node)
            mapping: dict[Any, Any] = {}
            self.loaded.paths_by_id[id(mapping)] = path
            for key_node, value_node in node.value:
                key = self._scalar(key_node) if isinstance(key_node, yaml.ScalarNode) else None
                if key is None or isinstance(key, (float, bool)):
                    raise BuildError(
                        "yaml-syntax",
                        "a key must be a name such as `grade:`",
                        key_node.start_mark.line + 1,
                        key_node.start_mark.column + 1,
                    )
                child = join_path(path, str(key))
                key_span = Span(
                    key_node.start_mark.line + 1,
                    key_node.start_mark.column + 1,
                    key_node.end_mark.line + 1,
                    key_node.end_mark.column + 1,
                    key_node.start_mark.index,
                    key_node.end_mark.index,
                )
                if str(key) in mapping:
                    first = self.source.keys[child]
                    self.loaded.findings.append(
                        Finding(
                            self.loaded.file,
                            "duplicate-key",
                            Severity.ERROR,
                            f"duplicate key '{key}' (first at line {first.line}); "
                            "YAML keeps only the last value, so remove one of them",
                            child,
                            key_span.line,
                            key_span.column,
                        )
                    )
                self.source.keys[child] = key_span
                mapping[str(key)] = self.build(value_node, child, depth + 1)
            return mapping
        if isinstance(node, yaml.SequenceNode):
            if tag != "tag:yaml.org,2002:seq":
                raise self._bad_tag(node)
            items: list[Any] = []
            self.loaded.paths_by_id[id(items)] = path
            for index, item in enumerate(node.value):
                items.append(self.build(item, join_path(path, index), depth + 1))
            return items
        assert isinstance(node, yaml.ScalarNode)
        return self._scalar(node)

    def _scalar(self, node: yaml.ScalarNode) -> Any:
        tag, value = node.tag, node.value
        if tag == "tag:yaml.org,2002:str":
            return value
        if tag not in _SCALAR_TAGS:
            raise self._bad_tag(node)
        try:  # an explicit tag (`!!int abc`) may name a type its value does not have
            return self._typed(tag, value)
        except (ValueError, KeyError):
            raise BuildError(
                "yaml-syntax",
                f"{value!r} is not {_KINDS[tag]}; remove the tag `!!{tag.rpartition(':')[2]}` "
                "or write a value of that kind",
                node.start_mark.line + 1,
                node.start_mark.column + 1,
            ) from None
        except _TooLongError:
            raise BuildError(
                "yaml-syntax",
                f"a number of {len(value)} digits; write it as text if it is meant",
                node.start_mark.line + 1,
                node.start_mark.column + 1,
            ) from None

    @staticmethod
    def _typed(tag: str, value: str) -> Any:
        """The value of a scalar of a core-schema tag other than str (raises if it has none)."""
        if tag == "tag:yaml.org,2002:int":
            if len(value) > MAX_DIGITS:
                raise _TooLongError
            return int(value, 0) if value[:2].lower() in ("0o", "0x") else int(value)
        if tag == "tag:yaml.org,2002:float":
            low = value.lower()
            if low in _FLOAT_SPECIAL:
                return _FLOAT_SPECIAL[low]
            return float("nan") if low == ".nan" else float(value)
        if tag == "tag:yaml.org,2002:bool":
            return _BOOL[value.lower()]
        if value not in ("", "~", "null", "Null", "NULL"):
            raise ValueError(value)
        return None

    @staticmethod
    def _bad_tag(node: yaml.Node) -> BuildError:
        return BuildError(
            "yaml-syntax",
            f"unsupported YAML tag {node.tag!r}; drafts hold only text, numbers, true/false, "
            "lists and mappings",
            node.start_mark.line + 1,
            node.start_mark.column + 1,
        )
