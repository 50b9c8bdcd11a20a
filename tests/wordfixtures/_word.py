"""The Word mechanics the fixtures use, on top of python-docx and lxml.

`Writer` wraps one python-docx document and knows how to write a heading in each of the ways
drafts really hold them (a built-in Heading style, a house style based on one, a Normal
paragraph with an outline level, a bold Normal paragraph), lists with a List style or with
Word's own numbering, content controls, runs split inside a phrase, merged table cells, a
header and footer, and real footnotes. Nothing here knows about inspection reports.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from xml.sax.saxutils import quoteattr

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor
from docx.styles.style import ParagraphStyle
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from docx.text.run import Run

# Children of w:pPr that come after w:shd, w:outlineLvl (schema order), for inserting there.
_AFTER_SHD = (
    "w:tabs",
    "w:suppressAutoHyphens",
    "w:kinsoku",
    "w:wordWrap",
    "w:overflowPunct",
    "w:topLinePunct",
    "w:autoSpaceDE",
    "w:autoSpaceDN",
    "w:bidi",
    "w:adjustRightInd",
    "w:snapToGrid",
    "w:spacing",
    "w:ind",
    "w:contextualSpacing",
    "w:mirrorIndents",
    "w:suppressOverlap",
    "w:jc",
    "w:textDirection",
    "w:textAlignment",
    "w:textboxTightWrap",
    "w:outlineLvl",
    "w:divId",
    "w:cnfStyle",
    "w:rPr",
    "w:sectPr",
    "w:pPrChange",
)
_AFTER_OUTLINE = ("w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")
_AFTER_LANG = ("w:eastAsianLayout", "w:specVanish", "w:oMath")

# Heading kinds (see Writer.heading).
BUILTIN, CUSTOM, OUTLINE, BOLD = "builtin", "custom", "outline", "bold"


@dataclass(frozen=True)
class Split:
    """Paragraph text whose `phrase` is cut into runs of different formatting.

    `cuts` are offsets inside the phrase: one cut gives two runs, two cuts three. The text
    before the phrase shares the first run, the text after it has a run of its own.
    """

    text: str
    phrase: str
    cuts: tuple[int, ...] = (1,)

    def __post_init__(self) -> None:
        if self.text.count(self.phrase) != 1:
            raise ValueError(f"{self.phrase!r} must occur once in {self.text!r}")
        if not all(0 < c < len(self.phrase) for c in self.cuts) or list(self.cuts) != sorted(
            set(self.cuts)
        ):
            raise ValueError(f"bad cuts {self.cuts} for {self.phrase!r}")

    def __str__(self) -> str:
        return self.text


Text = str | Split


def plain(text: Text) -> str:
    """The text as a reader sees it."""
    return str(text)


class Writer:
    """One Word document being written, with the mechanics as methods.

    `kinds` maps a heading level (0 for a title, 1, 2, 3) to how headings of that level are
    written: BUILTIN ("Heading N"), CUSTOM ("HMI Heading N", based on "Heading N"),
    OUTLINE (Normal, bold, with w:outlineLvl N-1) or BOLD (a bold Normal paragraph).
    `bullets` is "style" (the List Bullet style) or "numbering" (direct w:numPr).
    """

    def __init__(self, kinds: dict[int, str] | None = None, bullets: str = "style") -> None:
        self.doc = docx.Document()
        self.kinds = {1: BUILTIN, 2: BUILTIN, 3: BUILTIN, **(kinds or {})}
        self.bullet_kind = bullets
        self._ids = itertools.count(4101)
        self._footnote_ids = itertools.count(1)
        self._footnotes: XmlPart | None = None
        self._bullet_num: int | None = None

    # -- paragraphs ------------------------------------------------------------------------

    def para(
        self,
        text: Text = "",
        *,
        style: str | None = None,
        bold: bool = False,
        size: float | None = None,
    ) -> Paragraph:
        """A paragraph; a `Split` text is written as runs cut inside its phrase."""
        paragraph = self.doc.add_paragraph(style=style)
        for run_text, variant in _pieces(text):
            run = paragraph.add_run(run_text)
            if bold:
                run.bold = True
            if size:
                run.font.size = Pt(size)
            _format_variant(run, variant)
        return paragraph

    def title(self, text: str, *, style: str = "Title") -> Paragraph:
        """A title line in the Title (or Subtitle) style."""
        return self.para(text, style=style)

    def heading(self, text: Text, level: int, *, kind: str | None = None) -> Paragraph:
        """A heading of `level`, written the way `kind` (or the writer's default) says."""
        kind = kind or self.kinds.get(level, BUILTIN)
        if kind == BUILTIN:
            return self.para(text, style=f"Heading {level}")
        if kind == CUSTOM:
            return self.para(text, style=self._house_heading(level).name)
        paragraph = self.para(text, bold=True, size={1: 16, 2: 13, 3: 12}.get(level, 12))
        paragraph.paragraph_format.keep_with_next = True
        if kind == OUTLINE:
            set_outline_level(paragraph, level - 1)
        elif kind != BOLD:
            raise ValueError(f"unknown heading kind {kind!r}")
        return paragraph

    def bullets(self, items: Iterable[Text], *, numbered: bool | None = None) -> list[Paragraph]:
        """List items: the List Bullet style, or Word numbering (a bullet list definition)."""
        use_numbering = self.bullet_kind == "numbering" if numbered is None else numbered
        written = []
        for item in items:
            if use_numbering:
                paragraph = self.para(item, style="List Paragraph")
                self.number(paragraph, self._bullets(), 0)
            else:
                paragraph = self.para(item, style="List Bullet")
            written.append(paragraph)
        return written

    def shaded(self, texts: Sequence[tuple[Text, bool]], fill: str = "DEEAF6") -> None:
        """Paragraphs with a shaded background and a border: a box without a table."""
        for text, bold in texts:
            paragraph = self.para(text, bold=bold)
            p_pr = paragraph._p.get_or_add_pPr()
            borders = parse_xml(
                f"<w:pBdr {nsdecls('w')}>"
                + "".join(
                    f'<w:{side} w:val="single" w:sz="4" w:space="4" w:color="5B9BD5"/>'
                    for side in ("top", "left", "bottom", "right")
                )
                + "</w:pBdr>"
            )
            p_pr.insert_element_before(borders, "w:shd", *_AFTER_SHD)
            shading = parse_xml(
                f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'
            )
            p_pr.insert_element_before(shading, *_AFTER_SHD)

    def box(self, texts: Sequence[tuple[Text, bool]]) -> Table:
        """A one-cell table holding paragraphs (a box, as templates draw them)."""
        table: Table = self.doc.add_table(rows=1, cols=1)
        table.style = self.doc.styles["Table Grid"]
        cell = table.cell(0, 0)
        first = True
        for text, bold in texts:
            paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
            first = False
            for run_text, variant in _pieces(text):
                run = paragraph.add_run(run_text)
                run.bold = bold or None
                _format_variant(run, variant)
        shade_cell(cell, "E2EFD9")
        return table

    def page_break(self) -> None:
        self.doc.add_page_break()

    # -- styles ----------------------------------------------------------------------------

    def _house_heading(self, level: int) -> ParagraphStyle:
        name = f"HMI Heading {level}"
        styles = self.doc.styles
        if name in [s.name for s in styles]:
            existing: ParagraphStyle = styles[name]
            return existing
        style: ParagraphStyle = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = styles[f"Heading {level}"]
        style.next_paragraph_style = styles["Normal"]
        style.quick_style = True
        style.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
        style.font.name = "Arial"
        return style

    # -- numbering -------------------------------------------------------------------------

    def numbering_list(self, levels: Sequence[tuple[str, str]], *, multilevel: bool = False) -> int:
        """A new list definition in numbering.xml; `levels` are (numFmt, lvlText) per level.

        Returns the w:numId that paragraphs refer to in their w:numPr.
        """
        numbering = self.doc.part.numbering_part.element
        abstract_id = 1 + max(
            (int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))),
            default=-1,
        )
        lvls = "".join(
            f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
            f"<w:lvlText w:val={quoteattr(text)}/>"
            f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{360 + 360 * i}" w:hanging="360"/></w:pPr>'
            + (
                '<w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr>'
                if fmt == "bullet"
                else ""
            )
            + "</w:lvl>"
            for i, (fmt, text) in enumerate(levels)
        )
        kind = (
            "multilevel"
            if multilevel
            else ("singleLevel" if len(levels) == 1 else "hybridMultilevel")
        )
        abstract = parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
            f'<w:nsid w:val="{0x2A000000 + abstract_id:08X}"/><w:multiLevelType w:val="{kind}"/>'
            f"{lvls}</w:abstractNum>"
        )
        nums = numbering.findall(qn("w:num"))
        if nums:
            nums[0].addprevious(abstract)
        else:
            numbering.append(abstract)
        return self._num(abstract_id)

    def restart(self, num_id: int) -> int:
        """Another w:num on the same list definition that starts again at 1."""
        numbering = self.doc.part.numbering_part.element
        for num in numbering.findall(qn("w:num")):
            if num.get(qn("w:numId")) == str(num_id):
                abstract_id = int(num.find(qn("w:abstractNumId")).get(qn("w:val")))
                return self._num(abstract_id, restart=True)
        raise KeyError(num_id)

    def _num(self, abstract_id: int, *, restart: bool = False) -> int:
        numbering = self.doc.part.numbering_part.element
        num_id = 1 + max(
            (int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))), default=0
        )
        override = (
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'
            if restart
            else ""
        )
        num = parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>{override}</w:num>'
        )
        cleanup = numbering.find(qn("w:numIdMacAtCleanup"))
        if cleanup is not None:
            cleanup.addprevious(num)
        else:
            numbering.append(num)
        return num_id

    def number(self, paragraph: Paragraph, num_id: int, level: int = 0) -> None:
        """Number `paragraph` with Word's numbering (direct w:numPr)."""
        num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = level
        num_pr.get_or_add_numId().val = num_id

    def _bullets(self) -> int:
        if self._bullet_num is None:
            self._bullet_num = self.numbering_list([("bullet", "\uf0b7"), ("bullet", "o")])
        return self._bullet_num

    # -- content controls ------------------------------------------------------------------

    def _sdt_pr(self, alias: str, choices: Sequence[str] | None) -> str:
        items = (
            "<w:dropDownList>"
            + "".join(
                f"<w:listItem w:displayText={quoteattr(c)} w:value={quoteattr(c)}/>"
                for c in choices
            )
            + "</w:dropDownList>"
            if choices
            else "<w:text/>"
        )
        tag = alias.lower().replace(" ", "-")
        return (
            f"<w:sdtPr><w:alias w:val={quoteattr(alias)}/><w:tag w:val={quoteattr(tag)}/>"
            f'<w:id w:val="{next(self._ids)}"/>{items}</w:sdtPr>'
        )

    def control_block(
        self, paragraph: Paragraph, alias: str, choices: Sequence[str] | None = None
    ) -> None:
        """Wrap a whole paragraph in a block-level content control (w:sdt)."""
        sdt = parse_xml(
            f"<w:sdt {nsdecls('w')}>{self._sdt_pr(alias, choices)}<w:sdtContent/></w:sdt>"
        )
        paragraph._p.addprevious(sdt)
        sdt.find(qn("w:sdtContent")).append(paragraph._p)

    def control_run(
        self,
        before: str,
        value: str,
        alias: str,
        choices: Sequence[str] | None = None,
    ) -> Paragraph:
        """A paragraph `before` + `value`, with `value` in a run-level content control."""
        paragraph = self.para(before)
        sdt = parse_xml(
            f"<w:sdt {nsdecls('w')}>{self._sdt_pr(alias, choices)}<w:sdtContent>"
            f'<w:r><w:t xml:space="preserve">{_escape(value)}</w:t></w:r></w:sdtContent></w:sdt>'
        )
        paragraph._p.append(sdt)
        return paragraph

    # -- tables ----------------------------------------------------------------------------

    def table(
        self, rows: Sequence[Sequence[str | Sequence[str]]], *, header_rows: int = 1
    ) -> Table:
        """A Table Grid table; a cell given as a list holds one paragraph per item."""
        width = max(len(r) for r in rows)
        table: Table = self.doc.add_table(rows=len(rows), cols=width)
        table.style = self.doc.styles["Table Grid"]
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                fill_cell(table.cell(r, c), value, bold=r < header_rows)
        for r in range(header_rows):
            mark_header_row(table, r)
        return table

    # -- header, footer, footnotes -----------------------------------------------------------

    def header_footer(self, header: str, footer: str) -> None:
        """Page furniture: `header` at the top of every page, `footer` and a page number below."""
        section = self.doc.sections[0]
        section.header.is_linked_to_previous = False
        section.header.paragraphs[0].text = header
        section.footer.is_linked_to_previous = False
        first = section.footer.paragraphs[0]
        first.text = footer
        page = section.footer.add_paragraph("Page ")
        for xml in (
            '<w:fldChar w:fldCharType="begin"/>',
            '<w:instrText xml:space="preserve"> PAGE </w:instrText>',
            '<w:fldChar w:fldCharType="separate"/>',
            "<w:t>1</w:t>",
            '<w:fldChar w:fldCharType="end"/>',
        ):
            page._p.append(parse_xml(f"<w:r {nsdecls('w')}>{xml}</w:r>"))

    def footnote(self, paragraph: Paragraph, text: str) -> None:
        """A real footnote: a reference at the end of `paragraph`, its text in footnotes.xml."""
        part = self._footnotes_part()
        note_id = next(self._footnote_ids)
        part.element.append(
            parse_xml(
                f'<w:footnote {nsdecls("w")} w:id="{note_id}"><w:p>'
                '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
                f'<w:r><w:t xml:space="preserve"> {_escape(text)}</w:t></w:r></w:p></w:footnote>'
            )
        )
        paragraph._p.append(
            parse_xml(
                f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                f'<w:footnoteReference w:id="{note_id}"/></w:r>'
            )
        )

    def _footnotes_part(self) -> XmlPart:
        if self._footnotes is None:
            element = parse_xml(
                f"<w:footnotes {nsdecls('w')}>"
                '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
                "</w:footnotes>"
            )
            document_part = self.doc.part
            self._footnotes = XmlPart(
                PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, element, document_part.package
            )
            document_part.relate_to(self._footnotes, RT.FOOTNOTES)
        return self._footnotes

    # -- contents --------------------------------------------------------------------------

    def contents(self, entries: Sequence[tuple[str, int]]) -> None:
        """A contents list as Word writes one: a TOC field whose cached result is the entries."""
        self.para("Contents", style="TOC Heading")
        toc_style = self.doc.styles.add_style("TOC 1", WD_STYLE_TYPE.PARAGRAPH)
        toc_style.base_style = self.doc.styles["Normal"]
        for index, (entry, page) in enumerate(entries):
            paragraph = self.doc.add_paragraph(style=toc_style)
            if index == 0:
                for xml in (
                    '<w:fldChar w:fldCharType="begin"/>',
                    '<w:instrText xml:space="preserve"> TOC \\o "1-2" \\h \\z \\u </w:instrText>',
                    '<w:fldChar w:fldCharType="separate"/>',
                ):
                    paragraph._p.append(parse_xml(f"<w:r {nsdecls('w')}>{xml}</w:r>"))
            paragraph.add_run(entry)
            paragraph.add_run().add_tab()
            paragraph.add_run(str(page))
            if index == len(entries) - 1:
                paragraph._p.append(
                    parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>')
                )

    def save(self, path: str) -> None:
        self.doc.save(path)


# -- helpers shared with the layouts -------------------------------------------------------


def set_outline_level(paragraph: Paragraph, level: int) -> None:
    """Give a paragraph an outline level (0 = level 1) without a heading style."""
    p_pr = paragraph._p.get_or_add_pPr()
    outline = OxmlElement("w:outlineLvl")
    outline.set(qn("w:val"), str(level))
    p_pr.insert_element_before(outline, *_AFTER_OUTLINE)


def fill_cell(cell: _Cell, value: str | Sequence[str], *, bold: bool = False) -> None:
    """Write `value` into a table cell: a string is one paragraph, a list one per item."""
    items = [value] if isinstance(value, str) else list(value)
    for index, item in enumerate(items):
        paragraph = cell.paragraphs[0] if index == 0 else cell.add_paragraph()
        if item:
            run = paragraph.add_run(item)
            run.bold = bold or None


def shade_cell(cell: _Cell, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shading = parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>')
    tc_pr.insert_element_before(
        shading, "w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark"
    )


def mark_header_row(table: Table, index: int) -> None:
    """Repeat row `index` at the top of each page (w:tblHeader), as a header row."""
    tr_pr = table.rows[index]._tr.get_or_add_trPr()
    tr_pr.append(OxmlElement("w:tblHeader"))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _pieces(text: Text) -> list[tuple[str, int]]:
    """(run text, formatting variant) pairs; variant 0 is plain."""
    if not isinstance(text, Split):
        return [(text, 0)] if text else []
    start = text.text.index(text.phrase)
    end = start + len(text.phrase)
    bounds = [0, *text.cuts, len(text.phrase)]
    parts = [text.phrase[a:b] for a, b in itertools.pairwise(bounds)]
    pieces = [(text.text[:start] + parts[0], 0)]
    pieces += [(part, 1 + i % 2) for i, part in enumerate(parts[1:])]
    if end < len(text.text):
        pieces.append((text.text[end:], 0))
    return pieces


def _format_variant(run: Run, variant: int) -> None:
    """Variant 1: marked as US English (typed with other proofing settings); variant 2:
    another font (pasted from elsewhere). Both look the same on the page."""
    if variant == 1:
        r_pr = run._r.get_or_add_rPr()
        lang = OxmlElement("w:lang")
        lang.set(qn("w:val"), "en-US")
        r_pr.insert_element_before(lang, *_AFTER_LANG)
    elif variant == 2:
        run.font.name = "Arial"
