"""The judgment grammar: which words of a sentence state a grade of the inspected subject.

The grammar compiled from its pack data (`judgment_grammar` in rules/wording.yaml) is
`grammar_compiled`; this module reads sentences with it. Each frame's match has its noun
phrase read: the subject's name or "the force", a possessive ("its response to missing
children"), a "the way it ..." clause, or a bare noun phrase naming the subject's work
("Investigation is good"). Anything else, attributed or quoted speech, and another year's
judgment give no judgment: precision first.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from peelcheck.prose import grammar_data as patterns
from peelcheck.prose.grammar_data import QUOTES, GrammarData
from peelcheck.prose.names import Names
from peelcheck.prose.vetoes import Vetoes

_BOUNDARY = re.compile(
    r"[,;:(]|\b(?:and|but|yet|however|although|though|while|whilst|whereas|that|which|so)\b",
    re.IGNORECASE,
)
_PARENTHESIS = re.compile(r",\s*(?:which|who|with which|where)\b[^,]*,", re.IGNORECASE)
_HEAD_END = re.compile(r"\b(?:to|of|for|in|with|on|at|across)\b|,", re.IGNORECASE)
_CONNECTOR = re.compile(r"(?:[,;\s]|\b(?:and|but|yet|while|whilst)\b)*", re.IGNORECASE)
_OBJECT = re.compile(r"\s+(?:at|in|on|when|for|to|across)\b", re.IGNORECASE)
_CLAUSE = re.compile(r"[^,;.!?]*?(?=\s*(?:[,;.!?]|\bbut\b|$))", re.IGNORECASE)
# a verb between a possessor and the frame: the grade is not of the possessor's noun phrase
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|said|says|told)\b", re.IGNORECASE)
_CLOSERS = " \t\n\"'’”)]"
# a noun phrase that is the subject and a first verb phrase: "It investigates crime well,
# and" before "is good at"; not when another clause may hold another subject ("that",
# "which", ...), nor before a plural verb ("The force and its partners ... and are good")
_COORDINATED = re.compile(r"(?:,\s*|\s)and\s*$", re.IGNORECASE)
_SINGULAR = re.compile(r"\s*(?:is|remains|requires|require)\b", re.IGNORECASE)
_CLAUSE_WORD = re.compile(
    r"[,;:(]\s*(?!and\s*$)\S|\b(?:that|which|who|whose|whom|where|when|whether|if|because"
    r"|although|though|while|whilst|but|as|its|their|partners?)\b",
    re.IGNORECASE,
)
# a part of what the subject does ("Some of its prevention work is outstanding"): the
# judgment takes it in, and is qualified
_PARTITIVE_WORDS = r"\b(?:some|most|much|many|parts?|aspects?|areas?|elements?)\s+of\s+"
_PARTITIVE = re.compile(_PARTITIVE_WORDS, re.IGNORECASE)
_PARTITIVE_BEFORE = re.compile(_PARTITIVE_WORDS + "$", re.IGNORECASE)
_GERUND = re.compile(r"[A-Za-z]{3,}ing$")
_CAPITALISED = re.compile(r"(?<!^)(?<![.!?]\s)\b[A-Z][a-z]+")


@dataclass(frozen=True)
class Judgment:
    """A judgment read in a text: its words (`start`, `end`: from the judged noun phrase to
    the grade), the grade, where the grade's words are, and whether it is qualified."""

    start: int
    end: int
    grade: str
    grade_start: int
    grade_end: int
    qualified: bool
    limited: bool = False  # qualified by its own words ("generally good"), not by a 2nd grade


class Grammar(Vetoes):
    """A compiled judgment grammar; `read` finds the judgments of a subject in a sentence."""

    def __init__(self, data: GrammarData) -> None:
        super().__init__(data)
        # several rules read the same sentences: each is read once
        self._read: OrderedDict[tuple[str, str, tuple[str, ...]], list[Judgment]] = OrderedDict()

    def read(
        self, text: str, start: int, end: int, subject: str, others: tuple[str, ...] = ()
    ) -> list[Judgment]:
        """The judgments of `subject` in the sentence text[start:end], in order; `others`
        are its other names (a former name a report of its time prints)."""
        sentence = text[start:end]
        key = (sentence, subject, others)
        known = self._read.get(key)
        if known is None:
            known = self._read[key] = self._read_sentence(sentence, subject, others)
            if len(self._read) > 512:
                self._read.popitem(last=False)
        return [
            Judgment(
                j.start + start,
                j.end + start,
                j.grade,
                j.grade_start + start,
                j.grade_end + start,
                j.qualified,
                j.limited,
            )
            for j in known
        ]

    def _read_sentence(
        self, sentence: str, subject: str, others: tuple[str, ...] = ()
    ) -> list[Judgment]:
        if not self.may_judge(sentence) or not self.screen.search(sentence):
            return []
        if sentence.rstrip(_CLOSERS).endswith("?"):
            return []  # a question states no grade
        plain = self._aside.sub(lambda m: " " * len(m.group()), sentence.translate(QUOTES))
        names = self._compiled(subject, others)
        found: dict[int, Judgment] = {}
        for match, np in self._matches(plain):
            judgment = self._judgment(plain, sentence, match, np, names)
            if judgment is not None and judgment.grade_start not in found:
                found[judgment.grade_start] = judgment
        self._clause_readings(plain, sentence, found, names)
        if found:  # "..., and requires improvement at B": only after a judgment
            first = min(j.grade_end for j in found.values())
            for frame in self._continuations:
                for match in frame.compiled.finditer(plain, first):
                    judgment = self._judgment(plain, sentence, match, None, names)
                    if judgment is not None:
                        found.setdefault(judgment.grade_start, judgment)
        judgments = sorted(found.values(), key=lambda j: j.grade_start)
        grades = {j.grade for j in judgments}
        if len(grades) == 1:  # "... is good and its response to emergencies outstanding"
            grades |= self._elided(plain, judgments[-1].grade_end)
        several = len(grades) > 1
        return [
            Judgment(
                j.start,
                j.end,
                j.grade,
                j.grade_start,
                j.grade_end,
                j.qualified or several,
                j.qualified,
            )
            for j in judgments
        ]

    def _matches(self, plain: str) -> Iterator[tuple[re.Match[str], tuple[int, int] | None]]:
        """Each frame's matches with its noun phrase's span; a core's noun phrase is what
        precedes it in its clause."""
        lower = plain.lower()
        present = {word for word in self._frame_words if word in lower}
        if self._we.search(plain) is not None:  # frames with {we} need one of its verbs
            present.add("{we}")
        if any(word in lower for word in self._move_words):  # frames with {move}
            present.add("{move}")
        windows = patterns.windows(self._key_positions(plain), len(plain))
        for needed, core in self._cores:
            if needed <= present:
                after = 0
                for low, high in windows:  # a core is near a grade's words: search there
                    for match in core.compiled.finditer(plain, low, high):
                        at = match.start()
                        opens = max(after, plain.rfind(";", 0, at) + 1, plain.rfind(":", 0, at) + 1)
                        yield match, (opens, at)
                        after = match.end()
        for needed, frame in self._inner:
            if needed <= present:
                compiled = frame.compiled
                # a later start too: "we have graded the force on X, and we judge it to be
                # good" is read from its second "we"
                found = compiled.search(plain)
                while found is not None:
                    yield found, found.span("np") if "np" in compiled.groupindex else None
                    found = compiled.search(plain, found.start() + 1)

    def _judgment(
        self,
        plain: str,
        sentence: str,
        match: re.Match[str],
        np: tuple[int, int] | None,
        who: Names,
    ) -> Judgment | None:
        link = match.group("link") if "link" in match.re.groupindex else None
        qualified = link is not None and patterns.key(link) in self._qualifying
        grade_start, grade_end = match.span("grade")
        begin, end = match.start(), max(grade_end, match.end())
        return self._judged(
            plain, sentence, (grade_start, grade_end), (begin, end), np, qualified, who
        )

    def _judged(
        self,
        plain: str,
        sentence: str,
        grade_span: tuple[int, int],
        span: tuple[int, int],
        np: tuple[int, int] | None,
        qualified: bool,
        who: Names,
        named: bool = False,
    ) -> Judgment | None:
        """The judgment of a grade at `grade_span` read by a frame or a clause (`span`:
        from where its reading begins to where it ends), its noun phrase at `np`; None
        when the noun phrase is not the subject's or a context veto holds (`named`: a
        grade named as a noun's, "a grade of good for", whose next words are no veto)."""
        grade_start, grade_end = grade_span
        said = patterns.key(plain[grade_start:grade_end])
        grade = self._grade_of.get(said)
        if grade is None:
            return None
        not_after = self._not_after if said in self._adjectives else self._verb_not_after
        if not named and not_after.match(plain, grade_end):
            return None  # "good practice", "requires improvement plans"
        begin, end = span
        if np is not None:
            if np[0] < 0 or not plain[np[0] : np[1]].strip():
                return None
            np_start = self._subject_start(plain, np[0], np[1], who)
            if np_start is None:
                return None
            begin = min(begin, np_start)
        if self._not_ours(plain, sentence, begin, grade_start, grade_end):
            return None
        if self._hedged(plain, begin):
            return None
        connector = _CONNECTOR.match(plain, begin)
        begin += len(connector.group()) if connector else 0
        qualified = qualified or self._opened_by.search(plain, 0, begin) is not None
        qualified = qualified or _PARTITIVE.match(plain, begin) is not None  # "Some of its"
        clause = _CLAUSE.match(plain, end)
        if clause is not None and (end > grade_end or _OBJECT.match(plain, grade_end)):
            end += len(clause.group().rstrip())  # what it judges: "good at A", "... when A"
        return Judgment(begin, end, grade, grade_start, grade_end, qualified)

    def _clause_readings(
        self, plain: str, sentence: str, found: dict[int, Judgment], who: Names
    ) -> None:
        """The clause reading of each grade phrase no frame read (`found`, by the grade's
        start, gains them)."""
        anchors = [
            (m.start(), m.end(), patterns.key(m.group()) not in self._adjectives)
            for m in self.screen.finditer(plain)
            if m.start() not in found
        ]
        clause = self._clause if anchors else None  # built only for a grade left unread
        if clause is None:
            return
        for reading in clause.readings(plain, iter(anchors)):
            if any(self._not_before.search(plain, a, b) for a, b in reading.asides):
                continue  # "is, if anything, outstanding": a hedge read over is still one
            span = (reading.begin, reading.end)
            np = (reading.np_start, reading.np_end)
            grade_span = (reading.grade_start, reading.grade_end)
            judgment = self._judged(
                plain, sentence, grade_span, span, np, reading.qualified, who, reading.named
            )
            if judgment is not None:
                found[judgment.grade_start] = judgment

    def _elided(self, plain: str, after: int) -> set[str]:
        """The grades of judgments after `after` whose verb is left out, each of a noun
        phrase the subject owns ("and its vetting good"): they make a sentence that
        states two grades, so qualified."""
        found: set[str] = set()
        for match in self._elided_grade.finditer(plain, after):
            np = match.group("np")
            if self._openings.match(plain, match.start("np")) and not _FINITE.search(np):
                grade = self._grade_of.get(patterns.key(match.group("grade")))
                found |= {grade} if grade else set()
        return found

    def _subject_start(self, plain: str, start: int, end: int, who: Names) -> int | None:
        """Where the noun phrase plain[start:end] names the subject, or None."""
        phrase = plain[start:end]
        cleaned = (
            _PARENTHESIS.sub(lambda m: " " * len(m.group()), phrase) if "," in phrase else phrase
        )
        cleaned = self._without_adverb(cleaned)  # "Sussex Police also" before "remains"
        named = self._named(cleaned, who)
        if named is not None:
            return start + named
        for opening in reversed(list(self._openings.finditer(cleaned))):
            if not who.naming(opening.group()) and not self._ours.search(opening.group()):
                continue  # "South Wales Police's", "the way Sussex Police": not the subject
            before = cleaned[: opening.start()].strip(" \"'")
            if before.endswith(",") and cleaned.rstrip().endswith(","):
                continue  # "Shropshire FRS, its partner in ..., is good": of the name before
            head = _HEAD_END.split(cleaned[opening.end() :], maxsplit=1)[0]
            if opening.group("way"):
                head = ""  # "the way it ...", "how it ...": its objects are no subject
            elif _FINITE.search(cleaned, opening.end()):
                continue  # "its approach is new and the outcome is good": not read, no finding
            if (not before or self._before_name.search(before)) and not self._not_subjects.search(
                head
            ):
                # "Some of its work": the words say which part is judged (a qualifier's)
                part = _PARTITIVE_BEFORE.search(
                    cleaned, max(0, opening.start() - 16), opening.start()
                )
                return start + (part.start() if part else opening.start())
        if self._coordinated(plain, phrase, cleaned, end, who):
            return start + len(cleaned) - len(cleaned.lstrip())
        cuts = [0] + [m.end() for m in _BOUNDARY.finditer(cleaned)]
        for cut in reversed(cuts):
            rest = cleaned[cut:]
            if any(c in rest for c in ",;:"):
                break  # a bare noun phrase runs to the last comma at most
            if self._bare(rest):
                return start + cut + len(rest) - len(rest.lstrip())
        return None

    def _named(self, phrase: str, who: Names) -> int | None:
        """Where a noun phrase that ends with the subject's name begins: at the name
        after a word that leaves it the subject, or at a noun phrase of its work before
        it; None when no name ends it."""
        named = who.ending(phrase)
        if named is None:
            return None
        if self._before_name.search(phrase[:named].strip(" \"'")):
            return named
        return self._owned(phrase, named)

    def _owned(self, phrase: str, named: int) -> int | None:
        """Where a noun phrase of the subject's work that names the subject after it
        begins ("The quality of investigations carried out by the force", "Our grade for
        Gwent Police"; `subject_after`), or None."""
        link = self._subject_after.search(phrase, 0, named)
        if link is None:
            return None
        head = phrase[: link.start()]
        cut = max((m.end() for m in _BOUNDARY.finditer(head)), default=0)
        rest = head[cut:]
        if not rest.strip() or any(c in rest for c in ",;:") or not self._bare(rest, gerund=True):
            return None
        return cut + len(rest) - len(rest.lstrip())

    def _without_adverb(self, phrase: str) -> str:
        """The noun phrase without an adverb that ends it ("Sussex Police also")."""
        kept = phrase.rstrip()
        cut = max(kept.rfind(" "), kept.rfind("\n"), kept.rfind("\t"))
        if cut > 0 and kept[cut + 1 :].lower() in self._adverb_words:
            return kept[:cut]
        return phrase

    def _coordinated(self, plain: str, phrase: str, cleaned: str, end: int, who: Names) -> bool:
        """Whether the noun phrase is the subject and a first verb phrase joined by "and" to
        the judgment's ("It protects children well and is good at"): the subject opens it,
        and no other clause, hedge or plural verb may give the grade to someone else."""
        if not _COORDINATED.search(cleaned) or not _SINGULAR.match(plain, end):
            return False
        lead = who.leading(cleaned)
        return (
            lead is not None
            and not _CLAUSE_WORD.search(phrase, lead)
            and not self._not_before.search(phrase)  # "It hopes to improve and is"
            and not self._this_years_grade(phrase)  # a judgment before: a continuation's
        )

    def _this_years_grade(self, phrase: str) -> bool:
        """Whether `phrase` holds a grade not of another year: one not followed by a time
        of the past ("It was good in 2021/22 and is adequate now": "good in 2021/22" is
        another year's, so "is adequate" is the subject's, coordinated)."""
        return any(
            self._past_after.match(phrase, len(phrase) - len(phrase[m.end() :].lstrip())) is None
            for m in self.screen.finditer(phrase)
        )

    def _bare(self, phrase: str, gerund: bool = False) -> bool:
        """A noun phrase without a possessor that names the subject's work (with
        `gerund`, also one opening with an "-ing" word: "Investigating crime at ...")."""
        words = phrase.split()
        return (
            0 < len(words) <= 14
            and (
                self._heads.search(phrase) is not None
                or (gerund and _GERUND.match(words[0]) is not None)
            )
            and self._not_subjects.search(phrase) is None
            and _CAPITALISED.search(phrase.strip()) is None
            and _FINITE.search(phrase) is None  # a clause, not a noun phrase
        )


@lru_cache(maxsize=8)
def _shared(key: str) -> Grammar:
    import json

    from peelcheck.draft.construct import validate

    return Grammar(validate(GrammarData, json.loads(key)))


def grammar(data: Any, name: str = "judgment_grammar") -> Grammar:
    """The compiled grammar of the pack data `name` (shared between rules); ValueError
    saying what is wrong when the data is no grammar."""
    import json

    from pydantic import ValidationError

    from peelcheck.draft.construct import conforming

    try:
        if conforming(GrammarData, data) is None:  # no validator built for plain data
            GrammarData.model_validate(data)
    except ValidationError as err:
        first = err.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise ValueError(
            f"pack data {name!r} is no judgment grammar: {first['msg'].lower()}"
            + (f" (at {where})" if where else "")
        ) from None
    return _shared(json.dumps(data, sort_keys=True))
