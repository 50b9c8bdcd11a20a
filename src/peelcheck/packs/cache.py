"""The compiled-pack cache: a per-user folder of JSON files, one per set of packs asked for.

An entry is used only when it was written by this peelcheck (its version, and the size and
time of the modules that write and read entries, so that a source checkout's edits count)
and every file it was built from still has the digest it had then. Nothing in it is code:
JSON is parsed, never unpickled, and every regular expression and query is compiled again
from its text (`packs.stored`). A missing, unreadable, corrupt or foreign entry is a miss;
a cache that cannot be written is skipped without a word.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from peelcheck import __version__

_FORMAT = "peelcheck-compiled-packs"
_MAX_BYTES = 64 * 1024 * 1024  # far above any real entry: a bigger file is not ours


def default_folder() -> Path | None:
    """The per-user cache folder of compiled packs: under `XDG_CACHE_HOME` when it is set,
    else where the platform keeps caches; None when there is no home folder to put it in."""
    xdg = os.environ.get("XDG_CACHE_HOME", "")
    if xdg and Path(xdg).is_absolute():
        return Path(xdg) / "peelcheck" / "packs"
    try:
        home = Path.home()
    except (RuntimeError, KeyError, OSError):  # no HOME and no password entry
        return None
    if sys.platform == "win32":
        local = os.environ.get("LOCALAPPDATA") or str(home / "AppData" / "Local")
        return Path(local) / "peelcheck" / "Cache" / "packs"
    if sys.platform == "darwin":
        return home / "Library" / "Caches" / "peelcheck" / "packs"
    return home / ".cache" / "peelcheck" / "packs"


def build_id() -> str:
    """This peelcheck, as far as the cache is concerned."""
    here = Path(__file__).parent
    stamps = []
    for name in ("cache.py", "stored.py", "reading.py", "spec.py", "format.py", "load.py"):
        try:
            found = (here / name).stat()
        except OSError:
            continue
        stamps.append(f"{name}:{found.st_size}:{found.st_mtime_ns}")
    return " ".join([__version__, *stamps])


def digest(path: Path) -> str | None:
    """The SHA-256 of a file's bytes; None when it cannot be read."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def _short(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def entry_path(folder: Path, paths: Sequence[Path]) -> Path:
    """The entry for these packs (absolute paths, in the order asked for): named by this
    build, then by the packs."""
    return folder / f"{_short(build_id())}-{_short(json.dumps([str(p) for p in paths]))}.json"


def read(folder: Path, paths: Sequence[Path]) -> dict[str, Any] | None:
    """The entry for these packs, if there is one and every file it was built from is
    unchanged; None otherwise."""
    from peelcheck.core.reading import NotReadable, read_bounded

    try:
        entry = json.loads(read_bounded(entry_path(folder, paths), _MAX_BYTES))
    except (OSError, NotReadable, ValueError, RecursionError):
        return None
    if not isinstance(entry, dict) or entry.get("format") != _FORMAT:
        return None
    if entry.get("build") != build_id() or entry.get("packs_asked") != [str(p) for p in paths]:
        return None
    files, dictionaries = entry.get("files"), entry.get("dictionaries")
    if not isinstance(files, dict) or not isinstance(dictionaries, dict):
        return None
    if any(
        not isinstance(name, str) or digest(Path(name)) != known for name, known in files.items()
    ):
        return None
    if any(not isinstance(p, str) or not Path(p).is_file() for p in dictionaries.values()):
        return None
    return entry


def write(folder: Path, paths: Sequence[Path], entry: dict[str, Any]) -> None:
    """Store the entry for these packs; a folder that cannot be written is left alone."""
    from peelcheck.core.atomic import write_atomically

    entry = {"format": _FORMAT, "build": build_id(), "packs_asked": [str(p) for p in paths]} | entry
    target = entry_path(folder, paths)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if target.is_symlink() or (target.exists() and not target.is_file()):
            # written through, a link would replace its target and a FIFO would block
            target.unlink()
        write_atomically(target, [json.dumps(entry, ensure_ascii=False)])
        # entries of other builds (an upgrade, an edited checkout) are never read again
        build = target.name.split("-")[0]
        for old in folder.glob("*-*.json"):
            if not old.name.startswith(build + "-"):
                old.unlink(missing_ok=True)
    except OSError:
        pass  # a cache is an optimisation: a read-only home changes nothing else
