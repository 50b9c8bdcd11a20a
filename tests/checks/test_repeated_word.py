"""`repeated-word`: the same word twice in a row ("the the")."""

from __future__ import annotations

import operator
import re
from itertools import islice

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from peelcheck.prose import words
from tests.checks.conftest import context, draft, hits, make, marked, on, rejected
from tests.test_screens import ASCII_WORDS, OTHER_WORDS, _prose

WORDS = {"type": "repeated-word", "fields": ["narrative", "areas_for_improvement"]}


def question(narrative: str, areas: str = "[]") -> str:
    return draft(
        "questions:\n"
        f"  - {{number: 1, title: T, grade: Good, narrative: '{narrative}', areas_for_improvement: {areas}}}\n"
    )


def test_a_word_written_twice_is_reported_at_its_place() -> None:
    (hit,) = hits(make(WORDS), question("It works with the the police."), "questions[*]")
    assert hit.path == "questions[0].narrative"
    assert (hit.span, hit.values) == ((14, 21), {"match": "the the", "word": "the", "first": "the"})


def test_case_is_ignored_unless_both_words_are_capitalised() -> None:
    found = on(
        make({**WORDS, "fields": ["t"]}), {"t": "The the force. Gwent Gwent. WHEN when. WE WE."}
    )
    assert marked(found) == ["The the", "WHEN when"]
    assert found[0].values["word"] == "the"


def test_words_of_the_allowed_list_may_repeat_in_any_case() -> None:
    check = make({**WORDS, "fields": ["t"], "allowed": "repeatable_words"})
    assert on(check, {"t": "It had had an effect, and that that was HAD had."}) == []
    assert marked(on(make({**WORDS, "fields": ["t"]}), {"t": "It had had an effect."})) == [
        "had had"
    ]
    custom = make({**WORDS, "fields": ["t"], "allowed": "mine"}, data={"mine": ["Very"]})
    assert on(custom, {"t": "very very good"}) == []


@pytest.mark.parametrize("text", ["the, the", "the\n\nthe", "the. The", "the-the", "them the"])
def test_punctuation_or_a_blank_line_between_ends_the_check(text: str) -> None:
    assert on(make({**WORDS, "fields": ["t"]}), {"t": text}) == []


def test_each_text_of_a_list_is_read() -> None:
    found = hits(
        make(WORDS), question("Fine.", "['Act act now.', 'Fine.', 'to to']"), "questions[*]"
    )
    assert [hit.path for hit in found] == [
        "questions[0].areas_for_improvement[0]",
        "questions[0].areas_for_improvement[2]",
    ]


def test_the_screen_says_no_only_for_a_draft_without_a_repeated_word() -> None:
    check = make(WORDS)
    assert not check.may_report(context(question("Nothing is repeated here.")))
    assert check.may_report(context(question("It is is repeated.")))


def test_the_allowed_list_is_checked_when_loaded() -> None:
    assert "no pack data named 'nowhere'" in rejected({**WORDS, "allowed": "nowhere"})
    message = rejected({**WORDS, "allowed": "confused_words"})
    assert "pack data 'confused_words' must be a list of words" in message
    assert rejected({**WORDS, "fields": "narrative"})


def _token_screen(corpus: str, encoded: bytes) -> bool:
    """The screen as first written, the oracle of the one search: the bytes split into
    tokens (a run of other bytes, spaces between, one token) and each compared with the next."""
    if (
        not corpus.isascii()
        and words._UNUSUAL.search(encoded) is not None
        and any(char.isalnum() for char in set(words._NON_ASCII.findall(corpus)))
    ):
        return True
    marked = encoded.replace("’".encode(), b"'").translate(words._WORD_BYTES)
    tokens = re.sub(rb"\x01[\x01\s]*", b" \x01 ", marked).split()
    return any(map(operator.eq, tokens, islice(tokens, 1, None)))


@settings(max_examples=1500, deadline=None)
@given(st.lists(_prose(ASCII_WORDS + OTHER_WORDS), min_size=1, max_size=4))
def test_the_screen_answers_as_the_token_screen_it_replaced(texts: list[str]) -> None:
    # words often repeated in another case, between spaces, breaks, marks, digits, accents
    corpus = "\n".join(texts)
    encoded = corpus.encode()
    assert words.may_repeat_word(corpus, encoded) == _token_screen(corpus, encoded)


@pytest.mark.parametrize(
    "text",
    [
        "the the",
        "(the the)",
        "x the  \n the",
        "force’s force's",
        "crime. Crime",
        "a.a",
        "the’ the",
        "it it’s",
        "it’s it",
        "'' ''",
        "— —",
        "café café",
        "",
    ],
)
def test_the_screen_on_marks_around_words(text: str) -> None:
    corpus = f"It works.\n{text}\nWe saw it."
    encoded = corpus.encode()
    assert words.may_repeat_word(corpus, encoded) == _token_screen(corpus, encoded)
