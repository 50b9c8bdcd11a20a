"""The command line turns pydantic's plugin discovery off (issue 21): pydantic scans every
installed distribution's entry points, and imports each plugin found, when the first model
is built; peelcheck uses no plugin. A value the user set is kept."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Records pydantic's entry-point lookups, then runs a check as the command line does.
_RUN = """
import importlib.metadata, sys
looked_up = []
real = importlib.metadata.entry_points
def spy(**kwargs):
    looked_up.append(kwargs.get("group"))
    return real(**kwargs)
importlib.metadata.entry_points = spy
from peelcheck.cli import main
try:
    main(["check", "--no-config", "--no-cache", "--quiet", sys.argv[1]])
except SystemExit:
    pass
print("pydantic" in looked_up)
"""


def _looks_up_plugins(**env: str) -> bool:
    environment = {k: v for k, v in os.environ.items() if k != "PYDANTIC_DISABLE_PLUGINS"}
    environment.update(env)
    environment["PYTHONPATH"] = str(ROOT / "src")
    done = subprocess.run(
        [sys.executable, "-c", _RUN, str(ROOT / "examples" / "peel-2023-25.yaml")],
        capture_output=True,
        text=True,
        env=environment,
        check=True,
    )
    return done.stdout.strip().splitlines()[-1] == "True"


def test_a_check_run_does_not_look_for_pydantic_plugins() -> None:
    assert not _looks_up_plugins()


def test_a_value_the_user_set_is_kept() -> None:
    assert _looks_up_plugins(PYDANTIC_DISABLE_PLUGINS="")
