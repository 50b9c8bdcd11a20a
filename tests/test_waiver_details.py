"""Waivers in detail: what each problem with a waiver says, where, and what still applies.

A waiver the draft format rejects drops only itself; every problem names the waiver by
number (and rule), says it is not applied, and points at it. (Written to kill mutants
mutmut found alive: see pyproject.toml [tool.mutmut].)
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from peelcheck.draft.read import load_text
from peelcheck.draft.validate_draft import validate_draft
from tests.conftest import run

Write = Callable[..., Path]
HEAD = """\
peelcheck: 1
inspection: {programme: PEEL, cycle: "2016", subject: Gwent Police, pillar: Effectiveness}
"""
NOT_APPLIED = "(the waiver is not applied)"
NO_REASON = f"has no reason; say why the exception is justified in `reason` {NOT_APPLIED}"


def problems(waivers: str, body: str = "") -> tuple[int, list[tuple[str, int, int, str]]]:
    """How many waivers the valid draft keeps, and (path, line, column, message) of each
    problem, for a draft with these `waivers:`."""
    report, found = validate_draft(load_text(HEAD + body + f"waivers: {waivers}\n", "d.yaml"))
    assert report is not None, found
    return len(report.waivers), [(f.path, f.line, f.column, f.message) for f in found]


def test_waivers_that_are_not_a_list_are_none_applied() -> None:
    assert problems("none") == (
        0,
        [
            (
                "waivers",
                3,
                10,
                "'waivers' is the text 'none'; expected a list; "
                "`waivers` must be a list of waivers (none is applied)",
            )
        ],
    )


def test_a_waiver_that_is_not_a_mapping_drops_only_itself() -> None:
    assert problems("[just text, {rule: grade-on-scale, reason: ok}]") == (
        1,
        [
            (
                "waivers[0]",
                3,
                11,
                f"waiver 1: 'waivers[0]' is the text 'just text'; expected a mapping {NOT_APPLIED}",
            )
        ],
    )


def test_a_bad_second_waiver_leaves_the_first_applied() -> None:
    kept, found = problems("[{rule: grade-on-scale, reason: ok}, {rule: grade-on-scale}]")
    assert (kept, [path for path, *_ in found]) == (1, ["waivers[1].reason"])


def test_a_reason_that_is_not_text_is_not_a_missing_reason() -> None:
    kept, found = problems("[{rule: grade-on-scale, reason: 3}]")
    assert (kept, [message for *_, message in found]) == (
        0,
        [
            "waiver 1 (of grade-on-scale): 'reason' is the number 3; expected text "
            f'(quote it: "3") {NOT_APPLIED}'
        ],
    )


def test_a_waiver_with_a_reason_and_another_problem_says_that_problem() -> None:
    _, found = problems("[{rule: grade-on-scale, reason: ok, expires: soon}]")
    assert [message for *_, message in found] == [
        "waiver 1 (of grade-on-scale): 'expires' is the text 'soon'; expected a date "
        f"(YYYY-MM-DD) {NOT_APPLIED}"
    ]


def test_a_waiver_without_a_rule_is_named_by_number_only() -> None:
    _, found = problems("[{path: x}]")
    assert [message for *_, message in found] == [
        f"waiver 1 {NO_REASON}",
        f"waiver 1: missing required field 'rule' {NOT_APPLIED}",
    ]


def test_a_blank_reason_points_at_it_and_names_the_waiver() -> None:
    kept, found = problems('[{rule: a, reason: ok}, {rule: grade-on-scale, reason: "   "}]')
    assert (kept, found) == (
        2,
        [("waivers[1].reason", 3, 65, f"waiver 2 (of grade-on-scale) {NO_REASON}")],
    )
    _, found = problems('[{rule: 5, reason: "  "}]')
    assert found[1] == ("waivers[0].reason", 3, 29, f"waiver 1 {NO_REASON}")


def test_problems_outside_the_waivers_still_reject_the_draft() -> None:
    report, found = validate_draft(load_text(HEAD + "questions: 3\nwaivers: [{rule: x}]\n", "d"))
    assert report is None
    assert [f.path for f in found] == ["questions", "waivers[0].reason"]


def test_a_draft_that_is_not_a_mapping_is_one_problem() -> None:
    report, found = validate_draft(load_text("- a\n- b\n", "d.yaml"))
    assert report is None
    assert [(f.rule, f.path) for f in found] == [("schema", "")]


# --- waivers applied by a run -----------------------------------------------------------

PACK = """\
peelcheck-rules: 1
pack: local
description: A rule for effectiveness reports of 2016 only.
extends: [base]
rules:
  - id: no-todo
    severity: error
    description: No TODO notes are left in question text.
    applies_to: {programme: [PEEL], cycles: ["2016"], pillars: [Effectiveness]}
    given: "questions[*]"
    check: {type: pattern, field: narrative, forbid: "TODO"}
    message: "a TODO note is left"
"""
QUESTION = "questions:\n  - {number: 1, title: T, grade: Good, narrative: 'Done. TODO.'}\n"


def checked(write: Write, waivers: str, question: str = QUESTION) -> list[dict[str, Any]]:
    pack = write(PACK, "pack.yaml")
    draft = write(HEAD + question + "waivers:\n" + waivers, "cwd/draft.yaml")
    result = run("check", "--rules", str(pack), "-f", "json", "--today", "2025-01-01", str(draft))
    found: list[dict[str, Any]] = json.loads(result.out)["findings"]
    return found


def by_rule(found: list[dict[str, Any]], rule: str) -> list[dict[str, Any]]:
    return [f for f in found if f["rule"] == rule]


def test_of_two_equally_close_waivers_the_first_written_wins(write: Write) -> None:
    found = checked(
        write,
        "  - {rule: no-todo, path: 'questions[0]', reason: First.}\n"
        "  - {rule: no-todo, path: 'questions[0]', reason: Second.}\n",
    )
    (todo,) = by_rule(found, "no-todo")
    assert todo["waiver"]["reason"] == "First."
    (unused,) = by_rule(found, "unused-waiver")
    assert unused["path"] == "waivers[1]"


def test_an_unused_waiver_of_a_rule_for_this_programme_cycle_and_pillar_finds_nothing(
    write: Write,
) -> None:
    clean = "questions:\n  - {number: 1, title: T, grade: Good, narrative: Done.}\n"
    (unused,) = by_rule(
        checked(write, "  - {rule: no-todo, reason: Later.}\n", clean), "unused-waiver"
    )
    assert unused["message"] == (
        "waiver of no-todo matches no finding: the rule finds nothing in this draft; remove it"
    )


def test_a_waiver_of_an_unknown_rule_unlike_any_points_to_the_list(write: Write) -> None:
    found = checked(write, "  - {rule: zzqqxx, reason: Why not.}\n")
    (unknown,) = by_rule(found, "unknown-waiver-rule")
    assert unknown["message"] == (
        "waiver names rule 'zzqqxx', which no rule pack defines; `peelcheck rules` lists them"
    )
    assert unknown["path"] == "waivers[0]"


@pytest.mark.parametrize("rule", ["schema", "unused-waiver"])
def test_a_waiver_of_a_problem_reading_the_draft_is_refused_in_full(
    write: Write, rule: str
) -> None:
    (unknown,) = by_rule(
        checked(write, f"  - {{rule: {rule}, reason: Why.}}\n"), "unknown-waiver-rule"
    )
    assert unknown["message"] == (
        f"{rule} cannot be waived: it means the draft or a waiver could not be read as "
        "written; fix it instead"
    )
