"""The subject's other names, from pack tables: former names and short forms a report of
its time prints ("Isle of Wight Fire and Rescue Service" on a 2018 page of today's
Hampshire and Isle of Wight service), so judgment rules read them as the subject."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from peelcheck.engine.facts import PackData


class NameTable(BaseModel):
    """A pack table of subjects and the columns that hold their names."""

    model_config = ConfigDict(extra="forbid", strict=True)

    table: str
    columns: list[str]


def other_names(pack: PackData, tables: list[NameTable]) -> dict[str, tuple[str, ...]]:
    """Each row's first name (lower case) -> the row's other names, for every table given;
    a cell may hold several names, `;`-separated. ValueError names a missing table or
    column."""
    found: dict[str, tuple[str, ...]] = {}
    for spec in tables:
        for row in table_rows(pack, spec):
            names = [n for n in row_names(row, spec.columns) if "&" not in n]  # grammar reads "&"
            if names:
                found[names[0].lower()] = tuple(names[1:])
    return found


def table_rows(pack: PackData, spec: NameTable) -> list[dict[str, str]]:
    """The rows of the table `spec` names; ValueError if it or one of its columns is not
    there."""
    if spec.table not in pack.tables:
        known = ", ".join(sorted(pack.tables)) or "none"
        raise ValueError(f"no table named {spec.table!r} (known: {known})")
    rows = pack.tables[spec.table]
    missing = [c for c in spec.columns if rows and c not in rows[0]]
    if missing:
        raise ValueError(f"table {spec.table!r} has no column {missing[0]!r}")
    return rows


def row_names(row: dict[str, str], columns: list[str]) -> list[str]:
    """A row's names in `columns`, in order; a cell may hold several, `;`-separated."""
    names = [name.strip() for c in columns for name in (row.get(c) or "").split(";")]
    return [name for name in names if name]
