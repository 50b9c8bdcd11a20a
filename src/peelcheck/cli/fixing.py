"""`peelcheck check --fix / --unsafe-fixes / --diff`: fix YAML and JSON drafts in place.

Each draft is fixed in passes (peelcheck.fixes.apply) and written in one step, keeping
its mode and writing through a symbolic link; a read-only draft gets one line and the run
ends with exit code 2, the other drafts fixed. `--diff` prints what would change and
writes nothing. Word drafts are fixed only in their `--annotate` copy, as tracked changes.
"""

from __future__ import annotations

import codecs
import difflib
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import click

from peelcheck.core.atomic import write_atomically
from peelcheck.core.findings import Finding
from peelcheck.core.reading import NotReadable, read_bounded
from peelcheck.packs.ruleset import RuleSet
from peelcheck.results.file_result import FileResult
from peelcheck.run.inputs import Source
from peelcheck.run.settings import RunSettings


@dataclass
class FixRun:
    """What fixing did: the sources as they now read, counts, and what went wrong."""

    sources: list[Source] = field(default_factory=list)
    # each draft's result as fixing left it (with --diff: as it is), by its index in
    # `sources`; the others (Word, unreadable) are checked as usual
    results: dict[int, FileResult] = field(default_factory=dict)
    fixed: int = 0  # fixes made (or, with --diff, that would be made)
    changed: list[str] = field(default_factory=list)  # drafts changed (or that would be)
    diff: list[str] = field(default_factory=list)
    stdin_text: str | None = None  # a draft from standard input, as fixed
    failed: bool = False  # a draft could not be written
    text_drafts: int = 0  # YAML and JSON drafts looked at (Word drafts are fixed in copies)


def fix_sources(
    sources: Sequence[Source],
    ruleset: RuleSet,
    settings: RunSettings,
    *,
    unsafe: bool,
    diff: bool,
) -> FixRun:
    """Fix each YAML or JSON draft (or, with `diff`, work out the diff) and return the
    sources to check afterwards, reading as fixed."""
    from peelcheck.importers import importable

    run = FixRun()
    for index, source in enumerate(sources):
        if importable(source.name):
            run.sources.append(source)
            continue
        run.text_drafts += 1
        fixed, result = _fix_one(source, ruleset, settings, run, unsafe=unsafe, diff=diff)
        run.sources.append(fixed)
        if result is not None:
            run.results[index] = result
    return run


def _fix_one(
    source: Source,
    ruleset: RuleSet,
    settings: RunSettings,
    run: FixRun,
    *,
    unsafe: bool,
    diff: bool,
) -> tuple[Source, FileResult | None]:
    """The source as fixed, and its result then (with `diff`, as it is), if checked here."""
    from peelcheck.draft.read import MAX_BYTES
    from peelcheck.fixes.apply import fix_text
    from peelcheck.run.pipeline import check_source

    data = source.data
    if data is None:
        assert source.path is not None
        try:
            data = read_bounded(source.path, MAX_BYTES)
        except (NotReadable, OSError):
            return source, None  # the check reports it
    bom, text = _decoded(data)
    if text is None:
        return source, None  # not UTF-8 (or UTF-16): the check reports it; nothing is fixed
    results: list[FileResult] = []

    def check(draft: str) -> list[Finding]:
        fixed = Source(source.name, source.path, (bom + draft).encode("utf-8"), source.ignore)
        results.append(check_source(fixed, ruleset, settings))
        return results[-1].findings

    outcome = fix_text(text, check, unsafe=unsafe, json=source.name.lower().endswith(".json"))
    if source.path is None:
        run.stdin_text = bom + outcome.text
    if outcome.text == text:
        return source, results[0]
    run.fixed += len(outcome.applied)
    run.changed.append(source.name)
    if diff:
        run.diff.extend(unified_diff(source.name, text, outcome.text))
        return source, results[0]
    new = (bom + outcome.text).encode("utf-8")
    if source.path is not None and not _written(source.path, bom + outcome.text):
        run.failed = True
        run.changed.remove(source.name)
        run.fixed -= len(outcome.applied)
        return source, results[0]
    return Source(source.name, source.path, new, source.ignore), results[-1]


def _decoded(data: bytes) -> tuple[str, str | None]:
    """(BOM, text) of a UTF-8 draft; the text is None for anything else."""
    bom = ""
    if data.startswith(codecs.BOM_UTF8):
        bom, data = "\ufeff", data[len(codecs.BOM_UTF8) :]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "", None
    try:
        return bom, data.decode("utf-8")
    except UnicodeDecodeError:
        return bom, None


def _written(path: Path, text: str) -> bool:
    """Write the fixed draft in one step; one line on standard error when it cannot be."""
    target = Path(os.path.realpath(path))
    try:
        # no write permission for anyone (even for root, who may write anyway): read-only
        if not target.stat().st_mode & 0o222 or not os.access(target, os.W_OK):
            raise PermissionError(13, "the file is read-only", str(path))
        write_atomically(path, [text])
    except OSError as err:
        click.echo(f"peelcheck: error: cannot fix {path}: {err.strerror}", err=True)
        return False
    return True


def unified_diff(name: str, before: str, after: str) -> Iterator[str]:
    """The change as a unified diff, line endings as in the file."""
    lines = difflib.unified_diff(
        before.splitlines(keepends=True),
        after.splitlines(keepends=True),
        fromfile=f"a/{name}",
        tofile=f"b/{name}",
    )
    for line in lines:
        yield line if line.endswith("\n") else line + "\n\\ No newline at end of file\n"
