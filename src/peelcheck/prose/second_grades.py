"""A sentence's second grades that no frame reads: a judgment with its verb left out after
the first ("..., and its vetting good", "...; its investigations, good") and a list's grades
with no verb before it ("Reducing crime good, investigating crime requires improvement").
They make a sentence that states two grades, so its judgments are qualified (`_settled`,
which `judgments.Grammar` calls on each sentence's judgments)."""

from __future__ import annotations

import re

from peelcheck.prose import grammar_data as patterns
from peelcheck.prose.grammar_data import GrammarData
from peelcheck.prose.judgment import Judgment
from peelcheck.prose.noun_phrases import CAPITALISED, FINITE, HEAD_END, NounPhrases

# a verb, or the words of one, before a grade: no list's verbless grade ("we judged it to be
# good;", "describes it as good,")
# (or a grade compared with: "Falling short of good, ..." names no list's grade)
# (or denied: "Far from requiring improvement, ...", "Although not outstanding, ...")
# (or a relative clause's, of a body named before it: "Unlike its neighbour Cumbria, which
# requires improvement, ..."; round 28)
_VERB = re.compile(
    r"\b(?:be|been|being|as|we|it|they|\w+ed|found|short|than|below|above|from|not)\b|\b"
    + patterns.RELATIVES,
    re.IGNORECASE,
)
# a grade of another time or the one moved from, after a comma ("..., a fall from last
# year's grade of outstanding"): no second grade of this year
_EARLIER = re.compile(r"^\s*an?\b|\b(?:from|last|previous|since|year|\d{4})\b", re.IGNORECASE)
# in a clause of its own after or before a semicolon, a grade that ends its clause ("...;
# for 101 calls it is inadequate", "...; of other calls, requires improvement"), unless
# denied, compared, another time's or someone else's ("...; it is no longer good")
_CLAUSE_GRADE_END = re.compile(r"['\"’”]?\s*(?:[,;:.!?]|$)")
_NOT_THIS = re.compile(
    r"\b(?:not|cannot|no|never|nor|neither|than|below|above|short|from|to|last|previous|since"
    r"|years?|ago|was|were|had|\d{4})\b|n't\b",
    re.IGNORECASE,
)


# the next of a list's items after a grade ("..., its protection work adequate and its future
# affordability good"; round 46)
_NEXT_ITEM = r"(?:and|but)\s+(?:its|their|the)\s"
# the words joining a list's item to the one before it ("and its response")
_LIST_JOIN = re.compile(r"^\s*(?:(?:and|or|but|while|whereas)\s+)?", re.IGNORECASE)


# a contrast naming another part of the subject's work that is not of the grade, its grade
# left out ("... are adequate, but its crime investigation is not."; round 20) or compared
# ("..., although in the county its response is much better"; round 21)
_CONTRAST_WORDS = r"\b(?:but|whereas|while|whilst|although|though)"
_CONTRAST = re.compile(_CONTRAST_WORDS + r"\b", re.IGNORECASE)
# (or after a semicolon, and ending at a dash: "...; its culture is not.", "..., but its
# investigations are not – they require improvement"; round 26)
# (or said to fall short or lag behind: "..., though its recording of the reasons for
# searches falls short", "... lags behind and requires improvement"; round 30)
_DENIED_PART = re.compile(
    r"(?:" + _CONTRAST_WORDS + r"\s+|;\s*)(?P<np>[^,;:.]{1,80}?)\s+(?:(?:is|are)\s+"
    r"(?:not|(?:much\s+|far\s+|rather\s+|somewhat\s+)?(?:better|stronger|weaker|worse))"
    r"|(?:falls?|fell)\s+short|lags?\s+behind)"
    r"\s*(?=[.;!?\u2013\u2014]|\band\b|$)"
    # (round 48: "..., although it is not good enough at investigating crime")
    r"|(?:" + _CONTRAST_WORDS + r"\s+|;\s*)(?P<it>it|they)\s+(?:is|are)\s+not\s+good\s+enough\b",
    re.IGNORECASE,
)


# the rest of the subject's work, graded in a clause of its own after a judgment ("...;
# everything else we inspected requires improvement", "... – and the rest require
# improvement", "..., while the remaining areas are good"; round 23)
_THE_REST = re.compile(
    r"[,;:\u2013\u2014]\s*(?:and\s+|but\s+|while\s+|whereas\s+)?(?:everything\s+else|all\s+else"
    r"|(?:all\s+)?the\s+rest|(?:all\s+)?(?:the\s+)?(?:other|remaining)\s+(?:areas|questions|parts))"
    r"\b[^,;:.!?]*",
    re.IGNORECASE,
)


class SecondGrades(NounPhrases):
    """A compiled grammar's reading of second grades with no verb of their own."""

    def __init__(self, data: GrammarData) -> None:
        super().__init__(data)
        # a judgment with its verb left out after a comma or "with" alone ("..., its response
        # to the public inadequate", "..., with the use of resources outstanding")
        adjective = self._adjective
        # a part graded otherwise after "with", its grade before its noun ("is good, with
        # outstanding planning for the future"; round 17)
        self._with_graded = re.compile(
            rf",\s*with\s+(?:an?\s+|some\s+)?(?P<grade>{adjective})\s+(?=[a-z])", re.IGNORECASE
        )
        # grades listed straight after a judgment's ("are, respectively, good, adequate and
        # requires improvement"; round 29)
        self._listed_after = re.compile(
            rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+)['\"]?(?P<grade>{adjective})['\"]?"
            r"(?=\s*(?:[,;:.!?)]|$|(?:and|or|respectively|at|in)\b))",
            re.IGNORECASE,
        )
        # a list's grades, each before what it grades ("In short: outstanding on prevention,
        # good on investigation, and inadequate on ..."; round 32); not a qualifier's "in
        # parts", "in most"
        self._graded_item = re.compile(
            rf"[,;]\s*(?:and\s+)?['\"]?(?P<grade>{adjective})['\"]?\s+(?:on|at|for|in)\s+"
            r"(?!(?:parts?|places|most|some|many|all|general)\b)",
            re.IGNORECASE,
        )
        # a list's grades in brackets, each after what it grades ("...: understanding risk
        # (good), preventing fires (outstanding)", "... (requires improvement) and its
        # response (adequate)"; round 46)
        self._bracketed = re.compile(
            rf"(?P<np>[^,;:.!?()]{{1,80}}?)\s*\(\s*(?P<grade>{adjective})\s*\)", re.IGNORECASE
        )
        # a second grade as a noun's after the judgment ("has earned a good grade for A, and an
        # outstanding one for B", "..., its response an adequate one"; round 53)
        self._grade_noun = re.compile(
            rf"(?:,\s*|\s+)(?:(?:and|but|while|whereas)\s+)?an?\s+['\"]?(?P<grade>{adjective})"
            r"['\"]?\s+(?:one|grade|rating)\b(?P<rest>[^,;.!?]{0,40})",
            re.IGNORECASE,
        )
        self._listed = patterns.Lazy(
            r"(?:[,;]\s*(?:with\s+)?|\s+with\s+)(?P<np>[^,;.!?]{1,80}?)(?:\s*,)?\s+"
            rf"['\"]?(?P<grade>{adjective})['\"]?\s*(?=[,;.!?]|$|{_NEXT_ITEM})"
        )

    def _elided(self, plain: str, after: int) -> set[str]:
        """The grades of judgments after `after` whose verb is left out, each of a noun
        phrase the subject owns ("and its vetting good"): they make a sentence that
        states two grades, so qualified."""
        found = self._listed_grades(plain, after)
        for match in self._elided_grade.finditer(plain, after):
            np = match.group("np")
            # (or a bare noun phrase of its work: "..., and protecting vulnerable people
            # adequate"; round 17)
            mine = self._openings.match(plain, match.start("np")) is not None
            if (mine or self._bare(np, gerund=True)) and not FINITE.search(np):
                found |= self._graded(match.group("grade"))
        rest = plain[after:]
        graded_rest = self.screen.search(rest) is not None  # a grade's words after it
        for match in _THE_REST.finditer(plain, after) if graded_rest else ():
            for said in self.screen.finditer(plain, match.start(), match.end()):
                found |= self._graded(said.group())
        # "..., but its crime investigation is not", "... its response is much better": a
        # grade denied to another part of the subject's work, or another part compared
        found |= self._bracketed_grades(plain, after)
        denial = _CONTRAST.search(rest) or ";" in rest
        for match in _DENIED_PART.finditer(plain, after) if denial else ():
            np = match.group("np")
            if match.group("it") or self._openings.search(np) or self._bare(np):
                found.add("not")  # another part is not of this grade: two grades said
        for match in self._with_graded.finditer(plain, after) if ", with " in rest else ():
            if self._not_after.match(plain, match.end("grade")) is None:  # "good practice"
                found |= self._graded(match.group("grade"))
        found |= self._grade_nouns(plain, after) if graded_rest else set()
        if ("," not in rest and ";" not in rest and " with " not in rest) or not graded_rest:
            return found  # no grade's words after the judgment: most sentences
        for match in self._listed.compiled.finditer(plain, after):
            np = match.group("np")
            owned = self._openings.match(plain, match.start("np")) and not FINITE.search(np)
            if (owned or self._listed_area(np)) and not _EARLIER.search(np):
                found |= self._graded(match.group("grade"))
        return found

    def _graded(self, said: str) -> set[str]:
        """The grade a grade's words name, as a set (empty for words of no grade)."""
        grade = self._grade_of.get(patterns.key(said))
        return {grade} if grade else set()

    def _grade_nouns(self, plain: str, after: int) -> set[str]:
        """The grades named as a noun's after `after` ("..., and an outstanding one for B",
        "..., its response an adequate one"; round 53), but not another year's."""
        found: set[str] = set()
        for match in self._grade_noun.finditer(plain, after):
            if not _EARLIER.search(match.group("rest")):  # not "a good grade in 2019"
                found |= self._graded(match.group("grade"))
        return found

    def _bracketed_grades(self, plain: str, start: int = 0, end: int | None = None) -> set[str]:
        """The grades in brackets in plain[start:end], each after an item of the subject's
        work ("...: understanding risk (good), preventing fires (outstanding)"; round 46)."""
        found: set[str] = set()
        if "(" not in plain:
            return found  # most sentences
        for match in self._bracketed.finditer(plain, start, len(plain) if end is None else end):
            np = _LIST_JOIN.sub("", match.group("np"))
            owned = self._openings.match(np) is not None and not FINITE.search(np)
            if (owned or self._listed_area(np)) and not _EARLIER.search(np):
                found |= self._graded(match.group("grade"))
        return found

    def _listed_area(self, np: str) -> bool:
        """Whether a list's item before its grade names an area of the subject's work: a
        bare noun phrase of its work, or any naming no one else with no verb ("...; support
        for victims, adequate; work with the mental health trust on people in crisis,
        requires improvement"; round 34): a second grade only qualifies, so it is heard
        more freely than a judgment."""
        if self._bare(np, gerund=True):
            return True
        return (
            not FINITE.search(np)
            and not _NOT_THIS.search(np)  # "..., but not yet good", "..., rather than adequate"
            and CAPITALISED.search(np.strip()) is None
            and not self._names_another(HEAD_END.split(np, maxsplit=1)[0])
        )

    def _listed_grades(self, plain: str, after: int) -> set[str]:
        """The grades listed straight after a judgment's grade, which ends at `after` ("...
        are, respectively, good, adequate and requires improvement"), or each before what it
        grades ("In short: outstanding on prevention, good on investigation"; round 32): the
        sentence states them all."""
        found: set[str] = set()
        listed = self._listed_after.match(plain, after)
        while listed is not None and self._not_after.match(plain, listed.end()) is None:
            found |= self._graded(listed.group("grade"))
            listed = self._listed_after.match(plain, listed.end())
        # (each before what it grades: ", good on investigation, and inadequate on ...")
        for match in self._graded_item.finditer(plain, after):
            found |= self._graded(match.group("grade"))
        return found

    def _beside(self, plain: str, read: list[tuple[int, int]]) -> set[str]:
        """The grades ending a clause of their own, split off by a semicolon, that holds
        no judgment read (`read`: the judgments' grade spans): "Its handling of 999 calls
        is good; of non-emergency calls, requires improvement" states two grades."""
        found: set[str] = set()
        if ";" not in plain:
            return found  # most sentences
        opens = 0
        for close in [*(i for i, c in enumerate(plain) if c == ";"), len(plain)]:
            if not any(opens <= start < close for start, _ in read):
                for match in self.screen.finditer(plain, opens, close):
                    grade = self._grade_of.get(patterns.key(match.group()))
                    if (
                        grade is not None
                        and _CLAUSE_GRADE_END.match(plain, match.end()) is not None
                        and _NOT_THIS.search(plain, opens, match.start()) is None
                        # (someone else's: "its self-assessment describes it as good; ...",
                        # "...; the council, outstanding", "...; Kent Police is inadequate")
                        and self._attributions.search(plain, opens, match.start()) is None
                        and self._not_subjects.search(plain, opens, match.start()) is None
                        and CAPITALISED.search(plain[opens : match.start()].strip()) is None
                    ):
                        found.add(grade)
            opens = close + 1
        return found

    def _verbless(self, plain: str, before: int) -> set[str]:
        """The grades of a list's judgments before `before` that have no verb ("Reducing
        crime good, ..."): with a judgment after them, the sentence states two grades."""
        found: set[str] = set()
        if self.screen.search(plain, 0, before) is None:
            return found  # no grade before the first judgment: most sentences
        for match in self._verbless_grade.finditer(plain, 0, before):
            if not FINITE.search(match.group("np")) and not _VERB.search(match.group("np")):
                said = match.group("grade") or match.group("bracketed")
                found |= self._graded(said)
        return found

    def _settled(self, plain: str, judgments: list[Judgment]) -> list[Judgment]:
        """A sentence's judgments, in order, qualified when the sentence states a second
        grade (one read, left out after the first, bracketed or in a verbless list), and
        limited when a grade no judgment holds leaves the topic unpaired."""
        grades = {j.grade for j in judgments}
        unread = False  # a grade no judgment holds: no topic may be paired with the rest
        if len(grades) == 1:  # "... is good and its response to emergencies outstanding"
            # (round 47: "Its prevention (good), protection (requires improvement) and ...")
            before = self._bracketed_grades(plain, 0, judgments[0].grade_start) - grades
            grades |= self._elided(plain, judgments[-1].grade_end)
            beside = self._beside(plain, [(j.grade_start, j.grade_end) for j in judgments])
            verbless = ((self._verbless(plain, judgments[0].start) | beside) - grades) | before
            grades |= verbless
            unread = bool(verbless)
        several = len(grades) > 1
        read = len({j.grade for j in judgments}) > 1  # two grades read, not only stated
        return [
            Judgment(
                j.start,
                j.end,
                j.grade,
                j.grade_start,
                j.grade_end,
                j.qualified or several,
                # two grades in contrast ("good at A, although its B requires improvement"):
                # each is limited only by its own words
                (j.limited if read else j.qualified) or unread,
                j.bound,
            )
            for j in judgments
        ]
