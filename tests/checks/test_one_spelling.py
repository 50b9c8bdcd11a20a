"""The hyphen-led word search of `one-spelling` finds what a regular expression finds."""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peelcheck.checks import one_spelling
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


_PIECES = [
    "re-offending", "reoffending", "Re-Offending", "REOFFENDING", "co-ordinate", "coordinate",
    "e-mail", "email", "emails", "well-being", "wellbeing", "a-b-c", "abc", "x",
    " ", " ", ", ", ".", "\n", "-", "’s ", "é", "2",
]  # fmt: skip


class _Draft:
    """The one thing `_odd_forms` reads of a draft: its texts, joined."""

    def __init__(self, corpus: str) -> None:
        self.corpus_text = corpus


def _odd(corpus: str, at_once: int, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    monkeypatch.setattr(one_spelling, "SCAN_AT_ONCE", at_once)
    check = one_spelling.OneSpelling(type="one-spelling", fields=["narrative"])
    draft: Any = _Draft(corpus)
    return dict(check._odd_forms(draft))


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(pieces=st.lists(st.sampled_from(_PIECES), max_size=30))
def test_one_scan_for_every_closed_form_finds_what_a_search_for_each_finds(
    pieces: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = "".join(pieces)
    every = _odd(corpus, 10**12, monkeypatch)  # a str.find pass per closed form
    assert _odd(corpus, 0, monkeypatch) == every  # one RE2 set scan first


def test_the_set_is_asked_only_for_a_long_draft_and_text_it_can_read() -> None:
    long = "re-offending and reoffending. " * 40_000
    assert one_spelling._present(long.lower(), ["re-offending", "co-ordinate"]) == {"reoffending"}
    assert one_spelling._present("re-offending reoffending", ["re-offending"]) is None  # short
    assert one_spelling._present(long + "\udc80", ["re-offending"]) is None
