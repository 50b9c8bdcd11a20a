"""Fuzzing every file peelcheck reads: drafts, rule packs, config, baselines, the results cache.

Inputs are generated with hypothesis: well-formed documents of each kind, then broken in the
ways an attacker or a careless user breaks them (YAML tags, anchors and aliases, huge numbers,
deep nesting, odd Unicode, null and multiple documents, truncation, raw bytes). The invariant
is peelcheck's promise: each stage returns its result or raises its own documented error,
never anything else, and through the command line every exit code is documented and every
line on standard error is `file:line:col: message` or `peelcheck: error|warning: ...`.

CI runs about 2,000 inputs. A long run multiplies every count, e.g. 100,000 inputs:

    PEELCHECK_FUZZ_SCALE=50 .venv/bin/python -m pytest tests/test_fuzz.py -q
"""

from __future__ import annotations

import json
import os
import re
import resource
import time
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peelcheck.core.problems import SetupError
from peelcheck.draft.read import load_bytes
from peelcheck.draft.validate_draft import validate_draft
from peelcheck.packs.load import builtin_pack_names, load_ruleset
from peelcheck.results.baseline import BaselineError
from peelcheck.results.baseline import read as read_baseline
from peelcheck.results.cache import ResultCache
from peelcheck.run.config import load_config
from peelcheck.run.pipeline import check_loaded
from peelcheck.run.settings import RunSettings
from tests.conftest import EXAMPLES, run
from tests.test_robustness import drafts

SCALE = max(1, int(os.environ.get("PEELCHECK_FUZZ_SCALE", "1")))
RULESET = load_ruleset(builtin_pack_names())
SETTINGS = RunSettings(packs=())
GUARD_SECONDS = 60  # a hang guard, not a speed target
GUARD_BYTES = 1 << 30  # a memory guard: peak resident size of this process

STDERR_LINE = re.compile(r"^(?:\S.*:\d+:\d+: .+|peelcheck: (?:error|warning): .+|\S+: .+)$")


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


def _guarded(started: float) -> None:
    assert time.monotonic() - started < GUARD_SECONDS
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 < GUARD_BYTES


# --- drafts -------------------------------------------------------------------------------


@_settings(800)
@given(
    st.one_of(drafts().flatmap(broken), st.binary(max_size=300).map(lambda b: b.decode("latin-1")))
)
def test_a_draft_gives_findings_never_an_error(text: str) -> None:
    started = time.monotonic()
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
    _guarded(started)


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
    started = time.monotonic()
    path = tmp_path_factory.mktemp("pack") / "fuzzed.yaml"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    try:
        load_ruleset(["base", str(path)])
    except SetupError as err:
        assert err.problems
        for problem in err.problems:
            assert problem.line >= 1 and problem.column >= 1 and problem.message
    _guarded(started)


@_settings(300)
@given(broken(CONFIG))
def test_a_config_loads_or_is_a_setup_error(tmp_path_factory: Any, text: str) -> None:
    started = time.monotonic()
    path = tmp_path_factory.mktemp("config") / "peelcheck.yaml"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    try:
        load_config(path)
    except SetupError as err:
        assert err.problems
    _guarded(started)


@_settings(300)
@given(broken(BASELINE))
def test_a_baseline_reads_or_is_one_baseline_error(tmp_path_factory: Any, text: str) -> None:
    started = time.monotonic()
    path = tmp_path_factory.mktemp("baseline") / "baseline.json"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    try:
        read_baseline(path)
    except BaselineError as err:
        assert str(err) and "\n" not in str(err)
    _guarded(started)


@_settings(300)
@given(st.one_of(broken({"peelcheck-cache": 1, "fingerprint": "f", "entries": {}}),
                 st.binary(max_size=200).map(lambda b: b.decode("latin-1"))))  # fmt: skip
def test_a_damaged_cache_is_ignored(tmp_path_factory: Any, text: str) -> None:
    started = time.monotonic()
    folder = tmp_path_factory.mktemp("cache")
    cache = ResultCache(folder, "f")
    cache.file.parent.mkdir(parents=True, exist_ok=True)
    cache.file.write_text(text, encoding="utf-8", errors="surrogatepass")
    again = ResultCache(folder, "f")
    assert again.get("no-such-key", "d.yaml") is None
    _guarded(started)


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
    result = run("check", *options, str(draft))
    assert result.code in (0, 1, 2), result
    assert "Traceback" not in result.err
    for line in result.err.splitlines():
        assert STDERR_LINE.match(line), line
