"""Every id a finding can carry is explained: `peelcheck explain`, `peelcheck rules --all`
and a generated page in docs/rules/. The ids come from the code (every literal that reaches a
finding's `rule`) and from the packs, never from a hand-kept list."""

from __future__ import annotations

import ast
import dataclasses
import re
from pathlib import Path

import pytest

from peelcheck.cli.docs import INDEX, MARK, main, pages, write
from peelcheck.core.builtin_rules import BUILTIN_DOCS, SETUP_LABELS
from peelcheck.core.findings import Finding
from peelcheck.packs.load import builtin_pack_names, load_ruleset
from tests.conftest import ROOT, run

SOURCE = ROOT / "src" / "peelcheck"
DOCS = ROOT / "docs" / "rules"


def _rule_parameters(tree: ast.Module, defaults: set[str]) -> dict[str, int]:
    """Callable name -> position of its `rule` argument at a call (-1: keyword only), for
    every function, method or class of a module whose signature has one; the string
    defaults of those parameters are added to `defaults`."""
    found: dict[str, int] = {}
    for node in ast.walk(tree):
        owner = node.name if isinstance(node, ast.ClassDef) else None
        functions = [node] if isinstance(node, ast.FunctionDef) else []
        if owner is not None:
            functions = [f for f in node.body if isinstance(f, ast.FunctionDef)]
            functions = [f for f in functions if f.name == "__init__"]
        for function in functions:
            args = function.args
            names = [a.arg for a in args.posonlyargs + args.args]
            names = names[1:] if names[:1] in (["self"], ["cls"]) else names
            keyword = [a.arg for a in args.kwonlyargs]
            if "rule" in names:
                found.setdefault(owner or function.name, names.index("rule"))
            elif "rule" in keyword:
                found.setdefault(owner or function.name, -1)
                default = args.kw_defaults[keyword.index("rule")]
                if isinstance(default, ast.Constant) and isinstance(default.value, str):
                    defaults.add(default.value)
    return found


def _constants(tree: ast.Module) -> dict[str, str]:
    return {
        target.id: node.value.value
        for node in tree.body
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant)
        for target in node.targets
        if isinstance(target, ast.Name) and isinstance(node.value.value, str)
    }


def ids_in_code() -> set[str]:
    """Every string the code passes as a finding's rule id: literals, named constants and
    parameter defaults."""
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in SOURCE.rglob("*.py")}
    constants = {name: value for tree in trees.values() for name, value in _constants(tree).items()}
    found: set[str] = set()
    local = {path: _rule_parameters(tree, found) for path, tree in trees.items()}
    anywhere = {"Finding": [f.name for f in dataclasses.fields(Finding)].index("rule")}
    for table in local.values():
        for name, index in table.items():
            anywhere.setdefault(name, index)
    for path, tree in trees.items():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            positions = {**anywhere, **local[path]}  # a module's own `_finding` first
            if name not in positions:
                continue
            values = [k.value for k in node.keywords if k.arg == "rule"]
            if 0 <= positions[name] < len(node.args):
                values.append(node.args[positions[name]])
            for value in values:
                if isinstance(value, ast.Constant) and isinstance(value.value, str):
                    found.add(value.value)
                elif isinstance(value, ast.Name) and value.id in constants:
                    found.add(constants[value.id])
    return found


def all_ids() -> set[str]:
    packs = load_ruleset(builtin_pack_names()).defined_ids
    return set(packs) | (ids_in_code() - SETUP_LABELS)


def test_the_code_scan_finds_the_ids_it_must() -> None:
    found = ids_in_code()
    # a literal, a constant (IMPORT_RULE), a helper's argument (_at_waiver), a keyword
    assert {"schema", "import", "unused-waiver", "duplicate-key", "config"} <= found


def test_every_built_in_id_in_the_code_is_documented() -> None:
    assert sorted(ids_in_code() - SETUP_LABELS - set(BUILTIN_DOCS)) == []
    assert sorted(set(BUILTIN_DOCS) - ids_in_code()) == [], "documented ids nothing reports"


def test_the_committed_pages_are_exactly_the_generated_ones() -> None:
    generated = pages()
    assert set(generated) == {f"{rule_id}.md" for rule_id in all_ids()} | {INDEX}
    committed = {path.name: path.read_text(encoding="utf-8") for path in DOCS.glob("*.md")}
    stale = sorted(name for name in generated if committed.get(name) != generated[name])
    extra = sorted(set(committed) - set(generated))
    assert (stale, extra) == ([], []), "run `python -m peelcheck.cli.docs`"


@pytest.mark.parametrize("rule_id", sorted(all_ids()))
def test_every_page_says_what_why_example_and_instead(rule_id: str) -> None:
    page = pages()[f"{rule_id}.md"]
    sections = dict(re.findall(r"^## (.+?)\n\n(.*?)(?=\n## |\Z)", page, re.M | re.S))
    for heading in ("What it does", "Why", "Example", "Use instead"):
        body = sections.get(heading, "")
        assert re.sub(r"```\w*|\s", "", body), f"{rule_id}: '{heading}' is empty"
    assert sections["Example"] != sections["Use instead"]


@pytest.mark.parametrize("rule_id", sorted(all_ids()))
def test_explain_knows_every_id(rule_id: str) -> None:
    result = run("explain", rule_id)
    assert result.code == 0, result.err
    assert result.out.startswith(f"{rule_id} (")


def test_rules_all_lists_every_id() -> None:
    listed = {line.split()[0] for line in run("rules", "--all").out.splitlines()}
    assert listed == all_ids()
    assert "schema" not in {line.split()[0] for line in run("rules").out.splitlines()}


def test_a_stub_page_fails(tmp_path: Path) -> None:
    generated = pages()
    assert "TODO" not in "".join(generated.values())
    stub = "# schema\n\n## What it does\n\nTODO\n"
    assert generated["schema.md"] != stub


def test_the_generator_removes_only_its_own_stale_pages(tmp_path: Path) -> None:
    # a wrong folder given by mistake ("docs" for "docs/rules") must lose nothing of its own
    own = tmp_path / "architecture.md"
    own.write_text("# Architecture\n", encoding="utf-8")
    stale = tmp_path / "a-rule-since-removed.md"
    stale.write_text(f"# a-rule-since-removed\n\n{MARK} from its pack -->\n", encoding="utf-8")
    changed = write(tmp_path)
    assert own.read_text(encoding="utf-8") == "# Architecture\n"
    assert not stale.exists() and "a-rule-since-removed.md" in changed
    assert (tmp_path / INDEX).is_file()


def test_the_generator_answers_help_and_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    with pytest.raises(SystemExit) as stopped:
        main(["--help"])
    assert stopped.value.code == 0
    assert "where to write them" in capsys.readouterr().out
    assert list(work.iterdir()) == []
