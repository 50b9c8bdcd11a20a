"""The Word fixtures (tests/wordfixtures) build, open, and hold what they claim.

Every fixture is built once into a temporary folder and read back with python-docx and lxml:
its planted words and expected headings are in the text, and each Word mechanic it claims is
really in the XML.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import docx
import pytest
from docx.document import Document
from docx.oxml.ns import qn
from lxml import etree

from tests.wordfixtures import (
    FAMILIES,
    FIXTURES,
    MECHANICS,
    Fixture,
    by_name,
    resave_with_libreoffice,
)

TYPED_NUMBER = re.compile(r"^\d+(?:\.\d+)*\.?(?:\s+|$)")
GRADES = {"Outstanding", "Good", "Adequate", "Requires improvement", "Inadequate"}
EVERY_DEFECT = {
    "grade-on-scale",
    "grades-table-matches-section",
    "narrative-contradicts-grade",
    "subject-named-consistently",
    "template-placeholder",
    "repeated-word",
    "space-after-full-stop",
    "cause-of-concern-has-recommendation",
}


@dataclass
class Built:
    fixture: Fixture
    path: Path
    doc: Document

    @property
    def body(self) -> etree._Element:
        return self.doc.element.body

    def paragraphs(self) -> list[etree._Element]:
        """Every w:p of the body: in tables, content controls and text alike."""
        return list(self.body.iter(qn("w:p")))

    def texts(self) -> list[str]:
        return [text_of(p) for p in self.paragraphs()]

    def style_id(self, name: str) -> str | None:
        return next((s.style_id for s in self.doc.styles if s.name == name), None)


def text_of(element: etree._Element) -> str:
    """The joined text of the runs under `element` (w:t only)."""
    return "".join(t.text or "" for t in element.iter(qn("w:t")))


def p_style(paragraph: etree._Element) -> str | None:
    style = paragraph.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
    return None if style is None else style.get(qn("w:val"))


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Built]:
    folder = tmp_path_factory.mktemp("wordfixtures")
    result = {}
    for fixture in FIXTURES:
        path = fixture.build(folder)
        assert path == folder / f"{fixture.name}.docx" and path.is_file()
        result[fixture.name] = Built(fixture, path, docx.Document(str(path)))
    return result


NAMES = [f.name for f in FIXTURES]


# -- the catalogue ---------------------------------------------------------------------------


def test_catalogue_covers_every_family_and_mechanic() -> None:
    assert len(set(NAMES)) == len(NAMES)
    for family in FAMILIES:
        of_family = [f for f in FIXTURES if f.family == family]
        assert any(not f.planted for f in of_family), f"{family} has no clean variant"
        assert any(len({p.rule for p in f.planted} & EVERY_DEFECT) >= 3 for f in of_family), family
    assert {f.family for f in FIXTURES} == set(FAMILIES)
    for fixture in FIXTURES:
        assert set(fixture.mechanics) <= set(MECHANICS), fixture.name
    assert {m for f in FIXTURES for m in f.mechanics} == set(MECHANICS)


@pytest.mark.parametrize("family", ["peel-2023-25", "frs-2023-25"])
def test_2023_25_defects_plant_every_defect(family: str) -> None:
    [defects] = [f for f in FIXTURES if f.family == family and f.planted]
    assert {p.rule for p in defects.planted} >= EVERY_DEFECT
    if family == "peel-2023-25":
        split = set(defects.expected["split_phrases"])
        assert "split-runs" in defects.mechanics
        assert any(p.words and any(s in p.words for s in split) for p in defects.planted)


def test_by_name() -> None:
    assert by_name("peel-2023-25-durham-defects").family == "peel-2023-25"
    with pytest.raises(KeyError, match="peel-2016-lancashire-clean"):
        by_name("no-such-fixture")


# -- each fixture ------------------------------------------------------------------------------


@pytest.mark.parametrize("name", NAMES)
def test_planted_words_and_headings_are_in_the_text(built: dict[str, Built], name: str) -> None:
    b = built[name]
    texts = b.texts()
    stripped = {TYPED_NUMBER.sub("", t) for t in texts} | set(texts)
    expected = b.fixture.expected
    for heading in expected["headings"]:
        assert heading in stripped, f"heading {heading!r} not found"
    question_headings = [q[0] for q in expected["questions"]]
    assert set(question_headings) <= set(expected["headings"])
    for planted in b.fixture.planted:
        assert planted.heading in stripped, planted
        if planted.words is not None:
            assert any(planted.words in t for t in texts), planted
    assert expected["subject"] in " ".join(texts)


@pytest.mark.parametrize("name", NAMES)
def test_claimed_mechanics_are_in_the_xml(built: dict[str, Built], name: str) -> None:
    b = built[name]
    for mechanic in b.fixture.mechanics:
        assert CHECKS[mechanic](b), f"{name}: {mechanic} claimed but not found"


# -- one check per mechanic -----------------------------------------------------------------


def _custom_heading_style(b: Built) -> bool:
    used = {p_style(p) for p in b.paragraphs()}
    for style in b.doc.styles:
        base = getattr(style, "base_style", None)
        if (
            style.name.startswith("HMI Heading")
            and base is not None
            and base.name.startswith("Heading")
            and style.style_id in used
        ):
            return True
    return False


def _normal_heading(b: Built, *, outline: bool) -> bool:
    headings = set(b.fixture.expected["headings"])
    for p in b.paragraphs():
        if p_style(p) not in (None, "Normal") or text_of(p) not in headings:
            continue
        has_outline = p.find(f"{qn('w:pPr')}/{qn('w:outlineLvl')}") is not None
        runs = [r for r in p.iter(qn("w:r")) if text_of(r)]
        bold = bool(runs) and all(r.find(f"{qn('w:rPr')}/{qn('w:b')}") is not None for r in runs)
        if has_outline if outline else (bold and not has_outline):
            return True
    return False


def _auto_numbering(b: Built) -> bool:
    numbering = b.doc.part.numbering_part.element
    defined = {n.get(qn("w:numId")) for n in numbering.findall(qn("w:num"))}
    used = {
        n.get(qn("w:val"))
        for p in b.paragraphs()
        for n in p.iterfind(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}")
    }
    return bool(used) and used <= defined


def _typed_numbers(b: Built) -> bool:
    """A question's number typed into the text: on its own line, or before its title."""
    numbers = {d["number"] for d in b.fixture.expected["question_details"] if d["number"]}
    typed = (TYPED_NUMBER.match(t) for t in b.texts())
    return any(m.group().strip(" .") in numbers for m in typed if m)


def _merged_cells(b: Built) -> bool:
    return any(True for _ in b.body.iter(qn("w:gridSpan"), qn("w:vMerge")))


def _grade_columns_table(b: Built) -> bool:
    for table in b.body.iter(qn("w:tbl")):
        first = table.find(qn("w:tr"))
        cells = [text_of(c) for c in first.iter(qn("w:tc"))]
        if len(cells) >= 4 and set(cells) <= GRADES:
            return True
    return False


def _content_control(b: Built) -> bool:
    return any(text_of(sdt).strip() for sdt in b.body.iter(qn("w:sdt")))


def _split_runs(b: Built) -> bool:
    phrases = b.fixture.expected["split_phrases"]
    return bool(phrases) and all(_is_split(b, phrase) for phrase in phrases)


def _is_split(b: Built, phrase: str) -> bool:
    for p in b.paragraphs():
        runs = [(text_of(r), r.find(qn("w:rPr"))) for r in p.iter(qn("w:r"))]
        text = "".join(t for t, _ in runs)
        start = text.find(phrase)
        if start < 0:
            continue
        end, offset, inside = start + len(phrase), 0, []
        for run_text, r_pr in runs:
            if run_text and offset < end and offset + len(run_text) > start:
                inside.append(b"" if r_pr is None else etree.tostring(r_pr))
            offset += len(run_text)
        if len(inside) >= 2 and len(set(inside)) >= 2:
            return True
    return False


def _header_footer(b: Built) -> bool:
    section = b.doc.sections[0]
    header = " ".join(p.text for p in section.header.paragraphs)
    footer = section.footer._element
    pages = [i.text or "" for i in footer.iter(qn("w:instrText"))]
    return "OFFICIAL" in header and any("PAGE" in i for i in pages)


def _footnotes(b: Built) -> bool:
    parts = [r.target_part for r in b.doc.part.rels.values() if r.reltype.endswith("/footnotes")]
    if not parts:
        return False
    notes = etree.fromstring(parts[0].blob)
    ids = {n.get(qn("w:id")) for n in notes.iter(qn("w:footnote")) if text_of(n).strip()}
    refs = {r.get(qn("w:id")) for r in b.body.iter(qn("w:footnoteReference"))}
    return bool(refs) and refs <= ids


def _style_used(name: str) -> Callable[[Built], bool]:
    def check(b: Built) -> bool:
        style_id = b.style_id(name)
        return style_id is not None and any(p_style(p) == style_id for p in b.paragraphs())

    return check


CHECKS: dict[str, Callable[[Built], bool]] = {
    "custom-heading-style": _custom_heading_style,
    "outline-level": lambda b: _normal_heading(b, outline=True),
    "bold-normal-heading": lambda b: _normal_heading(b, outline=False),
    "auto-numbering": _auto_numbering,
    "typed-numbers": _typed_numbers,
    "merged-cells": _merged_cells,
    "grade-columns-table": _grade_columns_table,
    "content-control": _content_control,
    "split-runs": _split_runs,
    "header-footer": _header_footer,
    "footnotes": _footnotes,
    "title-style": _style_used("Title"),
    "list-bullet-style": _style_used("List Bullet"),
}


def test_every_mechanic_has_a_check() -> None:
    assert set(CHECKS) == set(MECHANICS)


def test_resave_with_libreoffice(built: dict[str, Built], tmp_path: Path) -> None:
    source = built["peel-2023-25-durham-defects"].path
    out = resave_with_libreoffice(source, tmp_path / "resaved")
    if shutil.which("soffice") is None and shutil.which("libreoffice") is None:
        assert out is None
        return
    assert out is not None and out.is_file()
    texts = [text_of(p) for p in docx.Document(str(out)).element.body.iter(qn("w:p"))]
    assert any("Durham Constabulary is good at investigating crime" in t for t in texts)
