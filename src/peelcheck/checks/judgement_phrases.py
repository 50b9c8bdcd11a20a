"""Judgements read by phrase lists: the grade phrases of pack data ("is good at"), found
after a name of the subject, shared by the judgement, topic-judgement and judged-subject
checks. The judgment grammar (`prose.judgments`) reads the rest."""

from __future__ import annotations

import bisect
import re
from collections import OrderedDict
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from peelcheck.checks.data import grade_phrases, lookup
from peelcheck.prose.phrases import PhraseMatch, Phrases, phrase_screen
from peelcheck.prose.words import normalise

if TYPE_CHECKING:
    from peelcheck.engine.facts import PackData

_CONJUNCTION = re.compile(r"\b(?:but|and|yet)(?:\s+(?:also|it|is))?\s*\Z", re.IGNORECASE)


class Judgements:
    """Finds statements of a grade in text, from a pack's phrase list per grade.

    `exceptions` are phrases that contain a grade phrase but state no judgement ("is good
    practice"); being longer, they win where both match, and are then ignored.
    """

    def __init__(self, by_grade: dict[str, list[str]], exceptions: list[str]) -> None:
        labelled: list[tuple[str, str | None]] = [
            (phrase, grade) for grade, phrases in by_grade.items() for phrase in phrases
        ]
        labelled += [(phrase, None) for phrase in exceptions]
        self._phrases: Phrases[str | None] = Phrases(labelled)
        self._by_grade = by_grade
        self.first_phrase = {grade: phrases[0] for grade, phrases in by_grade.items() if phrases}
        # several rules read the same texts: find the phrases of each text once
        self._found: OrderedDict[str, tuple[list[PhraseMatch[str]], list[int]]] = OrderedDict()
        self._other_than: dict[Any, Any] = {}  # grade -> screen of the other grades' phrases

    @classmethod
    def from_pack(cls, pack: PackData, phrases: str, exceptions: str | None) -> Judgements:
        """Build from the pack data named `phrases` (grade -> phrases) and `exceptions`.

        Rules that name the same data share one instance (and its cache of found phrases).
        """
        excused: list[str] = (
            lookup(pack, exceptions, list[str], "a list of phrases") if exceptions else []
        )
        by_grade = grade_phrases(pack, phrases)
        key = (tuple((g, tuple(p)) for g, p in by_grade.items()), tuple(excused))
        return _shared(key)

    def find(self, text: str, start: int, end: int) -> list[PhraseMatch[str]]:
        """The grade phrases in text[start:end], labelled with their grade.

        For the text's first sentence (only white space before `start`), the text is read
        only as far as `end`, unless another rule has already read all of it.
        """
        known = self._found.get(text)
        if known is None and not text[:start].strip():
            return [
                PhraseMatch(match.start, match.end, match.label)
                for match in self._phrases.finditer_before(text, end)
                if match.label is not None and match.start >= start
            ]
        found, starts = known or self._in_text(text)
        first = bisect.bisect_left(starts, start)
        last = bisect.bisect_left(starts, end)
        return [m for m in found[first:last] if m.end <= end]

    def may_state_other_than(self, text: str, grade: Any) -> bool:
        """False only when `text` holds no phrase of a grade other than `grade` (any grade,
        when `grade` is not one): one RE2 scan, before sentences are read."""
        grade = grade if isinstance(grade, str) else None
        screen = self._other_than.get(grade)
        if screen is None:
            screen = self._other_than[grade] = phrase_screen(
                normalise(phrase)
                for label, phrases in self._by_grade.items()
                if label != grade
                for phrase in phrases
            )
        return screen.search(text.encode("utf-8", "surrogatepass")) is not None

    def _in_text(self, text: str) -> tuple[list[PhraseMatch[str]], list[int]]:
        known = self._found.get(text)
        if known is None:
            known = self._found[text] = self._find_all(text)
            if len(self._found) > 256:  # the texts of one draft, and then some
                self._found.popitem(last=False)
        else:
            self._found.move_to_end(text)
        return known

    def containing(self, text: str, spans: Any) -> list[tuple[int, int]]:
        """The spans of `spans` (sorted, not overlapping; None skipped) worth reading: those
        `find` finds a phrase in, as most sentences state no grade. A single span (scope:
        first-sentence) is returned as it is: reading it costs less than scanning the text."""
        present = [span for span in spans if span is not None]
        if len(present) <= 1:
            return present
        found, _ = self._in_text(text)
        if not found:
            return []
        opens = [start for start, _ in present]
        chosen: list[tuple[int, int]] = []
        for match in found:
            index = bisect.bisect_right(opens, match.start) - 1
            if index < 0:
                continue
            span = present[index]
            if match.end <= span[1] and (not chosen or chosen[-1] is not span):
                chosen.append(span)
        return chosen

    def _find_all(self, text: str) -> tuple[list[PhraseMatch[str]], list[int]]:
        found = [
            PhraseMatch(m.start, m.end, m.label)
            for m in self._phrases.finditer(text)
            if m.label is not None
        ]
        return found, [m.start for m in found]


@lru_cache(maxsize=32)
def _shared_subjects(words: tuple[str, ...]) -> Subjects:
    return Subjects(list(words))


@lru_cache(maxsize=32)
def _shared(key: tuple[tuple[tuple[str, tuple[str, ...]], ...], tuple[str, ...]]) -> Judgements:
    by_grade, excused = key
    return Judgements({grade: list(phrases) for grade, phrases in by_grade}, list(excused))


class Subjects:
    """The words that name the inspected force or service: pack data plus the draft's subject.

    Rules that name the same words share one instance (`Subjects.of`), and with it the
    phrase list compiled for each subject.
    """

    @staticmethod
    def of(words: list[str]) -> Subjects:
        """The shared instance for `words`."""
        return _shared_subjects(tuple(words))

    def __init__(self, words: list[str]) -> None:
        self._words = words
        self._by_subject: dict[str, Phrases[str]] = {}

    def for_subject(self, subject: str) -> Phrases[str]:
        """A phrase list naming the inspected subject (cached per subject)."""
        if subject not in self._by_subject:
            names = [*self._words, subject]
            if subject.lower().startswith("the "):
                names.append(subject[4:])
            self._by_subject[subject] = Phrases((n, n) for n in names)
        return self._by_subject[subject]


def stated(
    judgements: Judgements,
    subjects: Phrases[str] | None,
    text: str,
    start: int,
    end: int,
) -> list[tuple[int, PhraseMatch[str]]]:
    """(statement start, grade phrase) for each judgement in text[start:end].

    With `subjects`, only phrases directly after a subject count, and the statement starts
    at the subject ("The force is good at"); a phrase after "but", "and" or "yet" shares
    the subject of an earlier statement ("The force is good at A but requires improvement
    at B"). Without `subjects`, every phrase counts and the statement starts at it.
    """
    found: list[tuple[int, PhraseMatch[str]]] = []
    for match in judgements.find(text, start, end):
        if subjects is None:
            found.append((match.start, match))
            continue
        subject = subjects.ending_at(text, start, match.start)
        if subject is not None:
            found.append((subject.start, match))
        elif found and _CONJUNCTION.search(text, found[-1][1].end, match.start):
            found.append((match.start, match))
    return found
