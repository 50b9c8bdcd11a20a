"""Where pack files are: a pack reference resolved to its file, and a file's name as
messages show it (shared by loading, reading and the compiled-pack cache)."""

from __future__ import annotations

from pathlib import Path

from peelcheck.core.resources import rules_dir


def resolve_pack(ref: str, relative_to: Path | None = None) -> Path:
    """A pack reference is a built-in name (`peel`) or a path to a YAML file."""
    if "/" not in ref and "\\" not in ref and not ref.endswith((".yaml", ".yml")):
        return rules_dir() / f"{ref}.yaml"
    path = Path(ref)
    return path if path.is_absolute() or relative_to is None else relative_to / path


def display(path: Path) -> str:
    """A file's name as messages show it: relative to the current folder when inside it."""
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)
