"""The clause reading of the judgment grammar: from each grade phrase of a sentence, back
over the predicate chain before it, built from word classes (`clause` in the
`judgment_grammar` pack data), to the noun phrase that is its subject.

Where the frames of `grammar_compiled` list whole sentences' shapes, the clause reading
composes the words between a subject and its grade from classes: copulas ("is", "remains",
"has become"), adverbs (a closed list and any "-ly" word), negation, verbs of judging in the
passive ("is judged to be", "was assessed as"), and verbs that carry a grade ("provides an
outstanding service"), with an aside between commas read over ("is, once again, judged to
be good"). A chain without a copula needs the inspectorate's own verb of judging before its
noun phrase ("We found investigation ... all to be good"). Each class is one pattern,
compiled once on reversed text so that the chain is matched backwards from the grade with
`.match`; whether the noun phrase names the subject, and the context vetoes, are the
grammar's (`judgments.Grammar`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from peelcheck.prose import grammar_data as patterns
from peelcheck.prose.clause_reading import Reading
from peelcheck.prose.grammar_data import ClauseData
from peelcheck.prose.heading_spans import grade_first_span, heading_span

_SPACE = re.compile(r"['\"]?\s*")  # reversed text: white space, a quotation mark before
_LY = r"yl[a-z]{2,}"  # reversed "-ly" word ("consistently")
_FOR = re.compile(r"\s+for\b", re.IGNORECASE)
_ARTICLE = re.compile(r"na?(?![\w'])")  # reversed "a", "an"
_HAD = re.compile(r"\bhad\s+been\b", re.IGNORECASE)  # "had been good": an earlier time's
_RELATIVE_END = re.compile(r",\s*which\s*$", re.IGNORECASE)  # ", which" ending a text
_RELATIVE = patterns.RELATIVE_CLAUSE
_NEW_SUBJECT = re.compile(r"\s*(?:(?i:the|its?|this|these|that|we)\b|[A-Z])")
# reversed "better than" or "other than" straight before a grade: a grade denied twice
# under a negation ("cannot be judged anything better than inadequate"; round 61)
_TWICE = re.compile(r"naht\s+(?:retteb|rehto)(?![\w'])", re.IGNORECASE)
# reversed: no auxiliary or modal within three words before, in its clause ("has since
# improved to", "had climbed to", "would have fallen to", "having dropped to")
_NO_AUXILIARY = (
    r"(?!(?:\s+[^\s,;:]+){0,3}?\s+"
    r"(?:sah|evah|dah|gnivah|dluow|dluoc|lliw|yam|thgim|dluohs|tsum|ot)(?![\w']))"
)
# reversed "<word>, and" or "<word> and": an adjective joined to the grade ("is effective
# and good at", "is now considerably better, and good, at")
_AND_WORD = re.compile(r"dna\s*,?\s*[a-z-]{3,}(?![\w'])", re.IGNORECASE)


def _skip(backwards: str, at: int) -> int:
    """Past white space and a quotation mark (in reversed text)."""
    space = _SPACE.match(backwards, at)
    return space.end() if space is not None else at


def _reversed(phrases: list[str]) -> str:
    """Phrases as one pattern matching them in reversed text."""
    return patterns.alternatives([" ".join(w[::-1] for w in reversed(p.split())) for p in phrases])


def _class(phrases: list[str], extra: str = "", lookahead: str = "") -> re.Pattern[str]:
    """A word class as one pattern on reversed text, whole words only (and `lookahead`
    true of the words before it)."""
    body = _reversed(phrases)
    if extra:
        body = f"(?:{body}|{extra})"
    return re.compile(body + r"(?![\w'])" + lookahead, re.IGNORECASE)


def _past_alone(pieces: tuple[str, ...], chain: str) -> bool:
    """A past copula with nothing but adverbs beside it ("was good", "were, we found,
    adequate"): not a passive's ("was found to be"), a carrier's, nor "had been"."""
    alone = all(p in ("past", "past_move", "adverb") for p in pieces)
    return alone and ("past" in pieces or "past_move" in pieces) and not _HAD.search(chain)


def _perfect(pieces: tuple[str, ...]) -> bool:
    """A perfect with adverbs between its auxiliary and its participle, and its participle
    straight after them ("has at last become", "has, since 2019, clearly become")."""
    if pieces.count("perfect") != 1 or pieces.count("participle") != 1:
        return False
    first, last = pieces.index("perfect"), pieces.index("participle")
    between = pieces[first + 1 : last]
    # (nothing between when an aside is: "has, on balance, become"; round 25)
    return first < last and all(p == "adverb" for p in between)


class ClauseReader:
    """The word classes of a `clause` section, compiled once each."""

    def __init__(
        self, data: ClauseData, adverbs: list[str], carried: re.Pattern[str] | None = None
    ) -> None:
        self.data = data
        # words that carry another year's grade to now ("and has kept that grade"): after
        # them a past copula joins its subject to the grade too
        self._carried = carried
        carrying = [*data.carriers, *data.grade_verbs]
        self._classes: list[tuple[str, re.Pattern[str]]] = [
            ("denied", _class(data.denied_copulas or ["\0"])),  # "cannot be"
            ("negation", _class(data.negations)),
            ("qualifier", _class(data.qualifying_adverbs)),
            ("copula", _class(data.copulas)),
            ("past", _class(data.past_copulas)),
            ("passive", _class(data.passives)),
            # (a participle before "to be": "come to be" of "has, over the past year, come to
            # be good", read whole before "to be" alone; round 78)
            # (a move in the past simple, read before the participles it shares words with,
            # but not after an auxiliary: "has since improved to" is the perfect's; round 107)
            ("past_move", _class(data.past_moves or ["\0"], lookahead=_NO_AUXILIARY)),
            ("participle", _class(data.participles)),  # "become" of "has at last become"
            ("to", _class(data.infinitives)),
            ("verb", _class(data.verb_links)),
            ("perfect", _class(data.auxiliaries)),  # its "has"
            ("verb_to", _class(["to"])),  # "is judged to require improvement"
            # (and "its" after a verb that takes a grade: "keeps its outstanding grade")
            (
                "carrier",
                _class(
                    [f"{v} {a}" for v in carrying for a in ("a", "an")]
                    + [f"{v} {a}" for v in data.grade_verbs for a in ("its", "the")]
                ),
            ),
            ("of_grade", _class(data.grade_nouns)),  # "a grade of"
            ("grade_verb", _class(data.grade_verbs)),  # "receives" before it
            ("adverb", _class([*adverbs, *data.adverbs], _LY)),
        ]
        gap = max(0, data.aside_words)
        # reversed ", <up to `gap` words> ,": an aside between commas ("is, in our view,")
        self._aside = re.compile(rf",(?:\s*[^\s,;:.]+){{1,{gap}}}\s*,\s*" if gap else "(?!)")
        # an aside's words read forwards: "is, in most respects, good" is qualified
        self._qualifier = patterns.words(data.qualifying_adverbs)
        # (not through "of the": "is a good example of the service" grades the example, not
        # the service; "a good standard of service" still carries it; round 90)
        self._nouns = re.compile(
            r"['\"]?\s+(?:(?!of\s+(?:the|its|their|this|that|a|an)\b)[\w-]+\s+){0,3}?"
            + patterns.alternatives(data.carried_nouns)
            + r"\b",
            re.IGNORECASE,
        )
        self._after = re.compile(
            r"['\"]?\s*(?:$|[,.;:!?()\u2013\u2014]|"
            + patterns.alternatives(data.after_grade)
            + r"\b)",
            re.IGNORECASE,
        )
        # (the clause's own adverbs too: "We therefore judge the force to be good")
        adverb = r"(?:\s+(?:\w+ly|" + patterns.alternatives([*adverbs, *data.adverbs]) + "))?"
        self._judge = re.compile(
            r"(?<![\w'])"
            + patterns.alternatives(data.judging_voices)
            + r"(?:"
            + adverb
            + r"\s+"
            + patterns.alternatives(data.judging_verbs)
            # (an adverb after the perfect's "have" too: "We have again judged the force to be
            # adequate"; round 95; not "We also judged it ...", as often another year's)
            + r"|(?:\s+ha(?:ve|s)"
            + adverb
            + r")?\s+"
            + patterns.alternatives(data.judging_verbs_past)
            + r")(?:\s+that)?(?![\w'])",
            re.IGNORECASE,
        )
        self._judge_any = patterns.Lazy(  # compiled when a sentence adopts a view
            r"(?<![\w'])"
            + patterns.alternatives([*data.judging_verbs, *data.judging_verbs_past])
            + r"(?:\s+that)?(?![\w'])"
        )
        self._opener = re.compile(
            r"(?:[;:]|,\s*(?:" + patterns.alternatives(data.openers) + r")\b)", re.IGNORECASE
        )

    def readings(
        self,
        plain: str,
        anchors: Iterator[tuple[int, int, bool]],
        adopted: re.Pattern[str] | None = None,
    ) -> Iterator[Reading]:
        """The clause readings of the grade phrases at `anchors` (start, end, whether it is
        a verb phrase) in `plain` (quotation marks straight, asides blanked); where
        `adopted` finds words that make someone else's view our own ("..., a view we
        share"), anyone's verb of judging reads too ("Partners considered its work to be
        outstanding, a view we share")."""
        backwards = plain[::-1]
        size = len(plain)
        for start, end, verb in anchors:
            chain = self._chain(backwards, size - start)
            if chain is None:
                continue
            pieces, at, asides = chain
            if ("perfect" in pieces or "participle" in pieces) and not _perfect(pieces):
                continue  # "has" or "become" alone joins nothing
            carried = "carrier" in pieces or pieces[-1:] == ("article",)
            named = pieces[-1:] == ("of_grade",)  # "a grade of good": no noun after it
            valid = named or self._valid(pieces, verb, plain, end, carried)
            # "for" what a verb of judging grades, in its own reading below only ("We graded
            # it good for prevention"; not "is good for the public"; round 19)
            graded_for = not valid and not verb and not pieces and bool(_FOR.match(plain, end))
            if not valid and not graded_for:
                continue
            chain_start = size - at
            opens = self._opens(plain, chain_start)
            spans = tuple((size - b, size - a) for a, b in asides)
            qualified = "qualifier" in pieces or any(
                self._qualifier.search(plain, a, b) for a, b in spans
            )
            noun = self._nouns.match(plain, end) if carried else None
            last = noun.end() if noun is not None else end
            # (adverbs only between: "Prevention and protection: both good")
            # (or a verb of judging's participle: "Getting the right people ... – graded
            # good"; round 32)
            headed = all(p in ("adverb", "passive") for p in pieces)
            heading = heading_span(plain, chain_start, end) if headed else None
            if heading is not None:  # "Efficiency: good, ...", "Kent Police: good at ..."
                np_start, np_end, kind = heading
                yield Reading(start, end, last, np_start, np_end, 0, qualified, pieces, spans, kind)
                continue
            first = grade_first_span(plain, chain_start, end) if headed else None
            if first is not None:  # "Requires improvement – responding to fires"
                yield Reading(start, end, first[1], *first, 0, qualified, pieces, spans, "first")
                continue
            np_start, np_end = self._antecedent(plain, opens, chain_start)
            own = Reading(start, end, last, np_start, np_end, chain_start, qualified, pieces, spans)
            if not graded_for and (
                self._linked(pieces, verb) or self._carried_on(pieces, plain, end)
            ):
                yield own
                continue
            # no copula: "We judge <np> to be good", "We found <np> good at"
            voice = self._voice(plain, opens, chain_start, end, adopted)
            if voice is not None and voice.end() < chain_start:
                yield replace(own, np_start=voice.end(), np_end=chain_start, begin=voice.start())
            elif (
                voice is not None
                and (ante := self._antecedent(plain, opens, voice.start()))[1] < opens
            ):
                # "..., which we judge to be inadequate": the antecedent, judged by our voice
                yield replace(own, np_start=ante[0], np_end=ante[1], begin=voice.start())
            elif not graded_for and _past_alone(pieces, plain[chain_start:start]):
                yield replace(own, past=True)

    def _antecedent(self, plain: str, opens: int, chain_start: int) -> tuple[int, int]:
        """The noun phrase a relative clause with no subject of its own refers to ("We found
        little to praise in the force's investigations, which are inadequate": the clause
        before ", which"), or (`opens`, `chain_start`) for any other clause: its own."""
        relative = (
            None if plain[opens:chain_start].strip() else _RELATIVE_END.search(plain, 0, opens)
        )
        if relative is None:
            return opens, chain_start
        return self._opens(plain, relative.start()), relative.start()

    def _voice(
        self, plain: str, opens: int, chain_start: int, end: int, adopted: re.Pattern[str] | None
    ) -> re.Match[str] | None:
        """The last own voice judging before the noun phrase ("We judge"), or of any voice
        when the inspectorate adopts what it said after the grade; None if none."""
        voice = None
        for found in self._judge.finditer(plain, opens, chain_start):
            voice = found
        if voice is None and adopted is not None and adopted.search(plain, end):
            for found in self._judge_any.compiled.finditer(plain, opens, chain_start):
                voice = found
        return voice

    def _chain(
        self, backwards: str, at: int
    ) -> tuple[tuple[str, ...], int, list[tuple[int, int]]] | None:
        """The classes of the words before a grade, in order, where they begin and the
        asides read over (in reversed text); None when the chain holds a negation."""
        found: list[str] = []
        asides: list[tuple[int, int]] = []
        joined: tuple[int, int] | None = None  # where a joined adjective was read
        at = _skip(backwards, at)
        twice = _TWICE.match(backwards, at) is not None  # "anything better than <grade>"
        while True:
            aside = self._aside.match(backwards, at)
            if aside is not None:
                asides.append(aside.span())
                at = aside.end()
                continue
            kind, match = next(
                ((k, m) for k, p in self._classes if (m := p.match(backwards, at)) is not None),
                ("", None),
            )
            if match is None:
                article = _ARTICLE.match(backwards, at)
                if article is not None and not found:
                    found.append("article")  # "is an outstanding force"
                    at = _skip(backwards, article.end())
                    continue
                both = _AND_WORD.match(backwards, at)
                if both is not None and joined is None:
                    joined = (len(found), at)
                    found.append("both")  # "is effective and good", "is better, and good"
                    at = _skip(backwards, both.end())
                    continue
                break
            if kind == "negation" or (kind == "denied" and not twice):
                return None
            if kind == "denied":
                kind = "copula"  # "cannot be judged anything better than": denied twice
            if kind == "qualifier" and found[-1:] in (["copula"], ["past"]):
                break  # "treating the public fairly is good": the noun phrase's (round 47)
            found.append(kind)
            at = _skip(backwards, match.end())
        if joined is not None and "copula" not in found[joined[0] :]:
            found, at = found[: joined[0]], joined[1]  # only after a copula: "is fast and"
        return tuple(reversed(found)), at, asides

    def _valid(
        self, pieces: tuple[str, ...], verb: bool, plain: str, end: int, carried: bool
    ) -> bool:
        """Whether the chain can stand before its grade: a carrier or an article needs a
        noun after the grade ("an outstanding service"); an adjective's clause must end or
        go on to what it judges after it ("good at", "good.")."""
        if carried:
            if "qualifier" in pieces:
                return False  # "It generally provides a good service to": no grade given
            if self._nouns.match(plain, end) is None:
                return False
            return "article" not in pieces or "copula" in pieces or "carrier" in pieces
        if verb:  # "requires improvement" named after a passive: "is therefore judged as"
            return "to" not in pieces or "passive" in pieces
        # (or "for" what a verb of judging grades: "has again been graded outstanding for
        # promoting the right values and culture"; round 93)
        return self._after.match(plain, end) is not None or (
            "passive" in pieces and _FOR.match(plain, end) is not None
        )

    @staticmethod
    def _linked(pieces: tuple[str, ...], verb: bool) -> bool:
        """A chain that joins its noun phrase to the grade itself (a copula, a passive
        with its own auxiliary, a verb link, a grade carrier; a verb grade needs none)."""
        if "carrier" in pieces:
            return True
        if pieces[-1:] == ("of_grade",):  # "receives a grade of", "is a grade of"
            return "grade_verb" in pieces or "copula" in pieces
        if verb:  # a bare "to" only after a passive: "is judged to require improvement"
            if "verb_to" not in pieces:
                return True
            # (adverbs between: "is judged by us to require improvement"; round 23)
            before = [p for p in pieces[: pieces.index("verb_to")] if p != "adverb"]
            return before[-1:] == ["passive"] and "passive" not in pieces[:1]
        return (
            "copula" in pieces
            or ("past" in pieces and "passive" in pieces)
            # (and "been" before a passive: "has at last been judged good"; round 25)
            or "participle" in pieces
        )

    def _carried_on(self, pieces: tuple[str, ...], plain: str, end: int) -> bool:
        """A past copula before the grade, carried to now by later words of its sentence:
        "The force was outstanding at this in 2017 and has kept that grade"."""
        return (
            self._carried is not None
            and "past" in pieces
            and "passive" not in pieces
            and self._carried.search(plain, end) is not None
        )

    def _opens(self, plain: str, at: int) -> int:
        """Where the clause of a chain at `at` opens: after the last opener before it, but
        for a relative clause closed by a comma before it ("X, which we placed in special
        measures in 2020, has come out of them and is now"; round 23)."""
        opens = 0
        for match in self._opener.finditer(plain, 0, at):
            close = plain.find(",", match.end(), at) if _RELATIVE.fullmatch(match.group()) else -1
            # (not before a noun phrase of its own: "Unlike Merseyside, which we found
            # outstanding at this, Cheshire Constabulary is only adequate")
            if close < 0 or _NEW_SUBJECT.match(plain, close + 1):
                opens = match.end()
        return opens
