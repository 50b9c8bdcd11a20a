"""Selector aliases in rule packs: `aliases:` names a JMESPath selector, `given: '#name...'`
uses it; an unknown alias is a rule-file problem at the rule's line with a suggestion."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tests.conftest import MINIMAL, run

BASE = """\
peelcheck-rules: 1
pack: house-base
description: Selectors the house packs share.
extends: [base]
aliases:
  questions: "questions[*]"
  graded-good: "questions[?grade == 'Good']"
"""

RULES = """\
peelcheck-rules: 1
pack: house
description: House rules written with aliases.
extends: [./house-base.yaml]
rules:
  - id: short-narrative
    severity: warning
    description: A narrative of fewer than five words says too little.
    given: "{given}"
    check: {{type: pattern, field: narrative, require: "(\\\\S+\\\\s+){{4}}\\\\S"}}
    message: "question {{number}}'s narrative is too short"
"""

SHORT = MINIMAL.replace(
    "narrative: Gwent Police is good at preventing crime, tackling anti-social behaviour and "
    "keeping people safe.",
    "narrative: Good.",
)


def _check(write: Callable[..., Path], given: str) -> tuple[int, str, str]:
    write(BASE, "packs/house-base.yaml")
    pack = write(RULES.format(given=given), "packs/house.yaml")
    draft = write(SHORT, "draft.yaml")
    result = run("check", "--no-config", "--select", "house", "--rules", str(pack), str(draft))
    return result.code, result.out, result.err


def test_an_alias_from_an_extended_pack_selects_the_same_nodes(
    write: Callable[..., Path],
) -> None:
    code, out, _ = _check(write, "#questions")
    assert code == 0  # a warning
    assert "short-narrative question 1's narrative is too short" in out


def test_an_alias_may_be_followed_by_more_of_the_expression(write: Callable[..., Path]) -> None:
    _, out, _ = _check(write, "#questions | [?grade == 'Good']")
    assert "short-narrative" in out
    _, out, _ = _check(write, "#graded-good")
    assert "short-narrative" in out
    _, out, _ = _check(write, "#questions | [?grade == 'Inadequate']")
    assert "short-narrative" not in out


def test_an_unknown_alias_is_a_rule_file_problem_with_a_suggestion(
    write: Callable[..., Path],
) -> None:
    code, out, err = _check(write, "#question")
    assert code == 2
    assert out == ""
    assert "house.yaml:9:12: given: unknown alias '#question'; did you mean '#questions'?" in err


def test_a_malformed_alias_name_is_refused(write: Callable[..., Path]) -> None:
    code, _, err = _check(write, "#1st")
    assert code == 2
    assert "an alias is written #name" in err


def test_a_later_pack_may_redefine_an_alias(write: Callable[..., Path]) -> None:
    write(BASE, "packs/house-base.yaml")
    rules = RULES.format(given="#questions").replace(
        "extends: [./house-base.yaml]\n",
        "extends: [./house-base.yaml]\naliases:\n  questions: \"questions[?grade == 'Inadequate']\"\n",
    )
    pack = write(rules, "packs/house.yaml")
    draft = write(SHORT, "draft.yaml")
    result = run("check", "--no-config", "--select", "house", "--rules", str(pack), str(draft))
    assert "short-narrative" not in result.out  # the redefined alias selects no Good question
