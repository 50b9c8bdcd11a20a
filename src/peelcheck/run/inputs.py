"""Which files are drafts: turn command-line arguments (files, folders, globs, `-`) into
drafts to check, and say what was skipped and why. This module alone decides.

A folder is searched for files that `include` selects (default `*.yaml`, `*.yml`, `*.json`,
`*.docx`; `.txt` pages only when asked), leaving out what `exclude` names, what `.gitignore`
ignores, and peelcheck's own files, recognised by name or first key (config, rule packs,
rule tests, baselines). A file named on the command line is read whatever its suffix, unless
it is one of peelcheck's own, or `force_exclude` is set and an exclude pattern names it (as
pre-commit, which names files, needs). Patterns are gitignore-style, via `pathspec`.
"""

from __future__ import annotations

import glob
import os
import stat
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from peelcheck.run.patterns import GitIgnore, Patterns, any_match, own_file_kind
from peelcheck.run.selection import (
    DEFAULT_EXCLUDE,
    DEFAULT_INCLUDE,
    DRAFT_SUFFIXES,
    VCS_FOLDERS,
    Selection,
    Skipped,
    Source,
    describe_skipped,
)

__all__ = [
    "DEFAULT_EXCLUDE",
    "DEFAULT_INCLUDE",
    "DRAFT_SUFFIXES",
    "Collected",
    "InputError",
    "Selection",
    "Skipped",
    "Source",
    "collect",
    "describe_skipped",
    "gather",
]


@dataclass
class Collected:
    """The drafts to check, in argument order, and what was skipped; `unreadable` holds
    the folders a search could not enter, with why (they are reported as sources)."""

    sources: list[Source] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    unreadable: dict[Path, str] = field(default_factory=dict)


class InputError(Exception):
    """An argument names nothing to check; the message says which and why."""


def collect(
    arguments: Sequence[str],
    *,
    stdin_name: str = "<stdin>",
    selection: Selection | None = None,
) -> list[Source]:
    """Sources for every argument, in argument order, folders sorted, duplicates dropped."""
    return gather(arguments, stdin_name=stdin_name, selection=selection).sources


def gather(
    arguments: Sequence[str],
    *,
    stdin_name: str = "<stdin>",
    selection: Selection | None = None,
) -> Collected:
    """The drafts the arguments name, and the files and folders skipped, with why."""
    chosen = selection or Selection.default()
    found = Collected()
    seen: set[str] = set()
    if list(arguments).count("-") > 1:
        raise InputError("-: standard input can be read only once; give '-' once")
    for argument in arguments:
        if argument == "-":
            ignore = chosen.ignored_rules(Path(stdin_name).resolve())
            found.sources.append(Source(stdin_name, data=sys.stdin.buffer.read(), ignore=ignore))
            continue
        for path in _expand(argument, chosen, found):
            key = os.path.realpath(path)
            if key not in seen:
                seen.add(key)
                found.sources.append(_source(path, chosen, found.unreadable.get(path)))
    return found


def _source(path: Path, selection: Selection, unreadable: str | None) -> Source:
    if unreadable is not None:
        return Source(str(path).rstrip("/") + "/", path=path, unreadable=unreadable)
    ignore = selection.ignored_rules(path.resolve()) if selection.per_file_ignores else ()
    return Source(str(path), path=path, ignore=ignore)


def _kind(path: Path) -> str:
    """ "folder", "file", "other", "missing", or "hidden": a folder above it cannot be
    searched, so whether it exists cannot be known (reading it will say why)."""
    try:
        mode = path.stat().st_mode
    except (FileNotFoundError, NotADirectoryError):
        return "missing"
    except OSError:
        return "hidden"
    return "folder" if stat.S_ISDIR(mode) else "file" if stat.S_ISREG(mode) else "other"


def _expand(argument: str, selection: Selection, found: Collected) -> list[Path]:
    path, skipped = Path(argument), found.skipped
    kind = _kind(path)
    if kind == "hidden" and not glob.has_magic(argument):
        return [path]
    if kind == "folder":
        if selection.force_exclude and _excluded_named(path, selection, skipped, folder=True):
            return []
        before = len(skipped)
        drafts = _search(path, selection, skipped, found.unreadable)
        if not drafts and len(skipped) == before:
            patterns = " ".join(line for p in selection.include for line in p.lines)
            raise InputError(f"{argument}: no drafts in this folder (searched for {patterns})")
        if not drafts:
            note = describe_skipped(skipped[before:])
            raise InputError(f"{argument}: no drafts in this folder; {note}")
        return drafts
    if kind in ("file", "other"):
        if kind == "other":
            raise InputError(f"{argument}: not a regular file")
        if selection.force_exclude and _excluded_named(path, selection, skipped):
            return []
        return [] if _own(path, selection, skipped) else [path]
    if glob.has_magic(argument):
        return _glob(argument, selection, found)
    raise InputError(f"{argument}: no such file or folder")


def _excluded_named(path: Path, selection: Selection, skipped: list[Skipped], **kw: bool) -> bool:
    """With force_exclude: whether an exclude pattern names a file or folder given by name."""
    verdict = selection.excluded(path.resolve(), **kw)
    if verdict == "excluded":
        skipped.append(Skipped(str(path) + ("/" if kw.get("folder") else ""), "excluded"))
    return verdict is not None


def _own(path: Path, selection: Selection, skipped: list[Skipped]) -> bool:
    """Whether `path` is one of peelcheck's own files (then it is recorded as skipped)."""
    kind = dict(selection.own_files).get(path.resolve()) or own_file_kind(str(path))
    if kind is None:
        return False
    skipped.append(Skipped(str(path), kind))
    return True


def _expand_pattern(argument: str, unreadable: dict[Path, str]) -> list[Path]:
    """The paths a pattern matches. `**` is expanded without following symbolic links to
    folders, as pathlib does: glob's own `**` follows them, and a link back to a folder
    above it (or two links to `.`) makes that search endless. Folders below a `**` that
    cannot be listed are added to `unreadable` (both globs pass over them in silence)."""
    if "**" not in argument:
        found = [Path(p) for p in glob.glob(argument)]  # noqa: PTH207
        folders = os.path.dirname(argument)  # noqa: PTH120
        if glob.has_magic(folders):  # `d/*/x.yaml`: one of the folders `d/*` may be closed
            for folder in map(Path, glob.glob(folders)):  # noqa: PTH207
                why = _unlistable_itself(folder)
                if why is not None:
                    unreadable[folder] = why
                    found.append(folder)
        return found
    parts = Path(argument).parts
    first = next(i for i, part in enumerate(parts) if glob.has_magic(part))
    base = Path(*parts[:first]) if first else Path()
    found = []
    for match in base.glob(str(Path(*parts[first:]))):
        # like glob, a pattern does not match hidden names unless it names them
        relative = match.relative_to(base).parts if base != Path() else match.parts
        if not any(part.startswith(".") for part in relative):
            found.append(match)
    stars = parts.index("**") if "**" in parts else first
    above = Path(*parts[:stars]) if stars else Path()
    tops = [above] if stars == first else sorted(base.glob(str(above.relative_to(base))))
    closed = {folder: why for top in tops for folder, why in _unlistable(top).items()}
    unreadable.update(closed)
    return found + list(closed)


def _unlistable_itself(folder: Path) -> str | None:
    """Why `folder` cannot be listed, or None when it can (or is not a folder)."""
    try:
        with os.scandir(folder):
            return None
    except (FileNotFoundError, NotADirectoryError):
        return None
    except OSError as err:
        return err.strerror or "cannot be listed"


def _unlistable(top: Path) -> dict[Path, str]:
    """The folders under `top` (not hidden, links not followed) that cannot be listed."""
    found: dict[Path, str] = {}

    def note(err: OSError) -> None:
        if err.filename is not None and not isinstance(err, FileNotFoundError):
            found[Path(err.filename)] = err.strerror or "cannot be listed"

    for _folder, names, _files in os.walk(top, onerror=note):
        names[:] = [name for name in names if not name.startswith(".")]
    return found


def _glob(argument: str, selection: Selection, collected: Collected) -> list[Path]:
    """A pattern searches, like a folder: what it matches is filtered the same way. A
    pattern that names documents (`*.txt`, `*.docx`) selects them whatever `include` says."""
    skipped = collected.skipped
    matches = sorted(_expand_pattern(argument, collected.unreadable))
    named = Path(argument).suffix.lower()
    marked: dict[Path, bool] = {}
    files = []
    before = len(skipped)
    for match in matches:
        if match in collected.unreadable:  # reported, unless the user left it out
            verdict = selection.excluded(match.resolve(), folder=True)
            if verdict is None:
                files.append(match)
            elif verdict == "excluded":
                skipped.append(Skipped(f"{match}/", "excluded"))
            continue
        if not match.is_file() or _in_cache(match.parent, marked):
            continue
        absolute = match.resolve()
        if not (any_match(selection.include, absolute) or match.suffix.lower() == named):
            continue
        verdict = selection.excluded(absolute)
        if verdict is not None:
            if verdict == "excluded":
                skipped.append(Skipped(str(match), "excluded"))
            continue
        if not _own(match, selection, skipped):
            files.append(match)
    if not files and len(skipped) == before:
        raise InputError(f"{argument}: the pattern matches no drafts")
    return files


def _in_cache(folder: Path, marked: dict[Path, bool]) -> bool:
    """Whether `folder` or a folder above it is marked as a cache (CACHEDIR.TAG)."""
    if folder not in marked:
        parent = folder.parent
        marked[folder] = (folder / "CACHEDIR.TAG").is_file() or (
            parent != folder and _in_cache(parent, marked)
        )
    return marked[folder]


def _search(
    folder: Path, selection: Selection, skipped: list[Skipped], unreadable: dict[Path, str]
) -> list[Path]:
    """The drafts under `folder`, sorted. A folder named on the command line is always
    searched, even one an exclude pattern or a .gitignore names: then the patterns are
    read from inside it, as if it were the root. Folders marked as caches (CACHEDIR.TAG)
    are left out quietly, like the built-in exclude list. Paths are strings here: a search
    meets thousands of files. A folder that cannot be listed is returned too, and noted in
    `unreadable` with why."""
    here = _Here(folder, selection)
    found: list[str] = []
    left: list[Skipped] = []
    pending = [("", str(folder))]  # (path relative to `folder`, path as shown)
    while pending:
        relative, shown = pending.pop()
        try:
            with os.scandir(shown) as listing:
                entries = sorted(listing, key=lambda entry: entry.name)
        except OSError as err:
            if not isinstance(err, FileNotFoundError):  # not removed since it was listed
                unreadable[Path(shown)] = err.strerror or "cannot be listed"
                found.append(shown)
            continue
        for entry in entries:
            inner, path = relative + entry.name, os.path.join(shown, entry.name)  # noqa: PTH118
            if entry.is_dir():
                if not os.path.isfile(os.path.join(path, "CACHEDIR.TAG")):  # noqa: PTH113, PTH118
                    reason = here.left_out(inner, entry.name, relative, folder=True)
                    if reason is None:
                        here.enter(inner, relative)
                        pending.append((inner + "/", path))
                    elif reason != "quiet":
                        left.append(Skipped(os.path.normpath(path) + "/", reason))
            elif entry.is_file() and here.wanted(inner, entry.name, relative, path, left):
                found.append(path)
    skipped += sorted(left, key=lambda item: Path(item.file))
    return sorted(Path(path) for path in found)


class _Here:
    """The selection as it applies under one folder named on the command line."""

    def __init__(self, folder: Path, selection: Selection) -> None:
        self.root = folder.resolve()
        selection = _rebased(selection, self.root)

        def anchored(patterns: tuple[Patterns, ...]) -> list[tuple[Patterns, str | None]]:
            return [(p, p.prefix_for(self.root)) for p in patterns]

        self.include = anchored(selection.include)
        self.exclude = anchored(selection.exclude)
        self.default_exclude = anchored(selection.default_exclude)
        self.own = {str(path): kind for path, kind in selection.own_files}
        self.ignore = GitIgnore(self.root) if selection.respect_gitignore else None
        if self.ignore is not None and self.ignore.start_ignored():
            self.ignore = GitIgnore(self.root, above=False)

    def enter(self, inner: str, parent: str) -> None:
        """Going down into the folder `inner` (relative to the root) of `parent`."""
        if self.ignore is not None:
            self.ignore.enter(inner, parent.rstrip("/"), self.root / inner)

    def left_out(self, inner: str, name: str, parent: str, *, folder: bool) -> str | None:
        """ "quiet", "excluded", "gitignored" or None for an entry of a searched folder."""
        if (folder and name in VCS_FOLDERS) or _any(
            self.default_exclude, inner, name, folder=folder
        ):
            return "quiet"
        if _any(self.exclude, inner, name, folder=folder):
            return "excluded"
        if self.ignore is not None and self.ignore.ignored(name, parent.rstrip("/"), folder=folder):
            return "gitignored"
        return None

    def wanted(self, inner: str, name: str, parent: str, path: str, skipped: list[Skipped]) -> bool:
        """Whether a file met in the search is a draft (else noted when that matters)."""
        if not _any(self.include, inner, name, folder=False):
            from peelcheck.importers import IMPORT_SUFFIXES  # a search, not one named draft

            if name.lower().endswith(IMPORT_SUFFIXES):
                skipped.append(Skipped(os.path.normpath(path), "not included"))
            return False
        reason = self.left_out(inner, name, parent, folder=False)
        if reason is not None:
            if reason != "quiet":
                skipped.append(Skipped(os.path.normpath(path), reason))
            return False
        kind = self.own.get(f"{self.root}/{inner}") or own_file_kind(path)
        if kind is not None:
            skipped.append(Skipped(os.path.normpath(path), kind))
        return kind is None


def _any(
    anchored: list[tuple[Patterns, str | None]], inner: str, name: str, *, folder: bool
) -> bool:
    return any(
        p.check_relative(name if prefix is None else prefix + inner, folder=folder) is True
        for p, prefix in anchored
    )


def _rebased(selection: Selection, root: Path) -> Selection:
    """The selection as it applies under `root`, a folder named on the command line: the
    built-in exclude list applies below it; the user's patterns are read from their own
    folder when `root` lies in it and is not excluded itself, else from `root`."""

    named = any_match(selection.exclude, root, folder=True)
    return replace(
        selection,
        exclude=tuple(
            p if p.covers(root) and not named else p.moved(root) for p in selection.exclude
        ),
        default_exclude=tuple(p.moved(root) for p in selection.default_exclude),
    )
