"""`count`: a list computed from the node has at least `min` and at most `max` entries."""

from __future__ import annotations

from tests.checks.conftest import draft, hits, make, on, rejected

QUESTIONS = """\
questions:
  - {number: 1, title: A, grade: Good}
  - {number: 2, title: B, grade: Inadequate}
  - {number: 3, title: C, grade: Requires improvement}
"""
BELOW_GOOD = "questions[?rank(grade) > rank('Good')]"


def count(**options: object) -> object:
    return make({"type": "count", **options})


def test_max_reports_more_entries_and_lists_them() -> None:
    check = count(items=BELOW_GOOD + ".number", max=1)
    (hit,) = hits(check, draft(QUESTIONS))
    assert hit.path == ""
    assert hit.values == {"count": 2, "min": "", "max": 1, "items": "2, 3"}
    assert hits(count(items=BELOW_GOOD, max=2), draft(QUESTIONS)) == []


def test_min_reports_fewer_entries() -> None:
    (hit,) = hits(count(items=BELOW_GOOD, min=3), draft(QUESTIONS))
    assert (hit.values["count"], hit.values["min"], hit.values["max"]) == (2, 3, "")
    assert hits(count(items=BELOW_GOOD, min=2), draft(QUESTIONS)) == []


def test_min_and_max_together() -> None:
    assert hits(count(items="questions", min=3, max=3), draft(QUESTIONS)) == []
    assert len(hits(count(items="questions", min=1, max=2), draft(QUESTIONS))) == 1
    assert len(hits(count(items="questions", min=4, max=5), draft(QUESTIONS))) == 1


def test_a_result_that_is_not_a_list_counts_as_empty() -> None:
    for items in ("missing", "inspection", "inspection.subject", "`3`"):
        (hit,) = hits(count(items=items, min=1), draft(QUESTIONS))
        assert (hit.values["count"], hit.values["items"]) == (0, "")


def test_label_shows_each_entry_and_leaves_out_nulls() -> None:
    label = "join(' ', ['question', to_string(number), grade])"
    (hit,) = hits(count(items=BELOW_GOOD, max=0, label=label), draft(QUESTIONS))
    assert hit.values["items"] == "question 2 Inadequate, question 3 Requires improvement"
    (hit,) = hits(count(items="questions", max=0, label="pillar || number"), draft(QUESTIONS))
    assert hit.values["items"] == "1, 2, 3"
    (hit,) = hits(count(items="questions", max=0, label="pillar"), draft(QUESTIONS))
    assert hit.values["items"] == ""  # every label null


def test_a_label_may_ask_about_the_draft() -> None:
    label = "join(' ', [context('programme'), to_string(rank(grade))])"
    (hit,) = hits(count(items=BELOW_GOOD, max=0, label=label), draft(QUESTIONS))
    assert hit.values["items"] == "PEEL 4, PEEL 3"


def test_without_label_entries_are_shown_as_they_are() -> None:
    (hit,) = on(count(items="words", max=1), {"words": ["alpha", "beta"]})
    assert hit.values["items"] == "alpha, beta"


def test_at_points_the_finding_at_a_field() -> None:
    (hit,) = hits(count(items="questions", max=1, at="questions"), draft(QUESTIONS))
    assert hit.path == "questions"
    (hit,) = hits(
        count(items="areas_for_improvement", min=1, at="grade"), draft(QUESTIONS), "questions[0]"
    )
    assert hit.path == "questions[0].grade"


def test_bounds_are_checked_when_the_rule_is_read() -> None:
    assert "give `min`, `max` or both" in rejected({"type": "count", "items": "@"})
    assert "`min` (3) is more than `max` (2)" in rejected(
        {"type": "count", "items": "@", "min": 3, "max": 2}
    )
    assert rejected({"type": "count", "items": "@", "min": -1})
    assert rejected({"type": "count", "items": "@", "max": -1})
    assert rejected({"type": "count", "items": "@", "max": "2"})  # strict: a number
    assert make({"type": "count", "items": "@", "min": 0, "max": 0})
