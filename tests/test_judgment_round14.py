"""Round 14 of the judgment grammar (issue 16): classes of phrasing read from fresh wording,
each a made-up sentence of this file's own, with its near miss that must give no grade."""

from __future__ import annotations

from typing import Any

import pytest

from peelcheck.prose.judgments import Grammar, grammar
from tests.judgment_helpers import unqualified_grades, without, year_on_year

# group 1: the classes round 13 left
CLASSES = [
    # the grade first, then "that is" (or "it is") the grade we give
    (
        "Requires improvement: that is the grade we give the brigade for training.",
        ["Requires improvement"],
    ),
    ("Adequate – it is the grade we give the brigade for its fleet.", ["Adequate"]),
    ("Good: that is the grade we give the county council for its plans.", []),
    # a grade kept, named after "at"
    ("The brigade's grade for hoax calls is unchanged, at outstanding.", ["Outstanding"]),
    ("Its grade for fire safety audits remains at adequate.", ["Adequate"]),
    ("The brigade's response times remain at good levels.", []),
    # a question as the subject: "how" with its manner, "the speed with which", "what it does"
    ("How quickly and safely the brigade answers calls is good.", ["Good"]),
    ("How promptly, fairly and openly the brigade handles complaints is adequate.", ["Adequate"]),
    ("The speed with which the brigade sends engines is outstanding.", ["Outstanding"]),
    ("What the brigade does to protect tower blocks is inadequate.", ["Inadequate"]),
    ("What the brigade needs is good leadership.", []),
    ("How quickly the ambulance trust answers calls is good.", []),
    # a perfect with an adverb inside it
    ("The brigade has at last become good at inspecting care homes.", ["Good"]),
    ("Avon Fire Brigade has clearly remained outstanding at rescues.", ["Outstanding"]),
    ("The brigade has not yet become good at inspecting care homes.", []),
    ("The brigade has good links with care homes.", []),
    # a heading's grade with no verb
    ("Prevention: good, and better than in 2019.", ["Good"]),
    ("Avon Fire Brigade: outstanding at rescues from water.", ["Outstanding"]),
    ("Summary: good progress since 2019.", []),
    ("Partners: good at sharing data.", []),
    ("Fire safety enforcement: requires improvement.", ["Requires improvement"]),
    ("In 2019: good.", []),
]


@pytest.mark.parametrize(("text", "grades"), CLASSES)
def test_round_14_classes(reader: Grammar, text: str, grades: list[str]) -> None:
    assert unqualified_grades(reader, text) == grades


@pytest.mark.parametrize(
    ("path", "word", "text"),
    [
        (("frames",), "{grade}: {few} the grade we give {name}", CLASSES[0][0]),
        (("frames",), "{grade} {few} the grade we give {name}", CLASSES[1][0]),
        (("clause", "copulas"), "is unchanged, at", CLASSES[3][0]),
        (("clause", "copulas"), "remains at", CLASSES[4][0]),
        (("clause", "participles"), "become", CLASSES[12][0]),
        (("clause", "auxiliaries"), "has", CLASSES[13][0]),
    ],
)
def test_round_14_words_are_pack_data(
    grammar_data: dict[str, Any], path: tuple[str, ...], word: str, text: str
) -> None:
    # without the word, the sentence gives no grade
    assert unqualified_grades(grammar(grammar_data), text) != []
    assert unqualified_grades(grammar(without(grammar_data, path, word)), text) == []


@pytest.mark.parametrize(
    ("summary", "grade", "previous", "other"),
    [
        # the grade kept, named after "at": the same grade as before
        (
            "The service's grade for protecting the public is unchanged, at good.",
            "Good",
            "Good",
            "Requires improvement",
        ),
        # a grade maintained, and "as in" an earlier inspection: the same grade as then
        (
            "The service has maintained its grade of good for protecting the public.",
            "Good",
            "Good",
            "Requires improvement",
        ),
        (
            "As in our 2019 inspection, the service is good at protecting the public.",
            "Good",
            "Good",
            "Requires improvement",
        ),
        # group 4: no change in the grade since a time,
        # a move in the present, a climb of two grades, the grade as a past verb after "when"
        (
            "There has been no change in the grade since 2019.",
            "Good",
            "Good",
            "Requires improvement",
        ),
        (
            "Its grade for protecting the public drops from good to requires improvement.",
            "Requires improvement",
            "Good",
            "Outstanding",
        ),
        (
            "The service has climbed two grades since 2019, from inadequate to good.",
            "Good",
            "Inadequate",
            "Requires improvement",
        ),
        (
            "This year's judgment of inadequate is a deterioration from 2019, when the service"
            " required improvement.",
            "Inadequate",
            "Requires improvement",
            "Good",
        ),
        # a grade lost: it was last year's
        (
            "The service has lost its outstanding grade for preventing fires.",
            "Good",
            "Outstanding",
            "Good",
        ),
    ],
)
def test_round_14_kept_and_lost_grades(summary: str, grade: str, previous: str, other: str) -> None:
    assert year_on_year(summary, grade, previous) == []
    assert year_on_year(summary, grade, other) != []


# group 2: limits that qualify, a negated voice, parts counted, more subjects of a clause
LIMITS = [
    # "in most respects" and "except" limit the judgment: qualified, so no unqualified grade
    # (round 25: "on balance" no longer does; these cases used it until then)
    ("We think the brigade is, in most respects, good at rescues from water.", []),
    ("In most respects, the brigade is good at rescues from water.", []),
    ("Except at night, the brigade is good at answering calls.", []),
    ("Three of its four legitimacy areas are good; one requires improvement.", []),
    # a clause opened inside the noun phrase after a voice is that clause's
    (
        "We found that the brigade is effective at rescues, but we do not judge any of its work"
        " to be outstanding.",
        [],
    ),
    ("We found that the brigade trains well, and we judge its training to be good.", ["Good"]),
]


@pytest.mark.parametrize(("text", "grades"), LIMITS)
def test_round_14_limits(reader: Grammar, text: str, grades: list[str]) -> None:
    assert unqualified_grades(reader, text) == grades


@pytest.mark.parametrize(
    ("path", "word", "text"),
    [
        (("clause", "qualifying_adverbs"), "in most respects", LIMITS[0][0]),
        (("qualified_after",), "in most respects", LIMITS[1][0]),
        (("qualified_after",), "except", LIMITS[2][0]),
    ],
)
def test_round_14_limits_are_pack_data(
    grammar_data: dict[str, Any], path: tuple[str, ...], word: str, text: str
) -> None:
    assert unqualified_grades(grammar(without(grammar_data, path, word)), text) != []


SUBJECTS = [
    # a noun its subject's own verb follows, and everything the subject does
    ("The care the brigade takes over its crews' health is outstanding.", ["Outstanding"]),
    ("Everything the brigade does to protect tower blocks is good.", ["Good"]),
    ("The partners the brigade works with are good at sharing data.", []),
    ("The progress the brigade has made is good.", []),
    # a noun phrase of its work, then a first verb phrase joined by "and"
    ("Its fire safety work is slow and is graded inadequate.", ["Inadequate"]),
    ("Prevention is the brigade's strongest area and is outstanding.", ["Outstanding"]),
    ("The council's planning is slow and is inadequate.", []),
    # (a plan before "and" leaves the grade unstated; a plain negation, since round 71,
    # does not: "Its vetting is not good and requires improvement" is read, round 71's test)
    ("Its vetting aims to be good and requires improvement.", []),
    # a hyphened compound holds no other body ("multi-agency", not "the agency")
    ("Responding to multi-agency incidents remains good.", ["Good"]),
    ("Responding for the agency remains good.", []),
    # "as in" an earlier inspection compares it: this year's grade
    ("As in our 2019 inspection, the brigade is good at rescues.", ["Good"]),
    ("In our 2019 inspection, the brigade was good at rescues.", []),
    # a grade and what it judges, opening its sentence before the subject
    (
        "Requiring improvement in how it trains crews, the brigade must act.",
        ["Requires improvement"],
    ),
    ("Good at first sight, the plan has gaps.", []),
]


@pytest.mark.parametrize(("text", "grades"), SUBJECTS)
def test_round_14_subjects(reader: Grammar, text: str, grades: list[str]) -> None:
    assert unqualified_grades(reader, text) == grades


def test_round_14_opening_grade_is_pack_data(grammar_data: dict[str, Any]) -> None:
    text = SUBJECTS[12][0]
    assert (
        unqualified_grades(
            grammar(without(grammar_data, ("frames",), "^ {grade} in {words}, {name}")), text
        )
        == []
    )


# group 3: our judgment named before "for", inspectors as our voice, a concession between
# commas, "the FRS", a noun of enforcement, our own clause after a hedge
VOICES = [
    ("Our judgment of good for fire safety is a step up from 2019.", ["Good"]),
    ("Inspectors said that the brigade is outstanding at rescues.", ["Outstanding"]),
    ("Residents said that the brigade is outstanding at rescues.", []),
    (
        "The brigade, despite the loss of many crews over the last three winters, is good at"
        " rescues.",
        ["Good"],
    ),
    ("Fire safety enforcement is adequate.", ["Adequate"]),
    ("But the FRS is good at rescues from water.", ["Good"]),
    (
        "The brigade falls short of what crews should get and we have graded its training inadequate.",
        ["Inadequate"],
    ),
    ("If the brigade acts and we judge it to be good, it will say so.", []),
]


@pytest.mark.parametrize(("text", "grades"), VOICES)
def test_round_14_voices(reader: Grammar, text: str, grades: list[str]) -> None:
    assert unqualified_grades(reader, text, "Avon Fire and Rescue Service") == grades


@pytest.mark.parametrize(
    ("path", "word", "text"),
    [
        (("own_voices",), "inspectors", VOICES[1][0]),
        (("topic_heads",), "enforcement", VOICES[4][0]),
        (("subjects",), "the frs", VOICES[5][0]),
    ],
)
def test_round_14_voices_are_pack_data(
    grammar_data: dict[str, Any], path: tuple[str, ...], word: str, text: str
) -> None:
    changed = grammar(without(grammar_data, path, word))
    assert unqualified_grades(changed, text, "Avon Fire and Rescue Service") == []


# group 5: a second grade with its verb left out after a comma or "with" (qualified), and a
# relative "where" after "an area" (no condition)
LISTS = [
    ("The brigade's prevention is good, with its protection work outstanding.", []),
    ("Its training is adequate, its fleet management inadequate.", []),
    ("The brigade is good at rescues, with response times low.", ["Good"]),
    ("The brigade is good at rescues, a rise from last year's grade of adequate.", ["Good"]),
    ("Rescue from water is an area where the brigade is outstanding.", ["Outstanding"]),
    ("Where the brigade is outstanding, it shares its practice.", []),
    ("There are areas where the brigade is outstanding.", []),
]


@pytest.mark.parametrize(("text", "grades"), LISTS)
def test_round_14_lists_and_areas(reader: Grammar, text: str, grades: list[str]) -> None:
    assert unqualified_grades(reader, text) == grades


def test_round_14_where_is_pack_data(grammar_data: dict[str, Any]) -> None:
    changed = grammar(without(grammar_data, ("before_subject",), "where"))
    assert unqualified_grades(changed, LISTS[4][0]) == []


# group 6: two grades in contrast are each limited only by their own words (the topic rule
# compares each with its question); a contrast with no second grade still limits
@pytest.mark.parametrize(
    ("text", "limited"),
    [
        (
            "The brigade is good at rescues, although its training of crews requires improvement.",
            [False, False],
        ),
        ("Although the brigade is good at rescues, crews need more training.", [True]),
        (
            "The brigade is generally good at rescues, but its training of crews is inadequate.",
            [True, False],
        ),
    ],
)
def test_round_14_contrasts(reader: Grammar, text: str, limited: list[bool]) -> None:
    read = reader.read(text, 0, len(text), "Avon Fire Brigade")
    assert all(j.qualified for j in read)
    assert [j.limited for j in read] == limited


# group 7: an adjective joined to the grade after its copula
@pytest.mark.parametrize(
    ("text", "grades"),
    [
        ("The brigade is quick and good at rescues from water.", ["Good"]),
        ("The brigade is now markedly better, and outstanding, at rescues.", ["Outstanding"]),
        ("The brigade is efficient and, in our view, adequate at planning.", ["Adequate"]),
        ("The brigade is not quick and good at rescues from water.", []),
        ("The brigade works with partners and good at rescues.", []),
    ],
)
def test_round_14_joined_adjectives(reader: Grammar, text: str, grades: list[str]) -> None:
    assert unqualified_grades(reader, text) == grades


# group 8: someone else's verb of judging, made our own by the sentence ("a view we share")
@pytest.mark.parametrize(
    ("text", "grades"),
    [
        (
            "Crews told us they considered the brigade's training to be good, a view we share.",
            ["Good"],
        ),
        (
            "The brigade's own review rated its planning for floods as adequate, and we agree.",
            ["Adequate"],
        ),
        ("Crews told us they considered the brigade's training to be good.", []),
        ("Crews considered the county council's planning to be good, a view we share.", []),
    ],
)
def test_round_14_adopted_views(reader: Grammar, text: str, grades: list[str]) -> None:
    assert unqualified_grades(reader, text) == grades


# a grade kept, read by the clause: "its" as an article after a verb that takes a grade
@pytest.mark.parametrize(
    ("text", "grades"),
    [
        ("The brigade keeps its outstanding grade for rescues.", ["Outstanding"]),
        ("The brigade has held on to its good grade for prevention.", ["Good"]),
        ("The brigade retains its adequate grade.", ["Adequate"]),
        ("The brigade keeps its good name.", []),
    ],
)
def test_round_14_kept_grades_read_by_the_clause(
    reader: Grammar, text: str, grades: list[str]
) -> None:
    assert unqualified_grades(reader, text) == grades


# ways withdrawn as read by the noun phrase itself: a noun with its subject's own verb
@pytest.mark.parametrize(
    ("text", "grades"),
    [
        ("We judge the service it gives to rural towns to be outstanding.", ["Outstanding"]),
        ("The efficiency with which the brigade deploys crews is good.", ["Good"]),
        ("The service that the brigade gives schools is adequate.", ["Adequate"]),
    ],
)
def test_round_14_ways_read_by_the_noun_phrase(
    reader: Grammar, text: str, grades: list[str]
) -> None:
    assert unqualified_grades(reader, text) == grades


# group 11: a list's verbless grade opening its sentence, with no colon; a second verbless
# grade after a semicolon makes two grades
@pytest.mark.parametrize(
    ("text", "grades"),
    [
        ("Prevention good, a step up from 2019.", ["Good"]),
        ("Responding to floods, outstanding; prevention, outstanding.", ["Outstanding"]),
        ("Protection adequate; prevention inadequate.", []),
        (
            "Short of good, the brigade's fire safety work requires improvement.",
            ["Requires improvement"],
        ),
        ("Overall good, the brigade says.", []),
    ],
)
def test_round_14_verbless_lists(reader: Grammar, text: str, grades: list[str]) -> None:
    assert unqualified_grades(reader, text) == grades


# group 12: a contrast's conjunction qualifies a judgment in its own clause, not the main
# clause after it
@pytest.mark.parametrize(
    ("text", "grades"),
    [
        ("Whereas in 2019 its fleet was old, we now judge its training to be good.", ["Good"]),
        (
            "Although it has made changes, the brigade still requires improvement at training.",
            ["Requires improvement"],
        ),
        ("Although the brigade is good at rescues, its training needs to get better.", []),
        ("Mostly, the brigade is good at rescues.", []),
    ],
)
def test_round_14_conceded_clauses(reader: Grammar, text: str, grades: list[str]) -> None:
    assert unqualified_grades(reader, text) == grades
