"""The options of `check` that choose which files are drafts, and the selection they make
with the project's config (run/inputs.py applies it)."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from peelcheck.cli.options import RuleChoice, problems_exit
from peelcheck.core.problems import Problem

if TYPE_CHECKING:
    from collections.abc import Sequence

    from peelcheck.cli.options import Places
    from peelcheck.packs.ruleset import RuleSet
    from peelcheck.run.config import Config
    from peelcheck.run.inputs import Collected, Selection


@dataclass(frozen=True)
class FileChoice:
    """The options of `check` that choose files (each None or empty when not given)."""

    exclude: tuple[str, ...] = ()
    extend_exclude: tuple[str, ...] = ()
    extend_include: tuple[str, ...] = ()
    respect_gitignore: bool | None = None
    force_exclude: bool = False


def file_selection(
    choice: RuleChoice, files: FileChoice, config: Config, base: Path, baselines: list[str]
) -> Selection:
    """Which files are drafts: the config's patterns (relative to its folder) and the
    options' (relative to the current folder); --exclude replaces the config's `exclude`."""
    from peelcheck.run.inputs import DEFAULT_EXCLUDE, DEFAULT_INCLUDE, Selection
    from peelcheck.run.patterns import Patterns

    here = Path.cwd()
    exclude: list[Patterns] = []
    default_exclude: tuple[Patterns, ...] = ()
    if files.exclude:
        exclude.append(Patterns.of(here, files.exclude))
    elif config.exclude is not None:
        exclude.append(Patterns.of(base, config.exclude))
    else:
        default_exclude = (Patterns.of(base, DEFAULT_EXCLUDE),)
    exclude += [Patterns.of(base, config.extend_exclude), Patterns.of(here, files.extend_exclude)]
    include = [
        Patterns.of(base, DEFAULT_INCLUDE if config.include is None else config.include),
        Patterns.of(base, config.extend_include),
        Patterns.of(here, files.extend_include),
    ]
    own = [(Path(b).resolve(), "baseline") for b in baselines]
    if choice.config_path:
        own.append((Path(choice.config_path).resolve(), "config"))
    return Selection(
        include=tuple(p for p in include if p.lines),
        exclude=tuple(p for p in exclude if p.lines),
        default_exclude=default_exclude,
        respect_gitignore=_first(files.respect_gitignore, config.respect_gitignore),
        force_exclude=files.force_exclude or config.force_exclude,
        per_file_ignores=tuple(
            (Patterns.of(base, [pattern]), tuple(names))
            for pattern, names in config.per_file_ignores.items()
        ),
        own_files=tuple(own),
    )


def _first(option: bool | None, configured: bool) -> bool:
    return configured if option is None else option


def per_file_names(config: Config, ruleset: RuleSet, named: Places) -> None:
    """Every name in `per_file_ignores` is a rule id or pack, or the run ends (exit 2)."""
    import difflib

    known = set(ruleset.defined_ids) | {pack.name for pack in ruleset.packs}
    problems = []
    for names in config.per_file_ignores.values():
        for name in names:
            if name in known:
                continue
            close = difflib.get_close_matches(name, sorted(known), n=1)
            hint = f"; did you mean {close[0]!r}?" if close else "; `peelcheck rules` lists them"
            file, line, column = named.get(("per_file_ignores", name), ("config", 1, 1))
            message = f"unknown rule or pack {name!r} under `per_file_ignores:`{hint}"
            problems.append(Problem(file, line, column, message))
    if problems:
        problems_exit(problems)


_file_options = [
    click.option(
        "--exclude",
        multiple=True,
        metavar="PATTERN",
        help="Never search these (gitignore-style, repeatable); replaces the config's "
        "`exclude` and the built-in list.",
    ),
    click.option(
        "--extend-exclude",
        multiple=True,
        metavar="PATTERN",
        help="Leave these out as well (repeatable).",
    ),
    click.option(
        "--extend-include",
        multiple=True,
        metavar="PATTERN",
        help="Search these as well, e.g. '*.txt' for published pages (repeatable).",
    ),
    click.option(
        "--respect-gitignore/--no-respect-gitignore",
        default=None,
        help="Leave out what .gitignore ignores [default: on].",
    ),
    click.option(
        "--force-exclude",
        is_flag=True,
        help="Apply exclude patterns to files named on the command line too (pre-commit).",
    ),
]


def file_options(func: Any) -> Any:
    """Add the file-choosing options to a command, passed to it as one `files` argument."""

    @functools.wraps(func)
    def command(
        *args: Any,
        exclude: tuple[str, ...],
        extend_exclude: tuple[str, ...],
        extend_include: tuple[str, ...],
        respect_gitignore: bool | None,
        force_exclude: bool,
        **kwargs: Any,
    ) -> Any:
        files = FileChoice(
            exclude, extend_exclude, extend_include, respect_gitignore, force_exclude
        )
        return func(*args, files=files, **kwargs)

    for option in reversed(_file_options):
        command = option(command)
    return command


def drafts_to_check(paths: Sequence[str], stdin_name: str, selection: Selection) -> Collected:
    """The drafts the arguments name, and what was skipped; a path that names nothing to
    check ends the run (exit 2), as Ctrl-C during a long search does (exit 130)."""
    from peelcheck.cli.app import fail, interrupted
    from peelcheck.run.inputs import InputError, gather

    try:
        return gather(paths, stdin_name=stdin_name, selection=selection)
    except InputError as err:
        fail(str(err))
    except KeyboardInterrupt:  # a search of a large folder takes a moment too
        interrupted("peelcheck: interrupted; nothing was reported")
