"""The noun phrase before a judgment's frame: whether it names the inspected subject (its
name or "the force", a possessive of its work, "the way it ...", a bare noun phrase naming
its work, a first verb phrase joined by "and": `coordination`), and where it begins. A mixin
of the judgment grammar (`judgments.Grammar`), reading its compiled patterns."""

from __future__ import annotations

import re

from peelcheck.prose import grammar_data as patterns
from peelcheck.prose.coordination import PARENTHESIS, Coordination
from peelcheck.prose.names import BODY_NAME, Names

BOUNDARY = re.compile(
    r"[,;:(]|\b(?:and|but|yet|however|although|though|while|whilst|whereas|that|which|so)\b",
    re.IGNORECASE,
)
# a verb between a possessor and the frame: the grade is not of the possessor's noun phrase
FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|said|says|told)\b", re.IGNORECASE)
# "whether": a question of its own, not a bare noun phrase ("We will look at whether the
# service's protection work"; round 65)
_WHETHER = re.compile(r"\bwhether\b", re.IGNORECASE)
# "some of", "parts of", "three of": a part of what the subject does
PARTITIVE_WORDS = (
    r"\b(?:some|most|much|many|parts?|aspects?|areas?|elements?|half|all\s+but\s+one"
    r"|two|three|four|five|six|seven|eight|nine|ten)\s+of\s+"
)
# a noun that ends the noun phrase's head after a word: the word only describes it ("its
# workforce planning"; not "its partners work well together": a verb after it)
_CLAUSE_SUBJECT = re.compile(r"\s*(?:we|they|i|you|he|she)\b", re.IGNORECASE)
_MODIFIER = re.compile(
    # (a lower-case noun: a name after it is the body itself, "its neighbour Cumbria")
    r"\s+(?!(?:is|are|was|were|has|have|and|or|but)\b)(?-i:[a-z])(?=[\w'-]*\s*$)",
    re.IGNORECASE,
)
# a possessive's owner, up to eight words ("commissioner's": "commissioner"; "Neighbouring
# Cornwall Fire and Rescue Service's")
_OWNER = re.compile(r"(?:[\w-]+\s+){0,7}[\w-]+(?='s\b)")
DETERMINER = re.compile(r"this|these|those|such|their|his|her", re.IGNORECASE)
_BODY = re.compile(
    r"(?:forces?|services?|constabular(?:y|ies)|brigades?|police|agenc(?:y|ies)|bod(?:y|ies)"
    r"|organisations?|units?|partners?)\b",
    re.IGNORECASE,
)
# (round 34: "alongside", "Its prevention work alongside the council and health partners")
HEAD_END = re.compile(
    r"(?<![\w-])(?:to|of|for|in|with|on|at|across|alongside)(?![\w-])|,", re.IGNORECASE
)
_PARTITIVE_BEFORE = re.compile(PARTITIVE_WORDS + "$", re.IGNORECASE)
_GERUND = re.compile(r"[A-Za-z]{3,}ing$")
_DANGLING = re.compile(r"\b(?:the|a|an|its|their|this|that|our)\W*$", re.IGNORECASE)
RELATIVE_OPENING = re.compile(r"\W*" + patterns.RELATIVES, re.IGNORECASE)
_BY = re.compile(r"\bby\b", re.IGNORECASE)
# a plural's possessive in a bare noun phrase: several bodies' work, never the subject's
# ("forces' investigation of crime"; round 35)
_PLURAL_POSSESSIVE = re.compile(r"[^\W\d_]s['’](?!\w)")
CAPITALISED = re.compile(r"(?<!^)(?<![.!?]\s)\b[A-Z][a-z]+")
# a clause of how the subject works, opening a noun phrase, beyond `ways`' fixed words:
# "how" and its manner ("How quickly and safely the force answers calls"), a manner's noun
# with "with which" ("The speed with which the brigade answers", "The speed and care with
# which ..."), what the subject does ("What it does to keep children safe", "Everything the
# force does"), and a noun its own verb follows ("The care the constabulary takes over ...")
_MANNER = re.compile(
    r"\s*(?:(?P<how>how(?:\s+[a-z]+ly\b(?:\s*,|\s+and|\s+or)?)+"
    r"|the\s+[a-z]+(?:\s+(?:and|or)\s+[a-z]+)?\s+with\s+which)"
    r"|(?P<what>what|everything(?:\s+that)?)|(?P<noun>the\s+[a-z]+(?:\s+that)?))\s+"
    r"(?=the\s|it\s|(?-i:[A-Z]))",
    re.IGNORECASE,
)
# a pronoun that refers back to the sentence's opening noun phrase, the object of our verb
# of judging ("Its vetting and its complaints handling are so weak that we grade them
# inadequate", "...: we graded both of them outstanding") or a count after a list
_BACK = re.compile(
    r"\s*(?:both(?:\s+of\s+them)?|them|these|all\s+of\s+them|each\s+of\s+them"
    # (round 20: a list counted after a colon, "...: all three are inadequate", "each of
    # these")
    r"|(?:all|each)\s+of\s+these|all\s+(?:two|three|four|five)(?:\s+of\s+them)?)\s*$",
    re.I,
)
_LEAD = re.compile(r"\W*(?:(?:however|overall|in\s+short|in\s+addition|also)\s*,?\s*)?", re.I)
_OF_END = re.compile(r"\s+of$", re.IGNORECASE)
_ONE_NOUN = re.compile(r"(?:the\s+)?[a-z-]+", re.IGNORECASE)  # "The quality", "Standard"
_DOES = re.compile(r"\s*(?:does|did|has\s+done|is\s+doing)\b", re.IGNORECASE)
# the subject's own verb in the present after a noun ("the care the force takes")
_OWN_VERB = re.compile(r"\s*(?!is\b|has\b|was\b|says\b)[a-z]{3,}s\b", re.IGNORECASE)


# an area of the subject's work fronted with no comma ("In investigating crime and in
# managing offenders the force is good"; round 48)
_FRONTED_WORK = re.compile(r"(?i:in|at|on)\s+\w+ing\b[^,;:]*")
# "it" after a clause saying another body runs something refers to that thing (round 49)
_RUN_BY = re.compile(r"\b(?:is|are|was|were)\s+(?:run|provided|operated|hosted)\s+by\b", re.I)
_IT = re.compile(r"\s*it\s*", re.IGNORECASE)
# a plural verb after a list of bodies' names (round 46)
_PLURAL = re.compile(r"\s*(?:are|were)\b", re.IGNORECASE)


class NounPhrases(Coordination):
    """Reads the noun phrase a judgment's frame follows, for the subject in it."""

    def _subject_start(
        self, plain: str, start: int, end: int, who: Names, bare: bool = True
    ) -> int | None:
        """Where the noun phrase plain[start:end] names the subject, or None (`bare`: a
        noun phrase that neither names nor owns it may be its work, "Investigating crime")."""
        phrase = plain[start:end]
        if _BACK.match(phrase):
            return self._antecedent(plain, who)
        cleaned = phrase
        if "," in phrase:
            for aside in (PARENTHESIS, self._appositive):
                cleaned = aside.sub(lambda m: " " * len(m.group()), cleaned)
        cleaned = self._without_adverb(cleaned)  # "Sussex Police also" before "remains"
        named = self._named(cleaned, who)
        if named is None and _PLURAL.match(plain, end):
            named = who.listed(cleaned)  # "X and Y are both good": each is given the grade
        if named is not None and _RUN_BY.search(plain, 0, start) and _IT.fullmatch(cleaned):
            return None  # "The hub is run by the council, and we found it to be good"
        if named is not None:
            return start + named
        # a relative clause's antecedent, object of a clause of its own ("We found little to
        # praise in the force's investigations, which are inadequate")
        antecedent = patterns.RELATIVE_CLAUSE.match(plain, end) is not None
        opened = self._opened(cleaned, who, antecedent)
        if opened is not None:
            return start + opened
        if not bare:
            return None
        if self._coordinated(
            plain, phrase, cleaned, end, who, lambda work: self._its_work(work, who)
        ):
            return start + len(cleaned) - len(cleaned.lstrip())
        bare_start = self._bare_start(cleaned, antecedent)
        return start + bare_start if bare_start is not None else None

    def _bare_start(self, cleaned: str, antecedent: bool) -> int | None:
        """Where the bare noun phrase of the subject's work that ends `cleaned` begins, or
        None (`antecedent`: a relative clause's, not the object of a clause before it)."""
        cuts = [0] + [m.end() for m in BOUNDARY.finditer(cleaned)]
        for cut in reversed(cuts):
            rest = cleaned[cut:]
            if any(c in rest for c in ",;:"):
                break  # a bare noun phrase runs to the last comma at most
            if self._owned_by_another(cleaned[:cut]):
                break  # the last of a list a body's possessive opened ("..., and its work")
            # ("We looked at investigations, which are good": the clause's object)
            if antecedent and _CLAUSE_SUBJECT.match(rest):
                continue
            # "Investigating crime is good": an "-ing" phrase of the subject's work too
            if self._bare(rest, gerund=True):
                return cut + len(rest) - len(rest.lstrip())
        return None

    def _antecedent(self, plain: str, who: Names) -> int | None:
        """Where the sentence's opening noun phrase begins when it is the subject's work
        (its possessive first, "Its vetting arrangements", "Kent Police's handling of ..."),
        the noun phrase a pronoun or a count (`_BACK`) refers back to; else None."""
        lead = _LEAD.match(plain)
        at = lead.end() if lead else 0
        opening = self._openings.match(plain, at)
        if opening is None or opening.group("way"):
            return None
        if not who.naming(opening.group()) and not self._ours.search(opening.group()):
            return None  # "South Wales Police's": not the subject
        head = HEAD_END.split(plain[opening.end() :], maxsplit=1)[0]
        return None if self._not_subjects.search(head) else at

    def _named(self, phrase: str, who: Names) -> int | None:
        """Where a noun phrase that ends with the subject's name begins: at the name
        after a word that leaves it the subject, or at a noun phrase of its work before
        it; None when no name ends it."""
        named = who.ending(phrase)
        if named is None:
            return None
        before = phrase[:named].strip(" \"'")
        if self._before_name.search(before) or _FRONTED_WORK.fullmatch(before):
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
        # from the last boundary but "and", then after each "and" ("The investigation of
        # rape and serious sexual offences by X": "and" inside the noun phrase; round 19)
        cuts = [0]
        for m in BOUNDARY.finditer(head):
            cuts = [*cuts, m.end()] if m.group().lower() == "and" else [m.end()]
        for cut in cuts:
            rest = head[cut:]
            if rest.strip() and not any(c in rest for c in ",;:") and self._bare(rest, gerund=True):
                return cut + len(rest) - len(rest.lstrip())
        return None

    def _opened(self, cleaned: str, who: Names, antecedent: bool = False) -> int | None:
        """Where a noun phrase that opens with the subject's possessive or way ("its
        response to", "the way it ...", `possessors`, `ways`) or a clause of its manner
        (`_manner`) begins, or None (`antecedent`: a relative clause's, after any words)."""
        for opening in reversed(list(self._openings.finditer(cleaned))):
            if not who.naming(opening.group()) and not self._ours.search(opening.group()):
                continue  # "South Wales Police's", "the way Sussex Police": not the subject
            before = cleaned[: opening.start()].strip(" \"'")
            if before.endswith(",") and cleaned.rstrip().endswith(","):
                continue  # "Shropshire FRS, its partner in ..., is good": of the name before
            head = HEAD_END.split(cleaned[opening.end() :], maxsplit=1)[0]
            if opening.group("way"):
                head = ""  # "the way it ...", "how it ...": its objects are no subject
            elif FINITE.search(cleaned, opening.end()):
                continue  # "its approach is new and the outcome is good": not read, no finding
            if self._names_another(head) or self._owned_by_another(before):
                continue
            if not before or antecedent or self._before_name.search(before):
                # "Some of its work": the words say which part is judged (a qualifier's)
                part = _PARTITIVE_BEFORE.search(
                    cleaned, max(0, opening.start() - 16), opening.start()
                )
                return part.start() if part else opening.start()
            if self._of_work(before) or (before.lower() == "the" and who.naming(opening.group())):
                # "The quality of Kent Police's investigations"; "the" before a name that takes
                # it ("We judged the Metropolitan Police Service's handling of ..."; round 123)
                return len(cleaned) - len(cleaned.lstrip(" \"'"))
        return self._manner(cleaned, who)

    def _names_another(self, head: str) -> bool:
        """Whether a noun phrase's head (after a possessive, or a bare noun phrase) names
        someone or something other than the subject's work (`not_subjects`: "its
        detectives", "its command's ..."); a word of them before the noun that ends it only
        describes it ("its workforce planning", "Partnership working"; rounds 28 and 29)."""
        for found in self._not_subjects.finditer(head):
            described = _MODIFIER.match(head, found.end())
            # (a body still: "its partner force", "its neighbouring service"; a determiner
            # describes nothing: "this area"; a possessive owns what follows)
            if (
                described is None
                or _BODY.match(head, described.end() - 1)
                or DETERMINER.fullmatch(found.group())
                or found.group().endswith("'s")  # its owner: "the council's planning"
            ):
                return True
        return False

    def _owned_by_another(self, words: str) -> bool:
        """Whether `words` hold a possessive of a body of `not_subjects`, whose list the
        noun phrase goes on ("The commissioner's scrutiny of complaints, its oversight ...
        and its engagement with the public are good": all the commissioner's; round 31)."""
        if "'s" not in words:
            return False
        for owned in _OWNER.finditer(words):
            owner = owned.group().split()
            # its last words ("The joint fire control's mobilising, ..."; round 48)
            if any(self._not_subjects.fullmatch(" ".join(owner[i:])) for i in range(len(owner))):
                return True
            # a word of them before a name ("Neighbouring Leicestershire Police's ..."; round 49)
            if self._not_subjects.fullmatch(owner[0]) and BODY_NAME.fullmatch(" ".join(owner[1:])):
                return True
        return False

    def _of_work(self, before: str) -> bool:
        """Whether the words before a possessive are a noun of the subject's work and "of"
        ("The quality of Kent Police's investigations", `topic_heads`; round 19)."""
        head = _OF_END.sub("", before)
        return head != before and _ONE_NOUN.fullmatch(head) is not None and self._bare(head)

    def _manner(self, phrase: str, who: Names) -> int | None:
        """Where a noun phrase that opens with a clause of how the subject works begins
        (`_MANNER`: "How quickly the force answers calls"), or None; "what" only before what
        it does ("What the force does to ..."; not "What the force needs"), a noun only
        before the subject's own verb ("The care the force takes"; not "the partners")."""
        opening = _MANNER.match(phrase)
        if opening is None:
            return None
        rest = phrase[opening.end() :]
        lead = who.leading(rest)
        if lead is None or self._not_subjects.search(opening.group("how") or ""):
            return None
        if opening.group("what") and not _DOES.match(rest, lead):
            return None
        if opening.group("noun") and (
            self._not_subjects.search(opening.group("noun")) or not _OWN_VERB.match(rest, lead)
        ):
            return None
        return len(phrase) - len(phrase.lstrip())

    def _without_adverb(self, phrase: str) -> str:
        """The noun phrase without an adverb that ends it ("Sussex Police also")."""
        kept = phrase.rstrip()
        cut = max(kept.rfind(" "), kept.rfind("\n"), kept.rfind("\t"))
        if cut > 0 and kept[cut + 1 :].lower() in self._adverb_words:
            return kept[:cut]
        return phrase

    def _its_work(self, phrase: str, who: Names) -> bool:
        """Whether `phrase` is a noun phrase of the subject's work, owned or bare."""
        return self._opened(phrase, who) is not None or self._bare(phrase)

    def _bare(self, phrase: str, gerund: bool = False) -> bool:
        """A noun phrase without a possessor that names the subject's work (with
        `gerund`, also one opening with an "-ing" word: "Investigating crime at ...")."""
        words = phrase.split()
        return (
            0 < len(words) <= 14
            and (
                self._heads.search(phrase) is not None
                # an "-ing" phrase whose doer is named is someone else's ("Policing by the
                # regional unit")
                or (
                    gerund
                    and _GERUND.match(words[0]) is not None
                    and not _BY.search(phrase)
                    # (a grade is no "-ing" word of work: "Outstanding, good, ... are the
                    # grades"; round 33)
                    and self.screen.match(phrase.lstrip()) is None
                )
            )
            and not self._names_another(phrase)  # ("partnership working" is its work)
            and _PLURAL_POSSESSIVE.search(phrase) is None
            and CAPITALISED.search(phrase.strip()) is None
            and FINITE.search(phrase) is None  # a clause, not a noun phrase
            and _WHETHER.search(phrase) is None
            # (no noun phrase ends with its article: "Following the requires improvement grade
            # of 2022, ..." names no work of the subject's; round 94)
            and _DANGLING.search(phrase) is None
            # (a relative's, "Like Merseyside Police, whose investigations we judged
            # outstanding, it has ..."; round 25)
            and RELATIVE_OPENING.match(phrase) is None
        )
