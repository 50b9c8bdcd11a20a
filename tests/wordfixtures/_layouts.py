"""The published layouts, written into Word: one writer per layout family.

Each report spec (`PillarReport`, `IntegratedReport`, `AreasReport`) knows how to write
itself with a `Writer` and what an importer should read back from it (`expected()`). The
headings each writes are the ones its `expected()["headings"]` lists, in the same order.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tests.wordfixtures._model import (
    FIVE_POINT,
    FOUR_POINT,
    Area,
    Box,
    Pillar,
    question_details,
    question_entries,
)
from tests.wordfixtures._word import Split, Text, Writer, fill_cell, mark_header_row, plain

AFI_HEADING = "Areas for improvement"
COC_HEADING = "Cause of concern"
RECS_HEADING = "Recommendations"
OFFICIAL = "OFFICIAL"


def split_phrases(texts: list[Text]) -> list[str]:
    return [t.phrase for t in texts if isinstance(t, Split)]


def _area_texts(area: Area) -> list[Text]:
    texts: list[Text] = [*area.narrative, *area.afis]
    for cause in area.causes:
        texts += [cause.title, *cause.explanation, *cause.recommendations]
    return texts


def _grade_line(w: Writer, area: Area, scale: tuple[str, ...]) -> None:
    if area.grade is None:
        return
    if area.grade_control == "run":
        w.control_run(area.grade_prefix, area.grade, "Grade", scale)
    elif area.grade_control == "block":
        w.control_block(w.para(area.grade_prefix + area.grade), "Grade", scale)
    else:
        w.para(area.grade_prefix + area.grade)


def _narrative(w: Writer, area: Area, *, box_after: int = 1) -> None:
    """The narrative paragraphs, with the area's box after paragraph `box_after`."""
    at = min(box_after, len(area.narrative))
    if area.box and at == 0:
        _box(w, area.box)
    for index, text in enumerate(area.narrative):
        paragraph = w.para(text)
        if index == 0 and area.footnote:
            w.footnote(paragraph, area.footnote)
        if area.narrative_control and index == len(area.narrative) - 1:
            w.control_block(paragraph, "Narrative")
        if area.box and index + 1 == at:
            _box(w, area.box)


def _box(w: Writer, box: Box) -> None:
    parts: list[tuple[Text, bool]] = [(box.heading, True), (box.title, True)]
    parts += [(t, False) for t in box.text]
    if box.form == "one-cell-table":
        w.box(parts)
        w.para("")  # Word needs a paragraph between a table and what follows
    else:
        w.shaded(parts)


def _findings(w: Writer, area: Area, level: int) -> None:
    for cause in area.causes:
        w.heading(COC_HEADING, level)
        w.para(cause.title, bold=True)
        for text in cause.explanation:
            w.para(text)
        if cause.recommendations:
            w.heading(RECS_HEADING, level + 1)
            if cause.intro:
                w.para(cause.intro)
            w.bullets(cause.recommendations)
    if area.afis:
        w.heading(AFI_HEADING, level)
        w.bullets(area.afis, numbered=True if area.afi_numbered else None)


def _finding_headings(area: Area) -> list[str]:
    names: list[str] = []
    for cause in area.causes:
        names.append(COC_HEADING)
        if cause.recommendations:
            names.append(RECS_HEADING)
    if area.afis:
        names.append(AFI_HEADING)
    return names


def _box_headings(area: Area) -> list[str]:
    return [area.box.heading] if area.box else []


def _kept(areas: tuple[Area, ...]) -> list[dict[str, str]]:
    return [
        {"area": a.heading, "heading": a.box.heading, "title": a.box.title, "form": a.box.form}
        for a in areas
        if a.box
    ]


def _furniture(header_footer: bool, **more: Any) -> dict[str, Any]:
    found: dict[str, Any] = {"header": OFFICIAL, "footer": OFFICIAL} if header_footer else {}
    found.update({k: v for k, v in more.items() if v})
    return found


# -- PEEL 2014-2017: one pillar per report --------------------------------------------------


@dataclass(frozen=True)
class PillarReport:
    """PEEL 2014-2017 pillar page/report (REPORT-SHAPES.md sections 3 and 4)."""

    subject: str
    cycle: str
    header: str  # "Lancashire PEEL 2016"
    pillar: str
    question: str  # the pillar's question
    updated: str  # "02/03/2017"
    grade: str
    summary: tuple[Text, ...]
    areas: tuple[Area, ...]
    welsh: bool = False
    title_style: bool = True
    header_footer: bool = False
    grade_control: bool = False  # the pillar grade in a content control

    def write(self, w: Writer) -> Writer:
        if self.title_style:
            w.title(self.header)
        else:
            w.heading(self.header, 1)
        w.heading(self.pillar, 1)
        w.heading(self.question, 2)
        w.para(f"Last updated {self.updated}")
        grade = w.para(self.grade)
        if self.grade_control:
            w.control_block(grade, "Pillar grade", FOUR_POINT)
        for index, text in enumerate(self.summary):
            w.para(text)
            if index == 0 and self.welsh:
                w.para("Os hoffech chi ddarllen hwn trwy’r Gymraeg")
        w.heading(f"Questions for {self.pillar}", 1)
        for area in self.areas:
            w.para(area.number or "")
            w.heading(area.heading, 2)
            _narrative(w, area)
            _grade_line(w, area, (*FOUR_POINT, "Ungraded"))
            _findings(w, area, 3)
        if self.header_footer:
            w.header_footer(OFFICIAL, OFFICIAL)
        return w

    def expected(self) -> dict[str, Any]:
        day, month, year = self.updated.split("/")
        headings = [self.header, self.pillar, self.question, f"Questions for {self.pillar}"]
        for area in self.areas:
            headings += [area.heading, *_finding_headings(area)]
        texts: list[Text] = list(self.summary)
        for area in self.areas:
            texts += _area_texts(area)
        return {
            "programme": "PEEL",
            "cycle": self.cycle,
            "subject": self.subject,
            "pillar": self.pillar,
            "title": [self.header],
            "published": f"{year}-{month}-{day}",
            "welsh_version": True if self.welsh else None,
            "overall": {
                "heading": self.question,
                "grade": self.grade,
                "summary": bool(self.summary),
            },
            "pillars": [],
            "questions": question_entries(self.areas),
            "question_details": question_details(self.areas),
            "grades_table": None,
            "grades_table_form": None,
            "headings": headings,
            "furniture": _furniture(self.header_footer),
            "kept": [],
            "split_phrases": split_phrases(texts),
            "tolerated": [],
        }


# -- PEEL 2018/19 and FRS 2018/19: one report, three graded pillars -------------------------


@dataclass(frozen=True)
class IntegratedReport:
    """An integrated report: PEEL 2018/19 (section 5) or FRS 2018/19 (section 9).

    `question_numbers`: "line" (the number on a line of its own above the question, as on
    the PEEL pages), "prefix" (typed into the heading: "1.1 Understanding ...") or "auto"
    (Word numbering on the question headings, restarting in each pillar).
    `afis_first`: PEEL 2018/19 pages put the areas for improvement before the narrative.
    """

    programme: str
    cycle: str
    subject: str
    title: tuple[str, ...]
    intro_heading: str
    intro: tuple[str, ...]
    summary_heading: str
    summary: tuple[Text, ...]
    pillars: tuple[Pillar, ...]
    annexes: tuple[tuple[str, tuple[str, ...]], ...] = ()
    contents: bool = True
    question_numbers: str = "line"
    afis_first: bool = True
    title_style: bool = True
    pillar_summary_heading: str | None = None  # "Summary" (FRS 2018/19 PDF)
    header_footer: bool = False
    question_level: int = 3

    def write(self, w: Writer) -> Writer:
        self._title(w)
        if self.contents:
            entries = [self.intro_heading, self.summary_heading, *(p.name for p in self.pillars)]
            entries += [a for a, _ in self.annexes]
            w.contents([(e, 3 + i * 2) for i, e in enumerate(entries)])
            w.page_break()
        w.heading(self.intro_heading, 1)
        for line in self.intro:
            w.para(line)
        w.heading(self.summary_heading, 1)
        for part in self.summary:
            w.para(part)
        numbering = (
            w.numbering_list([("decimal", "%1")]) if self.question_numbers == "auto" else None
        )
        for index, pillar in enumerate(self.pillars):
            pillar_numbering = (
                numbering if index == 0 or numbering is None else w.restart(numbering)
            )
            self._pillar(w, pillar, pillar_numbering)
        for heading, texts in self.annexes:
            w.page_break()
            w.heading(heading, 1)
            for text in texts:
                w.para(text)
        if self.header_footer:
            w.header_footer(OFFICIAL, OFFICIAL)
        return w

    def _pillar(self, w: Writer, pillar: Pillar, numbering: int | None) -> None:
        w.page_break()
        w.heading(pillar.name, 1)
        w.heading(pillar.question, 2)
        grade = w.para(pillar.grade or "")
        if pillar.grade_control:
            w.control_block(grade, "Pillar grade", FOUR_POINT)
        if self.pillar_summary_heading:
            w.heading(self.pillar_summary_heading, 2)
        for part in pillar.summary:
            if isinstance(part, str) and part.startswith("• "):
                w.bullets([part[2:]])  # a list inside the summary, not areas for improvement
            else:
                w.para(part)
        if self.programme == "PEEL":
            w.heading(f"Questions for {pillar.name}", 2)
        for area in pillar.areas:
            self._question(w, area, numbering)

    def _title(self, w: Writer) -> None:
        for index, line in enumerate(self.title):
            if self.title_style:
                w.title(line, style="Title" if index == len(self.title) - 2 else "Subtitle")
            else:
                w.heading(line, 1)

    def _question(self, w: Writer, area: Area, numbering: int | None) -> None:
        if self.question_numbers == "line":
            w.para(area.number or "")
        if self.question_numbers == "prefix":
            w.heading(f"{area.number} {area.heading}", self.question_level)
        else:
            heading = w.heading(area.heading, self.question_level)
            if numbering is not None:
                w.number(heading, numbering)
        _grade_line(w, area, (*FOUR_POINT, "Ungraded"))
        if area.carried_over:
            w.para(area.carried_over)
        if self.afis_first:
            _findings(w, area, self.question_level + 1)
            _narrative(w, area)
        else:
            _narrative(w, area)
            _findings(w, area, self.question_level + 1)

    def expected(self) -> dict[str, Any]:
        headings = [*self.title]
        if self.contents:
            headings.append("Contents")
        headings += [self.intro_heading, self.summary_heading]
        areas: tuple[Area, ...] = ()
        texts: list[Text] = list(self.summary)
        for pillar in self.pillars:
            headings += [pillar.name, pillar.question]
            if self.pillar_summary_heading:
                headings.append(self.pillar_summary_heading)
            if self.programme == "PEEL":
                headings.append(f"Questions for {pillar.name}")
            for area in pillar.areas:
                headings += [area.heading, *_finding_headings(area)]
                texts += _area_texts(area)
            texts += list(pillar.summary)
            areas += pillar.areas
        headings += [a for a, _ in self.annexes]
        return {
            "programme": self.programme,
            "cycle": self.cycle,
            "subject": self.subject,
            "pillar": None,
            "title": list(self.title),
            "published": None,
            "welsh_version": None,
            "overall": {"heading": self.summary_heading, "grade": None, "summary": True},
            "pillars": [
                {
                    "name": p.name,
                    "question": p.question,
                    "grade": p.grade,
                    "summary": bool(p.summary),
                }
                for p in self.pillars
            ],
            "questions": question_entries(areas),
            "question_details": question_details(areas),
            "grades_table": None,
            "grades_table_form": None,
            "headings": headings,
            "furniture": _furniture(
                self.header_footer,
                contents=self.contents,
                intro=self.intro_heading,
                annexes=[a for a, _ in self.annexes],
            ),
            "kept": [],
            "split_phrases": split_phrases(texts),
            "tolerated": [],
        }


# -- PEEL 2021/22 on and FRS 2023-25: graded areas, a judgments table, no pillar grades -----


@dataclass(frozen=True)
class AreasReport:
    """PEEL 2021/22 (section 6), 2023-25 (section 7), 2025-27 (assumed as 2023-25) and FRS
    2023-25 (section 11).

    `table_form`: "rows" (area | grade), "rows-merged-header" (a title row merged across the
    columns), "grouped-vmerge" (grade | area, the grade cell merged down over its areas),
    "pillar-vmerge" (pillar | area | grade, the pillar cell merged down), "grade-columns"
    (one column per grade, the areas listed under their grade).
    `numbering`: "none", "typed" (`typed_format` into the heading) or "auto" (Word numbering;
    with `pillars`, two levels: "1." on the pillar headings and "1.1" on the areas).
    `pillars`: FRS 2023-25 groups its areas under ungraded pillar headings (assumed).
    """

    programme: str
    cycle: str
    subject: str
    title: tuple[str, ...]
    judgments_intro: tuple[str, ...]
    judgments_after: tuple[str, ...]
    boilerplate: tuple[tuple[str, tuple[str, ...]], ...]
    summary_heading: str
    summary: tuple[Text, ...]
    areas: tuple[Area, ...]
    table_form: str = "rows"
    table_title: str = ""
    area_label: str = "Area of policing"
    pillars: tuple[str, ...] = ()
    numbering: str = "none"
    typed_format: str = "{number} {heading}"
    contents: bool = True
    afterword: tuple[tuple[str, tuple[str, ...]], ...] = ()
    annex_table: tuple[tuple[str, ...], ...] = ()
    afterword_footnote: str | None = None
    title_style: bool = True
    header_footer: bool = True
    box_after: int = 1
    tolerated: tuple[tuple[str, str, str], ...] = ()

    @property
    def scale(self) -> tuple[str, ...]:
        return FIVE_POINT

    def write(self, w: Writer) -> Writer:
        for index, line in enumerate(self.title):
            if self.title_style:
                w.title(line, style="Title" if index == 0 else "Subtitle")
            else:
                w.heading(line, 1)
        if self.contents:
            entries = ["Overall summary", self.summary_heading]
            entries += [*self.pillars] if self.pillars else [a.heading for a in self.areas]
            entries += [h for h, _ in self.afterword]
            w.contents([(e, 2 + i) for i, e in enumerate(entries)])
            w.page_break()
        w.heading("Overall summary", 1)
        w.heading("Our judgments", 2)
        for text in self.judgments_intro:
            w.para(text)
        self._table(w)
        for text in self.judgments_after:
            w.para(text)
        for heading, texts in self.boilerplate:
            w.heading(heading, 2)
            for line in texts:
                w.para(line)
        w.heading(self.summary_heading, 1)
        for part in self.summary:
            w.para(part)
        self._areas(w)
        self._afterword(w)
        if self.header_footer:
            w.header_footer(OFFICIAL, OFFICIAL)
        return w

    def _afterword(self, w: Writer) -> None:
        for index, (heading, texts) in enumerate(self.afterword):
            w.page_break()
            w.heading(heading, 1)
            for number, text in enumerate(texts):
                paragraph = w.para(text)
                if index == 0 and number == 0 and self.afterword_footnote:
                    w.footnote(paragraph, self.afterword_footnote)
            if index == len(self.afterword) - 1 and self.annex_table:
                w.table(self.annex_table)

    def _areas(self, w: Writer) -> None:
        numbering = None
        if self.numbering == "auto":
            levels = [("decimal", "%1.")]
            if self.pillars:
                levels.append(("decimal", "%1.%2"))
            numbering = w.numbering_list(levels, multilevel=bool(self.pillars))
        level = 2 if self.pillars else 1
        pillar = None
        for area in self.areas:
            if self.pillars and area.pillar != pillar:
                pillar = area.pillar
                w.page_break()
                heading = w.heading(str(pillar), 1)
                if numbering is not None:
                    w.number(heading, numbering, 0)
            elif not self.pillars:
                w.page_break()
            text = (
                area.heading if area.number is None else self._numbered(area.heading, area.number)
            )
            heading = w.heading(text, level)
            if numbering is not None and area.number is not None:
                w.number(heading, numbering, level - 1)
            _grade_line(w, area, self.scale)
            _narrative(w, area, box_after=self.box_after)
            _findings(w, area, level + 1)

    def _numbered(self, heading: str, number: str) -> str:
        if self.numbering != "typed":
            return heading
        return self.typed_format.format(number=number, heading=heading)

    def _graded(self) -> list[Area]:
        return [a for a in self.areas if not a.ungraded]

    def _table(self, w: Writer) -> None:
        graded = self._graded()
        if self.table_form in ("rows", "rows-merged-header"):
            rows: list[list[str | list[str]]] = []
            if self.table_form == "rows-merged-header":
                rows.append([self.table_title, ""])
            rows.append([self.area_label, "Grade"])
            rows += [[a.heading, a.listed_grade or ""] for a in graded]
            header_rows = 2 if self.table_form == "rows-merged-header" else 1
            table = w.table(rows, header_rows=header_rows)
            if self.table_form == "rows-merged-header":
                merged = table.cell(0, 0).merge(table.cell(0, 1))
                for paragraph in merged.paragraphs[1:]:
                    paragraph._p.getparent().remove(paragraph._p)
        elif self.table_form == "grouped-vmerge":
            ordered = sorted(graded, key=lambda a: self.scale.index(a.listed_grade or ""))
            table = w.table(
                [["Grade", self.area_label], *([a.listed_grade or "", a.heading] for a in ordered)]
            )
            _merge_runs_down(table, 0, [a.listed_grade or "" for a in ordered])
        elif self.table_form == "pillar-vmerge":
            table = w.table(
                [
                    ["", self.area_label, "Grade"],
                    *([a.pillar or "", a.heading, a.listed_grade or ""] for a in graded),
                ]
            )
            _merge_runs_down(table, 0, [a.pillar or "" for a in graded])
        elif self.table_form == "grade-columns":
            columns = [[a.heading for a in graded if a.listed_grade == g] for g in self.scale]
            table = w.doc.add_table(rows=2, cols=len(self.scale))
            table.style = w.doc.styles["Table Grid"]
            for c, grade in enumerate(self.scale):
                fill_cell(table.cell(0, c), grade, bold=True)
                fill_cell(table.cell(1, c), columns[c] or [""])
            mark_header_row(table, 0)
        else:
            raise ValueError(self.table_form)
        w.para("")

    def expected(self) -> dict[str, Any]:
        headings = [*self.title]
        if self.contents:
            headings.append("Contents")
        headings += [
            "Overall summary",
            "Our judgments",
            *(h for h, _ in self.boilerplate),
            self.summary_heading,
        ]
        texts: list[Text] = list(self.summary)
        pillar = None
        for area in self.areas:
            if self.pillars and area.pillar != pillar:
                pillar = area.pillar
                headings.append(str(pillar))
            headings += [area.heading, *_box_headings(area), *_finding_headings(area)]
            texts += _area_texts(area)
        headings += [h for h, _ in self.afterword]
        return {
            "programme": self.programme,
            "cycle": self.cycle,
            "subject": self.subject,
            "pillar": None,
            "title": list(self.title),
            "published": None,
            "welsh_version": None,
            "overall": {
                "heading": "Overall summary",
                "grade": None,
                "summary": bool(self.summary),
                "summary_heading": self.summary_heading,
            },
            "pillars": [
                {"name": p, "question": None, "grade": None, "summary": False} for p in self.pillars
            ],
            "questions": question_entries(self.areas),
            "question_details": question_details(self.areas),
            "grades_table": [(a.heading, a.listed_grade) for a in self._graded()],
            "grades_table_form": self.table_form,
            "headings": headings,
            "furniture": _furniture(
                self.header_footer,
                contents=self.contents,
                boilerplate=[h for h, _ in self.boilerplate],
                afterword=[h for h, _ in self.afterword],
                annex_table=bool(self.annex_table),
                footnotes=[
                    t for t in [self.afterword_footnote, *(a.footnote for a in self.areas)] if t
                ],
            ),
            "kept": _kept(self.areas),
            "split_phrases": split_phrases(texts),
            "tolerated": [list(t) for t in self.tolerated],
        }


def _merge_runs_down(table: Any, column: int, values: list[str]) -> None:
    """Merge, in `column`, each run of equal values downwards (w:vMerge), keeping one text."""
    start = 0
    for index in range(1, len(values) + 1):
        if index == len(values) or values[index] != values[start]:
            if index - start > 1:
                top = table.cell(start + 1, column)
                merged = top.merge(table.cell(index, column))
                for paragraph in merged.paragraphs[1:]:
                    paragraph._p.getparent().remove(paragraph._p)
            start = index


def plain_texts(texts: list[Text]) -> list[str]:
    return [plain(t) for t in texts]
