"""Round 17 of the judgment grammar (issue 16): a precision round. Each class of false
alarm is a made-up sentence of this file's own that must give nothing (or a qualified
judgment), with its near miss that must still read as before."""

from __future__ import annotations

import json
from typing import Any

import pytest

from peelcheck.draft.read import load_text
from peelcheck.packs.load import builtin_pack_names, load_ruleset
from peelcheck.prose.judgments import Grammar, grammar
from peelcheck.run.pipeline import check_loaded
from peelcheck.run.settings import RunSettings
from tests.judgment_helpers import unqualified_grades, without


def _read(reader: Grammar, text: str) -> list[tuple[str, bool]]:
    return [(j.grade, j.qualified) for j in reader.read(text, 0, len(text), "Avon Fire Brigade")]


def _findings(rule: str, draft: dict[str, Any]) -> list[str]:
    ruleset = load_ruleset(builtin_pack_names(), select=[rule])
    result = check_loaded(
        load_text(json.dumps(draft), "d.json", json=True), ruleset, RunSettings(packs=())
    )
    return [f.message for f in result.findings if f.rule == rule]


def _summary_states(summary: str, grade: str) -> list[str]:
    """summary-states-overall-grade's messages for a PEEL 2017 one-pillar summary."""
    draft = {
        "peelcheck": 1,
        "inspection": {
            "programme": "PEEL",
            "cycle": "2017",
            "subject": "Avon and Somerset Constabulary",
            "pillar": "Effectiveness",
        },
        "overall": {"grade": grade, "summary": summary},
    }
    return _findings("summary-states-overall-grade", draft)


# group 1: "requires improvement in" is no grade of the summary's own by its words alone:
# another body's ("the regional unit ..."), a grade moved from ("up from ...") or someone
# else's view ("Staff told us that ..."). The subject's own still gives it (the grammar).
NOT_THE_SUBJECTS = [
    "The regional dog unit, which the constabulary hosts, requires improvement in training.",
    "The constabulary is good at catching burglars, up from requires improvement in 2016.",
    "Staff told us that the constabulary requires improvement in how it rosters shifts.",
]


@pytest.mark.parametrize("summary", NOT_THE_SUBJECTS)
def test_round_17_requires_improvement_in_alone_states_no_grade(summary: str) -> None:
    assert _summary_states(summary, "Requires improvement") != []


def test_round_17_the_subjects_own_requires_improvement_in_still_states_it() -> None:
    summary = "Avon and Somerset Constabulary requires improvement in how it tackles crime."
    assert _summary_states(summary, "Requires improvement") == []


# group 2: a time counted back ("Three years ago", "a year ago") puts a grade in the past,
# before it or after it in its clause; and an earlier time after a contrast ("but ...
# than in 2016") dates the comparison, not the judgment before it
YEARS_AGO = [
    ("Four years ago we judged Avon Fire Brigade good at protection.", []),
    ("We judged Avon Fire Brigade good at protection two years ago.", []),
    ("A year ago we rated the brigade outstanding at rescues.", []),
    ("We rated the brigade outstanding at rescues a year ago.", []),
    ("Four years ago the brigade was inadequate; it is now good.", [("Good", False)]),
    (
        "Avon Fire Brigade requires improvement at prevention but its work is stronger than "
        "in 2019.",
        [("Requires improvement", False)],
    ),
]


@pytest.mark.parametrize(("text", "read"), YEARS_AGO)
def test_round_17_times_counted_back(
    reader: Grammar, text: str, read: list[tuple[str, bool]]
) -> None:
    assert _read(reader, text) == read


@pytest.mark.parametrize("text", [YEARS_AGO[0][0], YEARS_AGO[2][0]])
def test_round_17_times_counted_back_are_pack_data(grammar_data: dict[str, Any], text: str) -> None:
    assert unqualified_grades(grammar(grammar_data), text) == []
    assert unqualified_grades(grammar(without(grammar_data, ("past",), "ago")), text) != []
    after = YEARS_AGO[3][0]
    assert unqualified_grades(grammar(without(grammar_data, ("past_after",), "ago")), after)


# group 3: "a good service to victims" is the ordinary sense (the corpus's convention): a
# service to the people served names no topic; a service "when it ..." still judges
def test_round_17_a_service_to_victims_is_no_judgment(
    reader: Grammar, grammar_data: dict[str, Any]
) -> None:
    text = "Avon Fire Brigade provides a good service to victims of arson."
    assert _read(reader, text) == []
    assert _read(reader, "Avon Fire Brigade provides a good service when it rescues people.") == [
        ("Good", False)
    ]
    changed = grammar(without(grammar_data, ("not_after",), "service to victims"))
    assert unqualified_grades(changed, text) == ["Good"]


# group 4: a second grade standing alone in a clause after (or before) a semicolon, or
# with its verb left out after "and" and a bare noun phrase: two grades, so each judgment
# is qualified; not one denied, compared, another year's or someone else's
SECOND_GRADES = [
    ("Its rescue work is good; in high-rise fires it is inadequate.", [("Good", True)]),
    ("Its rescue work is good; of fire safety checks, requires improvement.", [("Good", True)]),
    ("Its rescue work is good; in high-rise fires it was inadequate.", [("Good", False)]),
    ("Its rescue work is good; four years ago it was inadequate.", [("Good", False)]),
    ("Its rescue work is good, and answering calls adequate.", [("Good", True)]),
    ("Its rescue work is good; it is no longer inadequate.", [("Good", False)]),
    ("Its rescue work is good; in 2019 it was inadequate.", [("Good", False)]),
    ("Its rescue work is good; the council says it is outstanding.", [("Good", False)]),
    ("Its rescue work is good; that is better than adequate.", [("Good", False)]),
]


@pytest.mark.parametrize(("text", "read"), SECOND_GRADES)
def test_round_17_second_grades_beside(
    reader: Grammar, text: str, read: list[tuple[str, bool]]
) -> None:
    assert _read(reader, text) == read


# group 5: a grade compared with ("falls below good", "worse than adequate") is no
# statement of it; a limiting object after the grade ("good at most things") qualifies it;
# a part graded otherwise after "with" ("good, with outstanding planning") is a second grade
COMPARED = [
    ("Of the areas we graded, only the brigade's protection work falls below good.", []),
    ("Of the areas we graded, only the brigade's protection work is worse than good.", []),
    ("Avon Fire Brigade is good at most things.", [("Good", True)]),
    ("Avon Fire Brigade is good, with outstanding rescue work.", [("Good", True)]),
    # near misses: a whole object, the same grade or good practice after "with"
    ("Avon Fire Brigade is good at most of the things it does.", [("Good", True)]),
    ("Avon Fire Brigade is good at rescues.", [("Good", False)]),
    ("Avon Fire Brigade is good, with good rescue work.", [("Good", False)]),
    (
        "Avon Fire Brigade requires improvement, with good practice in places.",
        [("Requires improvement", False)],
    ),
]


@pytest.mark.parametrize(("text", "read"), COMPARED)
def test_round_17_compared_limited_and_with(
    reader: Grammar, text: str, read: list[tuple[str, bool]]
) -> None:
    assert _read(reader, text) == read


def test_round_17_limiting_objects_are_pack_data(grammar_data: dict[str, Any]) -> None:
    text = "Avon Fire Brigade is good at most things."
    changed = grammar(without(grammar_data, ("qualifying_after",), "at most things"))
    assert unqualified_grades(changed, text) == ["Good"]


def _year_on_year(summary: str, grade: str, previous: str) -> list[str]:
    draft = {
        "peelcheck": 1,
        "inspection": {
            "programme": "FRS",
            "cycle": "2021/22",
            "subject": "Avon Fire and Rescue Service",
            "pillar": "Effectiveness",
        },
        "overall": {"grade": grade, "previous_grade": previous, "summary": summary},
    }
    return _findings("previous-grade-statement", draft)


# group 6: year on year: "no different from" is the same grade; a change in part ("has
# declined in some areas", "now requires improvement in a few respects") is no change of
# grade and no grade; a change of the work beside the grade said to be kept says nothing
YEARS = [
    # (summary, grade, previous, a finding expected)
    ("The service's prevention grade is no different from 2018/19.", "Good", "Good", False),
    ("The service's prevention grade is no different from 2018/19.", "Inadequate", "Good", True),
    ("Its prevention grade has declined in some areas since 2018/19.", "Good", "Good", False),
    ("Its prevention grade has declined since 2018/19.", "Good", "Good", True),
    (
        "It is good at prevention, which is better than last year's assessment, although it "
        "now requires improvement in some parts of protection.",
        "Good",
        "Requires improvement",
        False,
    ),
    (
        "The service's prevention work has improved since 2018/19, but its grade is the same.",
        "Good",
        "Good",
        False,
    ),
    (
        "The service's prevention work has improved since 2018/19, but its grade is the same.",
        "Good",
        "Requires improvement",
        False,
    ),
    ("The service's prevention grade has improved since 2018/19.", "Good", "Good", True),
    (
        "Its prevention grade has fallen since 2018/19, but its overall grade is unchanged.",
        "Good",
        "Good",
        False,
    ),
    (
        "Its prevention grade is the same as in 2018/19, but its protection grade has improved.",
        "Good",
        "Requires improvement",
        False,
    ),
    ("Its prevention grade is the same as in 2018/19.", "Good", "Requires improvement", True),
    (
        "Its prevention work has improved since 2018/19, though not enough to change its grade.",
        "Good",
        "Good",
        False,
    ),
]


@pytest.mark.parametrize(("summary", "grade", "previous", "expected"), YEARS)
def test_round_17_year_on_year(summary: str, grade: str, previous: str, expected: bool) -> None:
    assert bool(_year_on_year(summary, grade, previous)) == expected


# group 7: read by no labelled sentence, but each a false alarm the grammar raised: a verb
# grade denied after a noun phrase ("Its vetting does not require improvement" was read as
# Requires improvement), a grade hedged or only neared ("is unlikely to be good", "is
# nearly outstanding"), the subject's own assessment, a time only called past, and people
# named after a hyphenated word ("Its on-call firefighters")
DENIED = [
    ("Its prevention work does not require improvement.", []),
    ("The brigade's prevention work doesn't require improvement.", []),
    ("The brigade's prevention work no longer requires improvement.", []),
    ("The brigade's prevention work is unlikely to be good.", []),
    ("The brigade is likely to be good at prevention.", []),
    ("The brigade is nearly outstanding at prevention.", []),
    ("The brigade's own assessment is that it is outstanding.", []),
    ("Historically, the brigade has been good at prevention.", []),
    # people, though a hyphen put a preposition before them ("on-call")
    ("Its on-call firefighters are good at rescues.", []),
    # near misses: the plain grade, "not only", "not yet good" (a bound, no grade, since
    # round 21), adopted
    ("Its prevention work requires improvement.", [("Requires improvement", False)]),
    ("Avon Fire Brigade is not only good at rescues but improving.", [("Good", False)]),
    ("The brigade is not yet good at prevention.", []),
    ("Its out-of-hours service is good.", [("Good", False)]),
    (
        "The brigade's own assessment is that it is outstanding, a view we share.",
        [("Outstanding", False)],
    ),
]


@pytest.mark.parametrize(("text", "read"), DENIED)
def test_round_17_denied_hedged_and_own_assessment(
    reader: Grammar, text: str, read: list[tuple[str, bool]]
) -> None:
    assert _read(reader, text) == read


def test_round_17_a_denied_verb_grade_is_no_contradiction() -> None:
    draft = {
        "peelcheck": 1,
        "inspection": {"programme": "FRS", "cycle": "2021/22", "subject": "Avon Fire Brigade"},
        "questions": [
            {
                "number": 1,
                "title": "T",
                "grade": "Good",
                "narrative": "Its vetting does not require improvement.",
            }
        ],
    }
    assert _findings("narrative-contradicts-grade", draft) == []


# group 8 (recall): a press release's own voice in other words before a past "was" ("The
# inspectorate said that X was good at ...", "Inspectors said the force was adequate"); not
# another year's, nor of someone else
PRESS = [
    ("The inspectorate said that Avon Fire Brigade was good at rescues.", [("Good", False)]),
    ("Inspectors said the brigade was adequate at prevention.", [("Adequate", False)]),
    ("Inspectors said the brigade was adequate at prevention in 2019.", []),
    ("Inspectors said partners were good at sharing information.", []),
]


@pytest.mark.parametrize(("text", "read"), PRESS)
def test_round_17_press_release_voices(
    reader: Grammar, text: str, read: list[tuple[str, bool]]
) -> None:
    assert _read(reader, text) == read
