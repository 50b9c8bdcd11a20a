"""The judgment grammar compiled: `judgment_grammar` pack data (rules/wording.yaml) into
`re` patterns, one per frame ("{np} {link} {grade}", "{we} {np} to be {grade}" ...), the
subject's names, and the screens that skip texts holding no grade's words. Reading a
sentence with these patterns is `prose.judgments`.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from typing import Any

from peelcheck.prose import grammar_data as patterns
from peelcheck.prose import grammar_explain
from peelcheck.prose.clause import ClauseReader
from peelcheck.prose.grammar_data import GrammarData
from peelcheck.prose.grammar_screens import GrammarScreens
from peelcheck.prose.names import Names

# slots whose words a frame needs: present when one of their phrases is in the sentence
_MARKERS = ("{we}", "{move}", "{judgment}")
_PAST = re.compile(r"(?:ed|found)$", re.IGNORECASE)


def _with_adverbs(verbs: list[str], adverbs: list[str]) -> list[str]:
    """The inspectorate's verbs, the present ones also with an adverb after "we" ("we now
    judge"); not the past ones: "We also judged it to be good" follows an earlier year's."""
    single = [a for a in adverbs if len(a.split()) == 1]
    present = [v for v in verbs if re.fullmatch(r"we \w+", v, re.I) and not _PAST.search(v)]
    extra = [f"we {a} {v[3:]}" for v in present for a in single]
    return [*verbs, *extra]


_MAIN = (
    r"(?=[^,;.!?]*(?:[;.!?]|$|,(?!\s*(?:(?:the|a|an|its|it|this|these|their|they|we|there)\b"
    r"|(?-i:[A-Z])))))"
)


class CompiledGrammar(GrammarScreens):
    """A judgment grammar compiled from its pack data: its frames and word lists as
    patterns, the subjects' names, and the cheap screens on grade words. Reading a sentence
    with it is `judgments.Grammar`'s job."""

    def __init__(self, data: GrammarData) -> None:
        self.data = data
        self._grade_of: dict[str, str] = {}
        # every verb grade, present and past; only the present ones fill the frames' {verb}
        verbs = {
            grade: [*data.verbs.get(grade, []), *data.past_verbs.get(grade, [])]
            for grade in dict.fromkeys([*data.verbs, *data.past_verbs])
        }
        self._past_verbs = {patterns.key(p) for ps in data.past_verbs.values() for p in ps}
        for table in (data.grades, verbs):
            for grade, phrases in table.items():
                for phrase in phrases:
                    self._grade_of[patterns.key(phrase)] = grade
        # the bounds below a grade: the grade only on a scale with no Adequate (round 39)
        # (a verb phrase naming a grade of `bounds`, "falls short of what we expect of a good
        # force")
        bounding = patterns.words(data.bounds) if data.bounds else None
        self._bounds = {
            patterns.key(phrase)
            for phrases in verbs.values()
            for phrase in phrases
            if bounding is not None and bounding.search(phrase)
        }
        self._adjectives = {patterns.key(p) for ps in data.grades.values() for p in ps}
        self._adjectives -= {patterns.key(p) for ps in verbs.values() for p in ps}
        # the adjective grades as one pattern, for the frames and the second-grade patterns
        self._adjective = patterns.alternatives([p for ps in data.grades.values() for p in ps])
        self._verb = patterns.alternatives([p for ps in data.verbs.values() for p in ps])
        every = [p for ps in (*data.grades.values(), *verbs.values()) for p in ps]
        self._grade_phrases = every  # every grade phrase, adjective or verb, present or past
        self.screen = patterns.words(every)
        # a cheaper screen: one telling word of each grade phrase, found anywhere ("good")
        self._keys_of = patterns.key_words({**data.grades}, verbs)
        self._keys = sorted(set().union(*self._keys_of.values()))
        # texts several rules screen: where their key words stand, and which are there
        self._scanned: OrderedDict[str, list[Any]] = OrderedDict()
        self._scanned_besides: OrderedDict[tuple[str, object], list[int]] = OrderedDict()
        self._starts: dict[frozenset[str], re.Pattern[str]] = {}
        self._not_subjects = patterns.words(data.not_subjects, inside=False)
        self._we_verbs = _with_adverbs(data.we_verbs, data.adverbs)
        self._we = patterns.words(self._we_verbs)
        # a screen for frames with {move}: one of its words, found anywhere
        self._move_words = {m.lower().split()[0] for m in data.moves if m.strip()}
        # and for frames with {judgment}: the first word of one of its nouns
        # (its noun with the word after it: "grade for", not "grade", which many texts hold)
        self._judgment_words = {
            " ".join(j.lower().split()[-2:]) for j in data.judgment_nouns if j.strip()
        }
        self._before_name = re.compile(
            r"(?:^|[,;:(]|(?<![\w'])" + patterns.with_years(data.before_subject) + r")\s*$", re.I
        )
        self._heads = patterns.words(data.topic_heads)
        self._denied_before = re.compile(
            r"(?:(?<![\w'])" + patterns.alternatives(data.denials or ["\0"]) + r"|n't)"
            r"\s+(?:(?!only\b)\w+\s+)?['\"]?$",
            re.IGNORECASE,
        )
        # a screen before it: the first word of each denial, or "n't", looked for in the words
        # before the grade with one search
        denial_words = {d.split()[0].lower() for d in data.denials if d.strip()} | {"n't"}
        self._denial_screen = re.compile("|".join(map(re.escape, sorted(denial_words))))
        # a grade between commas after a name, its own aside ("X, inadequate at recording
        # crime in our 2020 inspection, is now good at it"; round 20)
        # (or given by our verb, "Its effectiveness, graded good in 2015, has ..."; round 62)
        self._appositive = re.compile(
            r",\s*(?:(?:graded|rated|judged)\s+(?:as\s+)?)?(?:" + self._adjective + r")\b[^,;:]*,",
            re.I,
        )
        # "The quality of investigations carried out by" before the subject's name
        self._subject_after = re.compile(
            r"(?<![\w'])" + patterns.alternatives(data.subject_after or ["\0"]) + r"\s*$",
            re.IGNORECASE,
        )
        self._attributions = patterns.words(data.attributions)
        self._own = re.compile(
            r"^\W*" + patterns.alternatives(data.own_voices) + r"\b", re.IGNORECASE
        )
        # "we" straight before an attribution ("..., we have concluded, is"): ours
        self._own_before = re.compile(r"(?<![\w'])we(?:\s+have)?\s+$", re.IGNORECASE)
        self._past = patterns.words(data.past)
        # a grade kept ("keeps the outstanding grade it was given in 2016"), straight before it
        self._kept = re.compile(
            r"(?<![\w'])" + patterns.alternatives(data.kept or ["\0"]) + r"\s+(?:its|the)\s+$",
            re.IGNORECASE,
        )
        self._past_after = patterns.words(data.past_after)
        self._attributed_after = patterns.words(data.attributed_after)
        self._adopted = patterns.words(data.adopted or ["\0"])
        self._adopting = patterns.words(data.adopting or ["\0"])
        self._present = patterns.words(data.present)
        self._present_after = patterns.words([*data.present, *data.present_after])
        # "..., and it remains so": another year's grade carried to now, not negated
        self._carried = re.compile(
            r"(?<!\bnot\s)(?<!n't\s)(?<!\blonger\s)(?<![\w'])"
            + patterns.alternatives(data.carried or ["\0"])
            + r"\s*(?:[,;.!?)]|$)",
            re.IGNORECASE,
        )
        self._opened_by = patterns.words(data.qualified_after)
        self._not_before = patterns.words(data.not_before)
        self._qualifying = {patterns.key(p) for p in data.qualifying_links}
        # a qualifying adverb of the clause reading's straight before a verb grade a frame
        # reads: the judgment is limited ("Its response to the public generally requires
        # improvement"; round 56), as the clause reading has it
        adverbs = data.clause.qualifying_adverbs if data.clause is not None else []
        self._limiting_end = re.compile(
            r"\b" + patterns.alternatives(adverbs or ["\0"]) + r"\s*$", re.IGNORECASE
        )
        self._not_after = re.compile(r"\s*" + patterns.alternatives(data.not_after) + r"\b", re.I)
        # after a grade, the grade it moved from: "from" names no one's view, and a time after
        # dates that earlier grade ("has risen to good from requires improvement", "has gone
        # down to requires improvement, from the good we gave in 2019"; round 67)
        self._from_grade = re.compile(
            r"['\"’”]?\s*,?\s*from\s+(?:(?:the|its|a|an)\s+)?['\"‘“]?"
            + patterns.alternatives(every)
            + r"(?![\w])",
            re.IGNORECASE,
        )
        # "for its understanding of risk": what is judged, though "for" is in `not_after`
        self._topic_after = re.compile(
            r"\s*" + patterns.alternatives(data.topics_after or ["\0"]) + r"\b", re.I
        )
        # straight before a grade: the grade moved from ("from good to outstanding"), or
        # "anything other than" (not that grade, unless negated again), or a grade compared
        # with ("falls below good", "worse than adequate", "less than good"): one search for both
        self._before_grade = re.compile(
            r"(?<![\w'])(?:(?P<moved>"
            + patterns.alternatives(data.moved_from or ["\0"])
            + r")|(?P<other>(?:anything\s+)?(?:other|better|higher|worse|lower|less)\s+than"
            + r"|above|below))\s+['\"]?$",
            re.IGNORECASE,
        )
        # "good in most respects": limited by words after the grade, in its clause
        self._limited_after = re.compile(
            r"[^,;:.!?]*?(?<![\w'])"
            + patterns.alternatives(data.qualifying_after or ["\0"])
            + r"(?![\w])",
            re.IGNORECASE,
        )
        # an exception after a comma after the grade, in its sentence ("good at A, apart from
        # B"), or in an aside between the subject and the grade ("is, save for B, adequate")
        self._exception_keys = {patterns.key(p) for p in data.exceptions}
        exception = patterns.alternatives(data.exceptions or ["\0"])
        self._excepted_after = re.compile(
            r"[^;:.!?\u2013\u2014]*?,\s*(?:(?:and|but)\s+)?" + exception + r"(?![\w])", re.I
        )
        self._excepted_aside = re.compile(r",\s*" + exception + r"(?![\w])[^,;:.!?]*,", re.I)
        self._verb_not_after = re.compile(
            r"\s*" + patterns.alternatives(data.verb_not_after or ["\0"]) + r"\b", re.I
        )
        # the inspectorate's own aside inside a judgment ("is, in our view, good at"): read
        # over it
        self._aside = re.compile(
            r",\s*" + patterns.alternatives(data.asides or ["\0"]) + r"\s*,", re.IGNORECASE
        )
        # an own voice that speaks what follows ("HM Inspector of Fire & Rescue Services
        # said: “...”"): its quotation is the inspectorate's own
        # ("In a statement, HM Inspector said:", "Roy Wilsher, HM Inspector of Constabulary,
        # said:", "HM Inspector Zoë Billingham said:": an opening phrase, a name after)
        # (this and the next: compiled when an attribution is first found, as most
        # sentences have none)
        self._own_speaker = patterns.Lazy(
            r"^\W*(?:[^,;:\"]{1,60},\s*)?"
            + patterns.alternatives(data.own_voices or ["\0"])
            + r"(?:\s+of\s+[\w&' ]{1,60})?(?:\s+(?-i:[A-Z])[\w'-]+){0,3}(?:\s+has)?[,\s]*$"
        )
        # the inspectorate's own clause after someone else's view ("The constabulary told us
        # it is outstanding at tackling fraud, but we found it to be good"; round 102: drawn
        # as a conclusion, "..., and for this reason we judge it to be outstanding at ...")
        self._own_clause = patterns.Lazy(
            r"(?:[;,]|\bbut\b)\s*(?:(?:but|and|so)\s+)?(?:(?:for\s+(?:this|these)\s+reasons?"
            r"|as\s+a\s+result|therefore),?\s+)?" + patterns.alternatives(data.we_verbs) + r"\b"
        )
        self._by_subject: dict[tuple[str, tuple[str, ...]], Names] = {}
        # each frame with the words it cannot match without ("{we}": one of `we_verbs`)
        self._cores: list[tuple[frozenset[str], patterns.Lazy]] = []
        self._inner: list[tuple[frozenset[str], patterns.Lazy]] = []
        self._continuations: list[patterns.Lazy] = []
        self._compile()
        # the clause reading, for grades no frame reads (prose.clause): built when first
        # needed, as the frames are compiled, so that start-up does not pay for it
        self._clause_reader: ClauseReader | None = None

    @property
    def _clause(self) -> ClauseReader | None:
        """The clause reading (None when the grammar has no `clause` section)."""
        if self._clause_reader is None and self.data.clause is not None:
            self._clause_reader = ClauseReader(self.data.clause, self.data.adverbs, self._carried)
        return self._clause_reader

    def not_subject(self, words: str) -> bool:
        """Whether `words` name someone other than the subject, or something other than its
        work (`not_subjects`: "the collaboration", "a partner", "its average response time")."""
        return self._not_subjects.search(words) is not None

    def names_subject(self, words: str, subject: str, others: tuple[str, ...] = ()) -> bool:
        """Whether `words` name `subject` (or one of its `others`, its other names)."""
        return self._compiled(subject, others).naming(words)

    def describe(self) -> str:
        """What the grammar reads, in words (for `peelcheck explain`)."""
        described = grammar_explain.describe(self.data)
        if self._clause is None:
            return described
        return "\n".join([described, *grammar_explain.describe_clause(self._clause.data)])

    def _slots(self, names: list[str] | None) -> dict[str, str]:
        data = self.data
        adjective = self._adjective
        verb = self._verb
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
            "{we}": patterns.alternatives(self._we_verbs),
            "{move}": patterns.alternatives(data.moves or ["\0"]),
            "{judgment}": patterns.alternatives(data.judgment_nouns or ["\0"]),
            # a grade quoted or not, and its time: "from ‘requires improvement’ to ‘good’",
            # "from good last year to requires improvement"
            "{any}": f"['\"]?{adjective}['\"]?"
            + r"(?:\s+(?:in\s+)?"
            + patterns.with_years(["last year", *data.past_after])
            + ")?",
            "{words}": r"[^;:.]{1,120}?",
            # a few words, up to eight, in one clause ("has improved by two grades,")
            "{few}": r"[^\s;:.]+(?:\s+[^\s;:.]+){0,7}?",
            "{a}": "an?",  # an article: one frame for "a good" and "an outstanding"
            # the sentence's main clause: no comma after it opens a clause with a subject
            # of its own ("Good at sharing data, the council helps ...": an adjunct)
            "{main}": _MAIN,
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
            needs = frozenset(patterns.needs(frame)) | {m for m in _MARKERS if m in frame}
            if frame.startswith("{np}"):
                core = patterns.frame(frame[4:].lstrip(), slots, leading=frame[4:5])
                self._cores.append((needs, core))
            else:
                self._inner.append((needs, patterns.frame(frame, slots)))
        every = {word for needs, _ in self._cores + self._inner for word in needs}
        self._frame_words = sorted(every - set(_MARKERS))
        joined = r"(?:[,;]|\b(?:and|but|yet|while|whilst)\b)\s*(?:(?:and|but)\s+)?"
        joined += (
            r"(?:" + patterns.alternatives(fixed) + r"\s+)?(?:(?:is|are)\s+)?(?:(?:also|only)\s+)?"
        )
        # one pattern for all: "{grade} at" and "{verb} to" become "<grade or verb> at|to"
        objects = {
            frame.split()[-1] for frame in data.continuations if "{" not in frame.split()[-1]
        }
        grade = patterns.alternatives(self._grade_phrases)
        self._continuations = (  # compiled when a sentence holds a judgment
            [
                patterns.Lazy(
                    joined + r"(?:(?P<link>" + patterns.alternatives(data.verb_links) + r")\s+)?"
                    f"['\"]?(?P<grade>{grade})"
                    + r"\s+"
                    + patterns.alternatives(sorted(objects))
                    + r"(?![\w])"
                )
            ]
            if data.continuations
            else []
        )
        owner = patterns.alternatives([p.replace("{subject}", "\0") for p in data.possessors])
        # every way ends with who it names ("the way {who}"): its words, then one copy of
        # the name pattern, not one per way (a smaller pattern to compile)
        lead = [w.rstrip()[: -len("{who}")].strip() for w in data.ways]
        if all(w.rstrip().endswith("{who}") and w.count("{") == 1 for w in data.ways) and all(lead):
            way = patterns.alternatives(lead) + r"\s+" + "\0"
        else:
            way = patterns.alternatives([w.replace("{who}", "\0") for w in data.ways])
        pattern = f"(?P<way>{way})|{owner}".replace(re.escape("\0"), anyone)
        self._openings = re.compile(r"(?<![\w'])(?:" + pattern + r")(?![\w])", re.IGNORECASE)
        ours = fixed + [p for p in data.possessors if "{subject}" not in p]
        self._ours = patterns.words(ours)  # names every subject has ("it", "its", "the force")
        # an adverb may stand before a link too ("Sussex Police also remains outstanding"):
        # read off the end of the noun phrase, not in every frame's pattern
        self._adverb_words = {a.lower() for a in data.adverbs if " " not in a.strip()}
        # a judgment with its verb left out: "and its response to emergencies outstanding"
        adjective = self._adjective
        self._elided_grade = re.compile(
            r"(?:,\s*|\s)(?:and|but|while|whilst|whereas)\s+(?P<np>[^,;.!?]{1,80}?)\s+"
            rf"['\"]?(?P<grade>{adjective})['\"]?\s*(?=[,;.!?]|$)",
            re.IGNORECASE,
        )
        # a grade with no verb, opening a list ("Reducing crime good, investigating crime
        # requires improvement"), or in brackets ("Understanding risk (good), ..."; round
        # 28): a second grade, though no frame reads it
        self._verbless_grade = re.compile(
            r"(?:^|[,;:])\s*(?P<np>[^\W\d][^,;:.!?]{0,80}?)\s+"
            rf"(?:['\"]?(?P<grade>{adjective})['\"]?|\(\s*(?P<bracketed>{adjective})\s*\))"
            r"\s*(?=[,;])",
            re.IGNORECASE,
        )

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
        elif subject:
            # "The Metropolitan Police Service has been assessed as good" (Metropolitan 2016)
            forms.append("the " + subject)
        for name in self.data.subjects:
            if "{subject}" in name:
                names += [name.replace("{subject}", form) for form in forms]
            else:
                names.append(name)
        return names
