"""Load rule packs (with `extends`), validate them fully, and pick the rules for a draft.

Every problem in a pack is reported before any draft is checked, as a `SetupError` whose
problems name the file, line and column. With a cache folder, packs read before (same
files, same peelcheck) are built from their compiled form instead (`packs.stored`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path

from peelcheck.core.findings import Severity
from peelcheck.core.problems import Problem, SetupError
from peelcheck.core.resources import rules_dir
from peelcheck.packs.files import resolve_pack
from peelcheck.packs.ruleset import LoadedRule, RuleSet


def _hint(name: str, known: Iterable[str]) -> str:
    import difflib

    close = difflib.get_close_matches(name, sorted(known), n=1)
    return f"; did you mean {close[0]!r}?" if close else ""


def builtin_pack_names() -> list[str]:
    """Names of the built-in packs (the files in `rules/`)."""
    return sorted(p.stem for p in rules_dir().glob("*.yaml"))


def load_ruleset(
    refs: Sequence[str],
    *,
    base: Path | None = None,
    severities: Mapping[str, str] | None = None,
    select: Sequence[str] = (),
    ignore: Sequence[str] = (),
    cache: Path | None = None,
) -> RuleSet:
    """Load packs (and what they extend), then apply severity overrides and selection.

    `severities` maps a rule id to error, warning, info or off; `select` and `ignore` take
    rule ids or pack names. Raises SetupError listing every problem found; a problem with
    a name the caller gave carries it as its `subject`, so the caller can point at where
    it was written. `cache`: the folder of the compiled-pack cache (None: not used).
    """
    overrides = severities or {}

    def wanted(rule_id: str, pack: str) -> bool:
        chosen = not select or rule_id in select or pack in select
        skipped = rule_id in ignore or pack in ignore or overrides.get(rule_id) == "off"
        return chosen and not skipped

    paths = [resolve_pack(ref, base).resolve() for ref in refs]
    ruleset = _cached(paths, cache, wanted) if cache is not None else None
    problems: list[Problem] = []
    if ruleset is None:
        ruleset, problems = _read(paths, cache)
    known_ids = set(ruleset.defined_ids)
    known = known_ids | {p.name for p in ruleset.packs}
    problems += _name_problems(known_ids, known, overrides, select, ignore)
    if problems:
        raise SetupError(problems)
    rules: list[LoadedRule] = []
    for rule in ruleset.rules:
        if not wanted(rule.id, rule.pack):
            continue
        override = overrides.get(rule.id)
        if override is not None:
            rule = LoadedRule(
                rule.spec, rule.pack, rule.file, rule.line, Severity.parse(override), rule.source
            )
        rules.append(rule)
    return RuleSet(ruleset.packs, rules, ruleset.pack_data, ruleset.defined_ids)


def _cached(paths: list[Path], cache: Path, wanted: Callable[[str, str], bool]) -> RuleSet | None:
    """The packs built from the cache (only the wanted rules), or None on a miss."""
    from peelcheck.packs import cache as packs_cache
    from peelcheck.packs.stored import build

    entry = packs_cache.read(cache, paths)
    return build(entry, wanted) if entry is not None else None


def _read(paths: list[Path], cache: Path | None) -> tuple[RuleSet, list[Problem]]:
    """The packs read from their files, and the problems found in them; packs without
    problems are written to the cache."""
    from peelcheck.packs.reading import PackReader

    reader = PackReader()
    for path in paths:
        reader.load(path, via=None)
    reader.prepare_rules()
    ids = frozenset(r.id for r in reader.rules)
    ruleset = RuleSet(reader.packs, reader.rules, reader.pack_data, ids)
    if cache is not None and not reader.problems:
        from peelcheck.packs import cache as packs_cache
        from peelcheck.packs.stored import dump

        entry = dump(reader)
        if entry is not None:
            packs_cache.write(cache, paths, entry)
    return ruleset, reader.problems


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
