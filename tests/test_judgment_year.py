"""Round 10: year-on-year sentences the judgment grammar reads as this year's grade (an
opening time up to now, a quoted move, our move of the grade), and what it still refuses."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from peelcheck.packs.load import builtin_pack_names, load_ruleset
from peelcheck.prose.judgments import Grammar, grammar


@pytest.fixture(scope="module")
def data() -> dict[str, Any]:
    loaded = load_ruleset(builtin_pack_names()).pack_data.data["judgment_grammar"]
    assert isinstance(loaded, dict)
    return loaded


@pytest.fixture(scope="module")
def reader(data: dict[str, Any]) -> Grammar:
    return grammar(data)


def _grades(reader: Grammar, text: str, subject: str = "Bedfordshire Police") -> list[str]:
    return [j.grade for j in reader.read(text, 0, len(text), subject) if not j.qualified]


@pytest.mark.parametrize(
    ("text", "grades"),
    [
        # an opening time that runs up to now leaves the force the subject
        (
            "Since 2021/22 the force has slipped from adequate to inadequate in managing "
            "offenders and suspects.",
            ["Inadequate"],
        ),
        ("Since our last inspection the force has become good at recording crime.", ["Good"]),
        ("Since 2019 Bedfordshire Police has been good at investigating crime.", ["Good"]),
        # another year's time is no opening of this year's judgment
        ("In 2019 the force was good at investigating crime.", []),
        # a move between quoted grades (real: Bedfordshire FRS)
        (
            "We are pleased with the progress that the service has made in going from "
            "‘requires improvement’ to ‘good’.",
            ["Good"],
        ),
        # our move of its grade
        (
            "We have raised the force’s grade for legitimacy from requires improvement to good.",
            ["Good"],
        ),
        ("We lowered its grade from good to requires improvement in 2019.", []),
        # another year's marker inside the judged noun phrase: that grade is another year's
        (
            "Bedfordshire Police is good at protecting vulnerable people, a rise from last "
            "year’s grade of requires improvement.",
            ["Good"],
        ),
        # a present verb after the marker: this year's
        (
            "The force, which was judged good last year, is now outstanding at protecting "
            "children.",
            ["Outstanding"],
        ),
        ("We have raised concerns from partners to good effect.", []),
        # an adverb inside the perfect: the judgment as before, or as well
        (
            "Bedfordshire Police has again been judged outstanding in how well it treats "
            "the public.",
            ["Outstanding"],
        ),
        ("Bedfordshire Police has also been found to be good at this.", ["Good"]),
        ("Partners have also been good at this.", []),
    ],
)
def test_year_on_year_this_years_grade(reader: Grammar, text: str, grades: list[str]) -> None:
    assert _grades(reader, text) == grades


def test_the_opening_times_are_pack_data(data: dict[str, Any]) -> None:
    text = "Since 2021/22 the force has slipped from adequate to inadequate in managing offenders."
    changed = copy.deepcopy(data)
    changed["before_subject"] = [w for w in changed["before_subject"] if "{year}" not in w]
    assert _grades(grammar(changed), text) == []


def test_our_moves_are_pack_data(data: dict[str, Any]) -> None:
    text = "We have raised the force’s grade for legitimacy from requires improvement to good."
    changed = copy.deepcopy(data)
    changed["moves"] = [w for w in changed["moves"] if w != "raised"]
    assert _grades(grammar(changed), text) == []


# Round 10: a negative judgment written as "not yet" the grade above
@pytest.mark.parametrize(
    ("text", "grades"),
    [
        (
            "Bedfordshire Police is not yet good at keeping people safe and reducing crime.",
            ["Requires improvement"],
        ),
        (
            "The force is not yet good at recording crime, and so requires improvement.",
            ["Requires improvement"],
        ),
        # "not yet good" after another grade, no subject before it: that grade alone
        (
            "In our view, the constabulary’s work to protect vulnerable people is adequate, "
            "but not yet good.",
            ["Adequate"],
        ),
        # without "yet", no grade (real: "Its management of sickness absence is not good
        # enough" is labelled no judgment)
        ("Its management of sickness absence is not good enough.", []),
    ],
)
def test_not_yet_the_grade_above(reader: Grammar, text: str, grades: list[str]) -> None:
    assert _grades(reader, text) == grades


def test_a_verb_holding_another_grades_word_keeps_the_screen(reader: Grammar) -> None:
    # "good" of "is not yet good" is no key word of requires improvement: a good judgment
    # under that grade is still read
    assert reader.may_state_other_than("The force is good at X.", "Requires improvement")
    assert not reader.may_state_other_than("It requires improvement.", "Requires improvement")


# Issue 21, round 10: a narrative's sentences are read only when they hold a word of a grade
# other than the question's; the rest can state that grade alone
def test_only_sentences_with_another_grades_word_are_read(reader: Grammar) -> None:
    text = (
        "The force is inadequate at protecting children. It has good processes. "
        "Its work with partners is adequate. Officers need more training."
    )
    ends = [text.index(".", 0) + 1]
    while len(ends) < 4:
        ends.append(text.index(".", ends[-1]) + 1)
    spans = list(zip([0] + [e + 1 for e in ends[:-1]], ends, strict=True))
    assert text[spans[-1][0] : spans[-1][1]] == "Officers need more training."
    # "adequate" inside "inadequate" is no word of another grade
    assert reader.containing(text, spans, "Inadequate") == spans[1:3]
    assert reader.containing(text, spans, "Good") == [spans[0], spans[2]]
    assert reader.containing(text, spans) == spans[:3]
    # a grade of no scale: any grade's word
    assert reader.containing(text, spans, "Not graded") == spans[:3]
