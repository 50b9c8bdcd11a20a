"""A grade bounded to a sample of cases ("The force's response to domestic abuse was good in
31 of the 40 incidents we reviewed"): a finding about those cases, not the subject's grade
(`samples` and `looked_at` in the grammar; round 50). A mixin of the judgment grammar
(`judgments.Grammar`)."""

from __future__ import annotations

import re

from peelcheck.prose import grammar_data as patterns
from peelcheck.prose.grammar_compiled import CompiledGrammar
from peelcheck.prose.grammar_data import GrammarData

# the words before a sample in its clause that make it the evidence for a judgment, not a
# bound of it ("On the evidence of the cases we examined, the force is good", "Because so
# many of the investigations we reviewed lacked supervision, ..."; round 112: "Northumbria
# Police, judging by the records we examined, is good at ...")
_EVIDENCE = re.compile(
    r"\b(?:evidence|basis|strength|because|given|number|from|after|since|judging)\b", re.IGNORECASE
)
# a phrase fronting the grade's clause, opened by a preposition and closed by a comma ("In
# 40 of the 60 files we reviewed, ...")
_FRONTING = re.compile(r"\W*(?:in|of|across|among|within)\b[^,;:]*$", re.IGNORECASE)
# (closed straight before the grade's noun phrase: one fronting another clause bounds
# nothing, "In the files we reviewed, victims were kept informed, and for these reasons the
# force is good at ..."; round 112)
_COMMA_NEXT = re.compile(r"[^,;:]*,\s*")
_DIGIT = re.compile(r"\d")
# after the grade: "in" and the sample, in its clause ("good in most of the 30 we examined")
_AFTER = re.compile(r"\s+(?:in|across)\b[^,;:.]*$", re.IGNORECASE)


class Samples(CompiledGrammar):
    """A compiled grammar's reading of grades bounded to a sample of cases."""

    def __init__(self, data: GrammarData) -> None:
        super().__init__(data)
        self._sample: re.Pattern[str] | None = None
        if data.samples and data.looked_at:
            samples = patterns.alternatives(data.samples)
            self._sample = re.compile(
                rf"(?:(?<![\w'-]){samples}|\b\d+)"
                rf"\s+(?:(?:that|which)\s+)?{patterns.alternatives(data.looked_at)}\b"
                # or counted out of a count ("38 of the 60 case files"; round 56)
                rf"|\b\d+\s+(?:out\s+)?of\s+(?:the\s+)?\d+\s+(?:[\w-]+\s+){{0,2}}?{samples}\b",
                re.IGNORECASE,
            )

    def _sampled(self, plain: str, np_start: int, grade_start: int, grade_end: int) -> bool:
        """Whether a sample of cases bounds the grade at plain[grade_start:grade_end] whose
        noun phrase starts at `np_start`: in that noun phrase, in a phrase fronting its
        clause, or after the grade and "in"."""
        if self._sample is None or (" we " not in plain.lower() and not _DIGIT.search(plain)):
            return False  # most sentences
        opens = max(plain.rfind(";", 0, np_start), plain.rfind(":", 0, np_start)) + 1
        closes = plain.find(";", grade_end)
        for sample in self._sample.finditer(plain, opens, closes if closes >= 0 else len(plain)):
            at = sample.start()
            if _EVIDENCE.search(plain, opens, at):
                continue
            if np_start <= at < grade_start:
                return True  # "the quality of 44 of the 60 files we reviewed"
            if (
                at < np_start
                and _FRONTING.match(plain, opens, at)
                and _COMMA_NEXT.fullmatch(plain, sample.end(), np_start)
            ):
                return True  # "In the cases we examined, its response was good"
            if at >= grade_end and _AFTER.match(plain, grade_end, at):
                return True  # "good in 31 of the 40 incidents we reviewed"
        return False
