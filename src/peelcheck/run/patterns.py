"""Gitignore-style patterns (via `pathspec`), `.gitignore` files, and peelcheck's own files.

Helpers for `run/inputs.py`, which alone decides which files are drafts.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pathspec

PLAIN_SUFFIXES = (".yaml", ".yml", ".json")  # drafts read as they are, never imported
CONFIG_NAMES = ("peelcheck.yaml", ".peelcheck.yaml")

# A top-level key that marks a file as one of peelcheck's own (rule pack, rule test,
# baseline). YAML writes it at the start of a line; JSON (a baseline) after `{` or indented.
_MARKER = re.compile(
    rb"""^(?:[ \t]*\{)?[ \t]*["']?peelcheck-(rules|test|baseline)["']?[ \t]*:""", re.MULTILINE
)
_OWN_KINDS = {b"rules": "rule pack", b"test": "rule test", b"baseline": "baseline"}
_HEAD_BYTES = 4096  # the marker is a file's first key; comments may stand before it


def own_file_kind(path: str) -> str | None:
    """ "config", "rule pack", "rule test" or "baseline" when the file at `path` is one of
    peelcheck's own files (by name for the config, by its first keys for the others)."""
    name = os.path.basename(path)  # noqa: PTH119 (string paths: a search meets thousands)
    if name in CONFIG_NAMES:
        return "config"
    if not name.lower().endswith(PLAIN_SUFFIXES):
        return None
    try:
        with open(path, "rb") as handle:  # noqa: PTH123 (a string path: thousands per run)
            head = handle.read(_HEAD_BYTES)
    except OSError:
        return None  # the loader reports what cannot be read, as a finding
    found = _MARKER.search(head) if b"peelcheck-" in head else None  # drafts: one fast test
    return _OWN_KINDS[found.group(1)] if found else None


@dataclass(frozen=True)
class Patterns:
    """Gitignore-style patterns, relative to the folder `base` (compiled when first used:
    a run that names its drafts may never ask them)."""

    base: Path
    lines: tuple[str, ...]

    @classmethod
    def of(cls, base: Path, lines: Sequence[str]) -> Patterns:
        """`lines` (as written in a .gitignore) relative to `base`."""
        return cls(base.resolve(), tuple(lines))

    @property
    def spec(self) -> pathspec.GitIgnoreSpec:
        """The compiled patterns."""
        return _compiled(self.lines)

    def check(self, path: Path, *, folder: bool = False) -> bool | None:
        """True when a pattern matches `path` (absolute), False when a `!` pattern re-includes
        it, None when no pattern speaks of it. Outside `base` only its name is matched."""
        if not self.lines:
            return None
        relative = _relative(path, self.base) or path.name
        result = self.spec.check_file(_matchable(relative) + ("/" if folder else ""))
        return result.include

    def covers(self, folder: Path) -> bool:
        """True when `folder` (absolute) is `base` or lies under it."""
        return folder == self.base or self.base in folder.parents

    def moved(self, base: Path) -> Patterns:
        """The same patterns, read from `base`."""
        return Patterns(base, self.lines)

    def matches(self, path: Path, *, folder: bool = False) -> bool:
        """True when the patterns select `path` (absolute)."""
        return self.check(path, folder=folder) is True

    def check_relative(self, relative: str, *, folder: bool = False) -> bool | None:
        """As `check`, for a path already relative to `base` (posix, no leading `./`)."""
        if not self.lines:
            return None
        relative = _matchable(relative)
        return self.spec.check_file(relative + "/" if folder else relative).include

    def prefix_for(self, folder: Path) -> str | None:
        """`folder` (absolute) relative to `base`, ending in `/` ("" for `base` itself), or
        None when it lies outside."""
        relative = _relative(folder, self.base)
        if relative is None:
            return None
        return "" if relative == "." else relative + "/"


@cache
def _compiled(lines: tuple[str, ...]) -> pathspec.GitIgnoreSpec:
    import pathspec  # about 10 ms: only when a pattern is matched

    return pathspec.GitIgnoreSpec.from_lines(lines)


def _relative(path: Path, base: Path) -> str | None:
    try:
        return path.relative_to(base).as_posix()
    except ValueError:
        return None


def any_match(patterns: Sequence[Patterns], path: Path, *, folder: bool = False) -> bool:
    """True when any of the pattern lists selects `path` (absolute)."""
    return any(p.matches(path, folder=folder) for p in patterns)


def repository_root(folder: Path) -> Path | None:
    """The nearest folder at or above `folder` holding `.git` (a folder, or a worktree's
    file), or None outside a git repository."""
    for candidate in [folder, *folder.parents]:
        if os.path.exists(candidate / ".git"):  # noqa: PTH110 (False, not raising, when unreadable)
            return candidate
    return None


class GitIgnore:
    """The `.gitignore` files that apply under a folder, read as a search goes down.

    In a git repository the files of the folders above (up to the repository's root) and
    `.git/info/exclude` apply too; outside one, only those inside the folder searched.
    A deeper `.gitignore` decides before a shallower one, as git does. Folders are named by
    their path relative to the folder searched ("" for itself, "a/b" below it).
    """

    def __init__(self, start: Path, *, above: bool = True) -> None:
        start = start.resolve()
        root = repository_root(start) if above else None
        chain: list[tuple[Patterns, str]] = []
        if root is not None:
            folders = [root / f for f in reversed(start.relative_to(root).parents)]
            chain += [
                (p, _prefix(start, root)) for p in _read(root / ".git" / "info" / "exclude", root)
            ]
            for folder in folders:  # the repository's root down to `start`'s parent
                chain += [(p, _prefix(start, folder)) for p in _read(folder / ".gitignore", folder)]
        self._above = tuple(chain)
        chain += [(p, "") for p in _read(start / ".gitignore", start)]
        self._chains: dict[str, tuple[tuple[Patterns, str], ...]] = {"": tuple(chain)}

    def start_ignored(self) -> bool:
        """True when a .gitignore above the folder searched ignores that folder itself."""
        return _decide(self._above, lambda prefix: prefix.rstrip("/"), folder=True)

    def enter(self, folder: str, parent: str, absolute: Path) -> None:
        """Record the patterns that apply in `folder` (relative), a subfolder of `parent`."""
        name = folder.rsplit("/", 1)[-1]
        inherited = tuple((p, prefix + name + "/") for p, prefix in self._chains[parent])
        own = tuple((p, "") for p in _read(absolute / ".gitignore", absolute))
        self._chains[folder] = inherited + own

    def ignored(self, name: str, in_folder: str, *, folder: bool = False) -> bool:
        """True when the entry `name` of folder `in_folder` (relative) is ignored."""
        return _decide(self._chains[in_folder], lambda prefix: prefix + name, folder=folder)


def _decide(
    chain: Sequence[tuple[Patterns, str]], path: Callable[[str], str], *, folder: bool
) -> bool:
    for patterns, prefix in reversed(chain):
        relative = path(prefix)
        decided = patterns.check_relative(relative, folder=folder) if relative else None
        if decided is not None:
            return decided
    return False


def _prefix(folder: Path, base: Path) -> str:
    relative = folder.relative_to(base).as_posix()
    return "" if relative == "." else relative + "/"


def _read(file: Path, base: Path) -> tuple[Patterns, ...]:
    try:
        lines = file.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return ()
    return (Patterns.of(base, lines),) if lines else ()


def _matchable(name: str) -> str:
    """A file name the pattern engine can read: one that is not UTF-8 (its undecodable
    bytes held as surrogates) is matched with those bytes shown as escapes."""
    if name.isascii():
        return name
    return os.fsencode(name).decode("utf-8", "backslashreplace")
