"""Writing a file in one step: a temporary file beside the target, then a rename.

A reader never sees half a file, a failed write leaves the old file as it was, and a
symbolic link is written through (its target is replaced, the link stays a link). The new
file keeps the mode of the one it replaces (a new one gets the usual mode under umask).
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path


def write_atomically(path: Path, pieces: Iterable[str]) -> None:
    """Write `pieces` (text, UTF-8, no newline translation) to `path` in one step.

    Raises OSError (its filename set to `path`) when the file cannot be written.
    """
    target = Path(os.path.realpath(path))  # through symbolic links, to the file they name
    if target.exists() and not target.is_file():
        # a device or a pipe (/dev/stdout, /dev/null, a FIFO): written into, never replaced
        with target.open("w", encoding="utf-8", errors="surrogateescape", newline="") as out:
            out.writelines(pieces)
        return
    if target.exists() and not os.access(target, os.W_OK):
        # renaming over it would succeed (the folder is writable): a read-only file is a
        # file its owner does not want replaced, so it is not, as `cp` would not
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
    mode = _mode_for(target)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        # surrogateescape: a file name that is not UTF-8 is written back as its own bytes
        with os.fdopen(handle, "w", encoding="utf-8", errors="surrogateescape", newline="") as out:
            out.writelines(pieces)
            out.flush()
            os.fsync(out.fileno())
        Path(temporary).chmod(mode)  # mkstemp makes the file private
        Path(temporary).replace(target)
    except BaseException as err:
        Path(temporary).unlink(missing_ok=True)
        if isinstance(err, OSError) and err.filename is None:
            err.filename = str(path)
        raise


def _mode_for(target: Path) -> int:
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def same_file(a: Path, b: Path) -> bool:
    """True when both paths name one file (links, hard links and `..` included)."""
    try:
        return a.samefile(b)
    except OSError:
        return Path(os.path.realpath(a)) == Path(os.path.realpath(b))
