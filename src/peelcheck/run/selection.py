"""What decides which files are drafts, as data: the selection (include, exclude,
.gitignore, per-file rule settings), a draft to check, and a file left out with why.
run/inputs.py applies it to command-line arguments."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path, PurePath

from peelcheck.run.patterns import PLAIN_SUFFIXES, Patterns, any_match

DRAFT_SUFFIXES = (*PLAIN_SUFFIXES, ".docx")
DEFAULT_INCLUDE = tuple(f"*{suffix}" for suffix in DRAFT_SUFFIXES)
# Never a draft of the user's own: hidden files and folders (.git, .venv, .github,
# .pre-commit-config.yaml, .peelcheck_cache), installed packages, Python's caches.
DEFAULT_EXCLUDE = (".*", "node_modules/", "__pycache__/")
VCS_FOLDERS = frozenset({".git", ".hg", ".svn"})  # never searched, whatever exclude says


@dataclass(frozen=True)
class Source:
    """A draft to check: a file path, or text from standard input with a display name;
    `ignore` lists the rule ids and packs switched off for it (`per_file_ignores`). A folder
    that could not be searched is a source too, with `unreadable` saying why: it is
    reported, never silently left out."""

    name: str
    path: Path | None = None
    data: bytes | None = None
    ignore: tuple[str, ...] = ()
    unreadable: str | None = None


@dataclass(frozen=True)
class Skipped:
    """A file or folder left out, and why: `config`, `rule pack`, `rule test`, `baseline`
    (peelcheck's own files), `excluded`, `gitignored`, or `not included` (a .txt or .docx
    that `include` does not select)."""

    file: str
    reason: str


@dataclass(frozen=True)
class Selection:
    """How folders are searched and which files are left out."""

    include: tuple[Patterns, ...] = ()
    exclude: tuple[Patterns, ...] = ()  # the user's: what they leave out is reported
    default_exclude: tuple[Patterns, ...] = ()  # the built-in list: left out quietly
    respect_gitignore: bool = True
    force_exclude: bool = False
    per_file_ignores: tuple[tuple[Patterns, tuple[str, ...]], ...] = ()
    # resolved path -> "config" or "baseline": the files of this run, whatever their names
    own_files: tuple[tuple[Path, str], ...] = ()

    @classmethod
    def default(cls, base: Path | None = None) -> Selection:
        """The selection with no config and no options."""
        here = base or Path.cwd()
        return cls(
            include=(Patterns.of(here, DEFAULT_INCLUDE),),
            default_exclude=(Patterns.of(here, DEFAULT_EXCLUDE),),
        )

    def excluded(self, path: Path, *, folder: bool = False) -> str | None:
        """ "quiet" or "excluded" when exclude patterns name `path` (absolute), else None."""
        if any_match(self.default_exclude, path, folder=folder):
            return "quiet"
        return "excluded" if any_match(self.exclude, path, folder=folder) else None

    def ignored_rules(self, path: Path) -> tuple[str, ...]:
        """Rule ids and packs that `per_file_ignores` switches off for `path` (absolute)."""
        names: list[str] = []
        for patterns, rules in self.per_file_ignores:
            if patterns.matches(path):
                names += [name for name in rules if name not in names]
        return tuple(names)


# reason -> how a summary names it: peelcheck's own files first, then what a user chose
_SKIP_WORDS = {
    "config": "config",
    "rule pack": "rule pack",
    "rule test": "rule test",
    "baseline": "baseline",
    "excluded": "excluded",
    "gitignored": "in .gitignore",
    "not included": "not included",
}


def describe_skipped(skipped: Sequence[Skipped]) -> str:
    """`skipped 4: 1 config, 1 rule pack, 2 .txt not included (to read them: ...)`."""
    counts: dict[str, int] = {}
    for item in skipped:
        reason = _SKIP_WORDS.get(item.reason, item.reason)
        if item.reason == "not included":
            reason = f"{PurePath(item.file).suffix.lower()} {reason}"
        counts[reason] = counts.get(reason, 0) + 1
    order = list(_SKIP_WORDS.values())

    def rank(reason: str) -> tuple[int, str]:
        key = "not included" if reason.endswith("not included") else reason
        return (order.index(key) if key in order else len(order), reason)

    parts = [f"{counts[reason]} {reason}" for reason in sorted(counts, key=rank)]
    suffixes = sorted({r.split()[0] for r in counts if r.endswith("not included")})
    hint = ""
    if suffixes:
        options = " ".join(f"--extend-include '*{suffix}'" for suffix in suffixes)
        hint = f" (to read them: {options})"
    return f"skipped {len(skipped)}: {', '.join(parts)}{hint}"
