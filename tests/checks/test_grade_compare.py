"""`grade-compare`: a grade compared with other grades on the draft's ordered scale.

The default draft is PEEL 2023-25: Outstanding, Good, Adequate, Requires improvement,
Inadequate (best first), and Ungraded.
"""

from __future__ import annotations

import pytest

from tests.checks.conftest import context, draft, hits, make, on, pack_with, rejected

RI = "Requires improvement"


def compare(**options: object) -> object:
    return make({"type": "grade-compare", **options})


def graded(grade: str, *others: str) -> dict[str, object]:
    return {"grade": grade, "others": list(others)}


def test_within_range_reports_a_grade_outside_its_questions_range() -> None:
    check = compare(op="within-range", against="others")
    for grade in ("Good", "Adequate", RI):
        assert on(check, graded(grade, "Good", RI, "Adequate")) == [], grade
    (hit,) = on(check, graded("Outstanding", "Good", RI, "Adequate"))
    assert hit.path == "node.grade"
    assert hit.snippet == "Outstanding"
    assert hit.values == {
        "best": "Good",
        "worst": RI,
        "grades": f"Good, Adequate, {RI}",
        "count": 3,
    }
    assert len(on(check, graded("Inadequate", "Good", RI))) == 1


def test_grades_off_the_scale_are_left_out_on_both_sides() -> None:
    check = compare(op="within-range", against="others")
    assert on(check, graded("Ungraded", "Good")) == []
    assert on(check, graded("Goood", "Good")) == []
    assert on(check, graded("Good", "Ungraded", "Banana", None)) == []  # nothing to compare
    (hit,) = on(check, graded("Good", "Ungraded", "Adequate", 3))
    assert (hit.values["grades"], hit.values["count"]) == ("Adequate", 1)


def test_a_single_value_against_is_one_grade() -> None:
    check = compare(op="at-most", against="previous")
    assert len(on(check, {"grade": "Good", "previous": "Adequate"})) == 1
    assert on(check, {"grade": "Adequate", "previous": "Adequate"}) == []


def test_majority_expects_the_grade_most_others_have() -> None:
    check = compare(op="majority", against="others")
    assert on(check, graded("Good", "Good", "Good", RI)) == []
    (hit,) = on(check, graded("Adequate", "Good", "Good", RI))
    assert (hit.values["majority"], hit.values["expected"]) == ("Good", "Good")


def test_majority_needs_more_than_half() -> None:
    check = compare(op="majority", against="others")
    assert on(check, graded("Adequate", "Good", "Good", RI, RI)) == []  # a tie
    assert on(check, graded("Adequate", "Good", "Good", RI, "Inadequate")) == []  # half


def test_a_cap_lowers_the_majority_and_both_are_accepted() -> None:
    check = compare(op="majority", against="others", cap="cap")
    node = {**graded(RI, "Good", "Good", "Good"), "cap": RI}
    assert on(check, node) == []  # capped
    assert on(check, {**node, "grade": "Good"}) == []  # the majority itself
    (hit,) = on(check, {**node, "grade": "Adequate"})
    assert (hit.values["majority"], hit.values["expected"]) == ("Good", RI)


def test_a_cap_better_than_the_majority_or_null_changes_nothing() -> None:
    check = compare(op="majority", against="others", cap="cap")
    node = graded("Outstanding", RI, RI, "Good")
    (hit,) = on(check, {**node, "cap": "Good"})
    assert hit.values["expected"] == RI
    (hit,) = on(check, {**node, "cap": None})
    assert hit.values["expected"] == RI
    assert on(check, {**node, "grade": RI, "cap": "Good"}) == []


@pytest.mark.parametrize(
    ("op", "flagged"),
    [
        ("at-most", ["Outstanding", "Good"]),
        ("at-least", [RI, "Inadequate"]),
        ("equals", ["Outstanding", "Good", RI, "Inadequate"]),
    ],
)
def test_a_limit_grade(op: str, flagged: list[str]) -> None:
    check = compare(op=op, limit="Adequate")
    scale = ["Outstanding", "Good", "Adequate", RI, "Inadequate"]
    reported = [grade for grade in scale if on(check, {"grade": grade})]
    assert reported == flagged
    (hit,) = on(check, {"grade": flagged[0]})
    assert hit.values == {
        "best": "Adequate",
        "worst": "Adequate",
        "grades": "Adequate",
        "count": 1,
        "limit": "Adequate",
    }


def test_against_gives_the_limit_as_the_best_of_its_grades() -> None:
    check = compare(op="at-most", against="others")
    assert on(check, graded("Good", RI, "Good")) == []
    (hit,) = on(check, graded("Outstanding", RI, "Good"))
    assert hit.values["limit"] == "Good"
    assert len(on(compare(op="at-least", against="others"), graded(RI, "Adequate", "Good"))) == 1


def test_a_limit_on_another_scale_than_the_drafts_is_skipped() -> None:
    four_point = context(draft(cycle="2018/19"))
    for op in ("at-most", "at-least", "equals"):
        check = compare(op=op, limit="Adequate")  # not on the four-point scale
        for grade in ("Outstanding", "Good", RI, "Inadequate"):
            assert on(check, {"grade": grade}, ctx=four_point) == [], (op, grade)


def test_nothing_is_reported_for_a_cycle_no_pack_describes() -> None:
    no_cycles = pack_with(programmes={})
    check = make({"type": "grade-compare", "op": "at-most", "limit": "Adequate"}, pack=no_cycles)
    assert on(check, {"grade": "Outstanding"}, ctx=context(pack=no_cycles)) == []


def test_grade_and_at_choose_what_is_compared_and_where_it_is_reported() -> None:
    check = compare(op="at-most", limit="Good", grade="previous_grade", at="previous_grade")
    text = draft("overall: {grade: Good, previous_grade: Outstanding}\n")
    (hit,) = hits(check, text, "overall")
    assert (hit.path, hit.snippet) == ("overall.previous_grade", "Outstanding")
    assert hits(compare(op="at-most", limit="Good"), text, "overall") == []
    (hit,) = on(compare(op="at-most", limit="Good", at=None), {"grade": "Outstanding"})
    assert hit.path == "node"


def test_the_grade_may_be_found_through_the_draft() -> None:
    check = compare(op="at-most", limit="Good", grade="root().overall.grade")
    (hit,) = hits(check, draft("overall: {grade: Outstanding}\n"), "inspection")
    assert hit.snippet == "Outstanding"


def test_operands_are_checked_when_the_rule_is_read() -> None:
    for op in ("within-range", "majority"):
        assert f"op {op} needs `against`" in rejected({"type": "grade-compare", "op": op})
    for op in ("at-most", "at-least", "equals"):
        neither = {"type": "grade-compare", "op": op}
        both = {**neither, "limit": "Good", "against": "others"}
        for options in (neither, both):
            assert f"op {op} needs exactly one of `limit` or `against`" in rejected(options)
    capped = {"type": "grade-compare", "op": "at-most", "limit": "Good", "cap": "cap"}
    assert "`cap` applies to op majority only" in rejected(capped)
    assert rejected({"type": "grade-compare", "op": "below", "limit": "Good"})


def test_a_limit_must_be_on_a_declared_scale() -> None:
    message = rejected({"type": "grade-compare", "op": "equals", "limit": "Excellent"})
    assert "limit 'Excellent' is on no declared scale" in message
    assert compare(op="equals", limit="Ungraded")  # a non-grade is declared too
    assert make(
        {"type": "grade-compare", "op": "equals", "limit": "Excellent"}, pack=pack_with(scales={})
    )
