"""Round 41 of the judgment grammar (issue 16), on batch 37's failures (grades standing far
from their subjects) and the tuning part's past tenses: a quotation opened by a straight
apostrophe, our own conclusion ("we concluded that"), a past copula read only of the subject
itself or its own work in a sentence naming no time, and an attribution another body owns.
Made-up sentences of this file's own."""

from __future__ import annotations

import pytest

from peelcheck.prose.judgments import Grammar
from tests.judgment_helpers import grades_read, unqualified_grades


def test_round_41_a_quotation_opened_by_an_apostrophe(reader: Grammar) -> None:
    text = "HM Inspector said: 'Avon Fire Brigade is good at preventing fires, and I thank it.'"
    assert unqualified_grades(reader, text) == ["Good"]
    # near miss: someone else's quotation stays theirs
    text = "A councillor said: 'Avon Fire Brigade is good at preventing fires.'"
    assert grades_read(reader, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "We concluded that the brigade's approach to the wellbeing of its staff was good.",
        "We have concluded that the brigade is good at preventing fires.",
        "Its supervision of crews' use of breathing apparatus was, we concluded, good.",
        # our own voice before the attribution, mid-sentence
        "Avon Fire Brigade, we have concluded, is good at preventing fires.",
        "Although it has a new plan, we have concluded that its prevention work is good.",
    ],
)
def test_round_41_our_own_conclusion(reader: Grammar, text: str) -> None:
    assert unqualified_grades(reader, text) == ["Good"]


def test_round_41_someone_elses_conclusion_is_theirs(reader: Grammar) -> None:
    text = "The fire authority concluded that the brigade's prevention work was good."
    assert grades_read(reader, text) == []


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        ("Avon Fire Brigade was good at working with communities to prevent fires.", "Good"),
        ("Its approach to vetting and counter-corruption was inadequate.", "Inadequate"),
        ("The brigade's fire safety audits and enforcement work were both adequate.", "Adequate"),
    ],
)
def test_round_41_a_past_copula_of_the_subject_or_its_work(
    reader: Grammar, text: str, grade: str
) -> None:
    assert unqualified_grades(reader, text) == [grade]


@pytest.mark.parametrize(
    "text",
    [
        # another year's: a time anywhere in the sentence
        "Avon Fire Brigade was good in its 2018/19 assessment.",
        "Its protection work was inadequate when we last inspected.",
        # an earlier time's: the pluperfect
        "The brigade's response to the flooding had been outstanding.",
        # not the subject's own work: a bare noun phrase in the past is what we saw
        "The quality of the food provided to detainees was good.",
        "The standard of the investigation files was good.",
        "Crews were good at explaining fire safety to residents.",
    ],
)
def test_round_41_a_past_copula_reads_nothing_else(reader: Grammar, text: str) -> None:
    assert grades_read(reader, text) == []


def test_round_41_the_present_still_reads_a_bare_noun_phrase(reader: Grammar) -> None:
    # near miss of the bare noun phrase above: in the present, "Investigating crime is good"
    # is the subject's work, as before
    assert unqualified_grades(reader, "Preventing fires is good.") == ["Good"]


def test_round_41_an_attribution_another_body_owns(reader: Grammar) -> None:
    text = (
        "Our starting point was the brigade's own assessment that it is outstanding at"
        " preventing fires."
    )
    assert grades_read(reader, text) == []
    # near miss: our own assessment is ours
    text = "Our own assessment is that the brigade is outstanding at preventing fires."
    assert unqualified_grades(reader, text) == ["Outstanding"]


def test_round_41_an_account_of_others_after_the_grade(reader: Grammar) -> None:
    text = "Its handling of the flooding was good, by the accounts of those affected."
    assert grades_read(reader, text) == []
