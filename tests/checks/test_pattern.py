"""`pattern`: regular expressions required in, or forbidden from, text."""

from __future__ import annotations

from tests.checks.conftest import draft, hits, make, marked, on, rejected

TWO = "First sentence here. Second one ends"


def pattern(**options: object) -> object:
    return make({"type": "pattern", "field": "text", **options})


def test_forbid_reports_each_match_at_its_place() -> None:
    check = make({"type": "pattern", "field": "narrative", "forbid": r"[a-z]{2}\.[A-Z][a-z]"})
    text = draft(
        "questions:\n  - {number: 1, title: T, grade: Good, narrative: 'It works.Well. And.So'}\n"
    )
    found = hits(check, text, "questions[*]")
    assert marked(found) == ["ks.We", "nd.So"]
    assert [hit.path for hit in found] == ["questions[0].narrative"] * 2
    assert found[0].values == {"match": "ks.We"}


def test_require_reports_a_text_without_a_match_quoting_it() -> None:
    check = pattern(require=r"\.$")
    assert on(check, {"text": "Ends well."}) == []
    (hit,) = on(check, {"text": "No full stop"})
    assert (hit.path, hit.span, hit.values, hit.snippet) == (
        "node.text",
        (0, 12),
        {"text": "No full stop"},
        "No full stop",
    )


def test_a_long_text_is_shortened_in_the_message_not_in_the_snippet() -> None:
    text = "word " * 60
    (hit,) = on(pattern(require="missing"), {"text": text})
    assert hit.values["text"] == text[:77] + "..."
    assert hit.snippet == text[:200]
    exactly = "x" * 80
    (hit,) = on(pattern(require="missing"), {"text": exactly})
    assert hit.values["text"] == exactly
    (hit,) = on(pattern(require="missing"), {"text": exactly + "y"})
    assert hit.values["text"] == "x" * 77 + "..."


def test_first_sentence_scope_looks_at_the_first_sentence_only() -> None:
    forbid = pattern(forbid="one|here", scope="first-sentence")
    assert marked(on(forbid, {"text": TWO})) == ["here"]
    require = pattern(require="Second", scope="first-sentence")
    (hit,) = on(require, {"text": TWO})
    assert (hit.path, hit.span, hit.values["text"]) == (
        "node.text",
        (0, 20),
        "First sentence here.",
    )
    assert hit.text == TWO  # so that the finding points at the sentence in the draft
    assert on(pattern(require="First", scope="first-sentence"), {"text": TWO}) == []


def test_sentence_scope_looks_at_each_sentence_on_its_own() -> None:
    check = pattern(require="^[A-Z].*[.]$", scope="sentence")
    (hit,) = on(check, {"text": TWO})
    assert (hit.path, hit.text, hit.values["text"]) == ("node.text", TWO, "Second one ends")
    assert hit.span == (21, 36)
    paragraphs = {"text": "One here\n\nTwo here"}  # a blank line ends a sentence too
    assert [h.span for h in on(pattern(forbid="here", scope="sentence"), paragraphs)] == [
        (4, 8),
        (14, 18),
    ]


def test_anchors_match_at_the_edges_of_each_sentence() -> None:
    # RE2 searching part of a text matches ^ and $ only at the text's own edges
    (hit,) = on(pattern(require="[.]$", scope="sentence"), {"text": TWO})
    assert hit.values["text"] == "Second one ends"
    assert marked(on(pattern(forbid="^Second", scope="sentence"), {"text": TWO})) == ["Second"]
    assert on(pattern(require="^[A-Z]", scope="sentence"), {"text": TWO}) == []
    assert on(pattern(require="here[.]$", scope="first-sentence"), {"text": TWO}) == []


def test_a_match_may_not_run_across_the_scopes_edge() -> None:
    assert on(pattern(forbid=r"here\. Sec", scope="sentence"), {"text": TWO}) == []
    assert len(on(pattern(forbid=r"here\. Sec"), {"text": TWO})) == 1


def test_items_scope_looks_at_each_text_of_a_list() -> None:
    check = pattern(require="^The force should", scope="items")
    node = {"text": ["The force should act.", "It should act.", 3, "", "The force should"]}
    found = on(check, node)
    assert [(hit.path, hit.values["text"]) for hit in found] == [
        ("node.text[1]", "It should act."),
        ("node.text[3]", ""),
    ]
    assert on(check, {"text": "It should act."}) == []  # not a list
    assert marked(on(pattern(forbid="should", scope="items"), node)) == ["should"] * 3


def test_without_field_the_node_itself_is_the_text() -> None:
    check = make({"type": "pattern", "forbid": "TODO"})
    (hit,) = on(check, "a TODO note", path="questions[0].narrative")
    assert hit.path == "questions[0].narrative"


def test_absent_blank_and_non_text_values_pass() -> None:
    for scope in ("value", "first-sentence", "sentence"):
        check = pattern(require="x", scope=scope)
        for node in ({}, {"text": None}, {"text": "  \n"}, {"text": 3}, {"text": ["x"]}):
            assert on(check, node) == [], (scope, node)


def test_exactly_one_of_require_and_forbid_in_re2_syntax() -> None:
    message = "give exactly one of `require` or `forbid`"
    assert message in rejected({"type": "pattern", "field": "a"})
    assert message in rejected({"type": "pattern", "require": "a", "forbid": "b"})
    assert "backreferences and lookarounds are not available" in rejected(
        {"type": "pattern", "forbid": "(?=a)"}
    )
    assert rejected({"type": "pattern", "forbid": "a", "scope": "paragraph"})
