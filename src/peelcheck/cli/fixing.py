"""`peelcheck check --fix / --unsafe-fixes / --diff`: fix YAML and JSON drafts in place, and
write what fixing did.

Each draft is fixed in passes (peelcheck.fixes.apply) and written in one step, keeping
its mode and writing through a symbolic link; a read-only draft gets one line and the run
ends with exit code 2, the other drafts fixed. `--diff` prints what would change and
writes nothing. Word drafts are fixed only in their `--annotate` copy, as tracked changes.
"""

from __future__ import annotations

import codecs
import contextlib
import difflib
import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import click

from peelcheck.cli.app import (
    EXIT_FINDINGS,
    EXIT_INTERRUPTED,
    EXIT_TERMINATED,
    EXIT_USAGE,
    Terminated,
    fail,
    interrupted,
)
from peelcheck.cli.outputs import echo_stdout, write_outputs
from peelcheck.core.atomic import write_atomically
from peelcheck.core.findings import Finding
from peelcheck.core.reading import NotReadable, read_bounded
from peelcheck.packs.ruleset import RuleSet
from peelcheck.results.file_result import FileResult
from peelcheck.run.inputs import Source
from peelcheck.run.settings import RunSettings

if TYPE_CHECKING:
    from peelcheck.formatters import RunReport


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


def fix_or_fail(
    sources: Sequence[Source],
    ruleset: RuleSet,
    settings: RunSettings,
    *,
    unsafe: bool,
    diff: bool,
    jobs: int | None,
) -> FixRun:
    """`check --fix` or `--diff`: fix the drafts (or work out the diff) before they are
    checked; a tool error, a worker that died or a stop ends the run here."""
    from concurrent.futures.process import BrokenProcessPool

    from peelcheck.engine.evaluate import EngineError
    from peelcheck.run.workers import default_jobs

    try:
        return fix_sources(
            sources, ruleset, settings, unsafe=unsafe, diff=diff, jobs=jobs or default_jobs()
        )
    except EngineError as err:
        fail(str(err))
    except BrokenProcessPool:
        fail(
            "a process fixing the drafts ended unexpectedly (killed, for example for lack of "
            "memory); the drafts fixed so far stay fixed: run again, or with --jobs 1"
        )
    except KeyboardInterrupt as stop:  # each draft is written in one step: none is half-fixed
        code = EXIT_TERMINATED if isinstance(stop, Terminated) else EXIT_INTERRUPTED
        interrupted("peelcheck: interrupted; the drafts fixed so far stay fixed", code)


def fixed_output(
    fixing: FixRun,
    report: RunReport,
    targets: Sequence[tuple[str, str | None]],
    color: bool | None,
    code: int,
    *,
    diff: bool,
) -> int:
    """With --diff the diff, or for standard input the fixed draft, goes to standard
    output, and the findings to standard error; the exit code says what is left."""
    text = "".join(fixing.diff) if diff else fixing.stdin_text
    if text is None:
        write_outputs(report, targets, color, code)
    else:
        echo_stdout([text], code, color=False)
        with contextlib.redirect_stdout(sys.stderr):
            write_outputs(report, targets, color, code)
    if fixing.fixed or fixing.text_drafts:
        fixes = "fix" if fixing.fixed == 1 else "fixes"
        drafts = "draft" if len(fixing.changed) == 1 else "drafts"
        done = "would be made in" if diff else "made in"
        click.echo(
            f"peelcheck: {fixing.fixed} {fixes} {done} {len(fixing.changed)} {drafts}", err=True
        )
    if fixing.failed:
        return EXIT_USAGE
    if diff and fixing.changed:
        return EXIT_FINDINGS
    return code


def fix_sources(
    sources: Sequence[Source],
    ruleset: RuleSet,
    settings: RunSettings,
    *,
    unsafe: bool,
    diff: bool,
    jobs: int = 1,
) -> FixRun:
    """Fix each YAML or JSON draft (or, with `diff`, work out the diff) and return the
    sources to check afterwards, reading as fixed. With `jobs` > 1 and enough drafts, the
    fixing rounds run in worker processes; files are written here, in input order."""
    from peelcheck.importers import importable

    run = FixRun(sources=list(sources))
    wanted = [(i, s) for i, s in enumerate(sources) if not importable(s.name)]
    run.text_drafts = len(wanted)
    task = _Task(ruleset, settings, unsafe)
    for (index, source), computed in zip(wanted, _computed(task, wanted, jobs), strict=True):
        if computed is not None:
            run.sources[index], run.results[index] = _finish(source, computed, run, diff=diff)
    return run


@dataclass(frozen=True)
class _Task:
    ruleset: RuleSet
    settings: RunSettings
    unsafe: bool


@dataclass
class _Computed:
    """One draft's fixing rounds: its text before and after, and its results then."""

    bom: str
    before: str
    after: str
    applied: int
    first: FileResult
    last: FileResult


_MIN_PER_WORKER = 32  # below this, starting workers costs more than it saves
_TASK: _Task | None = None  # what forked workers fix with


def _computed(
    task: _Task, wanted: Sequence[tuple[int, Source]], jobs: int
) -> Iterator[_Computed | None]:
    """Each draft's fixing rounds, in order: here, or in forked worker processes."""
    import multiprocessing

    drafts = [source for _, source in wanted]
    forking = "fork" in multiprocessing.get_all_start_methods()
    jobs = min(jobs, len(drafts) // _MIN_PER_WORKER)
    if jobs < 2 or not forking or any(s.path is None for s in drafts):
        for source in drafts:
            yield _compute(task, source)
        return
    yield from _in_workers(task, drafts, jobs)


def _in_workers(task: _Task, drafts: list[Source], jobs: int) -> Iterator[_Computed | None]:
    global _TASK
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from peelcheck.run.workers import map_in_workers, quiet_worker

    _TASK = task  # forked workers inherit the loaded rules
    context = multiprocessing.get_context("fork")
    pool = ProcessPoolExecutor(jobs, mp_context=context, initializer=quiet_worker)
    try:
        yield from map_in_workers(pool, _compute_in_worker, drafts, 8)
    finally:
        _TASK = None


def _compute_in_worker(source: Source) -> _Computed | None:
    assert _TASK is not None
    return _compute(_TASK, source)


def _compute(task: _Task, source: Source) -> _Computed | None:
    """The fixing rounds of one draft, nothing written; None when it cannot be read as
    UTF-8 text (the check reports it)."""
    from peelcheck.draft.read import MAX_BYTES
    from peelcheck.fixes.apply import fix_text
    from peelcheck.run.pipeline import check_source

    data = source.data
    if data is None:
        assert source.path is not None
        try:
            data = read_bounded(source.path, MAX_BYTES)
        except (NotReadable, OSError):
            return None
    bom, text = _decoded(data)
    if text is None:
        return None
    results: list[FileResult] = []

    def check(draft: str) -> list[Finding]:
        fixed = Source(source.name, source.path, (bom + draft).encode("utf-8"), source.ignore)
        results.append(check_source(fixed, task.ruleset, task.settings))
        return results[-1].findings

    json = source.name.lower().endswith(".json")
    outcome = fix_text(text, check, unsafe=task.unsafe, json=json)
    return _Computed(bom, text, outcome.text, len(outcome.applied), results[0], results[-1])


def _finish(
    source: Source, done: _Computed, run: FixRun, *, diff: bool
) -> tuple[Source, FileResult]:
    """Write the fixed draft (or add its diff); the source to check now and its result."""
    if source.path is None:
        run.stdin_text = done.bom + done.after
    if done.after == done.before:
        return source, done.first
    if diff:
        run.fixed += done.applied
        run.changed.append(source.name)
        run.diff.extend(unified_diff(source.name, done.before, done.after))
        return source, done.first
    if source.path is not None and not _written(source.path, done.bom + done.after):
        run.failed = True
        return source, done.first
    run.fixed += done.applied
    run.changed.append(source.name)
    new = (done.bom + done.after).encode("utf-8")
    return Source(source.name, source.path, new, source.ignore), done.last


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
