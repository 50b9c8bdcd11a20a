"""The spelling rule's shipped tries: they hold exactly what the word list does, are the
ones mapped for the built-in dictionary, and are not used when they are missing, stale or
not tries (then the list itself is read, with the same answers)."""

from __future__ import annotations

import gzip
import importlib.util
import json
import shutil
from pathlib import Path
from types import ModuleType

import marisa_trie
import pytest

from peelcheck.checks import dictionary
from peelcheck.core.resources import rules_dir

ROOT = Path(__file__).resolve().parents[1]
EN_GB = str(rules_dir() / "data" / "dictionaries" / "en_GB.words.gz")


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "build_spelling_tries", ROOT / "tools" / "build_spelling_tries.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _keys(path: Path) -> set[str]:
    trie = marisa_trie.Trie()
    trie.mmap(str(path))
    return set(trie.keys())


def _forget() -> None:
    dictionary._tries.cache_clear()
    dictionary._word_set.cache_clear()
    dictionary.compounds.cache_clear()
    dictionary.closed_compounds.cache_clear()
    dictionary.list_digest.cache_clear()  # kept per process: a list is not changed mid-run


def test_the_shipped_tries_hold_exactly_the_word_lists_words_and_compounds() -> None:
    words = set(dictionary.read_words(EN_GB))
    compounds = {w.lower() for w in words if "-" in w}
    assert _keys(dictionary.trie_path(EN_GB, "words")) == words
    assert _keys(dictionary.trie_path(EN_GB, "compounds")) == compounds
    assert _keys(dictionary.trie_path(EN_GB, "closed")) == {w.replace("-", "") for w in compounds}
    recorded = json.loads(dictionary.manifest_path(EN_GB).read_text(encoding="utf-8"))
    assert recorded["sha256"] == dictionary.list_digest(EN_GB), (
        "the word list changed: run tools/build_spelling_tries.py"
    )


def test_the_built_in_dictionary_is_mapped_from_its_tries_not_read() -> None:
    _forget()
    assert isinstance(dictionary.words(EN_GB), marisa_trie.Trie)
    assert "colour" in dictionary.words(EN_GB)
    assert "color" not in dictionary.words(EN_GB)
    assert "wi-fi" in dictionary.compounds(EN_GB)  # the list writes it "Wi-Fi"
    assert "underreported" in dictionary.closed_compounds(EN_GB)
    assert dictionary._word_set.cache_info().currsize == 0  # the list was never read


@pytest.fixture
def word_list(tmp_path: Path) -> Path:
    path = tmp_path / "house.words.gz"
    path.write_bytes(gzip.compress(b"colour\nWi-Fi\nunder-reported\n"))
    return path


def _answers(path: str) -> tuple[bool, ...]:
    _forget()
    return (
        "colour" in dictionary.words(path),
        "zebra" in dictionary.words(path),
        "wi-fi" in dictionary.compounds(path),
        "underreported" in dictionary.closed_compounds(path),
        "colour" in dictionary.closed_compounds(path),
    )


def test_a_list_without_tries_is_read_and_gives_the_same_answers(word_list: Path) -> None:
    without = _answers(str(word_list))
    assert isinstance(dictionary.words(str(word_list)), frozenset)
    _tool().build(str(word_list))
    assert _answers(str(word_list)) == without == (True, False, True, True, False)
    assert isinstance(dictionary.words(str(word_list)), marisa_trie.Trie)


def test_tries_of_other_bytes_than_the_list_holds_are_not_used(word_list: Path) -> None:
    _tool().build(str(word_list))
    word_list.write_bytes(gzip.compress(b"colour\nzebra\n"))  # changed after the build
    assert _answers(str(word_list)) == (True, True, False, False, False)
    assert isinstance(dictionary.words(str(word_list)), frozenset)


@pytest.mark.parametrize("damage", ["not a trie", "no trie", "bad manifest"])
def test_a_broken_trie_or_manifest_falls_back_to_the_list(word_list: Path, damage: str) -> None:
    _tool().build(str(word_list))
    closed = dictionary.trie_path(str(word_list), "closed")
    if damage == "not a trie":
        closed.write_bytes(b"garbage" * 20)
    elif damage == "no trie":
        closed.unlink()
    else:
        dictionary.manifest_path(str(word_list)).write_text("[1, 2", encoding="utf-8")
    assert _answers(str(word_list)) == (True, False, True, True, False)
    assert isinstance(dictionary.words(str(word_list)), frozenset)


def test_the_tool_gives_the_same_bytes_for_the_same_list(word_list: Path, tmp_path: Path) -> None:
    other = tmp_path / "again" / word_list.name
    other.parent.mkdir()
    shutil.copy(word_list, other)
    tool = _tool()
    tool.build(str(word_list))
    tool.build(str(other))
    for kind in dictionary.TRIES:
        assert (
            dictionary.trie_path(str(word_list), kind).read_bytes()
            == dictionary.trie_path(str(other), kind).read_bytes()
        )
