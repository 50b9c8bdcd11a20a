"""`starts-with`: text starts with one of the phrases a query chooses for the draft."""

from __future__ import annotations

from typing import Any

from tests.checks.conftest import draft, hits, make, marked, on, rejected

AREAS = {
    "type": "starts-with",
    "field": "areas_for_improvement",
    "phrases": "context('programme') == 'FRS' && 'The service should' || 'The force should'",
}


def starts(**options: object) -> object:
    return make({"type": "starts-with", "field": "t", **options})


def question(areas: str) -> str:
    return f"questions:\n  - {{number: 1, title: T, grade: Good, areas_for_improvement: {areas}}}\n"


def test_each_text_of_a_list_must_start_with_the_phrase_the_draft_calls_for() -> None:
    areas = question("['The force should act.', 'The service should act now and soon.']")
    found = hits(make(AREAS), draft(areas), "questions[*]")
    assert [(hit.path, hit.values) for hit in found] == [
        (
            "questions[0].areas_for_improvement[1]",
            {"opening": "The service should act", "expected": "'The force should'", "item": 2},
        )
    ]
    assert marked(found) == ["The service should act"]
    frs = draft(areas, programme="FRS", subject="Kent Fire and Rescue Service")
    (hit,) = hits(make(AREAS), frs, "questions[*]")
    assert (hit.path, hit.values["item"]) == ("questions[0].areas_for_improvement[0]", 1)


def test_a_single_text_is_item_blank() -> None:
    (hit,) = on(starts(phrases="'We found'"), {"t": "It was found that"})
    assert (hit.path, hit.values["item"], hit.span) == ("node.t", "", (0, 17))
    assert hit.values["opening"] == "It was found that"


def test_any_of_a_list_of_phrases_will_do_and_the_comparison_is_exact() -> None:
    check = starts(phrases="['We found', 'We saw']")
    assert on(check, {"t": "We saw it."}) == []
    assert on(check, {"t": "We found it."}) == []
    (hit,) = on(check, {"t": "we found it."})  # case counts
    assert hit.values["expected"] == "'We found' or 'We saw'"


def test_leading_white_space_is_skipped() -> None:
    check = starts(phrases="'We found'")
    assert on(check, {"t": "  \n We found it."}) == []
    (hit,) = on(check, {"t": "   It is one two three four five"})
    assert (hit.span, hit.values["opening"]) == ((3, 16), "It is one two")  # four words


def test_skip_allows_a_preamble_before_the_phrase() -> None:
    check = starts(
        phrases="'The force should'",
        skip=r"The following area for improvement from \d{4} remains: ",
    )
    assert (
        on(
            check,
            {"t": "The following area for improvement from 2016 remains: The force should act."},
        )
        == []
    )
    assert on(check, {"t": "The force should act."}) == []  # the preamble is optional
    (hit,) = on(
        check, {"t": "The following area for improvement from 2016 remains: It should act."}
    )
    assert (hit.values["opening"], hit.span) == ("It should act.", (54, 68))


def test_a_preamble_with_nothing_after_it_points_at_the_end() -> None:
    (hit,) = on(starts(phrases="'The force'", skip="Note:"), {"t": "Note:   "})
    assert (hit.values["opening"], hit.span) == ("", (5, 8))


def test_phrases_that_are_not_text_are_ignored_and_none_checks_nothing() -> None:
    assert on(starts(phrases="[`3`, 'We']"), {"t": "We"}) == []
    assert len(on(starts(phrases="[`3`, 'We']"), {"t": "They"})) == 1
    for phrases in ("`null`", "`[]`", "`[3]`", "missing"):
        assert on(starts(phrases=phrases), {"t": "They"}) == [], phrases


def test_absent_blank_and_non_text_values_pass() -> None:
    check = starts(phrases="'We'")
    for node in ({}, {"t": None}, {"t": "  "}, {"t": 3}, {"t": ["", 4, None]}):
        assert on(check, node) == [], node


def test_a_node_without_the_field_never_works_out_the_phrases() -> None:
    # most questions have no areas for improvement: the query is run only for text
    check: Any = starts(phrases="'We'")
    asked: list[Any] = []
    query = check.phrases
    object.__setattr__(check, "phrases", _Counting(query, asked))
    assert on(check, {}) == [] and on(check, {"t": None}) == []
    assert asked == []
    assert len(on(check, {"t": "They"})) == 1
    assert len(asked) == 1


class _Counting:
    """A query that records each node it is asked about."""

    def __init__(self, query: Any, asked: list[Any]) -> None:
        self.query, self.asked = query, asked

    def search(self, node: Any, ctx: Any) -> Any:
        self.asked.append(node)
        return self.query.search(node, ctx)


def test_without_field_the_node_itself_is_the_text() -> None:
    check = make({"type": "starts-with", "phrases": "'We'"})
    (hit,) = on(check, "They did", path="x[2]")
    assert hit.path == "x[2]"


def test_options_are_checked_when_the_rule_is_read() -> None:
    assert rejected({"type": "starts-with", "field": "t"})  # phrases is required
    assert rejected({"type": "starts-with", "phrases": "'We'", "skip": "(?<=a)"})


def test_a_blank_item_does_not_stop_the_items_after_it() -> None:
    (hit,) = on(starts(phrases="'We'"), {"t": ["", "  ", 3, "They did"]})
    assert (hit.path, hit.values["item"]) == ("node.t[3]", 4)


def test_skip_is_read_after_leading_white_space() -> None:
    check = starts(phrases="'We found'", skip="Update: ")
    assert on(check, {"t": "  Update: We found it."}) == []


def test_the_opening_is_marked_where_it_stands_not_where_its_words_first_occur() -> None:
    check = starts(phrases="'The force'", skip=r"Intro [\w ]+ - ")
    (hit,) = on(check, {"t": "Intro It is done - It is done"})
    assert (hit.values["opening"], hit.span) == ("It is done", (19, 29))
    (hit,) = on(starts(phrases="'The force'"), {"t": "No. No. No. No. No. No. No. No."})
    assert hit.span == (0, 15)  # the first four words, not a later repeat of them
