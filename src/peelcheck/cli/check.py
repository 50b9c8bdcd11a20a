"""`peelcheck check`: check drafts and write each requested format."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import click

from peelcheck.cli.app import (
    EXIT_CLEAN,
    EXIT_FINDINGS,
    EXIT_TERMINATED,
    Terminated,
    fail,
    interrupted,
    main,
)
from peelcheck.cli.baselines import BaselineRun
from peelcheck.cli.caching import open_cache, rules_hash, save_cache
from peelcheck.cli.files import (
    FileChoice,
    drafts_to_check,
    file_options,
    file_selection,
    per_file_names,
)
from peelcheck.cli.options import LEVELS, RuleChoice, load_rules, rule_options, run_settings
from peelcheck.cli.outputs import (
    pair_targets,
    plan_annotations,
    progress,
    refuse_overwriting_inputs,
    write_annotations,
    write_outputs,
)
from peelcheck.core.findings import Severity


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


@main.command(cls=_OrderedCommand)
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format",
    "-f",
    "formats",
    multiple=True,
    help="text, json, sarif, junit, github, markdown, gitlab or html [default: text]. Repeat it, "
    "each followed by its --output, for several at once.",
)
@click.option(
    "--output",
    "-o",
    "outputs",
    multiple=True,
    type=click.Path(),
    help="File for the --format written just before it; - is standard output "
    "[default: standard output].",
)
@click.option(
    "--fail-on",
    type=click.Choice(["error", "warning", "info", "never"], case_sensitive=False),
    default=None,
    help="Lowest severity that makes the exit code 1 [default: error].",
)
@click.option("--show", type=LEVELS, default=None, help="Lowest severity shown [default: info].")
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
    "--max-findings-per-rule",
    type=click.IntRange(min=0),
    default=None,
    metavar="N",
    help="List at most N findings of one rule in one draft, then one that counts the rest "
    "[default: 100, or the config's `max_findings_per_rule`; 0: no limit].",
)
@click.option(
    "--excerpt",
    is_flag=True,
    help="Each draft holds only part of a report (e.g. a page's opening): rules about "
    "missing questions do not run.",
)
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
    "date and peelcheck [default: off, or the config's `cache:`]. --no-cache also turns off "
    "the per-user cache of compiled rule packs, which is on by default.",
)
@click.option(
    "--cache-dir",
    type=click.Path(file_okay=False),
    metavar="DIR",
    default=None,
    help="Folder of the cache; implies --cache [default: .peelcheck_cache beside the config "
    "file, or in the current folder].",
)
@click.option(
    "--statistics", is_flag=True, help="Counts of findings by rule instead of each finding."
)
@click.option(
    "--annotate",
    metavar="OUT",
    default=None,
    help="Write a copy of each Word draft with one comment per finding: OUT.docx for one "
    "draft, a folder for several (peelcheck explain shows what each rule means). The drafts "
    "are never modified.",
)
@click.option(
    "--fix",
    is_flag=True,
    help="Apply the safe fixes to YAML and JSON drafts in place, then report what is left "
    "(with --annotate, Word copies get them as tracked changes).",
)
@click.option(
    "--unsafe-fixes",
    is_flag=True,
    help="With --fix or --diff: the fixes that need a person's judgment too.",
)
@click.option(
    "--diff",
    is_flag=True,
    help="Print a unified diff of what --fix would change; write nothing.",
)
@file_options
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
    excerpt: bool,
    max_findings_per_rule: int | None,
    baseline_file: str | None,
    write_baseline: str | None,
    prune_baseline: bool,
    today: dt.datetime | None,
    color: bool | None,
    use_cache: bool | None,
    cache_dir: str | None,
    statistics: bool,
    files: FileChoice,
    annotate: str | None,
    choice: RuleChoice,
    fix: bool,
    unsafe_fixes: bool,
    diff: bool,
) -> None:
    """Check drafts (files, folders, globs, or - for standard input)."""
    from peelcheck import formatters
    from peelcheck.packs.cache import default_folder

    order = click.get_current_context().meta.get(_OPTION_ORDER)
    if order is not None:
        order = [kind for kind in order if kind in ("formats", "outputs")]
    targets = pair_targets(formats, outputs, order)
    settings, config, named = run_settings(
        choice,
        use_waivers=not no_waivers,
        today=today.date() if today else None,
        excerpt=excerpt,
        pack_cache=None if use_cache is False else default_folder(),
    )
    limit = max_findings_per_rule
    if limit is None:
        limit = config.max_findings_per_rule if config.max_findings_per_rule is not None else 100
    settings = dataclasses.replace(settings, max_findings_per_rule=limit)
    if cache_dir is None and config.cache_dir is not None:
        assert settings.base is not None
        cache_dir = str(settings.base / config.cache_dir)
    caching = use_cache if use_cache is not None else cache_dir is not None or config.cache
    if caching and settings.today is None:
        # a cached run fixes the date once: date rules and the cache agree on it
        settings = dataclasses.replace(settings, today=dt.date.today())
    html = any(name == "html" for name, _ in targets)
    settings = dataclasses.replace(settings, outlines=html or caching)
    ruleset = load_rules(settings, named)
    per_file_names(config, ruleset, named)
    cache = open_cache(cache_dir, ruleset, settings) if caching else None
    baseline = BaselineRun(baseline_file, write_baseline, prune_baseline)
    baselines = [b for b in (baseline_file, write_baseline) if b]
    selection = file_selection(choice, files, config, settings.base or Path.cwd(), baselines)
    collected = drafts_to_check(paths, stdin_filename, selection)
    sources = collected.sources
    fail_level = (fail_on or config.fail_on or "error").lower()
    show_level = Severity.parse(show or config.show or "info")
    refuse_overwriting_inputs(
        targets, _inputs(sources, settings, choice, baseline_file, write_baseline)
    )
    annotations = plan_annotations(annotate, sources)
    fixing = _fix(sources, ruleset, settings, fix=fix, unsafe=unsafe_fixes, diff=diff, jobs=jobs)
    if fixing is None:
        results = _run_checks(sources, ruleset, settings, jobs, targets, cache)
    else:  # the drafts fixed were checked as they now read; the others are checked here
        sources = fixing.sources
        rest = [s for i, s in enumerate(sources) if i not in fixing.results]
        checked = iter(_run_checks(rest, ruleset, settings, jobs, targets, cache))
        results = [
            fixing.results[i] if i in fixing.results else next(checked) for i in range(len(sources))
        ]
    if cache is not None:
        save_cache(cache)
    baseline_notes, baseline_extra = baseline.finish(results, ruleset)
    report = formatters.RunReport(
        results,
        [rule.doc().linked(config.docs_url) for rule in ruleset.rules],
        show=show_level,
        fail_on=None if fail_level == "never" else Severity.parse(fail_level),
        quiet=quiet,
        skipped=collected.skipped,
        statistics=statistics,
        docs_url=config.docs_url,
        checked_on=settings.today,
        # hashing the packs' data takes ~10 ms: only the HTML report shows it
        rules_hash=rules_hash(ruleset) if html else "",
    )
    report.extra.update(baseline_extra)
    write_annotations(annotations, results, show_level, tracked=fix or diff, unsafe=unsafe_fixes)
    code = _exit_code(report)
    if fixing is not None:
        from peelcheck.cli.fixing import fixed_output

        code = fixed_output(fixing, report, targets, color, code, diff=diff)
    else:
        write_outputs(report, targets, color, code)
    for note in baseline_notes:
        click.echo(f"peelcheck: {note}", err=True)
    sys.exit(code)


def _fix(
    sources: Sequence[Any],
    ruleset: Any,
    settings: Any,
    *,
    fix: bool,
    unsafe: bool,
    diff: bool,
    jobs: int | None,
) -> Any:
    """Fix the drafts (or work out the diff) before they are checked; None without --fix."""
    if not (fix or diff):
        if unsafe:
            fail("--unsafe-fixes works with --fix or --diff")
        return None
    from peelcheck.cli.fixing import fix_or_fail

    return fix_or_fail(sources, ruleset, settings, unsafe=unsafe, diff=diff, jobs=jobs)


def _run_checks(
    sources: Sequence[Any],
    ruleset: Any,
    settings: Any,
    jobs: int | None,
    targets: Sequence[tuple[str, str | None]],
    cache: Any,
) -> list[Any]:
    """Every draft's result; a tool error or a stop (Ctrl-C, SIGTERM) ends the run here."""
    from peelcheck.engine.evaluate import EngineError
    from peelcheck.run.workers import check_all, default_jobs

    try:
        with progress(len(sources), targets) as advance:
            return list(
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
        fail(f"{err.filename}: {err.strerror}")
    except EngineError as err:
        fail(str(err))
    except KeyboardInterrupt as stop:
        if isinstance(stop, Terminated):
            interrupted("peelcheck: terminated (SIGTERM); nothing was reported", EXIT_TERMINATED)
        interrupted("peelcheck: interrupted; nothing was reported")
    raise AssertionError("unreachable: every branch above returns or exits")


def _inputs(
    sources: Sequence[Any],
    settings: Any,
    choice: RuleChoice,
    baseline_file: str | None,
    write_baseline: str | None,
) -> list[tuple[Path, str]]:
    """Every file the run reads, with what it is, so that no --output replaces one."""
    from peelcheck.run.config import discover

    found = [(s.path, "one of the drafts to check") for s in sources if s.path is not None]
    found += [(Path(p), "a rule pack of this run") for p in settings.packs if Path(p).is_file()]
    config = Path(choice.config_path) if choice.config_path else None
    if config is None and not choice.no_config:
        config = discover(Path.cwd())
    if config is not None:
        found.append((config, "the configuration file"))
    if baseline_file:
        found.append((Path(baseline_file), "the --baseline file"))
    if write_baseline:
        found.append((Path(write_baseline), "the --write-baseline file"))
    return found


def _exit_code(report: Any) -> int:
    if report.fail_on is None:
        return EXIT_CLEAN
    failing = any(
        f.waived is None and f.severity >= report.fail_on
        for r in report.results
        for f in r.findings
    )
    return EXIT_FINDINGS if failing else EXIT_CLEAN
