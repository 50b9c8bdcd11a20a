"""Round 13 of the judgment grammar (issue 16): classes of phrasing read from fresh wording,
each a made-up sentence of this file's own, with its near miss that must give no grade."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from peelcheck.prose.judgments import Grammar, grammar


def _grades(reader: Grammar, text: str, subject: str = "Avon Fire Brigade") -> list[str]:
    return [j.grade for j in reader.read(text, 0, len(text), subject) if not j.qualified]


CLASSES = [
    # a fire brigade called "the brigade"
    ("The brigade is outstanding at answering emergency calls.", ["Outstanding"]),
    ("The brigade was judged to be good at prevention in our first inspection.", []),
    # the subject shown or proved to be so
    ("The brigade has proved itself to be adequate at fire safety audits.", ["Adequate"]),
    # our verb of judging after an adverb, and "regard ... as"
    ("We therefore rate the brigade as inadequate at training its crews.", ["Inadequate"]),
    ("We regard the brigade as good at engaging with the public.", ["Good"]),
    ("Residents regard the brigade as good at engaging with the public.", []),
    # a grade that holds throughout
    ("The brigade has stayed good throughout at keeping people safe.", ["Good"]),
    # an opening that grades the subject named after its comma
    ("With a grade of outstanding, the brigade's use of data leads the sector.", ["Outstanding"]),
    ("Given a good grade for its culture, the brigade now turns to training.", ["Good"]),
    ("With a grade of outstanding, the partnership leads the sector.", []),
]


@pytest.mark.parametrize(("text", "grades"), CLASSES)
def test_round_13_classes(reader: Grammar, text: str, grades: list[str]) -> None:
    assert _grades(reader, text) == grades


@pytest.mark.parametrize(
    ("path", "word", "text"),
    [
        (("subjects",), "the brigade", CLASSES[0][0]),
        (("past_after",), "in our first inspection", CLASSES[1][0]),
        # (round 16: "has proved itself" with the infinitive "to be", or an adverb: "has
        # proved itself consistently good")
        (("clause", "copulas"), "has proved itself", CLASSES[2][0]),
        (("clause", "adverbs"), "therefore", CLASSES[3][0]),
        (("clause", "judging_verbs"), "regard", CLASSES[4][0]),
        (("clause", "after_grade"), "throughout", CLASSES[6][0]),
        (("frames",), "with a grade of {grade}, {name}", CLASSES[7][0]),
        (("frames",), "given {a} {grade} grade {words}, {name}", CLASSES[8][0]),
    ],
)
def test_round_13_words_are_pack_data(
    grammar_data: dict[str, Any], path: tuple[str, ...], word: str, text: str
) -> None:
    # without the word, the sentence reads otherwise
    changed = copy.deepcopy(grammar_data)
    part = changed
    for key in path[:-1]:
        part = part[key]
    assert word in part[path[-1]]
    part[path[-1]] = [w for w in part[path[-1]] if w != word]
    before = _grades(grammar(grammar_data), text)
    after = _grades(grammar(changed), text)
    assert before != after


# group 2: the grade opening its sentence in another frame, and our verb of judging after
# "which" with no "to be"
OPENINGS = [
    ("Outstanding: this is the grade we give the brigade for its culture.", ["Outstanding"]),
    ("Good – that is our grade for the brigade's work with schools.", ["Good"]),
    ("The verdict on the brigade's training of crews: adequate.", ["Adequate"]),
    ("The grade for Avon Fire Brigade's handling of hoax calls is good.", ["Good"]),
    ("The grade for the regional unit is good.", []),
    ("At inadequate, the brigade's fire safety work is far from its peers'.", ["Inadequate"]),
    ("Looking at inadequate, the brigade's work is far from its peers'.", []),
    ("We praise its response to floods, which we grade outstanding.", ["Outstanding"]),
    ("We praise the council's response to floods, which we grade outstanding.", []),
]


@pytest.mark.parametrize(("text", "grades"), OPENINGS)
def test_round_13_openings(reader: Grammar, text: str, grades: list[str]) -> None:
    assert _grades(reader, text) == grades


@pytest.mark.parametrize(
    ("frame", "text"),
    [
        # (each with round 32's wider frame that reads it too)
        ("{grade}: {few} the grade we give {name}", OPENINGS[0][0]),
        ("{grade} – that is our {judgment} {name}", OPENINGS[1][0]),
        ("the grade for {np} is {grade}", OPENINGS[3][0]),
        ("^ at {grade}, {name}", OPENINGS[5][0]),
        # ("{np}, which we grade {grade}" retired in round 44: the clause reads a relative
        # clause's antecedent, OPENINGS[7], word for word the same)
    ],
)
def test_round_13_frames_are_pack_data(grammar_data: dict[str, Any], frame: str, text: str) -> None:
    changed = copy.deepcopy(grammar_data)
    wider = _WIDER.get(frame)
    changed["frames"] = [f for f in changed["frames"] if f not in (frame, wider)]
    assert len(changed["frames"]) == len(grammar_data["frames"]) - 1 - (wider is not None)
    assert _grades(grammar(changed), text) == []


# round 32's frames that read this round's sentences too
_WIDER = {
    "{grade}: {few} the grade we give {name}": "{grade}: this is the grade {few} {name}",
    "{grade} – that is our {judgment} {name}": "{grade} – that is our {few} {name}",
}


# group 3: a grade stated by a limit ("no more than adequate"), and a grade compared with
# before the comma, which is no list's verbless grade
@pytest.mark.parametrize(
    ("text", "grades"),
    [
        ("The brigade is no more than adequate at inspecting high-rise flats.", ["Adequate"]),
        ("The brigade is no longer adequate at inspecting high-rise flats.", []),
        ("Short of outstanding, the brigade's training of crews is good.", ["Good"]),
        # a list's first grade with no verb still makes two grades: qualified
        ("Prevention outstanding, the brigade's training of crews is good.", []),
    ],
)
def test_round_13_limits_and_comparisons(reader: Grammar, text: str, grades: list[str]) -> None:
    assert _grades(reader, text) == grades


def test_round_13_no_more_than_is_pack_data(grammar_data: dict[str, Any]) -> None:
    changed = copy.deepcopy(grammar_data)
    changed["clause"]["adverbs"].remove("no more than")
    text = "The brigade is no more than adequate at inspecting high-rise flats."
    assert _grades(grammar(changed), text) == []
