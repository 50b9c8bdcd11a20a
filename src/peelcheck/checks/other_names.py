"""The subject's other names, from pack tables: former names and short forms a report of
its time prints ("Isle of Wight Fire and Rescue Service" on a 2018 page of today's
Hampshire and Isle of Wight service), so judgment rules read them as the subject."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from peelcheck.draft.construct import validate
from peelcheck.engine.facts import PackData
from peelcheck.prose.words import normalise


class NameTable(BaseModel):
    """A pack table of subjects and the columns that hold their names."""

    model_config = ConfigDict(extra="forbid", strict=True, defer_build=True)

    table: str
    columns: list[str]


def name_table(table: str, columns: list[str]) -> NameTable:
    """`NameTable(table=..., columns=...)`, without building its validator for plain values."""
    return validate(NameTable, {"table": table, "columns": columns})


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


def name_key(name: str) -> str:
    """A name as compared with a table's: normalised, a leading "the" aside."""
    key = normalise(name)
    return key[4:] if key.startswith("the ") else key


class NameRows:
    """The names of one table's rows, as written and normalised, and the rows that name a
    subject."""

    def __init__(self, rows: list[dict[str, str]], columns: list[str]) -> None:
        # a cell may hold several names, `;`-separated (services.csv's aliases)
        self.written = [row_names(row, columns) for row in rows]
        self.rows = [{normalise(n) for n in names} for names in self.written]
        self._own: dict[str, frozenset[int]] = {}

    def own(self, subject: str) -> frozenset[int]:
        """The rows naming `subject` (its own name, or one containing it)."""
        if subject not in self._own:
            key = name_key(subject)
            self._own[subject] = frozenset(
                index
                for index, names in enumerate(self.rows)
                if key and any(key in n or n in key for n in names)
            )
        return self._own[subject]
