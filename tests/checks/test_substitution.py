"""`substitution`: phrases that should be written another way ("formally known as")."""

from __future__ import annotations

from peelcheck.checks.substitution import Substitution
from tests.checks.conftest import context, draft, hits, make, marked, on, rejected

CONFUSED = {
    "type": "substitution",
    "fields": ["narrative", "areas_for_improvement"],
    "pairs": "confused_words",
}


def question(narrative: str, areas: str = "[]") -> str:
    return draft(
        "questions:\n"
        f"  - {{number: 1, title: T, grade: Good, narrative: '{narrative}', areas_for_improvement: {areas}}}\n"
    )


def test_each_use_is_reported_at_its_place_with_the_right_phrase() -> None:
    text = question("The unit, formally known as X, is dependant on funds.")
    found = hits(make(CONFUSED), text, "questions[*]")
    assert [(hit.path, hit.span, hit.values) for hit in found] == [
        (
            "questions[0].narrative",
            (10, 27),
            {"match": "formally known as", "fix": "formerly known as"},
        ),
        ("questions[0].narrative", (34, 46), {"match": "dependant on", "fix": "dependent on"}),
    ]


def test_case_and_white_space_are_ignored_and_the_fix_keeps_the_capitals() -> None:
    check = make({**CONFUSED, "fields": ["t"]})
    found = on(check, {"t": "Formally  known\nas. BEST PRACTISE. best Practise."})
    assert marked(found) == ["Formally  known\nas", "BEST PRACTISE", "best Practise"]
    assert [hit.values["fix"] for hit in found] == [
        "Formerly known as",
        "BEST PRACTICE",
        "best practice",
    ]


def test_phrases_match_whole_words_only() -> None:
    check = make({**CONFUSED, "fields": ["t"]})
    assert on(check, {"t": "undependant onwards; the per sayings"}) == []


def test_each_text_of_a_list_is_read() -> None:
    text = question("Fine.", "['Fine.', 'Give advise.']")
    (hit,) = hits(make(CONFUSED), text, "questions[*]")
    assert hit.path == "questions[0].areas_for_improvement[1]"


def test_pairs_from_any_pack_data() -> None:
    check = make({**CONFUSED, "fields": ["t"], "pairs": "mine"}, data={"mine": {"colour": "color"}})
    assert [hit.values["fix"] for hit in on(check, {"t": "Colour"})] == ["Color"]


def test_the_screen_says_no_only_for_a_draft_without_the_phrases() -> None:
    check = make(CONFUSED)
    assert check.may_report(context(question("It came into affect.")))
    assert not check.may_report(context(question("It came into effect.")))


def test_a_check_not_prepared_reports_nothing() -> None:
    check = Substitution.model_validate(CONFUSED)
    ctx = context(question("It came into affect."))
    assert not check.may_report(ctx)
    assert list(check.run({"narrative": "It came into affect."}, "q", ctx)) == []


def test_pairs_is_a_mapping_of_phrases() -> None:
    assert "no pack data named 'nowhere'" in rejected({**CONFUSED, "pairs": "nowhere"})
    message = rejected({**CONFUSED, "pairs": "month_names"})
    assert (
        "pack data 'month_names' must be a mapping from a wrong phrase to the right one" in message
    )
    assert rejected({**CONFUSED, "pairs": "bad"}, data={"bad": {"a": 1}})
