"""`judged-subject`: a sentence stating a judgement is about the inspected force, not another."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Literal

from pydantic import PrivateAttr

from peelcheck.checks.api import Check, field_texts, register
from peelcheck.checks.data import lookup
from peelcheck.checks.judgement import Judgements, Subjects
from peelcheck.engine.contract import Hit
from peelcheck.prose.phrases import PhraseMatch, Phrases, phrase_screen
from peelcheck.prose.sentences import sentences
from peelcheck.prose.words import normalise, shorten

if TYPE_CHECKING:
    from peelcheck.engine.context import DraftContext
    from peelcheck.engine.facts import PackData

_LAST_WORD = re.compile(r"(\w+)\W*\Z")


@register
class JudgedSubject(Check):
    """In sentences of `fields` that state a grade, the subject is the inspected one.

    Names come from the pack table `table` (its `columns`, e.g. force_name and
    welsh_name; '&' and 'and' read alike), or from a table per programme (`table: {PEEL:
    forces, FRS: services}`: the columns a table has are read, a cell holding several names
    is cut at `split`). In a sentence holding a grade phrase
    (`phrases`, `exceptions`: as in `judgement`), the subject is the name that opens the
    sentence, after at most a lead-in ending in a comma ("However, Kent Police's approach
    ... requires improvement"), or else the name standing directly before the first
    phrase ("Like Kent Police, South Wales Police is good at"), unless a word of the data
    list `lead_ins` stands before that name ("a joint unit with West Mercia Police is good
    at": the name is not the subject). A sentence that opens with a word of the data list
    `subjects` (e.g. "the force", "its") or the draft's subject, or where one of them
    stands directly before the first phrase, is about the inspected one. A subject naming
    another row than `inspection.subject` is reported; names elsewhere in a sentence are
    not ("managed on its behalf by South Wales Police").

    Message values: `{name}` (the other name), `{subject}`, `{sentence}`, `{short}` ("the
    force", or "the service" in FRS reports).

    Example:

        given: "[overall, pillars[], questions[]][]"
        check: {type: judged-subject, fields: [summary, narrative],
                phrases: judgement_phrases, table: forces, columns: [force_name, welsh_name]}
    """

    type: Literal["judged-subject"]
    fields: list[str]
    phrases: str
    exceptions: str | None = None
    table: str | dict[str, str]
    columns: list[str]
    split: str | None = None
    subjects: str | None = None
    lead_ins: str | None = None
    _own_words: Subjects = PrivateAttr(default_factory=lambda: Subjects([]))
    _judgements: Judgements | None = PrivateAttr(default=None)
    _tables: dict[str, tuple[list[set[str]], Phrases[int]]] = PrivateAttr(default_factory=dict)
    _names: Phrases[int] | None = PrivateAttr(default=None)
    _rows: list[set[str]] = PrivateAttr(default_factory=list)
    _own_cache: dict[tuple[str, str], frozenset[int]] = PrivateAttr(default_factory=dict)
    _others_cache: dict[tuple[str, str], Any] = PrivateAttr(default_factory=dict)
    _lead_ins: frozenset[str] = PrivateAttr(default_factory=frozenset)

    def prepare(self, pack: PackData) -> None:
        self._judgements = Judgements.from_pack(pack, self.phrases, self.exceptions)
        if self.subjects is not None:
            self._own_words = Subjects.of(lookup(pack, self.subjects, list[str], "a list of words"))
        if self.lead_ins is not None:
            words: list[str] = lookup(pack, self.lead_ins, list[str], "a list of words")
            self._lead_ins = frozenset(normalise(w) for w in words)
        tables = self.table if isinstance(self.table, dict) else {"": self.table}
        for programme, name in tables.items():
            self._tables[programme] = self._read_table(pack, name)

    def _read_table(self, pack: PackData, name: str) -> tuple[list[set[str]], Phrases[int]]:
        if name not in pack.tables:
            known = ", ".join(sorted(pack.tables)) or "none"
            raise ValueError(f"no table named {name!r} (known: {known})")
        table = pack.tables[name]
        columns = [c for c in self.columns if not table or c in table[0]]
        if not columns or (not isinstance(self.table, dict) and columns != self.columns):
            missing = next(c for c in self.columns if c not in columns)
            raise ValueError(f"table {name!r} has no column {missing!r}")
        rows = []
        for row in table:
            cells = [row.get(c) or "" for c in columns]
            if self.split:
                cells = [part for cell in cells for part in cell.split(self.split)]
            rows.append({normalise(cell.strip()) for cell in cells} - {""})
        names = Phrases((n, index) for index, found in enumerate(rows) for n in found)
        return rows, names

    def _use(self, ctx: DraftContext) -> str:
        """Point `_rows` and `_names` at the table of the draft's programme; its key."""
        programme = str(ctx.fact("programme") or "")
        key = programme if programme in self._tables else ""
        self._rows, self._names = self._tables.get(key, ([], None))
        return key

    def may_report(self, ctx: DraftContext) -> bool:
        # only a name of another row is reported: a draft naming none needs no sentence read
        table = self._use(ctx)
        if self._names is None:
            return False
        subject = str(ctx.fact("subject") or "")
        others = self._others_cache.get((table, subject))
        if others is None:
            own = self._own_rows(table, subject)
            others = self._others_cache[table, subject] = phrase_screen(
                name for index, names in enumerate(self._rows) if index not in own for name in names
            )
        return others.search(ctx.corpus) is not None

    def run(self, node: Any, path: str, ctx: DraftContext) -> Iterator[Hit]:
        table = self._use(ctx)
        if self._judgements is None or self._names is None:
            return
        subject = str(ctx.fact("subject") or "")
        own = self._own_rows(table, subject)
        words = self._own_words.for_subject(subject)
        short = "the service" if ctx.fact("programme") == "FRS" else "the force"
        for where, text in field_texts(node, path, self.fields):
            for start, end in sentences(text):
                name = self._subject(text, start, end, words)
                if name is not None and name.label not in own:
                    yield Hit(
                        where,
                        {
                            "name": text[name.start : name.end],
                            "subject": subject,
                            "sentence": shorten(text[start:end]),
                            "short": short,
                        },
                        text=text,
                        span=(name.start, name.end),
                    )

    def _subject(
        self, text: str, start: int, end: int, own: Phrases[str]
    ) -> PhraseMatch[int] | None:
        """The table name that is the subject of the sentence's first judgement, if any."""
        assert self._judgements is not None and self._names is not None
        judged = self._judgements.find(text, start, end)
        if not judged:
            return None
        first = judged[0].start
        if own.ending_at(text, start, first) is not None:
            return None  # "Kent Police and Gwent Police share a unit; Gwent Police is good at"
        comma = text.find(",", start, first)
        for opening in (start, comma + 1) if comma >= 0 else (start,):
            name = self._names.starting_at(text, opening, first)
            if name is not None:
                return name
            if own.starting_at(text, opening, first) is not None:
                return None  # "The force's work with Kent Police is good"
        name = self._names.ending_at(text, start, first)
        if name is not None and self._lead_ins:
            before = _LAST_WORD.search(text, max(start, name.start - 40), name.start)
            if before is not None and normalise(before.group(1)) in self._lead_ins:
                return None  # "a joint unit with West Mercia Police is good at"
        return name

    def _own_rows(self, table: str, subject: str) -> frozenset[int]:
        if (table, subject) not in self._own_cache:
            self._own_cache[table, subject] = self._rows_naming(subject)
        return self._own_cache[table, subject]

    def _rows_naming(self, subject: str) -> frozenset[int]:
        key = normalise(subject)
        if key.startswith("the "):
            key = key[4:]
        return frozenset(
            index
            for index, names in enumerate(self._rows)
            if key and any(key == n or key in n or n in key for n in names)
        )
