"""Many drafts at once: in this process, or in worker processes when there are enough drafts
to pay for them, with the results cache when the run has one."""

from __future__ import annotations

import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, cast

from peelcheck.packs.ruleset import RuleSet
from peelcheck.results.file_result import FileResult
from peelcheck.run.inputs import Source
from peelcheck.run.pipeline import check_for_output, check_keyed, not_checked, source_key
from peelcheck.run.settings import RunSettings

if TYPE_CHECKING:
    from peelcheck.results.cache import ResultCache

T = TypeVar("T")
S = TypeVar("S")

_STOP_SIGNALS = {signal.SIGINT, signal.SIGTERM}
_WORKER: tuple[RuleSet, RunSettings] | None = None


def quiet_worker() -> None:
    """Set up a worker process of `map_in_workers`."""
    # The parent alone answers Ctrl-C and SIGTERM (it ends the workers, with SIGTERM), and
    # alone writes to standard error: a worker's own errors reach the parent as exceptions,
    # and a worker left behind by a broken pool would otherwise print a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # the parent's handler is for the parent
    signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOP_SIGNALS)  # blocked while forking
    sys.stderr = Path(os.devnull).open("w", encoding="utf-8")  # noqa: SIM115 (lives as long)


def _init_worker(settings: RunSettings) -> None:
    global _WORKER
    quiet_worker()
    if _WORKER is not None and _WORKER[1] == settings:
        return  # forked from the parent with its rules already loaded
    _WORKER = (settings.ruleset(), settings)


def _work(source: Source) -> FileResult:
    assert _WORKER is not None
    return check_for_output(source, *_WORKER)


def _work_keyed(source: Source) -> tuple[str | None, FileResult]:
    assert _WORKER is not None
    return check_keyed(source, *_WORKER)


def check_all(
    sources: Sequence[Source],
    ruleset: RuleSet,
    settings: RunSettings,
    *,
    jobs: int = 1,
    progress: Callable[[int], None] | None = None,
    cache: ResultCache | None = None,
) -> Iterator[FileResult]:
    """Check every source, in input order whatever `jobs` is.

    With more than one job and enough drafts to pay for it, drafts are checked in worker
    processes. Where processes fork by default (Linux), workers inherit the parent's loaded
    rules; elsewhere each loads them once. Results carry findings (without the fixes' copies
    of the values they edit) and, if `settings.outlines`, outlines, not the parsed draft: a
    run holds every result until its output is written. With a `cache`, drafts whose bytes
    and name it knows are not checked again; the others are, and are added to it.
    """
    if cache is None:
        yield from _check_many(sources, ruleset, settings, check_for_output, jobs, progress)
        return
    known: dict[int, FileResult] = {}
    for index, source in enumerate(sources):
        _, key = source_key(source)
        found = cache.get(key, source.name) if key is not None else None
        if found is not None:
            known[index] = FileResult(source.name, *found)
    missing = [source for index, source in enumerate(sources) if index not in known]
    fresh = _check_many(missing, ruleset, settings, check_keyed, jobs, None)
    for index in range(len(sources)):
        result = known.pop(index, None)
        if result is None:
            key, result = next(fresh)
            if key is not None:
                cache.put(key, result.findings, result.checked, result.outline)
        yield result
        if progress:
            progress(1)


def _check_many(
    sources: Sequence[Source],
    ruleset: RuleSet,
    settings: RunSettings,
    work: Callable[[Source, RuleSet, RunSettings], T],
    jobs: int,
    progress: Callable[[int], None] | None,
    *,
    in_workers: bool = False,
) -> Iterator[T]:
    if not in_workers:  # a few drafts are checked sooner here than in worker processes
        jobs = max(1, min(jobs, len(sources) // _MIN_PER_WORKER or 1))
    if jobs == 1 and not in_workers:
        for source in sources:
            yield work(source, ruleset, settings)
            if progress:
                progress(1)
        return
    from concurrent.futures.process import BrokenProcessPool

    done = 0
    try:
        for result in _in_pool(sources, ruleset, settings, work, jobs):
            done += 1
            yield result
            if progress:
                progress(1)
    except BrokenProcessPool:
        # A worker was killed (the out-of-memory killer, a signal): the draft it held may be
        # the cause. Check the next draft alone; if its worker dies too, report it as not
        # checked; then go on with the rest. Each round settles at least one draft.
        yield from _isolated(sources[done], ruleset, settings, work)
        if progress:
            progress(1)
        # the rest stays in workers: a draft that can kill a process never runs in this one
        rest = sources[done + 1 :]
        if rest:
            yield from _check_many(rest, ruleset, settings, work, jobs, progress, in_workers=True)


def _isolated(
    source: Source, ruleset: RuleSet, settings: RunSettings, work: Callable[..., T]
) -> Iterator[T]:
    """One draft checked in a worker of its own; a not-checked result if that worker dies."""
    from concurrent.futures.process import BrokenProcessPool

    try:
        yield from _in_pool([source], ruleset, settings, work, 1)
    except BrokenProcessPool:
        message = (
            "peelcheck could not finish checking this draft: the process checking it ended "
            "unexpectedly (killed, for example for lack of memory); the other drafts were checked"
        )
        result = not_checked(source, message)
        yield cast(T, result if work is check_for_output else (None, result))


def _in_pool(
    sources: Sequence[Source],
    ruleset: RuleSet,
    settings: RunSettings,
    work: Callable[[Source, RuleSet, RunSettings], T],
    jobs: int,
) -> Iterator[T]:
    """Results of `work` on each source, in order, from a pool of `jobs` worker processes."""
    global _WORKER
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context()  # the platform's default start method
    forking = context.get_start_method() == "fork"
    chunk = max(1, min(16, len(sources) // (jobs * 8)))  # small chunks: workers end together
    previous, _WORKER = _WORKER, (ruleset, settings) if forking else None
    pool = ProcessPoolExecutor(
        jobs, mp_context=context, initializer=_init_worker, initargs=(settings,)
    )
    try:
        in_worker = cast(Callable[[Source], T], _IN_WORKER[work])  # module-level: picklable
        yield from map_in_workers(pool, in_worker, sources, chunk)
    finally:
        _WORKER = previous


def map_in_workers(
    pool: Any, work: Callable[[S], T], items: Sequence[S], chunksize: int
) -> Iterator[T]:
    """`pool.map(work, items)`, in order, ending the pool as each way out needs: at once on
    Ctrl-C, joined when a worker died, without waiting on an error or an early stop.
    Workers set themselves up with `quiet_worker`."""
    from concurrent.futures.process import BrokenProcessPool

    try:
        # Workers are forked when the work is submitted. A Ctrl-C or SIGTERM arriving during
        # a fork would be lost in the parent (raised inside its fork hooks, where Python only
        # prints it) and taken early by the child: hold them until the workers exist.
        previous_mask = signal.pthread_sigmask(signal.SIG_BLOCK, _STOP_SIGNALS)
        try:
            results = pool.map(work, items, chunksize=chunksize)
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, previous_mask)
        yield from results
    except KeyboardInterrupt:
        _end_workers(pool)
        raise
    except BrokenProcessPool:
        # its threads have ended; joining them now keeps the executor's exit hook from
        # writing to their closed pipe when Python exits
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    except BaseException:  # an error, or the caller stopped early: no more work is needed
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    else:
        pool.shutdown()


def _end_workers(pool: Any) -> None:
    """Ctrl-C: end the workers at once instead of waiting for their work.

    Waiting can hang for ever: a worker interrupted too blocks writing a result that
    nobody reads any more. Ending them may leave the pool's pipes half-written, so the
    process must then exit without waiting for the pool's threads (the CLI uses os._exit).
    """
    # The pool's manager thread may now fail on a pipe a worker left half-written, and
    # Python would print that thread's traceback after the run's one line: the run is
    # ending, so the pool's threads end quietly.
    threading.excepthook = _quiet_thread_end
    # ProcessPoolExecutor has no public way to end its workers before Python 3.14
    # (terminate_workers); its `_processes` has held them since 3.2.
    processes = list((getattr(pool, "_processes", None) or {}).values())
    for process in processes:
        process.terminate()
    pool.shutdown(wait=False, cancel_futures=True)


def _quiet_thread_end(_: threading.ExceptHookArgs) -> None:
    """An uncaught error in a thread of a run being stopped: nothing to report."""


_IN_WORKER: dict[Callable[..., object], Callable[[Source], object]] = {
    check_for_output: _work,
    check_keyed: _work_keyed,
}
_MIN_PER_WORKER = 16  # below this a worker's start-up costs more than it saves


def default_jobs() -> int:
    """All cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1
