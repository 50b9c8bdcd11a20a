"""Where `peelcheck check` writes: each --format with its --output, or standard output; the
--annotate copies of Word drafts; the progress bar on standard error."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from peelcheck import formatters
from peelcheck.cli.app import fail
from peelcheck.core.atomic import same_file, write_atomically
from peelcheck.core.findings import Severity

if TYPE_CHECKING:
    from peelcheck.formatters import RunReport


def pair_targets(
    formats: Sequence[str], outputs: Sequence[str], order: Sequence[str] | None
) -> list[tuple[str, str | None]]:
    """Pair each --output with the --format written just before it (see docs/output.md).

    `order` lists "formats" and "outputs" as they appear on the command line; without it
    the Nth --output goes with the Nth --format.
    """
    names = [f.lower() for f in formats]
    for name in names:
        if name not in formatters.FORMATS:
            fail(f"unknown format {name!r}; choose from {', '.join(formatters.available())}")
    if order is None:
        counts = (("formats", len(names)), ("outputs", len(outputs)))
        order = [kind for i in range(max(len(names), len(outputs))) for kind, n in counts if i < n]
    pairs: list[list[str | None]] = []
    pending: str | None = None  # an --output written before any --format
    to_format, to_output = iter(names), iter(outputs)
    for kind in order:
        if kind == "formats":
            pairs.append([next(to_format), pending])
            pending = None
        elif kind == "outputs":
            output = next(to_output)
            if pairs and pairs[-1][1] is None:
                pairs[-1][1] = output
            elif not pairs and pending is None:
                pending = output
            else:
                fail(f"--output {output} has no --format of its own; give one per --output")
    if pending is not None or not pairs:
        pairs.append(["text", pending])
    # "-" is standard output, as for drafts and --fix
    paired = [(str(name), None if out == "-" else out) for name, out in pairs]
    _check_output_files(paired)
    return paired


def _check_output_files(paired: Sequence[tuple[str, str | None]]) -> None:
    """One format to standard output at most; each --output a new place in a real folder."""
    if sum(1 for _, out in paired if out is None) > 1:
        fail("only one format can go to standard output; give the others an --output file")
    seen: set[Path] = set()
    for _, out in paired:
        if out is None:
            continue
        target = Path(out)
        if target.is_dir():
            fail(f"--output {out} is a folder; give a file name")
        if not target.resolve().parent.is_dir():
            fail(f"--output {out}: the folder {target.parent} does not exist")
        if target.resolve() in seen:
            fail(f"--output {out} is given twice")
        seen.add(target.resolve())


def refuse_overwriting_inputs(
    targets: Sequence[tuple[str, str | None]], inputs: Iterable[tuple[Path, str]]
) -> None:
    """An --output never names a file the run reads: a draft, the config, a rule pack, a
    baseline (through a link, a hard link or `..` too). `inputs` pairs each with what it is."""
    outputs = [Path(out) for _, out in targets if out is not None]
    if not outputs:
        return
    for path, what in inputs:
        for output in outputs:
            if output.exists() and same_file(output, path):
                fail(f"--output {output} is {what}; choose another file")


def echo_stdout(pieces: Iterable[str], code: int, *, color: bool) -> None:
    """Write to standard output; when the reader has gone (`| head`), stop quietly with
    `code`; when the output cannot be written (a full disk), one line and exit 2."""
    try:
        for text in pieces:
            click.echo(text, nl=False, color=color)  # click would strip colour off a terminal
        sys.stdout.flush()
    except BrokenPipeError:
        stdout_gone()
        sys.exit(code)
    except OSError as err:
        stdout_gone()
        fail(f"cannot write to standard output: {err.strerror}")


def stdout_gone() -> None:
    """Point standard output at devnull: Python would fail again when it flushes at exit."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def use_color(flag: bool | None) -> bool:
    if flag is not None:
        return flag
    return not os.environ.get("NO_COLOR") and sys.stdout.isatty()


def write_outputs(
    report: RunReport, targets: Sequence[tuple[str, str | None]], color: bool | None, code: int
) -> None:
    """Render each format to its file, or to standard output (stopping quietly when the
    reader has gone, with exit code `code`)."""
    for name, output in targets:
        report.color = output is None and use_color(color)
        pieces = formatters.render_chunks(name, report)
        if output is None:
            echo_stdout(pieces, code, color=report.color)
            continue
        try:
            write_atomically(Path(output), pieces)
        except OSError as err:
            fail(f"cannot write {output}: {err.strerror}")


def plan_annotations(out: str | None, sources: Sequence[Any]) -> Any:
    """Where --annotate writes the Word copies; a usage error before any draft is checked."""
    if out is None:
        return None
    from peelcheck.annotate import AnnotateError, plan

    try:
        return plan(out, sources)
    except AnnotateError as err:
        fail(str(err))


def write_annotations(
    found: Any, results: Sequence[Any], show: Severity, *, tracked: bool, unsafe: bool
) -> None:
    """Write the Word copies `plan_annotations` planned (nothing without --annotate)."""
    if found is None:
        return
    from peelcheck.annotate import AnnotateError, write

    try:
        notes = write(found, results, show, tracked=tracked, unsafe=unsafe)
    except AnnotateError as err:
        fail(str(err))
    for note in notes:
        click.echo(f"peelcheck: {note}", err=True)


PROGRESS_MIN_DRAFTS = 500  # fewer drafts take well under a second; a bar would only flicker


def progress(count: int, targets: Sequence[tuple[str, str | None]]) -> Any:
    """A context giving a `progress(n)` callback: a bar on standard error for a long run on
    a terminal; nothing in CI, when standard error is not a terminal, or when standard
    output is piped (the bar would interleave with the output)."""
    import contextlib

    to_stdout = any(out is None for _, out in targets)
    if (
        count < PROGRESS_MIN_DRAFTS
        or os.environ.get("CI", "").lower() not in ("", "0", "false")
        or not sys.stderr.isatty()
        or (to_stdout and not sys.stdout.isatty())
    ):
        return contextlib.nullcontext(None)

    @contextlib.contextmanager
    def bar() -> Any:
        with click.progressbar(
            length=count,
            label="checking",
            file=sys.stderr,
            show_pos=True,
            update_min_steps=max(1, count // 200),  # redraw at most ~200 times
        ) as progress:
            yield progress.update

    return bar()
