"""A sentence answering the question before it: "How good is the service at responding to
fires? Good, as it was in 2021.", "How well does Humberside Police protect vulnerable
people? Our answer is good." The question must ask how its doer, the subject, does (a
word of `questions`, then the subject); the answer is a grade alone at the sentence's
start, or after a word of `answers`, and ends its clause (round 33). A mixin of the
judgment grammar (`judgments.Grammar`), which judges the answer's grade."""

from __future__ import annotations

import re

from peelcheck.prose import grammar_data as patterns
from peelcheck.prose.grammar_data import GrammarData
from peelcheck.prose.noun_phrases import NounPhrases

_CLOSERS = " \t\n\"'’”)]"


class Answers(NounPhrases):
    """Reads a sentence as the answer to the question before it."""

    def __init__(self, data: GrammarData) -> None:
        super().__init__(data)
        self._answer = re.compile(
            r"\W*(?:" + patterns.alternatives(data.answers or ["\0"]) + r"\s*:?\s*)?"
            rf"['\"]?(?P<grade>{self._adjective}|{self._verb})['\"]?\s*(?:[,.;:!?]|$)",
            re.IGNORECASE,
        )
        self._question = re.compile(
            r"\W*" + patterns.alternatives(data.questions or ["\0"]) + r"\s+(?P<doer>.+)$",
            re.IGNORECASE | re.DOTALL,
        )

    def _answered(
        self, text: str, start: int, sentence: str, subject: str, others: tuple[str, ...]
    ) -> tuple[int, int] | None:
        """The span of the grade in `sentence` (at `start` in `text`) that answers the
        question straight before it about the subject (`others`: its other names), or
        None."""
        at = start
        while at > 0 and text[at - 1] in _CLOSERS:
            at -= 1
        if at == 0 or text[at - 1] != "?":
            return None  # most sentences: no question before them
        answer = self._answer.match(sentence)
        if answer is None:
            return None
        who = self._compiled(subject, others)
        opens = max(text.rfind(c, 0, at - 1) for c in ".!?\n") + 1
        question = self._question.match(text, opens, at - 1)
        if question is None:
            return None
        doer = question.group("doer")
        ours = self._ours.match(doer)
        if who.leading(doer + " ") is None and (
            ours is None or self._names_another(" ".join(doer.split()[:2]))
        ):
            return None  # "How well do its partners share information? Good."
        return answer.span("grade")
