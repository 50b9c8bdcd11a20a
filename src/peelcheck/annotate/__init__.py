"""Write-back (`peelcheck check --annotate OUT`): copies of Word drafts carrying their findings
as Word comments.

`plan` decides where each copy goes before any draft is checked, and refuses what would go
wrong (an AnnotateError: one line, exit 2, nothing written): a copy that would replace a
draft, a folder named for one draft or a file for several, a place that cannot be written.
With one draft OUT is the copy (`.docx`); with several it is a folder, and each Word draft's
copy keeps its path relative to the drafts' common folder. Drafts that are not Word files
are checked as usual and listed as not annotated. `write` writes each copy in one step (a
temporary file, then a rename); the drafts themselves are never modified.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from peelcheck.annotate.comments import AnnotateError, annotate
from peelcheck.annotate.tracked import word_edits
from peelcheck.core.findings import Severity
from peelcheck.core.reading import read_bounded
from peelcheck.importers import MAX_DOCX_BYTES
from peelcheck.results.file_result import FileResult
from peelcheck.run.inputs import Source

WORD_SUFFIX = ".docx"

__all__ = ["AnnotateError", "Copy", "Plan", "annotate", "plan", "write"]


@dataclass(frozen=True)
class Copy:
    """One annotated copy to write: the draft as named, its bytes' origin, the target."""

    name: str
    source: Source
    target: Path


@dataclass
class Plan:
    """Where each Word draft's annotated copy goes, and which drafts get none."""

    copies: list[Copy] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def plan(out: str, sources: Sequence[Source]) -> Plan:
    """Where the annotated copies go. Raises AnnotateError (a usage error) when they cannot
    go there."""
    target = Path(out)
    words = [s for s in sources if s.name.lower().endswith(WORD_SUFFIX)]
    found = Plan(skipped=[s.name for s in sources if s not in words])
    if len(sources) == 1:
        if target.is_dir():
            stem = Path(sources[0].name).stem or "draft"
            raise AnnotateError(
                f"--annotate {out}: is a folder, but one draft is checked; name the annotated "
                f"copy to write, e.g. {stem}-annotated.docx"
            )
        if words and target.suffix.lower() != WORD_SUFFIX:
            raise AnnotateError(
                f"--annotate {out}: the annotated copy is a Word document; name it ....docx"
            )
        _writable(out, target.parent, create=False)
        found.copies = [Copy(s.name, s, target) for s in words]
    else:
        if target.exists() and not target.is_dir():
            raise AnnotateError(
                f"--annotate {out}: {len(sources)} drafts are checked, so --annotate names a "
                "folder for their annotated copies, and this is a file"
            )
        _writable(out, target, create=True)
        on_disk = [s for s in words if s.path is not None]
        found.skipped += [s.name for s in words if s.path is None]  # standard input
        base = _common_folder([s.path for s in sources if s.path is not None])
        for source in on_disk:
            assert source.path is not None
            relative = source.path.resolve().relative_to(base)
            found.copies.append(Copy(source.name, source, target / relative))
    for copy in found.copies:
        for source in sources:
            if source.path is not None and _same(copy.target, source.path):
                raise AnnotateError(
                    f"--annotate {out}: would replace the draft {source.name}; the drafts are "
                    "never modified, so name another file or folder"
                )
    return found


def write(
    found: Plan,
    results: Sequence[FileResult],
    show: Severity,
    *,
    tracked: bool = False,
    unsafe: bool = False,
) -> list[str]:
    """Write every copy; one note per draft, for standard error. With `tracked` (`--fix`)
    the fixes (safe ones, and unsafe ones too if `unsafe`) are written into the copy as
    tracked changes. Raises AnnotateError when a copy cannot be written (nothing
    half-written is left)."""
    by_name = {result.file: result for result in results}
    notes: list[str] = []
    for copy in found.copies:
        result = by_name.get(copy.name)
        findings = [
            f
            for f in (result.findings if result else [])
            if f.waived is None and f.severity >= show and f.place is not None
        ]
        edits = word_edits(result.findings, unsafe=unsafe) if tracked and result else None
        try:
            data, count, changes = annotate(_read(copy.source), findings, edits)
        except (AnnotateError, OSError) as err:
            notes.append(f"{copy.name}: not annotated: {err}")
            continue
        _write_bytes(copy.target, data)
        comments = f"{count} comment" + ("" if count == 1 else "s")
        if tracked:
            comments += f", {changes} tracked change" + ("" if changes == 1 else "s")
        notes.append(f"{copy.name}: annotated copy written to {copy.target} ({comments})")
    notes += [f"{name}: not annotated: not a Word draft (.docx)" for name in found.skipped]
    return notes


def _read(source: Source) -> bytes:
    if source.data is not None:
        return source.data
    assert source.path is not None
    return read_bounded(source.path, MAX_DOCX_BYTES)


def _writable(out: str, folder: Path, *, create: bool) -> None:
    """The folder can take the copies (or, with `create`, can be made in its parent)."""
    folder = folder if str(folder) else Path()
    if not folder.exists() and create:
        folder = folder.parent if str(folder.parent) else Path()
    if not folder.is_dir():
        raise AnnotateError(f"--annotate {out}: the folder {folder} does not exist")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise AnnotateError(f"--annotate {out}: cannot write in the folder {folder}")


def _common_folder(paths: list[Path]) -> Path:
    if not paths:
        return Path.cwd()
    return Path(os.path.commonpath([str(p.resolve().parent) for p in paths]))


def _same(a: Path, b: Path) -> bool:
    try:
        return a.exists() and a.samefile(b)
    except OSError:
        return False


def _write_bytes(target: Path, data: bytes) -> None:
    """Write in one step: a temporary file beside the target, then a rename."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    except OSError as err:
        raise AnnotateError(f"cannot write {target}: {err.strerror}") from None
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        Path(temporary).chmod(0o644)
        Path(temporary).replace(target)
    except OSError as err:
        Path(temporary).unlink(missing_ok=True)
        raise AnnotateError(f"cannot write {target}: {err.strerror}") from None
