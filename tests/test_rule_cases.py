"""The built-in packs' own rule tests, run through `peelcheck test`'s machinery.

Every built-in rule must have a test file `tests/rules/<rule-id>.yaml` with at least one case
where it fires and one where it must not.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from peelcheck.draft.read import load_file
from peelcheck.packs.load import builtin_pack_names, load_ruleset
from peelcheck.run import ruletest
from tests.conftest import ROOT

RULE_TESTS = ROOT / "tests" / "rules"
RULESET = load_ruleset(builtin_pack_names())


@pytest.mark.parametrize("path", ruletest.discover([RULE_TESTS]), ids=lambda p: p.stem)
def test_rule_cases(path: Path) -> None:
    results = list(ruletest.run_file(path, RULESET))
    failures = [line for r in results for line in r.failures]
    assert failures == []


@pytest.mark.parametrize("rule_id", [r.id for r in RULESET.rules])
def test_every_rule_has_a_firing_and_a_quiet_case(rule_id: str) -> None:
    path = RULE_TESTS / f"{rule_id}.yaml"
    assert path.is_file(), f"write {path.relative_to(ROOT)}"
    cases = load_file(path).data["cases"]
    fires = [
        c for c in cases if any(e.get("rule", rule_id) == rule_id for e in c.get("expect", []))
    ]
    quiet = [
        c
        for c in cases
        if c.get("exact", True)
        and not any(e.get("rule", rule_id) == rule_id for e in c.get("expect", []))
    ]
    assert fires, f"{path.name}: no case where {rule_id} fires"
    assert quiet, f"{path.name}: no case where {rule_id} must stay quiet"


def test_a_wrong_expectation_fails_and_is_named(tmp_path: Path) -> None:
    text = (RULE_TESTS / "requires-improvement-has-areas.yaml").read_text(encoding="utf-8")
    wrong = tmp_path / "wrong.yaml"
    wrong.write_text(text.replace('path: "questions[0]"', 'path: "questions[1]"'), encoding="utf-8")
    results = list(ruletest.run_file(wrong, RULESET))
    failures = [line for r in results for line in r.failures]
    assert any("missing finding" in f and "questions[1]" in f for f in failures)
    assert any(
        "unexpected finding requires-improvement-has-areas at questions[0]" in f for f in failures
    )
