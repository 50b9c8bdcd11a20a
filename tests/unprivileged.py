"""Running peelcheck where file permissions bind, even when the tests run as root.

Root reads and writes any file (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH), and CI runs as
root, so a test that makes a file unreadable with chmod would prove nothing there. Under
root the command runs through util-linux's `setpriv`, still uid 0 but with every
capability dropped: then the owner bits of a file (root's own, mode 000) bind it like any
user. (It stays uid 0 rather than becoming `nobody` because the interpreter may live where
only root can reach it, as under /root/.pyenv.) As any other user, the command runs as is.

Outside CI, a machine where neither works skips with the reason; in CI (CI=true) it fails,
so a CI run can never pass without these tests having run.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.browser import in_ci

PEELCHECK = [sys.executable, "-m", "peelcheck"]

# The stderr contract: `file:line:col: message` per problem, or one `peelcheck: ...` line
# (`error:`, `warning:`, or a notice such as unmatched baseline entries); a Word document's
# places are paragraphs (`draft.docx: paragraph 2: ...`, as `import` lists what it cannot place).
STDERR_LINE = re.compile(r"^(?:\S.*:\d+:\d+: .+|\S.*\.docx: paragraph \d+: .+|peelcheck: .+)$")


def _unavailable(why: str) -> None:
    if in_ci():
        pytest.fail(f"permission tests must run in CI: {why}")
    pytest.skip(why)


def prefix() -> list[str]:
    """The command prefix under which file modes bind this process's children."""
    if os.name != "posix":
        _unavailable("file modes are POSIX")
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        _unavailable("running as root, and no setpriv (util-linux) to drop capabilities")
        return []
    found = [setpriv, "--inh-caps=-all", "--ambient-caps=-all", "--bounding-set=-all", "--"]
    probe = subprocess.run([*found, "true"], capture_output=True, text=True, check=False)
    if probe.returncode != 0:  # e.g. a container without CAP_SETPCAP
        _unavailable(f"running as root, and setpriv cannot drop capabilities: {probe.stderr}")
    return found


def binds(path: Path) -> bool:
    """Whether a child under `prefix()` is refused `path` (made unreadable by the caller)."""
    probe = [sys.executable, "-c", "import os, sys; os.listdir(sys.argv[1]) if "
             "os.path.isdir(sys.argv[1]) else open(sys.argv[1], 'rb')", str(path)]  # fmt: skip
    done = subprocess.run([*prefix(), *probe], capture_output=True, text=True, check=False)
    return done.returncode != 0 and "PermissionError" in done.stderr


def peelcheck(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """`peelcheck ARGS` in `cwd`, where file permissions bind."""
    return subprocess.run(
        [*prefix(), *PEELCHECK, *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def keeps_contract(stderr: str) -> bool:
    """Whether every line of `stderr` keeps the contract (never a traceback)."""
    return "Traceback" not in stderr and all(STDERR_LINE.match(s) for s in stderr.splitlines())
