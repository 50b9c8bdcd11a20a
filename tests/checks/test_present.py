"""`present`: fields exist and are not empty (or, with `absent`, are absent or empty)."""

from __future__ import annotations

import pytest

from tests.checks.conftest import draft, hits, make, on

EMPTY = [None, "", "  \n", [], {}]
FILLED = ["text", ["an area"], {"a": 1}, 0, False]


def present(**options: object) -> object:
    return make({"type": "present", **options})


def test_each_missing_field_is_one_finding_at_the_node() -> None:
    check = present(fields=["narrative", "areas_for_improvement", "title"])
    text = draft("questions:\n  - {number: 1, title: T, grade: Good}\n")
    found = hits(check, text, "questions[*]")
    assert [(hit.path, hit.values) for hit in found] == [
        ("questions[0]", {"field": "narrative"}),
        ("questions[0]", {"field": "areas_for_improvement"}),
    ]


@pytest.mark.parametrize("value", EMPTY)
def test_empty_values_count_as_missing(value: object) -> None:
    assert len(on(present(fields=["a"]), {"a": value})) == 1


@pytest.mark.parametrize("value", FILLED)
def test_other_values_count_as_present(value: object) -> None:
    assert on(present(fields=["a"]), {"a": value}) == []


def test_any_needs_one_filled_field_of_the_list() -> None:
    check = present(fields=["areas", "causes"], any=True)
    assert on(check, {"areas": ["x"], "causes": []}) == []
    assert on(check, {"causes": ["y"]}) == []
    (hit,) = on(check, {"areas": [], "causes": ""})
    assert (hit.path, hit.values) == ("node", {"field": "areas or causes"})


def test_absent_reports_each_filled_field_at_the_field() -> None:
    check = present(fields=["grade", "summary", "title"], absent=True)
    found = on(check, {"grade": "Good", "summary": " ", "title": "T"})
    assert [(hit.path, hit.values) for hit in found] == [
        ("node.grade", {"field": "grade"}),
        ("node.title", {"field": "title"}),
    ]
    assert on(check, {"summary": ""}) == []


def test_a_node_that_is_not_a_mapping_has_no_fields() -> None:
    assert len(on(present(fields=["a"]), "text")) == 1
    assert on(present(fields=["a"], absent=True), "text") == []
