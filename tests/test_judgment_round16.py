"""Round 16 of the judgment grammar (issue 16): classes of phrasing read from fresh wording,
each a made-up sentence of this file's own, with its near miss that must read otherwise."""

from __future__ import annotations

import json
from typing import Any

import pytest

from peelcheck.draft.read import load_text
from peelcheck.packs.load import builtin_pack_names, load_ruleset
from peelcheck.prose.judgments import Grammar, grammar
from peelcheck.run.pipeline import check_loaded
from peelcheck.run.settings import RunSettings
from tests.judgment_helpers import unqualified_grades, without, year_on_year


def _qualified(reader: Grammar, text: str) -> list[tuple[str, bool]]:
    return [(j.grade, j.qualified) for j in reader.read(text, 0, len(text), "Avon Fire Brigade")]


# group 1: a second grade with its verb left out and a comma in its place ("...; its
# rescues, good"), after a possessed or a bare noun phrase: two grades, so qualified
ELIDED = [
    ("The brigade's prevention work is good; its rescues, outstanding.", [("Good", True)]),
    ("Answering calls, adequate; preventing fires, good.", [("Adequate", True)]),
    # no second grade of the subject: a partner's, or no grade at all
    ("The brigade's prevention work is good; the council, outstanding.", [("Good", False)]),
    ("The brigade's prevention work is good; its rescues, too.", [("Good", False)]),
]


@pytest.mark.parametrize(("text", "read"), ELIDED)
def test_round_16_elided_second_grades(
    reader: Grammar, text: str, read: list[tuple[str, bool]]
) -> None:
    assert _qualified(reader, text) == read


def _contradictions(narrative: str, grade: str) -> list[str]:
    """narrative-contradicts-grade's messages for a one-question FRS 2021/22 draft."""
    draft = {
        "peelcheck": 1,
        "inspection": {"programme": "FRS", "cycle": "2021/22", "subject": "Avon Fire Brigade"},
        "questions": [{"number": 1, "title": "T", "grade": grade, "narrative": narrative}],
    }
    ruleset = load_ruleset(builtin_pack_names(), select=["narrative-contradicts-grade"])
    result = check_loaded(
        load_text(json.dumps(draft), "d.json", json=True), ruleset, RunSettings(packs=())
    )
    return [f.message for f in result.findings if f.rule == "narrative-contradicts-grade"]


# group 2: the rest of the area named weaker after the judgment, or the inspectorate's
# concern about it: a qualified judgment, no plain contradiction (`judgement_qualifiers`)
WEAKER = [
    "The brigade is good at rescues, but is less effective at prevention.",
    "The brigade is good at rescues; with prevention, it is less consistent.",
    "The brigade is good at rescues; its weakness is prevention.",
    "The brigade is good at rescues, prevention apart.",
    "The brigade is good at rescues, but HMICFRS is concerned about its prevention work.",
    "The brigade is good at rescues, but it must improve its prevention work.",
]


@pytest.mark.parametrize("text", WEAKER)
def test_round_16_the_rest_named_weaker_qualifies(text: str) -> None:
    assert _contradictions(text, "Requires improvement") == []
    # the same judgment with nothing after it still contradicts the grade
    plain = text.split(",")[0].split(";")[0].rstrip(".") + "."
    assert _contradictions(plain, "Requires improvement") != []


# group 3: openings in another frame: a participle of judging before the subject's noun
# phrase, the grade first before a word for what it describes, our judgment named before a
# colon; a pillar named after a participle of judging
OPENINGS = [
    ("Rated adequate, the brigade's training of crews is thorough.", ["Adequate"]),
    ("Graded good in this round, the brigade's rescue work is thorough.", ["Good"]),
    ("Judged to be outstanding overall, the brigade still has work to do.", ["Outstanding"]),
    ("The only brigade to be graded good for efficiency, Avon Fire Brigade saves money.", ["Good"]),
    ("Good is the word for the brigade's approach to rescues.", ["Good"]),
    ("Only good is how we would describe the brigade's approach to rescues.", ["Good"]),
    ("Outstanding describes Avon Fire Brigade's approach to rescues.", ["Outstanding"]),
    ("Our judgment on how the brigade answers calls is plain: good.", ["Good"]),
    ("Avon Fire Brigade is judged good for efficiency this year.", ["Good"]),
    # another year's, another body's, or no grade
    ("Graded good in 2019, the brigade's rescue work has since slipped.", []),
    ("Good is the word for the county council's approach to rescues.", []),
    ("Avon Fire Brigade has been good for efficiency savings.", []),
]


@pytest.mark.parametrize(("text", "grades"), OPENINGS)
def test_round_16_openings(reader: Grammar, text: str, grades: list[str]) -> None:
    assert unqualified_grades(reader, text) == grades


@pytest.mark.parametrize(
    ("path", "word", "text"),
    [
        (("frames",), "^ rated {grade}, {name}", OPENINGS[0][0]),
        (("frames",), "^ graded {grade} {words}, {name}", OPENINGS[1][0]),
        (("frames",), "^ judged to be {grade} {words}, {name}", OPENINGS[2][0]),
        (("frames",), "to be graded {grade} {words}, {name}", OPENINGS[3][0]),
        (("frames",), "^ {grade} is the word for {name}", OPENINGS[4][0]),
        (("frames",), "{grade} is how we {few} describe {name}", OPENINGS[5][0]),
        (("frames",), "^ {grade} describes {name}", OPENINGS[6][0]),
        (("frames",), "^ our {judgment} {words}: {grade}", OPENINGS[7][0]),
        (("topics_after",), "for efficiency", OPENINGS[8][0]),
    ],
)
def test_round_16_openings_are_pack_data(
    grammar_data: dict[str, Any], path: tuple[str, ...], word: str, text: str
) -> None:
    assert unqualified_grades(grammar(grammar_data), text) != []
    assert unqualified_grades(grammar(without(grammar_data, path, word)), text) == []


# group 4: words inside the chain ("has proved itself", "proved to be", "by now", "not
# only"), a topic "throughout" the subject, and a bracketed aside read over
INSIDE = [
    ("Avon Fire Brigade has proved itself reliably good at rescues.", ["Good"]),
    ("Avon Fire Brigade proved to be outstanding at rescues.", ["Outstanding"]),
    ("Avon Fire Brigade is by now good at rescues.", ["Good"]),
    ("Avon Fire Brigade is not only good at rescues but improving.", ["Good"]),
    ("Training throughout Avon Fire Brigade requires improvement.", ["Requires improvement"]),
    ("The brigade (which we last visited in 2019) is good at rescues.", ["Good"]),
    ("The brigade (and in particular its water team) is outstanding at rescues.", ["Outstanding"]),
    # a negation, another year's, a grade inside the brackets, someone else's
    ("Avon Fire Brigade is not good at rescues.", []),
    ("Avon Fire Brigade proved to be good at rescues in 2019.", []),
    ("The brigade (unlike the council, which is inadequate) is good at rescues.", []),
    ("The county council (which runs the control room) is good at rescues.", []),
]


@pytest.mark.parametrize(("text", "grades"), INSIDE)
def test_round_16_words_inside(reader: Grammar, text: str, grades: list[str]) -> None:
    assert unqualified_grades(reader, text) == grades


@pytest.mark.parametrize(
    ("path", "word", "text"),
    [
        (("clause", "copulas"), "has proved itself", INSIDE[0][0]),
        # ("proved", since round 22: "proved to be" is "proved" and the infinitive "to be")
        (("clause", "copulas"), "proved", INSIDE[1][0]),
        (("clause", "adverbs"), "by now", INSIDE[2][0]),
        (("clause", "adverbs"), "not only", INSIDE[3][0]),
        (("subject_after",), "throughout", INSIDE[4][0]),
    ],
)
def test_round_16_words_inside_are_pack_data(
    grammar_data: dict[str, Any], path: tuple[str, ...], word: str, text: str
) -> None:
    assert unqualified_grades(grammar(grammar_data), text) != []
    assert unqualified_grades(grammar(without(grammar_data, path, word)), text) == []


# group 5: a grade denied before the comma ("Far from ...", "Although not ...") is no second
# grade; a frame's reading over an earlier judgment gives way to the continuation's words
# (the frames of a verb grade joined by "and", "{np} is {words} and {verb}", were withdrawn
# for their cost)
JOINED = [
    ("Far from requiring improvement, the brigade's rescue work is good.", [("Good", False)]),
    ("Although not outstanding, the brigade's rescue work is good.", [("Good", False)]),
    # someone else's, a plan, two grades (qualified)
    ("The county council is slow to act, and requires improvement.", []),
    ("The brigade is good at rescues and requires improvement plans.", [("Good", False)]),
    (
        "The brigade is good at rescues and requires improvement at audits.",
        [
            ("Good", True),
            ("Requires improvement", True),
        ],
    ),
]


@pytest.mark.parametrize(("text", "read"), JOINED)
def test_round_16_joined_and_denied(
    reader: Grammar, text: str, read: list[tuple[str, bool]]
) -> None:
    assert _qualified(reader, text) == read


def test_round_16_a_continuation_keeps_its_own_words(reader: Grammar) -> None:
    # the second judgment's words start after the first: the topic paired with it is its own
    text = "The brigade is outstanding at rescues, good at audits and requires improvement at training."
    last = reader.read(text, 0, len(text), "Avon Fire Brigade")[-1]
    assert last.grade == "Requires improvement"
    assert text[last.start : last.end] == "requires improvement at training"


# group 6: year-on-year: a grade alone with its time opening the sentence ("Good in 2019,
# ..."), "today", "to being", "a better grade than", "for the third successive year"
YEARS = [
    ("Good in 2019, the brigade's rescue work requires improvement.", ["Requires improvement"]),
    ("Inadequate last year, the brigade now requires improvement.", ["Requires improvement"]),
    ("Last time, the brigade was good at audits; today it is outstanding.", ["Outstanding"]),
    # the time dates the subject's own grade, or more than a grade opens the sentence
    ("In 2019, the brigade's rescue work was good.", []),
    ("Good at audits in 2019, the brigade's rescue work requires improvement.", []),
]


@pytest.mark.parametrize(("text", "grades"), YEARS)
def test_round_16_years(reader: Grammar, text: str, grades: list[str]) -> None:
    assert unqualified_grades(reader, text) == grades


@pytest.mark.parametrize(
    ("summary", "agree", "disagree"),
    [
        (YEARS[0][0], ("Requires improvement", "Good"), ("Good", "Good")),
        (YEARS[1][0], ("Requires improvement", "Inadequate"), ("Inadequate", "Inadequate")),
        (
            "The brigade has gone from requiring improvement to being good at audits.",
            ("Good", "Requires improvement"),
            ("Inadequate", "Requires improvement"),
        ),
        (
            "That is a better grade than the one we gave in 2019, when the brigade was judged"
            " inadequate.",
            ("Requires improvement", "Inadequate"),
            ("Inadequate", "Inadequate"),
        ),
        (
            "The brigade is judged good for the third successive year.",
            ("Good", "Good"),
            ("Requires improvement", "Good"),
        ),
    ],
)
def test_round_16_year_on_year(
    summary: str, agree: tuple[str, str], disagree: tuple[str, str]
) -> None:
    assert year_on_year(summary, *agree) == []
    assert year_on_year(summary, *disagree) != []


# group 7: our findings supporting a view, a grade noun's sentence ending with the grade
# after a colon, a dash closing the clause
AGAIN = [
    (
        "The brigade considers its rescue work to be good, and our findings support that view.",
        ["Good"],
    ),
    ("The brigade's prevention grade is the same as in our last round: good.", ["Good"]),
    ("The brigade remains good at rescues – as it was in 2019.", ["Good"]),
    # someone else's view left unsupported, another year's alone
    ("The brigade considers its rescue work to be good.", []),
    ("The brigade was outstanding at rescues in 2019 and is proud of it.", []),
    ("The brigade remained good at rescues in 2019.", []),
]


@pytest.mark.parametrize(("text", "grades"), AGAIN)
def test_round_16_again(reader: Grammar, text: str, grades: list[str]) -> None:
    assert unqualified_grades(reader, text) == grades


@pytest.mark.parametrize(
    ("path", "word", "text"),
    [
        (("adopted",), "our findings support that view", AGAIN[0][0]),
        (("frames",), "{np} grade {words}: {grade}", AGAIN[1][0]),
    ],
)
def test_round_16_again_is_pack_data(
    grammar_data: dict[str, Any], path: tuple[str, ...], word: str, text: str
) -> None:
    assert unqualified_grades(grammar(grammar_data), text) != []
    assert unqualified_grades(grammar(without(grammar_data, path, word)), text) == []


def test_round_16_once_judged_gives_last_years_grade() -> None:
    summary = "Once judged inadequate, the brigade's prevention work now requires improvement."
    assert year_on_year(summary, "Requires improvement", "Inadequate") == []
    assert year_on_year(summary, "Inadequate", "Inadequate") != []


# group 8: a grade denied twice ("cannot judge it anything other than", "nothing suggests it
# is better than", "deserves better than", "graded above"): the grade is stated
TWICE = [
    ("We cannot judge the brigade's rescue work to be anything other than good.", ["Good"]),
    (
        "We could not regard the brigade's rescue work as anything better than adequate.",
        ["Adequate"],
    ),
    (
        "Nothing we saw suggests that the brigade's rescue work is better than inadequate.",
        ["Inadequate"],
    ),
    (
        "None of what we found would justify a grade higher than requires improvement.",
        ["Requires improvement"],
    ),
    # denied once, or the verb of judging negated with the grade itself
    ("The brigade's rescue work is better than inadequate.", []),
    ("We cannot judge the brigade's rescue work to be good.", []),
    ("We could not regard the brigade's rescue work as good.", []),
]


@pytest.mark.parametrize(("text", "grades"), TWICE)
def test_round_16_denied_twice(reader: Grammar, text: str, grades: list[str]) -> None:
    assert unqualified_grades(reader, text) == grades


@pytest.mark.parametrize(
    ("path", "word", "text"),
    [
        (("clause", "judging_verbs"), "cannot judge", TWICE[0][0]),
        (("clause", "adverbs"), "better than", TWICE[2][0]),
    ],
)
def test_round_16_denied_twice_is_pack_data(
    grammar_data: dict[str, Any], path: tuple[str, ...], word: str, text: str
) -> None:
    assert unqualified_grades(grammar(grammar_data), text) != []
    assert unqualified_grades(grammar(without(grammar_data, path, word)), text) == []


@pytest.mark.parametrize(
    "summary",
    [
        "Its 2019 grade of good for rescues has been maintained.",
        "The brigade's grade of good in 2019 has been carried forward this year.",
        "Our judgment of good for rescues is carried over from 2019.",
    ],
)
def test_round_16_an_earlier_grade_kept_is_the_same_grade(summary: str) -> None:
    assert year_on_year(summary, "Good", "Good") == []
    assert year_on_year(summary, "Requires improvement", "Good") != []


# group 9: a relative clause grading the noun phrase before it ("its prevention work, which
# requires improvement", "rescues, which is outstanding"), and a "where" clause naming the
# part the subject is ("Where the brigade falls down is its ..."): no condition
RELATIVE = [
    ("Answering calls, which is outstanding, takes up a day a week.", ["Outstanding"]),
    ("The problem is its audit work, which requires improvement.", ["Requires improvement"]),
    (
        "Where the brigade falls down is its audit work, which requires improvement.",
        ["Requires improvement"],
    ),
    # someone else's, or a condition
    ("The brigade works with the county council, which is good at rescues.", []),
    ("The main partner is the county council, which requires improvement.", []),
    ("Where its audit work is good, the brigade saves lives.", []),
]


@pytest.mark.parametrize(("text", "grades"), RELATIVE)
def test_round_16_relative_clauses(reader: Grammar, text: str, grades: list[str]) -> None:
    assert unqualified_grades(reader, text) == grades


def test_round_16_relative_clauses_are_read_by_the_clause(grammar_data: dict[str, Any]) -> None:
    # round 16 read these by the frame "{np}, which is {grade}" and "is" among
    # `before_subject`; since round 44 the clause reads a relative clause's antecedent after
    # any words, and the frame is retired (every labelled sentence and real page read the
    # same without it): the sentences read with "is" taken out too
    assert "{np}, which is {grade}" not in grammar_data["frames"]
    for text, grades in RELATIVE[:2]:
        changed = without(grammar_data, ("before_subject",), "is")
        assert unqualified_grades(grammar(changed), text) == grades


def test_round_16_hmicfrs_said_is_our_voice(reader: Grammar, grammar_data: dict[str, Any]) -> None:
    text = "HMICFRS said Avon Fire Brigade was good at rescues."
    assert unqualified_grades(reader, text) == ["Good"]
    # since round 41 a past copula alone reads it too, our own voice saying it: without
    # "hmicfrs said" among `we_verbs` the grade stands, and the saying is still ours
    assert unqualified_grades(
        grammar(without(grammar_data, ("we_verbs",), "hmicfrs said")), text
    ) == ["Good"]
    # someone else's saying, or ours of someone else
    assert (
        unqualified_grades(reader, "The council said Avon Fire Brigade was good at rescues.") == []
    )
    assert unqualified_grades(reader, "HMICFRS said the county council was good at rescues.") == []


# group 11: an aside between dashes read over, as one in brackets, when no grade's words
# are in it
DASHED = [
    ("Prevention work – home visits, school talks and campaigns – is good.", ["Good"]),
    ("The brigade is good — and still improving — at rescues.", ["Good"]),
    # the aside holds a grade: not read over
    ("The brigade is good – and in places outstanding – at rescues.", [("Good", True)]),
]


@pytest.mark.parametrize(("text", "read"), DASHED[:2])
def test_round_16_dashed_asides(reader: Grammar, text: str, read: list[str]) -> None:
    assert unqualified_grades(reader, text) == read


def test_round_16_a_dashed_aside_with_a_grade_stays(reader: Grammar) -> None:
    text, read = DASHED[2]
    assert _qualified(reader, str(text)) == read


# group 12: the grade alone opening the sentence, then a colon or a dash and the subject's
# noun phrase
HEADED = [
    ("Outstanding: the brigade's response to fires.", ["Outstanding"]),
    ("Requires improvement — the brigade's audits are too often late.", ["Requires improvement"]),
    ("Good: the county council's response to fires.", []),
]


@pytest.mark.parametrize(("text", "grades"), HEADED)
def test_round_16_headed(reader: Grammar, text: str, grades: list[str]) -> None:
    assert unqualified_grades(reader, text) == grades


@pytest.mark.parametrize(
    ("word", "text"), [("^ {grade}: {name}", HEADED[0][0]), ("^ {grade} — {name}", HEADED[1][0])]
)
def test_round_16_headed_is_pack_data(grammar_data: dict[str, Any], word: str, text: str) -> None:
    assert unqualified_grades(grammar(grammar_data), text) != []
    assert unqualified_grades(grammar(without(grammar_data, ("frames",), word)), text) == []


def test_round_16_told_by_someone_else(reader: Grammar, grammar_data: dict[str, Any]) -> None:
    text = "The county council has told the brigade that its rescue work is inadequate."
    assert unqualified_grades(reader, text) == []
    assert unqualified_grades(grammar(without(grammar_data, ("attributions",), "has told")), text)
    # our own telling stays ours
    assert unqualified_grades(
        reader, "HMICFRS has told the brigade that its rescue work is good."
    ) == ["Good"]


def test_round_16_plural_grade_verbs(reader: Grammar, grammar_data: dict[str, Any]) -> None:
    text = "Its rescue work and its prevention work both receive a grade of good."
    assert unqualified_grades(reader, text) == ["Good"]
    assert (
        unqualified_grades(
            grammar(without(grammar_data, ("clause", "grade_verbs"), "receive")), text
        )
        == []
    )
    assert unqualified_grades(reader, "Its partners both receive a grade of good.") == []
