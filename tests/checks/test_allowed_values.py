"""`allowed-values`: a field holds one of a list of values, or a grade of the draft's scale."""

from __future__ import annotations

from peelcheck.engine.facts import PackData
from tests.checks.conftest import builtin, context, draft, hits, make, on, pack_with, rejected

COLOURS = {"type": "allowed-values", "field": "colour", "values": ["Red", "Green", "Blue"]}
GRADES = {"type": "allowed-values", "field": "grade", "scale": True}


def question(grade: str) -> str:
    return f"questions:\n  - {{number: 1, title: T, grade: {grade}}}\n"


def test_a_listed_value_passes_and_another_is_reported_with_every_value() -> None:
    check = make(COLOURS)
    assert on(check, {"colour": "Green"}) == []
    (hit,) = on(check, {"colour": "Purple"})
    assert hit.path == "node.colour"
    assert hit.snippet == "Purple"
    assert hit.values == {
        "value": "Purple",
        "allowed": "Red, Green, Blue",
        "suggestion": "",
        "hint": "",
        "scale": "five-point",  # the default draft's cycle (PEEL 2023-25)
    }


def test_an_absent_field_passes() -> None:
    assert on(make(COLOURS), {"shape": "round"}) == []
    assert on(make(COLOURS), {"colour": None}) == []
    assert on(make(COLOURS), "not a mapping") == []


def test_without_field_the_node_itself_is_the_value() -> None:
    check = make({"type": "allowed-values", "values": ["a", "b"]})
    assert on(check, "a") == []
    (hit,) = on(check, "c", path="list[2]")
    assert hit.path == "list[2]"


def test_the_suggestion_ignores_case_and_surrounding_spaces() -> None:
    (hit,) = on(make(COLOURS), {"colour": " green "})
    assert hit.values["suggestion"] == "Green"
    assert hit.values["hint"] == "; did you mean 'Green'?"


def test_a_short_value_differing_only_in_case_and_spaces_is_suggested() -> None:
    check = make({"type": "allowed-values", "field": "answer", "values": ["Yes", "No"]})
    (hit,) = on(check, {"answer": "  NO  "})  # too far from "no" for a close match
    assert hit.values["suggestion"] == "No"


def test_the_suggestion_is_the_closest_value_when_close_enough() -> None:
    (hit,) = on(make(COLOURS), {"colour": "Bleu"})
    assert hit.values["suggestion"] == "Blue"
    (hit,) = on(make(COLOURS), {"colour": "Yellow"})  # close to none
    assert (hit.values["suggestion"], hit.values["hint"]) == ("", "")


def test_a_value_that_is_not_text_is_reported_without_a_suggestion() -> None:
    (hit,) = on(make({"type": "allowed-values", "field": "n", "values": ["1", "2"]}), {"n": 1})
    assert (hit.values["value"], hit.values["suggestion"], hit.snippet) == (1, "", "1")


def test_scale_allows_the_grades_and_non_grades_of_the_drafts_cycle() -> None:
    check = make(GRADES)
    five_point = draft(question("Adequate"))
    assert hits(check, five_point, "questions[*]") == []
    assert hits(check, draft(question("Ungraded")), "questions[*]") == []
    four_point = draft(question("Adequate"), cycle="2018/19")  # no Adequate on four points
    (hit,) = hits(check, four_point, "questions[*]")
    assert hit.path == "questions[0].grade"
    assert hit.values["scale"] == "four-point"
    assert hit.values["allowed"].startswith(
        "Outstanding, Good, Requires improvement, Inadequate, Ungraded"
    )


def test_scale_suggests_the_grade_meant() -> None:
    (hit,) = hits(make(GRADES), draft(question("requires improvement")), "questions[*]")
    assert hit.values["hint"] == "; did you mean 'Requires improvement'?"


def test_scale_reports_nothing_for_a_cycle_no_pack_describes() -> None:
    unknown = pack_with(programmes={})  # scales, but no facts for PEEL 2023-25
    ctx = context(draft(question("Excellent")), pack=unknown)
    assert hits(make(GRADES, pack=unknown), ctx, "questions[*]") == []


def test_values_still_apply_where_no_pack_describes_the_cycle() -> None:
    unknown = pack_with(programmes={})
    (hit,) = on(make(COLOURS), {"colour": "Pink"}, ctx=context(pack=unknown))
    assert hit.values["scale"] == ""


def test_exactly_one_source_of_values_is_given() -> None:
    assert "give either `values` or `scale: true`" in rejected({"type": "allowed-values"})
    both = {**COLOURS, "scale": True}
    assert "give either `values` or `scale: true`" in rejected(both)


def test_scale_needs_a_pack_with_scales() -> None:
    message = rejected(GRADES, pack=PackData(data=builtin().data))
    assert message == "`scale: true` needs a pack that declares `scales`"


def test_options_are_strict() -> None:
    assert "extra" in rejected({**COLOURS, "colours": ["Red"]}).lower()
    assert rejected({**COLOURS, "values": "Red"})  # a list, not one text
