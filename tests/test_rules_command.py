"""`peelcheck rules`, `explain` and `checks`: every built-in rule is listed and explained."""

from __future__ import annotations

import pytest

from peelcheck.packs.load import builtin_pack_names, load_ruleset
from tests.conftest import run

RULES = load_ruleset(builtin_pack_names()).rules


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_explain_works_for_every_built_in_rule(rule: object) -> None:
    rule_id = rule.id  # type: ignore[attr-defined]
    result = run("explain", rule_id)
    assert result.code == 0
    text = result.out
    assert text.startswith(f"{rule_id} (")
    assert "Example of a draft it flags:" in text
    assert f"- id: {rule_id}" in text  # the rule as written
    assert "Why:" in text


def test_rules_lists_every_rule_once_and_filters_by_cycle() -> None:
    listed = [line.split()[0] for line in run("rules").out.splitlines()]
    assert sorted(listed) == sorted(r.id for r in RULES)
    five_point = [line.split()[0] for line in run("rules", "--cycle", "2023-25").out.splitlines()]
    assert "adequate-has-areas" in five_point
    four_point = [line.split()[0] for line in run("rules", "--cycle", "2016").out.splitlines()]
    assert "adequate-has-areas" not in four_point
    frs = [line.split()[0] for line in run("rules", "--programme", "FRS").out.splitlines()]
    assert "welsh-language-version" not in frs and "grade-on-scale" in frs


def test_explain_unknown_rule_suggests_and_exits_2() -> None:
    result = run("explain", "grade-on-scal")
    assert result.code == 2
    assert "did you mean 'grade-on-scale'?" in result.err


def test_checks_documents_every_check_with_an_example() -> None:
    from peelcheck.checks.api import registry

    out = run("checks").out
    for name in registry():
        assert f"## {name}\n" in out
    assert out.count("Example") >= len(registry())
