"""The hyphen-led word search of `one-spelling` finds what a regular expression finds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from peelcheck.checks.one_spelling import hyphenated_words

# the plain statement of what is searched for: letters joined by hyphens, a word of its own
_PLAIN = re.compile(r"(?<![\w-])[^\W\d_]+(?:-[^\W\d_]+)+(?![\w-])")


def test_real_words_are_found() -> None:
    text = "re-offending, face-to-face; co-ordinated. 2017-18 a-1 -x x- well-being’s e-mail"
    assert [text[s:e] for s, e in hyphenated_words(text)] == [
        "re-offending",
        "face-to-face",
        "co-ordinated",
        "well-being",
        "e-mail",
    ]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="ab-_1 .’é-b", max_size=40))
def test_the_search_agrees_with_the_pattern(text: str) -> None:
    assert list(hyphenated_words(text)) == [m.span() for m in _PLAIN.finditer(text)]
