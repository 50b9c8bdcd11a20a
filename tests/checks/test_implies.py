"""`implies`: when a condition holds, another must hold too; one case inline or several."""

from __future__ import annotations

from tests.checks.conftest import draft, hits, make, on, rejected

NO_OVERALL = {
    "type": "implies",
    "if": "!context('pillar_grades')",
    "then": "!(overall.grade)",
    "at": "overall.grade",
    "say": "the {cycle} cycle has no overall grade; remove it",
    "values": {"cycle": "context('cycle')"},
}


def implies(**options: object) -> object:
    return make({"type": "implies", **options})


def test_a_case_whose_if_holds_and_then_fails_is_reported() -> None:
    (hit,) = hits(make(NO_OVERALL), draft("overall: {grade: Good}\n"))
    assert hit.path == "overall.grade"
    assert hit.values == {
        "cycle": "2023-25",
        "reason": "the 2023-25 cycle has no overall grade; remove it",
    }


def test_a_case_whose_then_holds_passes() -> None:
    assert hits(make(NO_OVERALL), draft("overall: {summary: A summary.}\n")) == []


def test_a_case_whose_if_fails_is_skipped() -> None:
    graded_cycle = draft("overall: {grade: Good}\n", cycle="2017")  # grades pillars
    assert hits(make(NO_OVERALL), graded_cycle) == []


def test_at_is_a_dotted_path_and_without_it_the_finding_points_at_the_node() -> None:
    check = implies(**{"if": "`true`", "then": "`false`", "at": "overall.grade"})
    assert [hit.path for hit in on(check, {}, path="q[1]")] == ["q[1].overall.grade"]
    check = implies(**{"if": "`true`", "then": "`false`"})
    (hit,) = on(check, {}, path="q[1]")
    assert hit.path == "q[1]"
    assert hit.values == {"reason": ""}


def test_say_is_filled_from_the_nodes_plain_fields_and_the_values() -> None:
    check = implies(
        **{
            "if": "`true`",
            "then": "`false`",
            "say": "{number}|{title}|{areas}|{nested}|{missing}|{flag}|{none}|{shown}",
            "values": {"shown": "areas", "title": "'from values'"},
        }
    )
    node = {
        "number": 3,
        "title": "from the node",
        "areas": ["one", "two"],
        "nested": {"a": 1},
        "flag": True,
        "none": None,
    }
    (hit,) = on(check, node)
    # lists and mappings of the node are not filled; values win over fields; missing is blank
    assert hit.values["reason"] == "3|from values||||True||one, two"
    assert hit.values["shown"] == "one, two"
    assert hit.values["title"] == "from values"


def test_values_show_null_as_blank_and_lists_joined() -> None:
    check = implies(
        **{"if": "`true`", "then": "`false`", "values": {"n": "missing", "l": "`[1, [2, null]]`"}}
    )
    (hit,) = on(check, "not a mapping")
    assert hit.values == {"n": "", "l": "1, 2, ", "reason": ""}


def test_each_failing_case_is_one_finding() -> None:
    check = implies(
        cases=[
            {
                "if": "grade == 'Inadequate'",
                "then": "causes_of_concern",
                "at": "causes_of_concern",
                "say": "a cause of concern",
            },
            {"if": "grade == 'Inadequate'", "then": "narrative", "say": "a narrative for {title}"},
            {"if": "grade == 'Good'", "then": "`false`", "say": "never"},
        ]
    )
    text = draft("questions:\n  - {number: 1, title: Crime, grade: Inadequate}\n")
    found = hits(check, text, "questions[*]")
    assert [(hit.path, hit.values["reason"]) for hit in found] == [
        ("questions[0].causes_of_concern", "a cause of concern"),
        ("questions[0]", "a narrative for Crime"),
    ]


def test_jmespath_truthiness_decides() -> None:
    check = implies(**{"if": "a", "then": "b"})
    for falsy in (None, False, "", [], {}):
        assert on(check, {"a": falsy, "b": False}) == [], falsy
        assert len(on(check, {"a": 1, "b": falsy})) == 1, falsy
    assert on(check, {"a": 0, "b": 0}) == []  # 0 is true in JMESPath


def test_one_form_only() -> None:
    case = {"if": "a", "then": "b"}
    for options in (
        {"cases": [case], "if": "a"},
        {"cases": [case], "then": "b"},
        {"cases": [case], "at": "x"},
        {"cases": [case], "say": "why"},
    ):
        message = rejected({"type": "implies", **options})
        assert "give either `cases` or one inline case (`if`, `then`), not both" in message, options
    assert "`cases` needs at least one case" in rejected({"type": "implies", "cases": []})
    for options in ({}, {"if": "a"}, {"then": "b"}, {"at": "x"}):
        message = rejected({"type": "implies", **options})
        assert "give `if` and `then` (or a list of `cases`)" in message, options
    assert implies(cases=[case], values={"v": "a"})


def test_say_takes_plain_names_only() -> None:
    for say in ("{a.b}", "{0}", "{a:>3}", "{a!r}", "{a[0]}"):
        for options in (
            {"if": "a", "then": "b", "say": say},
            {"cases": [{"if": "a", "then": "b", "say": say}]},
        ):
            message = rejected({"type": "implies", **options})
            assert "in `say` must be a plain name" in message, say
    assert rejected({"type": "implies", "cases": [{"if": "a", "then": "b", "when": "c"}]})
    assert rejected({"type": "implies", "cases": [{"then": "b"}]})
