"""The `spelling` check's word lists: read once per process, or mapped from their tries.

A dictionary is a word list a pack names (`dictionaries:`), one word a line, gzipped if it
ends in .gz. Where tools/build_spelling_tries.py has written its tries beside the list
(`<list>.words.marisa`, `.compounds.marisa`, `.closed.marisa` and `<list>.marisa.json`
naming the list's SHA-256), they are mapped instead of reading the list (~0.1 ms instead of
~0.08 s and 40 MiB); a list changed since, or without tries (a pack's own), is read as before.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import mmap
from collections.abc import Container, Iterable
from functools import cache
from pathlib import Path

# The tries tools/build_spelling_tries.py writes beside a word list, by what they hold.
TRIES = ("words", "compounds", "closed")


def read_words(path: str) -> list[str]:
    """The words of a word list file (gzipped if it ends in .gz), in file order."""
    raw = Path(path).read_bytes()
    if path.endswith(".gz"):
        raw = gzip.decompress(raw)
    return raw.decode("utf-8").split()


def compound_words(listed: Iterable[str]) -> frozenset[str]:
    """The hyphenated words of a word list, lower-cased."""
    return frozenset(w.lower() for w in listed if "-" in w)


def closed_words(hyphenated: Iterable[str]) -> frozenset[str]:
    """Hyphenated words written closed ("under-reported" -> "underreported")."""
    return frozenset(w.replace("-", "") for w in hyphenated)


def trie_path(path: str, kind: str) -> Path:
    """Where the trie of `kind` (one of TRIES) for the word list at `path` is kept."""
    return Path(f"{path}.{kind}.marisa")


def manifest_path(path: str) -> Path:
    """The JSON file naming the SHA-256 of the word list the tries were built from."""
    return Path(f"{path}.marisa.json")


@cache
def list_digest(path: str) -> str:
    """The SHA-256 of a word list file, as the tries' manifest records it (once a process).

    Hashed from a memory map of the file: 0.6 ms for the 0.8 MB British list, where copying
    it into a new bytes object first took 0.9 to 30 ms on a busy machine (the allocation's
    page faults)."""
    with Path(path).open("rb") as handle:
        try:
            with mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as mapped:
                return hashlib.sha256(mapped).hexdigest()
        except (ValueError, OSError):  # empty, or not a file that can be mapped
            return hashlib.sha256(handle.read()).hexdigest()


@cache
def _tries(path: str) -> dict[str, Container[str]] | None:
    """The word list's shipped tries, memory-mapped, or None when it has none or they were
    built from other bytes than the list holds now (then the list itself is read)."""
    import marisa_trie  # imported here: only a run that reads a word does

    try:
        recorded = json.loads(manifest_path(path).read_text(encoding="utf-8"))
        if not isinstance(recorded, dict) or recorded.get("sha256") != list_digest(path):
            return None
        tries: dict[str, Container[str]] = {}
        for kind in TRIES:
            trie = marisa_trie.Trie()
            trie.mmap(str(trie_path(path, kind)))  # marisa's own format: no code is loaded
            tries[kind] = trie
    except (OSError, ValueError, RuntimeError):  # missing, unreadable or not a trie
        return None
    return tries


@cache
def _word_set(path: str) -> frozenset[str]:
    """The words of a word list without tries, read into a set once per process."""
    return frozenset(read_words(path))


def words(path: str) -> Container[str]:
    """The words of a word list: its trie, or the list read into a set."""
    tries = _tries(path)
    return tries["words"] if tries is not None else _word_set(path)


@cache
def compounds(path: str) -> Container[str]:
    """The hyphenated words of a word list, lower-cased, once per process."""
    tries = _tries(path)
    return tries["compounds"] if tries is not None else compound_words(_word_set(path))


@cache
def closed_compounds(path: str) -> Container[str]:
    """The hyphenated words of a word list written closed and lower-cased, once per process."""
    tries = _tries(path)
    if tries is not None:
        return tries["closed"]
    return closed_words(compound_words(_word_set(path)))
