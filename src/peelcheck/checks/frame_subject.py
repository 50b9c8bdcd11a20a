"""`frame-subject`: the subject slot of a report's fixed sentences names the inspected one."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Literal

from pydantic import Field, PrivateAttr

from peelcheck.checks.api import Check, field_texts, register
from peelcheck.checks.data import lookup
from peelcheck.checks.fields import compile_pattern
from peelcheck.checks.other_names import NameRows, NameTable, name_key, name_table, table_rows
from peelcheck.engine.contract import Hit
from peelcheck.prose.words import shorten

if TYPE_CHECKING:
    from peelcheck.engine.context import DraftContext
    from peelcheck.engine.facts import PackData

SLOT = "{name}"
# the slot holds words of one sentence: no full stop, no line break
_SLOT_PATTERN = r"(?P<name>[^.\n]{1,100}?)"
# The same, where only whether a frame matches counts: unbounded, a superset of the slot
# that RE2's DFA reads without a state per character counted (3 ms a draft to build, not 0.6)
_SLOT_ANY = r"[^.\n]+"
# What may anchor a frame to a text's start or end (a ^ that opens a class does not)
_ANCHOR = re.compile(r"(?<!\[)\^|\$|\\[Az]|\(\?[a-zA-Z]*m")
_SURROGATE = b"\xed"  # how a lone surrogate opens in `ctx.corpus` (and Hangul from U+D000)


class _Table(NameRows):
    """One table's names, and the row of each name as a slot may hold it."""

    def __init__(self, rows: list[dict[str, str]], columns: list[str]) -> None:
        super().__init__(rows, columns)
        self.index = {name_key(n): i for i, names in enumerate(self.written) for n in names}


@register
class FrameSubject(Check):
    """In the fixed sentences of a report's template, the subject slot names the inspected one.

    `frames` names a pack data list of RE2 patterns, each holding the slot `{name}` once
    ("with which {name} keeps people safe and reduces crime"). Where a frame matches in a
    text of `fields` and its slot holds exactly a name of the table `table` (its `columns`;
    '&' and 'and' read alike, a leading "the" ignored) whose row is not the row of
    `inspection.subject`, the name is reported, with the subject as the fix. A slot holding
    anything else ("the force", "the effectiveness, efficiency and legitimacy") is not
    read, nor is a name elsewhere in the sentence ("its work with Surrey Police").
    `tables` names another table per programme (`FRS: {table: services, columns:
    [service_name, aliases]}`); a cell may hold several names separated by `;`.

    Message values: `{name}` (the name flagged), `{subject}`, `{sentence}` (shortened).

    Example:

        given: "[overall, pillars[], questions[]][]"
        check: {type: frame-subject, fields: [summary, narrative],
                frames: template_subject_frames, table: forces,
                columns: [force_name, welsh_name, aliases]}
    """

    type: Literal["frame-subject"]
    fields: list[str]
    frames: str
    table: str
    columns: list[str]
    tables: dict[str, NameTable] = Field(default_factory=dict)
    _frames: list[Any] = PrivateAttr(default_factory=list)
    _slots: list[int] = PrivateAttr(default_factory=list)  # each frame's group of the slot
    _screen: Any = PrivateAttr(default=None)  # any frame, slot not captured: one scan a text
    _anchored: bool = PrivateAttr(default=True)  # a frame may hold an anchor (^, $, \A, \z)
    _tables: dict[str, _Table] = PrivateAttr(default_factory=dict)

    def prepare(self, pack: PackData) -> None:
        frames: list[str] = lookup(pack, self.frames, list[str], "a list of patterns")
        screens = []
        for frame in frames:
            if frame.count(SLOT) != 1:
                raise ValueError(f"frame {frame!r} must hold the slot {SLOT} once")
            before, after = frame.split(SLOT)
            compiled = compile_pattern(f"(?:{before}){_SLOT_PATTERN}(?:{after})")
            self._frames.append(compiled)
            self._slots.append(compiled.groupindex["name"])
            screens.append(f"(?:(?:{before}){_SLOT_ANY}(?:{after}))")
        self._anchored = any(_ANCHOR.search(frame) for frame in frames)
        try:
            # a text where no frame matches (nearly all) is passed over after one RE2 scan,
            # where each frame's search encoded the text again
            self._screen = compile_pattern("|".join(screens)) if screens else None
        except ValueError:  # frames whose groups clash once joined: each is searched
            self._screen = None
        specs = {"": name_table(self.table, self.columns), **self.tables}
        for programme, spec in specs.items():
            self._tables[programme] = _Table(table_rows(pack, spec), spec.columns)

    def may_report(self, ctx: DraftContext) -> bool:
        # Most drafts hold no frame at all: one scan of the draft's texts, joined by line
        # breaks, tells. A frame matching in a text matches there too, unless it is anchored
        # to the text's start or end; and a text UTF-8 cannot hold is read as before.
        if self._screen is None or self._anchored or _SURROGATE in ctx.corpus:
            return True
        return self._screen.search(ctx.corpus) is not None

    def run(self, node: Any, path: str, ctx: DraftContext) -> Iterator[Hit]:
        subject = str(ctx.fact("subject") or "")
        table = self._tables.get(str(ctx.fact("programme")), self._tables[""])
        own = table.own(subject)
        if not subject or not own:
            return  # a subject the table does not know: nothing to compare with
        screen = self._screen if ctx.screens else None
        for where, text in field_texts(node, path, self.fields):
            if screen is not None and screen.search(text) is None:
                continue
            for frame, slot in zip(self._frames, self._slots, strict=True):
                for match in frame.finditer(text):
                    start, end = match.span(slot)
                    row = table.index.get(name_key(text[start:end]))
                    if row is None or row in own:
                        continue
                    values = {
                        "name": text[start:end],
                        "subject": subject,
                        "sentence": shorten(match.group(0)),
                    }
                    yield Hit(where, values, text=text, span=(start, end), fix=(subject, True))
