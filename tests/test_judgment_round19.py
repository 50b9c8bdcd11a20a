"""Round 19 of the judgment grammar (issue 16), on batch 17's failures: classes, not
sentences. Made-up sentences of this file's own."""

from __future__ import annotations

from typing import Any

import pytest

from peelcheck.prose.judgments import Grammar, grammar
from tests.judgment_helpers import (
    one_year_on_year_message,
    unqualified_grades,
    without,
    year_on_year,
)


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        (
            "Senior leaders acknowledged that the brigade's call handling requires improvement.",
            "acknowledged",
        ),
        ("Managers admitted that the brigade is inadequate at prevention.", "admitted"),
        ("Staff believed that the brigade is outstanding at protection.", "believed"),
    ],
)
def test_round_19_someone_else_s_view_in_the_past_tense_is_not_ours(
    reader: Grammar, grammar_data: dict[str, Any], text: str, verb: str
) -> None:
    assert unqualified_grades(reader, text) == []
    # pack data, not code: without its verb the sentence is read as a judgment again
    changed = grammar(without(grammar_data, ("attributions",), verb))
    assert unqualified_grades(changed, text) != []


def test_round_19_our_finding_accepted_is_still_ours(reader: Grammar) -> None:
    # what someone accepts or acknowledges may be our own finding: still our judgment
    assert unqualified_grades(
        reader,
        "The chief fire officer accepted our finding that the brigade's culture is inadequate.",
    ) == ["Inadequate"]
    assert unqualified_grades(
        reader, "Leaders acknowledged our judgment that the brigade is good at protection."
    ) == ["Good"]
    assert (
        unqualified_grades(
            reader, "Leaders acknowledged their own view that the brigade is good at protection."
        )
        == []
    )


@pytest.mark.parametrize(
    "text",
    [
        "HM Inspector of Constabulary said that Avon Fire Brigade was good at prevention.",
        "HM Inspector said that Avon Fire Brigade was good at prevention.",
    ],
)
def test_round_19_hm_inspector_speaks_for_the_inspectorate(reader: Grammar, text: str) -> None:
    assert unqualified_grades(reader, text) == ["Good"]


def test_round_19_someone_else_reported_in_the_past_is_still_not_read(reader: Grammar) -> None:
    text = "The chief fire officer said that Avon Fire Brigade was good at prevention."
    assert unqualified_grades(reader, text) == []


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        ("We graded it good for prevention.", "Good"),
        (
            "We have graded Avon Fire Brigade as outstanding for protecting the public.",
            "Outstanding",
        ),
        ("We rate the brigade adequate for making the best use of its resources.", "Adequate"),
        ("We graded it requires improvement.", "Requires improvement"),
    ],
)
def test_round_19_our_verb_of_grading_gives_its_object_a_grade_for_a_topic(
    reader: Grammar, text: str, grade: str
) -> None:
    assert unqualified_grades(reader, text) == [grade]


@pytest.mark.parametrize(
    "text",
    [
        # "good for" in its ordinary sense, no verb of grading before it
        "The brigade's new stations are good for the public.",
        "Avon Fire Brigade is good for the people of Bristol.",
    ],
)
def test_round_19_good_for_without_a_verb_of_grading_is_no_judgment(
    reader: Grammar, text: str
) -> None:
    assert unqualified_grades(reader, text) == []


def test_round_19_it_after_a_body_s_possessive_is_that_body(reader: Grammar) -> None:
    # a possessive is of one body ("council's"), so "it" refers back to it
    assert (
        unqualified_grades(reader, "The council's work is strong, and we have graded it good.")
        == []
    )
    assert unqualified_grades(
        reader, "The brigade's work is strong, and we have graded it good."
    ) == ["Good"]


@pytest.mark.parametrize(
    "text",
    [
        "Our main concern is the brigade's response to missing people, which we have graded inadequate.",
        "Its response to calls and the way it manages offenders, both of which we graded inadequate, are weak.",
        "Avon Fire Brigade's vetting is so weak that we grade it inadequate.",
        "Avon Fire Brigade's vetting and its complaints handling are so weak that we grade them inadequate.",
        "Its prevention and its protection work stand out: we graded both of them inadequate.",
    ],
)
def test_round_19_our_grade_of_what_the_sentence_opened_with(reader: Grammar, text: str) -> None:
    assert unqualified_grades(reader, text) == ["Inadequate"]


@pytest.mark.parametrize(
    "text",
    [
        # the pronoun refers back to someone else's work, or to no noun phrase of the subject
        "The council's plans and its budgets are weak, and we graded them inadequate.",
        "London Fire Brigade's plans are weak, and we graded them inadequate.",
        "The brigade's partners are weak, and we graded them inadequate.",
        "Partners said that plans are weak, and we graded them inadequate.",
    ],
)
def test_round_19_a_pronoun_of_someone_else_s_work_is_not_the_subject(
    reader: Grammar, text: str
) -> None:
    assert unqualified_grades(reader, text) == []


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        # "and" inside a noun phrase of the subject's work named after it
        ("The investigation of burglary and robbery by Avon Fire Brigade is good.", "Good"),
        # a noun of its work, "of" and the subject's possessive
        ("The quality of Avon Fire Brigade's safety audits is inadequate.", "Inadequate"),
        (
            "The standard of Avon Fire Brigade's audits requires improvement.",
            "Requires improvement",
        ),
    ],
)
def test_round_19_a_noun_phrase_of_the_subject_s_work_read_whole(
    reader: Grammar, text: str, grade: str
) -> None:
    assert unqualified_grades(reader, text) == [grade]


@pytest.mark.parametrize(
    "text",
    [
        # someone else's possessive after the noun, or a longer phrase before "of"
        "The quality of London Fire Brigade's safety audits is inadequate.",
        "The quality of the council's safety audits is inadequate.",
        "Compared with the rest of Avon Fire Brigade's work, the council's audits are inadequate.",
        "The investigation of burglary and the council's audits by Avon Fire Brigade is good.",
        "Public confidence in the quality of Avon Fire Brigade's investigations is good.",
    ],
)
def test_round_19_someone_else_s_noun_phrase_stays_unread(reader: Grammar, text: str) -> None:
    assert unqualified_grades(reader, text) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Public confidence in the quality of its investigations is good.", "confidence"),
        ("Victim satisfaction with its response is outstanding.", "satisfaction"),
    ],
)
def test_round_19_the_public_s_view_of_the_work_is_not_the_work(
    reader: Grammar, grammar_data: dict[str, Any], text: str, word: str
) -> None:
    assert unqualified_grades(reader, text) == []
    changed = grammar(without(grammar_data, ("not_subjects",), word))
    assert unqualified_grades(changed, text) != []


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        (
            "Its safety audits fall short of what we expect of a good fire and rescue service.",
            "Requires improvement",
        ),
        (
            "Its safety audits fall short of what we expect of a good service.",
            "Requires improvement",
        ),
        (
            "Avon Fire Brigade is shown by our inspection to be inadequate at prevention.",
            "Inadequate",
        ),
    ],
)
def test_round_19_words_inside_and_negative_judgments_written_another_way(
    reader: Grammar, text: str, grade: str
) -> None:
    assert unqualified_grades(reader, text) == [grade]


def test_round_19_its_after_another_force_or_service_named_first(reader: Grammar) -> None:
    other = "Bristol Fire Service runs the control room for the area, and we graded its call handling as good."
    assert unqualified_grades(reader, other) == []
    police = "Avon and Somerset Police answers the calls, and its call handling is good."
    assert unqualified_grades(reader, police) == []
    # the subject named first, or named again before the pronoun: its own
    own = "Avon Fire Brigade runs the control room, and we graded its call handling as good."
    assert unqualified_grades(reader, own) == ["Good"]
    again = "Bristol Fire Service trains the crews of Avon Fire Brigade, and its training is good."
    assert unqualified_grades(reader, again) == ["Good"]


@pytest.mark.parametrize(
    ("summary", "grade", "previous", "words"),
    [
        # the move and this year's grade first, last year's after "from"
        (
            "The service has moved up to good from requires improvement.",
            "Outstanding",
            "Requires improvement",
            "this year's grade as Good",
        ),
        (
            "The service has moved up to good from requires improvement.",
            "Good",
            "Good",
            "last year's grade as Requires improvement",
        ),
        (
            "The service went down a grade in prevention, to requires improvement.",
            "Good",
            "Good",
            "went down a grade",
        ),
        # a grade kept with "the", and "as we did"
        (
            "The service keeps the outstanding grade it earned in 2019.",
            "Good",
            "Good",
            "last year's grade as Outstanding",
        ),
        ("We grade the service inadequate, as we did in 2019.", "Inadequate", "Good", "as we did"),
    ],
)
def test_round_19_year_on_year_in_other_words(
    summary: str, grade: str, previous: str, words: str
) -> None:
    assert words in one_year_on_year_message(summary, grade, previous)


@pytest.mark.parametrize(
    ("summary", "grade", "previous"),
    [
        (
            "The service has moved up to good from requires improvement.",
            "Good",
            "Requires improvement",
        ),
        (
            "The service keeps the outstanding grade it earned in 2019.",
            "Outstanding",
            "Outstanding",
        ),
        ("We grade the service inadequate, as we did in 2019.", "Inadequate", "Inadequate"),
    ],
)
def test_round_19_year_on_year_in_other_words_agreeing_with_the_grades(
    summary: str, grade: str, previous: str
) -> None:
    assert year_on_year(summary, grade, previous) == []


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        # a grade denied, then the grade given
        (
            "Its approach to vetting is not good enough and requires improvement.",
            "Requires improvement",
        ),
        ("Its audits are simply not good enough and require improvement.", "Requires improvement"),
        # our verb with an agent, or with "decided to"
        ("Avon Fire Brigade is considered by the inspectorate to be good at prevention.", "Good"),
        ("We have decided to grade Avon Fire Brigade good for how it treats the public.", "Good"),
    ],
)
def test_round_19_judgments_in_more_words(reader: Grammar, text: str, grade: str) -> None:
    assert unqualified_grades(reader, text) == [grade]


@pytest.mark.parametrize(
    "text",
    [
        "The council's approach to vetting is not good enough and requires improvement.",
        "Partners asked us to grade Avon Fire Brigade as outstanding.",
        "It is too early for us to grade it good.",
        "Partners have decided to grade Avon Fire Brigade good.",
    ],
)
def test_round_19_near_misses_stay_unread(reader: Grammar, text: str) -> None:
    assert unqualified_grades(reader, text) == []
