"""Word drafts (.docx, read with python-docx) -> draft.

The body's paragraphs are read in order (inside content controls too); headings and plain
paragraphs are recognised by their text, list paragraphs (bullet or numbered styles, or
Word numbering) are items. Spans point into a text made of one line per paragraph, so a
finding's line is the paragraph's number in the document (empty paragraphs count) and its
column is 1. Tables cannot be placed and are reported; headers, footers, footnotes and
comments are not part of the body and are not read. Text deleted with tracked changes is
left out, tracked insertions are kept. A document marked as final in Word (File > Info >
Protect Document > Mark as Final, stored as content status "Final") imports as
`status: final`, any other as `status: draft`.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from typing import Any

from peelcheck.core.findings import Finding, Severity
from peelcheck.draft.loaded import Loaded
from peelcheck.draft.sourcemap import SourceMap
from peelcheck.importers.builder import Block, ImportFacts, build_draft, bullet_marker

MAX_XML_BYTES = 64 * 1024 * 1024  # unpacked document parts; stops ZIP bombs before parsing

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_RUNS = (
    ".//w:r[not(ancestor::w:del) and not(ancestor::w:moveFrom) and not(ancestor::w:txbxContent)]"
)


class ParagraphSourceMap(SourceMap):
    """A source map over one line per paragraph: a position is a paragraph, column 1."""

    def position_of_offset(self, index: int) -> tuple[int, int]:
        """The paragraph (line) holding the offset, and column 1."""
        return super().position_of_offset(index)[0], 1


def import_docx(raw: bytes, name: str, facts: ImportFacts) -> Loaded:
    """Import a Word draft. Raises OSError when python-docx is not installed."""
    try:
        import docx
    except ImportError:
        raise OSError(
            None,
            "reading Word documents needs python-docx; install it with "
            "pip install 'peelcheck[docx]'",
            name,
        ) from None
    problem = _package_problem(raw)
    if problem is None:
        try:
            document = docx.Document(io.BytesIO(raw))
        except Exception as err:  # python-docx raises many kinds for a damaged file
            problem = f"{type(err).__name__}: {err}".strip().rstrip(":")
    if problem is not None:
        message = f"not a readable Word document (.docx): {problem}"
        return Loaded(name, findings=[Finding(name, "file-format", Severity.ERROR, message)])
    lines: list[str] = []
    blocks: list[Block] = []
    offset = 0
    for kind, element in _body_content(document.element.body):
        if kind == "p":
            text = _paragraph_text(element)
            lines.append(text.replace("\n", " "))  # one line per paragraph, same length
            content = text.strip()
            start = offset + len(text) - len(text.lstrip())
            offset += len(text) + 1
            if content:
                marker = bullet_marker(content)
                item = marker > 0 or _is_list(element, document)
                label = f"paragraph {len(lines)}"
                blocks.append(Block(content, start, label, item=item, marker=marker))
        else:
            after = f"after paragraph {len(lines)}" if lines else "before the first paragraph"
            what = "the table" if kind == "tbl" else f"the {kind} element"
            why = "tables are not imported" if kind == "tbl" else "its content is not read"
            previous = offset - len(lines[-1]) - 1 if lines else 0
            blocks.append(Block(why, previous, f"{what} {after}", opaque=True))
    source = ParagraphSourceMap("\n".join(lines))
    final = (document.core_properties.content_status or "").strip().lower() == "final"
    return build_draft(
        blocks, source, name, status="final" if final else "draft", unit="paragraph", facts=facts
    )


def _package_problem(raw: bytes) -> str | None:
    """Why the bytes are not a Word package, or None."""
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as package:
            names = {info.filename: info.file_size for info in package.infolist()}
    except (zipfile.BadZipFile, ValueError):
        return "it is damaged or not a ZIP package (an old .doc file? save it from Word as .docx)"
    if "word/document.xml" not in names:
        return "it has no word/document.xml part"
    if sum(size for part, size in names.items() if part.endswith(".xml")) > MAX_XML_BYTES:
        return f"its XML parts unpack to more than {MAX_XML_BYTES // 1048576} MiB"
    return None


def _body_content(body: Any) -> Iterator[tuple[str, Any]]:
    """("p", paragraph) and (tag, element) for other content with text, in reading order."""
    for child in body.iterchildren():
        tag = child.tag.removeprefix(_W) if isinstance(child.tag, str) else ""
        if tag == "p":
            yield "p", child
        elif tag == "sdt":  # a content control: its content is part of the body
            for content in child.iterchildren(f"{_W}sdtContent"):
                yield from _body_content(content)
        elif any(True for _ in child.iter(f"{_W}t")):  # tables, anything else with text
            yield tag, child


def _paragraph_text(paragraph: Any) -> str:
    return "".join(run.text for run in paragraph.xpath(_RUNS))


def _is_list(paragraph: Any, document: Any) -> bool:
    """A bullet or numbered list paragraph: Word numbering, or a List style."""
    if paragraph.xpath("./w:pPr/w:numPr"):
        return True
    style_ids = paragraph.xpath("./w:pPr/w:pStyle/@w:val")
    if not style_ids:
        return False
    style = document.styles.element.get_by_id(style_ids[0])
    name = style.name_val if style is not None else style_ids[0]
    return str(name).lower().startswith("list")
