"""`assert`: a JMESPath expression about the node must be true (used by no built-in rule)."""

from __future__ import annotations

import pytest

from tests.checks.conftest import draft, hits, make, on, rejected

AREAS = "length(areas_for_improvement || `[]`) > `0`"
QUESTIONS = """\
questions:
  - {number: 1, title: A, grade: Requires improvement, areas_for_improvement: [The force should act.]}
  - {number: 2, title: B, grade: Requires improvement}
  - {number: 3, title: C, grade: Good}
"""


def test_a_true_expression_passes_and_a_false_one_points_at_the_node() -> None:
    check = make({"type": "assert", "that": AREAS})
    found = hits(check, draft(QUESTIONS), "questions[?grade == 'Requires improvement']")
    assert [(hit.path, hit.values, hit.text, hit.span) for hit in found] == [
        ("questions[1]", {}, None, None)
    ]


def test_at_points_the_finding_at_a_field() -> None:
    check = make({"type": "assert", "that": AREAS, "at": "grade"})
    found = hits(check, draft(QUESTIONS), "questions[*]")
    assert [hit.path for hit in found] == ["questions[1].grade", "questions[2].grade"]


@pytest.mark.parametrize(
    ("that", "holds"),
    [
        ("`true`", True),
        ("`false`", False),
        ("`null`", False),
        ("missing", False),
        ("''", False),
        ("`[]`", False),
        ("`{}`", False),
        ("`0`", True),  # JMESPath: only false, null and empty values are false
        ("'no'", True),
        ("`[0]`", True),
    ],
)
def test_jmespath_truthiness_decides(that: str, holds: bool) -> None:
    assert (on(make({"type": "assert", "that": that}), {"a": 1}) == []) is holds


def test_the_expression_may_ask_about_the_draft() -> None:
    check = make({"type": "assert", "that": "context('programme') == 'FRS'"})
    assert len(hits(check, draft(), "inspection")) == 1
    assert hits(check, draft(programme="FRS", subject="Kent Fire and Rescue Service")) == []
    parent = make({"type": "assert", "that": "length(root().questions) < `3`"})
    assert len(hits(parent, draft(QUESTIONS), "questions[0]")) == 1


def test_that_is_a_valid_jmespath_expression_and_required() -> None:
    assert rejected({"type": "assert", "that": "questions[?"})
    assert "expected a JMESPath expression as text" in rejected({"type": "assert", "that": 3})
    assert "that" in rejected({"type": "assert"})
    assert rejected({"type": "assert", "that": "@", "where": "grade"})  # unknown option
