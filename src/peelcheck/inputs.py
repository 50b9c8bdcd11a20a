"""Turn command-line arguments (files, folders, globs, `-`) into drafts to check."""

from __future__ import annotations

import glob
import sys
from collections.abc import Sequence
from pathlib import Path

from peelcheck.importers import IMPORT_SUFFIXES
from peelcheck.pipeline import Source

DRAFT_SUFFIXES = (".yaml", ".yml", ".json")


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
        found = sorted(p for p in path.rglob("*") if p.suffix.lower() in suffixes and p.is_file())
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
        files = [p for p in matches if p.is_file() and p.suffix.lower() in wanted]
        if not files:
            raise InputError(f"{argument}: the pattern matches no drafts")
        return files
    raise InputError(f"{argument}: no such file or folder")
