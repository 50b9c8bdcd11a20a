"""`judged-subject`: a sentence stating a judgment is about the inspected force, not another."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal

import re2
from pydantic import Field, PrivateAttr

from peelcheck.checks.api import Check, field_texts, register
from peelcheck.checks.cut_end import cut_word
from peelcheck.checks.data import lookup
from peelcheck.checks.judgement_phrases import Judgements, Subjects
from peelcheck.checks.other_names import NameRows, NameTable, name_table, table_rows
from peelcheck.checks.own_name import NearMisses, OwnName
from peelcheck.engine.contract import Hit
from peelcheck.prose.phrases import PhraseMatch, Phrases, _screen_word, phrase_screen
from peelcheck.prose.screens import SCREEN_OPTIONS, SCREEN_SPACE
from peelcheck.prose.words import normalise, shorten

if TYPE_CHECKING:
    from peelcheck.engine.context import DraftContext
    from peelcheck.engine.facts import PackData

_LAST_WORD = re.compile(r"(\w+)\W*\Z")


class _Names(NameRows):
    """The names of one table's rows, with the phrases that find them in a text."""

    def __init__(self, rows: list[dict[str, str]], columns: list[str]) -> None:
        super().__init__(rows, columns)
        self._phrases: dict[frozenset[int] | None, Phrases[int]] = {}

    def may_name_others(self, subject: str, text: str | bytes) -> bool:
        """Whether a name of a row not naming `subject` may occur in `text` (a str, or UTF-8
        bytes); True for a text UTF-8 cannot hold."""
        rows = self.rows_in(text)
        return rows is None or not rows <= self.own(subject)

    def rows_in(self, text: str | bytes) -> frozenset[int] | None:
        """The rows whose RE2 screen (`phrase_screen` of the row's names) matches `text`, or
        None for a str UTF-8 cannot hold (a lone surrogate).

        One scan of an RE2 set of every row's screen, built once a process: a screen of
        the other rows' names compiled for each new subject cost about 1 ms, and a search
        per row per text more than the set's one pass."""
        if isinstance(text, str):
            try:
                text = text.encode("utf-8")
            except UnicodeEncodeError:
                return None
        found = self._row_set.Match(text) if self._row_set is not None else None
        if not found:
            # the set's last pattern matches every text: no answer is RE2 running out of
            # memory (or a set it could not compile); each row's own screen answers
            return frozenset(i for i, screen in enumerate(self._row_screens) if screen.search(text))
        return frozenset(found).difference((len(self.rows),))

    @cached_property
    def _row_set(self) -> Any:
        found = re2.Set.SearchSet(SCREEN_OPTIONS)
        for names in self.rows:
            found.Add(screen_source(names))
        found.Add("")  # matches every text, so that an empty answer is a failure
        try:
            found.Compile()
        except re2.error:
            return None
        return found

    @cached_property
    def _row_screens(self) -> list[Any]:
        return [phrase_screen(names) for names in self.rows]

    def phrases(self, rows: frozenset[int] | None) -> Phrases[int]:
        """The names of `rows` (None: every row), each labelled with its row.

        Python's pattern of every name of a table costs several milliseconds to compile
        (most of a one-draft run's cost of this rule); the rows whose RE2 screen does not
        match a text (`rows_in`) hold no name that can match anywhere in it, so leaving
        them out changes no match (a phrase that cannot match is only ever backtracked
        from) and no label (rows keep their index). One list per set of rows, compiled on
        first use.
        """
        found = self._phrases.get(rows)
        if found is None:
            labelled = [
                (name, index)
                for index, names in enumerate(self.rows)
                if rows is None or index in rows
                for name in names
            ]
            found = self._phrases[rows] = _Some(labelled, self._reach)
        return found

    @cached_property
    def _reach(self) -> int:
        # as `Phrases` reckons it for every row's names (tests/test_startup.py holds it so)
        keys = [key for names in self.rows for name in names if (key := normalise(name))]
        return 2 * max(map(len, keys), default=0) + 40


def screen_source(phrases: Iterable[str]) -> str:
    """The source of `phrase_screen(phrases)`, to add to an RE2 set (tests/test_first_use.py
    holds the two alike)."""
    alternatives = [
        SCREEN_SPACE.join(_screen_word(word) for word in phrase.split(" ")) for phrase in phrases
    ]
    return "(?is)(?:" + "|".join(alternatives) + ")" if alternatives else "[^\\x00-\\x{10ffff}]"


class _Some(Phrases[int]):
    """Some rows' names, looking back from a judgment (`ending_at`) as far as the names of
    all rows would: how far it looks decides which name ends there."""

    def __init__(self, labelled: list[tuple[str, int]], reach: int) -> None:
        super().__init__(labelled)
        self._reach = reach


@register
class JudgedSubject(Check):
    """In sentences of `fields` that state a grade, the subject is the inspected one.

    Names come from the pack table `table` (its `columns`, e.g. force_name and
    welsh_name; '&' and 'and' read alike). In a sentence holding a grade phrase
    (`phrases`, `exceptions`: as in `judgement`), the subject is the name that opens the
    sentence, after at most a lead-in ending in a comma ("However, Kent Police's approach
    ... requires improvement"), or else the name standing directly before the first
    phrase ("Like Kent Police, South Wales Police is good at"), unless a word of the data
    list `lead_ins` stands before that name ("a joint unit with West Mercia Police is good
    at": the name is not the subject). A sentence that opens with a word of the data list
    `subjects` (e.g. "the force", "its") or the draft's subject, or where one of them
    stands directly before the first phrase, is about the inspected one. A subject naming
    another row than `inspection.subject` is reported; names elsewhere in a sentence are
    not ("managed on its behalf by South Wales Police"). `tables` names another table per
    programme (`FRS: {table: services, columns: [service_name, aliases]}`); a cell may hold
    several names separated by `;`.

    With `near_misses` (data: programme -> kind words, e.g. `PEEL: [Police, Constabulary]`),
    a near miss of the subject's official name (the first name of its row) is reported
    anywhere in the texts: its place with another kind ("Cumbria Police" for Cumbria
    Constabulary, "Avon and Somerset Police"), with the official name as the fix. Names of
    the row, and the data list `accepted_names`, are not near misses; nor is a near miss
    followed by a word of the data list `proper_names` ("Cumbria Police and Crime
    Commissioner", "Gwent Police Federation"), which names another body.

    Message values: `{problem}` (what is wrong and what to write), `{name}` (the name
    flagged), `{subject}`.

    Example:

        given: "[overall, pillars[], questions[]][]"
        check: {type: judged-subject, fields: [summary, narrative],
                phrases: judgement_phrases, table: forces, columns: [force_name, welsh_name],
                near_misses: subject_name_kinds, proper_names: subject_name_continuations}
    """

    type: Literal["judged-subject"]
    fields: list[str]
    phrases: str
    exceptions: str | None = None
    table: str
    columns: list[str]
    tables: dict[str, NameTable] = Field(default_factory=dict)
    subjects: str | None = None
    lead_ins: str | None = None
    near_misses: str | None = None
    proper_names: str | None = None
    accepted_names: str | None = None
    _own_words: Subjects = PrivateAttr(default_factory=lambda: Subjects([]))
    _judgements: Judgements | None = PrivateAttr(default=None)
    _names: dict[str, _Names] = PrivateAttr(default_factory=dict)
    _lead_ins: frozenset[str] = PrivateAttr(default_factory=frozenset)
    _kinds: dict[str, list[str]] = PrivateAttr(default_factory=dict)
    _continuations: list[str] = PrivateAttr(default_factory=list)
    _accepted: list[str] = PrivateAttr(default_factory=list)
    _own_names: dict[tuple[str, str], OwnName | None] = PrivateAttr(default_factory=dict)
    _other_misses: dict[str, NearMisses | None] = PrivateAttr(default_factory=dict)

    def prepare(self, pack: PackData) -> None:
        self._judgements = Judgements.from_pack(pack, self.phrases, self.exceptions)
        if self.subjects is not None:
            self._own_words = Subjects.of(lookup(pack, self.subjects, list[str], "a list of words"))
        if self.lead_ins is not None:
            words: list[str] = lookup(pack, self.lead_ins, list[str], "a list of words")
            self._lead_ins = frozenset(normalise(w) for w in words)
        self._names = {"": self._table(pack, name_table(self.table, self.columns))}
        for programme, spec in self.tables.items():
            self._names[programme] = self._table(pack, spec)
        if self.near_misses is not None:
            self._kinds = lookup(
                pack, self.near_misses, dict[str, list[str]], "a mapping programme -> kind words"
            )
        if self.proper_names is not None:
            self._continuations = lookup(pack, self.proper_names, list[str], "a list of words")
        if self.accepted_names is not None:
            self._accepted = lookup(pack, self.accepted_names, list[str], "a list of names")

    @staticmethod
    def _table(pack: PackData, spec: NameTable) -> _Names:
        return _Names(table_rows(pack, spec), spec.columns)

    def _names_for(self, ctx: DraftContext) -> _Names:
        return self._names.get(str(ctx.fact("programme")), self._names[""])

    def _own_name(self, ctx: DraftContext, names: _Names, subject: str) -> OwnName | None:
        """Near misses of the subject's official name (the first name of its row)."""
        programme = str(ctx.fact("programme"))
        key = (programme, subject)
        if key not in self._own_names:
            rows = names.own(subject)
            kinds = self._kinds.get(programme, [])
            found = None
            if len(rows) == 1 and kinds:
                written = names.written[next(iter(rows))]
                found = OwnName(written[0], [*written, *self._accepted], kinds, self._continuations)
            self._own_names[key] = found
        return self._own_names[key]

    def _near_misses(self, ctx: DraftContext, names: _Names) -> NearMisses | None:
        """Near misses of every row's official name (another force's, in this draft)."""
        programme = str(ctx.fact("programme"))
        if programme not in self._other_misses:
            kinds = self._kinds.get(programme, [])
            self._other_misses[programme] = (
                NearMisses(names.written, self._accepted, kinds, self._continuations)
                if kinds
                else None
            )
        return self._other_misses[programme]

    def may_report(self, ctx: DraftContext) -> bool:
        # only a name of another row, or a near miss of the subject's, is reported: a draft
        # naming none needs no sentence read
        subject = str(ctx.fact("subject") or "")
        names = self._names_for(ctx)
        if names.may_name_others(subject, ctx.corpus):
            return True
        near = self._own_name(ctx, names, subject)
        if near is not None and near.may_occur(ctx.corpus_text):
            return True
        misses = self._near_misses(ctx, names)
        return misses is not None and misses.may_occur(ctx.corpus)

    def run(self, node: Any, path: str, ctx: DraftContext) -> Iterator[Hit]:
        if self._judgements is None:
            return
        subject = str(ctx.fact("subject") or "")
        names = self._names_for(ctx)
        own = names.own(subject)
        words = self._own_words.for_subject(subject)
        near = self._own_name(ctx, names, subject)
        misses = self._near_misses(ctx, names)
        plain = "the service" if ctx.fact("programme") == "FRS" else "the force"
        body = "fire and rescue service" if ctx.fact("programme") == "FRS" else "force"
        for where, text in field_texts(node, path, self.fields):
            # where no other row's name can occur, a judgment's subject is the subject's own
            # name or none, never reported
            rows = names.rows_in(text) if ctx.screens else None
            if rows is None or not rows <= own:
                table = names.phrases(rows)
                yield from self._subjects(ctx, where, text, table, own, words)
            if near is not None:
                cut = cut_word(ctx, where, text)
                for miss in near.find(text):
                    if cut is not None and not text[miss.end : cut[0]].strip():
                        continue  # "... Fire and Rescue Servic": the copy ends inside the name
                    found = text[miss.start : miss.end]
                    problem = (
                        f"'{found}' is not the name of {near.official}; write '{miss.fix}' "
                        f"(or '{plain}')"
                    )
                    yield _hit(where, text, (miss.start, miss.end), subject, problem)
            for other in misses.find(text) if misses is not None else ():
                if other.row in own:
                    continue  # the subject's own name: its near misses are read above
                found = text[other.start : other.end]
                problem = f"'{found}' is not the name of a {body}; write '{other.fix}'"
                yield _hit(where, text, (other.start, other.end), subject, problem)

    def _subjects(
        self,
        ctx: DraftContext,
        where: str,
        text: str,
        table: Phrases[int],
        own: frozenset[int],
        words: Phrases[str],
    ) -> Iterator[Hit]:
        """Sentences of `text` whose judgment names another row than the subject's."""
        subject = str(ctx.fact("subject") or "")
        plain = "the service" if ctx.fact("programme") == "FRS" else "the force"
        for start, end in ctx.sentences(text):
            name = self._subject(table, text, start, end, words)
            if name is not None and name.label not in own:
                problem = (
                    f"a judgment names '{text[name.start : name.end]}' but this report is on "
                    f"{subject}: '{shorten(text[start:end])}'; name {subject} or write '{plain}'"
                )
                yield _hit(where, text, (name.start, name.end), subject, problem)

    def _subject(
        self, table: Phrases[int], text: str, start: int, end: int, own: Phrases[str]
    ) -> PhraseMatch[int] | None:
        """The table name that is the subject of the sentence's first judgment, if any."""
        assert self._judgements is not None
        judged = self._judgements.find(text, start, end)
        if not judged:
            return None
        first = judged[0].start
        if own.ending_at(text, start, first) is not None:
            return None  # "Kent Police and Gwent Police share a unit; Gwent Police is good at"
        comma = text.find(",", start, first)
        for opening in (start, comma + 1) if comma >= 0 else (start,):
            name = table.starting_at(text, opening, first)
            if name is not None:
                return name
            if own.starting_at(text, opening, first) is not None:
                return None  # "The force's work with Kent Police is good"
        name = table.ending_at(text, start, first)
        if name is not None and self._lead_ins:
            before = _LAST_WORD.search(text, max(start, name.start - 40), name.start)
            if before is not None and normalise(before.group(1)) in self._lead_ins:
                return None  # "a joint unit with West Mercia Police is good at"
        return name


def _hit(where: str, text: str, span: tuple[int, int], subject: str, problem: str) -> Hit:
    values = {"name": text[span[0] : span[1]], "subject": subject, "problem": problem}
    return Hit(where, values, text=text, span=span)
