"""The judgment grammar's pack data (`judgment_grammar` in rules/wording.yaml), and how its
phrases and frames become `re` patterns; `grammar_compiled` builds them, `judgments` reads
sentences with them."""

from __future__ import annotations

import re
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field

QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})  # same length
# the relative pronouns that open a clause of another noun phrase's (round 23)
RELATIVES = r"(?:which|who|whom|whose)\b"
# a relative clause after a comma (", which ...")
RELATIVE_CLAUSE = re.compile(r",\s*" + RELATIVES, re.IGNORECASE)
_CLOSING = '”’"'
_QUOTE = re.compile('[“‘”’"]')
# the end of a quotation: a full stop (! ?) and a closing mark ending the sentence
_QUOTATION_END = re.compile("[.!?][”’'\"]\\s*$")
_OPENING = re.compile("[“‘]|(?<!\\S)['\"](?=\\w)")
# a sentence `quoted` may find a quotation in: a mark, or a straight one ending it
QUOTE_MARK = re.compile("[“‘”’\"]|'\\s*$")


Words = Annotated[list[str], Field(default_factory=list)]  # a list of words, none if absent


# words that deny, hedge or only near a grade straight before it (with "n't", always)
_DENIALS: tuple[str, ...] = ("not", "never", "no longer", "hardly", "barely", "scarcely")
_DENIALS += ("nowhere near", "nearly", "likely to be", "unlikely to be")
# the inspectorate's asides read over when a grammar names none
_ASIDES: tuple[str, ...] = ("in our view", "in our opinion", "in our judgment")
_ASIDES += tuple(aside.replace("our", "my") for aside in _ASIDES)


class ClauseData(BaseModel):
    """The word classes of the clause reading (`clause` in `judgment_grammar`; see
    rules/wording.yaml for each): `prose.clause` reads a grade's clause with them."""

    model_config = ConfigDict(extra="forbid", strict=True, defer_build=True)

    copulas: list[str]
    past_copulas: Words  # only before a verb of judging in the passive ("was found to be")
    passives: Words
    infinitives: Words  # after a passive or an own verb of judging: "to be", "as"
    verb_links: Words  # before a verb grade ("continues to require improvement")
    auxiliaries: Words  # "has" of "has at last become", with an adverb before a participle
    participles: Words  # "become" of it
    past_moves: Words  # "climbed to" of "Cumbria Constabulary climbed to good" (round 107)
    adverbs: Words  # besides the grammar's `adverbs` and any "-ly" word
    qualifying_adverbs: Words
    negations: Words
    denied_copulas: Words  # "cannot be": only before a grade denied twice (round 61)
    carriers: Words  # "provides" of "provides an outstanding service"
    carried_nouns: Words  # "service" of it
    grade_verbs: Words  # "receives" of "receives a grade of good", "a good grade"
    grade_nouns: Words  # "a grade of" of it
    after_grade: Words
    judging_voices: Words
    judging_verbs: Words
    judging_verbs_past: Words  # with no adverb after the voice
    openers: Words  # after a comma, where a clause opens (";" and ":" always do)
    aside_words: int = 6


class GrammarData(BaseModel):
    """The `judgment_grammar` pack data (see rules/wording.yaml for each part)."""

    model_config = ConfigDict(extra="forbid", strict=True, defer_build=True)

    examples: dict[str, str] = Field(default_factory=dict)
    grades: dict[str, list[str]]
    verbs: dict[str, list[str]] = Field(default_factory=dict)
    # verb grades in the past tense ("required improvement"): read by the clause only, as a
    # past copula is, of the subject or its own work in a sentence naming no time (round 42)
    past_verbs: dict[str, list[str]] = Field(default_factory=dict)
    # grade words that make a verb phrase naming them a bound ("falls short of what we expect
    # of a good force"): its grade on a scale with no Adequate, none where Adequate lies
    # between (round 39)
    bounds: Words
    links: list[str]
    verb_links: list[str] = Field(default_factory=lambda: [""])
    adverbs: Words
    qualifying_links: Words
    we_verbs: Words
    moves: Words  # verbs of a move between grades, for {move} ("has fallen ... and now")
    judgment_nouns: Words  # our judgment's nouns, for {judgment} ("judgment of", "grade for")
    moved_from: Words  # straight before a grade: the grade moved from ("rose from good")
    frames: list[str]
    subjects: list[str]
    short_forms: dict[str, str] = Field(default_factory=dict)
    before_subject: Words
    possessors: Words
    ways: Words
    topic_heads: Words
    subject_after: Words  # "<work> carried out by <subject>": the subject's work
    not_subjects: Words
    not_after: Words
    topics_after: Words  # after a grade, what is judged though `not_after` opens it
    verb_not_after: Words
    asides: list[str] = Field(default_factory=lambda: list(_ASIDES))
    # straight before a grade (a word between at most): the grade is denied, hedged or only
    # neared ("does not require improvement", "is unlikely to be good", "is nearly
    # outstanding"; not "is not only good at A but ...")
    denials: list[str] = Field(default_factory=lambda: list(_DENIALS))
    own_voices: Words
    attributions: Words
    attributed_after: Words
    adopted: Words  # after an attributed or quoted grade: the inspectorate's own view too
    # before an attribution: the inspectorate's own view too ("We agree with the fire
    # authority's own assessment that ..."; round 95)
    adopting: Words = Field(default_factory=list)
    # a sample of cases before our verb of looking: a grade it bounds is a finding (round 50)
    samples: Words
    looked_at: Words
    past: Words
    past_after: Words
    present: Words
    # times of now only straight after a grade, ending its clause ("is good again."; round 62)
    present_after: Words
    # verbs by which the subject keeps a grade given before (round 43)
    kept: Words
    # after another year's grade, words that carry it to now ("and it remains so")
    carried: Words = Field(default_factory=list)
    continuations: Words
    qualified_after: Words
    qualifying_after: Words  # after the grade, in its clause: "good in most respects"
    # an exception after a comma after the grade, or in an aside before it ("good at A, with
    # the exception of B", "is, save for B, adequate"; round 35)
    exceptions: Words
    not_before: Words
    # a question about how the subject does, and the words opening its answer in the next
    # sentence ("How good is the force at ...? Our answer is good."; round 33)
    questions: Words
    answers: Words
    clause: ClauseData | None = None


def phrase(phrase: str) -> str:
    """A phrase as a pattern: whole words, any white space, ' for ’ and and for &."""
    words = []
    for word in phrase.translate(QUOTES).split():
        if word.lower() == "and":
            words.append(r"(?:and|&)")
        else:
            words.append(re.escape(word))
    return r"\s+".join(words)


def alternatives(phrases: list[str]) -> str:
    """Phrases as one pattern, a trie of words: each word is tried once at a position (the
    `re` module tries alternatives one by one), and a longer phrase before a shorter."""
    tree: dict[str, Any] = {}
    for phrase in {p for p in phrases if p.strip()}:
        node = tree
        for word in phrase.translate(QUOTES).split():
            node = node.setdefault(word.lower(), {})
        node[""] = {}
    return branches(tree) if tree else "(?!)"


def branches(tree: dict[str, Any]) -> str:
    """The trie `tree` as one group of alternatives."""
    return "(?:" + _branches(tree) + ")"


def _branches(tree: dict[str, Any]) -> str:
    words = sorted((w for w in tree if w), key=len, reverse=True)
    parts = []
    for word in words:
        child = tree[word]
        pattern = r"(?:and|&)" if word == "and" else re.escape(word)
        rest = {k: v for k, v in child.items() if k}
        if rest:
            # one word after needs no group of its own: `re` parses every group it is given
            after = r"\s+" + (_branches(rest) if len(rest) == 1 else branches(rest))
            pattern += f"(?:{after})?" if "" in child else after
        parts.append(pattern)
    return "|".join(parts)


# `{year}` in a phrase: a year, or a two-year cycle ("2021/22", "2023-25")
_YEAR = r"(?:19|20)\d\d(?:[/-]\d\d)?"


def with_years(phrases: list[str]) -> str:
    """`alternatives` with `{year}` standing for any year or cycle."""
    return alternatives(phrases).replace(re.escape("{year}"), _YEAR)


def words(phrases: list[str], inside: bool = True) -> re.Pattern[str]:
    """Phrases as whole words; not `inside` a compound after its hyphen ("agency", not the
    one of "multi-agency")."""
    pattern = with_years(phrases)
    before = r"(?<![\w'])" if inside else r"(?<![\w'-])"
    return re.compile(before + pattern + r"(?![\w])", re.IGNORECASE)


def quoted(sentence: str, grade_start: int, grade_end: int) -> bool:
    """The grade stands inside a quotation opened after the sentence began, that holds
    more than the grade's own words ("told us it is “outstanding at” ..."; not ‘good’)."""
    if _QUOTE.search(sentence, 0, grade_start) is None:
        return _closes_quotation(sentence, grade_end)  # most sentences: no mark at all
    opened = -1
    for index in range(grade_start - 1, -1, -1):
        char = sentence[index]
        if char in "“‘" or (char == '"' and (index == 0 or not sentence[index - 1].isalnum())):
            opened = index
            break
        if char in "”" or (char == "’" and not sentence[index + 1 : index + 2].isalpha()):
            return False
    if opened < 0:
        return _closes_quotation(sentence, grade_end)
    if opened == 0 or not sentence[:opened].strip(' "“‘'):
        return False
    after = sentence[grade_end : grade_end + 1]
    return not (opened == grade_start - 1 and after in _CLOSING)


def _closes_quotation(sentence: str, grade_end: int) -> bool:
    """The sentence, holding no opening mark, ends a quotation after the grade: it is the
    last of several sentences someone said ("One victim told us: ‘I was kept informed. It
    was good.’", read a sentence at a time)."""
    return (
        _QUOTATION_END.search(sentence, grade_end) is not None and _OPENING.search(sentence) is None
    )


class Lazy:
    """A pattern compiled when first used: a grammar has many frames, a draft needs few."""

    __slots__ = ("_compiled", "source")

    def __init__(self, source: str) -> None:
        self.source = source
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        """The pattern (case-insensitive)."""
        if self._compiled is None:
            self._compiled = re.compile(self.source, re.IGNORECASE)
        return self._compiled


def frame(frame: str, slots: dict[str, str], leading: str = "") -> Lazy:
    """A frame ("{np} {link} {grade}") as a pattern: its slots filled, its words phrases;
    `leading` " " or "," when it followed a noun phrase (white space or a comma first); a
    frame that opens with "^" reads only the sentence's opening (searched at one place)."""
    opening = frame.startswith("^")
    frame = frame[1:].lstrip() if opening else frame
    pieces = [
        slots[token] if token in slots else phrase(token.strip())
        for token in re.split(r"(\{\w+\})", frame)
        if token.strip()
    ]
    pattern = pieces[0]
    for piece in pieces[1:]:
        # (a lookahead, "{main}", reads on from where the words before it end)
        joint = "" if piece.startswith("(?=") else r"\s+"
        pattern += (r"\s*" if piece.startswith((",", ":")) else joint) + piece
    boundary = "" if leading == "," else r"(?<![\w'])"
    if opening:
        boundary = r"^\s*['\"(]?"
    return Lazy(boundary + pattern + r"(?![\w])")


def needs(frame: str) -> tuple[str, ...]:
    """The words a frame cannot match without (lower case; a word of under four letters
    is no use: "as" is in "has")."""
    words = re.sub(r"\{\w+\}", " ", frame).lower().split()
    return tuple(w for w in dict.fromkeys(words) if w.isalpha() and len(w) >= 4)


_FUNCTION = frozenset({"a", "an", "the", "is", "are", "not", "of", "to", "in", "at", "we"})
# the subject's own nouns, in most sentences of a report: no telling word ("service" of
# "falls short of what we would expect of a good service"; round 34)
# words of a phrase too common in reports to screen texts by ("we expect forces to ...":
# "short" of "falls short of what we expect of a good force"; round 59)
_COMMON = frozenset({"expect", "what", "that", "with", "this"})
_SUBJECTS = frozenset({"service", "services", "force", "forces", "constabulary", "brigade"})


def key_words(grades: dict[str, list[str]], verbs: dict[str, list[str]]) -> dict[str, set[str]]:
    """Per grade, one telling word of each of its phrases, for screens that look for words
    with `in`: the word most of its phrases hold ("good", "improvement"), else the phrase's
    word that most of them hold and no other grade's telling word ("expect" of "falls
    short of what we expect of a good service", not "service")."""
    phrases = {
        g: [p.lower().split() for p in [*grades.get(g, []), *verbs.get(g, [])]]
        for g in {**grades, **verbs}
    }

    def held(word: str, grade: str) -> tuple[int, int]:
        return sum(word in words for words in phrases[grade]), len(word)

    # another grade's adjective is no grade's main word ("good" of "is not yet good")
    foreign = {
        g: {w for o, ps in grades.items() if o != g for p in ps for w in p.lower().split()}
        for g in phrases
    }
    main = {
        g: max(
            (w for ws in listed for w in ws if len(w) >= 4 and w not in foreign[g] | _COMMON),
            key=lambda w: held(w, g),
            default="",
        )
        for g, listed in phrases.items()
    }
    keys: dict[str, set[str]] = {}
    for grade, listed in phrases.items():
        others = {word for other, word in main.items() if other != grade}
        keys[grade] = set()
        for words in filter(None, listed):
            if main[grade] in words:
                keys[grade].add(main[grade])
                continue
            telling = [w for w in words if len(w) >= 4 and w not in others | _SUBJECTS | _COMMON]
            # "yet" of "is not yet good": a short word, but not another grade's nor a
            # function word every text holds
            telling = telling or [w for w in words if w not in others and w not in _FUNCTION]
            keys[grade].add(max(telling or words, key=lambda w: held(w, grade)))
    return keys


def key(phrase: str) -> str:
    """A phrase as the grammar's tables hold it: quotation marks straight, "&" as "and",
    lower case, single spaces."""
    if phrase.isalpha():  # one word ("good"): no quotation mark, "&" or white space
        return phrase.lower()
    return " ".join(phrase.translate(QUOTES).replace("&", "and").lower().split())


def windows(positions: list[int], length: int) -> list[tuple[int, int]]:
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
