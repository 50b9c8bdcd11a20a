"""The judgment grammar: which words of a sentence state a grade of the inspected subject.

Built once per pack data (`judgment_grammar` in rules/wording.yaml) into `re` patterns, one
per frame ("{np} {link} {grade}", "{we} {np} to be {grade}" ...), and per draft subject. A
frame's noun phrase is then read: the subject's name or "the force", a possessive ("its
response to missing children"), a "the way it ..." clause, or a bare noun phrase naming
the subject's work ("Investigation is good"). Anything else, attributed or quoted speech,
and another year's judgment give no judgment: precision first.
"""

from __future__ import annotations

import bisect
import re
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from peelcheck.prose import grammar_data as patterns
from peelcheck.prose.grammar_data import QUOTES, GrammarData
from peelcheck.prose.names import Names

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
# the inspectorate's own aside inside a judgment ("is, in our view, good at"): read over it
_ASIDE = re.compile(r",\s*in (?:our|my) (?:view|opinion|judgment),", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;]")
_CLOSERS = " \t\n\"'’”)]"
_FIRST_WORD = re.compile(r"\W*[\w']+")
_SINCE = re.compile(r"\bsince\b", re.IGNORECASE)  # "since 2023": up to now, not then
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


class Grammar:
    """A compiled judgment grammar; `read` finds the judgments of a subject in a sentence."""

    def __init__(self, data: GrammarData) -> None:
        self.data = data
        self._grade_of: dict[str, str] = {}
        for table in (data.grades, data.verbs):
            for grade, phrases in table.items():
                for phrase in phrases:
                    self._grade_of[patterns.key(phrase)] = grade
        self._adjectives = {patterns.key(p) for ps in data.grades.values() for p in ps}
        self._adjectives -= {patterns.key(p) for ps in data.verbs.values() for p in ps}
        every = [p for ps in (*data.grades.values(), *data.verbs.values()) for p in ps]
        self.screen = patterns.words(every)
        # a cheaper screen: one telling word of each grade phrase, found anywhere ("good")
        self._keys_of = patterns.key_words({**data.grades}, data.verbs)
        self._keys = sorted(set().union(*self._keys_of.values()))
        # texts several rules screen: where their key words stand, and which are there
        self._scanned: OrderedDict[str, tuple[list[int], frozenset[str]]] = OrderedDict()
        self._not_subjects = patterns.words(data.not_subjects)
        self._we = patterns.words(data.we_verbs)
        self._before_name = re.compile(
            r"(?:^|[,;:(]|(?<![\w'])" + patterns.alternatives(data.before_subject) + r")\s*$", re.I
        )
        self._heads = patterns.words(data.topic_heads)
        self._attributions = patterns.words(data.attributions)
        self._own = re.compile(
            r"^\W*" + patterns.alternatives(data.own_voices) + r"\b", re.IGNORECASE
        )
        self._past = patterns.words(data.past)
        self._past_after = patterns.words(data.past_after)
        self._attributed_after = patterns.words(data.attributed_after)
        self._present = patterns.words(data.present)
        self._opened_by = patterns.words(data.qualified_after)
        self._not_before = patterns.words(data.not_before)
        self._qualifying = {patterns.key(p) for p in data.qualifying_links}
        self._not_after = re.compile(r"\s*" + patterns.alternatives(data.not_after) + r"\b", re.I)
        self._by_subject: dict[tuple[str, tuple[str, ...]], Names] = {}
        # each frame with the words it cannot match without ("{we}": one of `we_verbs`)
        self._cores: list[tuple[frozenset[str], patterns.Lazy]] = []
        self._inner: list[tuple[frozenset[str], patterns.Lazy]] = []
        # several rules read the same sentences: each is read once
        self._read: OrderedDict[tuple[str, str, tuple[str, ...]], list[Judgment]] = OrderedDict()
        self._continuations: list[re.Pattern[str]] = []
        self._compile()

    def describe(self) -> str:
        """What the grammar reads, in words (for `peelcheck explain`)."""
        return patterns.describe(self.data)

    def _slots(self, names: list[str] | None) -> dict[str, str]:
        data = self.data
        adjective = patterns.alternatives([p for ps in data.grades.values() for p in ps])
        verb = patterns.alternatives([p for ps in data.verbs.values() for p in ps])
        return {
            "{np}": r"(?P<np>[^;:.!?]{1,250}?)",
            "{link}": "(?P<link>"
            + patterns.alternatives(data.links + data.qualifying_links)
            + ")"
            + (r"(?:\s+" + patterns.alternatives(data.adverbs) + ")?" if data.adverbs else ""),
            "{grade}": f"['\"]?(?P<grade>{adjective})",
            "{name}": patterns.alternatives(names or []),
            "{verb}": "(?:(?P<link>" + patterns.alternatives(data.verb_links) + r")\s+)?"
            f"(?P<grade>{verb})",
            "{we}": patterns.alternatives(data.we_verbs),
            "{any}": adjective,
            "{words}": r"[^;:.]{1,120}?",
        }

    def _compile(self) -> None:
        """The frames, compiled once for every subject (a subject's name is matched as any
        capitalised name and checked afterwards): a frame that opens with its noun phrase
        is searched for by what follows it (its core), the noun phrase being what precedes
        the core in its clause; the rest as they are."""
        data = self.data
        fixed = [s for s in data.subjects if "{subject}" not in s]
        # up to ten words: "County Durham and Darlington Fire and Rescue Service" has eight
        name = r"(?-i:[A-Z])[\w'&.-]*(?:\s+(?:and|&|of|(?-i:[A-Z])[\w'&.-]*)){0,9}"
        anyone = "(?:" + patterns.alternatives(fixed) + "|" + name + ")"
        slots = self._slots(None)
        slots["{name}"] = f"(?P<np>{anyone})"
        for frame in data.frames:
            needs = frozenset(patterns.needs(frame)) | ({"{we}"} if "{we}" in frame else set())
            if frame.startswith("{np}"):
                core = patterns.frame(frame[4:].lstrip(), slots, leading=frame[4:5])
                self._cores.append((needs, core))
            else:
                self._inner.append((needs, patterns.frame(frame, slots)))
        every = {word for needs, _ in self._cores + self._inner for word in needs}
        self._frame_words = sorted(every - {"{we}"})
        joined = r"(?:[,;]|\b(?:and|but|yet|while|whilst)\b)\s*(?:(?:and|but)\s+)?"
        joined += r"(?:" + patterns.alternatives(fixed) + r"\s+)?(?:(?:is|are)\s+)?(?:also\s+)?"
        # one pattern for all: "{grade} at" and "{verb} to" become "<grade or verb> at|to"
        objects = {
            frame.split()[-1] for frame in data.continuations if "{" not in frame.split()[-1]
        }
        grade = patterns.alternatives(
            [p for ps in (*data.grades.values(), *data.verbs.values()) for p in ps]
        )
        self._continuations = (
            [
                re.compile(
                    joined + r"(?:(?P<link>" + patterns.alternatives(data.verb_links) + r")\s+)?"
                    f"['\"]?(?P<grade>{grade})"
                    + r"\s+"
                    + patterns.alternatives(sorted(objects))
                    + r"(?![\w])",
                    re.IGNORECASE,
                )
            ]
            if data.continuations
            else []
        )
        owner = patterns.alternatives([p.replace("{subject}", "\0") for p in data.possessors])
        way = patterns.alternatives([w.replace("{who}", "\0") for w in data.ways])
        pattern = f"(?P<way>{way})|{owner}".replace(re.escape("\0"), anyone)
        self._openings = re.compile(r"(?<![\w'])(?:" + pattern + r")(?![\w])", re.IGNORECASE)
        ours = fixed + [p for p in data.possessors if "{subject}" not in p]
        self._ours = patterns.words(ours)  # names every subject has ("it", "its", "the force")

    def _compiled(self, subject: str, others: tuple[str, ...] = ()) -> Names:
        """The subject's names and its other names' (kept per subject)."""
        key = (subject, others)
        known = self._by_subject.get(key)
        if known is None:
            if len(self._by_subject) >= 256:  # subjects are free text: keep the cache bounded
                self._by_subject.clear()
            names = [name for each in (subject, *others) for name in self._names(each)]
            known = self._by_subject[key] = Names(list(dict.fromkeys(names)))
        return known

    def _names(self, subject: str) -> list[str]:
        names: list[str] = []
        forms = [subject] if subject else []
        for long, short in self.data.short_forms.items():
            if long.lower() in subject.lower():
                short_form = re.sub(re.escape(long), short, subject, flags=re.IGNORECASE)
                if short_form.strip():
                    forms.append(" ".join(short_form.split()))
        if subject.lower().startswith("the "):
            forms.append(subject[4:])
        for name in self.data.subjects:
            if "{subject}" in name:
                names += [name.replace("{subject}", form) for form in forms]
            else:
                names.append(name)
        return names

    def may_judge(self, text: str) -> bool:
        """False only when `text` holds no grade's words (a cheap screen)."""
        lower = text.lower()
        return any(word in lower for word in self._keys)

    def may_state_other_than(self, text: str, grade: object) -> bool:
        """False only when `text` holds no word of a grade other than `grade` (any grade,
        when `grade` is not one): a cheap screen before sentences are read."""
        own = self._keys_of.get(grade, set()) if isinstance(grade, str) else set()
        return not self._scan(text)[1] <= own

    def _scan(self, text: str) -> tuple[list[int], frozenset[str]]:
        """Where the key words stand in `text`, and which are there (kept per text: the
        rules screen and read the same texts)."""
        known = self._scanned.get(text)
        if known is None:
            lower = text.lower()
            present = frozenset(word for word in self._keys if word in lower)
            known = self._scanned[text] = (self._key_positions(text) if present else [], present)
            if len(self._scanned) > 256:
                self._scanned.popitem(last=False)
        return known

    def _key_positions(self, text: str) -> list[int]:
        """Where a grade phrase's key word ("good", "improvement") stands, in order."""
        lower = text.lower()
        if len(lower) != len(text):  # a character whose lower case is longer: be exact
            return [m.start() for m in self.screen.finditer(text)]
        found = []
        for word in self._keys:
            at = lower.find(word)
            while at >= 0:
                found.append(at)
                at = lower.find(word, at + 1)
        return sorted(found)

    def containing(self, text: str, spans: Any) -> list[tuple[int, int]]:
        """The spans of `spans` (sorted sentences; None skipped) that hold a grade's words:
        one scan of the text, as most sentences state no grade."""
        present = [span for span in spans if span is not None]
        if len(present) <= 1:
            return present
        found = self._scan(text)[0]
        if not found:
            return []
        return [
            (s, e)
            for s, e in present
            if bisect.bisect_left(found, s) < len(found) and found[bisect.bisect_left(found, s)] < e
        ]

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
        plain = _ASIDE.sub(lambda m: " " * len(m.group()), sentence.translate(QUOTES))
        names = self._compiled(subject, others)
        found: dict[int, Judgment] = {}
        for match, np in self._matches(plain):
            judgment = self._judgment(plain, sentence, match, np, names)
            if judgment is not None and judgment.grade_start not in found:
                found[judgment.grade_start] = judgment
        if found:  # "..., and requires improvement at B": only after a judgment
            first = min(j.grade_end for j in found.values())
            for frame in self._continuations:
                for match in frame.finditer(plain, first):
                    judgment = self._judgment(plain, sentence, match, None, names)
                    if judgment is not None:
                        found.setdefault(judgment.grade_start, judgment)
        judgments = sorted(found.values(), key=lambda j: j.grade_start)
        several = len({j.grade for j in judgments}) > 1
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
        windows = _windows(self._key_positions(plain), len(plain))
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
                for match in compiled.finditer(plain):
                    yield match, match.span("np") if "np" in compiled.groupindex else None

    def _judgment(
        self,
        plain: str,
        sentence: str,
        match: re.Match[str],
        np: tuple[int, int] | None,
        who: Names,
    ) -> Judgment | None:
        grade_start, grade_end = match.span("grade")
        said = patterns.key(match.group("grade"))
        grade = self._grade_of.get(said)
        if grade is None:
            return None
        if said in self._adjectives and self._not_after.match(plain, grade_end):
            return None
        begin = match.start()
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
        link = match.group("link") if "link" in match.re.groupindex else None
        qualified = link is not None and patterns.key(link) in self._qualifying
        qualified = qualified or self._opened_by.search(plain, 0, begin) is not None
        end = max(grade_end, match.end())
        clause = _CLAUSE.match(plain, end)
        if clause is not None and (end > grade_end or _OBJECT.match(plain, grade_end)):
            end += len(clause.group().rstrip())  # what it judges: "good at A", "... when A"
        return Judgment(begin, end, grade, grade_start, grade_end, qualified)

    def _hedged(self, plain: str, begin: int) -> bool:
        """True when the clause before a judgment (and its first word) negates it in a way
        the grammar cannot scope, makes it a condition, a plan or a hope ("It is not clear
        that the force is good", "If investigation is good", "It aims to make sure that its
        response is good"): not a statement of the grade."""
        opens = max(plain.rfind(c, 0, begin) for c in ",;:") + 1
        first = _FIRST_WORD.match(plain, begin)
        return self._not_before.search(plain, opens, first.end() if first else begin) is not None

    def _subject_start(self, plain: str, start: int, end: int, who: Names) -> int | None:
        """Where the noun phrase plain[start:end] names the subject, or None."""
        phrase = plain[start:end]
        cleaned = (
            _PARENTHESIS.sub(lambda m: " " * len(m.group()), phrase) if "," in phrase else phrase
        )
        named = who.ending(cleaned)
        if named is not None and self._before_name.search(cleaned[:named].strip(" \"'")):
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
                return start + opening.start()
        cuts = [0] + [m.end() for m in _BOUNDARY.finditer(cleaned)]
        for cut in reversed(cuts):
            rest = cleaned[cut:]
            if any(c in rest for c in ",;:"):
                break  # a bare noun phrase runs to the last comma at most
            if self._bare(rest):
                return start + cut + len(rest) - len(rest.lstrip())
        return None

    def _bare(self, phrase: str) -> bool:
        """A noun phrase without a possessor that names the subject's work."""
        words = phrase.split()
        return (
            0 < len(words) <= 14
            and self._heads.search(phrase) is not None
            and self._not_subjects.search(phrase) is None
            and _CAPITALISED.search(phrase.strip()) is None
            and _FINITE.search(phrase) is None  # a clause, not a noun phrase
        )

    def _not_ours(
        self, plain: str, sentence: str, begin: int, grade_start: int, grade_end: int
    ) -> bool:
        """True for a judgment attributed to someone else, quoted, or of another year."""
        said = self._attributions.search(plain, 0, grade_start)
        if said is not None and not self._own.search(plain[: said.start()]):
            return True
        if patterns.quoted(sentence, grade_start, grade_end):
            return True
        opens = plain.rfind(";", 0, begin) + 1
        last_past = max(
            (
                m.end()
                for m in self._past.finditer(plain, opens, begin)
                if not _SINCE.search(plain, max(0, m.start() - 30), m.start())
            ),
            default=-1,
        )
        if last_past >= 0 and self._present.search(plain, last_past, grade_start) is None:
            return True
        if self._attributed_after.search(plain, grade_end):
            return True  # "..., its own survey says", "... by its partners"
        cut = _CLAUSE_END.search(plain, grade_end)
        return self._past_after.search(plain[grade_end : cut.start() if cut else None]) is not None


@lru_cache(maxsize=8)
def _shared(key: str) -> Grammar:
    import json

    return Grammar(GrammarData.model_validate(json.loads(key)))


def grammar(data: Any, name: str = "judgment_grammar") -> Grammar:
    """The compiled grammar of the pack data `name` (shared between rules); ValueError
    saying what is wrong when the data is no grammar."""
    import json

    from pydantic import ValidationError

    try:
        GrammarData.model_validate(data)
    except ValidationError as err:
        first = err.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise ValueError(
            f"pack data {name!r} is no judgment grammar: {first['msg'].lower()}"
            + (f" (at {where})" if where else "")
        ) from None
    return _shared(json.dumps(data, sort_keys=True))


def _windows(positions: list[int], length: int) -> list[tuple[int, int]]:
    """Spans around grade words, merged where they overlap: wide enough for the longest
    link before a grade ("has been, and continues to be,") and the words after one."""
    merged: list[tuple[int, int]] = []
    for at in positions:
        low, high = max(0, at - 80), min(length, at + 80)
        if merged and low <= merged[-1][1]:
            merged[-1] = (merged[-1][0], high)
        else:
            merged.append((low, high))
    return merged
