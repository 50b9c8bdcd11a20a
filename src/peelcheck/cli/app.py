"""The command group, exit codes, and the two ways a command ends early (one line each).

Exit codes (a contract): 0 no finding at or above the fail level; 1 findings at or above it
(an unreadable or schema-invalid draft counts, as error findings); 2 usage or tool errors;
130 interrupted.
"""

from __future__ import annotations

import contextlib
import os
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


class _Commands(click.Group):
    """peelcheck's command group: Ctrl-C anywhere exits 130 with one line, as documented
    (click would print "Aborted!" and exit 1); a listing whose reader has gone ends quietly."""

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


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="peelcheck")
def main() -> None:
    """Check drafts of graded inspection reports for consistency."""
