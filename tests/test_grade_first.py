"""The judgment rules' fast paths (issue 16's cost target) read exactly what the full
reading reads: a sentence read for one grade first (`prose.grade_first`), the frame words
looked for one at a time (`prose.frame_words`), a name found by its last word first
(`prose.names`), and the fewest phrases that tell whether a sentence compares years
(`prose.any_phrase`). Each is compared with the slow path over every sentence of the
labelled corpus (tests/data/judgments/) and over sentences made to trip it; failures name
corpus sentences by id only (some are held back)."""

from __future__ import annotations

import copy
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest

from peelcheck.checks.year_on_year import YearOnYear
from peelcheck.checks.year_on_year_screens import with_triggers
from peelcheck.importers.page import import_text
from peelcheck.prose import frame_words
from peelcheck.prose.any_phrase import fewest
from peelcheck.prose.grade_first import first_read
from peelcheck.prose.judgments import Grammar, grammar
from peelcheck.prose.names import Names, _name_start
from peelcheck.prose.phrases import Phrases
from peelcheck.run.pipeline import import_facts
from tests import judgments
from tests.judgment_cases import ruleset

GRADES = ["Outstanding", "Good", "Adequate", "Requires improvement", "Inadequate"]

# sentences made to trip a reading that stops early: two grades, a grade inside another
# grade's phrase, frames of several grades at one place, vetoes, quotes, asides, questions
TRICKY = [
    ("Gwent Police falls short of what we expect of a good force.", "Gwent Police"),
    ("The force is good at preventing crime but requires improvement at investigating it.", ""),
    ("It is not yet good, and its response to the public is inadequate.", "Gwent Police"),
    ("We judged the force to be good in 2017; it now requires improvement.", "Kent Police"),
    ("Is Kent Police good at protecting vulnerable people?", "Kent Police"),
    ("The council said that the force is outstanding at tackling fraud.", "Kent Police"),
    ("Kent Police is, in our view, good at keeping people safe.", "Kent Police"),
    ("Nothing suggests that Kent Police is anything other than good.", "Kent Police"),
    ("Its partner, Sussex Police, is outstanding; Kent Police is good.", "Kent Police"),
    ("Kent Police is 'good' and ‘outstanding’ at A & B.", "Kent Police"),
    ("Investigating crime good, preventing crime requires improvement, and the rest adequate.", ""),
    ("The force has improved from requires improvement to good.", "Kent Police"),
    ("We found Kent Police to be good, and its vetting outstanding.", "Kent Police"),
    ("Kent Police was good in 2019 and it remains so.", "Kent Police"),
    ("The force is good. It is good. Kent Police is very good at it.", "Kent Police"),
    ("KENT POLICE IS GOOD AT KEEPING PEOPLE SAFE.", "Kent Police"),
    ("Kent Police İs good, ſo it is outstanding at ﬁnding criminals.", "Kent Police"),
]


@lru_cache(maxsize=1)
def _sentences() -> list[tuple[str, str, str]]:
    """(id, text, subject) of every corpus sentence, then the made-up ones."""
    found = [
        (item["id"], item["text"], str(item["report"].get("subject") or ""))
        for item in judgments.sentences()
    ]
    return found + [(f"tricky{n}", text, who) for n, (text, who) in enumerate(TRICKY)]


def _against_full(
    reader: Grammar, sentences: list[tuple[str, str, str]]
) -> tuple[list[str], int, int]:
    """Each (place, text, subject) read for one grade first against its full reading: the
    grades the first reading says and the full one does not, how many grades the first
    reading told, and how many the full reading states (a text with no plain form tells none)."""
    wrong: list[str] = []
    told = stated = 0
    for where, text, subject in sentences:
        full = {j.grade for j in reader._read_sentence(text, subject, ())}
        plain = reader._plain(text)
        for grade in GRADES:
            fast = plain is not None and first_read(reader, plain, text, subject, (), grade)
            told += fast
            stated += grade in full
            if fast and grade not in full:
                wrong.append(f"{where} ({grade})")
    return wrong, told, stated


def test_reading_for_one_grade_first_never_says_what_the_full_reading_does_not(
    reader: Grammar,
) -> None:
    wrong, told, stated = _against_full(reader, _sentences())
    assert not wrong, f"read for one grade first, {len(wrong)} differ: {wrong[:20]}"
    # and it is a fast path: it tells most grades a sentence states (89% over the 3,923
    # corpus sentences once batches 13 and 14, new hands' wordings, joined; 90.1% before;
    # 84.9%, 2,830 of 3,334, after round 25: the new hands' grades it gains are read by
    # the clause reading, which this path leaves to the full one by design; 82.8%, 3,624
    # of 4,377, after round 32, whose headings are the clause reading's too; 81.8%, 3,824
    # of 4,674, once batch 34, a hand of headings and verbless forms, joined)
    assert told > 0.8 * stated


def test_a_grade_read_where_a_frame_took_another_grade_first_is_not_stated(
    grammar_data: dict[str, Any],
) -> None:
    # no two grades' phrases open alike in the built-in grammar; in this one "good indeed"
    # (Outstanding) and "good" (Good) start at one place, the first frame's reading first
    data = copy.deepcopy(grammar_data)
    data["grades"]["Outstanding"].append("good indeed")
    data["frames"].append("{np} {link} {grade} indeed")
    made = grammar(data)
    for text in ["Gwent Police is good indeed.", "Gwent Police is good indeed at it."]:
        plain = made._plain(text)
        assert plain is not None
        spans = [(m.start("grade"), m.group("grade")) for m, _ in made._matches(plain)]
        assert [g for _, g in spans] == ["good indeed", "good"] and spans[0][0] == spans[1][0]
        assert {j.grade for j in made._read_sentence(text, "Gwent Police")} == {"Outstanding"}
        assert not first_read(made, plain, text, "Gwent Police", (), "Good")
        assert first_read(made, plain, text, "Gwent Police", (), "Outstanding")


def _first_sentences() -> list[tuple[str, str, str]]:
    """(where, sentence, subject) of the first sentence of each paragraph of every
    narrative and summary of every real page, as imported."""
    pages = sorted((Path(__file__).parent / "data").glob("**/pages/*.txt"))
    splitter = ruleset().pack_data.splitter()
    found = []
    for page in pages:
        loaded = import_text(page.read_bytes(), page.name, import_facts(ruleset()), excerpt=True)
        data: Any = loaded.data
        if not isinstance(data, dict):
            continue  # a page the importer reads no report from
        subject = str((data.get("inspection") or {}).get("subject") or "")
        parts = [data.get("overall") or {}, *(data.get("pillars") or [])]
        texts = [p.get("summary") for p in parts if isinstance(p, dict)] + [
            q.get("narrative") for q in data.get("questions") or [] if isinstance(q, dict)
        ]
        for text in (t for t in texts if isinstance(t, str)):
            at = 0
            for paragraph in text.split("\n\n"):
                span = splitter.first_sentence(paragraph)
                if span is not None:
                    where = f"{page.parent.parent.name}/{page.name}@{at + span[0]}"
                    found.append((where, paragraph[span[0] : span[1]], subject))
                at += len(paragraph) + 2
    assert len(pages) > 1200 and len(found) > 5_000, (len(pages), len(found))
    return found


def test_read_for_one_grade_first_the_real_pages_first_sentences_read_as_in_full(
    reader: Grammar,
) -> None:
    wrong, told, stated = _against_full(reader, _first_sentences())
    assert not wrong, f"{len(wrong)} differ: {wrong[:20]}"
    assert told > 0.9 * stated


def test_states_answers_from_a_full_reading_when_one_is_kept(reader: Grammar) -> None:
    text = "Dorset Police requires improvement, though its vetting is good."
    read = {j.grade for j in reader.read(text, 0, len(text), "Dorset Police")}
    for grade in GRADES:
        assert reader.states(text, 0, len(text), "Dorset Police", (), grade) is (grade in read)


def test_frame_words_looked_for_one_at_a_time_are_those_found_at_once(reader: Grammar) -> None:
    frames = [needed for needed, _ in reader._cores + reader._inner]
    wrong = []
    for key, text, _ in _sentences():
        plain = reader._plain(text) or text
        eager = frame_words.present(reader, plain)
        lazy = frame_words.LazyPresent(reader, plain)
        if any((lazy >= needed) != (eager >= needed) for needed in frames):
            wrong.append(key)
    assert not wrong, wrong[:20]


def _ending_slowly(names: Names, text: str) -> int | None:
    """`Names.ending` as it was: every name tried."""
    lower = text.lower()
    end = len(lower.rstrip())
    starts = [_name_start(lower, end, words) for words in names._words]
    return min((at for at in starts if at >= 0), default=None)


@pytest.mark.parametrize(
    "subject",
    ["Gwent Police", "Avon and Somerset Constabulary", "Bedfordshire Fire & Rescue Service"],
)
def test_a_name_found_by_its_last_word_first_is_the_name_found(
    reader: Grammar, subject: str
) -> None:
    names = reader._compiled(subject, ("Old Name and",))
    heads = [
        "",
        "Gwent Police ",
        "In 2019, the Gwent Police",
        "Avon & Somerset Constabulary",
        "Avon and  Somerset\nConstabulary",
        "Bedfordshire Fire and Rescue Service",
        "Bedfordshire Fire & Rescue Service's",
        "Old Name &",
        "Old Name and",
        "the force",
        "in the force",
        "x the force",
        "The Gwent Police",
        "the Bedfordshire Fire and Rescue Service",
        "Its response to it",
        "xit",
    ]
    texts = heads + [text[:cut] for _, text, _ in _sentences()[:400] for cut in range(0, 60, 7)]
    # and every sentence cut before each of its spaces: noun phrases ending with a name of
    # one word and of several ("the force", "The Gwent Police", "x the service")
    texts += [
        text[:at] for _, text, _ in _sentences()[:400] for at, c in enumerate(text) if c == " "
    ]
    for text in texts:
        if len(text.lower()) == len(text):  # else `ending` uses its exact pattern
            assert names.ending(text) == _ending_slowly(names, text), text


@lru_cache(maxsize=1)
def _year_on_year() -> YearOnYear:
    rule = next(r for r in ruleset().rules if r.id == "previous-grade-statement")
    check = rule.spec.check
    assert isinstance(check, YearOnYear)
    return check


def _trigger_phrases() -> list[str]:
    """Every phrase the year-on-year check screens a sentence for."""
    check = _year_on_year()
    data: Any = ruleset().pack_data.data
    found = [p for ps in data[check.relations].values() for p in ps] + data[check.intros]
    found += data[check.earlier] if check.earlier else []
    assert check._times is not None
    return found + check._times.triggers


def test_the_fewest_phrases_tell_what_every_phrase_tells() -> None:
    every = Phrases((p, p) for p in _trigger_phrases())
    few = Phrases((p, p) for p in fewest(_trigger_phrases()))
    assert len(fewest(_trigger_phrases())) < len(_trigger_phrases()) / 2
    made = [
        "It went up.",
        "upward",
        "It is the same as last year’s grade.",
        "It has improved since 2017/18.",
        "since our last inspection , has become",
        "In 2019-20 it held on to its grade",
        "Last  year\nit was good.",
        "LAST YEAR",
        "K",
    ]
    wrong = []
    for key, text, _ in _sentences() + [(f"made{n}", t, "") for n, t in enumerate(made)]:
        for start in (0, len(text) // 3):
            if (next(every.finditer(text, start), None) is None) != (
                next(few.finditer(text, start), None) is None
            ):
                wrong.append(key)
    assert not wrong, wrong[:20]


def test_a_phrase_holding_another_as_whole_words_is_left_out() -> None:
    phrases = ["the same as last year", "last year", "last years", "since 2017", "2017/18", "2017"]
    assert fewest(phrases) == ["last year", "last years", "2017/18", "2017"]
    assert fewest(["Has  Improved", "has improved since", "a & b", "a and b c"]) == [
        "has improved",
        "a and b",
    ]


def test_the_sentences_scanned_for_year_on_year_are_those_that_hold_a_trigger() -> None:
    # one scan of a text for the trigger phrases, against a scan of each sentence: a
    # sentence left out holds none, and one said to hold one for certain does
    check = _year_on_year()
    assert check._triggers is not None
    splitter = ruleset().pack_data.splitter()
    corpus = [text for _, text, _ in _sentences()]
    texts = [
        "Last\nyear it was good. It is good now.",
        "It is good\nlast\n\nyear it was.",  # a phrase over two paragraphs
        "Last year it was good;\n\nthis year it has improved since last\nyear.",
    ]
    for joiner in (" ", "\n", "\n\n", ""):
        texts += [joiner.join(corpus[i : i + 6]) for i in range(0, len(corpus), 6)]
    left_out = certain_but_none = 0
    for text in texts:
        sentences = splitter.sentences(text)
        kept = {
            (s, e): certain for s, e, certain in with_triggers(check._triggers, text, sentences)
        }
        for start, end in sentences:
            holds = next(check._triggers.finditer(text, start, end), None) is not None
            left_out += holds and (start, end) not in kept
            certain_but_none += kept.get((start, end), False) and not holds
    assert (left_out, certain_but_none) == (0, 0)


@pytest.mark.parametrize(
    ("phrases", "text", "sentences", "expected"),
    [
        # a phrase of the text runs from one sentence into the next, which holds another:
        # both are scanned on their own
        (["a b", "b c"], "a b c", [(0, 2), (2, 5)], [(0, 2, False), (2, 5, False)]),
        (["b c"], "a b c", [(0, 3), (3, 5)], [(0, 3, False), (3, 5, False)]),
        # a letter after the sentence: its phrase may end there alone
        (["2019"], "in 2019x", [(0, 7)], [(0, 7, False)]),
        (["2019"], "in 2019. x", [(0, 8), (9, 10)], [(0, 8, True)]),
    ],
)
def test_year_on_year_triggers_at_a_sentences_edges(
    phrases: list[str],
    text: str,
    sentences: list[tuple[int, int]],
    expected: list[tuple[int, int, bool]],
) -> None:
    triggers = Phrases((p, p) for p in phrases)
    assert list(with_triggers(triggers, text, tuple(sentences))) == expected


@pytest.mark.parametrize(
    "scale", [tuple(GRADES), ("Outstanding", "Good", "Requires improvement", "Inadequate")]
)
def test_a_sentence_naming_no_grade_nor_earlier_judgment_compares_none(
    scale: tuple[str, ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    # the year-on-year screen before a full reading, against the reading without it
    check = _year_on_year()
    named = check._named_grades(scale)
    made = [
        ("Its grade has not changed since 2019.", "Kent Police"),
        ("Our judgment is unchanged from last year.", "Kent Police"),
        ("Last year's assessment was the same.", "Kent Police"),
        ("A team was set up in 2016 and is now requiring improvement.", "Kent Police"),
    ]
    texts = [(text, subject) for _, text, subject in _sentences()] + made
    screened = [check._comparison(t, 0, len(t), named, s) for t, s in texts]
    assert sum(found is not None for found in screened) > 300  # it compares many
    monkeypatch.setattr(YearOnYear, "_names_grade_or_judgment", lambda *args: True)
    assert [check._comparison(t, 0, len(t), named, s) for t, s in texts] == screened


def test_a_grade_of_the_scale_alone_passes_the_year_on_year_screen() -> None:
    # grades the judgment grammar has no word for (a pack's own scale) still compare
    check = _year_on_year()
    named = check._named_grades(("Excellent", "Satisfactory", "Poor"))
    text = "It has moved from satisfactory to excellent since 2019."
    found = check._comparison(text, 0, len(text), named, "Kent Police")
    assert found is not None and found[2:] == ("Satisfactory", "Excellent")
