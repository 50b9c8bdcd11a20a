"""`sequence`: items numbered 1, 2, 3 ... (or "1.1", "1.2", "2.1" ...) in order."""

from __future__ import annotations

from typing import Any

import pytest

from peelcheck.checks.sequence import SequenceCheck
from tests.checks.conftest import draft, hits, make, on, rejected


def sequence(**options: object) -> Any:
    return make({"type": "sequence", **options})


def problems(numbers: list[Any], **options: object) -> list[str]:
    """`{value} {problem}` of each finding on items numbered `numbers`."""
    check = sequence(**options)
    found = on(check, [{"number": n} for n in numbers])
    return [f"{hit.values['value']} {hit.values['problem']}" for hit in found]


def test_the_rule_type_is_still_sequence() -> None:
    assert isinstance(sequence(), SequenceCheck)


def test_numbers_in_order_pass() -> None:
    assert problems([1, 2, 3]) == []
    assert problems(["1", " 2 ", 3]) == []  # text or whole numbers alike
    assert problems([]) == []


def test_a_gap_is_one_finding_and_the_count_goes_on_from_the_number_found() -> None:
    assert problems([1, 3, 4]) == ["3 is out of sequence: expected 2 after 1"]


def test_a_slip_the_next_number_corrects_is_one_finding() -> None:
    assert problems([1, 2, 6, 4]) == ["6 is out of sequence: expected 3 after 2"]
    assert problems([1, 1, 3]) == ["1 is used more than once"]
    assert problems([1, 2, 4, 4, 5]) == ["4 is out of sequence: expected 3 after 2"]


def test_a_slip_in_a_group_is_one_finding_too() -> None:
    check = sequence(group_by="g")
    found = on(check, [{"g": "A", "number": n} for n in (1, 1, 3)])
    assert [hit.values["problem"] for hit in found] == ["is used more than once"]


def test_findings_quote_the_number_as_written() -> None:
    found = on(sequence(), [{"number": n} for n in (1, "1", " 4 ")])
    assert [hit.snippet for hit in found] == ["1", " 4 "]


def test_a_repeat_is_reported_each_time() -> None:
    assert problems([1, 2, 2, 2, 3]) == ["2 is used more than once", "2 is used more than once"]
    assert problems([1, 2, 3, 1]) == ["1 is used more than once"]


def test_the_first_number_is_start() -> None:
    assert problems([2, 3]) == ["2 is out of sequence: expected 1 first"]
    assert problems([0, 1, 2], start=0) == []
    assert problems([1, 2], start=0) == ["1 is out of sequence: expected 0 first"]
    assert problems([5, 6], start=5) == []


@pytest.mark.parametrize("value", ["Q2", "1a", "", "1..2", True, 1.5, [1]])
def test_a_value_that_is_not_a_number_is_reported(value: Any) -> None:
    assert problems([1, value, 2]) == [f'{value} is not a number such as 3 or "1.1"']
    assert problems([1, value, 3])[1:] == ["3 is out of sequence: expected 2 after 1"]


def test_dotted_numbers_count_like_an_outline() -> None:
    assert problems(["1.1", "1.2", "2.1", "2.2", "3.1"]) == []
    assert problems(["1.1", "1.3"]) == ["1.3 is out of sequence: expected 1.2 or 2.1 after 1.1"]
    assert problems(["1.1", "2.2"]) == ["2.2 is out of sequence: expected 1.2 or 2.1 after 1.1"]
    assert problems(["1.1.1", "1.1.2", "1.2.1", "2.1.1"]) == [
        "2.1.1 is out of sequence: expected 1.2.2 or 1.3.1 after 1.2.1"
    ]
    assert problems(["1.0", "1.1", "2.0"], start=0) == []


def test_the_first_dotted_number_only_needs_its_last_part_to_be_start() -> None:
    assert problems(["3.1", "3.2"]) == []
    assert problems(["3.2"]) == ["3.2 is out of sequence: expected 3.1 first"]


def test_items_without_a_number_or_that_are_not_mappings_are_skipped() -> None:
    check = sequence()
    assert on(check, [{"number": 1}, {"title": "x"}, "text", {"number": None}, {"number": 2}]) == []
    (hit,) = on(check, [{"number": 1}, {"title": "x"}, {"number": 3}])  # and the rest is read
    assert hit.values["value"] == 3
    assert on(check, {"number": 2}) == []  # not a list: nothing to check


def test_field_names_the_number() -> None:
    check = sequence(field="no")
    assert [hit.values["value"] for hit in on(check, [{"no": 1}, {"no": 3}, {"number": 9}])] == [3]


def test_group_by_numbers_each_group_on_its_own() -> None:
    text = draft(
        """\
        pillars: [{name: Effectiveness}, {name: Efficiency}]
        questions:
          - {number: 1, pillar: Effectiveness, title: T, grade: Good}
          - {number: 1, pillar: Efficiency, title: T, grade: Good}
          - {number: 3, pillar: Efficiency, title: T, grade: Good}
          - {number: 2, pillar: Effectiveness, title: T, grade: Good}
          - {number: 1, title: T, grade: Good}
          - {number: 1, title: T, grade: Good}
        """,
        cycle="2018/19",
    )
    found = hits(sequence(items="questions", group_by="pillar"), text)
    assert [(hit.path, hit.values) for hit in found] == [
        (
            "questions[2].number",
            {
                "value": 3,
                "group": "Efficiency",
                "where": " in Efficiency",
                "problem": "is out of sequence: expected 2 after 1",
                "expected": "2",
            },
        ),
        (
            "questions[5].number",
            {
                "value": 1,
                "group": "",
                "where": "",
                "problem": "is used more than once",
                "expected": "",
            },
        ),
    ]
    assert len(hits(sequence(items="questions"), text)) == 4  # one numbering: 1 1 3 2 1 1


def test_a_group_that_is_not_a_plain_value_is_keyed_by_its_text() -> None:
    check = sequence(group_by="g")
    items = [{"g": ["a"], "number": 1}, {"g": ["b"], "number": 1}, {"g": ["a"], "number": 2}]
    assert on(check, items) == []
    (hit,) = on(check, [*items, {"g": ["a"], "number": 2}])
    assert hit.values["where"] == " in ['a']"
    (hit,) = on(check, [{"g": "", "number": 2}])  # a blank group is named nowhere
    assert (hit.values["group"], hit.values["where"]) == ("", "")


def test_findings_point_at_the_number_in_the_draft_or_under_the_node() -> None:
    text = draft(
        "questions:\n  - {number: 1, title: T, grade: Good}\n  - {number: x, title: T, grade: Good}\n"
    )
    (hit,) = hits(sequence(items="questions"), text)
    assert (hit.path, hit.snippet, hit.values["expected"]) == ("questions[1].number", "x", "")
    filtered = sequence(items="questions[?grade == 'Good']")
    text = draft(
        "questions:\n  - {number: 1, title: T, grade: Ungraded}\n  - {number: 2, title: T, grade: Good}\n"
    )
    (hit,) = hits(filtered, text)  # a list a query made: its items keep their own paths
    assert hit.path == "questions[1].number"
    (hit,) = on(sequence(items="list"), {"list": [{"number": 2}]}, path="here")
    assert hit.path == "here[0].number"  # a list built by a query: counted under the node
    assert hit.values["expected"] == "1"


def test_start_is_not_negative() -> None:
    assert rejected({"type": "sequence", "start": -1})
    assert rejected({"type": "sequence", "items": 3})
