"""`existence`: each match of an RE2 pattern in texts is reported, with a suggested fix."""

from __future__ import annotations

from tests.checks.conftest import context, draft, hits, make, marked, on, paths, rejected

RANGE = {
    "type": "existence",
    "fields": ["narrative"],
    "find": r"(?P<low>[1-9][0-9]*) (?P<high>[1-9][0-9]?)\b",
    "fix": "{low} to {high}",
}


def existence(data: dict[str, object] | None = None, **options: object) -> object:
    return make({"type": "existence", "fields": ["text"], **options}, data=data)


def question(narrative: str) -> str:
    return draft(
        f"questions:\n  - {{number: 1, title: T, grade: Good, narrative: '{narrative}'}}\n"
    )


def test_each_match_is_reported_at_its_place_with_its_groups_and_fix() -> None:
    text = "Between 20 30 officers and 5 6 staff."
    found = hits(make(RANGE), question(text), "questions[*]")
    assert marked(found) == ["20 30", "5 6"]
    assert paths(found) == ["questions[0].narrative"] * 2
    assert found[0].values == {"low": "20", "high": "30", "match": "20 30", "fix": "20 to 30"}
    assert found[0].text == text


def test_without_fix_there_is_no_fix_value() -> None:
    (hit,) = on(existence(find="TODO"), {"text": "a TODO here"})
    assert hit.values == {"match": "TODO"}


def test_fields_are_texts_or_lists_of_texts_and_blank_ones_are_skipped() -> None:
    check = make({"type": "existence", "fields": ["a", "b", "c", "d"], "find": "x+"})
    node = {"a": "axe", "b": ["", "  ", "xx", 3, "box"], "c": "   ", "d": 7}
    assert paths(on(check, node)) == ["node.a", "node.b[2]", "node.b[4]"]
    assert on(check, "x not in a mapping") == []


def test_at_flags_one_group_only() -> None:
    (hit,) = on(existence(find=r"(?P<word>\w+)  (?P<next>\w+)", at="next"), {"text": "one  two"})
    assert (hit.span, hit.values["match"]) == ((5, 8), "two")


def test_a_group_that_took_no_part_or_matched_nothing_is_not_reported() -> None:
    check = existence(find=r"a(?P<b>b)?(?P<e>c*)d", at="b")
    assert marked(on(check, {"text": "abd ad"})) == ["b"]  # "ad": b took no part
    check = existence(find=r"a(?P<e>c*)d", at="e")
    assert marked(on(check, {"text": "acd ad"})) == ["c"]  # "ad": e matched nothing


def test_an_empty_match_is_not_reported() -> None:
    assert on(existence(find="x*"), {"text": "abc"}) == []


def test_a_missing_group_in_fix_gives_empty_text() -> None:
    (hit,) = on(existence(find=r"(?P<a>a)(?P<b>b)?c", fix="[{a}{b}]"), {"text": "ac"})
    assert hit.values == {"a": "a", "b": "", "match": "ac", "fix": "[a]"}


def test_data_names_stand_for_literal_alternatives_longest_first() -> None:
    data = {"titles": ["Chief", "Chief  Constable", "C.C."]}
    check = existence(data, find="{titles}")
    text = "Chief Constable, the Chief, and the CC (C.C.)"
    assert marked(on(check, {"text": text})) == ["Chief Constable", "Chief", "C.C."]
    assert marked(on(check, {"text": "ChiefConstable"})) == ["Chief"]  # a space is needed


def test_a_property_class_is_not_a_data_name() -> None:
    check = existence(find=r"\p{Lu}{2,}")
    assert marked(on(check, {"text": "the HMICFRS report"})) == ["HMICFRS"]


def test_unless_excuses_words_of_a_list_in_any_case() -> None:
    data = {"excused": ["March", "may"]}
    check = existence(data, find=r"in (?P<word>\w+) (?P<n>\d+)", unless={"word": "excused"})
    found = on(check, {"text": "in MAY 2020, in march 2021, in Spring 2022"})
    assert marked(found) == ["in Spring 2022"]


def test_resume_lets_trailing_context_begin_the_next_match() -> None:
    pattern = r"(?P<a>[a-z]+)\.(?P<b>[A-Z][a-z]*)"
    text = "end.Start.Next"
    assert marked(on(existence(find=pattern), {"text": text})) == ["end.Start"]
    found = on(existence(find=pattern, resume="b"), {"text": text})
    assert marked(found) == ["end.Start", "tart.Next"]  # the next search starts at b


def test_resume_at_the_start_of_the_match_still_moves_on() -> None:
    found = on(existence(find=r"(?P<w>a)b", resume="w"), {"text": "abab"})
    assert marked(found) == ["ab", "ab"]
    found = on(existence(find=r"(?P<w>x?)ab", resume="w"), {"text": "abab"})
    assert marked(found) == ["ab", "ab"]  # the group is empty at the match's start


def test_find_any_reports_overlapping_matches_once_as_the_longest() -> None:
    data = {"marks": [r"\[XXX\]", "XXX", r"\?\?"]}
    check = existence(data, find_any="marks")
    found = on(check, {"text": "See [XXX] and XXX ?? done"})
    assert marked(found) == ["[XXX]", "XXX", "??"]
    assert on(check, {"text": "nothing here"}) == []


def test_of_overlapping_matches_from_one_place_the_longest_is_reported() -> None:
    check = existence({"marks": ["lorem", "lorem ipsum"]}, find_any="marks")
    assert marked(on(check, {"text": "lorem ipsum dolor, lorem"})) == ["lorem ipsum", "lorem"]


def test_find_any_with_one_pattern() -> None:
    check = existence({"marks": ["a+"]}, find_any="marks")
    assert marked(on(check, {"text": "a aa"})) == ["a", "aa"]


def test_find_any_patterns_that_cannot_be_joined_are_searched_one_by_one() -> None:
    data = {"marks": [r"\Q[x]", r"(?P<w>TBC)"]}  # \Q quotes to the end: joined, it breaks
    check = existence(data, find_any="marks")
    assert check._any is None
    assert marked(on(check, {"text": "[x] then TBC"})) == ["[x]", "TBC"]


def test_at_names_a_group_some_patterns_of_find_any_lack() -> None:
    data = {"marks": [r"\[(?P<inner>[^\]]+)\]", "TODO"]}
    found = on(existence(data, find_any="marks", at="inner"), {"text": "[name] TODO"})
    assert marked(found) == ["name", "TODO"]


def test_the_screen_answers_from_the_whole_draft() -> None:
    check = make(RANGE)
    assert check.may_report(context(question("There are 20 30 officers.")))
    assert not check.may_report(context(question("There are 20 officers.")))
    line_start = existence(find=r"^Note")  # ^ matches at each text's start in the screen
    assert line_start.may_report(context(question("Note this.")))


def test_anchors_to_a_text_edge_or_patterns_searched_one_by_one_are_not_screened() -> None:
    ctx = context(question("Nothing to see."))
    assert existence(find=r"\Aabc").may_report(ctx)
    assert existence(find=r"(?-m)^abc").may_report(ctx)
    unjoinable = {"marks": [r"\Q[x]", "TBC"]}
    assert existence(unjoinable, find_any="marks").may_report(ctx)
    assert not existence({"marks": [r"X{2,}", "TBC"]}, find_any="marks").may_report(ctx)


def test_exactly_one_of_find_and_find_any() -> None:
    assert "give exactly one of `find` or `find_any`" in rejected(
        {"type": "existence", "fields": ["a"]}
    )
    both = {"type": "existence", "fields": ["a"], "find": "x", "find_any": "template_placeholders"}
    assert "give exactly one of `find` or `find_any`" in rejected(both)
    assert rejected({"type": "existence", "fields": [], "find": "x"})


def test_patterns_and_group_names_are_checked_when_loaded() -> None:
    base = {"type": "existence", "fields": ["a"]}
    assert "is not accepted" in rejected({**base, "find": r"(a)\1"})  # RE2: no backreferences
    assert "is not accepted" in rejected({**base, "find_any": "bad"}, data={"bad": ["(a"]})
    for option in ({"at": "g"}, {"resume": "g"}, {"fix": "{g}"}, {"unless": {"g": "month_names"}}):
        message = rejected({**base, "find": "(?P<h>x)", **option})
        assert "the pattern has no group named 'g'" in message, option


def test_data_names_must_be_lists_of_text() -> None:
    base = {"type": "existence", "fields": ["a"]}
    assert "no pack data named 'nowhere'" in rejected({**base, "find": "{nowhere}"})
    assert "no pack data named 'nowhere'" in rejected({**base, "find_any": "nowhere"})
    message = rejected({**base, "find": "{pairs}"}, data={"pairs": {"a": "b"}})
    assert "pack data 'pairs' must be a list of phrases" in message
    message = rejected({**base, "find_any": "mixed"}, data={"mixed": ["a", 3]})
    assert "pack data 'mixed' must be a list of patterns (at 1)" in message
    unless = {**base, "find": "(?P<g>x)", "unless": {"g": "confused_words"}}
    assert "pack data 'confused_words' must be a list of words" in rejected(unless)


def test_of_matches_that_partly_overlap_the_first_is_reported_and_adjacent_ones_both() -> None:
    check = existence({"marks": ["ab", "bc", "d+"]}, find_any="marks")
    assert marked(on(check, {"text": "abc abdd"})) == ["ab", "ab", "dd"]


def test_longest_first_whatever_the_spacing_in_the_list() -> None:
    check = existence({"titles": ["Chief Officer", "Chief  Officer Team"]}, find="{titles}")
    assert marked(on(check, {"text": "the Chief Officer Team"})) == ["Chief Officer Team"]


def test_resume_moves_on_past_an_empty_match() -> None:
    found = on(existence(find=r"(?P<w>)x*", resume="w"), {"text": "axxbx"})
    assert marked(found) == ["xx", "x"]


def test_unless_and_fix_name_groups_that_only_some_patterns_of_find_any_have() -> None:
    data = {"marks": [r"\[(?P<inner>[^\]]+)\]", "TODO"], "fine": ["ok"]}
    check = existence(data, find_any="marks", unless={"inner": "fine"}, fix="<{inner}>")
    found = on(check, {"text": "[ok] [name] TODO"})
    assert [(hit.values["match"], hit.values["fix"]) for hit in found] == [
        ("[name]", "<name>"),
        ("TODO", "<>"),
    ]
