"""Project configuration: `peelcheck.yaml` (or `[tool.peelcheck]` in pyproject.toml).

Discovered from the current folder upwards, like ruff's; the first folder holding either
file wins (peelcheck.yaml before pyproject.toml, which counts only with a [tool.peelcheck]
table). Paths in a config are relative to the config file's folder.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from peelcheck.core.problems import Problem, SetupError
from peelcheck.draft.loaded import Loaded
from peelcheck.draft.read import load_file
from peelcheck.draft.validate import validate_model

CONFIG_NAMES = ("peelcheck.yaml", ".peelcheck.yaml")
Level = Literal["error", "warning", "info", "off"]


class Config(BaseModel):
    """The project configuration file."""

    model_config = ConfigDict(extra="forbid", strict=True, title="peelcheck configuration")

    packs: list[str] | None = Field(
        default=None,
        description="Built-in pack names or pack file paths to use; default: every built-in pack.",
    )
    extra_packs: list[str] = Field(
        default_factory=list, description="Local pack files added to `packs`."
    )
    rules: dict[str, Level] = Field(
        default_factory=dict, description="Severity per rule id, or `off`."
    )
    select: list[str] = Field(default_factory=list, description="Only these rule ids or packs.")
    ignore: list[str] = Field(default_factory=list, description="Never these rule ids or packs.")
    fail_on: Literal["error", "warning", "info", "never"] | None = None
    show: Literal["error", "warning", "info"] | None = None
    cache: bool = Field(
        default=False, description="Reuse the findings of unchanged drafts (`--cache`)."
    )
    cache_dir: str | None = Field(
        default=None,
        description="Folder of the cache, relative to this file; implies `cache: true`.",
    )
    max_findings_per_rule: int | None = Field(
        default=None,
        ge=0,
        description="Findings listed per rule and draft before one closing 'and N more' "
        "finding counts the rest (default 100; 0: no limit).",
    )


def discover(start: Path) -> Path | None:
    """The nearest config file at or above `start`, or None."""
    for folder in [start, *start.parents]:
        for name in CONFIG_NAMES:
            if (folder / name).is_file():
                return folder / name
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and _has_tool_table(pyproject):
            return pyproject
    return None


def _has_tool_table(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return "peelcheck" in tomllib.load(handle).get("tool", {})
    except (OSError, tomllib.TOMLDecodeError):
        return False


Place = tuple[str, int, int]  # file, line, column


def places(path: Path, config: Config) -> dict[tuple[str, str], Place]:
    """Where the config names each rule id (`rules:`) and each selected or ignored name,
    by ("rules" | "select" | "ignore", name); line 1, column 1 in pyproject.toml, whose
    TOML is not mapped."""
    source = None if path.name == "pyproject.toml" else load_file(path).source
    file = str(path)

    def at(data_path: str, *, key: bool = False) -> Place:
        line, column = source.position(data_path, key=key) if source is not None else (1, 1)
        return file, line, column

    found = {
        ("rules", rule_id): at(f"rules.{_quoted(rule_id)}", key=True) for rule_id in config.rules
    }
    for option, names in (("select", config.select), ("ignore", config.ignore)):
        for index, name in enumerate(names):
            found.setdefault((option, name), at(f"{option}[{index}]"))
    return found


def _quoted(key: str) -> str:
    from peelcheck.draft.sourcemap import join_path

    return join_path("", key)


def load_config(path: Path) -> Config:
    """Read and validate a config file; raise SetupError naming file, line and column."""
    if path.name == "pyproject.toml":
        try:
            with path.open("rb") as handle:
                data = tomllib.load(handle).get("tool", {}).get("peelcheck", {})
        except (OSError, tomllib.TOMLDecodeError) as err:
            raise SetupError([Problem(str(path), 1, 1, f"cannot read config: {err}")]) from None
        loaded = Loaded(str(path), data=data)
        from peelcheck.draft.sourcemap import SourceMap

        loaded.source = SourceMap("")
    else:
        if not path.is_file():
            raise SetupError([Problem(str(path), 1, 1, "config file not found")])
        if not path.read_bytes().strip():
            return Config()
        loaded = load_file(path)
        if not loaded.ok:
            raise SetupError(
                [Problem(f.file, f.line, f.column, f.message) for f in loaded.findings]
            )
    config, findings = validate_model(Config, loaded, rule="config")
    if config is None:
        raise SetupError([Problem(f.file, f.line, f.column, f.message) for f in findings])
    return config
