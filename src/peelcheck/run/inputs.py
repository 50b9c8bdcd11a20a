"""Turn command-line arguments (files, folders, globs, `-`) into drafts to check."""

from __future__ import annotations

import glob
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from peelcheck.importers import IMPORT_SUFFIXES

DRAFT_SUFFIXES = (".yaml", ".yml", ".json", ".docx")  # Word drafts are the common case


@dataclass(frozen=True)
class Source:
    """A draft to check: a file path, or text from standard input with a display name."""

    name: str
    path: Path | None = None
    data: bytes | None = None


class InputError(Exception):
    """An argument names nothing to check; the message says which and why."""


def collect(
    arguments: Sequence[str],
    *,
    stdin_name: str = "<stdin>",
    suffixes: Sequence[str] = DRAFT_SUFFIXES,
) -> list[Source]:
    """Sources for every argument, in argument order, folders sorted, duplicates dropped."""
    sources: list[Source] = []
    seen: set[Path] = set()
    if list(arguments).count("-") > 1:
        raise InputError("-: standard input can be read only once; give '-' once")
    for argument in arguments:
        if argument == "-":
            sources.append(Source(stdin_name, data=sys.stdin.buffer.read()))
            continue
        for path in _expand(argument, suffixes):
            key = path.resolve()
            if key not in seen:
                seen.add(key)
                sources.append(Source(str(path), path=path))
    return sources


def _expand(argument: str, suffixes: Sequence[str]) -> list[Path]:
    path = Path(argument)
    if path.is_dir():
        found = sorted(p for p in _walk(path) if p.suffix.lower() in suffixes and p.is_file())
        if not found:
            raise InputError(f"{argument}: no drafts ({', '.join(suffixes)}) in this folder")
        return found
    if path.exists():
        if not path.is_file():
            raise InputError(f"{argument}: not a regular file")
        return [path]
    if glob.has_magic(argument):
        matches = sorted(Path(p) for p in glob.glob(argument, recursive=True))  # noqa: PTH207
        # A pattern that names documents (`*.docx`) selects them; folders and `**/*` do not.
        named = Path(argument).suffix.lower()
        wanted = (*suffixes, named) if named in IMPORT_SUFFIXES else tuple(suffixes)
        marked: dict[Path, bool] = {}
        files = [
            p
            for p in matches
            if p.is_file() and p.suffix.lower() in wanted and not _in_cache(p.parent, marked)
        ]
        if not files:
            raise InputError(f"{argument}: the pattern matches no drafts")
        return files
    raise InputError(f"{argument}: no such file or folder")


SKIPPED_FOLDERS = ("node_modules", "__pycache__")


def _in_cache(folder: Path, marked: dict[Path, bool]) -> bool:
    """Whether `folder` or a folder above it is marked as a cache (CACHEDIR.TAG)."""
    if folder not in marked:
        parent = folder.parent
        marked[folder] = (folder / "CACHEDIR.TAG").is_file() or (
            parent != folder and _in_cache(parent, marked)
        )
    return marked[folder]


def _walk(folder: Path) -> list[Path]:
    """Every file under `folder`, skipping folders that hold no drafts of the user's own:
    hidden ones (.git, .venv, .peelcheck_cache), SKIPPED_FOLDERS, and any folder marked as a
    cache with a CACHEDIR.TAG file. A folder named on the command line is always read."""
    files: list[Path] = []
    for root, folders, names in os.walk(folder):
        here = Path(root)
        folders[:] = [
            name
            for name in folders
            if not name.startswith(".")
            and name not in SKIPPED_FOLDERS
            and not (here / name / "CACHEDIR.TAG").is_file()
        ]
        files.extend(here / name for name in names)
    return files
