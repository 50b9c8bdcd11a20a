"""Read a YAML or JSON file into plain data plus a source map, safely.

The loader alone reads files. It never raises for a bad draft: every problem with the input
(encoding, syntax, duplicate keys, unsupported tags, alias bombs, excessive nesting) becomes a
finding with a line and column. Parsing uses libyaml (PyYAML's C parser) to compose a node
tree, then one pass here builds the data and the source map together.

YAML is read with the YAML 1.2 core schema: `yes`/`no`/`on`/`off` stay text, dates stay
text (the model parses them), so a YAML draft and its JSON twin give identical data.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path
from typing import Any

import yaml

from peelcheck.core.findings import Finding, Severity
from peelcheck.core.reading import NotReadable, read_bounded
from peelcheck.draft.loaded import Loaded
from peelcheck.draft.sourcemap import SourceMap, join_path
from peelcheck.draft.yaml_tree import BuildError, TreeBuilder, compose

MAX_BYTES = 8 * 1024 * 1024  # ten-page reports are ~50 KB; larger is not a draft


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
    try:
        raw = read_bounded(path, MAX_BYTES)
    except NotReadable:
        size = path.stat().st_size if path.is_file() else 0
        message = (
            f"the file is {size / 1048576:.1f} MiB; drafts larger than "
            f"{MAX_BYTES // 1048576} MiB are not read (is this really a draft?)"
            if size > MAX_BYTES
            else "not a regular file (a pipe or a device?); give the file itself"
        )
        return Loaded(name, findings=[_finding(name, "file-format", message, 1, 1)])
    return load_bytes(raw, name, json=path.suffix.lower() == ".json")


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
        node = compose(text)
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
    if isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:null":
        message = "the document is empty: it holds only a null value such as `~`"
        line, column = node.start_mark.line + 1, node.start_mark.column + 1
        loaded.findings.append(_finding(name, "file-format", message, line, column))
        return loaded
    builder = TreeBuilder(loaded)
    try:
        loaded.data = builder.build(node, "", 0)
    except BuildError as problem:
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
    except ValueError:  # the json module refuses a number of more digits than Python converts
        found = _LONG_NUMBER.search(text)
        at = found.start() if found else 0
        line = text.count("\n", 0, at) + 1
        column = at - (text.rfind("\n", 0, at) + 1) + 1
        digits = len(found.group()) if found else 0
        return None, (f"a number of {digits} digits; write it as text if it is meant", line, column)


_LONG_NUMBER = re.compile(r"\d{4301,}")


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
