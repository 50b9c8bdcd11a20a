"""The command group, exit codes, and the two ways a command ends early (one line each).

Exit codes (a contract): 0 no finding at or above the fail level; 1 findings at or above it
(an unreadable or schema-invalid draft counts, as error findings); 2 usage or tool errors;
130 interrupted.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

import click

from peelcheck import __version__

EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2
EXIT_INTERRUPTED = 130  # the shell's convention for a run stopped by Ctrl-C (SIGINT)
EXIT_TERMINATED = 143  # and for one stopped by SIGTERM (a CI time-out, `kill`)


class Terminated(KeyboardInterrupt):
    """SIGTERM arrived: the run ends as on Ctrl-C (workers ended, nothing reported), with
    its own exit code."""


def _on_sigterm(*_: object) -> None:
    raise Terminated


def fail(message: str) -> NoReturn:
    """Report a usage or tool error in one line and exit 2."""
    click.echo(f"peelcheck: error: {message}", err=True)
    sys.exit(EXIT_USAGE)


def split_names(values: Sequence[str]) -> tuple[str, ...]:
    """`--select a,b --select c` -> (a, b, c)."""
    return tuple(v.strip() for value in values for v in value.split(",") if v.strip())


def interrupted(message: str, code: int = EXIT_INTERRUPTED) -> NoReturn:
    """Ctrl-C: one line and exit 130 at once.

    `os._exit`, not `sys.exit`: an interrupted run can leave the worker pool's threads
    waiting on pipes that the workers, stopped half-way, will never fill, and a normal exit
    waits for those threads for ever. Nothing is left to write; the workers see their
    pipes close and end.
    """
    click.echo(message, err=True)
    with contextlib.suppress(OSError, ValueError):
        sys.stderr.flush()
    os._exit(code)


# Each command: the module that defines it (and registers it on `main` when imported) and the
# first paragraph of its help, for `--help` (tests/test_startup.py holds both to the real
# commands).
COMMANDS: dict[str, tuple[str, str]] = {
    "check": (
        "peelcheck.cli.check",
        "Check drafts (files, folders, globs, or - for standard input).",
    ),
    "checks": ("peelcheck.cli.rules", "Document the named checks that rules can use."),
    "explain": (
        "peelcheck.cli.rules",
        "Explain a rule or a built-in id (schema, yaml-syntax...): what it does, why, an "
        "example it flags, what to write instead.",
    ),
    "import": (
        "peelcheck.cli.importing",
        "Import a published page (.txt) or a Word draft (.docx) as a YAML draft.",
    ),
    "rules": (
        "peelcheck.cli.rules",
        "List the rules that apply: id, severity, pack, description.",
    ),
    "schema": (
        "peelcheck.cli.schemas",
        "Print a JSON Schema: draft (the draft format, the default), rules (rule packs) or "
        "output (what --format json writes).",
    ),
    "test": (
        "peelcheck.cli.ruletests",
        "Run rule tests: drafts and the findings they must and must not give (tests/rules).",
    ),
}


class _Commands(click.Group):
    """peelcheck's command group: Ctrl-C anywhere exits 130 with one line, as documented
    (click would print "Aborted!" and exit 1); a listing whose reader has gone ends
    quietly; and a usage error is one line on standard error, `peelcheck: error: ...`, with
    exit 2 (click would print three)."""

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,  # noqa: ARG002 (always "peelcheck")
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        """Run the command line; render click's errors as peelcheck's one-line errors."""
        standalone = standalone_mode
        try:
            # "peelcheck" also under `python -m peelcheck` and in tests
            result = super().main(args, "peelcheck", complete_var, False, **extra)
        except click.exceptions.NoArgsIsHelpError as err:  # `peelcheck` alone: the help
            click.echo(err.ctx.get_help() if err.ctx else "", err=True)
            sys.exit(EXIT_USAGE)
        except click.ClickException as err:
            click.echo(f"peelcheck: error: {one_line(err)}", err=True)
            sys.exit(EXIT_USAGE)
        except click.Abort:
            interrupted("peelcheck: interrupted")
        if not standalone:
            return result
        sys.exit(result if isinstance(result, int) else EXIT_CLEAN)

    def invoke(self, ctx: click.Context) -> Any:
        """Run the command; a Ctrl-C not handled by it ends the run with exit 130."""
        signal.signal(signal.SIGTERM, _on_sigterm)
        try:
            return super().invoke(ctx)
        except Terminated:
            interrupted("peelcheck: terminated (SIGTERM)", EXIT_TERMINATED)
        except KeyboardInterrupt:
            interrupted("peelcheck: interrupted")
        except BrokenPipeError:  # the reader of a listing went away (`| head`): it read enough
            with contextlib.suppress(OSError, ValueError):
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(EXIT_CLEAN)

    def list_commands(self, ctx: click.Context) -> list[str]:  # noqa: ARG002
        """Every command's name, without importing any command's module."""
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:  # noqa: ARG002
        """The named command, its module imported now (click's lazy group): a run imports
        only the command it runs."""
        if cmd_name not in self.commands and cmd_name in COMMANDS:
            # registers itself on `main`; `__import__`, not importlib.import_module, so that
            # `python -X importtime` lists the module (it logs only the import statement's path)
            __import__(COMMANDS[cmd_name][0])
        return self.commands.get(cmd_name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:  # noqa: ARG002
        """The commands and their one-line help, from `COMMANDS` (no command imported); laid
        out as click lays out its own."""
        limit = formatter.width - 6 - max(len(name) for name in COMMANDS)
        rows = [
            (name, click.Command(name, help=COMMANDS[name][1]).get_short_help_str(limit))
            for name in sorted(COMMANDS)
        ]
        with formatter.section("Commands"):
            formatter.write_dl(rows)

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        """The command named first; an unknown name fails with the nearest one."""
        name = args[0] if args else ""
        if name and not name.startswith("-") and self.get_command(ctx, name) is None:
            commands = self.list_commands(ctx)
            close = _close(name, commands)
            hint = f"did you mean {close[0]!r}?" if close else "commands: " + ", ".join(commands)
            raise click.UsageError(f"no such command {name!r}; {hint}", ctx)
        return super().resolve_command(ctx, args)


def _close(word: str, possibilities: list[str]) -> list[str]:
    import difflib  # only for a usage error

    return difflib.get_close_matches(word, possibilities, n=1)


def _close_options(given: str, possibilities: list[str]) -> list[str]:
    """Click's guesses that are alike without their dashes: every option shares "--", so
    click offers "--jobs" for "--bogus"."""
    import difflib  # only for a usage error

    bare = given.lstrip("-")
    return sorted(
        p
        for p in possibilities
        if difflib.SequenceMatcher(None, bare, p.lstrip("-")).ratio() >= 0.6
    )


def one_line(err: click.ClickException) -> str:
    """Click's message for `err` as one line in peelcheck's style, with where to look."""
    if isinstance(err, click.NoSuchOption):
        message = f"no such option {err.option_name}"
        close = _close_options(err.option_name, err.possibilities or [])
        if close:
            message += f"; did you mean {' or '.join(close)}?"
    else:
        message = " ".join(err.format_message().split())
        for theirs, ours in _WORDING:
            message = message.replace(theirs, ours)
        message = message.rstrip(".")
        if message[:1].isupper() and not message[1:2].isupper():
            message = message[0].lower() + message[1:]
    param = getattr(err, "param", None)
    given = re.search(r"'([^']*)' is not one of", message)
    if given and param is not None and isinstance(param.type, click.Choice):
        choices = [str(choice) for choice in param.type.choices]
        close = _close(given[1], choices)
        if close:
            message += f"; did you mean {close[0]!r}?"
    ctx = getattr(err, "ctx", None)
    if isinstance(err, click.UsageError) and ctx is not None and "did you mean" not in message:
        message += f"; see '{ctx.command_path} --help'"
    return message


_WORDING = (
    ("the format '%Y-%m-%d'", "the form YYYY-MM-DD"),
    ("Got unexpected extra argument", "unexpected extra argument"),
    ("Got unexpected extra arguments", "unexpected extra arguments"),
)


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="peelcheck")
def main() -> None:
    """Check drafts of graded inspection reports for consistency.

    \b
    peelcheck check drafts/          check every draft in a folder
    peelcheck explain RULE-ID        what a rule (or a built-in id such as schema) means
    peelcheck rules --all            every rule and built-in id
    peelcheck schema draft           the JSON Schema of the draft format (also rules, output)
    """
