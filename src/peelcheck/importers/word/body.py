"""A Word document's body as typed blocks: paragraphs and tables, in reading order.

Every paragraph, in the body, in table cells and in content controls alike, gets an index in
reading order; that index is how findings and comments find it again. Each paragraph keeps
its text as a reader sees it (tracked deletions left out, insertions kept, tabs as tabs, line
breaks as spaces), the runs each stretch of text comes from, and what Word records about it:
heading level (from its style chain or an outline level of its own), automatic number,
list membership, bold, shading. Text boxes, headers, footers, footnotes and comments are not
part of the body and are not read.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from peelcheck.importers.word.numbering import Numbering
from peelcheck.importers.word.styles import StyleFacts, Styles
from peelcheck.importers.word.xml import W, attr, child, local, on

_RUNS = etree.XPath(
    ".//w:r[not(ancestor::w:del) and not(ancestor::w:moveFrom) and not(ancestor::w:txbxContent)]",
    namespaces={"w": W},
)
_PLAIN_FILLS = (None, "", "auto", "ffffff")


@dataclass(frozen=True, eq=False)
class Piece:
    """A stretch of a paragraph's text and the run (and run child) it comes from."""

    start: int
    end: int
    run: Any
    node: Any


@dataclass(eq=False)
class Para:
    """One paragraph: its text, where it stands, and what Word records about it."""

    index: int
    element: Any
    text: str
    pieces: list[Piece]
    style: StyleFacts
    level: int | None = None  # 0 title, 1-9 heading, None body text
    number: str | None = None  # the automatic number Word shows, if any
    listed: bool = False  # a bullet or numbered list item
    bold: bool = False  # every letter bold
    shaded: bool = False  # shaded or bordered: a box drawn with paragraphs
    in_table: bool = False

    @property
    def label(self) -> str:
        """How messages name it: "paragraph 12" (1-based)."""
        return f"paragraph {self.index + 1}"


@dataclass(eq=False)
class Cell:
    """A table cell; `continued` cells carry on a cell merged down from the row above."""

    row: int
    column: int
    span: int
    paragraphs: list[Para]
    continued: bool = False

    @property
    def text(self) -> str:
        """The cell's paragraphs' text, joined by spaces."""
        return " ".join(p.text.strip() for p in self.paragraphs if p.text.strip())


@dataclass(eq=False)
class Table:
    """A table: rows of cells (merged cells resolved by `grid`), and its paragraphs."""

    rows: list[list[Cell]]
    paragraphs: list[Para] = field(default_factory=list)
    header_rows: int = 0  # rows repeated at the top of each page

    def grid(self) -> list[list[Cell | None]]:
        """Rows of columns: a cell spanning columns fills each; a cell merged down stands in
        each row it covers (the cell it continues)."""
        width = max((c.column + c.span for row in self.rows for c in row), default=0)
        grid: list[list[Cell | None]] = []
        for row in self.rows:
            line: list[Cell | None] = [None] * width
            for cell in row:
                above = grid[-1][cell.column] if grid and cell.column < width else None
                shown = above if cell.continued and above is not None else cell
                for column in range(cell.column, cell.column + cell.span):
                    line[column] = shown
            grid.append(line)
        return grid


@dataclass
class Body:
    """The blocks in reading order, and every paragraph by index."""

    items: list[Para | Table]
    paragraphs: list[Para]


def read_body(document: Any) -> Body:
    """Read a python-docx document's body into blocks."""
    part = document.part
    styles = Styles(read_related(part, "/styles"))
    numbering = Numbering(read_related(part, "/numbering"))
    reader = _Reader(styles, numbering)
    items = list(reader.blocks(document.element.body, in_table=False))
    return Body(items, reader.paragraphs)


def paragraph_text(element: Any) -> tuple[str, list[Piece]]:
    """A paragraph's text as a reader sees it, and the runs each stretch comes from."""
    pieces: list[Piece] = []
    parts: list[str] = []
    offset = 0
    for run in _RUNS(element):
        for node in run.iterchildren():
            text = node_text(node)
            if text:
                pieces.append(Piece(offset, offset + len(text), run, node))
                parts.append(text)
                offset += len(text)
    return "".join(parts), pieces


def node_text(node: Any) -> str:
    name = local(node)
    if name == "t":  # one line per paragraph: a stray line break reads as a space
        return str(node.text or "").replace("\n", " ").replace("\r", " ")
    if name in ("tab", "ptab"):
        return "\t"
    if name == "br":
        return "" if attr(node, "type") in ("page", "column") else " "
    if name == "cr":
        return " "
    if name == "noBreakHyphen":
        return "-"
    return ""


def read_related(part: Any, suffix: str) -> Any | None:
    """The XML of the part related to the document by a relationship ending in `suffix`
    (styles, numbering, comments), without creating one when there is none."""
    for rel in part.rels.values():
        if rel.reltype.endswith(suffix) and not rel.is_external:
            target = rel.target_part
            element = getattr(target, "element", None)
            if element is None and getattr(target, "blob", None):
                element = etree.fromstring(target.blob, etree.XMLParser(resolve_entities=False))
            return element
    return None


class _Reader:
    def __init__(self, styles: Styles, numbering: Numbering) -> None:
        self.styles = styles
        self.numbering = numbering
        self.paragraphs: list[Para] = []

    def blocks(self, container: Any, *, in_table: bool) -> Iterator[Para | Table]:
        for element in container.iterchildren():
            name = local(element)
            if name == "p":
                yield self.paragraph(element, in_table)
            elif name == "tbl":
                yield self.table(element)
            elif name in ("sdt", "customXml"):  # content controls: their content is body
                content = child(element, "sdtContent") if name == "sdt" else element
                if content is not None:
                    yield from self.blocks(content, in_table=in_table)

    def paragraph(self, element: Any, in_table: bool) -> Para:
        text, pieces = paragraph_text(element)
        p_pr = child(element, "pPr")
        style = self.styles.of(attr(child(p_pr, "pStyle"), "val"))
        level = style.level
        outline = attr(child(p_pr, "outlineLvl"), "val")
        if outline is not None and outline.isdigit():
            level = int(outline) + 1 if int(outline) < 9 else None
        num_pr = child(p_pr, "numPr")
        numbered = style.numbering
        if num_pr is not None:
            num_id = attr(child(num_pr, "numId"), "val")
            ilvl = attr(child(num_pr, "ilvl"), "val") or (str(numbered[1]) if numbered else "0")
            numbered = (num_id, int(ilvl)) if num_id and ilvl.isdigit() else None
        number = None
        in_list = numbered is not None and self.numbering.is_list(numbered[0])
        if numbered is not None and in_list:
            number = self.numbering.next_label(*numbered)
        para = Para(
            index=len(self.paragraphs),
            element=element,
            text=text,
            pieces=pieces,
            style=style,
            level=level,
            number=number,
            listed=level is None and (in_list or style.list_style),
            bold=_all_bold(pieces, style),
            shaded=_shaded(p_pr),
            in_table=in_table,
        )
        self.paragraphs.append(para)
        return para

    def table(self, element: Any) -> Table:
        table = Table(rows=[])
        start = len(self.paragraphs)
        for row_index, row in enumerate(_rows(element)):
            cells: list[Cell] = []
            column = int(attr(child(child(row, "trPr"), "gridBefore"), "val") or 0)
            for cell in _cells(row):
                tc_pr = child(cell, "tcPr")
                span = int(attr(child(tc_pr, "gridSpan"), "val") or 1)
                merge = child(tc_pr, "vMerge")
                continued = merge is not None and attr(merge, "val") in (None, "continue")
                paragraphs = [
                    p
                    for block in self.blocks(cell, in_table=True)
                    for p in ([block] if isinstance(block, Para) else block.paragraphs)
                ]
                cells.append(Cell(row_index, column, max(span, 1), paragraphs, continued))
                column += max(span, 1)
            table.rows.append(cells)
            header = child(child(row, "trPr"), "tblHeader")
            if (
                header is not None
                and on(attr(header, "val"), True)
                and table.header_rows == row_index
            ):
                table.header_rows += 1  # leading rows repeated on each page
        table.paragraphs = self.paragraphs[start:]
        return table


def _rows(table: Any) -> Iterator[Any]:
    for element in table.iterchildren():
        if local(element) == "tr":
            yield element
        elif local(element) in ("sdt", "customXml"):
            content = child(element, "sdtContent") if local(element) == "sdt" else element
            if content is not None:
                yield from _rows(content)


def _cells(row: Any) -> Iterator[Any]:
    for element in row.iterchildren():
        if local(element) == "tc":
            yield element
        elif local(element) in ("sdt", "customXml"):
            content = child(element, "sdtContent") if local(element) == "sdt" else element
            if content is not None:
                yield from _cells(content)


def _all_bold(pieces: list[Piece], style: StyleFacts) -> bool:
    """Every run with letters is bold: directly, or by the paragraph's style."""
    seen = False
    for piece in pieces:
        if not str(piece.node.text or "").strip() and local(piece.node) == "t":
            continue
        seen = True
        bold = child(child(piece.run, "rPr"), "b")
        if not (on(attr(bold, "val"), True) if bold is not None else style.bold):
            return False
    return seen


def _shaded(p_pr: Any | None) -> bool:
    shading = child(p_pr, "shd")
    fill = (attr(shading, "fill") or "").lower() if shading is not None else None
    return child(p_pr, "pBdr") is not None or fill not in _PLAIN_FILLS
