"""First-use costs of a one-draft run (issue 21, round 7): what a rule compiles only for the
texts that need it must find exactly what compiling everything found.

`judged-subject` reads a text's sentences only when a name of another row may occur in it,
and then with a phrase list of only the rows whose names may occur there; `frame-subject`
searches its frames only in a text its one screen of them all passes; the spelling word
list's digest is taken from a memory map.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from peelcheck.checks.judged_subject import JudgedSubject, _Names, screen_source
from peelcheck.packs.load import builtin_pack_names, load_ruleset
from peelcheck.prose.phrases import Phrases, phrase_screen


@functools.cache
def _check() -> JudgedSubject:
    ruleset = load_ruleset(builtin_pack_names())
    check = next(r for r in ruleset.rules if r.id == "subject-named-consistently").spec.check
    assert isinstance(check, JudgedSubject)
    return check


def _tables() -> list[_Names]:
    return list(_check()._names.values())


def _every(names: _Names) -> Phrases[int]:
    return Phrases((name, index) for index, row in enumerate(names.rows) for name in row)


def _written(names: _Names) -> list[str]:
    return [name for row in names.written for name in row]


_FILLERS = ["", " ", "  ", "\n", ", ", " is good at ", " and ", "’s ", "x", "-", "The force. "]


@st.composite
def _texts(draw: st.DrawFn, table: int) -> str:
    names = _tables()[table]
    parts = []
    for _ in range(draw(st.integers(1, 4))):
        parts.append(draw(st.sampled_from(_FILLERS)))
        name = draw(st.sampled_from(_written(names)))
        how = draw(st.sampled_from(["as", "upper", "lower", "spaced", "amp", "cut"]))
        if how == "upper":
            name = name.upper()
        elif how == "lower":
            name = name.lower()
        elif how == "spaced":
            name = name.replace(" ", "   \n ")
        elif how == "amp":
            name = name.replace(" and ", " & ")
        elif how == "cut":
            name = name[: draw(st.integers(1, len(name)))]
        parts.append(name)
    parts.append(draw(st.sampled_from(_FILLERS)))
    return "".join(parts)


def _same_names(names: _Names, text: str) -> None:
    some, every = names.phrases(names.rows_in(text)), _every(names)
    for at in range(len(text) + 1):
        assert some.starting_at(text, at, len(text)) == every.starting_at(text, at, len(text))
        assert some.ending_at(text, 0, at) == every.ending_at(text, 0, at)


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_the_rows_that_may_occur_find_what_every_row_finds(data: st.DataObject) -> None:
    table = data.draw(st.integers(0, len(_tables()) - 1))
    _same_names(_tables()[table], data.draw(_texts(table)))


def test_names_far_apart_and_spread_over_lines_are_found_alike() -> None:
    for names in _tables():
        longest = max(_written(names), key=len)
        short = min((name for name in _written(names) if " " in name), key=len)
        _same_names(names, f"{short} and {longest.replace(' ', '  ' * 8)} is good")
        # the reach back from a judgment is that of every row, not of the rows found: a
        # short name spread wider than twice its length is found as every row finds it
        _same_names(names, f"{short.replace(' ', ' ' * (len(longest) + 30))} is good")
        _same_names(names, "\udc80 " + short + " is good")  # not UTF-8: every row


def test_a_text_is_read_for_other_names_only_where_one_may_stand() -> None:
    names = _tables()[0]
    assert not names.may_name_others("Kent Police", "Kent Police is good.")
    assert names.may_name_others("Kent Police", "Gwent Police is good.")
    assert names.may_name_others("Kent Police", b"Gwent Police is good.")
    assert names.may_name_others("Kent Police", "\udc80")


def _each_row(names: _Names, text: str) -> frozenset[int] | None:
    """The rows found by searching each row's own screen, as before the set."""
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:
        return None
    return frozenset(i for i, row in enumerate(names.rows) if phrase_screen(row).search(data))


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_the_set_of_row_screens_finds_the_rows_each_screen_finds(data: st.DataObject) -> None:
    table = data.draw(st.integers(0, len(_tables()) - 1))
    names = _tables()[table]
    text = data.draw(_texts(table))
    assert names.rows_in(text) == _each_row(names, text)
    assert names.rows_in(text.encode()) == _each_row(names, text)


def test_the_set_holds_each_row_s_own_screen() -> None:
    for names in _tables():
        for row in names.rows:
            assert screen_source(row) == phrase_screen(row).pattern
        assert names.rows_in("no name") == frozenset()
        assert names.rows_in("\udc80 " + names.written[0][0]) is None


class _OutOfMemory:
    """An RE2 set that fails, as RE2's does when its DFA runs out of memory: no answer."""

    def Match(self, _text: bytes) -> None:  # noqa: N802 (RE2's name)
        return None


def test_a_set_that_fails_is_answered_by_each_row_s_screen() -> None:
    names = _Names([{"name": "Kent Police"}, {"name": "Gwent Police"}], ["name"])
    names.__dict__["_row_set"] = _OutOfMemory()
    assert names.rows_in("Gwent Police and Kent Police") == frozenset({0, 1})
    assert names.may_name_others("Kent Police", "Gwent Police is good.")
    assert not names.may_name_others("Kent Police", "Kent Police is good.")


def test_a_word_list_s_digest_is_that_of_its_bytes(tmp_path: Path) -> None:
    import hashlib

    from peelcheck.checks import dictionary

    for name, data in [("empty", b""), ("one", b"word\n"), ("big", b"colour\n" * 200_000)]:
        path = tmp_path / name
        path.write_bytes(data)
        assert dictionary.list_digest(str(path)) == hashlib.sha256(data).hexdigest()


@functools.cache
def _frame_check() -> Any:
    ruleset = load_ruleset(builtin_pack_names())
    return next(r for r in ruleset.rules if r.id == "template-names-subject").spec.check


@functools.cache
def _frame_texts() -> list[str]:
    from peelcheck.checks.frame_subject import SLOT

    pack = load_ruleset(builtin_pack_names()).pack_data
    frames = pack.data[_frame_check().frames]
    return [f.replace(SLOT, "(?:Kent Police|the force|Gwent Police)") for f in frames]


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_a_text_the_frames_screen_passes_over_matches_no_frame(data: st.DataObject) -> None:
    check = _frame_check()
    frame = data.draw(st.sampled_from(_frame_texts()))
    found = data.draw(st.from_regex(frame, fullmatch=True))
    before, after = data.draw(st.sampled_from(_FILLERS)), data.draw(st.sampled_from(_FILLERS))
    how = data.draw(st.sampled_from(["as", "cut", "dot"]))
    text = before + found + after
    if how == "cut":
        text = text[: data.draw(st.integers(0, len(text)))]
    elif how == "dot":
        text = text.replace(" ", ". ", 1)
    any_frame = any(frame.search(text) is not None for frame in check._frames)
    assert (check._screen.search(text) is not None) == any_frame
