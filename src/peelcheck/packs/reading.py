"""Reading rule packs from their files: YAML with positions, validated by the pack format,
`extends` followed, aliases resolved, every rule's check prepared against all packs' data.

Every problem is collected, named by file, line and column. What was read (each file's
digest, each rule's check options as written) is kept for the compiled-pack cache.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from peelcheck.core.findings import Severity
from peelcheck.core.problems import Problem
from peelcheck.draft.loaded import Loaded
from peelcheck.draft.read import load_file
from peelcheck.draft.validate import validate_model
from peelcheck.engine.facts import PackData
from peelcheck.packs import aliases
from peelcheck.packs.cache import digest
from peelcheck.packs.files import display, resolve_pack
from peelcheck.packs.format import RuleFile
from peelcheck.packs.ruleset import LoadedRule, PackInfo
from peelcheck.packs.spec import RuleSpec

# Pack data the engine reads (the sentence splitter's abbreviations), not a check.
_WORD_LISTS = ("abbreviations", "abbreviations_before_numbers")


class PackReader:
    """Loads pack files depth-first (what a pack extends comes before it), each once."""

    def __init__(self) -> None:
        self.packs: list[PackInfo] = []
        self.rules: list[LoadedRule] = []
        self.pack_data = PackData()
        self.problems: list[Problem] = []
        self._seen: set[Path] = set()
        self._loading: list[Path] = []
        self._unprepared: list[tuple[RuleSpec, Loaded, str]] = []
        # for the compiled-pack cache: every file read (its digest, None if unreadable), each
        # pack's file, and each rule's check options as written
        self.files: dict[str, str | None] = {}
        self.pack_paths: dict[str, Path] = {}
        self.written_checks: dict[str, Any] = {}

    def prepare_rules(self) -> None:
        """Check every rule against the data of all packs, merged.

        Done once all packs are loaded, so that a later pack (a team's own) may redefine
        data, such as a phrase list, that an earlier pack's rules use.
        """
        for rule, loaded, here in self._unprepared:
            self._check_rule(rule, loaded, here)
        self._unprepared.clear()

    def load(self, path: Path, via: Problem | None) -> None:
        path = path.resolve()
        if path in self._seen:
            return
        if path in self._loading:
            chain = " -> ".join(p.name for p in [*self._loading, path])
            self.problems.append(_at(via, path, f"packs extend each other in a cycle: {chain}"))
            return
        if not path.is_file():
            self.problems.append(_at(via, path, f"rule pack not found: {path}"))
            return
        self.files[str(path)] = digest(path)  # before reading: a later edit is a new digest
        loaded = load_file(path, display(path))
        if not loaded.ok:
            self.problems.extend(
                _problem(f.file, f.line, f.column, f.message) for f in loaded.findings
            )
            return
        pack, findings = validate_model(RuleFile, loaded, rule="rule-file")
        if pack is None:
            self.problems.extend(_problem(f.file, f.line, f.column, f.message) for f in findings)
            return
        self._loading.append(path)
        for index, ref in enumerate(pack.extends):
            line, column = _pos(loaded, f"extends[{index}]")
            self.load(resolve_pack(ref, path.parent), Problem(loaded.file, line, column, ""))
        self._loading.pop()
        self._seen.add(path)
        self._merge(pack, path, loaded)

    def _merge(self, pack: RuleFile, path: Path, loaded: Loaded) -> None:
        if any(p.name == pack.pack for p in self.packs):
            line, column = _pos(loaded, "pack")
            self.problems.append(
                Problem(loaded.file, line, column, f"a pack named {pack.pack!r} is already loaded")
            )
            return
        self.packs.append(PackInfo(pack.pack, loaded.file, pack.description, pack.applies_to))
        self.pack_paths[pack.pack] = path
        data = self.pack_data
        data.scales.update(pack.scales)
        for programme, cycles in pack.programmes.items():
            known_cycles = data.programmes.setdefault(programme, {})
            for cycle, facts in cycles.items():
                known_cycles[cycle] = facts
        data.data.update(pack.data)
        self._check_word_lists(pack, loaded)
        data.aliases.update({name: query.text for name, query in pack.aliases.items()})
        for name, table in pack.tables.items():
            data.tables[name] = self._table(path.parent / table, loaded, f"tables.{name}")
        if pack.frameworks:
            data.frameworks = self._frameworks(path.parent / pack.frameworks, loaded)
        self._dictionaries(pack, path, loaded)
        for programme, cycles in pack.programmes.items():
            for cycle, facts in cycles.items():
                if facts.scale not in data.scales:
                    line, column = _pos(loaded, f'programmes.{programme}."{cycle}".scale')
                    self.problems.append(
                        Problem(loaded.file, line, column, f"unknown scale {facts.scale!r}")
                    )
        known = {r.id: r for r in self.rules}
        for index, rule in enumerate(pack.rules):
            here = f"rules[{index}]"
            line, column = _pos(loaded, here)
            if rule.id in known:
                id_line, id_column = _pos(loaded, f"{here}.id")
                first = known[rule.id]
                self.problems.append(
                    Problem(
                        loaded.file,
                        id_line,
                        id_column,
                        f"duplicate rule id {rule.id!r} (first in {first.file}:{first.line})",
                    )
                )
                continue
            spec = RuleSpec.of(rule)
            self._unprepared.append((spec, loaded, here))
            self.written_checks[rule.id] = loaded.data["rules"][index]["check"]
            source = _rule_source(loaded, here)
            loaded_rule = LoadedRule(
                spec, pack.pack, loaded.file, line, Severity.parse(rule.severity), source
            )
            known[rule.id] = loaded_rule
            self.rules.append(loaded_rule)

    def _dictionaries(self, pack: RuleFile, path: Path, loaded: Loaded) -> None:
        """Record the pack's word lists; they are read only by a rule that uses one."""
        for name, where in pack.dictionaries.items():
            found = path.parent / where
            if not found.is_file():
                line, column = _pos(loaded, f"dictionaries.{name}")
                message = f"cannot read dictionary {found}: no such file"
                self.problems.append(Problem(loaded.file, line, column, message))
            self.pack_data.dictionaries[name] = str(found)

    def _check_word_lists(self, pack: RuleFile, loaded: Loaded) -> None:
        """Data the engine reads itself (the splitter's abbreviations) is lists of words."""
        for name in _WORD_LISTS:
            value = pack.data.get(name)
            if value is None or (
                isinstance(value, list) and all(isinstance(w, str) for w in value)
            ):
                continue
            line, column = _pos(loaded, f"data.{name}")
            message = f"data {name!r} must be a list of words"
            self.problems.append(Problem(loaded.file, line, column, message))

    def _check_rule(self, rule: RuleSpec, loaded: Loaded, here: str) -> None:
        self._resolve_aliases(rule, loaded, here)
        try:
            rule.check.prepare(self.pack_data)
        except ValueError as err:
            line, column = _pos(loaded, f"{here}.check")
            self.problems.append(Problem(loaded.file, line, column, str(err)))
        words = self.pack_data.all_grade_words()
        for name in ("given", "when"):
            query = getattr(rule, name)
            if query is None or query.names_alias:  # an unknown alias, reported above
                continue
            for literal in grade_literals(query.text):
                if words and literal not in words:
                    line, column = _pos(loaded, f"{here}.{name}")
                    self.problems.append(
                        Problem(
                            loaded.file,
                            line,
                            column,
                            f"{name}: {literal!r} is compared with a grade but is on no scale "
                            f"({', '.join(sorted(words))})",
                        )
                    )

    def _resolve_aliases(self, rule: RuleSpec, loaded: Loaded, here: str) -> None:
        """Compile `given` and `when` written with a pack alias, now all aliases are known."""
        for name in ("given", "when"):
            query = getattr(rule, name)
            if query is None or not query.names_alias:
                continue
            try:
                setattr(rule, name, aliases.resolve(query, self.pack_data.aliases))
            except ValueError as err:
                line, column = _pos(loaded, f"{here}.{name}")
                self.problems.append(Problem(loaded.file, line, column, f"{name}: {err}"))

    def _table(self, path: Path, loaded: Loaded, where: str) -> list[dict[str, str]]:
        self.files[str(path.resolve())] = digest(path)
        try:
            with path.open(encoding="utf-8", newline="") as handle:
                return list(csv.DictReader(handle))
        except OSError as err:
            line, column = _pos(loaded, where)
            self.problems.append(
                Problem(loaded.file, line, column, f"cannot read table {path}: {err.strerror}")
            )
            return []

    def _frameworks(self, path: Path, loaded: Loaded) -> dict[str, Any]:
        self.files[str(path.resolve())] = digest(path)
        data = load_file(path) if path.is_file() else None
        if data is None or not data.ok or not isinstance(data.data, dict):
            line, column = _pos(loaded, "frameworks")
            self.problems.append(Problem(loaded.file, line, column, f"cannot read {path}"))
            return {}
        return data.data


def grade_literals(expression: str) -> list[str]:
    """String literals compared with a `grade`-like field in a JMESPath expression."""
    if not expression:
        return []
    import jmespath

    found: list[str] = []

    def walk(node: Any) -> None:
        if not isinstance(node, dict):
            return
        children = node.get("children", [])
        if node.get("type") == "comparator" and len(children) == 2:
            names = [_field_name(c) for c in children]
            literals = [c.get("value") for c in children if c.get("type") == "literal"]
            if any(n and n.endswith("grade") for n in names):
                found.extend(v for v in literals if isinstance(v, str))
        for child in children:
            walk(child)

    walk(jmespath.compile(expression).parsed)
    return found


def _field_name(node: Any) -> str | None:
    if not isinstance(node, dict):
        return None
    if node.get("type") == "field":
        return str(node.get("value"))
    if node.get("type") == "subexpression" and node.get("children"):
        return _field_name(node["children"][-1])
    return None


def _pos(loaded: Loaded, path: str) -> tuple[int, int]:
    return loaded.source.position(path) if loaded.source else (1, 1)


def _problem(file: str, line: int, column: int, message: str) -> Problem:
    return Problem(file, line, column, message)


def _at(via: Problem | None, path: Path, message: str) -> Problem:
    if via is None:
        return Problem(display(path), 1, 1, message)
    return Problem(via.file, via.line, via.column, message)


def _rule_source(loaded: Loaded, path: str) -> str:
    if loaded.source is None:
        return ""
    span = loaded.source.values.get(path)
    if span is None:
        return ""
    text = loaded.source.text
    start = text.rfind("\n", 0, span.start) + 1
    return text[start : span.end].rstrip()
