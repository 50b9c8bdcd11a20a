"""A first verb phrase joined by "and" to a judgment's: whether the subject, or a noun
phrase of its work, and a verb phrase of its own come before the judgment's "is", "remains"
or "requires" ("It investigates crime well, and is good at ...", "Its vetting is slow and is
inadequate"), with no other clause, hedge or judgment of this year between. A mixin of the
judgment grammar's noun phrase reading (`noun_phrases.NounPhrases`)."""

from __future__ import annotations

import re
from collections.abc import Callable

from peelcheck.prose.grammar_compiled import CompiledGrammar
from peelcheck.prose.names import Names

# a relative clause between commas, with a preposition before it or not ("..., for which it
# is the national lead force, ..."), or a concession ("..., despite the loss of detectives,
# ...")
PARENTHESIS = re.compile(
    r",\s*(?:(?:(?:with|for|in|on|of|by|through|to|under|from|at)\s+)?(?:which|whom|whose|who|where)"
    r"|despite|in\s+spite\s+of|notwithstanding)\b[^,]*,",
    re.IGNORECASE,
)
# a noun phrase that is the subject and a first verb phrase: "It investigates crime well,
# and" before "is good at"; not when another clause may hold another subject ("that",
# "which", ...), nor before a plural verb ("The force and its partners ... and are good")
# (and "and so": "lacks what makes a good service ..., and so requires improvement")
# (round 98: or "but" after a first verb phrase with no grade of this year, "is no longer
# inadequate at A but still requires improvement", "has improved since 2021/22, but remains
# adequate")
_COORDINATED = re.compile(r"(?:,\s*|\s)(?:and(?:\s+so)?|but)\s*$", re.IGNORECASE)
# (or "was": "Its response to fires was good in 2018 and is good again", its grade of
# another year before, `_this_years_grade`; round 62)
_FIRST_VERB = re.compile(r"\b(?:is|are|has|was)\b", re.IGNORECASE)
# (an adverb of time first: "... and now requires improvement"; round 23; round 103: a
# perfect, "was good in 2021/22 and has now risen to outstanding", "and has stayed good")
_SINGULAR = re.compile(
    r"\s*(?:(?:now|still|also)\s+)?(?:is|remains|requires|require|has)\b", re.IGNORECASE
)
# a grade naming a grade held, not judging ("has lost the outstanding grade it held")
_GRADE_NOUN = re.compile(r"['\"]?\s*(?:grade|rating)s?\b", re.IGNORECASE)
# (or named after "grade of": "has improved on its 2019 grade of requires improvement and is
# now good"; round 28)
_GRADE_NAMED = re.compile(r"\b(?:grade|rating)\s+of\s+['\"]?$", re.IGNORECASE)
_CLAUSE_WORD = re.compile(
    r"[,;:(]\s*(?!(?:and(?:\s+so)?|but)\s*$)\S|\b(?:that|which|who|whose|whom|where|when|whether|if|because"
    r"|although|though|while|whilst|but(?!\s*$)|as|its(?!\s+(?:[\w/-]+\s+){0,3}?(?:grade|rating)s?\b)|their"
    r"|partners?)\b",
    re.IGNORECASE,
)
# (round 98: a grade named, "its good grade", "its previous grade", is no other noun phrase;
# a relative clause of a grade named is the grade's, "has lost the good grade for protecting
# vulnerable people that it held in 2022 and now requires improvement")
_GRADE_RELATIVE = re.compile(
    r"\b(?:grade|rating)s?(?:\s+(?:for|in|at|on)\s+[^,;:]*)?\s+$", re.IGNORECASE
)
# a plain negation of a first verb phrase, before "and" and this year's grade ("does not do
# enough ..., and requires improvement"): of that verb phrase only (round 71); and a grade it
# denies, no judgment before the second ("is not yet good at A, and so requires improvement")
# (round 98: "no longer", "failed to": "is no longer inadequate at A but still requires
# improvement", "has failed to lift its inadequate grade and remains inadequate")
_PLAIN_DENIALS = {
    "not",
    "isn't",
    "aren't",
    "doesn't",
    "don't",
    "hasn't",
    "haven't",
    "no",
    "failed to",
    "fails to",
}
_DENIED_GRADE = re.compile(
    r"(?:\bnot|n't|\bno\s+longer)(?:\s+[\w']+){0,3}\s+['\"]?$", re.IGNORECASE
)


class Coordination(CompiledGrammar):
    """Reads a first verb phrase coordinated with a judgment's."""

    def _coordinated(
        self,
        plain: str,
        phrase: str,
        cleaned: str,
        end: int,
        who: Names,
        of_work: Callable[[str], bool],
    ) -> bool:
        """Whether the noun phrase is the subject and a first verb phrase joined by "and" to
        the judgment's ("It protects children well and is good at"): the subject, or a noun
        phrase of its work (`of_work`, the noun phrase reading's) before its "is"
        ("Prevention is its strongest area and is outstanding"), opens it, and no other
        clause, hedge or plural verb may give the grade to someone else."""
        if not _COORDINATED.search(cleaned) or not _SINGULAR.match(plain, end):
            return False
        lead = who.leading(cleaned)
        if lead is None:  # a noun phrase of its work first: "Its vetting is slow and is"
            # (or "has": "Its response has slipped a grade and is now"; round 28)
            verb = _FIRST_VERB.search(cleaned)
            work = cleaned[: verb.start()] if verb is not None else ""
            if work.strip() and of_work(work):
                lead = len(work)
        if lead is None:
            return False
        # (a relative clause between commas straight after the subject is its own: "X, which
        # we placed in special measures in 2020, has come out of them and is now"; round 24;
        # not one after another body: "It works with Wiltshire Police, which ..., and is")
        own = PARENTHESIS.match(phrase, lead) is not None
        denials = [m.group().lower() for m in self._not_before.finditer(phrase)]
        denied = bool(denials) and all(d in _PLAIN_DENIALS for d in denials)
        return (
            not self._clause_word(cleaned if own else phrase, lead)
            and (denied or not denials)  # "It hopes to improve and is"
            and not self._this_years_grade(phrase, denied)  # a judgment before: a continuation's
        )

    @staticmethod
    def _clause_word(phrase: str, lead: int) -> bool:
        """Whether a word opening another clause follows the subject in `phrase`; "that"
        after a grade named opens the grade's relative clause, not another ("has lost the
        good grade for A that it held in 2022 and"; round 98)."""
        at = lead
        while (found := _CLAUSE_WORD.search(phrase, at)) is not None:
            if found.group().lower() != "that" or not _GRADE_RELATIVE.search(
                phrase, lead, found.start()
            ):
                return True
            at = found.end()
        return False

    def _this_years_grade(self, phrase: str, denied: bool = False) -> bool:
        """Whether `phrase` holds a grade not of another year: one not followed, in the
        phrase, by a time of the past ("It was good in 2021/22 and is adequate now", "was
        outstanding at A in 2016 and is outstanding again": another year's, so the second
        grade is the subject's, coordinated), nor naming a grade ("has lost the
        outstanding grade it held and is now graded good"; round 23), nor (`denied`) one a
        plain negation denies ("is not yet good at A, and so"; round 71)."""
        return any(
            self._past_after.search(phrase, m.end()) is None
            and _GRADE_NOUN.match(phrase, m.end()) is None
            and _GRADE_NAMED.search(phrase, max(0, m.start() - 24), m.start()) is None
            and not (denied and _DENIED_GRADE.search(phrase, max(0, m.start() - 32), m.start()))
            for m in self.screen.finditer(phrase)
        )
