"""The per-user compiled-pack cache: a hit builds the same rules as reading the packs, a
changed file is a miss, and nothing in a cache entry can run code."""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from peelcheck.draft.read import load_file
from peelcheck.packs import cache as packs_cache
from peelcheck.packs import reading
from peelcheck.packs.files import resolve_pack
from peelcheck.packs.load import builtin_pack_names, load_ruleset
from peelcheck.packs.ruleset import RuleSet
from peelcheck.run.pipeline import check_loaded
from peelcheck.run.settings import RunSettings
from tests.conftest import EXAMPLES, ROOT, TODO_PACK, run

# the tests' local pack, with a table: a changed table must be read again too
LOCAL = TODO_PACK.replace("extends: [base]\n", "extends: [base]\ntables:\n  places: places.csv\n")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "user-cache"


@pytest.fixture
def local(tmp_path: Path) -> Path:
    (tmp_path / "places.csv").write_text("name\nGwent\n", encoding="utf-8")
    pack = tmp_path / "local.yaml"
    pack.write_text(LOCAL, encoding="utf-8")
    return pack


def _no_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make reading a pack file fail the test: what follows must be a cache hit."""

    def refuse(*_: Any, **__: Any) -> None:
        raise AssertionError("the packs were read from their files")

    monkeypatch.setattr(reading.PackReader, "load", refuse)


def _findings(ruleset: RuleSet) -> list[tuple[Any, ...]]:
    found = []
    for draft in sorted(EXAMPLES.glob("*.yaml")):
        loaded = load_file(draft)
        result = check_loaded(loaded, ruleset, RunSettings(packs=()))
        found += [(f.file, f.rule, f.line, f.column, f.message) for f in result.findings]
    return found


def _entry(folder: Path, *refs: str) -> Path:
    return packs_cache.entry_path(folder, [resolve_pack(r).resolve() for r in refs])


def test_a_hit_builds_the_rules_reading_the_packs_builds(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    names = builtin_pack_names()
    read = load_ruleset(names, cache=folder)
    assert _entry(folder, *names).is_file()
    _no_reading(monkeypatch)
    hit = load_ruleset(names, cache=folder)
    assert hit.pack_data == read.pack_data
    assert hit.packs == read.packs
    assert hit.defined_ids == read.defined_ids
    assert [(r.id, r.pack, r.file, r.line, r.severity, r.source) for r in hit.rules] == [
        (r.id, r.pack, r.file, r.line, r.severity, r.source) for r in read.rules
    ]
    for built, original in zip(hit.rules, read.rules, strict=True):
        assert type(built.spec.check) is type(original.spec.check)
        assert built.spec.given.text == original.spec.given.text
        assert (built.spec.when and built.spec.when.text) == (
            original.spec.when and original.spec.when.text
        )
        assert (built.spec.message, built.spec.fix, built.spec.example) == (
            original.spec.message,
            original.spec.fix,
            original.spec.example,
        )
        assert built.spec.applies_to == original.spec.applies_to
        assert built.doc() == original.doc()
    assert _findings(hit) == _findings(read)
    assert _findings(hit)  # the examples are flagged: the comparison compares something


def test_a_hit_applies_selection_and_severities(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    names = builtin_pack_names()
    load_ruleset(names, cache=folder)
    _no_reading(monkeypatch)
    hit = load_ruleset(
        names, cache=folder, select=["grades"], severities={"grade-on-scale": "info"}
    )
    assert hit.rules and {r.pack for r in hit.rules} == {"grades"}
    chosen = hit.get("grade-on-scale")
    assert chosen is not None and chosen.severity.label == "info"
    assert len(hit.defined_ids) > len(hit.rules)  # every rule is still known by name


def test_a_changed_pack_or_table_is_read_again(
    folder: Path, local: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = load_ruleset([str(local)], cache=folder)
    assert first.pack_data.tables["places"] == [{"name": "Gwent"}]
    local.write_text(LOCAL.replace("a TODO note", "a to-do note"), encoding="utf-8")
    assert (
        load_ruleset([str(local)], cache=folder).rules[-1].spec.message.startswith("a to-do note")
    )
    (local.parent / "places.csv").write_text("name\nDyfed-Powys\n", encoding="utf-8")
    assert load_ruleset([str(local)], cache=folder).pack_data.tables["places"] == [
        {"name": "Dyfed-Powys"}
    ]
    _no_reading(monkeypatch)  # unchanged since: a hit, with what was read last
    again = load_ruleset([str(local)], cache=folder)
    assert again.rules[-1].spec.message.startswith("a to-do note")
    assert again.pack_data.tables["places"] == [{"name": "Dyfed-Powys"}]


PLANTED = """\
import pathlib
pathlib.Path({marker!r}).write_text("ran")

class Planted:
    pass
"""


class _Payload:
    """Unpickled, it would write the marker file."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[Any, ...]:
        return (Path.write_text, (self.marker, "ran"))


def test_a_planted_entry_runs_no_code(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    marker = tmp_path / "marker"
    names = ["grades"]
    load_ruleset(names, cache=folder)
    entry_file = _entry(folder, *names)
    entry = json.loads(entry_file.read_text(encoding="utf-8"))
    # a module that runs code when imported, named as a rule's check class
    (tmp_path / "planted_module.py").write_text(PLANTED.format(marker=str(marker)))
    monkeypatch.syspath_prepend(str(tmp_path))
    entry["rules"][0]["check_class"] = ["planted_module", "Planted"]
    entry_file.write_text(json.dumps(entry), encoding="utf-8")
    rules = load_ruleset(names, cache=folder)
    assert not marker.exists()
    assert "planted_module" not in sys.modules
    assert rules.rules and json.loads(entry_file.read_text())["rules"][0]["check_class"][
        0
    ].startswith("peelcheck.checks.")  # read again and written anew
    # a pickle where the entry should be: never unpickled
    entry_file.write_bytes(pickle.dumps(_Payload(marker)))
    assert load_ruleset(names, cache=folder).rules
    assert not marker.exists()
    assert json.loads(entry_file.read_text())["format"] == "peelcheck-compiled-packs"


@pytest.mark.parametrize(
    "content",
    [b"", b"{", b"[1, 2]", b'{"format": "peelcheck-compiled-packs"}', b"\xff\xfe", b"[" * 100000],
    ids=["empty", "truncated", "list", "foreign", "not-utf8", "deep"],
)
def test_a_damaged_entry_is_read_again(folder: Path, content: bytes) -> None:
    names = ["grades"]
    expected = [r.id for r in load_ruleset(names, cache=folder).rules]
    entry_file = _entry(folder, *names)
    entry_file.write_bytes(content)
    assert [r.id for r in load_ruleset(names, cache=folder).rules] == expected
    assert json.loads(entry_file.read_text())["format"] == "peelcheck-compiled-packs"


def test_an_entry_of_a_wrong_shape_is_read_again(folder: Path) -> None:
    names = ["grades"]
    expected = [r.id for r in load_ruleset(names, cache=folder).rules]
    entry_file = _entry(folder, *names)
    entry = json.loads(entry_file.read_text(encoding="utf-8"))
    entry["rules"][0]["check"] = {"type": "grade-compare", "no-such-option": 1}
    entry["scales"] = []
    entry_file.write_text(json.dumps(entry), encoding="utf-8")
    assert [r.id for r in load_ruleset(names, cache=folder).rules] == expected


def test_a_cache_that_cannot_be_written_changes_nothing(tmp_path: Path) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder", encoding="utf-8")
    assert load_ruleset(["grades"], cache=blocked / "packs").rules


def test_check_uses_the_user_cache_unless_no_cache(tmp_path: Path) -> None:
    home = tmp_path / "xdg"
    draft = str(EXAMPLES / "peel-2023-25.yaml")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", str(home))
        assert run("check", "--no-config", "--no-cache", draft).code == 0
        assert not home.exists()
        cold = run("check", "--no-config", draft)
        assert list((home / "peelcheck" / "packs").glob("*.json"))
        warm = run("check", "--no-config", draft)
    assert cold.code == warm.code == 0
    assert cold.out == warm.out


WRITE_IN_A_NEW_PROCESS = """\
import sys
from pathlib import Path
from peelcheck.packs.load import builtin_pack_names, load_ruleset
load_ruleset(builtin_pack_names(), cache=Path(sys.argv[1]))
"""
HIT_IN_A_NEW_PROCESS = """\
import sys
from peelcheck.packs.load import builtin_pack_names, load_ruleset
from pathlib import Path
rules = load_ruleset(builtin_pack_names(), cache=Path(sys.argv[1]), select=["overall-within-question-range"])
print(len(rules.rules), sorted(m for m in sys.modules if m.startswith(("peelcheck", "yaml"))))
"""


def test_a_hit_needs_no_yaml_no_rule_format_and_only_the_selected_checks(
    folder: Path,
) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    # the entry is written by a fresh process too, so nothing this test process loaded
    # before (other tests' packs) stands between the packs' files and the entry
    subprocess.run(
        [sys.executable, "-c", textwrap.dedent(WRITE_IN_A_NEW_PROCESS), str(folder)],
        check=True,
        env=env,
    )
    assert list(folder.glob("*.json")), "no cache entry was written"
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(HIT_IN_A_NEW_PROCESS), str(folder)],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    count, modules = done.stdout.split(" ", 1)
    assert count == "1"
    for absent in ("yaml", "peelcheck.packs.format", "peelcheck.packs.reading"):
        assert f"'{absent}'" not in modules
    checks = {m for m in modules.split("'") if m.startswith("peelcheck.checks.")}
    helpers = {"peelcheck.checks.api", "peelcheck.checks.fields"}
    assert checks - helpers == {"peelcheck.checks.grade_compare"}


def test_entries_of_other_builds_are_removed_when_one_is_written(folder: Path) -> None:
    folder.mkdir(parents=True)
    old = folder / "0123456789abcdef-0123456789abcdef.json"
    old.write_text("{}", encoding="utf-8")
    other = folder / "notes.txt"
    other.write_text("kept", encoding="utf-8")
    load_ruleset(["grades"], cache=folder)
    assert not old.exists()
    assert other.exists()
    assert [p.name for p in folder.glob("*.json")] == [_entry(folder, "grades").name]


def test_without_a_home_folder_check_runs_without_the_cache(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_home() -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setattr(Path, "home", staticmethod(no_home))
    assert packs_cache.default_folder() is None
    assert run("check", "--no-config", str(EXAMPLES / "peel-2023-25.yaml")).code == 0


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_or_a_link_at_the_entry_is_replaced_not_followed(
    folder: Path, tmp_path: Path
) -> None:
    names = ["grades"]
    load_ruleset(names, cache=folder)
    entry_file = _entry(folder, *names)
    entry_file.unlink()
    os.mkfifo(entry_file)  # reading or writing it would block for ever
    assert load_ruleset(names, cache=folder).rules
    assert entry_file.is_file() and not entry_file.is_symlink()
    elsewhere = tmp_path / "someone-elses-file"
    elsewhere.write_text("keep me", encoding="utf-8")
    entry_file.unlink()
    entry_file.symlink_to(elsewhere)
    assert load_ruleset(names, cache=folder).rules  # a link to text that is no entry: a miss
    assert elsewhere.read_text(encoding="utf-8") == "keep me"
    assert entry_file.is_file() and not entry_file.is_symlink()
