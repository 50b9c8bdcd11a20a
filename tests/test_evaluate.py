"""The engine's evaluation of rules on one draft: which nodes a rule sees, what a message can
say, when a rule is skipped, and how a failing check names itself. (Written to kill mutants
mutmut found alive: see pyproject.toml [tool.mutmut].)
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from peelcheck.core.findings import Severity
from peelcheck.draft.model import Report
from peelcheck.draft.read import load_text
from peelcheck.draft.validate import validate_model
from peelcheck.engine.contract import Hit
from peelcheck.engine.evaluate import EngineError, evaluate
from peelcheck.engine.facts import PackData
from peelcheck.engine.query import Query, compile_query
from tests.conftest import run

Write = Callable[..., Path]

DRAFT = """\
peelcheck: 1
inspection:
  programme: PEEL
  cycle: "2016"
  subject: Gwent Police
  pillar: Effectiveness
  welsh_version: true
  status: draft
  published: null
questions:
  - {number: 1, title: A, grade: Requires improvement, narrative: First.}
  - {number: 2, title: B, grade: Good, narrative: Second.}
"""


def findings(write: Write, rule: str, draft: str = DRAFT) -> list[dict[str, Any]]:
    """The findings of one rule (given as the YAML of its list entry) on `draft`."""
    pack = write(
        "peelcheck-rules: 1\npack: local\ndescription: Test.\nextends: [base]\nrules:\n"
        + "  - id: under-test\n    severity: error\n    description: Test.\n"
        + rule,
        "pack.yaml",
    )
    path = write(draft, "cwd/draft.yaml")
    result = run("check", "--rules", str(pack), "--select", "local", "-f", "json", str(path))
    found: list[dict[str, Any]] = json.loads(result.out)["findings"]
    return found


def test_a_rule_for_one_pillar_runs_on_a_report_on_that_pillar(write: Write) -> None:
    rule = """\
    applies_to: {pillars: [Effectiveness]}
    given: inspection
    check: {type: present, fields: [published]}
    message: "no date"
"""
    assert [f["path"] for f in findings(write, rule)] == ["inspection"]


def test_a_null_node_is_skipped_and_the_nodes_after_it_are_checked(write: Write) -> None:
    rule = """\
    given: "[overall, questions[0]]"
    check: {type: present, fields: [areas_for_improvement]}
    message: "none"
"""
    assert [f["path"] for f in findings(write, rule)] == ["questions[0]"]


def test_when_skips_a_node_and_the_nodes_after_it_are_checked(write: Write) -> None:
    rule = """\
    given: "questions[*]"
    when: "grade == 'Good'"
    check: {type: present, fields: [areas_for_improvement]}
    message: "none"
"""
    assert [f["path"] for f in findings(write, rule)] == ["questions[1]"]


def test_a_node_a_query_builds_is_reported_at_the_top_of_the_draft(write: Write) -> None:
    rule = """\
    given: "{subject: inspection.subject}"
    check: {type: present, fields: [grade]}
    message: "at '{path}'"
"""
    (found,) = findings(write, rule)
    assert (found["path"], found["line"], found["message"]) == ("", 1, "at ''")


def test_the_message_may_quote_the_path_and_shows_values_in_words(write: Write) -> None:
    rule = """\
    given: inspection
    check: {type: allowed-values, field: welsh_version, values: [maybe]}
    message: "{path}: {value}, {status}, {pillar}, {published}, '{nothing}'"
"""
    (found,) = findings(write, rule)
    assert found["message"] == "inspection.welsh_version: true, draft, Effectiveness, (none), ''"
    false = findings(write, rule, DRAFT.replace("welsh_version: true", "welsh_version: false"))
    assert false[0]["message"].startswith("inspection.welsh_version: false,")
    listed = """\
    given: "questions[0]"
    check: {type: allowed-values, field: areas_for_improvement, values: [none]}
    message: "{value}"
"""
    areas = DRAFT.replace("narrative: First.}", "narrative: First., areas_for_improvement: [a, b]}")
    assert [f["message"] for f in findings(write, listed, areas)] == ["a, b"]


# --- the engine itself, with a stand-in rule -------------------------------------------


@dataclass
class Spy:
    """A check whose screen says no, which records the nodes it is run on."""

    screen: bool = False
    failure: Exception | None = None
    ran: list[Any] = field(default_factory=list)

    def run(self, node: Any, path: str, ctx: Any) -> Iterator[Hit]:  # noqa: ARG002
        if self.failure is not None:
            raise self.failure
        self.ran.append(node)
        return iter(())

    def may_report(self, ctx: Any) -> bool:  # noqa: ARG002
        return self.screen


@dataclass
class Spec:
    check: Spy
    given: Query = field(default_factory=lambda: compile_query("questions[*]"))
    when: Query | None = None
    message: str = ""


@dataclass
class StandIn:
    spec: Spec
    id: str = "stand-in"
    severity: Severity = Severity.ERROR
    file: str = "pack.yaml"
    line: int = 7


@dataclass
class Rules:
    rules: Sequence[StandIn]
    pack_data: PackData = field(default_factory=PackData)

    def for_draft(self, *where: Any) -> Sequence[StandIn]:  # noqa: ARG002
        return self.rules


def _evaluate(check: Spy, **options: Any) -> None:
    loaded = load_text(DRAFT, "draft.yaml")
    report, _ = validate_model(Report, loaded)
    assert report is not None
    evaluate(loaded, report, Rules([StandIn(Spec(check))]), today=dt.date(2025, 1, 1), **options)


def test_a_rule_whose_screen_says_no_is_skipped_unless_screens_are_off() -> None:
    spy = Spy()
    _evaluate(spy)
    assert spy.ran == []
    _evaluate(spy, screens=False)
    assert len(spy.ran) == 2


def test_a_failing_check_names_its_rule_where_it_is_written_and_the_draft() -> None:
    with pytest.raises(EngineError) as caught:
        _evaluate(Spy(screen=True, failure=ValueError("no such grade")))
    assert str(caught.value) == (
        "rule stand-in (pack.yaml:7) failed on draft.yaml: ValueError: no such grade"
    )
