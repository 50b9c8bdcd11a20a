"""Import published pages (.txt) and Word drafts (.docx) into the draft format.

Each importer returns a `Loaded`, like the YAML loader: the draft as plain data, and a source
map whose spans point into the original document (for Word, a text with one line per
paragraph, so a finding's line is the paragraph number). Problems are findings: `file-format`
when the document cannot be read at all (no data), `import` for what could not be placed.
"""

from __future__ import annotations

from pathlib import Path, PurePath

from peelcheck.core.findings import Finding, Severity
from peelcheck.core.reading import NotReadable, read_bounded
from peelcheck.draft.loaded import Loaded
from peelcheck.importers.facts import ImportFacts

IMPORT_SUFFIXES = (".txt", ".docx")
MAX_TEXT_BYTES = 8 * 1024 * 1024
MAX_DOCX_BYTES = 64 * 1024 * 1024  # Word drafts carry images; their text is read with a limit


def importable(name: str) -> bool:
    """True when `name` is a document the importers read (by its suffix)."""
    return PurePath(name).suffix.lower() in IMPORT_SUFFIXES


def _limit(name: str) -> int:
    return MAX_DOCX_BYTES if PurePath(name).suffix.lower() == ".docx" else MAX_TEXT_BYTES


def _too_large(name: str) -> Loaded:
    message = f"the file is larger than {_limit(name) // 1048576} MiB; is this really a report?"
    return Loaded(name, findings=[Finding(name, "file-format", Severity.ERROR, message)])


def import_bytes(raw: bytes, name: str, facts: ImportFacts, *, excerpt: bool = False) -> Loaded:
    """Import a document's bytes; its kind comes from the suffix of `name`. An `excerpt`
    holds only part of a report, and the draft says so (`inspection.excerpt`).

    Raises OSError when .docx support (python-docx) is not installed: a tool error.
    """
    if len(raw) > _limit(name):
        return _too_large(name)
    if PurePath(name).suffix.lower() == ".docx":
        from peelcheck.importers.word import import_docx

        loaded = import_docx(raw, name, facts)
        return mark_excerpt(loaded) if excerpt else loaded
    from peelcheck.importers.page import import_text

    return import_text(raw, name, facts, excerpt=excerpt)


def import_file(
    path: Path, facts: ImportFacts, display: str | None = None, *, excerpt: bool = False
) -> Loaded:
    """Import a document file. Raises OSError when it cannot be read."""
    name = display or str(path)
    try:
        raw = read_bounded(path, _limit(name))
    except NotReadable:
        if path.is_file():
            return _too_large(name)
        message = "not a regular file (a pipe or a device?); give the document itself"
        return Loaded(name, findings=[Finding(name, "file-format", Severity.ERROR, message)])
    return import_bytes(raw, name, facts, excerpt=excerpt)


def mark_excerpt(loaded: Loaded) -> Loaded:
    """Record in an imported draft that it holds only part of a report."""
    inspection = loaded.data.get("inspection") if isinstance(loaded.data, dict) else None
    if isinstance(inspection, dict) and loaded.source is not None:
        inspection["excerpt"] = True
        span = loaded.source.values.get("inspection")
        if span is not None:
            loaded.source.values["inspection.excerpt"] = span
    return loaded
