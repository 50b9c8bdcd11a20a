"""The judgments table ("Our judgments"): each area's grade as the table gives it.

Reports lay it out as rows (area | grade, or grade | area, with a title row merged across or
a grade or pillar cell merged down over several rows), or as one column per grade with the
areas listed under their grade. Both are read; merged cells count for every row they cover.
"""

from __future__ import annotations

from peelcheck.importers.word.body import Cell, Para, Table
from peelcheck.importers.word.lines import grade_span
from peelcheck.importers.word.parts import Words

Row = tuple[Words, Words]  # (area, grade)


def grades_table(table: Table, grades: dict[str, str]) -> list[Row] | None:
    """The (area, grade) rows of a judgments table, or None when it is not one."""
    grid = [row for row in table.grid() if len({id(c) for c in row if c is not None}) > 1]
    if not grid:
        return None
    by_column = _by_grade_columns(grid, grades)
    return by_column if by_column is not None else _by_rows(grid, grades)


def _grade_in(cell: Cell | None, grades: dict[str, str]) -> Words | None:
    """The grade a cell holds (one paragraph that is only a grade), or None."""
    if cell is None:
        return None
    texts = [p for p in cell.paragraphs if p.text.strip()]
    if len(texts) != 1:
        return None
    found = grade_span(texts[0].text, grades)
    return Words(texts[0], *found) if found else None


def _by_grade_columns(grid: list[list[Cell | None]], grades: dict[str, str]) -> list[Row] | None:
    """One column per grade: a header row of grades, the areas listed below their grade."""
    for top, row in enumerate(grid[:2]):
        heads = [_grade_in(cell, grades) for cell in row]
        filled = [cell for cell in row if cell is not None and cell.text]
        if len([h for h in heads if h]) < 2 or len(filled) != len([h for h in heads if h]):
            continue
        rows: list[Row] = []
        for column, head in enumerate(heads):
            if head is None:
                continue
            seen: set[int] = set()
            for below in grid[top + 1 :]:
                cell = below[column]
                if cell is None or id(cell) in seen:
                    continue
                seen.add(id(cell))
                rows += [(Words.of(p), head) for p in cell.paragraphs if p.text.strip()]
        return rows
    return None


def _by_rows(grid: list[list[Cell | None]], grades: dict[str, str]) -> list[Row] | None:
    """A grade column and an area column, one area per row."""
    width = max(len(row) for row in grid)
    counts = [sum(1 for row in grid if _grade_in(row[c], grades)) for c in range(width)]
    grade_column = max(range(width), key=lambda c: counts[c])
    if counts[grade_column] == 0:
        return None
    others = [c for c in range(width) if c != grade_column]
    if not others:
        return None
    area_column = max(others, key=lambda c: (_distinct_texts(grid, c), -abs(c - grade_column)))
    rows: list[Row] = []
    for row in grid:
        grade = _grade_in(row[grade_column], grades)
        area = _first_text(row[area_column])
        if grade is not None and area is not None:
            rows.append((Words.of(area), grade))
    return rows


def _distinct_texts(grid: list[list[Cell | None]], column: int) -> int:
    cells = [row[column] for row in grid]
    return len({id(cell) for cell in cells if cell is not None and cell.text})


def _first_text(cell: Cell | None) -> Para | None:
    if cell is None:
        return None
    return next((p for p in cell.paragraphs if p.text.strip()), None)
