"""The compiled form of loaded packs as plain JSON data, and the rules built back from it.

Built back without the rule format's pydantic models, the YAML reader or the packs' files:
each rule's check is validated from its options as written by its own class (imported
alone, so a run that selects a few rules imports only their checks), its queries are
compiled from their text, and only the rules a run wants are built and prepared.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from peelcheck.draft.construct import validate

if TYPE_CHECKING:
    from peelcheck.checks.api import Check
    from peelcheck.engine.facts import AppliesTo, PackData
    from peelcheck.packs.reading import PackReader
    from peelcheck.packs.ruleset import LoadedRule, RuleSet

_CHECK_MODULE = re.compile(r"peelcheck\.checks\.[a-z_][a-z0-9_]*")


def plain(value: Any) -> bool:
    """Whether JSON gives `value` back unchanged (no date, tuple, set or non-text key)."""
    if value is None or isinstance(value, (bool, int, str)):
        return True
    if isinstance(value, float):
        return math.isfinite(value)
    if isinstance(value, list):
        return all(plain(item) for item in value)
    if isinstance(value, dict):
        return all(isinstance(k, str) and plain(v) for k, v in value.items())
    return False


def _scope(scope: AppliesTo | None) -> dict[str, Any] | None:
    return None if scope is None else scope.model_dump()


def dump(reader: PackReader) -> dict[str, Any] | None:
    """What the cache keeps of packs read without problems; None when some of it would not
    come back from JSON as it is (a date in a check's options, a file that went away)."""
    if any(known is None for known in reader.files.values()):
        return None
    data = reader.pack_data
    entry = {
        "files": reader.files,
        "dictionaries": data.dictionaries,
        "packs": [
            [p.name, str(reader.pack_paths[p.name]), p.description, _scope(p.applies_to)]
            for p in reader.packs
        ],
        "scales": {name: scale.model_dump() for name, scale in data.scales.items()},
        "programmes": {
            programme: {cycle: facts.model_dump(mode="json") for cycle, facts in cycles.items()}
            for programme, cycles in data.programmes.items()
        },
        "data": data.data,
        "tables": data.tables,
        "frameworks": data.frameworks,
        "aliases": data.aliases,
        "rules": [_rule(rule, reader.written_checks[rule.id]) for rule in reader.rules],
    }
    return entry if plain(entry) else None


def _rule(rule: LoadedRule, check: Any) -> dict[str, Any]:
    spec, check_class = rule.spec, type(rule.spec.check)
    return {
        "id": spec.id,
        "pack": rule.pack,
        "line": rule.line,
        "source": rule.source,
        "severity": spec.severity,
        "description": spec.description,
        "rationale": spec.rationale,
        "url": spec.url,
        "applies_to": _scope(spec.applies_to),
        "given": spec.given.text,
        "when": spec.when.text if spec.when is not None else None,
        "check": check,
        "check_class": [check_class.__module__, check_class.__qualname__],
        "message": spec.message,
        "fix": [spec.fix.replacement, spec.fix.safe] if spec.fix else None,
        "example": [spec.example.flagged, spec.example.fixed] if spec.example else None,
    }


def build(entry: dict[str, Any], wanted: Callable[[str, str], bool]) -> RuleSet | None:
    """The rule set of a cache entry, with only the rules `wanted(id, pack)` built; None
    when the entry is not one this peelcheck can build (the packs are then read again)."""
    try:
        return _build(entry, wanted)
    except Exception:  # a damaged or foreign entry, whatever it holds: read the files instead
        return None


def _build(entry: dict[str, Any], wanted: Callable[[str, str], bool]) -> RuleSet:
    from peelcheck.packs.files import display
    from peelcheck.packs.ruleset import PackInfo, RuleSet

    data = _pack_data(entry)
    files = {name: display(Path(path)) for name, path, _, _ in entry["packs"]}
    packs = [
        PackInfo(name, files[name], _text(description), _applies_to(scope))
        for name, _, description, scope in entry["packs"]
    ]
    ids: list[str] = []
    rules: list[LoadedRule] = []
    for written in entry["rules"]:
        ids.append(_text(written["id"]))
        if wanted(written["id"], written["pack"]):
            rules.append(_loaded_rule(written, files[written["pack"]], data))
    return RuleSet(packs, rules, data, frozenset(ids))


def _pack_data(entry: dict[str, Any]) -> PackData:
    from peelcheck.engine.facts import CycleFacts, PackData, Scale

    def mapping(value: Any) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise TypeError("a mapping was expected")
        return value

    return PackData(
        scales={name: validate(Scale, s) for name, s in mapping(entry["scales"]).items()},
        programmes={
            programme: {c: validate(CycleFacts, f) for c, f in mapping(cycles).items()}
            for programme, cycles in mapping(entry["programmes"]).items()
        },
        data=mapping(entry["data"]),
        tables=mapping(entry["tables"]),
        frameworks=mapping(entry["frameworks"]),
        dictionaries=mapping(entry["dictionaries"]),
        aliases=mapping(entry["aliases"]),
    )


def _loaded_rule(written: dict[str, Any], file: str, data: PackData) -> LoadedRule:
    from peelcheck.core.findings import Severity
    from peelcheck.engine.query import compile_query
    from peelcheck.packs.ruleset import LoadedRule
    from peelcheck.packs.spec import ExampleSpec, FixSpec, RuleSpec

    options = written["check"]
    module, name = written["check_class"]
    check = validate(_check_class(module, name, options["type"]), options)
    fix, example, when = written["fix"], written["example"], written["when"]
    spec = RuleSpec(
        _text(written["id"]),
        _text(written["severity"]),
        _text(written["description"]),
        compile_query(_text(written["given"])),
        check,
        _text(written["message"]),
        compile_query(_text(when)) if when is not None else None,
        written["rationale"],
        written["url"],
        _applies_to(written["applies_to"]),
        FixSpec(_text(fix[0]), fix[1] is True) if fix is not None else None,
        ExampleSpec(_text(example[0]), example[1]) if example is not None else None,
    )
    check.prepare(data)
    severity = Severity.parse(spec.severity)
    return LoadedRule(spec, written["pack"], file, written["line"], severity, written["source"])


def _check_class(module: str, name: str, check_type: str) -> type[Check]:
    """The check class named in an entry: only a class of peelcheck's own checks package,
    registered under the check's type."""
    import importlib

    from peelcheck.checks.api import Check, check_name

    if not _CHECK_MODULE.fullmatch(module):
        raise ValueError(f"not a check module: {module!r}")
    found = getattr(importlib.import_module(module), name, None)
    if not (isinstance(found, type) and issubclass(found, Check)):
        raise ValueError(f"not a check: {module}.{name}")
    if check_name(found) != check_type:
        raise ValueError(f"{module}.{name} is not the check {check_type!r}")
    return found


def _applies_to(scope: Any) -> AppliesTo | None:
    from peelcheck.engine.facts import AppliesTo

    return None if scope is None else validate(AppliesTo, scope)


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError("text was expected")
    return value
