"""The command line. It only wires the stages together: inputs, rules, pipeline, formatters.

Exit codes (a contract): 0 no finding at or above the fail level; 1 findings at or above it
(an unreadable or schema-invalid draft counts, as error findings); 2 usage or tool errors.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

import click

from peelcheck import __version__
from peelcheck.findings import Severity

EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


def _fail(message: str) -> NoReturn:
    """Report a usage or tool error in one line and exit 2."""
    click.echo(f"peelcheck: error: {message}", err=True)
    sys.exit(EXIT_USAGE)


def _split(values: Sequence[str]) -> tuple[str, ...]:
    """`--select a,b --select c` -> (a, b, c)."""
    return tuple(v.strip() for value in values for v in value.split(",") if v.strip())


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="peelcheck")
def main() -> None:
    """Check drafts of graded inspection reports for consistency."""


def _settings(
    config_path: str | None,
    no_config: bool,
    rule_files: Sequence[str],
    select: Sequence[str],
    ignore: Sequence[str],
    **extra: Any,
) -> tuple[Any, Any]:
    """Merge the discovered config with command-line options into RunSettings."""
    from peelcheck.config import Config, discover, load_config, origins
    from peelcheck.pipeline import RunSettings
    from peelcheck.ruleset import RuleFileError, builtin_pack_names

    path = Path(config_path) if config_path else (None if no_config else discover(Path.cwd()))
    try:
        config = load_config(path) if path else Config()
    except RuleFileError as err:
        for problem in err.problems:
            click.echo(f"peelcheck: error: {problem}", err=True)
        sys.exit(EXIT_USAGE)
    base = path.parent.resolve() if path else Path.cwd()
    packs = list(config.packs) if config.packs is not None else builtin_pack_names()
    packs += [str(base / p) for p in config.extra_packs]
    packs += [str(Path(p).resolve()) for p in rule_files]
    settings = RunSettings(
        packs=tuple(packs),
        base=base,
        severities=tuple(config.rules.items()),
        origins=origins(path, config) if path else (),
        select=_split(select) or tuple(config.select),
        ignore=_split(ignore) + tuple(config.ignore),
        **extra,
    )
    return settings, config


def _load_rules(settings: Any) -> Any:
    from peelcheck.ruleset import RuleFileError

    try:
        return settings.ruleset()
    except RuleFileError as err:
        for problem in err.problems:
            click.echo(f"{problem}", err=True)
        click.echo(
            f"peelcheck: error: {len(err.problems)} problem(s) in rule or config files; "
            "nothing was checked",
            err=True,
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
    """The options that choose rules, shared by check, rules and test."""
    for option in reversed(_rule_options):
        func = option(func)
    return func


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format",
    "-f",
    "formats",
    multiple=True,
    help="text, json, sarif, junit, github or markdown. Repeat it, each with an --output, "
    "for several at once.",
)
@click.option(
    "--output",
    "-o",
    "outputs",
    multiple=True,
    type=click.Path(),
    help="File for the matching --format (default: standard output).",
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
    today: dt.datetime | None,
    color: bool | None,
    config_path: str | None,
    no_config: bool,
    rule_files: tuple[str, ...],
    select: tuple[str, ...],
    ignore: tuple[str, ...],
) -> None:
    """Check drafts (files, folders, globs, or - for standard input)."""
    from peelcheck import formatters
    from peelcheck.engine import EngineError
    from peelcheck.inputs import InputError, collect
    from peelcheck.pipeline import check_all, default_jobs

    targets = _targets(formats, outputs)
    settings, config = _settings(
        config_path,
        no_config,
        rule_files,
        select,
        ignore,
        use_waivers=not no_waivers,
        today=today.date() if today else None,
    )
    ruleset = _load_rules(settings)
    try:
        sources = collect(paths, stdin_name=stdin_filename)
    except InputError as err:
        _fail(str(err))
    fail_level = (fail_on or config.fail_on or "error").lower()
    show_level = Severity.parse(show or config.show or "info")
    try:
        results = list(check_all(sources, ruleset, settings, jobs=jobs or default_jobs()))
    except OSError as err:
        _fail(f"{err.filename}: {err.strerror}")
    except EngineError as err:
        _fail(str(err))
    report = formatters.RunReport(
        results,
        ruleset,
        show=show_level,
        fail_on=None if fail_level == "never" else Severity.parse(fail_level),
        quiet=quiet,
    )
    for name, output in targets:
        report.color = output is None and _use_color(color)
        text = formatters.renderer(name)(report)
        if output is None:
            click.echo(text, nl=False)
        else:
            try:
                Path(output).write_text(text, encoding="utf-8")
            except OSError as err:
                _fail(f"cannot write {output}: {err.strerror}")
    sys.exit(_exit_code(report))


def _targets(formats: Sequence[str], outputs: Sequence[str]) -> list[tuple[str, str | None]]:
    from peelcheck import formatters

    names = [f.lower() for f in formats] or ["text"]
    for name in names:
        if name not in formatters.FORMATS:
            _fail(f"unknown format {name!r}; choose from {', '.join(formatters.available())}")
    if len(outputs) > len(names):
        _fail("more --output than --format options; give one --format per --output")
    paired: list[tuple[str, str | None]] = [
        (name, outputs[i] if i < len(outputs) else None) for i, name in enumerate(names)
    ]
    if sum(1 for _, out in paired if out is None) > 1:
        _fail("only one format can go to standard output; give the others an --output file")
    for _, out in paired:
        if out is not None and Path(out).is_dir():
            _fail(f"--output {out} is a folder; give a file name")
    return paired


def _use_color(flag: bool | None) -> bool:
    if flag is not None:
        return flag
    return "NO_COLOR" not in os.environ and sys.stdout.isatty()


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
    config_path: str | None,
    no_config: bool,
    rule_files: tuple[str, ...],
    select: tuple[str, ...],
    ignore: tuple[str, ...],
) -> None:
    """List the rules that apply: id, severity, pack, description."""
    settings, _ = _settings(config_path, no_config, rule_files, select, ignore)
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
    config_path: str | None,
    no_config: bool,
    rule_files: tuple[str, ...],
    select: tuple[str, ...],
    ignore: tuple[str, ...],
) -> None:
    """Explain a rule: what it does, why, the rule as written, an example it flags."""
    import difflib

    settings, _ = _settings(config_path, no_config, rule_files, select, ignore)
    ruleset = _load_rules(settings)
    rule = ruleset.get(rule_id)
    if rule is None:
        close = difflib.get_close_matches(rule_id, [r.id for r in ruleset.rules], n=1)
        hint = f"; did you mean {close[0]!r}?" if close else "; `peelcheck rules` lists them"
        _fail(f"unknown rule {rule_id!r}{hint}")
    from peelcheck.explain import explain_rule

    click.echo(explain_rule(rule))


@main.command("checks")
def list_checks() -> None:
    """Document the named checks that rules can use."""
    import inspect

    from peelcheck.checks import registry

    for name, cls in registry().items():
        click.echo(f"## {name}\n\n{inspect.cleandoc(cls.__doc__ or '')}\n")


@main.command("test")
@click.argument("paths", nargs=-1, type=click.Path(exists=True))
@click.option("--verbose", "-v", is_flag=True, help="List every case, not only failures.")
@rule_options
def test_rules(
    paths: tuple[str, ...],
    verbose: bool,
    config_path: str | None,
    no_config: bool,
    rule_files: tuple[str, ...],
    select: tuple[str, ...],
    ignore: tuple[str, ...],
) -> None:
    """Run rule tests: drafts and the findings they must and must not give (tests/rules)."""
    from peelcheck import ruletest
    from peelcheck.ruleset import RuleFileError

    settings, _ = _settings(config_path, no_config, rule_files, select, ignore)
    ruleset = _load_rules(settings)
    folders = [Path(p) for p in paths] or [Path("tests/rules")]
    if not paths and not folders[0].is_dir():
        _fail("no test folder given and tests/rules does not exist")
    try:
        results = ruletest.run(folders, ruleset)
    except RuleFileError as err:
        for problem in err.problems:
            click.echo(str(problem), err=True)
        _fail(f"{len(err.problems)} problem(s) in test files")
    failed = [r for r in results if not r.passed]
    for result in results:
        if verbose or not result.passed:
            mark = "ok  " if result.passed else "FAIL"
            click.echo(f"{mark} {result.file}:{result.line} {result.name}")
        for failure in result.failures:
            click.echo(f"     {failure}")
    files = len({r.file for r in results})
    click.echo(f"{len(results) - len(failed)} passed, {len(failed)} failed ({files} test files)")
    sys.exit(EXIT_FINDINGS if failed else EXIT_CLEAN)
