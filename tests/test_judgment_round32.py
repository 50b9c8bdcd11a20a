"""Round 32 of the judgment grammar (issue 16), on the tuning part's largest class of misses:
headings with no verb ("Value for money: adequate", "Requires improvement – responding to
fires"), a fifth of every judgment rule's misses. Classes, not sentences; made-up sentences
of this file's own."""

from __future__ import annotations

from typing import Any

import pytest

from peelcheck.prose.judgments import Grammar, grammar
from tests.judgment_helpers import all_qualified, grades_read, unqualified_grades


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        # any area before a colon or a dash, naming no one else: a heading names an area
        ("Value for money: adequate.", "Adequate"),
        ("Fairness and respect towards the people it serves: good.", "Good"),
        ("Wellbeing support for staff across the brigade – outstanding.", "Outstanding"),
        ("Getting the right people with the right skills – graded good.", "Good"),
        # a list of areas, with commas
        ("Fire safety audits, enforcement and building control: adequate.", "Adequate"),
        # a question of the framework, its doer the subject
        (
            "Where the brigade stands on protecting the public: requires improvement.",
            "Requires improvement",
        ),
        ("How quickly and fairly Avon Fire Brigade deals with complaints: good.", "Good"),
        # after a lead of a few plain words, or of the subject's name
        ("At a glance – responding to emergencies: inadequate.", "Inadequate"),
        ("Avon Fire Brigade: understanding risk – good.", "Good"),
        ("Avon Fire Brigade on responding to emergencies: inadequate.", "Inadequate"),
        # and a grade's object after it ("good for", not only "good at")
        ("Overall: good for prevention and for protection.", "Good"),
        # a grade first, then the area it is given to
        (
            "Requires improvement – responding to fires and other emergencies.",
            "Requires improvement",
        ),
        ("Adequate: how the brigade builds, supports and protects its workforce.", "Adequate"),
        # a grade first, then our words summing it up before the subject (pack data)
        ("Good – that is how we would sum up Avon Fire Brigade's prevention work.", "Good"),
        ("Inadequate: that is our assessment of the brigade's protection work.", "Inadequate"),
        ("In a word, inadequate: that sums up the brigade's fire safety audits.", "Inadequate"),
    ],
)
def test_round_32_headings_are_read(reader: Grammar, text: str, grade: str) -> None:
    assert unqualified_grades(reader, text) == [grade]


@pytest.mark.parametrize(
    "text",
    [
        # someone else named in the heading or its lead
        "Its partners: good.",
        "The regional fire control unit: outstanding.",
        "The council's approach to licensing: good.",
        "Wiltshire Police's response to fires: good.",
        "Devon and Somerset Fire and Rescue Service: understanding risk – good.",
        "How well the fire authority works with the brigade's partners: good.",
        "The extent to which its partners share data is: good.",
        # another time's, or a figure's
        "Last time: good.",
        "In 2019: prevention – good.",
        "Previous grade for this area: inadequate.",
        "Last round's grades: response, good; prevention, good.",
        "Table 2 – good.",
        # a lead denied, or a clause for a heading
        "Not a good picture: prevention, inadequate.",
        "The chief fire officer told us his view: outstanding.",
        # a clause after a grade that opens the sentence, or no area named
        "Good – but not yet outstanding.",
        "Outstanding – a word we use rarely.",
        "Good: the council's approach to licensing.",
        "Good or outstanding: that is what the people we spoke to expect the brigade to be.",
        # a list heading's words that are a clause are read as one
        "Far from being good, the brigade's approach to audits leaves the public at risk.",
    ],
)
def test_round_32_near_misses_are_not_read(reader: Grammar, text: str) -> None:
    assert grades_read(reader, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # headings listed one after another, after a semicolon
        "Values and culture: outstanding; fairness and diversity: good.",
        "Overall: prevention, good; protection, adequate; response, good.",
        # grades listed with what each grades after it
        "In short: outstanding on prevention, good on protection, and inadequate on response.",
    ],
)
def test_round_32_listed_headings_are_second_grades(reader: Grammar, text: str) -> None:
    assert all_qualified(reader, text), grades_read(reader, text)


def test_round_32_a_clause_after_a_lead_is_no_list_heading(reader: Grammar) -> None:
    # "we now grade it" before "adequate," is our verb's reading, not a heading's
    text = (
        "The brigade has left the inadequate bracket for prevention: we now grade it adequate,"
        " up from inadequate in 2022."
    )
    assert unqualified_grades(reader, text) == ["Adequate"]


def test_round_32_headings_give_their_own_words(reader: Grammar) -> None:
    # a heading after another's semicolon begins at its own area, not at the lead
    text = "Values and culture: outstanding; fairness and diversity: good."
    read = reader.read(text, 0, len(text), "Avon Fire Brigade")
    assert [text[j.start : j.end] for j in read] == [
        "Values and culture: outstanding",
        "fairness and diversity: good",
    ]


@pytest.mark.parametrize(
    ("frame", "text"),
    [
        (
            "{grade} – that is how we {few} {name}",
            "Good – that is how we would sum up Avon Fire Brigade's prevention work.",
        ),
        (
            "{grade}: that is our {few} {name}",
            "Inadequate: that is our assessment of the brigade's protection work.",
        ),
    ],
)
def test_round_32_summing_up_is_pack_data(
    grammar_data: dict[str, Any], frame: str, text: str
) -> None:
    changed = dict(grammar_data, frames=[f for f in grammar_data["frames"] if f != frame])
    assert len(changed["frames"]) == len(grammar_data["frames"]) - 1
    assert grades_read(grammar(changed), text) == []


def test_explain_says_how_headings_are_read(reader: Grammar) -> None:
    described = reader.describe()
    assert "headings with no verb" in described and "Value for money: adequate" in described
