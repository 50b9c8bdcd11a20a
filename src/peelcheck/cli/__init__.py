"""The command line. It only wires the stages together: inputs, rules, pipeline, formatters.

Exit codes (a contract): 0 no finding at or above the fail level; 1 findings at or above it
(an unreadable or schema-invalid draft counts, as error findings); 2 usage or tool errors.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import functools
import os
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

import click

from peelcheck import __version__
from peelcheck.core.findings import Severity

EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2
EXIT_INTERRUPTED = 130  # the shell's convention for a run stopped by Ctrl-C (SIGINT)


def _fail(message: str) -> NoReturn:
    """Report a usage or tool error in one line and exit 2."""
    click.echo(f"peelcheck: error: {message}", err=True)
    sys.exit(EXIT_USAGE)


def _split(values: Sequence[str]) -> tuple[str, ...]:
    """`--select a,b --select c` -> (a, b, c)."""
    return tuple(v.strip() for value in values for v in value.split(",") if v.strip())


def _interrupted(message: str) -> NoReturn:
    """Ctrl-C: one line and exit 130 at once.

    `os._exit`, not `sys.exit`: an interrupted run can leave the worker pool's threads
    waiting on pipes that the workers, stopped half-way, will never fill, and a normal exit
    waits for those threads for ever. Nothing is left to write; the workers see their
    pipes close and end.
    """
    click.echo(message, err=True)
    with contextlib.suppress(OSError, ValueError):
        sys.stderr.flush()
    os._exit(EXIT_INTERRUPTED)


class _Commands(click.Group):
    """peelcheck's command group: Ctrl-C anywhere exits 130 with one line, as documented
    (click would print "Aborted!" and exit 1)."""

    def invoke(self, ctx: click.Context) -> Any:
        """Run the command; a Ctrl-C not handled by it ends the run with exit 130."""
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            _interrupted("peelcheck: interrupted")


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="peelcheck")
def main() -> None:
    """Check drafts of graded inspection reports for consistency."""


@dataclass(frozen=True)
class RuleChoice:
    """The options that choose rules, shared by check, rules, explain and test."""

    config_path: str | None
    no_config: bool
    rule_files: tuple[str, ...]
    select: tuple[str, ...]
    ignore: tuple[str, ...]


def _settings(choice: RuleChoice, **extra: Any) -> tuple[Any, Any]:
    """Merge the discovered config with command-line options into RunSettings."""
    from peelcheck.core.problems import SetupError
    from peelcheck.packs.load import builtin_pack_names
    from peelcheck.run.config import Config, Origins, discover, load_config, origins
    from peelcheck.run.settings import RunSettings

    config_path, rule_files = choice.config_path, choice.rule_files
    path = Path(config_path) if config_path else None
    if path is None and not choice.no_config:
        path = discover(Path.cwd())
    try:
        config = load_config(path) if path else Config()
    except SetupError as err:
        for problem in err.problems:
            click.echo(f"peelcheck: error: {problem}", err=True)
        sys.exit(EXIT_USAGE)
    base = path.parent.resolve() if path else Path.cwd()
    packs = list(config.packs) if config.packs is not None else builtin_pack_names()
    packs += [str(base / p) for p in config.extra_packs]
    packs += [str(Path(p).resolve()) for p in rule_files]
    select = _split(choice.select)
    named = origins(path, config) if path else Origins((), ())
    from_config = named.selection
    if select:  # --select replaces the config's select:, so its names are not the config's
        from_config = tuple(item for item in from_config if item[0] != "--select")
    settings = RunSettings(
        packs=tuple(packs),
        base=base,
        severities=tuple(config.rules.items()),
        origins=named.rules,
        select=select or tuple(config.select),
        ignore=_split(choice.ignore) + tuple(config.ignore),
        selection_origins=from_config,
        **extra,
    )
    return settings, config


def _load_rules(settings: Any) -> Any:
    from peelcheck.core.problems import SetupError

    try:
        return settings.ruleset()
    except OSError as err:  # a pack or table that exists but cannot be read
        _fail(f"{err.filename}: {err.strerror}")
    except SetupError as err:
        if all(p.file in ("--select", "--ignore") for p in err.problems):
            _fail_unknown_names(settings, err.problems)
        for problem in err.problems:
            click.echo(f"{problem}", err=True)
        click.echo(
            f"peelcheck: error: {len(err.problems)} problem(s) in rule or config files; "
            "nothing was checked",
            err=True,
        )
        sys.exit(EXIT_USAGE)


def _fail_unknown_names(settings: Any, problems: Sequence[Any]) -> NoReturn:
    """Unknown rule ids or packs in --select/--ignore: one line each, with a suggestion."""
    import dataclasses
    import difflib

    from peelcheck.core.problems import SetupError

    try:
        everything = dataclasses.replace(settings, select=(), ignore=()).ruleset()
    except SetupError:
        for problem in problems:
            click.echo(f"peelcheck: error: {problem.file}: {problem.message}", err=True)
        sys.exit(EXIT_USAGE)
    known = [r.id for r in everything.rules] + [p.name for p in everything.packs]
    for option, names in (("--select", settings.select), ("--ignore", settings.ignore)):
        for name in names:
            if name not in known:
                close = difflib.get_close_matches(name, known, n=1)
                hint = f"did you mean {close[0]!r}?" if close else "`peelcheck rules` lists them"
                click.echo(
                    f"peelcheck: error: {option}: unknown rule or pack {name!r}; {hint}", err=True
                )
    sys.exit(EXIT_USAGE)


_LEVELS = click.Choice(["error", "warning", "info"], case_sensitive=False)
_rule_options = [
    click.option(
        "--config",
        "config_path",
        type=click.Path(dir_okay=False),
        help="Config file (default: discovered upwards).",
    ),
    click.option("--no-config", is_flag=True, help="Ignore any discovered config file."),
    click.option(
        "--rules",
        "rule_files",
        multiple=True,
        type=click.Path(),
        help="Extra rule pack file (repeatable).",
    ),
    click.option(
        "--select",
        multiple=True,
        help="Only these rule ids or packs (comma-separated, repeatable).",
    ),
    click.option(
        "--ignore",
        multiple=True,
        help="Never these rule ids or packs (comma-separated, repeatable).",
    ),
]


def rule_options(func: Any) -> Any:
    """Add the rule-choosing options to a command, passed to it as one `choice` argument."""

    @functools.wraps(func)
    def command(
        *args: Any,
        config_path: str | None,
        no_config: bool,
        rule_files: tuple[str, ...],
        select: tuple[str, ...],
        ignore: tuple[str, ...],
        **kwargs: Any,
    ) -> Any:
        choice = RuleChoice(config_path, no_config, rule_files, select, ignore)
        return func(*args, choice=choice, **kwargs)

    for option in reversed(_rule_options):
        command = option(command)
    return command


class _OrderedCommand(click.Command):
    """A command that records the order its options were written in (`ctx.meta`), so that
    each --output can go with the --format written just before it."""

    def make_parser(self, ctx: click.Context) -> Any:
        """The usual parser, wrapped to keep the order of the options as written."""
        parser = super().make_parser(ctx)
        parse = parser.parse_args

        def parse_args(args: list[str]) -> Any:
            opts, rest, order = parse(args)
            ctx.meta[_OPTION_ORDER] = [getattr(param, "name", "") for param in order]
            return opts, rest, order

        parser.parse_args = parse_args  # type: ignore[method-assign]
        return parser


_OPTION_ORDER = "peelcheck.option_order"
PROGRESS_MIN_DRAFTS = 500  # fewer drafts take well under a second; a bar would only flicker


@main.command(cls=_OrderedCommand)
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format",
    "-f",
    "formats",
    multiple=True,
    help="text, json, sarif, junit, github or markdown [default: text]. Repeat it, each "
    "followed by its --output, for several at once (docs/output.md).",
)
@click.option(
    "--output",
    "-o",
    "outputs",
    multiple=True,
    type=click.Path(),
    help="File for the --format written just before it [default: standard output].",
)
@click.option(
    "--fail-on",
    type=click.Choice(["error", "warning", "info", "never"], case_sensitive=False),
    default=None,
    help="Lowest severity that makes the exit code 1 [default: error].",
)
@click.option("--show", type=_LEVELS, default=None, help="Lowest severity shown [default: info].")
@click.option("--quiet", "-q", is_flag=True, help="Findings only, no summary line.")
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=None,
    help="Parallel worker processes [default: all cores].",
)
@click.option("--stdin-filename", default="<stdin>", help="Name for a draft read from '-'.")
@click.option("--no-waivers", is_flag=True, help="Ignore waivers in drafts (for audits).")
@click.option(
    "--baseline",
    "baseline_file",
    type=click.Path(),
    metavar="FILE",
    default=None,
    help="Baseline file: findings recorded there are shown as waived; new ones fail.",
)
@click.option(
    "--write-baseline",
    type=click.Path(),
    metavar="FILE",
    default=None,
    help="Record the current findings in this baseline file (drafts not checked keep theirs).",
)
@click.option("--prune-baseline", is_flag=True, help="Drop stale entries from the --baseline file.")
@click.option(
    "--today",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    help="Date used by date rules, YYYY-MM-DD [default: today].",
)
@click.option(
    "--color/--no-color",
    default=None,
    help="Colour text output [default: on a terminal, unless NO_COLOR is set].",
)
@click.option(
    "--cache/--no-cache",
    "use_cache",
    default=None,
    help="Reuse the findings of drafts unchanged since a run with the same rules, options, "
    "date and peelcheck (docs/cache.md) [default: off, or the config's `cache:`].",
)
@click.option(
    "--cache-dir",
    type=click.Path(file_okay=False),
    metavar="DIR",
    default=None,
    help="Folder of the cache; implies --cache [default: .peelcheck_cache beside the config "
    "file, or in the current folder].",
)
@rule_options
def check(
    paths: tuple[str, ...],
    formats: tuple[str, ...],
    outputs: tuple[str, ...],
    fail_on: str | None,
    show: str | None,
    quiet: bool,
    jobs: int | None,
    stdin_filename: str,
    no_waivers: bool,
    baseline_file: str | None,
    write_baseline: str | None,
    prune_baseline: bool,
    today: dt.datetime | None,
    color: bool | None,
    use_cache: bool | None,
    cache_dir: str | None,
    choice: RuleChoice,
) -> None:
    """Check drafts (files, folders, globs, or - for standard input)."""
    from peelcheck import formatters
    from peelcheck.engine.evaluate import EngineError
    from peelcheck.run.inputs import InputError, collect
    from peelcheck.run.pipeline import check_all, default_jobs

    order = click.get_current_context().meta.get(_OPTION_ORDER)
    if order is not None:
        order = [kind for kind in order if kind in ("formats", "outputs")]
    targets = _targets(formats, outputs, order)
    settings, config = _settings(
        choice,
        use_waivers=not no_waivers,
        today=today.date() if today else None,
    )
    if cache_dir is None and config.cache_dir is not None:
        assert settings.base is not None
        cache_dir = str(settings.base / config.cache_dir)
    if use_cache is None:
        use_cache = cache_dir is not None or config.cache
    caching = use_cache
    if caching and settings.today is None:
        # a cached run fixes the date once: date rules and the cache agree on it
        settings = dataclasses.replace(settings, today=dt.date.today())
    ruleset = _load_rules(settings)
    cache = _open_cache(cache_dir, ruleset, settings) if caching else None
    from peelcheck.results.baseline import BaselineError, BaselineOptions

    try:
        baseline = BaselineOptions.parse(baseline_file, write_baseline, prune_baseline)
    except BaselineError as err:
        _fail(str(err))
    try:
        sources = collect(paths, stdin_name=stdin_filename)
    except InputError as err:
        _fail(str(err))
    fail_level = (fail_on or config.fail_on or "error").lower()
    show_level = Severity.parse(show or config.show or "info")
    _refuse_overwriting_drafts(targets, sources)
    try:
        with _progress(len(sources), targets) as advance:
            results = list(
                check_all(
                    sources,
                    ruleset,
                    settings,
                    jobs=jobs or default_jobs(),
                    progress=advance,
                    cache=cache,
                )
            )
    except OSError as err:
        _fail(f"{err.filename}: {err.strerror}")
    except EngineError as err:
        _fail(str(err))
    except KeyboardInterrupt:
        _interrupted("peelcheck: interrupted; nothing was reported")
    if cache is not None:
        _save_cache(cache)
    try:
        baseline_notes, baseline_extra = baseline.finish(results, ruleset, settings)
    except BaselineError as err:
        _fail(str(err))
    report = formatters.RunReport(
        results,
        [rule.doc() for rule in ruleset.rules],
        show=show_level,
        fail_on=None if fail_level == "never" else Severity.parse(fail_level),
        quiet=quiet,
    )
    report.extra.update(baseline_extra)
    for name, output in targets:
        report.color = output is None and _use_color(color)
        pieces = formatters.render_chunks(name, report)
        if output is None:
            _echo_stdout(pieces, _exit_code(report), color=report.color)
        else:
            try:
                with Path(output).open("w", encoding="utf-8") as handle:
                    handle.writelines(pieces)
            except OSError as err:
                _fail(f"cannot write {output}: {err.strerror}")
    for note in baseline_notes:
        click.echo(f"peelcheck: {note}", err=True)
    sys.exit(_exit_code(report))


def _open_cache(folder: str | None, ruleset: Any, settings: Any) -> Any:
    from peelcheck.results.cache import DEFAULT_FOLDER, ResultCache, fingerprint

    assert settings.today is not None
    run = fingerprint(ruleset, use_waivers=settings.use_waivers, today=settings.today)
    # like the config, the cache belongs to the project: beside the config file, if any
    return ResultCache(Path(folder) if folder else settings.base / DEFAULT_FOLDER, run)


def _save_cache(cache: Any) -> None:
    from peelcheck.results.cache import CacheError

    try:
        cache.save()
    except CacheError as err:  # the findings stand; only the next run is slower
        click.echo(f"peelcheck: warning: {err}; this run's results were not cached", err=True)


def _targets(
    formats: Sequence[str], outputs: Sequence[str], order: Sequence[str] | None
) -> list[tuple[str, str | None]]:
    """Pair each --output with the --format written just before it (see docs/output.md).

    `order` lists "formats" and "outputs" as they appear on the command line; without it
    the Nth --output goes with the Nth --format.
    """
    from peelcheck import formatters

    names = [f.lower() for f in formats]
    for name in names:
        if name not in formatters.FORMATS:
            _fail(f"unknown format {name!r}; choose from {', '.join(formatters.available())}")
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
                _fail(f"--output {output} has no --format of its own; give one per --output")
    if pending is not None or not pairs:
        pairs.append(["text", pending])
    paired = [(str(name), out) for name, out in pairs]
    if sum(1 for _, out in paired if out is None) > 1:
        _fail("only one format can go to standard output; give the others an --output file")
    seen: set[Path] = set()
    for _, out in paired:
        if out is None:
            continue
        target = Path(out)
        if target.is_dir():
            _fail(f"--output {out} is a folder; give a file name")
        if not target.resolve().parent.is_dir():
            _fail(f"--output {out}: the folder {target.parent} does not exist")
        if target.resolve() in seen:
            _fail(f"--output {out} is given twice")
        seen.add(target.resolve())
    return paired


def _refuse_overwriting_drafts(targets: Sequence[tuple[str, str | None]], sources: Any) -> None:
    drafts = {s.path.resolve() for s in sources if s.path is not None}
    for _, out in targets:
        if out is not None and Path(out).resolve() in drafts:
            _fail(f"--output {out} is one of the drafts to check; choose another file")


def _progress(count: int, targets: Sequence[tuple[str, str | None]]) -> Any:
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


def _echo_stdout(pieces: Iterable[str], code: int, *, color: bool) -> None:
    """Write to standard output; when the reader has gone (`| head`), stop quietly."""
    try:
        for text in pieces:
            click.echo(text, nl=False, color=color)  # click would strip colour off a terminal
        sys.stdout.flush()
    except BrokenPipeError:
        # Python would complain again when it flushes stdout at exit: point it at devnull.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(code)


def _use_color(flag: bool | None) -> bool:
    if flag is not None:
        return flag
    return not os.environ.get("NO_COLOR") and sys.stdout.isatty()


def _exit_code(report: Any) -> int:
    if report.fail_on is None:
        return EXIT_CLEAN
    failing = any(
        f.waived is None and f.severity >= report.fail_on
        for r in report.results
        for f in r.findings
    )
    return EXIT_FINDINGS if failing else EXIT_CLEAN


@main.command("rules")
@click.option("--programme", type=click.Choice(["PEEL", "FRS"], case_sensitive=False), default=None)
@click.option("--cycle", default=None, help="Only rules that apply to this cycle, e.g. 2016.")
@rule_options
def list_rules(
    programme: str | None,
    cycle: str | None,
    choice: RuleChoice,
) -> None:
    """List the rules that apply: id, severity, pack, description."""
    settings, _ = _settings(choice)
    ruleset = _load_rules(settings)
    rows = []
    packs = {p.name: p.applies_to for p in ruleset.packs}
    for rule in ruleset.rules:
        scopes = [s for s in (packs[rule.pack], rule.spec.applies_to) if s is not None]
        if programme and any(s.programme and programme.upper() not in s.programme for s in scopes):
            continue
        if cycle and any(s.cycles and cycle not in s.cycles for s in scopes):
            continue
        summary = rule.spec.description.strip().splitlines()[0]
        summary = summary.removeprefix("What it does: ")
        rows.append((rule.id, rule.severity.label, rule.pack, summary))
    width = max((len(r[0]) for r in rows), default=0)
    for rule_id, severity, pack, summary in rows:
        click.echo(f"{rule_id:<{width}}  {severity:<7}  {pack:<12}  {summary}")
    if not rows:
        click.echo("no rules apply", err=True)


@main.command()
@click.argument("rule_id")
@rule_options
def explain(
    rule_id: str,
    choice: RuleChoice,
) -> None:
    """Explain a rule: what it does, why, the rule as written, an example it flags."""
    import difflib

    settings, _ = _settings(choice)
    ruleset = _load_rules(settings)
    rule = ruleset.get(rule_id)
    if rule is None:
        close = difflib.get_close_matches(rule_id, [r.id for r in ruleset.rules], n=1)
        hint = f"; did you mean {close[0]!r}?" if close else "; `peelcheck rules` lists them"
        _fail(f"unknown rule {rule_id!r}{hint}")
    from peelcheck.packs.explain import explain_rule

    click.echo(explain_rule(rule))


@main.command("checks")
def list_checks() -> None:
    """Document the named checks that rules can use."""
    import inspect

    from peelcheck.checks.api import registry

    for name, cls in registry().items():
        click.echo(f"## {name}\n\n{inspect.cleandoc(cls.__doc__ or '')}\n")


@main.command("test")
@click.argument("paths", nargs=-1, type=click.Path(exists=True))
@click.option("--verbose", "-v", is_flag=True, help="List every case, not only failures.")
@rule_options
def test_rules(
    paths: tuple[str, ...],
    verbose: bool,
    choice: RuleChoice,
) -> None:
    """Run rule tests: drafts and the findings they must and must not give (tests/rules)."""
    from peelcheck.core.problems import SetupError
    from peelcheck.run import ruletest

    settings, _ = _settings(choice)
    ruleset = _load_rules(settings)
    folders = [Path(p) for p in paths] or [Path("tests/rules")]
    if not paths and not folders[0].is_dir():
        _fail("no test folder given and tests/rules does not exist")
    try:
        results = ruletest.run(folders, ruleset)
    except SetupError as err:
        for problem in err.problems:
            click.echo(str(problem), err=True)
        _fail(f"{len(err.problems)} problem(s) in test files")
    if not results:
        _fail(f"no rule test files (*.yaml) in {', '.join(map(str, folders))}")
    failed = [r for r in results if not r.passed]
    for result in results:
        if verbose or not result.passed:
            mark = "ok  " if result.passed else "FAIL"
            click.echo(f"{mark} {result.file}:{result.line} {result.name}")
        for failure in result.failures:
            click.echo(f"     {failure}")
    files = len({r.file for r in results})
    noun = "test file" if files == 1 else "test files"
    click.echo(f"{len(results) - len(failed)} passed, {len(failed)} failed ({files} {noun})")
    sys.exit(EXIT_FINDINGS if failed else EXIT_CLEAN)


@main.command("import")
@click.argument("file")
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False),
    default=None,
    help="Write the draft to this file [default: standard output].",
)
@click.option("--force", is_flag=True, help="Overwrite the --output file if it exists.")
@click.option(
    "--lenient",
    is_flag=True,
    help="Import what can be placed and list the rest on standard error, instead of stopping.",
)
def import_document(file: str, output: str | None, force: bool, lenient: bool) -> None:
    """Import a published page (.txt) or a Word draft (.docx) as a YAML draft."""
    from peelcheck.core.findings import sort_findings
    from peelcheck.draft.model import Report
    from peelcheck.draft.validate import validate_model
    from peelcheck.importers import import_file, importable
    from peelcheck.importers.yamlout import dump_draft

    path = Path(file)
    if not importable(file):
        _fail(f"{file}: cannot import this kind of file; give a .txt (a published page) or .docx")
    if not path.is_file():
        _fail(f"{file}: no such file")
    if output is not None and Path(output).exists() and not force:
        _fail(f"{output} already exists; add --force to overwrite it")
    try:
        loaded = import_file(path, file)
    except OSError as err:
        _fail(f"{file}: {err.strerror}")
    if loaded.data is None:
        first = loaded.findings[0]
        _fail(f"{first.file}:{first.line}:{first.column}: {first.message}")
    problems = sort_findings(list(loaded.findings) + validate_model(Report, loaded)[1])
    for problem in problems:
        where = "" if problem.rule == "import" else "does not fit the draft format: "
        place = f"{problem.file}:{problem.line}:{problem.column}"
        click.echo(f"{place}: {where}{problem.message}", err=True)
    if problems and not lenient:
        _fail(f"{len(problems)} problem(s); nothing written (--lenient imports what it can place)")
    if problems:
        click.echo(
            f"peelcheck: --lenient: imported despite the {len(problems)} problem(s) above; "
            "what could not be placed was skipped",
            err=True,
        )
    text = dump_draft(loaded.data, f"Imported by peelcheck from {path.name}.")
    if output is None:
        click.echo(text, nl=False)
        return
    try:
        with Path(output).open("w" if force else "x", encoding="utf-8") as handle:
            handle.write(text)
    except FileExistsError:
        _fail(f"{output} already exists; add --force to overwrite it")
    except OSError as err:
        _fail(f"cannot write {output}: {err.strerror}")
