"""The loader: data, exact source positions, and untrusted input handled without tracebacks."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest

from peelcheck.draft.read import load_bytes, load_file, load_text
from tests.conftest import EXAMPLES, MINIMAL


def test_positions_point_at_values_and_keys() -> None:
    loaded = load_text(MINIMAL, "d.yaml")
    assert loaded.ok
    assert loaded.source is not None
    assert loaded.source.position("questions[0].grade") == (10, 12)
    assert loaded.source.position("questions[0].grade", key=True) == (10, 5)
    assert loaded.source.position("inspection.cycle") == (4, 10)


def test_missing_path_maps_to_nearest_parent() -> None:
    loaded = load_text(MINIMAL, "d.yaml")
    assert loaded.source is not None
    assert loaded.source.position("questions[0].areas_for_improvement") == (8, 5)
    assert loaded.source.position("overall.grade") == (1, 1)


def test_offset_inside_literal_block_is_exact() -> None:
    loaded = load_file(EXAMPLES / "gwent-2016-effectiveness.yaml")
    assert loaded.source is not None
    summary = loaded.data["overall"]["summary"]
    start = summary.index("inconsistent.The")
    span = loaded.source.locate_in_string("overall.summary", summary, start, start + 16)
    assert span is not None
    lines = (EXAMPLES / "gwent-2016-effectiveness.yaml").read_text(encoding="utf-8").splitlines()
    assert lines[span.line - 1][span.column - 1 :].startswith("inconsistent.The")


def test_offset_inside_quoted_scalar_is_found() -> None:
    text = 'a:\n  b: "one two. three.Four"\n'
    loaded = load_text(text, "d.yaml")
    assert loaded.source is not None
    value = loaded.data["a"]["b"]
    start = value.index("three.Four")
    span = loaded.source.locate_in_string("a.b", value, start, start + 10)
    assert span is not None
    assert (span.line, span.column) == (2, 16)


def test_yaml_12_core_schema_keeps_dates_and_yes_as_text() -> None:
    loaded = load_text("a: 2017-03-02\nb: yes\nc: true\nd: 0x10\ne: 1.5\nf: ~\n", "d.yaml")
    assert loaded.data == {"a": "2017-03-02", "b": "yes", "c": True, "d": 16, "e": 1.5, "f": None}


def test_json_and_yaml_give_the_same_data(tmp_path: Path) -> None:
    import json

    loaded = load_file(EXAMPLES / "gwent-2016-effectiveness.yaml")
    as_json = tmp_path / "g.json"
    as_json.write_text(json.dumps(loaded.data, ensure_ascii=False, indent=2), encoding="utf-8")
    again = load_file(as_json)
    assert again.ok and again.data == loaded.data
    assert again.source is not None
    line, _ = again.source.position("questions[3].grade")
    assert (
        '"grade": "Requires improvement"'
        in as_json.read_text(encoding="utf-8").splitlines()[line - 1]
    )


@pytest.mark.parametrize("key", ["a", "1"])
def test_duplicate_key_is_reported_at_the_second(key: str) -> None:
    loaded = load_text(f"{key}: 1\nb: 2\n{key}: 3\n", "d.yaml")
    (finding,) = loaded.findings
    assert (finding.rule, finding.line, finding.column) == ("duplicate-key", 3, 1)
    assert "first at line 1" in finding.message


@pytest.mark.parametrize(
    ("text", "rule", "position"),
    [
        ("a: [1, 2\n", "yaml-syntax", (2, 1)),
        ("a:\n\tb: 1\n", "yaml-syntax", (2, 1)),
        ("a: !!python/object:os.system x\n", "yaml-syntax", (1, 4)),
        ("a: b\n---\nc: d\n", "yaml-syntax", (2, 1)),
        ("", "file-format", (1, 1)),
    ],
)
def test_bad_yaml_becomes_one_located_finding(
    text: str, rule: str, position: tuple[int, int]
) -> None:
    loaded = load_text(text, "d.yaml")
    assert loaded.data is None
    assert [(f.rule, (f.line, f.column)) for f in loaded.findings] == [(rule, position)]


def test_json_syntax_error_is_located() -> None:
    loaded = load_bytes(b'{\n  "a": 1,\n  "b": }\n', "d.json", json=True)
    (finding,) = loaded.findings
    assert (finding.rule, finding.line, finding.column) == ("json-syntax", 3, 8)


def test_billion_laughs_is_refused_quickly() -> None:
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    lines += [f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 10)]
    started = time.perf_counter()
    loaded = load_text("\n".join(lines) + "\n", "bomb.yaml")
    elapsed = time.perf_counter() - started
    assert loaded.data is None
    assert "aliases" in loaded.findings[0].message
    assert elapsed < 5  # generous: refusing must not expand 10**9 values


def test_deep_nesting_is_refused() -> None:
    loaded = load_text("a: " + "[" * 5000 + "]" * 5000 + "\n", "deep.yaml")
    assert loaded.data is None and loaded.findings[0].rule == "yaml-syntax"
    block = "".join("  " * i + f"k{i}:\n" for i in range(200)) + "  " * 200 + "x\n"
    loaded = load_text(block, "deep.yaml")
    assert loaded.data is None and "nested more than" in loaded.findings[0].message


def test_binary_file_is_refused(write: Callable[..., Path]) -> None:
    loaded = load_file(write(b"\x89PNG\r\n\x1a\n\x00\x00\x00", "x.yaml"))
    assert loaded.findings[0].rule == "file-format" and "binary" in loaded.findings[0].message


def test_non_utf8_is_located() -> None:
    loaded = load_bytes("a: 1\nb: caf\xe9\n".encode("latin-1"), "d.yaml")
    (finding,) = loaded.findings
    assert (finding.rule, finding.line, finding.column) == ("file-format", 2, 7)
    assert "UTF-8" in finding.message


def test_bom_is_accepted() -> None:
    assert load_bytes(b"\xef\xbb\xbfa: 1\n", "d.yaml").data == {"a": 1}
    assert load_bytes("a: 1\n".encode("utf-16"), "d.yaml").data == {"a": 1}


def test_huge_file_is_refused_without_reading_it(write: Callable[..., Path]) -> None:
    path = write(b"a: " + b"x" * (50 * 1024 * 1024) + b"\n", "big.yaml")
    started = time.perf_counter()
    loaded = load_file(path)
    assert loaded.findings[0].rule == "file-format" and "MiB" in loaded.findings[0].message
    assert time.perf_counter() - started < 5


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('{"a": "x\\/y"}', "x/y"),
        ('{"a": "\\ud83d\\ude00 smile"}', "\U0001f600 smile"),
        ('{"a": "del\x7f"}', "del\x7f"),
        ('{"a": "\\\\ud83d"}', "\\ud83d"),
    ],
)
def test_json_semantics_are_json_s_own(text: str, value: str) -> None:
    loaded = load_text(text, "d.json", json=True)
    assert loaded.ok and loaded.data == {"a": value}
    assert loaded.source is not None
    assert loaded.source.position("a") == (1, 7)


def test_control_character_in_yaml_is_located() -> None:
    loaded = load_text('a: 1\nb: "x\x7f"\n', "d.yaml")
    (finding,) = loaded.findings
    assert (finding.rule, finding.line, finding.column) == ("yaml-syntax", 2, 6)
    assert "U+007F" in finding.message


def test_overlapping_snippets_are_located_one_by_one() -> None:
    text = 'a: "see [XXX] and XX here"\n'
    loaded = load_text(text, "d.yaml")
    assert loaded.source is not None
    value = loaded.data["a"]
    second = value.index("XX", value.index("]"))
    span = loaded.source.locate_in_string("a", value, second, second + 2)
    assert span is not None
    assert text[span.start : span.end] == "XX" and text[span.start - 4 : span.start] == "and "
    inside = value.index("XXX") + 1  # "XX" overlapping the first: a match of its own
    span = loaded.source.locate_in_string("a", value, inside, inside + 2)
    assert span is not None
    assert text[span.start - 2 : span.end] == "[XXX"


@pytest.mark.parametrize(
    ("text", "position", "escape"),
    [
        ('{"a": 1,\n "b": "bad \\ud800 text"}\n', (2, 12), "\\ud800"),  # high, nothing after
        ('{"b": "x\\uDBFFy"}', (1, 9), "\\uDBFF"),  # high before a letter
        ('{"b": "\\ud800\\u0041"}', (1, 8), "\\ud800"),  # high before a non-surrogate escape
        ('{"b": "\\ud800\\ud800\\udc00"}', (1, 8), "\\ud800"),  # high before a proper pair
        ('{"a": [\n  "ok",\n  "x \\udc00"\n]}', (3, 6), "\\udc00"),  # low, nothing before
        ('{"b": "\\\\\\udfff"}', (1, 10), "\\udfff"),  # after an escaped backslash
        ('{"\\ud800": 1}', (1, 3), "\\ud800"),  # in a key
    ],
)
def test_lone_surrogate_escape_in_json_is_located(
    text: str, position: tuple[int, int], escape: str
) -> None:
    loaded = load_text(text, "d.json", json=True)
    assert loaded.data is None and not loaded.ok
    (finding,) = loaded.findings
    assert (finding.rule, (finding.line, finding.column)) == ("json-syntax", position)
    assert text.splitlines()[finding.line - 1][finding.column - 1 :].startswith(escape)
    assert finding.message.startswith(f"{escape} is half of a UTF-16 surrogate pair")
    assert "remove it or write the character itself" in finding.message


def test_every_lone_surrogate_is_reported() -> None:
    loaded = load_text('{"a": "\\udc00 and \\ud800"}', "d.json", json=True)
    assert [(f.line, f.column) for f in loaded.findings] == [(1, 8), (1, 19)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('{"a": "\\ud83d\\ude00 pair"}', "\U0001f600 pair"),
        ('{"a": "\\uD83D\\uDE00\\ud83d\\ude00"}', "\U0001f600\U0001f600"),
        ('{"a": "\\\\ud800 literal"}', "\\ud800 literal"),  # JSON text \\ud800: no escape
        ('{"a": "\\\\\\\\udc00"}', "\\\\udc00"),
        ('{"a": "\\ud7ff \\ue000"}', "\ud7ff \ue000"),  # next to the surrogates: characters
    ],
)
def test_surrogate_pairs_and_escaped_backslashes_are_accepted(text: str, value: str) -> None:
    loaded = load_text(text, "d.json", json=True)
    assert loaded.ok and loaded.findings == []
    assert loaded.data == {"a": value}
    assert loaded.source is not None
    assert loaded.source.position("a") == (1, 7)


def test_lone_surrogate_in_a_json_draft_is_a_finding_not_a_crash(tmp_path: Path) -> None:
    import json

    from tests.conftest import run

    data = load_file(EXAMPLES / "peel-2023-25.yaml").data
    # "TBC" makes the template-placeholder rule read the text: it crashed on the surrogate
    data["questions"][0]["narrative"] += " TBC bad \ud800 text"
    draft = tmp_path / "draft.json"
    draft.write_text(json.dumps(data, default=str, indent=1), encoding="ascii")
    result = run("check", str(draft))
    assert result.code == 1, result.out + result.err
    assert "Traceback" not in result.out + result.err
    lines = [line for line in result.out.splitlines() if "json-syntax" in line]
    assert len(lines) == 1
    line_number = next(
        n for n, line in enumerate(draft.read_text().splitlines(), 1) if "\\ud800" in line
    )
    column = draft.read_text().splitlines()[line_number - 1].index("\\ud800") + 1
    assert lines[0].startswith(f"{draft}:{line_number}:{column}: error json-syntax \\ud800 is")
