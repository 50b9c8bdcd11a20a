"""Project configuration: `peelcheck.yaml` (or `[tool.peelcheck]` in pyproject.toml).

Discovered from the current folder upwards, like ruff's; the first folder holding either
file wins (peelcheck.yaml before pyproject.toml, which counts only with a [tool.peelcheck]
table). Paths and patterns in a config are relative to the config file's folder. Keys of
more than one word may be written with `_` or `-` (`fail_on`, `fail-on`), as in ruff.
Problems are located at their own line and column in either file.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any, Literal

from pydantic import AliasChoices, BaseModel, ConfigDict, Field

from peelcheck.core.problems import Problem, SetupError
from peelcheck.draft.construct import defaults
from peelcheck.draft.loaded import Loaded
from peelcheck.draft.read import load_file
from peelcheck.draft.sourcemap import SourceMap, join_path
from peelcheck.draft.validate import validate_model
from peelcheck.run.patterns import CONFIG_NAMES
from peelcheck.run.tomlmap import toml_source_map

Level = Literal["error", "warning", "info", "off"]


def _either(name: str) -> Any:
    """Accept `name` as written with `_` or with `-`."""
    return AliasChoices(name, name.replace("_", "-"))


class Config(BaseModel):
    """The project configuration file."""

    # built when a config file is validated: a run without one needs only the defaults
    model_config = ConfigDict(
        extra="forbid", strict=True, title="peelcheck configuration", defer_build=True
    )

    packs: list[str] | None = Field(
        default=None,
        description="Built-in pack names or pack file paths to use; default: every built-in pack.",
    )
    extra_packs: list[str] = Field(
        default_factory=list,
        validation_alias=_either("extra_packs"),
        description="Local pack files added to `packs`.",
    )
    rules: dict[str, Level] = Field(
        default_factory=dict, description="Severity per rule id, or `off`."
    )
    select: list[str] = Field(default_factory=list, description="Only these rule ids or packs.")
    ignore: list[str] = Field(default_factory=list, description="Never these rule ids or packs.")
    fail_on: Literal["error", "warning", "info", "never"] | None = Field(
        default=None, validation_alias=_either("fail_on")
    )
    show: Literal["error", "warning", "info"] | None = None
    cache: bool = Field(
        default=False, description="Reuse the findings of unchanged drafts (`--cache`)."
    )
    cache_dir: str | None = Field(
        default=None,
        validation_alias=_either("cache_dir"),
        description="Folder of the cache, relative to this file; implies `cache: true`.",
    )
    max_findings_per_rule: int | None = Field(
        default=None,
        ge=0,
        description="Findings listed per rule and draft before one closing 'and N more' "
        "finding counts the rest (default 100; 0: no limit).",
    )
    exclude: list[str] | None = Field(
        default=None,
        description="Gitignore-style patterns never searched for drafts; replaces the "
        "built-in list (hidden files and folders, node_modules/, __pycache__/).",
    )
    extend_exclude: list[str] = Field(
        default_factory=list,
        validation_alias=_either("extend_exclude"),
        description="Patterns left out as well as `exclude`.",
    )
    include: list[str] | None = Field(
        default=None,
        description="Patterns of the files a folder search reads; default *.yaml, *.yml, "
        "*.json, *.docx.",
    )
    extend_include: list[str] = Field(
        default_factory=list,
        validation_alias=_either("extend_include"),
        description="Patterns read as well as `include`, e.g. '*.txt' for published pages.",
    )
    respect_gitignore: bool = Field(default=True, validation_alias=_either("respect_gitignore"))
    force_exclude: bool = Field(
        default=False,
        validation_alias=_either("force_exclude"),
        description="Apply exclude patterns to files named on the command line too.",
    )
    per_file_ignores: dict[str, list[str]] = Field(
        default_factory=dict,
        validation_alias=_either("per_file_ignores"),
        description="Pattern -> rule ids or packs switched off for the files it matches.",
    )
    docs_url: str | None = Field(
        default=None,
        validation_alias=_either("docs_url"),
        description="Where rule pages are published: `<docs_url>/<id>.md`, or a URL with "
        "`{id}` in it.",
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
        text = path.read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:  # removed since it was seen
        return False
    except OSError:  # whether it configures peelcheck cannot be known: reading it says why
        return True
    try:
        return "peelcheck" in tomllib.loads(text).get("tool", {})
    except tomllib.TOMLDecodeError:  # broken, but meant for us: say so rather than ignore it
        return re.search(r"^\s*\[\s*tool\s*\.\s*peelcheck\b", text, re.M) is not None


Place = tuple[str, int, int]  # file, line, column
# what a config may name, for messages that point into it: (kind, name)
Subject = tuple[str, str]


def places(path: Path, config: Config, source: SourceMap | None = None) -> dict[Subject, Place]:
    """Where the config names each rule id (`rules:`), each selected or ignored name, each
    pack, and each name in `per_file_ignores`, by (kind, name)."""
    if source is None:
        source = read_config(path)[1]
    data = _top_keys(source)
    file = str(path)

    def at(data_path: str, *, key: bool = False) -> Place:
        line, column = source.position(data_path, key=key)
        return file, line, column

    found = {
        ("rules", rule_id): at(join_path("rules", rule_id), key=True) for rule_id in config.rules
    }
    lists = {
        "select": config.select,
        "ignore": config.ignore,
        "packs": config.packs or [],
        "extra_packs": config.extra_packs,
    }
    for option, names in lists.items():
        written = _written(data, option)
        for index, name in enumerate(names):
            found.setdefault((option, name), at(f"{written}[{index}]"))
    written = _written(data, "per_file_ignores")
    for pattern, names in config.per_file_ignores.items():
        for index, name in enumerate(names):
            where = f"{join_path(written, pattern)}[{index}]"
            found.setdefault(("per_file_ignores", name), at(where))
    for option in ("docs_url", "cache_dir"):
        found[(option, "")] = at(_written(data, option))
    return found


def _top_keys(source: SourceMap) -> set[str]:
    """The top-level keys the source map knows, as written."""
    return {path.split(".")[0].split("[")[0] for path in (*source.keys, *source.values)}


def default_config() -> Config:
    """The configuration of a run without a config file (every option's default), without
    building the model's validator."""
    found = defaults(Config)
    return Config() if found is None else Config.model_construct(set(), **found)


def _written(keys: set[str], name: str) -> str:
    """The data path of option `name` as the file writes it (`fail_on` or `"fail-on"`)."""
    kebab = join_path("", name.replace("_", "-"))
    return kebab if kebab in keys and name not in keys else name


def read_config(path: Path) -> tuple[Config, SourceMap]:
    """Read and validate a config file, with where each of its keys stands; raise
    SetupError naming file, line and column."""
    if path.name == "pyproject.toml":
        loaded = _read_pyproject(path)
    else:
        if not path.is_file():
            raise SetupError([Problem(str(path), 1, 1, "config file not found")])
        try:
            if not path.read_bytes().strip():
                return default_config(), SourceMap("")
            loaded = load_file(path)
        except OSError as err:
            raise SetupError([_unreadable(path, err)]) from None
        if not loaded.ok:
            raise SetupError(
                [Problem(f.file, f.line, f.column, f.message) for f in loaded.findings]
            )
    config, findings = validate_model(Config, loaded, rule="config")
    if config is None:
        raise SetupError([Problem(f.file, f.line, f.column, f.message) for f in findings])
    assert loaded.source is not None
    return config, loaded.source


def load_config(path: Path) -> Config:
    """Read and validate a config file; raise SetupError naming file, line and column."""
    return read_config(path)[0]


_TOML_PLACE = re.compile(r"\s*\(at line (\d+), column (\d+)\)$")


def _read_pyproject(path: Path) -> Loaded:
    try:
        text = path.read_text(encoding="utf-8")
        data = tomllib.loads(text).get("tool", {}).get("peelcheck", {})
    except OSError as err:
        raise SetupError([_unreadable(path, err)]) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
        message, line, column = str(err), 1, 1
        found = _TOML_PLACE.search(message)
        if found:
            message, line, column = message[: found.start()], int(found[1]), int(found[2])
        message = message[:1].lower() + message[1:]
        raise SetupError([Problem(str(path), line, column, f"not valid TOML: {message}")]) from None
    if not isinstance(data, dict):
        raise SetupError([Problem(str(path), 1, 1, "[tool.peelcheck] must be a table")])
    return Loaded(str(path), data=data, source=toml_source_map(text))


def _unreadable(path: Path, err: OSError) -> Problem:
    message = f"cannot read this config file ({err.strerror}); make it readable"
    if path.name == "pyproject.toml":
        message += ", or give --config FILE or --no-config (it may hold [tool.peelcheck])"
    return Problem(str(path), 1, 1, message)
