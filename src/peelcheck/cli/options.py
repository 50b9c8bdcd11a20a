"""The options that choose rules, shared by check, rules, explain and test, and the run
settings they make with the project's config."""

from __future__ import annotations

import functools
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import click

from peelcheck.cli.app import EXIT_USAGE, fail, split_names
from peelcheck.core.problems import Problem

# Commands import what they need when they run, so `--help` and `--version` stay fast.
if TYPE_CHECKING:
    from peelcheck.packs.ruleset import RuleSet
    from peelcheck.run.config import Config, Place
    from peelcheck.run.settings import RunSettings

    Places = dict[tuple[str, str], Place]


@dataclass(frozen=True)
class RuleChoice:
    """The options that choose rules, shared by check, rules, explain and test."""

    config_path: str | None
    no_config: bool
    rule_files: tuple[str, ...]
    select: tuple[str, ...]
    ignore: tuple[str, ...]


def run_settings(choice: RuleChoice, **extra: Any) -> tuple[RunSettings, Config, Places]:
    """Merge the discovered config with command-line options into the run's settings; also
    where the config names rule ids and packs, for messages that point into it."""
    from peelcheck.core.problems import SetupError
    from peelcheck.packs.load import builtin_pack_names
    from peelcheck.run.config import default_config, discover, places, read_config
    from peelcheck.run.settings import RunSettings

    config_path, rule_files = choice.config_path, choice.rule_files
    path = Path(config_path) if config_path else None
    if path is None and not choice.no_config:
        path = discover(Path.cwd())
        if path is not None and path.parent == Path.cwd():
            path = Path(path.name)  # messages name it as the user would
    try:
        config, source = read_config(path) if path else (default_config(), None)
    except SetupError as err:
        problems_exit(err.problems)
    base = path.parent.resolve() if path else Path.cwd()
    named = places(path, config, source) if path else {}
    _packs_exist(config, base, named)
    packs = list(config.packs) if config.packs is not None else builtin_pack_names()
    packs += [str(base / p) for p in config.extra_packs]
    packs += [str(Path(p).resolve()) for p in rule_files]
    select = split_names(choice.select)
    if select:  # --select replaces the config's select:, so its names are not the config's
        named = {subject: place for subject, place in named.items() if subject[0] != "select"}
    settings = RunSettings(
        packs=tuple(packs),
        base=base,
        severities=tuple(config.rules.items()),
        select=select or tuple(config.select),
        ignore=split_names(choice.ignore) + tuple(config.ignore),
        **extra,
    )
    return settings, config, named


def _packs_exist(config: Config, base: Path, named: Places) -> None:
    """A pack the config names that does not exist, reported at the config's own line (the
    loader would only know the file it looked for)."""
    import difflib

    from peelcheck.packs.files import resolve_pack
    from peelcheck.packs.load import builtin_pack_names

    problems = []
    wanted = [("packs", name) for name in config.packs or []]
    wanted += [("extra_packs", name) for name in config.extra_packs]
    for kind, name in wanted:
        found = resolve_pack(name, base) if kind == "packs" else base / name
        if found.is_file():
            continue
        if kind == "packs" and found.parent != base and "/" not in name:
            close = difflib.get_close_matches(name, builtin_pack_names(), n=1)
            hint = f"did you mean {close[0]!r}?" if close else "built-in packs: "
            hint += "" if close else ", ".join(builtin_pack_names())
            message = f"no built-in pack {name!r}; {hint} (a pack file needs its path)"
        else:
            message = f"rule pack not found: {name} (looked for {found})"
        file, line, column = named.get((kind, name), ("config", 1, 1))
        problems.append(Problem(file, line, column, message))
    if problems:
        problems_exit(problems)


def problems_exit(problems: list[Problem]) -> NoReturn:
    """Problems in rule or config files: one line each, then what it means; exit 2."""
    for problem in problems:
        click.echo(f"{problem}", err=True)
    click.echo(
        f"peelcheck: error: {len(problems)} problem(s) in rule or config files; "
        "nothing was checked",
        err=True,
    )
    sys.exit(EXIT_USAGE)


def load_rules(settings: RunSettings, named: Places) -> RuleSet:
    """The run's rules; a problem in a pack, the config or an option ends the run (exit 2)."""
    from peelcheck.core.problems import SetupError

    try:
        ruleset = settings.ruleset()
    except OSError as err:  # a pack or table that exists but cannot be read
        fail(f"{err.filename}: {err.strerror}")
    except SetupError as err:
        problems = [_placed(problem, named) for problem in err.problems]
        if all(p.file.startswith("--") for p in problems):  # only names given as options
            for problem in problems:
                hint = "" if "did you mean" in problem.message else "; `peelcheck rules` lists them"
                click.echo(f"peelcheck: error: {problem}{hint}", err=True)
            sys.exit(EXIT_USAGE)
        problems_exit(problems)
    _started()
    return ruleset


_STARTED: list[bool] = []


def _started() -> None:
    """Start-up is over: what it made is left out of the collector's passes, and the
    collector runs as often as before (cli/__init__.py). Once a process: a program that
    calls the command line many times freezes only its first start."""
    if not _STARTED:
        import gc

        from peelcheck import cli

        _STARTED.append(True)
        gc.freeze()
        gc.set_threshold(*cli.THRESHOLD)


def _placed(problem: Problem, named: Places) -> Problem:
    """The problem at the place in the config that names its subject, if the config does."""
    place = named.get(problem.subject) if problem.subject is not None else None
    if place is None or problem.subject is None:
        return problem
    kind, name = problem.subject
    message = problem.message
    if kind != "rules":  # say which list of the config holds the name
        message = message.replace(repr(name), f"{name!r} under `{kind}:`", 1)
    return Problem(*place, message, problem.subject)


LEVELS = click.Choice(["error", "warning", "info"], case_sensitive=False)
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
