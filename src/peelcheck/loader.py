"""Read a YAML or JSON file into plain data plus a source map, safely.

The loader alone reads files. It never raises for a bad draft: every problem with the input
(encoding, syntax, duplicate keys, unsupported tags, alias bombs, excessive nesting) becomes a
finding with a line and column. Parsing uses libyaml (PyYAML's C parser) to compose a node
tree, then one pass here builds the data and the source map together.

YAML is read with the YAML 1.2 core schema: `yes`/`no`/`on`/`off` stay text, dates stay
text (the model parses them), so a YAML draft and its JSON twin give identical data.
"""

from __future__ import annotations

import bisect
import codecs
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar, NamedTuple

import yaml

from peelcheck.findings import Finding, Severity

MAX_BYTES = 8 * 1024 * 1024  # ten-page reports are ~50 KB; larger is not a draft
MAX_DEPTH = 64  # a draft needs six levels
MAX_NODES = 200_000  # stops alias expansion ("billion laughs") long before memory suffers

_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")


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


class Span(NamedTuple):
    """Where a value stands in the source: 1-based start, end, and character offsets.

    A named tuple: the loader makes one for every value and key of every draft.
    """

    line: int
    column: int
    end_line: int
    end_column: int
    start: int
    end: int
    style: str | None = None  # YAML scalar style: None plain, "'", '"', "|", ">"


@dataclass
class SourceMap:
    """Maps data paths (`questions[3].grade`) to places in the source text."""

    text: str
    values: dict[str, Span] = field(default_factory=dict)
    keys: dict[str, Span] = field(default_factory=dict)
    _line_starts: list[int] | None = None
    # per string: where its lines start; per string and snippet: where the snippet occurs
    # (so that thousands of findings in one long text cost linear, not quadratic, time)
    _blocks: dict[tuple[str, str], tuple[list[int], list[int], int, int]] = field(
        default_factory=dict, repr=False, compare=False
    )
    _occurrences: dict[tuple[str, str, str], tuple[list[int], list[int]]] = field(
        default_factory=dict, repr=False, compare=False
    )

    def span(self, path: str, *, key: bool = False) -> Span | None:
        """The span of `path` (its key if `key`), or of its nearest existing parent."""
        while True:
            found = (self.keys.get(path) if key else None) or self.values.get(path)
            if found is not None or not path:
                return found
            path = parent_path(path)

    def position(self, path: str, *, key: bool = False) -> tuple[int, int]:
        """1-based line and column of `path`, or of its nearest existing parent."""
        found = self.span(path, key=key)
        return (found.line, found.column) if found else (1, 1)

    def position_of_offset(self, index: int) -> tuple[int, int]:
        """1-based line and column of a character offset in the source text."""
        if self._line_starts is None:
            self._line_starts = [0] + [m.end() for m in re.finditer("\n", self.text)]
        row = bisect.bisect_right(self._line_starts, index) - 1
        return row + 1, index - self._line_starts[row] + 1

    def locate_in_string(self, path: str, value: str, start: int, end: int) -> Span | None:
        """The source span of `value[start:end]`, where `value` is the string at `path`.

        Exact for literal block scalars and single-line scalars; for folded or escaped text
        the snippet is found in the scalar's source, falling back to the scalar's start.
        """
        span = self.values.get(path)
        if span is None:
            return self.span(path)
        snippet = value[start:end]
        if span.style == "|":
            offset = span.start + self._block_offset(path, span, value, start)
        else:
            found = self._occurrence(path, span, value, snippet, start)
            if found < 0:
                return span
            offset = span.start + found
        line, column = self.position_of_offset(offset)
        end_line, end_column = self.position_of_offset(offset + len(snippet))
        return Span(line, column, end_line, end_column, offset, offset + len(snippet))

    def _block_offset(self, path: str, span: Span, value: str, start: int) -> int:
        """Offset in a literal block's source of character `start` of its value."""
        block = self._blocks.get((path, value))
        if block is None:
            raw = self.text[span.start : span.end]
            first = raw.find("\n") + 1  # block content starts on the line after the indicator
            indent = len(raw[first:]) - len(raw[first:].lstrip(" "))
            lines = [first] + [m.end() for m in re.finditer("\n", raw) if m.start() >= first]
            breaks = [m.start() for m in re.finditer("\n", value)]
            block = self._blocks[path, value] = (lines, breaks, indent, len(raw.rstrip()))
        lines, breaks, indent, content_end = block
        row = bisect.bisect_left(breaks, start)  # line breaks before `start`
        column = start - (breaks[row - 1] + 1 if row else 0)
        if row >= len(lines):
            raise ValueError("substring not found")  # as str.index did
        # past the last text of the block there is no indent to skip
        return lines[row] + (indent if lines[row] < content_end else 0) + column

    def _occurrence(self, path: str, span: Span, value: str, snippet: str, start: int) -> int:
        """Where in the source of the string at `path` the snippet at `start` stands, or -1.

        The snippet's n-th occurrence in the value is taken to be its n-th occurrence in the
        source; both are counted the same way, overlapping ("XX" occurs twice in "XXX").
        """
        if not snippet:
            return 0
        found = self._occurrences.get((path, value, snippet))
        if found is None:
            raw = self.text[span.start : span.end]
            found = self._occurrences[path, value, snippet] = (
                _starts(value, snippet),
                _starts(raw, snippet),
            )
        in_value, in_source = found
        nth = bisect.bisect_left(in_value, start)
        return in_source[nth] if nth < len(in_source) else -1


def _starts(text: str, snippet: str) -> list[int]:
    """Start offsets of every occurrence of `snippet` in `text`, overlapping ones included."""
    starts, at = [], text.find(snippet)
    while at >= 0:
        starts.append(at)
        at = text.find(snippet, at + 1)
    return starts


@dataclass
class Loaded:
    """The result of reading one file: data (None when unreadable), source map, problems."""

    file: str
    data: Any = None
    source: SourceMap | None = None
    findings: list[Finding] = field(default_factory=list)
    paths_by_id: dict[int, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """True when the file was read and parsed into data."""
        return self.data is not None and not any(
            f.severity is Severity.ERROR for f in self.findings
        )


def parent_path(path: str) -> str:
    """`questions[3].grade` -> `questions[3]` -> `questions` -> ``."""
    if path.endswith("]"):
        return path[: path.rindex("[")]
    cut = path.rfind(".")
    return path[:cut] if cut >= 0 else ""


def join_path(parent: str, key: object) -> str:
    """Append a mapping key (str) or sequence index (int) to a data path."""
    if isinstance(key, int) and not isinstance(key, bool):
        return f"{parent}[{key}]"
    text = _SEGMENTS.get(key) if isinstance(key, str) else None
    if text is None:
        text = str(key)
        if not _IDENTIFIER.match(text):
            text = '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
        if isinstance(key, str) and len(_SEGMENTS) < 4096:
            _SEGMENTS[key] = text  # drafts use the same few keys thousands of times
    return f"{parent}.{text}" if parent else text


_SEGMENTS: dict[str, str] = {}


class _BuildError(Exception):
    """Stops the build of the data with one finding."""

    def __init__(self, rule: str, message: str, line: int, column: int) -> None:
        super().__init__(message)
        self.rule, self.message, self.line, self.column = rule, message, line, column


def decode(raw: bytes) -> tuple[str | None, tuple[str, int, int] | None]:
    """Decode file bytes: UTF-8 (a BOM is accepted and dropped) or UTF-16 with a BOM.

    Returns the text, or None and a (message, line, column) problem.
    """
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8) :]
    elif raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return raw.decode("utf-16"), None
        except UnicodeDecodeError:
            return None, ("the file starts with a UTF-16 mark but is not UTF-16 text", 1, 1)
    nul = raw.find(b"\0", 0, 8192)
    if nul >= 0:
        line, column = _byte_position(raw, nul)
        return None, (
            "this is a binary file, not a YAML or JSON draft (it contains NUL bytes)",
            line,
            column,
        )
    try:
        return raw.decode("utf-8"), None
    except UnicodeDecodeError as err:
        line, column = _byte_position(raw, err.start)
        return None, (
            f"the file is not UTF-8 text (byte 0x{raw[err.start]:02x}); "
            "save it as UTF-8 and check again",
            line,
            column,
        )


def _byte_position(raw: bytes, index: int) -> tuple[int, int]:
    line_start = raw.rfind(b"\n", 0, index) + 1
    return raw.count(b"\n", 0, index) + 1, index - line_start + 1


def load_file(path: Path, display: str | None = None) -> Loaded:
    """Read and parse a draft file. Raises OSError only when the file cannot be read."""
    name = display or str(path)
    size = path.stat().st_size
    if size > MAX_BYTES:
        return Loaded(
            name,
            findings=[
                _finding(
                    name,
                    "file-format",
                    f"the file is {size / 1048576:.1f} MiB; drafts larger than "
                    f"{MAX_BYTES // 1048576} MiB are not read (is this really a draft?)",
                    1,
                    1,
                )
            ],
        )
    return load_bytes(path.read_bytes(), name, json=path.suffix.lower() == ".json")


def load_bytes(raw: bytes, name: str, *, json: bool = False) -> Loaded:
    """Parse draft bytes (YAML, or JSON when `json`), never raising for bad input."""
    if len(raw) > MAX_BYTES:
        return Loaded(
            name, findings=[_finding(name, "file-format", "input larger than 8 MiB", 1, 1)]
        )
    text, problem = decode(raw)
    if text is None:
        assert problem is not None
        return Loaded(name, findings=[_finding(name, "file-format", *problem)])
    return load_text(text, name, json=json)


def load_text(text: str, name: str, *, json: bool = False) -> Loaded:
    """Parse draft text into data and a source map.

    JSON is parsed by the json module (exact JSON semantics); libyaml then reads the same
    text only for positions, with characters YAML refuses but JSON allows (raw U+007F-U+009F,
    escaped surrogate pairs) masked at the same offsets.
    """
    loaded = Loaded(name, source=SourceMap(text))
    parsed: Any = None
    if json:
        parsed, problem = _parse_json(text)
        if problem:
            loaded.findings.append(_finding(name, "json-syntax", *problem))
            return loaded
        if "\\u" in text and _SURROGATE_HINT.search(text):  # rare: most files have none
            assert loaded.source is not None
            lone = _lone_surrogates(text, loaded.source)
            if lone:  # the json module accepts them; no text with one can be encoded
                loaded.findings.extend(_finding(name, "json-syntax", *p) for p in lone)
                return loaded
        text = _mask_for_yaml(text)
    try:
        node = yaml.compose(text, Loader=_DraftLoader)
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        message = _describe_yaml_error(err)
        loaded.findings.append(_finding(name, "yaml-syntax", message, line, column))
        return loaded
    except yaml.reader.ReaderError as err:
        assert loaded.source is not None
        line, column = loaded.source.position_of_offset(err.position)
        message = (
            f"character U+{err.character:04X} is not allowed in YAML (a control character); "
            "remove it"
            if isinstance(err.character, int)
            else f"invalid text: {err.reason}"
        )
        loaded.findings.append(_finding(name, "yaml-syntax", message, line, column))
        return loaded
    except yaml.YAMLError as err:
        loaded.findings.append(_finding(name, "yaml-syntax", str(err).splitlines()[0], 1, 1))
        return loaded
    if node is None:
        loaded.findings.append(_finding(name, "file-format", "the file is empty", 1, 1))
        return loaded
    builder = _Builder(loaded)
    try:
        loaded.data = builder.build(node, "", 0)
    except _BuildError as problem:
        loaded.data = None
        loaded.findings.append(
            _finding(name, problem.rule, problem.message, problem.line, problem.column)
        )
        return loaded
    if json:
        loaded.data = parsed
        loaded.paths_by_id = _index_paths(parsed)
    return loaded


# What libyaml's reader refuses; JSON allows these raw in strings (U+007F-U+009F) or escaped.
_NOT_YAML = re.compile("[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_SURROGATE_ESCAPE = re.compile(r"(?<!\\)((?:\\\\)*)\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
_SURROGATE_HINT = re.compile(r"\\u[dD][89a-fA-F]")


def _lone_surrogates(text: str, source: SourceMap) -> list[tuple[str, int, int]]:
    """(message, line, column) of each escaped surrogate in JSON `text` that has no partner.

    A high half (\\uD800-\\uDBFF) must be followed at once by an escaped low half
    (\\uDC00-\\uDFFF); a low half must follow a high one.
    """
    escapes = [
        (match.end(1), match.end(), int(text[match.end() - 4 : match.end()], 16))
        for match in _SURROGATE_ESCAPE.finditer(text)
    ]
    lone: list[int] = []
    index = 0
    while index < len(escapes):
        at, end, code = escapes[index]
        if code < 0xDC00 and index + 1 < len(escapes):
            after, _, partner = escapes[index + 1]
            if after == end and partner >= 0xDC00:
                index += 2  # a proper pair: one character
                continue
        lone.append(at)
        index += 1
    problems = []
    for at in lone:
        escape = text[at : at + 6]
        line, column = source.position_of_offset(at)
        problems.append(
            (
                f"{escape} is half of a UTF-16 surrogate pair without its other half, so it "
                "is not a character; remove it or write the character itself",
                line,
                column,
            )
        )
    return problems


def _mask_for_yaml(text: str) -> str:
    """Same-length text that libyaml accepts, for positions only."""
    text = _NOT_YAML.sub("\ufffd", text)
    return _SURROGATE_ESCAPE.sub(lambda m: m.group(1) + "\\uFFFD", text)


def _index_paths(data: Any) -> dict[int, str]:
    """id(mapping or list) -> data path, for every container in `data`."""
    paths: dict[int, str] = {}
    stack: list[tuple[Any, str]] = [(data, "")]
    while stack:
        node, path = stack.pop()
        if isinstance(node, dict):
            paths[id(node)] = path
            stack.extend((value, join_path(path, key)) for key, value in node.items())
        elif isinstance(node, list):
            paths[id(node)] = path
            stack.extend((value, join_path(path, index)) for index, value in enumerate(node))
    return paths


def _parse_json(text: str) -> tuple[Any, tuple[str, int, int] | None]:
    import json

    try:
        return json.loads(text), None
    except json.JSONDecodeError as err:
        return None, (f"invalid JSON: {err.msg}", err.lineno, err.colno)
    except RecursionError:
        return None, ("invalid JSON: nested too deeply", 1, 1)


def _describe_yaml_error(err: yaml.MarkedYAMLError) -> str:
    problem = (err.problem or "invalid YAML").strip()
    context = (err.context or "").strip()
    hint = ""
    if "mapping values are not allowed" in problem:
        hint = "; check the indentation, or quote a value that contains ': '"
    elif any(
        text in problem
        for text in ("expected <block end>", "did not find expected key", "expected '-'")
    ):
        hint = "; check the indentation of this line against the lines above"
    elif "found character '\\t'" in problem:
        hint = "; YAML indentation must use spaces, not tabs"
    text = f"{context}, {problem}" if context else problem
    return f"invalid YAML: {text}{hint}"


def _finding(name: str, rule: str, message: str, line: int, column: int) -> Finding:
    return Finding(name, rule, Severity.ERROR, message, "", line, column)


class _Builder:
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
            raise _BuildError(
                "yaml-syntax",
                f"the draft expands to more than {MAX_NODES:,} values; YAML aliases (*name) "
                "that repeat large parts are not accepted",
                start.line + 1,
                start.column + 1,
            )
        if depth > MAX_DEPTH:
            raise _BuildError(
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
                    raise _BuildError(
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
        if tag == "tag:yaml.org,2002:int":
            return int(value, 0) if value[:2].lower() in ("0o", "0x") else int(value)
        if tag == "tag:yaml.org,2002:float":
            low = value.lower()
            if low in _FLOAT_SPECIAL:
                return _FLOAT_SPECIAL[low]
            return float("nan") if low == ".nan" else float(value)
        if tag == "tag:yaml.org,2002:bool":
            return _BOOL[value.lower()]
        if tag == "tag:yaml.org,2002:null":
            return None
        raise self._bad_tag(node)

    @staticmethod
    def _bad_tag(node: yaml.Node) -> _BuildError:
        return _BuildError(
            "yaml-syntax",
            f"unsupported YAML tag {node.tag!r}; drafts hold only text, numbers, true/false, "
            "lists and mappings",
            node.start_mark.line + 1,
            node.start_mark.column + 1,
        )
