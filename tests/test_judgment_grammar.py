"""The judgment grammar read directly (issue 16): which words state a grade of the subject."""

from __future__ import annotations

from typing import Any

import pytest

from peelcheck.packs.load import builtin_pack_names, load_ruleset
from peelcheck.prose.judgments import Grammar, grammar
from tests.judgment_helpers import year_on_year

GWENT_2017 = ("PEEL", "2017", "Gwent Police", "Legitimacy")


def _read(reader: Grammar, text: str, subject: str = "Gwent Police") -> list[tuple[str, str]]:
    return [(j.grade, text[j.start : j.end]) for j in reader.read(text, 0, len(text), subject)]


@pytest.mark.parametrize(
    ("text", "grade", "words"),
    [
        # the shapes, and real wording where there is some
        (
            "Its response to missing children is outstanding.",
            "Outstanding",
            "Its response to missing children is outstanding",
        ),
        (
            "However, the way it tackles serious and organised crime requires improvement.",
            "Requires improvement",
            "the way it tackles serious and organised crime requires improvement",
        ),
        (
            "The extent to which the force is effective at reducing crime and keeping people safe is good.",
            "Good",
            "The extent to which the force is effective at reducing crime and keeping people safe is good",
        ),
        (
            "The manner in which the force safeguards children at risk of exploitation is outstanding.",
            "Outstanding",
            "The manner in which the force safeguards children at risk of exploitation is outstanding",
        ),
        (
            "Gwent Police is, in our view, good at making best use of its resources.",
            "Good",
            "Gwent Police is, in our view, good at making best use of its resources",
        ),
        (
            "The force is now good at investigating crime.",
            "Good",
            "The force is now good at investigating crime",
        ),
        (
            "We consider the constabulary to be outstanding in the way it plans for the future.",
            "Outstanding",
            "We consider the constabulary to be outstanding in the way it plans for the future",
        ),
        (
            "We have assessed its approach as inadequate.",
            "Inadequate",
            "We have assessed its approach as inadequate",
        ),
        (
            "The force’s response to anti-social behaviour, which we judge to be inadequate, is a cause of concern.",
            "Inadequate",
            "The force’s response to anti-social behaviour, which we judge to be inadequate",
        ),
        (
            "The constabulary falls short of what we expect of a good force in how it supervises investigations.",
            "Requires improvement",
            "The constabulary falls short of what we expect of a good force in how it supervises investigations",
        ),
        (
            "Gwent Police gives an inadequate service when it responds to calls from the public.",
            "Inadequate",
            "Gwent Police gives an inadequate service when it responds to calls from the public",
        ),
        (
            "Kent FRS is good at providing an effective service.",
            "Good",
            "Kent FRS is good at providing an effective service",
        ),
    ],
)
def test_reads_the_judgment_and_its_words(
    reader: Grammar, text: str, grade: str, words: str
) -> None:
    subject = "Kent Fire and Rescue Service" if "FRS" in text else "Gwent Police"
    assert _read(reader, text, subject)[0] == (grade, words)


@pytest.mark.parametrize(
    "text",
    [
        "Leaders told us the force is “outstanding at” supporting victims, but we did not find this.",
        "The force believes it is good at protecting vulnerable people.",
        "The regional organised crime unit is outstanding at disrupting organised crime groups.",
        "South Wales Police, which manages one offender on the force’s behalf, is good at this work.",
        "In 2017, we judged Kent Police as good at preventing crime and tackling anti-social behaviour.",
        "Our overall judgment is the same as last year, when we judged the force to be good.",
        "It is good practice for supervisors to review every missing person report within 24 hours.",
        "Several recommendations from our 2019 inspection remain outstanding.",
        "Officers are good at making sure immediate safeguarding is carried out.",
        "Kent FRS’s average response time to primary fires is good.",
        "The force is not good at recording crime.",
        # an apposition judges the name before it, not the possessor's noun phrase (real)
        "Shropshire Fire and Rescue Service, its partner in the joint fire control, is good at mobilising resources.",
        "The new case management system requires improvement to its search functions before it can be rolled out.",
        # a verb between the possessor and the frame: what is graded is not read, so no judgment
        "Its approach to neighbourhood policing is new and the outcome is good.",
        "Its chief officer said the response to missing children is good.",
        # another name than the subject's
        "North Gwent Police is good at preventing crime.",  # another name ending in it
        "Gwent Policeman is good at preventing crime.",
        "Gwent Police’s neighbour is good at preventing crime.",
        # a negation the grammar cannot scope, before the judgment in its clause
        "It is not clear that the force is good at protecting vulnerable people.",
        "We are not convinced that the force is good at preventing crime.",
        "There is no evidence that the force is outstanding at engaging with communities.",
        "We haven't seen evidence that the force is good at this.",
        # a condition
        "If investigation is good, victims are more likely to support prosecutions.",
        "When the quality of investigation is good, victims are more likely to support prosecutions.",
        # a duty, a plan, an aim
        "The force should make sure that its investigations are good.",
        "The force aims to ensure that its response to victims is outstanding.",
        "Gwent Police plans to ensure that its call handling is good by 2026.",
        # a question
        "Do we consider the force to be good at preventing crime?",
        "Investigation is good?",
        # by construction (a frame needs its link straight before the grade): a comparison,
        # the future, an ambition
        "The force is better than good at supporting victims.",
        # ("Its response to victims is no better than adequate" was here until round 35:
        # every hand of the corpus reads it as adequate, test_judgment_round35.py)
        "The force will be outstanding at this when the new system is in place.",
        "The force's ambition is that its response to victims will be outstanding.",
        # someone else's view, after the judgment or opening the sentence
        "The force is good at this, according to the chief constable.",
        "According to its own review, the force is good at this.",
        "The force is good at this, its own survey says.",
        "The force is considered good at this by its partners.",
        "Partners reported that the force is good at sharing information.",
        "The force is confident that it is good at this.",
        "Senior leaders know that the force is good at this.",
        "The force recognises that its approach requires improvement.",
        # another time, a grade word in another sense, an intention rather than work done
        "The force has been judged good at this in the past.",
        "Previously, we judged it to be good.",
        "We judged the force to be good at this in our last inspection.",
        "Our previous judgment was that the force is good at this.",
        "We consider its plans to be good.",
        "Its neighbouring force is good at this.",
        "Its actions from our last inspection remain outstanding.",
        "The force is good enough at recording crime.",
        "Its intentions are good.",
        "The force's aspiration is good.",
        "Its morale is good.",
        # a noun phrase pointing back to something said before, or someone else's
        "This approach is good.",
        "Their response is good.",
    ],
)
def test_reads_no_judgment_of_the_subject(reader: Grammar, text: str) -> None:
    assert _read(reader, text) == []


def test_two_grades_in_a_sentence_are_qualified_and_offsets_are_in_the_text(
    reader: Grammar,
) -> None:
    text = "Intro. The force is good at A, but requires improvement at B."
    found = reader.read(text, 7, len(text), "Gwent Police")
    assert [(j.grade, j.qualified) for j in found] == [
        ("Good", True),
        ("Requires improvement", True),
    ]
    assert text[found[0].grade_start : found[0].grade_end] == "good"


def test_a_malformed_grammar_is_a_readable_error() -> None:
    data: dict[str, Any] = {
        "grades": {"Good": ["good"]},
        "links": ["is"],
        "frames": "x",
        "subjects": [],
    }
    with pytest.raises(ValueError, match=r"pack data 'g' is no judgment grammar: .*at frames"):
        grammar(data, "g")


@pytest.mark.parametrize(
    ("text", "subject", "grade"),
    [
        # the subject's name as written: "&" for "and", any white space, curly apostrophes
        (
            "Avon & Somerset Constabulary is good at preventing crime.",
            "Avon and Somerset Constabulary",
            "Good",
        ),
        (
            "Avon and\nSomerset is good at preventing crime.",
            "Avon and Somerset Constabulary",
            "Good",
        ),
        (
            "Kent FRS’s response to fires is outstanding.",
            "Kent Fire and Rescue Service",
            "Outstanding",
        ),
        # a letter whose lower case is longer than itself before the name: read exactly
        ("İnspection found Gwent Police is good at preventing crime.", "Gwent Police", "Good"),
        # a change of grade stated with the grade it came to (batch 2 wording)
        (
            "Suffolk Constabulary has moved up a grade and is now good at protecting vulnerable people.",
            "Suffolk Constabulary",
            "Good",
        ),
        (
            "Nottinghamshire Fire and Rescue Service has slipped to requires improvement in how it looks after its people.",
            "Nottinghamshire Fire and Rescue Service",
            "Requires improvement",
        ),
    ],
)
def test_reads_the_subject_as_named_and_the_grade_reached(
    reader: Grammar, text: str, subject: str, grade: str
) -> None:
    assert [g for g, _ in _read(reader, text, subject)] == [grade]


def test_screens_look_for_a_telling_word_of_each_grade(reader: Grammar) -> None:
    """Not "service" or "very" (in most sentences), but a word each grade's phrases hold."""
    service = "The service is committed to its communities and works very well with partners."
    assert not reader.may_state_other_than(service, None)
    falls_short = "The service falls short of what we expect of a good service in prevention."
    assert reader.may_state_other_than(falls_short, "Good")


@pytest.mark.parametrize(
    ("text", "subject", "expected"),
    [
        # hedges after the judgment, or in a clause of their own, leave it a judgment (real)
        (
            "Essex Police is good at preventing crime and tackling anti-social behaviour (ASB), but could do more to share learning and good practice.",
            "Essex Police",
            ["Good"],
        ),
        (
            "I must immediately address the grade of inadequate we have given to the service for efficiency.",
            "Kent Fire and Rescue Service",
            ["Inadequate"],
        ),
        (
            "Although it has not yet met every recommendation, the force is good at preventing crime.",
            "Gwent Police",
            ["Good"],
        ),
        # a negated further grade is not read as a second judgment ("not yet good at B")
        (
            "The force is good at preventing crime and not yet good at investigating it.",
            "Gwent Police",
            ["Good"],
        ),
        # "the force's" noun phrase holding a verb is not read as judged ("had been good")
        (
            "We found that the force's investigations, which had been good, now require improvement.",
            "Gwent Police",
            ["Requires improvement"],
        ),
    ],
)
def test_reads_the_judgment_beside_a_hedge(
    reader: Grammar, text: str, subject: str, expected: list[str]
) -> None:
    assert [grade for grade, _ in _read(reader, text, subject)] == expected


def test_an_agent_that_is_no_one_s_view_leaves_the_judgment(reader: Grammar) -> None:
    text = "The force is good at investigating crimes reported by victims."
    assert [g for g, _ in _read(reader, text)] == ["Good"]


def test_every_grammar_rule_reads_the_subject_s_other_names() -> None:
    # the list is said once in rules/narrative.yaml (a YAML anchor): each rule that reads
    # judgments with the grammar names it, so a former name reads as the subject everywhere

    rules = [r for r in load_ruleset(builtin_pack_names()).rules if r.pack == "narrative"]
    readers = {r.id: r.spec.check for r in rules if getattr(r.spec.check, "grammar", None)}
    assert (
        len(readers) == 7
    )  # previous-grade-statement (round 5), summary-page-contradicts-pillar (7)
    tables = {r: [(t.table, tuple(t.columns)) for t in c.other_names] for r, c in readers.items()}
    expected = [("forces", ("force_name", "aliases")), ("services", ("service_name", "aliases"))]
    assert all(found == expected for found in tables.values()), tables


def test_a_continuation_after_a_judgment_is_not_read_as_a_coordinated_one(
    reader: Grammar,
) -> None:
    # real wording (sentences.yaml j0445): the second judgment's words are its own, so a
    # summary's topics are paired with the right grade; a first verb phrase of the subject
    # joined by "and" is read only when it holds no judgment itself (Dorset 2016, j0726)
    text = (
        "The force is inadequate at answering calls from the public and requires improvement"
        " at investigating crime."
    )
    second = "requires improvement at investigating crime"
    assert [words for _, words in _read(reader, text)][1:] == [second]
    coordinated = "It protects vulnerable people well and is good at tackling organised crime."
    assert _read(reader, coordinated) == [("Good", coordinated[:-1])]


def test_as_in_an_earlier_year_compares_and_leaves_the_judgment_this_year_s(
    reader: Grammar,
) -> None:
    # "As in 2016, we judge ...": the year is the comparison's, the judgment is this year's
    as_in = "As in 2016, we judge the force to be outstanding at protecting people."
    assert _read(reader, as_in) == [
        ("Outstanding", "we judge the force to be outstanding at protecting people")
    ]
    assert _read(reader, "Gwent Police is good at this, as it was in 2017.") == [
        ("Good", "Gwent Police is good at this")
    ]
    # an earlier year's judgment stays unread
    assert _read(reader, "In 2016, we judged the force to be outstanding at it.") == []
    assert _read(reader, "In 2016 the force was good at protecting people.") == []


@pytest.mark.parametrize(
    ("text", "grade", "words"),
    [
        (
            "Gwent Police is good at protecting people but its response times are slower than"
            " in 2017.",
            "Good",
            "Gwent Police is good at protecting people",
        ),
        (
            "The force requires improvement at investigating crime although it does better"
            " than at our last inspection.",
            "Requires improvement",
            "The force requires improvement at investigating crime although it does better"
            " than at our last inspection",
        ),
    ],
)
def test_an_earlier_year_in_a_clause_of_its_own_after_the_grade_dates_no_judgment(
    reader: Grammar, text: str, grade: str, words: str
) -> None:
    # a conjunction opens a clause of its own: its year compares, it does not date the grade
    # (a real page: "... requires improvement in keeping people safe and reducing crime but
    # in general its performance is better than in 2016.")
    assert _read(reader, text) == [(grade, words)]
    # the year in the grade's own clause still dates it
    assert _read(reader, "Gwent Police is good at protecting people in 2017 but not now.") == []


def test_a_we_frame_is_read_from_a_later_we(reader: Grammar) -> None:
    # the first "we" opens no judgment of the subject; the second does
    text = (
        "This is the first time we have graded the force on its use of resources, "
        "and we judge it to be good."
    )
    assert _read(reader, text) == [("Good", "we judge it to be good")]


@pytest.mark.parametrize(
    ("summary", "grade"),
    [
        # round 12: a comparison with an earlier time, or the same grade again
        (
            "The force continues to require improvement at vetting, as it did in 2016.",
            "Requires improvement",
        ),
        ("Like last year, the force is good at treating the public fairly.", "Good"),
        ("For the second inspection running, we judge the force to be good at this.", "Good"),
    ],
)
def test_the_same_grade_as_an_earlier_time(summary: str, grade: str) -> None:
    assert year_on_year(summary, grade, grade, GWENT_2017) == []
    assert year_on_year(summary, grade, "Inadequate", GWENT_2017) != []


def test_a_qualified_grade_after_now_is_no_grade_of_the_whole() -> None:
    # a real page (Lincolnshire, PEEL 2017 legitimacy, graded good) was told its summary gave
    # this year's grade as requires improvement: "... which is more positive than last year's
    # assessment although it now requires improvement in some of the aspects of ..."
    qualified = (
        "The service is good at prevention, which is better than last year's assessment"
        " although it now requires improvement in some aspects of its protection work."
    )
    assert year_on_year(qualified, "Good", "Requires improvement") == []
    # any qualification the grammar reads, not only a part named: "now generally good"
    generally = (
        "The service is now generally good at prevention, which is better than last year's"
        " assessment."
    )
    assert year_on_year(generally, "Requires improvement", "Inadequate") == []
    # unqualified, "now" still gives this year's grade
    whole = "The service now requires improvement, which is better than last year's assessment."
    assert year_on_year(whole, "Good", "Inadequate") == [
        "the summary says 'better than last year' but it gives this year's grade as"
        " Requires improvement and grade is Good; correct the sentence or the grades"
    ]
