"""The context vetoes of the judgment grammar: a grade read by a frame or a clause is no
judgment of the subject when someone else says it, it is quoted, it is another year's, or
the clause before it negates it, makes it a condition, a plan or a hope (another year's:
`dated`)."""

from __future__ import annotations

import re

from peelcheck.prose import grammar_data as patterns
from peelcheck.prose.dated import Dated, closed_relative
from peelcheck.prose.grammar_data import QUOTES
from peelcheck.prose.headings import QUESTION
from peelcheck.prose.names import Names

_FIRST_WORD = re.compile(r"\W*[\w']+")
# "its" or "it" opening a noun phrase; a sentence's first clause opened by an article
_PRONOUN = re.compile(r"its?\b", re.IGNORECASE)
# (after a phrase naming what the sentence turns to: "With regard to the regional fraud unit,
# we found its work adequate"; round 27)
_OPENING_CLAUSE = re.compile(
    r"\W*(?:(?:with\s+regard\s+to|as\s+regards|as\s+for|turning\s+to|regarding)\s+)?"
    r"(?:the|an?)\s[^,;:]*",
    re.IGNORECASE,
)
# a sentence opened by another force's or service's name ("West Midlands Fire Service runs
# the control room ..., and we graded its call handling as good"; round 19)
_NAMED_BODY = re.compile(
    r"\W*(?:the\s+)?(?-i:[A-Z])[\w'&-]*(?:\s+(?:and|&|of|(?-i:[A-Z])[\w'&-]*)){0,8}?\s+"
    r"(?:Fire\s+(?:and|&)\s+Rescue\s+Service|Fire\s+Service|Fire\s+Brigade|Police|Constabulary)\b"
    r"(?!['’])",
)
# "..., the chief constable said": words of a speaker and a verb of saying after a comma
_TAIL_WORDS = 8
# whom an attribution was said to, ending it ("..., the chief fire officer admitted to the
# fire authority"; round 34)
_TO_WHOM = re.compile(r"[\s,]*(?:to\s+(?:the\s+|its\s+|a\s+)?[\w-]+(?:\s+[\w-]+){0,3}\s*)?")
# an own voice reporting someone else's words: "We found that partners told us"
_REPORTED = re.compile(r"\bthat\b", re.IGNORECASE)
# another's possessive straight before the attribution ("the force's own assessment")
_THEIR_OWN = re.compile(r"(?:'s|\bits|\btheir)\s+$", re.IGNORECASE)
# what someone accepts may be our own finding: "The chief fire officer accepted our finding
# that the service's culture requires improvement" (round 19)
_ACCORDING = re.compile(r"according\s+to", re.IGNORECASE)
_OUR_FINDING = re.compile(
    r"\s+(?:our|the\s+inspectorate's)\s+(?:\w+\s+)?(?:finding|judge?ment|view|conclusion|assessment)s?\b",
    re.IGNORECASE,
)
# a duty to make sure of it in a judgment's own words ("The force should make sure its
# supervision is adequate"): a recommendation, no grade given
_MODAL = re.compile(
    r"\b(?:should|must|ought\s+to|needs?\s+to|has\s+to|have\s+to)\s+(?:\w+ly\s+)?"
    r"(?:make\s+sure|ensure|see\s+to\s+it)\b",
    re.IGNORECASE,
)
# a part of what the subject does ("Some of its prevention work is outstanding"): the
# judgment takes it in, and is qualified (`noun_phrases.PARTITIVE_WORDS`)
# a speaker between two parts of a quotation: its closing mark, the speaker and a comma, the
# next part's opening mark (in the straightened text)
_WORD = re.compile(r"\b\w")
_SPEAKER_BETWEEN = re.compile(r",?\s*[\"']\s*,?\s*(?P<tail>[^,;.\"]{1,80}?)\s*,\s*[\"']")
_OWN_CLAUSE = re.compile(r"\b(?P<and>and|but|so)\s+we\b", re.IGNORECASE)
# "an area where the force is good": a relative "where" after a noun of an area, no condition
_AREA = re.compile(r"\b(?:an?|the|one)\s+(?:area|aspect|part)\s+$", re.IGNORECASE)
# "Where the service falls down is its prevention work, which ...": a "where" clause that
# names the part the subject is, no condition
_CLEFT = re.compile(r"where\b[^,;:]*\bis\s+$", re.IGNORECASE)
_CONDITION = re.compile(r"\b(?:if|unless|whether|when|where|provided|providing)\b", re.I)


# a grade put by a verb of judging ("judged as good for its ...", "to be good for how",
# "graded good for efficiency")
_JUDGED_AS = re.compile(r"\b(?:as|be|of|judged|graded|rated|assessed)\s+['\"]?$", re.IGNORECASE)
# a grade our verb of grading gives its object, "for" what it grades after it ("We have
# graded the service as outstanding for protecting the public"; round 19; the passive, "is
# rated outstanding for ...", and our move, "We have downgraded X from good to adequate for
# ..."; round 22), or a move ends at ("drops from outstanding to good for the way it ...";
# round 23): the words after it are no veto
_GRADED = re.compile(
    r"(?:\b(?:(?:up|down)?graded?|rated?)\s+(?:[\w'’&]+\s+){0,8}(?:as\s+)?"
    r"|\bfrom\s+['\"]?[\w\s'’-]{4,30}?['\"]?\s*,?\s+to\s+)['\"]?$",
    re.IGNORECASE,
)
_FOR = re.compile(r"\s+for\b", re.IGNORECASE)
_WANTING = re.compile(r"\b(?:wants?|wish(?:es)?|needs?|would\s+like)\s+to\s*$", re.IGNORECASE)
# a grade named as our judgment's ("Our judgment of good for people"): no veto after it
_NAMED = re.compile(r"\b(?:judge?ment|grade|rating)\s+of\s+['\"]?$", re.IGNORECASE)
# an "as" aside straight after a grade, closed by a comma before the judgment ("Far from
# being outstanding, as the service believed, its approach ... requires improvement"): the
# view it gives is of that grade (round 70)
_AS_ASIDE = re.compile(r",\s*as\s+[^,;:]*$", re.IGNORECASE)


class Vetoes(Dated):
    """A compiled grammar's context vetoes (`judgments.Grammar` reads with them)."""

    def _denied(self, plain: str, grade_start: int) -> bool:
        """Whether a word of `denials` (or "n't") stands straight before the grade, a word
        between at most, after a noun phrase the frames took in whole ("Its prevention work
        does not require improvement", "is unlikely to be good"; round 17); a screen of
        their first words first (most grades have none of them before them)."""
        start = max(0, grade_start - 32)
        if self._denial_screen.search(plain[start:grade_start].lower()) is None:
            return False
        return self._denied_before.search(plain, start, grade_start) is not None

    def _borrowed(self, plain: str, np_start: int, who: Names) -> bool:
        """True when the noun phrase at `np_start` opens with "its" or "it" that refers back
        to another body the sentence opened with ("The East Midlands Special Operations Unit
        disrupts organised crime well, and we judged its work good"): the sentence's first
        clause names a body of `not_subjects` (a singular word or a possessive: people
        cannot be "it"), or the sentence opens with another force's or service's name
        (`_NAMED_BODY`: a name ending as theirs do), and no name of the subject stands before
        the pronoun."""
        if not _PRONOUN.match(plain, np_start):
            return False  # most noun phrases
        named = _NAMED_BODY.match(plain, 0, np_start)
        if named is not None and not who.naming(plain[:np_start]):
            return True
        opening = _OPENING_CLAUSE.match(plain, 0, np_start)
        if opening is None:
            return False
        # (a possessive is of one body too: "The council's work is strong, and we have
        # graded it good"; round 19)
        bodies = [
            m
            for m in self._not_subjects.finditer(opening.group())
            if not m.group().endswith("s") or m.group().endswith(("'s", "’s"))
        ]
        return bool(bodies) and not who.naming(plain[:np_start])

    def _hedged(self, plain: str, begin: int, grade_start: int, asked: int | None = None) -> bool:
        """True when the clause before a judgment (and its first word) negates it in a way
        the grammar cannot scope, makes it a condition, a plan or a hope ("It is not clear
        that the force is good", "If investigation is good", "It aims to make sure that its
        response is good"), or a duty to make sure of it stands in its own words ("The force
        should make sure its supervision is adequate"; round 23): not a statement of the
        grade; a heading asking a question at `asked` is none ("Where the force stands on
        ...: good"; round 32)."""
        if asked is not None and QUESTION.match(plain, asked):
            return False
        # (a dash opens a clause too: "Its response isn't good enough – we grade it requires
        # improvement"; round 28)
        opens = 1 + max(
            plain.rfind(",", 0, begin),
            plain.rfind(";", 0, begin),
            plain.rfind(":", 0, begin),
            plain.rfind("\u2013", 0, begin),
            plain.rfind("\u2014", 0, begin),
        )
        # ("sure" and "see to it": most sentences hold neither, and need no search)
        duty = "sure" in plain or "see to it" in plain
        if duty and _MODAL.search(plain, opens, grade_start):
            return True
        first = _FIRST_WORD.match(plain, begin)
        stop = first.end() if first else begin
        if self._not_before.search(plain, opens, stop) is None:
            return False  # most judgments: nothing to look at again
        # "... should expect and we have graded ...": our own voice opens a clause (not
        # after a condition: "If it acts and we judge it good, ...")
        for voice in _OWN_CLAUSE.finditer(plain, opens, begin + 3):
            if _CONDITION.search(plain, opens, voice.start()) is None:
                opens = max(opens, voice.start("and") + 3)
        return any(
            not (
                m.group().lower() == "where"
                and (
                    _AREA.search(plain, max(0, m.start() - 24), m.start())
                    or _CLEFT.match(plain, m.start(), begin)
                )
            )
            for m in self._not_before.finditer(plain, opens, stop)
        )

    def _not_ours(
        self, plain: str, sentence: str, begin: int, grade_start: int, grade_end: int
    ) -> bool:
        """True for a judgment attributed to someone else, quoted, or of another year."""
        if not self.may_veto(plain, sentence):
            return False  # no word any of these vetoes needs: most sentences
        said = self._said_before(plain, grade_start)
        # "..., a view we share": the inspectorate adopts what it quoted or attributed
        if (
            said is not None
            and not self._own_saying(plain, said)
            and not self._adopted.search(plain, grade_end)
        ):
            return True
        if (
            patterns.quoted(sentence, grade_start, grade_end)
            and not self._own_quote(plain, said, grade_start)
            and not self._adopted.search(plain, grade_end)
        ):
            return True
        if self._carried.search(plain, grade_end) is not None:
            return False  # "We judged the force to be good in 2017, and it remains so"
        if self._dated_before(plain, begin, grade_start, grade_end):
            return True  # "In 2019, the force was good"
        if self._attributed_after.search(plain, grade_end):
            return True  # "..., its own survey says", "... by its partners"
        if self._said_after(plain, grade_end):
            return True  # "..., partners told us.", "..., the chief constable said."
        return self._dated_after(plain, grade_start, grade_end)

    def _said_before(self, plain: str, grade_start: int) -> re.Match[str] | None:
        """The words that attribute what follows to someone else, before the grade ("told
        us", "believes"), or None: none of a relative clause closed before the grade, none
        our view follows, nor "our finding", nor "according to" our own voice."""
        said = self._attributions.search(plain, 0, grade_start)
        if said is not None and (
            closed_relative(plain, said, grade_start)
            or self._grades_aside(plain, said, grade_start)
        ):
            said = self._attributions.search(plain, plain.index(",", said.end()), grade_start)
        # "..., and we agree: it is good": their view made ours, unless someone else speaks
        # again after it (round 66)
        adopted = self._adopted.search(plain, said.end(), grade_start) if said else None
        if adopted is not None:
            said = self._attributions.search(plain, adopted.end(), grade_start)
        if said is None:
            return None
        if self._own_before.search(plain, max(0, said.start() - 24), said.start()):
            return None  # "we have concluded that", "..., we concluded, ...": our own
        if self._adopting.search(plain, 0, said.start()):
            return None  # "We agree with the fire authority's own assessment that ..."
        if self._own_clause.compiled.search(plain, said.end(), grade_start):
            return None  # "..., but we found it to be good": our view after theirs
        if _OUR_FINDING.match(plain, said.end()):
            return None  # "accepted our finding that ...": ours, accepted
        if _ACCORDING.fullmatch(said.group()):
            voice = self._own.match(plain[said.end() :])
            if voice is not None and not plain.startswith("'s", said.end() + voice.end()):
                return None  # "According to HMICFRS, ...": our own voice (round 28)
        return said

    def _grades_aside(self, plain: str, said: re.Match[str], grade_start: int) -> bool:
        """Whether the words of saying are in an "as" aside straight after another grade,
        closed by a comma before this one (`_AS_ASIDE`)."""
        aside = _AS_ASIDE.search(plain, 0, said.start())
        if aside is None or plain.find(",", said.end(), grade_start) < 0:
            return False
        before = plain[: aside.start()].rstrip(" '\"")
        return any(m.end() == len(before) for m in self.screen.finditer(before))

    def _said_after(self, plain: str, grade_end: int) -> bool:
        """True when someone else's attribution follows the grade after a comma, ending the
        sentence or its own words before the next comma ("The force is good at this, partners
        told us."; "..., staff told us, but ..."; not "..., the inspectorate has said.", an
        own voice)."""
        quoted = '"' in plain or "'," in plain or ",'" in plain  # most sentences: no quotation
        for between in _SPEAKER_BETWEEN.finditer(plain, grade_end) if quoted else ():
            # a speaker between two parts of a quotation ('"X is good at it," a partner told
            # us, "but ..."'; round 26)
            tail = between.group("tail")
            said = self._attributions.search(tail)
            # (not our own: 'said His Majesty's Inspector of Constabulary')
            if said is not None and not any(
                self._own.match(tail[word.start() :]) for word in _WORD.finditer(tail)
            ):
                return True
        comma = plain.rfind(",", grade_end)
        if comma < 0:
            return False
        # the attribution ends the sentence, or the clause after the grade's, before a comma
        # ("The force is good at listening, staff told us, but slow to act"; round 31)
        first = plain.find(",", grade_end)
        after = plain.find(",", first + 1)
        tails = [plain[comma + 1 :].rstrip(" \t\n.!?\"')")]
        if first < comma and after > 0:
            tails.append(plain[first + 1 : after])
        return any(self._said_by_another(tail) for tail in tails)

    def attributed_after(self, text: str, start: int, end: int, at: int) -> bool:
        """Whether someone else's attribution follows the words ending at `at` in the
        sentence text[start:end] ("“Our grade went from good to requires improvement,” the
        chief fire officer admitted")."""
        if text.find(",", at, end) < 0:
            return False  # an attribution follows a comma: most sentences have none after
        return self._said_after(text[start:end].translate(QUOTES), at - start)

    def attributed_before(self, text: str, start: int, end: int, at: int) -> bool:
        """Whether someone else's attribution comes before `at` in the sentence
        text[start:end] ("According to its own self-assessment, the service has moved from
        ..."; "The constabulary believes it would have kept ..."), not our own view."""
        plain = text[start:end].translate(QUOTES)
        said = self._said_before(plain, at - start)
        return (
            said is not None
            and not self._own_saying(plain, said)  # "HM Inspector said: ..."
            # what someone will want to know is no one's saying ("The fire authority will
            # want to know that the service's grade ... has slipped")
            and not _WANTING.search(plain, max(0, said.start() - 24), said.start())
            and not self._adopted.search(plain, at - start)
        )

    def _said_by_another(self, tail: str) -> bool:
        """Whether `tail`, a few words, ends with someone else's attribution."""
        if not tail:
            return False
        said = next(reversed(list(self._attributions.finditer(tail))), None)
        if said is None or not _TO_WHOM.fullmatch(tail, said.end()):
            return False  # the attribution must end the words (or whom it was said to)
        if len(tail[: said.end()].split()) > _TAIL_WORDS:
            return False
        return self._own.search(tail[: said.start()]) is None

    def _own_saying(self, plain: str, said: re.Match[str]) -> bool:
        """True when an own voice opens the sentence (or speaks after an opening phrase:
        "In a statement, HM Inspector said") and says it, not someone it reports ("We found
        that partners told us it is good": the partners')."""
        own = self._own.search(plain[: said.start()]) is not None
        own = own or self._own_speaker.compiled.match(plain, 0, said.start()) is not None
        # ("Our starting point was the force's own assessment that ...": the force's)
        theirs = _THEIR_OWN.search(plain, max(0, said.start() - 8), said.start())
        return own and theirs is None and not _REPORTED.search(plain, 0, said.start())

    def _own_quote(self, plain: str, said: re.Match[str] | None, grade_start: int) -> bool:
        """True when the inspectorate speaks the quotation, and no one else inside it ("HM
        Inspector said: “...”", not "HM Inspector said that officers told us: “...”")."""
        return (
            said is not None
            and self._own_speaker.compiled.match(plain, 0, said.start()) is not None
            and self._attributions.search(plain, said.end(), grade_start) is None
        )

    def _no_grade_after(
        self, plain: str, said: str, grade_start: int, grade_end: int, heading: str = ""
    ) -> bool:
        """Whether the words after a grade make it no grade ("good practice", "requires
        improvement plans"), unless a verb of judging put it and a topic follows ("judged
        as good for its ...") or it is named as our judgment's ("judgment of good for"), or a
        heading's (`heading`) grade is "for" what it grades ("Overall: good for prevention";
        round 32)."""
        not_after = self._not_after if said in self._adjectives else self._verb_not_after
        if heading and _FOR.match(plain, grade_end):
            return False
        return (
            not_after.match(plain, grade_end) is not None
            # (not a time of now ending its clause, "good for the first time."; round 63)
            and not self._now_after(plain, grade_end)
            # (nor the grade moved from, "has risen to good from adequate"; round 67)
            and self._from_grade.match(plain, grade_end) is None
            and not (
                _JUDGED_AS.search(plain, max(0, grade_start - 10), grade_start)
                and self._topic_after.match(plain, grade_end)
            )
            and not _NAMED.search(plain, max(0, grade_start - 16), grade_start)
            and not (
                _FOR.match(plain, grade_end)
                and _GRADED.search(plain, max(0, grade_start - 80), grade_start)
            )
        )
