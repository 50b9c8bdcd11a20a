"""The clause reading of the judgment grammar (issue 16, round 8): a grade read from the
word classes of its predicate chain, where no frame lists the sentence's shape."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from peelcheck.prose.grammar_data import GrammarData
from peelcheck.prose.judgments import Grammar, grammar
from tests.judgment_helpers import all_qualified


def _read(reader: Grammar, text: str, subject: str) -> list[tuple[str, bool, str]]:
    return [
        (j.grade, j.qualified, text[j.start : j.end])
        for j in reader.read(text, 0, len(text), subject)
    ]


def _without(grammar_data: dict[str, Any], part: str, word: str | None = None) -> Grammar:
    """The grammar with its clause reading (or one word of one of its classes) taken out."""
    changed = copy.deepcopy(grammar_data)
    if word is None:
        del changed["clause"]
    else:
        changed["clause"][part] = [w for w in changed["clause"][part] if w != word]
    return grammar(changed)


# (text, subject, grade, words): each read by its clause, no frame lists its shape
READ = [
    # an aside between commas inside the chain (batch 3)
    (
        "It is judged, once again, to be good at treating the public fairly.",
        "West Mercia Police",
        "Good",
        "It is judged, once again, to be good at treating the public fairly",
    ),
    # real, Leicestershire Police 2017: an adverb before a passive
    (
        "It is also judged to be good at how well it ensures its workforce behaves ethically"
        " and lawfully.",
        "Leicestershire Police",
        "Good",
        "It is also judged to be good at how well it ensures its workforce behaves ethically"
        " and lawfully",
    ),
    # a copula, an article and a noun carried after the grade
    (
        "Overall, Hampshire Constabulary is an outstanding force in the way it manages its"
        " resources.",
        "Hampshire Constabulary",
        "Outstanding",
        "Hampshire Constabulary is an outstanding force in the way it manages its resources",
    ),
    # a verb that carries a grade
    (
        "Gwent Police provides a good emergency service across the county.",
        "Gwent Police",
        "Good",
        "Gwent Police provides a good emergency service across the county",
    ),
    # a past copula before a passive, "-ly" adverbs
    (
        "Its response to missing children was consistently found to be inadequate.",
        "Gwent Police",
        "Inadequate",
        "Its response to missing children was consistently found to be inadequate",
    ),
    # a passive before a verb grade
    (
        "The force is still considered to require improvement in how it protects people.",
        "Gwent Police",
        "Requires improvement",
        "The force is still considered to require improvement in how it protects people",
    ),
    # no copula: the inspectorate's own verb of judging before the noun phrase
    (
        "We rate Gwent Police as outstanding at keeping people safe.",
        "Gwent Police",
        "Outstanding",
        "We rate Gwent Police as outstanding at keeping people safe",
    ),
]


# the grade named as a noun's, an aside anywhere, the third person, the subject after its work
READ += [
    (
        "Kent Police receives a grade of good for preventing crime.",
        "Kent Police",
        "Good",
        "Kent Police receives a grade of good for preventing crime",
    ),
    (
        "We have given Kent Police a grade of good for preventing crime.",
        "Kent Police",
        "Good",
        "We have given Kent Police a grade of good for preventing crime",
    ),
    (
        "Kent Police has been awarded an outstanding grade for preventing crime.",
        "Kent Police",
        "Outstanding",
        "Kent Police has been awarded an outstanding grade for preventing crime",
    ),
    (
        "Kent Police is, we found, good at preventing crime.",
        "Kent Police",
        "Good",
        "Kent Police is, we found, good at preventing crime",
    ),
    (
        "HMICFRS rates Kent Police as good at preventing crime.",
        "Kent Police",
        "Good",
        "HMICFRS rates Kent Police as good at preventing crime",
    ),
    # real, Dorset Police 2018/19 (batch 3): the subject after its work
    (
        "The overall standard of investigations conducted by Dorset Police is good.",
        "Dorset Police",
        "Good",
        "The overall standard of investigations conducted by Dorset Police is good",
    ),
    (
        "Investigating crime at Kent Police is good.",
        "Kent Police",
        "Good",
        "Investigating crime at Kent Police is good",
    ),
]


@pytest.mark.parametrize(("text", "subject", "grade", "words"), READ)
def test_reads_the_grade_by_its_clause(
    reader: Grammar, grammar_data: dict[str, Any], text: str, subject: str, grade: str, words: str
) -> None:
    assert _read(reader, text, subject) == [(grade, False, words)]


@pytest.mark.parametrize(("text", "subject", "grade", "words"), READ[:3])
def test_without_the_clause_reading_the_frames_miss_it(
    grammar_data: dict[str, Any], text: str, subject: str, grade: str, words: str
) -> None:
    assert _read(_without(grammar_data, "clause"), text, subject) == []


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # real, Thames Valley Police 2014: a qualifying adverb before a carrier
        ("It generally provides a good service to victims of fraud and cyber-crime.", "TVP"),
        # real, Nottinghamshire Police 2017: a carrier in a purpose clause
        (
            "However, the force needs to continue to improve its efficiency in order to provide"
            " a consistently good service.",
            "Nottinghamshire Police",
        ),
        # real, Dorset Police 2018/19: an adverb before a past verb of judging follows an
        # earlier year's judgment
        ("We also judged it to be good at tackling serious and organised crime.", "Dorset Police"),
        # negation in the chain
        ("The force is no longer good at protecting children.", "Gwent Police"),
        # ("not yet good" is a verb grade since round 10: requires improvement)
        ("Its response is, in our view, not good at protecting children.", "Gwent Police"),
        # a past copula without a passive, with a time: another time's (round 41: alone, and
        # in a sentence naming no time, it reads)
        ("Its response to missing children was good at that time.", "Gwent Police"),
        # someone else's noun phrase
        ("The regional unit is consistently judged to be outstanding.", "Gwent Police"),
        # an attributive grade with no noun the classes carry
        ("Gwent Police provides a good example to others.", "Gwent Police"),
        # a passive without its own auxiliary before a verb grade
        ("The force, judged to require improvement, has since improved.", "Gwent Police"),
        # an adjective grade that goes on into a compound, not to what it judges
        ("Its response to calls stays good-humoured under pressure.", "Gwent Police"),
        # the public's confidence, not the subject's work; its officers; another year's
        ("Confidence in Kent Police is good.", "Kent Police"),
        ("Officers at Kent Police are good at this.", "Kent Police"),
        ("Kent Police received a grade of good in 2017.", "Kent Police"),
        ("Kent Police is seeking a grade of good.", "Kent Police"),
        # a passive without its own auxiliary nor an own voice
        ("Partners told us the force, judged to be good last year, is improving.", "Gwent Police"),
    ],
)
def test_reads_no_grade_by_its_clause(reader: Grammar, text: str, subject: str) -> None:
    assert _read(reader, text, subject) == []


def test_a_qualifying_adverb_in_the_chain_qualifies(reader: Grammar) -> None:
    text = "Its approach to vetting has been largely judged to be good."
    assert _read(reader, text, "Gwent Police") == [
        ("Good", True, "Its approach to vetting has been largely judged to be good")
    ]


@pytest.mark.parametrize(
    ("text", "qualified"),
    [
        ("Kent Police is, in most respects, good at preventing crime.", True),
        ("Kent Police is judged, on the whole, to be good at preventing crime.", True),
        ("Kent Police is, once again, judged to be good at preventing crime.", False),
    ],
)
def test_an_aside_read_over_still_qualifies(reader: Grammar, text: str, qualified: bool) -> None:
    assert [j[1] for j in _read(reader, text, "Kent Police")] == [qualified]


def test_an_aside_read_over_still_hedges(reader: Grammar) -> None:
    assert _read(reader, "Kent Police is, if anything, outstanding at this.", "Kent Police") == []


def test_each_word_class_is_pack_data(grammar_data: dict[str, Any]) -> None:
    text = "Its response to missing children stays good at night."
    assert _read(grammar(grammar_data), text, "Gwent Police") == [
        ("Good", False, "Its response to missing children stays good at night")
    ]
    assert _read(_without(grammar_data, "copulas", "stays"), text, "Gwent Police") == []
    carried = "Gwent Police delivers an outstanding service across the county."
    assert _read(_without(grammar_data, "carried_nouns", "service"), carried, "Gwent Police") == []
    limited = "Its approach to vetting has been largely judged to be good."
    assert [
        j[1] for j in _read(_without(grammar_data, "qualifying_adverbs", "largely"), limited, "x")
    ] == [
        False  # an "-ly" adverb still, but no longer a qualifying one
    ]


def test_explain_lists_the_word_classes(reader: Grammar) -> None:
    described = reader.describe()
    assert "Clause reading, copulas:" in described
    assert '"continues to be"' in described and "any -ly word" in described


def test_a_clause_with_a_wrong_class_is_a_readable_error(grammar_data: dict[str, Any]) -> None:
    changed = copy.deepcopy(grammar_data)
    changed["clause"]["copulas"] = "is"
    with pytest.raises(ValueError, match="no judgment grammar"):
        grammar(changed)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # batch 6's press-release wording: the inspectorate speaks after an opening phrase
        (
            "In a statement, HM Inspector said: “Cheshire Constabulary is outstanding at"
            " preventing crime and anti-social behaviour.”",
            True,
        ),
        (
            "Roy Wilsher, HM Inspector of Constabulary, said: “Cheshire Constabulary is"
            " outstanding at preventing crime.”",
            True,
        ),
        # someone else speaks, or the inspector reports someone else
        (
            "In a statement, the chief constable said: “Cheshire Constabulary is outstanding at"
            " preventing crime.”",
            False,
        ),
        (
            "In a statement, HM Inspector said that officers told us: “Cheshire Constabulary is"
            " outstanding at preventing crime.”",
            False,
        ),
    ],
)
def test_the_inspectorate_speaks_after_an_opening_phrase(
    reader: Grammar, text: str, read: bool
) -> None:
    assert bool(_read(reader, text, "Cheshire Constabulary")) is read


# Round 9 (issue 21): frames the clause reading reads word for word the same are retired;
# their sentences (real wording where there is any) are now read by the clause alone.
RETIRED = [
    # "{we} {np} {grade}"
    ("We found the constabulary good at investigating crime.", "Kent Police", "Good"),
    # real, Gloucestershire FRS 2018/19 ("{we} {np} to {verb}")
    (
        "We judge it to require improvement in how it uses resources and makes its services"
        " affordable.",
        "Gloucestershire Fire and Rescue Service",
        "Requires improvement",
    ),
    # real, Derbyshire Constabulary ("{np} provides a {grade} service in")
    (
        "The force provides a good service in identifying and responding to the needs of"
        " vulnerable people, including victims of domestic abuse.",
        "Derbyshire Constabulary",
        "Good",
    ),
    # read by "{np} {link} {grade}" too ("is now")
    (
        "Suffolk Constabulary has moved up a grade and is now good at protecting vulnerable"
        " people.",
        "Suffolk Constabulary",
        "Good",
    ),
    (
        "Lancashire Constabulary delivers a good service when it manages offenders and suspects.",
        "Lancashire Constabulary",
        "Good",
    ),
    # read by "it found {np} was {grade}" too
    ("It found that the force was good at preventing crime.", "Kent Police", "Good"),
]


@pytest.mark.parametrize(("text", "subject", "grade"), RETIRED)
def test_a_retired_frame_is_read_by_the_clause(
    grammar_data: dict[str, Any], reader: Grammar, text: str, subject: str, grade: str
) -> None:
    read = reader.read(text, 0, len(text), subject)
    assert [(j.grade, j.qualified) for j in read] == [(grade, False)]
    assert read[0].start == 0  # the words flagged open with the judged noun phrase
    if "moved up" not in text and "It found" not in text:
        assert _without(grammar_data, "clause").read(text, 0, len(text), subject) == []


def test_retired_frames_stay_retired(grammar_data: dict[str, Any]) -> None:
    """A frame the clause reads the same costs a pattern to compile and reads nothing new."""
    retired = {"{we} {np} {grade}", "{we} {np} to {verb}", "it found that {np} was {grade}"}
    assert not retired & set(grammar_data["frames"])


# Round 9: another year's grade carried to now by a pro-form (judgment_grammar.carried)
@pytest.mark.parametrize(
    ("text", "grades"),
    [
        ("We judged the force to be good in 2017, and it remains so.", [("Good", False)]),
        ("We judged the force to be inadequate in 2016, and it still is.", [("Inadequate", False)]),
        ("We judged the force to be good in 2017.", []),
        ("We judged the force to be good in 2017, but it no longer remains so.", []),
        ("We judged the force to be good in 2017, and it remains so for now, we think.", []),
    ],
)
def test_another_years_grade_carried_to_now(
    reader: Grammar, text: str, grades: list[tuple[str, bool]]
) -> None:
    read = reader.read(text, 0, len(text), "Bedfordshire Police")
    assert [(j.grade, j.qualified) for j in read] == grades


def test_the_carrying_words_are_pack_data(grammar_data: dict[str, Any]) -> None:
    text = "We judged the force to be good in 2017, and it remains so."
    changed = copy.deepcopy(grammar_data)
    changed["carried"] = [w for w in changed["carried"] if "remains so" not in w]
    assert grammar(changed).read(text, 0, len(text), "Bedfordshire Police") == []


def test_the_clause_reader_is_built_when_first_needed(grammar_data: dict[str, Any]) -> None:
    """Start-up (issue 21): building the grammar compiles no clause class; the first grade
    no frame reads does."""
    fresh = Grammar(GrammarData.model_validate(grammar_data))
    assert fresh._clause_reader is None
    plain = "We have graded the force as good at preventing crime."  # no frame: no reading
    fresh.read(plain, 0, len(plain), "Kent Police")
    assert fresh._clause_reader is None
    text = "Lancashire Constabulary delivers a good service when it manages offenders."
    assert [j.grade for j in fresh.read(text, 0, len(text), "Lancashire Constabulary")] == ["Good"]
    assert fresh._clause_reader is not None


# Round 10: year-on-year sentences read as this year's grade (an opening time up to now, a
# quoted move, our move of the grade), negatives as "not yet" the grade above, and what the
# grammar still refuses
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


def test_the_opening_times_are_pack_data(grammar_data: dict[str, Any]) -> None:
    text = "Since 2021/22 the force has slipped from adequate to inadequate in managing offenders."
    changed = copy.deepcopy(grammar_data)
    changed["before_subject"] = [w for w in changed["before_subject"] if "{year}" not in w]
    assert _grades(grammar(changed), text) == []


def test_our_moves_are_pack_data(grammar_data: dict[str, Any]) -> None:
    text = "We have raised the force’s grade for legitimacy from requires improvement to good."
    changed = copy.deepcopy(grammar_data)
    changed["moves"] = [w for w in changed["moves"] if w != "raised"]
    assert _grades(grammar(changed), text) == []


# Round 10: a negative judgment written as "not yet" the grade above; since round 21 a
# bound, below good, and no grade (four new hands of five read it so), unless the grade
# follows it
@pytest.mark.parametrize(
    ("text", "grades"),
    [
        ("Bedfordshire Police is not yet good at keeping people safe and reducing crime.", []),
        (
            "The force is not yet good at recording crime; it requires improvement.",
            ["Requires improvement"],
        ),
        (
            "Its vetting is not yet good enough and requires improvement.",
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


# Round 11: openings in another frame, year-on-year and negatives, each a word class or a
# clause shape (pack data), with what the grammar still refuses
@pytest.mark.parametrize(
    ("text", "grades"),
    [
        # a job done (real: "Overall, the service is doing a good job.", labelled good)
        ("Overall, the force is doing a good job.", ["Good"]),
        ("The force does a good job of understanding its demand.", ["Good"]),
        ("The force does a good deal of work with partners.", []),
        # a survey's view stays attributed (real: "... think that the force does an
        # excellent/good job ...", labelled attributed)
        ("The survey found that people think the force does a good job.", []),
        # the grade first, "our judgment on"
        (
            "Requires improvement is our judgment on how the force manages its finances.",
            ["Requires improvement"],
        ),
        # our grade for the subject's own noun phrase
        (
            "Our grade for Bedfordshire Police’s work on responding to the public is requires "
            "improvement.",
            ["Requires improvement"],
        ),
        ("Our grade for Bedfordshire Police’s partners is good.", []),
        # the service it gives
        (
            "As in 2016, we judge the service it provides to vulnerable people to be outstanding.",
            ["Outstanding"],
        ),
        ("The service victims receive is good.", []),
        # "this area": the subject's area just named
        (
            "The constabulary is not good enough at identifying hidden harm, and this area "
            "therefore requires improvement.",
            ["Requires improvement"],
        ),
        (
            "The force does not yet provide a good enough response to missing children, and "
            "we judge this area to require improvement.",
            ["Requires improvement"],
        ),
        ("We have not graded this area because the inspection did not cover it.", []),
    ],
)
def test_round_11_other_frames_and_negatives(reader: Grammar, text: str, grades: list[str]) -> None:
    assert _grades(reader, text) == grades


@pytest.mark.parametrize(
    ("text", "grades"),
    [
        # a comparison with another year: "like last year", as "as in 2016"
        (
            "Like last year, the constabulary is outstanding at tackling serious and "
            "organised crime.",
            ["Outstanding"],
        ),
        ("Last year, the constabulary was outstanding at this.", []),
        # "compared with" another inspection, as "as in" and "like"
        (
            "Compared with our last inspection, the force has gone down a grade, to requires "
            "improvement.",
            ["Requires improvement"],
        ),
        ("At our last inspection, the force had gone down a grade, to requires improvement.", []),
        # its grade moved
        (
            "Since our 2018 inspection, when the force was judged inadequate for efficiency, it "
            "has improved its grade to requires improvement.",
            ["Requires improvement"],
        ),
        ("Partners have improved their grade to good.", []),
        # a time of now that ends the grade's clause
        ("It was good in 2018/19 and it remains good now.", ["Good"]),
        # ("remains" is itself a time of now since round 68: "is" keeps this case's point)
        ("It was good in 2018/19 and it is good now that it has changed.", []),
        # a coordinated verb phrase after another year's grade
        ("It was good in 2021/22 and is adequate now.", ["Adequate"]),
        ("It was good in 2021/22 and is adequate.", []),
        ("It is good at A and is outstanding now.", ["Good"]),
        # a past copula carried to now
        ("The force was outstanding at this in 2017 and has kept that grade.", ["Outstanding"]),
        ("The force was outstanding at this in 2017 but has not kept that grade.", []),
        ("The force was outstanding at this in 2017.", []),
        # a grade after a colon that ends a sentence about a grade
        ("A grade that has not moved since 2016: good.", ["Good"]),
        ("Partners grade its work as follows: good.", []),
        # no move, and the grade kept
        (
            "The force has not improved since 2019 and still requires improvement at making "
            "the best use of resources.",
            ["Requires improvement"],
        ),
        (
            "Partners said the force has not improved and still requires improvement.",
            [],
        ),
        # a grade kept, named as a noun's
        (
            "The constabulary has kept its grade of outstanding for the third year running.",
            ["Outstanding"],
        ),
        ("The force has maintained its grade of good for looking after its people.", ["Good"]),
        ("The force has not kept its grade of good.", []),
        ("The force maintains a good relationship with partners.", []),
    ],
)
def test_round_11_year_on_year(reader: Grammar, text: str, grades: list[str]) -> None:
    assert _grades(reader, text) == grades


@pytest.mark.parametrize(
    ("part", "word", "text"),
    [
        ("carriers", "is doing", "Overall, the force is doing a good job."),
        ("carried_nouns", "job", "Overall, the force is doing a good job."),
        (
            "grade_verbs",
            "has kept",
            "The constabulary has kept its grade of outstanding for the third year running.",
        ),
    ],
)
def test_round_11_clause_words_are_pack_data(
    grammar_data: dict[str, Any], part: str, word: str, text: str
) -> None:
    assert _grades(_without(grammar_data, part, word), text, "Bedfordshire Police") == []


@pytest.mark.parametrize(
    ("part", "word", "text"),
    [
        (
            "possessors",
            "this area",
            "The constabulary is not good enough at identifying hidden harm, and this area "
            "therefore requires improvement.",
        ),
        (
            "ways",
            "the extent to which {who}",
            "We judge the extent to which it protects vulnerable people to be outstanding.",
        ),
        ("frames", "a grade {words}: {grade}", "A grade that has not moved since 2016: good."),
        (
            "frames",
            "{np} has {move} its grade to {grade}",
            "The force has raised its grade to good.",
        ),
        (
            "frames",
            "{np} has not {move} {few} and {verb}",
            # (a first verb phrase with "its" in it: since round 71 a plain negation before
            # "and" is read without this frame where no clause word stands in the way)
            "The force has not improved its response since 2019 and still requires improvement.",
        ),
    ],
)
def test_round_11_grammar_words_are_pack_data(
    grammar_data: dict[str, Any], part: str, word: str, text: str
) -> None:
    changed = copy.deepcopy(grammar_data)
    assert word in changed[part]
    changed[part] = [w for w in changed[part] if w != word]
    assert _grades(grammar(changed), text) == []


# Round 12: classes of phrasing, not sentences: a move in the past tense and the grade moved
# from, the grade first, a view our findings back, a verb of judging's "for its", a verb
# that gives a grade to the people served, an "-ing" phrase of the subject's work, and what
# limits a judgment after its grade or before its subject
@pytest.mark.parametrize(
    ("text", "grades"),
    [
        # a move in the past tense, or a participle: the grade moved to, not from
        ("The force's grade for vetting fell this year from outstanding to good.", ["Good"]),
        ("Its grade for prevention went this time from inadequate to adequate.", ["Adequate"]),
        (
            "The constabulary's efficiency grade rose, moving from requires improvement to good.",
            ["Good"],
        ),
        ("Partners' grades fell from good to requires improvement.", []),
        ("Its grade for vetting rose this year from requires improvement to good.", ["Good"]),
        ("The force is good, up from requires improvement.", ["Good"]),
        # the grade first, then the grade we give
        (
            "Adequate is the grade we give the constabulary for how it manages offenders.",
            ["Adequate"],
        ),
        ("Good: that is our grade for how Bedfordshire Police treats the public.", ["Good"]),
        ("Good is the grade we give partners for their work.", []),
        # someone's view that our findings back is ours
        ("Managers believe the force is good at vetting, and our findings support this.", ["Good"]),
        ("Managers believe the force is good at vetting.", []),
        # "for its" after a verb of judging names what is judged
        ("We have rated the force as outstanding for its use of technology.", ["Outstanding"]),
        ("Cutting overtime has been good for its finances.", []),
        # a verb that gives a grade to the people served, and a level
        (
            "The constabulary gives the public a good service when it answers calls.",
            ["Good"],
        ),
        ("The force performs at an adequate level in how it manages offenders.", ["Adequate"]),
        ("The force offers a good service to victims.", []),
        # an "-ing" phrase of the subject's work (not someone else's, not money or things)
        ("Safeguarding children at risk of exploitation is outstanding.", ["Outstanding"]),
        ("Policing by the regional unit is good.", []),
        ("Funding is adequate.", []),
        ("Nothing about its approach is outstanding.", []),
        # the force's own review after the grade: attributed
        ("Managing offenders requires improvement, the force's own review found.", []),
    ],
)
def test_round_12_classes(reader: Grammar, text: str, grades: list[str]) -> None:
    assert _grades(reader, text) == grades


@pytest.mark.parametrize(
    "text",
    [
        # limited after the grade, in its clause
        "Investigating crime is good in most respects.",
        "The force is outstanding in places at engaging with communities.",
        # limited before the subject
        "Mostly, the force is good at managing offenders.",
        "In general, the constabulary is good at investigating crime.",
        # a list whose first grade has no verb: two grades
        "Answering calls good, attending incidents requires improvement.",
    ],
)
def test_round_12_limited_judgments_are_qualified(reader: Grammar, text: str) -> None:
    assert all_qualified(reader, text, "Bedfordshire Police")


@pytest.mark.parametrize(
    ("part", "word", "text"),
    [
        ("moves", "fell", "The force's grade for vetting fell this year from outstanding to good."),
        (
            "moved_from",
            "from",
            "The force's grade for vetting rose this year from requires improvement to good.",
        ),
        (
            "adopted",
            "our findings support this",
            "Managers believe the force is good at vetting, and our findings support this.",
        ),
        (
            "topics_after",
            "for its",
            "We have judged the force as outstanding for its use of technology.",
        ),
        ("qualifying_after", "in most respects", "Investigating crime is good in most respects."),
        ("qualified_after", "mostly", "Mostly, the force is good at managing offenders."),
        ("not_subjects", "funding", "Funding is adequate."),
    ],
)
def test_round_12_words_are_pack_data(
    grammar_data: dict[str, Any], part: str, word: str, text: str
) -> None:
    # without the word, the sentence reads otherwise
    changed = copy.deepcopy(grammar_data)
    assert word in changed[part]
    changed[part] = [w for w in changed[part] if w != word]
    before = [
        (j.grade, j.qualified) for j in grammar(grammar_data).read(text, 0, len(text), "Gwent")
    ]
    after = [(j.grade, j.qualified) for j in grammar(changed).read(text, 0, len(text), "Gwent")]
    assert before != after


@pytest.mark.parametrize(
    ("text", "grades"),
    [
        # our judgment named by its grade ({judgment}), this year's, not another year's
        (
            "Our judgement of outstanding this year reflects its work with partners.",
            ["Outstanding"],
        ),
        ("Last year's judgment of good has not been repeated.", []),
        ("Inadequate is our overall judgment of how the force answers calls.", ["Inadequate"]),
        ("Our grade for this question is adequate.", ["Adequate"]),
        # a move whose grade moved from carries its time
        ("The constabulary's grade has slipped from outstanding in 2021/22 to good.", ["Good"]),
        ("In 2019 the force went from good to requires improvement.", []),
        # two negations
        (
            "Nothing in our findings suggests that the constabulary is anything other than "
            "good at vetting.",
            ["Good"],
        ),
        ("The constabulary is anything other than good at vetting.", []),
        # "this" with the subject's own noun
        ("This is an inadequate force when it comes to answering calls.", ["Inadequate"]),
        ("This is a good service for victims.", []),
        # after a colon, a clause of its own: an earlier year's time before it is not its
        (
            "The force was not graded on this in 2021/22, so this is our first grade: it is "
            "adequate.",
            ["Adequate"],
        ),
        ("In 2019 we graded the force on one question: it was good.", []),
    ],
)
def test_round_12_year_on_year_and_other_frames(
    reader: Grammar, text: str, grades: list[str]
) -> None:
    assert _grades(reader, text) == grades


def test_round_12_judgment_nouns_are_pack_data(grammar_data: dict[str, Any]) -> None:
    text = "Our grade for this question is adequate."
    assert _grades(grammar(grammar_data), text) == ["Adequate"]
    changed = copy.deepcopy(grammar_data)
    changed["judgment_nouns"] = [n for n in changed["judgment_nouns"] if n != "grade for"]
    assert _grades(grammar(changed), text) == []


@pytest.mark.parametrize(
    ("text", "grades"),
    [
        # the service the public receive from their police
        (
            "People in Gwent receive an outstanding service from their police when they "
            "report domestic abuse.",
            ["Outstanding"],
        ),
        ("Victims told us they receive a good service from their police.", []),
        # a participle opening the sentence, its subject after the comma
        (
            "Judged inadequate in this area, the force has started to change its approach.",
            ["Inadequate"],
        ),
        ("Rated good in 2019, the force has since declined.", []),
        ("Judged outstanding by its partners, the force leads the region.", []),
    ],
)
def test_round_12_openings_in_another_frame(reader: Grammar, text: str, grades: list[str]) -> None:
    assert _grades(reader, text, "Gwent Police") == grades


@pytest.mark.parametrize(
    ("text", "grades"),
    [
        # a verb grade named after a passive, an adverb between
        (
            "The force answers calls too slowly and is therefore judged as requires improvement.",
            ["Requires improvement"],
        ),
        # a relative clause with a preposition between commas, read over
        (
            "Its response to fraud, for which it is the national lead force, is outstanding.",
            ["Outstanding"],
        ),
    ],
)
def test_round_12_clause_shapes(reader: Grammar, text: str, grades: list[str]) -> None:
    assert _grades(reader, text) == grades


@pytest.mark.parametrize(
    ("text", "grades"),
    [
        # someone else's words after a comma that ends the sentence: attributed
        ("The force is good at answering calls, partners told us.", []),
        ("Investigating crime is good, the chief constable said.", []),
        # the inspectorate's own, named by its domain or its report
        ("The force is good at answering calls, the police inspectorate has said.", ["Good"]),
        ("“We found the force to be good at answering calls,” the report says.", ["Good"]),
    ],
)
def test_round_12_an_attribution_ending_the_sentence(
    reader: Grammar, text: str, grades: list[str]
) -> None:
    assert _grades(reader, text) == grades
