"""`member`: a value is one of a list that a query computes from the draft."""

from __future__ import annotations

from tests.checks.conftest import draft, hits, make, on, rejected

PILLARS = """\
pillars:
  - {name: Effectiveness}
  - {name: Efficiency}
questions:
  - {number: 1, pillar: Effectiveness, title: A, grade: Good}
  - {number: 2, pillar: Efficency, title: B, grade: Good}
  - {number: 3, pillar: Legitimacy, title: C, grade: Good}
  - {number: 4, title: D, grade: Good}
"""


def member(**options: object) -> object:
    return make({"type": "member", **options})


def test_a_value_not_in_the_list_is_reported_with_a_suggestion() -> None:
    check = member(fields=["pillar"], **{"in": "root().pillars[*].name"})
    found = hits(check, draft(PILLARS, cycle="2018/19"), "questions[*]")
    assert [hit.path for hit in found] == ["questions[1].pillar", "questions[2].pillar"]
    assert found[0].snippet == "Efficency"
    assert found[0].values == {
        "value": "Efficency",
        "allowed": "Effectiveness, Efficiency",
        "suggestion": "Efficiency",
        "hint": "; did you mean 'Efficiency'?",
        "problem": "'Efficency' is not one of Effectiveness, Efficiency; did you mean 'Efficiency'?",
    }
    assert found[1].values["problem"] == "'Legitimacy' is not one of Effectiveness, Efficiency"


def test_the_first_field_the_node_has_is_tested() -> None:
    check = member(fields=["name", "pillar"], **{"in": "allowed"})
    assert on(check, {"name": "a", "pillar": "x", "allowed": ["a"]}) == []
    (hit,) = on(check, {"pillar": "x", "allowed": ["a"]})
    assert hit.path == "node.pillar"
    # a field present but null is the one tested: absent, so it passes unless required
    assert on(check, {"name": None, "pillar": "x", "allowed": ["a"]}) == []
    required = member(fields=["name", "pillar"], **{"in": "allowed", "required": "`true`"})
    (hit,) = on(required, {"name": None, "pillar": "a", "allowed": ["a"]}, path="n")
    assert (hit.path, hit.values["value"]) == ("n.name", "")


def test_each_value_of_a_list_is_tested_and_reported_at_its_place() -> None:
    check = member(fields=["tags"], **{"in": "allowed"})
    found = on(check, {"tags": ["a", "b", "a", "c"], "allowed": ["a", "c"]})
    assert [(hit.path, hit.values["value"]) for hit in found] == [("node.tags[1]", "b")]


def test_in_may_give_one_value_and_nulls_are_left_out() -> None:
    check = member(fields=["v"], **{"in": "allowed"})
    assert on(check, {"v": "Effectiveness", "allowed": "Effectiveness"}) == []
    (hit,) = on(check, {"v": "E", "allowed": "Effectiveness"})  # one value, not its letters
    assert hit.values["allowed"] == "Effectiveness"
    (hit,) = on(check, {"v": "b", "allowed": ["a", None]})
    assert hit.values["allowed"] == "a"


def test_allowed_values_that_are_not_text_are_compared_as_they_are() -> None:
    check = member(fields=["v"], **{"in": "allowed"})
    assert on(check, {"v": 2, "allowed": [1, 2]}) == []
    (hit,) = on(check, {"v": "2", "allowed": [1, 2]})
    assert (hit.values["allowed"], hit.values["suggestion"]) == ("1, 2", "2")


def test_a_value_where_none_is_expected_is_to_be_removed() -> None:
    check = member(fields=["pillar"], **{"in": "context('pillars')"})
    text = draft("questions:\n  - {number: 1, pillar: Effectiveness, title: A, grade: Good}\n")
    (hit,) = hits(check, text, "questions[*]")  # PEEL 2023-25 has no pillars
    assert hit.values["allowed"] == "(none)"
    assert hit.values["problem"] == "'Effectiveness' is given but none is expected here; remove it"


def test_an_absent_or_empty_value_passes_unless_required() -> None:
    check = member(fields=["pillar"], **{"in": "allowed"})
    for node in (
        {"allowed": ["a"]},
        {"pillar": None, "allowed": ["a"]},
        {"pillar": "", "allowed": ["a"]},
    ):
        assert on(check, node) == [], node
    required = member(fields=["pillar"], **{"in": "allowed", "required": "needed"})
    assert on(required, {"allowed": ["a", "b"], "needed": False}) == []
    (hit,) = on(required, {"allowed": ["a", "b"], "needed": True}, path="q")
    assert hit.path == "q"  # no field present: the node
    assert hit.values == {
        "value": "",
        "allowed": "a, b",
        "suggestion": "",
        "hint": "",
        "problem": "is missing: give one of a, b",
    }
    (hit,) = on(required, {"pillar": "", "allowed": [], "needed": 1}, path="q")
    assert (hit.path, hit.values["problem"]) == ("q.pillar", "is missing: give one of (none)")


def test_a_node_that_is_not_a_mapping_passes() -> None:
    check = member(fields=["v"], **{"in": "`[]`", "required": "`true`"})
    assert on(check, ["v"]) == []
    assert on(check, "v") == []


def test_options_are_checked_when_the_rule_is_read() -> None:
    assert rejected({"type": "member", "fields": [], "in": "@"})
    assert rejected({"type": "member", "fields": ["v"]})  # `in` is required
    assert rejected({"type": "member", "fields": ["v"], "in": "[["})
    assert rejected({"type": "member", "fields": ["v"], "in_": "@"})  # the option is `in`
