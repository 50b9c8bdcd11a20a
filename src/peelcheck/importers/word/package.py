"""Opening a .docx, and saying plainly why a file is not one.

A .docx is a ZIP package holding word/document.xml. An old Word 97-2003 document (.doc) and
a password-protected .docx are both OLE compound files, not ZIP packages; a protected one
holds an `EncryptedPackage` stream. Each is one clear reason, never a traceback.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from typing import Any

MAX_XML_BYTES = 64 * 1024 * 1024  # unpacked document parts; stops ZIP bombs before parsing
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")


def open_document(raw: bytes) -> tuple[Any | None, str | None]:
    """The python-docx document, or None and why the bytes are not a readable .docx.

    Raises OSError when python-docx is not installed (a broken installation: a tool error).
    """
    try:
        import docx
    except ImportError:
        raise OSError(
            None,
            "reading Word documents needs python-docx, which is part of peelcheck; "
            "reinstall peelcheck (pip install --force-reinstall peelcheck)",
        ) from None
    problem = package_problem(raw)
    if problem is not None:
        return None, problem
    try:
        document = docx.Document(io.BytesIO(raw))
    except Exception as err:  # python-docx raises many kinds for a damaged package
        # one line: lxml's messages can hold newlines (a 10 MB attribute value gave two)
        detail = " ".join(f"{type(err).__name__}: {err}".split()).rstrip(":")
        return None, f"it is damaged and cannot be read as a Word document ({detail})"
    if getattr(document.element, "body", None) is None:  # a main part that is not w:document
        return None, "its main part is not a Word document body (word/document.xml)"
    return document, None


def package_problem(raw: bytes) -> str | None:
    """Why the bytes are not a Word package, or None."""
    if raw.startswith(_OLE):
        if _ENCRYPTED in raw:
            return (
                "it is protected with a password; save a copy without the password "
                "(File > Info > Protect Document > Encrypt with Password) and check that"
            )
        return (
            "it is an old Word 97-2003 document (.doc) or another Office file, not a .docx; "
            "open it in Word and save it as a Word Document (.docx)"
        )
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as package:
            names = {info.filename: info.file_size for info in package.infolist()}
    except (zipfile.BadZipFile, ValueError, EOFError):
        return "a .docx is a ZIP package, and this file is not one (damaged, or not a Word file)"
    if "word/document.xml" not in names:
        kind = next(
            (
                label
                for prefix, label in (("xl/", "an Excel workbook"), ("ppt/", "a PowerPoint file"))
                if any(name.startswith(prefix) for name in names)
            ),
            "a ZIP file",
        )
        return f"it is {kind}, not a Word document (it has no word/document.xml)"
    if sum(size for part, size in names.items() if part.endswith(".xml")) > MAX_XML_BYTES:
        return f"its XML parts unpack to more than {MAX_XML_BYTES // 1048576} MiB"
    return _unpacked_problem(raw)


def _unpacked_problem(raw: bytes) -> str | None:
    """Unpack the XML parts with a limit, trusting no size the ZIP headers declare: a part
    that unpacks to more than they say (a zip bomb with lying headers) stops at the limit."""
    left = MAX_XML_BYTES
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as package:
            for info in package.infolist():
                if not info.filename.endswith((".xml", ".rels")):
                    continue
                with package.open(info) as part:
                    while chunk := part.read(min(left + 1, 1 << 20)):
                        left -= len(chunk)
                        if left < 0:
                            return (
                                f"its XML parts unpack to more than {MAX_XML_BYTES // 1048576} "
                                "MiB (more than its ZIP headers declare)"
                            )
    except (zipfile.BadZipFile, ValueError, EOFError, OSError, RuntimeError, zlib.error) as err:
        return f"it is damaged and cannot be unpacked ({type(err).__name__}: {err})"
    return None
