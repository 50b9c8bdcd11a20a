"""Where the shipped data lives: inside the installed package, or at the top of a checkout."""

from __future__ import annotations

import argparse
from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parents[1]  # the peelcheck package


@cache
def _shipped(name: str) -> Path:
    installed = _PACKAGE / name  # wheels carry rules/ and schemas/ inside the package
    if installed.is_dir():
        return installed
    return _PACKAGE.parents[1] / name  # a source checkout or editable install


def rules_dir() -> Path:
    """The folder of built-in rule packs."""
    return _shipped("rules")


def schemas_dir() -> Path:
    """The folder of published JSON Schemas."""
    return _shipped("schemas")


def generated_folder(argv: list[str], prog: str, description: str, default: str) -> Path | None:
    """The folder a generator of shipped files writes to: its one optional argument, or
    None for the shipped one (`default` names it in the help); argparse answers --help and
    a bad option itself (exit 0, exit 2)."""
    parser = argparse.ArgumentParser(prog=prog, description=description)
    parser.add_argument(
        "folder", nargs="?", type=Path, help=f"where to write them (default: {default})"
    )
    folder: Path | None = parser.parse_args(argv).folder
    return folder
