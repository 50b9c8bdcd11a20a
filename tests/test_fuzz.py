"""Fuzzing every file peelcheck reads: drafts, rule packs, config, baselines, the results
cache, Word documents.

Inputs are generated with hypothesis: well-formed documents of each kind, then broken in the
ways an attacker or a careless user breaks them (YAML tags, anchors and aliases, huge numbers,
deep nesting, odd Unicode, null and multiple documents, truncation, raw bytes). Word
documents start from a real fixture (tests/wordfixtures) and are broken as a package: parts
removed, wrong root elements and content types, ZIP headers that lie about sizes (a zip bomb
among them), truncation, duplicated entries, bytes that are not XML, deep nesting, huge
attribute values. The invariant is peelcheck's promise: each stage returns its result or
raises its own documented error, never anything else, and through the command line every
exit code is documented and every line on standard error is `file:line:col: message` or
`peelcheck: error|warning: ...`; no input takes 60 s or 1 GiB (guards, not targets).

CI runs about 2,400 inputs (the count per target is printed at the end of the session). A
long run multiplies every count, e.g. 120,000 inputs, with the counts and the worst time and
memory per input written as JSON:

    PEELCHECK_FUZZ_SCALE=50 PEELCHECK_FUZZ_STATS=/tmp/fuzz-stats.json \
        nice -n 10 .venv/bin/python -m pytest tests/test_fuzz.py -q
"""

from __future__ import annotations

import functools
import io
import json
import os
import re
import shutil
import struct
import tempfile
import warnings
import zipfile
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peelcheck.core.problems import SetupError
from peelcheck.draft.read import load_bytes
from peelcheck.draft.validate_draft import validate_draft
from peelcheck.importers import import_bytes
from peelcheck.packs.load import builtin_pack_names, load_ruleset
from peelcheck.results.baseline import BaselineError
from peelcheck.results.baseline import read as read_baseline
from peelcheck.results.cache import ResultCache
from peelcheck.run.config import load_config
from peelcheck.run.pipeline import check_loaded, import_facts
from peelcheck.run.settings import RunSettings
from tests import fuzzstats
from tests.conftest import EXAMPLES, run
from tests.test_robustness import drafts
from tests.unprivileged import STDERR_LINE

SCALE = max(1, int(os.environ.get("PEELCHECK_FUZZ_SCALE", "1")))
RULESET = load_ruleset(builtin_pack_names())
SETTINGS = RunSettings(packs=())


def _settings(examples: int) -> Any:
    return settings(
        max_examples=examples * SCALE,
        deadline=None,
        derandomize=SCALE == 1,  # CI: the same inputs every run; a long run explores
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        database=None,
    )


# --- breaking a document ------------------------------------------------------------------

ODD = [
    "\u202e",  # right-to-left override
    "\u200b",  # zero width space
    "\ufeff",  # byte order mark inside text
    "\x00",
    "\x7f",
    "\x85",
    "\ud83d\ude00",
    "e\u0301",  # combining accent
    "\U0010ffff",
    "İı",
]
TAGS = ["!!int", "!!float", "!!bool", "!!null", "!!str", "!!binary", "!!timestamp", "!!set",
        "!!omap", "!!python/object:os.system", "!custom", "!!map", "!!seq"]  # fmt: skip


@st.composite
def broken(draw: st.DrawFn, document: Any) -> str:
    """`document` as YAML or JSON text, then broken in one to three ways."""
    as_json = draw(st.booleans())
    text = (
        json.dumps(document, ensure_ascii=draw(st.booleans()))
        if as_json
        else yaml.safe_dump(document, allow_unicode=True, sort_keys=False)
    )
    for _ in range(draw(st.integers(0, 3))):
        text = draw(_break(text))
    return text


def _break(text: str) -> st.SearchStrategy[str]:
    lines = text.splitlines() or [""]

    def at_line(new: str) -> st.SearchStrategy[str]:
        return st.integers(0, len(lines)).map(
            lambda i: "\n".join([*lines[:i], new, *lines[i:]]) + "\n"
        )

    scalar_tag = st.sampled_from(TAGS).flatmap(
        lambda tag: st.integers(0, max(0, len(lines) - 1)).map(
            lambda i: "\n".join(
                [*lines[:i], re.sub(r": (.*)$", rf": {tag} \1", lines[i], count=1), *lines[i + 1 :]]
            )
        )
    )
    return st.one_of(
        scalar_tag,
        at_line("anchor: &a [*a]"),  # an alias of itself
        at_line("bomb: &x [1, 1, 1, 1, 1, 1, 1, 1, 1]\nbomb2: &y [*x, *x, *x, *x, *x, *x, *x]"),
        at_line("huge: " + "9" * 5000),
        at_line("deep: " + "[" * 200 + "]" * 200),
        at_line("deeper: " + "{a: " * 80 + "1" + "}" * 80),
        st.sampled_from(ODD).map(lambda odd: text.replace("e", odd, 1)),
        st.just("~\n"),
        st.just("---\n---\n"),
        st.just(text + "\n---\n" + text),
        st.integers(0, len(text)).map(lambda n: text[:n]),  # truncated
        st.just(text.replace(":", "", 1)),
        st.just('{"a": "\\ud800"}'),
        st.just("key: value\nkey: again\n"),
        st.text(max_size=200),
    )


# --- drafts -------------------------------------------------------------------------------


@_settings(800)
@given(
    st.one_of(drafts().flatmap(broken), st.binary(max_size=300).map(lambda b: b.decode("latin-1")))
)
def test_a_draft_gives_findings_never_an_error(text: str) -> None:
    before = fuzzstats.start()
    raw = text.encode("utf-8", "surrogatepass")  # what a file holds, valid UTF-8 or not
    for as_json in (False, True):
        loaded = load_bytes(raw, "fuzz.json" if as_json else "fuzz.yaml", json=as_json)
        for finding in loaded.findings:
            assert finding.line >= 1 and finding.column >= 1
        if not loaded.ok:
            assert loaded.findings, "an unreadable draft must say why"
            continue
        report, problems = validate_draft(loaded)
        if report is None:
            assert problems, "a draft that fails the format must say where"
            continue
        check_loaded(loaded, RULESET, SETTINGS)  # an EngineError here is a crashing rule
    fuzzstats.guard("draft", before)


# --- rule packs, config, baselines, cache ---------------------------------------------------

PACK = {
    "peelcheck-rules": 1,
    "pack": "fuzzed",
    "description": "A pack to break.",
    "extends": ["base"],
    "aliases": {"questions": "questions[*]"},
    "data": {"words": ["a", "b"]},
    "rules": [
        {
            "id": "fuzzed-rule",
            "severity": "warning",
            "description": "Narratives say something.",
            "given": "#questions",
            "check": {"type": "pattern", "field": "narrative", "forbid": "TODO"},
            "message": "question {number} has a TODO",
        }
    ],
}
CONFIG = {"packs": ["grades"], "rules": {"grade-on-scale": "warning"}, "select": ["grades"],
          "fail_on": "warning", "cache": False}  # fmt: skip
BASELINE = {
    "peelcheck-baseline": 1,
    "findings": [
        {
            "file": "d.yaml",
            "rule": "grade-on-scale",
            "path": "questions[0].grade",
            "fingerprint": "0" * 16,
            "count": 1,
            "message": "m",
        }
    ],
}


@_settings(300)
@given(broken(PACK))
def test_a_rule_pack_loads_or_is_a_setup_error(tmp_path_factory: Any, text: str) -> None:
    before = fuzzstats.start()
    path = tmp_path_factory.mktemp("pack") / "fuzzed.yaml"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    try:
        load_ruleset(["base", str(path)])
    except SetupError as err:
        assert err.problems
        for problem in err.problems:
            assert problem.line >= 1 and problem.column >= 1 and problem.message
    fuzzstats.guard("pack", before)


@_settings(300)
@given(broken(CONFIG))
def test_a_config_loads_or_is_a_setup_error(tmp_path_factory: Any, text: str) -> None:
    before = fuzzstats.start()
    path = tmp_path_factory.mktemp("config") / "peelcheck.yaml"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    try:
        load_config(path)
    except SetupError as err:
        assert err.problems
    fuzzstats.guard("config", before)


@_settings(300)
@given(broken(BASELINE))
def test_a_baseline_reads_or_is_one_baseline_error(tmp_path_factory: Any, text: str) -> None:
    before = fuzzstats.start()
    path = tmp_path_factory.mktemp("baseline") / "baseline.json"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    try:
        read_baseline(path)
    except BaselineError as err:
        assert str(err) and "\n" not in str(err)
    fuzzstats.guard("baseline", before)


@_settings(300)
@given(st.one_of(broken({"peelcheck-cache": 1, "fingerprint": "f", "entries": {}}),
                 st.binary(max_size=200).map(lambda b: b.decode("latin-1"))))  # fmt: skip
def test_a_damaged_cache_is_ignored(tmp_path_factory: Any, text: str) -> None:
    before = fuzzstats.start()
    folder = tmp_path_factory.mktemp("cache")
    cache = ResultCache(folder, "f")
    cache.file.parent.mkdir(parents=True, exist_ok=True)
    cache.file.write_text(text, encoding="utf-8", errors="surrogatepass")
    again = ResultCache(folder, "f")
    assert again.get("no-such-key", "d.yaml") is None
    fuzzstats.guard("cache", before)


# --- the command line's contract -------------------------------------------------------------


@_settings(100)
@given(
    kind=st.sampled_from(["draft", "pack", "config", "baseline"]),
    text=st.one_of(drafts().flatmap(broken), broken(PACK), broken(CONFIG), broken(BASELINE)),
)
def test_the_command_line_keeps_its_contract(tmp_path_factory: Any, kind: str, text: str) -> None:
    folder = tmp_path_factory.mktemp("cli")
    target = folder / {"draft": "draft.yaml", "pack": "pack.yaml", "config": "peelcheck.yaml",
                       "baseline": "baseline.json"}[kind]  # fmt: skip
    target.write_text(text, encoding="utf-8", errors="surrogatepass")
    draft = target if kind == "draft" else folder / "draft.yaml"
    if kind != "draft":
        draft.write_text((EXAMPLES / "peel-2023-25.yaml").read_text(encoding="utf-8"))
    options = {
        "draft": ["--no-config"],
        "pack": ["--no-config", "--rules", str(target)],
        "config": ["--config", str(target)],
        "baseline": ["--no-config", "--baseline", str(target)],
    }[kind]
    before = fuzzstats.start()
    result = run("check", *options, str(draft))
    fuzzstats.guard(f"command line ({kind})", before)
    _keeps_contract(result.code, result.err, (0, 1, 2))


def _keeps_contract(code: int, err: str, codes: tuple[int, ...]) -> None:
    assert code in codes, (code, err)
    assert "Traceback" not in err
    for line in err.splitlines():
        assert STDERR_LINE.match(line), line


# --- Word documents: a structure-aware mutator ---------------------------------------------

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MAIN = "word/document.xml"
KEY_PARTS = [MAIN, "[Content_Types].xml", "word/styles.xml", "_rels/.rels",
             "word/_rels/document.xml.rels", "word/numbering.xml"]  # fmt: skip
ROOTS = [
    b'<?xml version="1.0"?><x:other xmlns:x="urn:x"/>',
    b'<?xml version="1.0"?><w:body xmlns:w="' + W.encode() + b'"/>',
    b'<?xml version="1.0"?><w:document xmlns:w="' + W.encode() + b'"/>',
    b'<?xml version="1.0"?><w:document xmlns:w="urn:not-word"><w:body/></w:document>',
    b'<?xml version="1.0"?><Types xmlns="urn:wrong"/>',
    b'<?xml version="1.0"?>',
    b"",
]
MAIN_TYPE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
WRONG_TYPES = [b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
               b"text/plain", b"", b"application/xml", MAIN_TYPE * 50]  # fmt: skip
# elements that nest in Word: tables in cells, content controls, runs in hyperlinks
NESTS = [("<w:tbl><w:tr><w:tc>", "</w:tc></w:tr></w:tbl>"),
         ("<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>"),
         ('<w:p><w:hyperlink w:anchor="a">', "</w:hyperlink></w:p>"),
         ("<w:customXml>", "</w:customXml>")]  # fmt: skip
LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa">'
    + b"".join(b"<!ENTITY %c '%s'>" % (98 + i, (b"&%c;" % (97 + i)) * 10) for i in range(8))
    + b']><w:document xmlns:w="'
    + W.encode()
    + b'"><w:body><w:p><w:r><w:t>&i;</w:t></w:r>'
    b"</w:p></w:body></w:document>"
)


@functools.cache
def _word_parts() -> tuple[tuple[str, bytes], ...]:
    """The parts of a real Word fixture (a PEEL 2023-25 draft with planted defects)."""
    from tests.wordfixtures import by_name

    folder = Path(tempfile.mkdtemp(prefix="peelcheck-fuzz-"))
    try:
        path = by_name("peel-2023-25-durham-defects").build(folder)
        with zipfile.ZipFile(path) as package:
            return tuple((i.filename, package.read(i)) for i in package.infolist())
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@functools.cache
def _bomb() -> bytes:
    """The fixture with 65 MiB of spaces in its main part: 70 KB packed, past the 64 MiB
    limit on unpacked XML (its headers are made to lie about it by the mutator)."""
    parts = [(name, data.replace(b"<w:body>", b"<w:body>" + b" " * (65 << 20), 1))
             if name == MAIN else (name, data) for name, data in _word_parts()]  # fmt: skip
    return _pack(parts)


def _pack(parts: list[tuple[str, bytes]]) -> bytes:
    out = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "Duplicate name": duplicates are the point
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
            for name, data in parts:
                package.writestr(name, data)
    return out.getvalue()


def _in_body(data: bytes, inner: bytes) -> bytes:
    return data.replace(b"<w:body>", b"<w:body>" + inner, 1)


@st.composite
def _part_mutation(
    draw: st.DrawFn, parts: list[tuple[str, bytes]], made: list[str]
) -> list[tuple[str, bytes]]:
    """One change to the parts of a package (recorded in `made`)."""
    names = [name for name, _ in parts] or [MAIN]
    name = draw(st.sampled_from(KEY_PARTS) | st.sampled_from(names))
    here = dict(parts)
    data = here.get(name, b"")
    kind = draw(st.sampled_from(["drop", "root", "type", "garbage", "deep", "attribute",
                                 "text", "duplicate", "laughs", "truncate-part"]))  # fmt: skip
    made.append(f"{kind} {name}")
    if kind == "drop":
        return [(n, d) for n, d in parts if n != name]
    if kind == "root":
        new = draw(st.sampled_from(ROOTS))
    elif kind == "type":
        name, data = "[Content_Types].xml", here.get("[Content_Types].xml", b"")
        wrong = draw(st.sampled_from(WRONG_TYPES))
        new = (
            data.replace(MAIN_TYPE, wrong)
            if draw(st.booleans())
            else re.sub(rb"<Override[^>]*document\.main\+xml\"/>", b"", data)
        )
    elif kind == "garbage":
        new = draw(st.binary(max_size=400) | st.text(max_size=200).map(str.encode))
    elif kind == "deep":
        opening, closing = draw(st.sampled_from(NESTS))
        depth = draw(st.sampled_from([10, 100, 255, 256, 1000, 5000, 100_000]))
        name, data = MAIN, here.get(MAIN, b"")
        new = _in_body(data, (opening * depth + "<w:p/>" + closing * depth).encode())
    elif kind in ("attribute", "text"):
        size = draw(st.sampled_from([1000, 100_000, 2_000_000, 11_000_000]))
        value = b"A" * size
        inner = (b'<w:p><w:pPr><w:pStyle w:val="' + value + b'"/></w:pPr></w:p>'
                 if kind == "attribute" else b"<w:p><w:r><w:t>" + value + b"</w:t></w:r></w:p>")  # fmt: skip
        name, data = MAIN, here.get(MAIN, b"")
        new = _in_body(data, inner)
    elif kind == "duplicate":
        return [*parts, (name, draw(st.sampled_from([*ROOTS, data])))]
    elif kind == "laughs":
        name, new = MAIN, LAUGHS
    else:  # a part cut short: XML that never closes
        new = data[: draw(st.integers(0, len(data)))]
    return (
        [(n, new if n == name else d) for n, d in parts] if name in here else [*parts, (name, new)]
    )


@st.composite
def _raw_mutation(draw: st.DrawFn, raw: bytes, made: list[str]) -> bytes:
    """One change to the bytes of a package: lying headers, truncation, flipped bytes."""
    kind = draw(st.sampled_from(["lie", "truncate", "flip"]))
    made.append(kind)
    data = bytearray(raw)
    if kind == "truncate":
        return bytes(data[: draw(st.integers(0, len(data)))])
    if kind == "flip":
        for _ in range(draw(st.integers(1, 8))):
            at = draw(st.integers(0, len(data) - 1)) if data else 0
            if data:
                data[at] = draw(st.integers(0, 255))
        return bytes(data)
    # every header of one part declares another size, CRC or compressed size
    name = draw(st.sampled_from([MAIN.encode(), b"word/styles.xml", b"[Content_Types].xml"]))
    field = draw(st.sampled_from(["size", "crc", "compressed"]))
    value = draw(st.sampled_from([0, 1, 1000, 1 << 20, 0xFFFFFFFF]) | st.integers(0, 0xFFFFFFFF))
    local = {"crc": 14, "compressed": 18, "size": 22}[field]
    at = data.find(name)
    while at != -1:
        if data[at - 30 : at - 26] == b"PK\x03\x04":
            struct.pack_into("<I", data, at - 30 + local, value)
        if data[at - 46 : at - 42] == b"PK\x01\x02":
            struct.pack_into("<I", data, at - 46 + local + 2, value)
        at = data.find(name, at + 1)
    return bytes(data)


class Mutant:
    """A broken Word package; shown by how it was made, not by its bytes."""

    def __init__(self, raw: bytes, made: list[str]) -> None:
        self.raw, self.made = raw, made

    def __repr__(self) -> str:
        return f"Mutant({len(self.raw)} bytes: {', '.join(self.made)})"


@st.composite
def word_documents(draw: st.DrawFn) -> Mutant:
    """A Word package from a real fixture, broken in one to three ways (or a zip bomb whose
    headers may lie), then perhaps broken again as bytes."""
    made: list[str] = []
    if draw(st.integers(0, 9)) == 0:
        raw = _bomb()
        made.append("bomb")
    else:
        parts = list(_word_parts())
        for _ in range(draw(st.integers(1, 3))):
            parts = draw(_part_mutation(parts, made))
        raw = _pack(parts)
    for _ in range(draw(st.integers(0, 2))):
        raw = draw(_raw_mutation(raw, made))
    return Mutant(raw, made)


FACTS = import_facts(RULESET)


@_settings(240)
@given(mutant=word_documents())
def test_a_word_document_gives_findings_never_an_error(mutant: Mutant) -> None:
    before = fuzzstats.start()
    loaded = import_bytes(mutant.raw, "fuzz.docx", FACTS)
    for finding in loaded.findings:
        assert finding.line >= 1 and finding.column >= 1 and finding.message
    if loaded.ok:
        check_loaded(loaded, RULESET, SETTINGS)
    else:
        assert loaded.findings, "an unreadable document must say why"
    fuzzstats.guard("docx", before)


@_settings(40)
@given(mutant=word_documents(), command=st.sampled_from(["check", "import"]))
def test_the_command_line_keeps_its_contract_on_word_documents(
    tmp_path_factory: Any, mutant: Mutant, command: str
) -> None:
    path = tmp_path_factory.mktemp("docx") / "draft.docx"
    path.write_bytes(mutant.raw)
    before = fuzzstats.start()
    if command == "check":
        result = run("check", "--no-config", "--no-cache", str(path))
        codes: tuple[int, ...] = (0, 1)
    else:
        result = run("import", str(path), "-o", str(path.with_suffix(".yaml")))
        codes = (0, 1, 2)  # 1: what cannot be placed, listed; 2: not a Word document
    fuzzstats.guard(f"command line ({command} .docx)", before)
    _keeps_contract(result.code, result.err, codes)
