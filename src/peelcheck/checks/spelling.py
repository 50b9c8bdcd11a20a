"""`spelling`: words are spelt as in a British English dictionary, and British, not American.

The dictionary is a word list a pack names (`dictionaries:`), read (`checks.dictionary`) once
per process and only when a rule with this check first runs, so runs without the rule never
pay for it.
"""

from __future__ import annotations

import re
import string
from collections.abc import Container, Iterator
from typing import TYPE_CHECKING, Any, Literal

from pydantic import Field, PrivateAttr

from peelcheck.checks import dictionary
from peelcheck.checks.api import Check, field_texts, register
from peelcheck.checks.cut_end import cut_word
from peelcheck.checks.data import lookup
from peelcheck.checks.word_chunks import WORD as _WORD
from peelcheck.checks.word_chunks import chunk_words, chunks
from peelcheck.engine.contract import Hit
from peelcheck.prose.words import keep_case

if TYPE_CHECKING:
    from peelcheck.engine.context import DraftContext
    from peelcheck.engine.facts import PackData

_LETTER = re.compile(r"[^\W\d_]")
_JOINERS = "'’-"  # what joins the parts of one word
# Text that is no prose: web and e-mail addresses.
_ADDRESS_TEXT = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\S+|\S+\.(?:gov|org|co|ac)\.uk\S*")


class _Addresses:
    """`_ADDRESS_TEXT.finditer`, skipped where the text holds none of the literals every
    address has (the `\\S+@` branch made the scan cost more than reading the words)."""

    @staticmethod
    def finditer(text: str) -> Iterator[re.Match[str]]:
        if "@" in text or "www." in text or "://" in text or ".uk" in text:
            return _ADDRESS_TEXT.finditer(text)
        return iter(())


_ADDRESS = _Addresses()
_OPENERS = " \t\"'‘“([*•·–—-"  # what may stand between a sentence's start and its first word
_STARTS = "\n.!?:;"
_LETTERS = string.ascii_lowercase
# A capitalised word inside a sentence is a name and is not read, unless it is this long
# and one edit from a dictionary word ("Requires Improvment"); short names ("Tarian") are
# too often one edit from a word.
_LONG_NAME = 8
# A term of one to three words in quotation marks names something (a programme: Kent's
# 'pred pol'); a longer quotation is someone's words and is read.
_QUOTED_TERM = re.compile(r"[‘“\"](?:[^\s‘’“”\"]+\s?){1,3}[’”\"]")


@register
class Spelling(Check):
    """Words in the texts of `fields` are in the word list `dictionary` (a pack's
    `dictionaries:`), or accepted by the pack; American spellings are reported with the
    British form.

    Accepted besides the dictionary: the data list `words` (the project's vocabulary) and
    every word of the names in `names` (table -> columns, e.g. the forces' names and Welsh
    names). Reported even where the dictionary has it: the data mapping `rejected` (word ->
    the spelling to use) and the table `variants` (columns american, british). Not read: a
    word with a capital after its first letter (HMICFRS, McDonald), a single letter, a
    capitalised word that does not start a sentence or line (a name; unless it is eight
    letters or more and one edit from a word, and, with `capitalised` (a list), that word
    is in the list: "Requires Improvment", not "Carillion"), words in web and
    e-mail addresses, words joined to digits, a term of one to three words in quotation
    marks (‘pred pol’: a name the report quotes), and, in an excerpt (`inspection.excerpt`),
    the last word of the text the copy ends in when no punctuation follows it (the copy may
    have been cut inside that word). A hyphenated word passes when the dictionary has it
    in any capitalisation ("wi-fi" for "Wi-Fi") or has each of its parts, a part before
    the last may be one of the list `prefixes` ("tri-force"); a closed word
    passes when the dictionary has it hyphenated ("underreported"), or, with `compounds`
    (the name of a list of words that never join another: "each", "this", "with"), when
    it is two dictionary words of at least four letters, neither in that list
    ("timeframes"; "eachother", "thisforce" are still read); a possessive 's is read
    without it.
    Message values: `{word}`, `{problem}` (what is wrong and what to write), `{fix}`.

    Example:

        given: "questions[*]"
        check: {type: spelling, fields: [narrative], dictionary: en_GB,
                words: spelling_words, variants: spelling_variants}
    """

    type: Literal["spelling"]
    fields: list[str]
    dictionary: str
    words: str | None = None
    rejected: str | None = None
    variants: str | None = None
    compounds: str | None = None
    prefixes: str | None = None
    capitalised: str | None = None
    names: dict[str, list[str]] = Field(default_factory=dict)
    _not_joining: frozenset[str] | None = PrivateAttr(default=None)
    _prefixes: frozenset[str] = PrivateAttr(default_factory=frozenset)
    _capitalised: frozenset[str] | None = PrivateAttr(default=None)
    _path: str = PrivateAttr(default="")
    _accepted: frozenset[str] = PrivateAttr(default_factory=frozenset)
    _rejected: dict[str, str] = PrivateAttr(default_factory=dict)
    _variants: dict[str, str] = PrivateAttr(default_factory=dict)
    _verdicts: dict[str, tuple[str, str] | None] = PrivateAttr(default_factory=dict)
    _right: set[str] = PrivateAttr(default_factory=set)  # words found right, wherever they stand
    # chunks (`word_chunks`) whose every word is in `_right`; emptied with it
    _clean: set[bytes] = PrivateAttr(default_factory=set)

    def prepare(self, pack: PackData) -> None:
        if self.dictionary not in pack.dictionaries:
            known = ", ".join(sorted(pack.dictionaries)) or "none"
            raise ValueError(f"no dictionary named {self.dictionary!r} (known: {known})")
        self._path = pack.dictionaries[self.dictionary]
        accepted: list[str] = []
        if self.words is not None:
            accepted += lookup(pack, self.words, list[str], "a list of words")
        for table, columns in self.names.items():
            rows = pack.tables.get(table)
            if rows is None:
                raise ValueError(f"no table named {table!r}")
            for row in rows:
                for column in columns:
                    accepted += _WORD.findall((row.get(column) or "").replace(";", " "))
        self._accepted = frozenset(_norm(w) for w in accepted) | frozenset(
            _norm(w).lower() for w in accepted
        )
        if self.rejected is not None:
            found: dict[str, str] = lookup(pack, self.rejected, dict[str, str], "a mapping")
            self._rejected = {_norm(k).lower(): v for k, v in found.items()}
        if self.variants is not None:
            self._variants = _variants(pack, self.variants)
        if self.compounds is not None:
            found_words = lookup(pack, self.compounds, list[str], "a list of words")
            self._not_joining = frozenset(w.lower() for w in found_words)
        if self.prefixes is not None:
            found_words = lookup(pack, self.prefixes, list[str], "a list of prefixes")
            self._prefixes = frozenset(w.lower().rstrip("-") for w in found_words)
        if self.capitalised is not None:
            found_words = lookup(pack, self.capitalised, list[str], "a list of words")
            self._capitalised = frozenset(w.lower() for w in found_words)

    def run(self, node: Any, path: str, ctx: DraftContext) -> Iterator[Hit]:
        right = self._right
        for where, text in field_texts(node, path, self.fields):
            new = self._new_words(text)
            if new is None:
                continue  # most texts: every word already found right
            skip = [m.span() for m in _ADDRESS.finditer(text)]
            if "‘" in text or "“" in text or '"' in text:
                skip += [m.span() for m in _QUOTED_TERM.finditer(text)]
            cut = cut_word(ctx, where, text)
            if cut is not None:
                skip.append(cut)
            for start, word in _places(text, *new):
                if word in right:
                    continue  # found right earlier in this text
                end = start + len(word)
                if not _readable(text, start, end, word, skip):
                    if not _shaped(word) or self._verdict(_norm(word)) is None:
                        self._remember(word)
                    continue
                verdict = self._verdict(_norm(word))
                if verdict is None:
                    self._remember(word)
                if verdict is None or (
                    _is_name(text, start, word) and not self._slip_in_name(verdict[1])
                ):
                    continue
                problem, fix = verdict
                yield Hit(
                    where,
                    {"word": word, "problem": problem.format(word=word), "fix": fix},
                    text=text,
                    span=(start, end),
                )

    def _new_words(self, text: str) -> tuple[set[str], int] | None:
        """The words of `text` not yet found right, with about how many words it holds (for
        `_places`), or None when there are none.

        A text's chunks (`word_chunks`) are compared with those known clean first: a set
        test in C, where tokenising the text with `_WORD` cost most of the check; only
        chunks not yet clean are read for words."""
        right, clean = self._right, self._clean
        found = chunks(text)
        if found is None:
            words = _WORD.findall(text)
            new = set(words).difference(right)
            return (new, len(words)) if new else None
        new = set()
        for chunk in set(found).difference(clean):
            words = chunk_words(chunk)
            if not right.issuperset(words):
                new.update(words)
                continue
            if len(clean) >= _MEMO_WORDS:
                clean.clear()  # a bound on what a long run keeps
            clean.add(chunk)
        return (new.difference(right), len(found)) if new else None

    def _slip_in_name(self, guess: str) -> bool:
        """Whether a capitalised word inside a sentence, with this guess, is reported: with
        `capitalised`, only a near miss of a word reports capitalise ("Requires Improvment"),
        not of any word ("Carillion", a company, is one letter from "carillon")."""
        if not guess:
            return False
        return self._capitalised is None or guess.lower() in self._capitalised

    def _remember(self, word: str) -> None:
        """Keep a word that is never reported, wherever it stands: one this check never
        reads, or one without a verdict."""
        if len(self._right) >= _MEMO_WORDS:
            self._right.clear()  # a bound on what a long run keeps
            self._clean.clear()  # its chunks were clean of these words
        self._right.add(word)

    def _verdict(self, word: str) -> tuple[str, str] | None:
        """(problem, fix) for a word, or None when it is right; kept for the process."""
        if word in self._verdicts:
            return self._verdicts[word]
        base = word[:-2] if word.endswith("'s") else word
        lower = base.lower()
        verdict: tuple[str, str] | None = None
        if lower in self._rejected:
            fix = keep_case(base, self._rejected[lower])
            verdict = (f"'{{word}}' is not the house spelling; write '{fix}'", fix)
        elif lower in self._variants:
            fix = keep_case(base, self._variants[lower])
            verdict = (f"'{{word}}' is the American spelling; write '{fix}'", fix)
        elif not self._known(base):
            # the pack's own words first: "wholtime" is a slip for the word list's "wholetime"
            own = _guesses(lower, self._accepted)
            listed = _guesses(lower, dictionary.words(self._path))
            guesses = [*own, *(g for g in listed if g not in own)]
            fix = keep_case(base, guesses[0]) if guesses else ""
            advice = f"did you mean '{fix}'?" if guesses else "check it."
            verdict = (
                f"'{{word}}' is not in the British English dictionary; {advice} If it is "
                "right, ask for it to be added to the word list (spelling_words)",
                fix,
            )
        if len(self._verdicts) >= _MEMO_WORDS:
            self._verdicts.clear()  # a bound on what a long run keeps; each is found again
        self._verdicts[word] = verdict
        return verdict

    def _known(self, word: str) -> bool:
        words = dictionary.words(self._path)
        if _is_known(word, words, self._accepted):
            return True
        parts = word.split("-")
        if len(parts) < 2:
            # a compound may be written closed ("underreported" for "under-reported")
            lower = word.lower()
            return lower in dictionary.closed_compounds(self._path) or self._joined(lower)
        # the dictionary writes some compounds as names ("Wi-Fi"); prose lowers them
        last = len(parts) - 1
        return word.lower() in dictionary.compounds(self._path) or all(
            _is_known(p, words, self._accepted)
            or (i < last and p.lower() in self._prefixes)  # "tri-force"
            for i, p in enumerate(parts)
            if p
        )

    def _joined(self, word: str) -> bool:
        """Whether a word is two dictionary words written closed ("timeframes"), each of at
        least four letters and neither a word that never joins another."""
        if self._not_joining is None:
            return False
        words = dictionary.words(self._path)
        for cut in range(_PART, len(word) - _PART + 1):
            head, tail = word[:cut], word[cut:]
            if head in self._not_joining or tail in self._not_joining:
                continue
            # a typing slip that loses a space joins short, common words ("thatthe");
            # a compound joins two words that stand on their own
            if _is_known(head, words, self._accepted) and _is_known(tail, words, self._accepted):
                return True
        return False


_PART = 4  # the shortest part of a closed compound read as two words
_FEW = 6  # `_places` finds words one by one when they are fewer than 1 in this many
_MEMO_WORDS = 50_000  # words (and verdicts) a process keeps: ~5 MB each at most


def _is_known(word: str, words: Container[str], accepted: frozenset[str]) -> bool:
    return (
        word in words
        or word.lower() in words
        or word in accepted
        or word.lower() in accepted
        or (word[:1].isupper() and word.capitalize() in words)
    )


def _norm(word: str) -> str:
    return word.replace("’", "'").strip()


def _places(text: str, words: set[str], count: int) -> list[tuple[int, str]]:
    """(start, word) of each `_WORD` match of `text` that is one of `words`, left to right
    (`count`: about how many words the text holds; it decides only how they are found).

    The same places as `_WORD.finditer` gives for these words, found with `str.find`: a
    text holds few words not yet found right, and reading every word's match in Python
    cost more than the rest of the check.
    """
    if len(words) * _FEW > count:
        # a text of words not seen before (the first texts of a run): one pass is cheaper
        return [(m.start(), m.group()) for m in _WORD.finditer(text) if m.group() in words]
    places: list[tuple[int, str]] = []
    for word in words:
        size = len(word)
        at = text.find(word)
        while at >= 0:
            # a match starts at a letter no word runs into: not after a letter, nor after
            # an apostrophe or hyphen that follows one ("co-ordinate" is one word)
            before = at and (
                _LETTER.match(text, at - 1) is not None
                or (text[at - 1] in _JOINERS and at > 1 and _LETTER.match(text, at - 2) is not None)
            )
            if not before:
                match = _WORD.match(text, at)
                if match is not None and match.end() == at + size:
                    places.append((at, word))
            at = text.find(word, at + size)
    places.sort()
    return places


def _readable(text: str, start: int, end: int, word: str, skip: list[tuple[int, int]]) -> bool:
    """Whether the word at text[start:end] is prose this check reads (see the docstring)."""
    if not _shaped(word):
        return False
    if (start and text[start - 1].isdigit()) or (end < len(text) and text[end].isdigit()):
        return False
    if any(a <= start < b for a, b in skip):
        return False
    return not word[0].isupper() or _starts(text, start) or len(word) >= _LONG_NAME


def _shaped(word: str) -> bool:
    """Whether a word has the shape of one this check reads wherever it stands: two
    letters or more, capitals only first ("NHS", "McDonald" are never read)."""
    return len(word) >= 2 and not any(c.isupper() for c in word[1:])


def _is_name(text: str, start: int, word: str) -> bool:
    """A capitalised word inside a sentence: a name, unless it is one edit from a word."""
    return word[0].isupper() and not _starts(text, start)


def _starts(text: str, start: int) -> bool:
    """Whether a word at `start` opens the text, a line or a sentence."""
    at = start
    while at > 0 and text[at - 1] in _OPENERS:
        at -= 1
    return at == 0 or text[at - 1] in _STARTS


def _guesses(word: str, words: Container[str]) -> list[str]:
    """Up to three dictionary words one edit from `word`: letters swapped first, then a
    letter dropped, changed or added."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    swaps = [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1]
    drops = [a + b[1:] for a, b in splits if b]
    changes = [a + c + b[1:] for a, b in splits if b for c in _LETTERS]
    adds = [a + c + b for a, b in splits for c in _LETTERS]
    found: list[str] = []
    for candidate in [*swaps, *drops, *changes, *adds]:
        if candidate != word and candidate in words and candidate not in found:
            found.append(candidate)
            if len(found) == 3:
                break
    return found


def _variants(pack: PackData, table: str) -> dict[str, str]:
    rows = pack.tables.get(table)
    if rows is None:
        raise ValueError(f"no table named {table!r}")
    if rows and not {"american", "british"} <= set(rows[0]):
        raise ValueError(f"table {table!r} needs the columns american and british")
    return {row["american"].lower(): row["british"] for row in rows if row.get("american")}
