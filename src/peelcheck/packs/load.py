"""Load rule packs (with `extends`), validate them fully, and pick the rules for a draft.

Every problem in a pack is reported before any draft is checked, as a `SetupError` whose
problems name the file, line and column.
"""

from __future__ import annotations

import csv
import difflib
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from peelcheck.core.findings import Severity
from peelcheck.core.problems import Problem, SetupError
from peelcheck.core.resources import rules_dir
from peelcheck.draft.loaded import Loaded
from peelcheck.draft.read import load_file
from peelcheck.draft.validate import validate_model
from peelcheck.engine.facts import PackData
from peelcheck.packs import aliases
from peelcheck.packs.format import Rule, RuleFile
from peelcheck.packs.ruleset import LoadedRule, PackInfo, RuleSet

# Pack data the engine reads (the sentence splitter's abbreviations), not a check.
_WORD_LISTS = ("abbreviations", "abbreviations_before_numbers")


def _hint(name: str, known: Iterable[str]) -> str:
    close = difflib.get_close_matches(name, sorted(known), n=1)
    return f"; did you mean {close[0]!r}?" if close else ""


def builtin_pack_names() -> list[str]:
    """Names of the built-in packs (the files in `rules/`)."""
    return sorted(p.stem for p in rules_dir().glob("*.yaml"))


def resolve_pack(ref: str, relative_to: Path | None = None) -> Path:
    """A pack reference is a built-in name (`peel`) or a path to a YAML file."""
    if "/" not in ref and "\\" not in ref and not ref.endswith((".yaml", ".yml")):
        return rules_dir() / f"{ref}.yaml"
    path = Path(ref)
    return path if path.is_absolute() or relative_to is None else relative_to / path


def load_ruleset(
    refs: Sequence[str],
    *,
    base: Path | None = None,
    severities: Mapping[str, str] | None = None,
    select: Sequence[str] = (),
    ignore: Sequence[str] = (),
) -> RuleSet:
    """Load packs (and what they extend), then apply severity overrides and selection.

    `severities` maps a rule id to error, warning, info or off; `select` and `ignore` take
    rule ids or pack names. Raises SetupError listing every problem found; a problem with
    a name the caller gave carries it as its `subject`, so the caller can point at where
    it was written.
    """
    loader = _PackLoader()
    for ref in refs:
        loader.load(resolve_pack(ref, base), via=None)
    loader.prepare_rules()
    problems = loader.problems
    known_ids = {r.id for r in loader.rules}
    known = known_ids | {p.name for p in loader.packs}
    problems += _name_problems(known_ids, known, severities or {}, select, ignore)
    if problems:
        raise SetupError(problems)
    rules: list[LoadedRule] = []
    for rule in loader.rules:
        chosen = not select or rule.id in select or rule.pack in select
        if not chosen or rule.id in ignore or rule.pack in ignore:
            continue
        override = (severities or {}).get(rule.id)
        if override == "off":
            continue
        if override is not None:
            rule = LoadedRule(
                rule.spec, rule.pack, rule.file, rule.line, Severity.parse(override), rule.source
            )
        rules.append(rule)
    return RuleSet(loader.packs, rules, loader.pack_data, frozenset(known_ids))


def _name_problems(
    known_ids: set[str],
    known: set[str],
    severities: Mapping[str, str],
    select: Sequence[str],
    ignore: Sequence[str],
) -> list[Problem]:
    """Names the caller gave that no pack defines, and severities that are not levels."""
    problems: list[Problem] = []
    for option, names in (("select", select), ("ignore", ignore)):
        for name in names:
            if name not in known:
                message = f"unknown rule or pack {name!r}{_hint(name, known)}"
                problems.append(Problem(f"--{option}", 1, 1, message, (option, name)))
    for rule_id, level in severities.items():
        if rule_id not in known_ids:
            message = f"unknown rule {rule_id!r}{_hint(rule_id, known_ids)}"
            problems.append(Problem("config", 1, 1, message, ("rules", rule_id)))
        elif level not in ("off", "error", "warning", "info"):
            message = f"severity of {rule_id!r} must be error, warning, info or off"
            problems.append(Problem("config", 1, 1, message, ("rules", rule_id)))
    return problems


class _PackLoader:
    """Loads pack files depth-first (what a pack extends comes before it), each once."""

    def __init__(self) -> None:
        self.packs: list[PackInfo] = []
        self.rules: list[LoadedRule] = []
        self.pack_data = PackData()
        self.problems: list[Problem] = []
        self._seen: set[Path] = set()
        self._loading: list[Path] = []
        self._unprepared: list[tuple[Rule, Loaded, str]] = []

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
        loaded = load_file(path, _display(path))
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
            self._unprepared.append((rule, loaded, here))
            source = _rule_source(loaded, here)
            loaded_rule = LoadedRule(
                rule, pack.pack, loaded.file, line, Severity.parse(rule.severity), source
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

    def _check_rule(self, rule: Rule, loaded: Loaded, here: str) -> None:
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

    def _resolve_aliases(self, rule: Rule, loaded: Loaded, here: str) -> None:
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


def _display(path: Path) -> str:
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def _pos(loaded: Loaded, path: str) -> tuple[int, int]:
    return loaded.source.position(path) if loaded.source else (1, 1)


def _problem(file: str, line: int, column: int, message: str) -> Problem:
    return Problem(file, line, column, message)


def _at(via: Problem | None, path: Path, message: str) -> Problem:
    if via is None:
        return Problem(_display(path), 1, 1, message)
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
