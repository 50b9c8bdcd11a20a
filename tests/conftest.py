"""Shared helpers: run the CLI in-process, write drafts to temporary files."""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from click.testing import CliRunner

from peelcheck.cli import main

if TYPE_CHECKING:
    from peelcheck.prose.judgments import Grammar

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"


@dataclass
class Result:
    code: int
    out: str
    err: str


def run(*args: str, stdin: str | bytes | None = None) -> Result:
    """Run `peelcheck ARGS` in-process with no config discovery surprises."""
    runner = CliRunner()
    result = runner.invoke(main, list(args), input=stdin, catch_exceptions=False)
    return Result(result.exit_code, result.stdout, result.stderr)


# A local pack, so that new built-in rules never change what tests that use it count.
TODO_PACK = """\
peelcheck-rules: 1
pack: local
description: Notes left in drafts.
extends: [base]
rules:
  - id: no-todo
    severity: error
    description: No TODO notes are left in question text.
    given: "questions[*]"
    check: {type: pattern, field: narrative, forbid: "TODO"}
    message: "a TODO note is left in question {number}"
"""

MINIMAL = """\
peelcheck: 1
inspection:
  programme: PEEL
  cycle: "2023-25"
  subject: Gwent Police
  welsh_version: true
questions:
  - number: 1
    title: How good is the force's service for victims of crime?
    grade: Good
    narrative: Gwent Police is good at preventing crime, tackling anti-social behaviour and keeping people safe.
"""


@pytest.fixture
def write(tmp_path: Path) -> Callable[..., Path]:
    """write(text, name="draft.yaml") -> path of a new file holding dedented text."""

    def _write(text: str | bytes, name: str = "draft.yaml") -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(textwrap.dedent(text), encoding="utf-8")
        return path

    return _write


@pytest.fixture(autouse=True, scope="session")
def _own_user_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The per-user compiled-pack cache of the tests' runs (their subprocesses too) is the
    session's own: the user's is never read or written; tests share it, as runs do."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("user-cache")))
        yield


@pytest.fixture(autouse=True)
def _isolated_cwd(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run every test from an empty folder so no project config is discovered."""
    work = tmp_path / "cwd"
    work.mkdir()
    monkeypatch.chdir(work)


@pytest.fixture(scope="session")
def grammar_data() -> dict[str, Any]:
    """The built-in judgment grammar as pack data (copy it before changing it)."""
    from peelcheck.packs.load import builtin_pack_names, load_ruleset

    loaded = load_ruleset(builtin_pack_names()).pack_data.data["judgment_grammar"]
    assert isinstance(loaded, dict)
    return loaded


@pytest.fixture(scope="session")
def reader(grammar_data: dict[str, Any]) -> Grammar:
    """The built-in judgment grammar, read once for every test that reads sentences."""
    from peelcheck.prose.judgments import grammar

    return grammar(grammar_data)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """The fuzz suite's counts: inputs per target, the worst time and memory per input."""
    from tests import fuzzstats

    for line in fuzzstats.summary():
        terminalreporter.write_line(line)
