"""Reading a file that may not be what its name promises: bounded, and never blocking.

A draft, pack, config or baseline named on the command line can be replaced while a run
goes on, by a FIFO (opening it would wait for a writer for ever), a device (`/dev/zero`
never ends) or a file larger than any report. Only a regular file is read, and only up to
a limit.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path


class NotReadable(OSError):  # noqa: N818 (an OSError, like FileNotFoundError)
    """The path is not a regular file, or is larger than the limit; the message says which."""


def read_bounded(path: Path, limit: int) -> bytes:
    """The bytes of the regular file at `path`, if it holds at most `limit` bytes.

    Raises NotReadable for anything else that exists (a FIFO, a device, a folder, a file
    over the limit), and OSError when it cannot be opened or read.
    """
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(descriptor, "rb") as handle:
        mode = os.fstat(handle.fileno()).st_mode
        if not stat.S_ISREG(mode):
            kind = "a folder" if stat.S_ISDIR(mode) else "not a regular file (a pipe or device?)"
            raise NotReadable(f"{path} is {kind}")
        data = handle.read(limit + 1)  # the size can change while it is read
    if len(data) > limit:
        raise NotReadable(f"{path} is larger than {limit // 1048576} MiB")
    return data
