"""Rule ids are a contract: every id peelcheck can report is recorded in
rules/data/rule-ids.yaml, no recorded id disappears without being retired, and a retired id
is never used again."""

from __future__ import annotations

from pathlib import Path

import yaml

from peelcheck.core.builtin_rules import BUILTIN_RULES
from peelcheck.importers.builder import IMPORT_RULE
from peelcheck.packs.load import builtin_pack_names, load_ruleset

REGISTRY = Path(__file__).resolve().parents[1] / "rules" / "data" / "rule-ids.yaml"


def _registry() -> tuple[set[str], set[str]]:
    data = yaml.safe_load(REGISTRY.read_text(encoding="utf-8"))
    active = set(data["active"])
    retired = {entry["id"] for entry in data["retired"] or []}
    return active, retired


def _ids_in_use() -> set[str]:
    """Every id a finding can carry: the built-in packs' rules and peelcheck's own."""
    packs = load_ruleset(builtin_pack_names()).defined_ids
    return set(packs) | set(BUILTIN_RULES) | {IMPORT_RULE}


def test_every_id_in_use_is_recorded_as_active() -> None:
    active, _ = _registry()
    assert sorted(_ids_in_use() - active) == [], "record new ids in rules/data/rule-ids.yaml"


def test_no_recorded_id_disappears_without_being_retired() -> None:
    active, _ = _registry()
    assert sorted(active - _ids_in_use()) == [], "move a removed id to `retired:`, with why"


def test_a_retired_id_is_never_used_again() -> None:
    active, retired = _registry()
    assert sorted(retired & _ids_in_use()) == []
    assert sorted(retired & active) == []


def test_retired_entries_say_when_and_why() -> None:
    data = yaml.safe_load(REGISTRY.read_text(encoding="utf-8"))
    for entry in data["retired"] or []:
        assert {"id", "retired_in", "reason"} <= set(entry), entry
