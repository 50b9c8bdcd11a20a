"""The spelling check reads a text's words from its byte chunks (`word_chunks`) where it
used to run its word pattern over the whole text (issue 21). The words must be the same,
in the same order, whatever the text holds: letters beyond ASCII, numerals that are not
digits (the pattern's `[^\\W\\d_]` takes them), digits of other scripts, apostrophes
straight and curly, hyphens, quotation marks, underscores, odd spaces."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from peelcheck.checks import word_chunks
from peelcheck.checks.word_chunks import WORD, chunk_words, chunks


def _words(text: str) -> list[str]:
    found = chunks(text)
    if found is None:
        return WORD.findall(text)
    return [word for chunk in found for word in chunk_words(chunk)]


_PIECES = [
    "force",
    "Force",
    "a",
    "é",
    "café",
    "Ǆ",  # a title-case letter
    "²",
    "½",
    "Ⅻ",  # numerals that are letters to the pattern
    "٣",
    "3",  # digits
    "_",
    "'",
    "’",
    "‘",
    "-",
    "–",
    "“",
    "”",
    '"',
    " ",
    "\n",
    "\xa0",
    "\u2009",
    "\u0301",  # a combining accent
    ".",
    "(",
    "£",
    "ß",
    "ﬁ",
    "日本",
    "\U0001d400",  # a letter beyond the BMP
]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=16))
def test_the_words_of_the_chunks_are_the_words_of_the_pattern(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert _words(text) == WORD.findall(text)


@settings(max_examples=1000, deadline=None)
@given(st.text(max_size=40))
def test_any_text(text: str) -> None:
    assert _words(text) == WORD.findall(text)


def test_tricky_text() -> None:
    text = (
        "The force’s co-ordinated ‘hub’ -- well-being, officers' views, 'quoted', café²,"
        " 3rd, ½-way, x_y, Ⅻ-fold, naïve\xa0plan, end-"
    )
    expected = WORD.findall(text)
    assert _words(text) == expected
    assert "force’s" in expected and "co-ordinated" in expected and "café²" in expected
    assert "½-way" in expected and "Ⅻ-fold" in expected and "naïve" in expected


def test_a_lone_surrogate_is_read_by_the_pattern() -> None:
    assert chunks("word \udc80 word") is None
    assert _words("word \udc80 word") == ["word", "word"]


def test_every_ascii_byte_outside_words_separates() -> None:
    # a byte the table keeps must be one a word can hold, and the other way round
    for byte in range(128):
        char = chr(byte)
        becomes = word_chunks._SEPARATE[byte]
        in_words = bool(WORD.fullmatch(char)) or char in "'-"
        assert becomes == (byte if in_words else ord(" ")), repr(char)
    assert all(word_chunks._SEPARATE[byte] == byte for byte in range(128, 256))
