"""The spelling check's fast look at a text: the runs of its UTF-8 bytes that can hold words.

Python's `re` tokenises prose at about 30 ns a character with the Unicode letter classes
`spelling` needs; most texts hold only words already found right, which a few passes of
`bytes` methods in C can show. A chunk is a maximal run of bytes that are ASCII letters,
apostrophes, hyphens or part of a character beyond ASCII; every other byte (space,
punctuation, digits) is ASCII and never part of a word, so a text's words are the words of
its chunks, in order. A chunk of ASCII letters alone is one word; any other chunk is read
with the word pattern itself ("force’s", "co-ordinate", "café", "–"), so the words are
exactly the pattern's (tests/test_word_chunks.py compares them).
"""

from __future__ import annotations

import re

# A word: letters, with apostrophes and hyphens inside ("force’s", "co-ordinate").
WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")

# Every ASCII byte that no word holds becomes a space; letters, ' and - and every byte of a
# character beyond ASCII stay.
_SEPARATE = bytes(
    c if (65 <= c <= 90 or 97 <= c <= 122 or c in b"'-" or c >= 128) else 32 for c in range(256)
)


def chunks(text: str) -> list[bytes] | None:
    """The chunks of `text` in order, or None for a text UTF-8 cannot hold (a lone
    surrogate, as a JSON "\\udc80" gives: read it with `WORD`)."""
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:
        return None
    return data.translate(_SEPARATE).split()


def chunk_words(chunk: bytes) -> list[str]:
    """The words (`WORD` matches) of one chunk."""
    text = chunk.decode("utf-8")
    return [text] if chunk.isalpha() else WORD.findall(text)
