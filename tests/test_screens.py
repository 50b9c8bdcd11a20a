"""Screens never change results: a check that says it cannot report on a draft really cannot.

Before running a rule the engine asks its check `may_report(ctx)`, answered from one cheap
pass over every text of the draft (`DraftContext.corpus`); the answer may be False only when
the check's `run` would find nothing. Tested here: the character tables the screens rely on,
against the running Python; each kind of screen against its exact matcher on tricky text;
whole drafts evaluated with and without screens; and that the engine really skips a rule.
"""

from __future__ import annotations

import datetime as dt
import importlib
import json
import re
import string
import sys
import textwrap
from collections import Counter
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import peelcheck.prose.phrases as phrases_module
from peelcheck.checks.api import Check
from peelcheck.checks.existence import Existence
from peelcheck.checks.judgement_phrases import Judgements
from peelcheck.checks.substitution import Substitution
from peelcheck.draft.loaded import Loaded
from peelcheck.draft.model import Report
from peelcheck.draft.read import load_file, load_text
from peelcheck.draft.validate import validate_model
from peelcheck.engine.context import DraftContext
from peelcheck.engine.evaluate import evaluate
from peelcheck.packs.load import builtin_pack_names, load_ruleset
from peelcheck.packs.ruleset import RuleSet
from peelcheck.prose.phrases import Phrases
from peelcheck.prose.screens import IGNORECASE_EXTRAS, PYTHON_SPACES
from peelcheck.prose.sentences import Splitter
from peelcheck.prose.words import may_repeat_word, repeated_words
from tests.conftest import EXAMPLES, MINIMAL, ROOT
from tests.test_robustness import drafts

RULESET = load_ruleset(builtin_pack_names())
SPLITTER = RULESET.pack_data.splitter()
TODAY = dt.date(2025, 6, 1)
EXISTENCE_RULES = [
    "space-after-full-stop",
    "missing-full-stop",
    "number-range-dash",
    "double-space",
    "template-placeholder",
]
# every built-in rule whose check has a screen
SCREENED = [*EXISTENCE_RULES, "repeated-word", "confused-words", "subject-named-consistently"]
NEUTRAL = "The force works with partner organisations to protect people from harm."
PLACES = ["first", "middle", "last"]
Finding = tuple[str, int, int, str, str, int, int]


def _settings(examples: int) -> settings:
    return settings(
        max_examples=examples,
        deadline=None,
        derandomize=True,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    )


def _check(rule_id: str) -> Check:
    rule = RULESET.get(rule_id)
    assert rule is not None, rule_id
    return rule.spec.check


def _draft(
    narrative: str, place: str = "middle", before: str | None = None, after: str | None = None
) -> tuple[Loaded, Report]:
    """The minimal draft with `narrative`, which stands first, in the middle of, or last in
    the draft's corpus, with the text `before` (unless first) and `after` (unless last), when
    given, next to it.

    The corpus holds the draft's texts in document order; test_context_places_the_text
    checks this.
    """
    loaded = load_text(MINIMAL, "draft.yaml")
    data = loaded.data
    question = data["questions"][0]
    fields = {key: question.pop(key) for key in list(question)}
    del fields["narrative"]
    areas = {} if after is None else {"areas_for_improvement": [after]}
    concerns = {} if before is None else {"causes_of_concern": [{"text": before}]}
    if place == "first":
        question.update({"narrative": narrative, **areas, **fields})
        for key in [k for k in data if k != "questions"]:  # the questions first
            data[key] = data.pop(key)
    elif place == "middle":
        grade = fields.pop("grade")
        question.update({**fields, **concerns, "narrative": narrative, **areas, "grade": grade})
    else:
        question.update({**fields, **concerns, "narrative": narrative})
        data["questions"] = data.pop("questions")  # the questions last
    return loaded, Report.model_validate(data)


def _context(
    text: str, place: str = "middle", before: str | None = None, after: str | None = None
) -> DraftContext:
    loaded, report = _draft(text, place, before, after)
    return DraftContext(loaded, report, RULESET.pack_data, TODAY)


def _findings(
    loaded: Loaded, report: Report, screens: bool, ruleset: RuleSet = RULESET
) -> list[Finding]:
    return sorted(
        (
            f.path,
            f.line,
            f.column,
            f.rule,
            f.message,
            -1 if f.end_line is None else f.end_line,
            -1 if f.end_column is None else f.end_column,
        )
        for f in evaluate(loaded, report, ruleset, today=TODAY, screens=screens)
    )


@cache
def _all_characters() -> str:
    return "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)


@pytest.mark.parametrize("place", PLACES)
def test_context_places_the_text(place: str) -> None:
    texts = _context("HERE", place).corpus_text.split("\n")
    at = texts.index("HERE")
    assert {"first": at == 0, "middle": 0 < at < len(texts) - 1, "last": at == len(texts) - 1}[
        place
    ], texts
    texts = _context("HERE", place, "BEFORE", "AFTER").corpus_text.split("\n")
    at = texts.index("HERE")
    if place != "first":
        assert texts[at - 1] == "BEFORE", texts
    if place != "last":
        assert texts[at + 1] == "AFTER", texts


# ---- the character tables -------------------------------------------------------------------


def test_python_spaces_are_what_python_takes_for_white_space() -> None:
    everything = _all_characters()
    assert len(set(PYTHON_SPACES)) == len(PYTHON_SPACES)
    assert set(PYTHON_SPACES) == {c for c in everything if c.isspace()}
    assert set(PYTHON_SPACES) == set(re.findall(r"\s", everything))  # what Phrases' \s+ takes


def test_ignorecase_extras_are_what_python_takes_for_each_ascii_letter() -> None:
    beyond_ascii = _all_characters()[0x80:]
    candidates = set(re.findall("[a-z]", beyond_ascii, re.IGNORECASE))
    found: dict[str, str] = {}
    for letter in string.ascii_lowercase:
        for case in (letter, letter.upper()):
            extras = "".join(sorted(c for c in candidates if re.fullmatch(case, c, re.I)))
            assert extras == "".join(sorted(IGNORECASE_EXTRAS.get(letter, ""))), (case, extras)
            if extras:
                found[letter] = extras
    assert found.keys() == IGNORECASE_EXTRAS.keys()
    # no ASCII character beyond the letters takes a character beyond ASCII for itself
    others = re.escape("".join(c for c in map(chr, range(128)) if not c.isalpha()))
    assert re.search(f"[{others}]", beyond_ascii, re.IGNORECASE) is None


EXTRAS = [
    (letter, extra) for letter, extras in sorted(IGNORECASE_EXTRAS.items()) for extra in extras
]


def _phrases_found(phrases: Phrases[Any], text: str) -> bool:
    """True when `phrases.finditer` finds a phrase in `text`.

    A phrase written with a case extra (İ, ı, ſ) is matched, then its label is looked up
    and not found (KeyError): see test_a_phrase_written_with_a_case_extra_is_labelled.
    """
    try:
        return any(True for _ in phrases.finditer(text))
    except KeyError:
        return True


@pytest.mark.parametrize(("letter", "extra"), EXTRAS)
def test_phrase_screen_takes_each_case_extra(letter: str, extra: str) -> None:
    phrases = Phrases([(f"a{letter}b and {letter}", "x")])
    text = f"A{extra}B & {extra}"
    assert _phrases_found(phrases, text)
    assert phrases.may_occur(f"before\n{text}\nafter".encode())


@pytest.mark.parametrize(("letter", "extra"), EXTRAS)
def test_a_phrase_written_with_a_case_extra_is_labelled(letter: str, extra: str) -> None:
    # Python's IGNORECASE matches "aſb" to the phrase "asb", but normalise("aſb") is not
    # "asb": the label lookup raised KeyError, and a rule failed on the draft (exit 2), e.g.
    # "Gwent Polıce is good at ..." or "formally known aſ". Found by the tests below.
    phrases = Phrases([(f"a{letter}b", "x")])
    assert all(found.label == "x" for found in phrases.finditer(f"A{extra}B"))


# ---- phrase lists (substitution, judged-subject) --------------------------------------------

LETTERS = "abikosAKIS" + "İıſK" + "éßÉ"
SPACES = [" ", "  ", "\xa0", "\u2009", "\t", "\n", " \n ", "\u3000"]
JUNK = st.text(alphabet=LETTERS + "'’‘&" + " \xa0\u2009\t\n" + ".,;:-()", max_size=6)
# ways a text may write a character of a phrase: what the exact matcher may accept, and more
SPELLINGS = {"i": "iIİı", "s": "sSſ", "k": "kKK", "'": "'’‘", "’": "'’‘", "‘": "'’‘"}
phrase_word = st.text(alphabet=LETTERS + "'’‘-.&", min_size=1, max_size=4) | st.sampled_from(
    ["and", "&", "AND", "it's", "per"]
)
phrase = st.lists(phrase_word, min_size=1, max_size=3).map(" ".join)


def _spelt(word: str) -> st.SearchStrategy[str]:
    if word.lower() in ("and", "&"):
        return st.sampled_from(["and", "AND", "And", "&"])
    choices = [
        st.sampled_from(
            sorted({c, c.upper(), c.lower(), c.swapcase(), *SPELLINGS.get(c.lower(), "")})
        )
        for c in word
    ]
    return st.tuples(*choices).map("".join)


@st.composite
def written(draw: st.DrawFn, phrase: str) -> str:
    """`phrase` as a text might write it: cases, apostrophes, '&', white space varied."""
    words = [draw(_spelt(word)) for word in phrase.split(" ") if word]
    return "".join(w + draw(st.sampled_from(SPACES)) for w in words[:-1]) + words[-1]


@st.composite
def phrases_and_texts(draw: st.DrawFn) -> tuple[list[str], str, list[str]]:
    listed = draw(st.lists(phrase, min_size=1, max_size=4))
    pieces = draw(st.lists(st.sampled_from(listed).flatmap(written) | JUNK, max_size=5))
    others = draw(st.lists(JUNK, max_size=3))
    return listed, "".join(pieces), others


def test_phrase_screen_matches_wherever_the_phrases_are_found() -> None:
    found = []

    @_settings(400)
    @given(phrases_and_texts(), st.integers(min_value=0, max_value=3))
    def check(case: tuple[list[str], str, list[str]], at: int) -> None:
        listed, text, others = case
        phrases = Phrases((p, i) for i, p in enumerate(listed))
        if not _phrases_found(phrases, text):
            return
        found.append(text)
        texts = [*others[:at], text, *others[at:]]
        assert phrases.may_occur("\n".join(texts).encode()), (listed, text)

    check()
    assert len(found) >= 100  # the texts do hold phrases, often


def test_finditer_finds_in_any_range_what_the_exact_pattern_finds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`finditer` skips a range its RE2 screen finds nothing in; it must lose no phrase."""
    monkeypatch.setattr(phrases_module, "_SCREEN_AFTER", 0)  # screen from the first text
    found = []

    @_settings(400)
    @given(phrases_and_texts(), st.integers(0, 40), st.integers(0, 40))
    def check(case: tuple[list[str], str, list[str]], start: int, length: int) -> None:
        listed, text, others = case
        text = others[0] + text if others else text
        phrases = Phrases((p, i) for i, p in enumerate(listed))
        start = min(start, len(text))
        end = min(len(text), start + length) if length else len(text)
        exact = [m.span() for m in phrases._find.finditer(text, start, end)]
        assert [(m.start, m.end) for m in phrases.finditer(text, start, end)] == exact
        if exact:
            found.append(text)

    check()
    # the ranges do hold phrases, often (29 of the 400 in one whole run: Hypothesis also
    # draws on constants from the modules a run has imported, derandomized or not)
    assert len(found) >= 20


def test_a_phrase_list_compiles_its_pattern_when_first_searched(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    compiled: list[str] = []
    original = re.compile

    def spy(pattern: Any, flags: int = 0) -> Any:
        compiled.append(pattern)
        return original(pattern, flags)

    monkeypatch.setattr(phrases_module.re, "compile", spy)
    phrases = Phrases([("is good at", 1), ("is good", 2)])
    assert not compiled  # a run that never searches this list never compiles it
    assert [m.label for m in phrases.finditer("It is good at this. It is good.")] == [1, 2]
    assert phrases.starting_at(" is good", 0, 8) is not None
    assert len(compiled) == 1  # once


def test_phrase_screen_says_no_when_no_phrase_is_there() -> None:
    phrases = Phrases([("formally known as", "formerly known as"), ("per say", "per se")])
    absent = "The unit was formerly known as the hub.\nIt was said per se, formally."
    assert not phrases.may_occur(absent.encode())
    assert phrases.may_occur("It was FORMALLY\xa0known  as the hub".encode())
    assert not Phrases([("x", 1)]).may_occur(b"") and not Phrases([]).may_occur(b"anything")


# ---- repeated words ------------------------------------------------------------------------

ASCII_WORDS = ["the", "The", "THE", "tHe", "a", "A", "had", "force", "force’s", "force's"]
ASCII_WORDS += ["it's", "it’s", "don't", "x", "in", "In"]
OTHER_WORDS = ["été", "Été", "straße", "STRASSE", "İs", "is", "ıs", "KELVIN", "Kelvin", "ſo"]
OTHER_WORDS += ["so", "x²", "naïve", "ﬁne", "fine"]
SEPARATORS = ["", "", " ", " ", " ", "  ", "\t", " \t ", "\n", " \n ", "\n\n", ", ", ". ", "."]
SEPARATORS += ["’", "'", "‘", "“", "”", " – ", "–", "-", "1", "2 ", "_", "\xa0", "\u2009", "…"]
SEPARATORS += ["\u0301"]  # a combining accent: no letter, no word character


@st.composite
def _prose(draw: st.DrawFn, words: list[str]) -> str:
    """Words and separators, where a word often comes again, in another case."""
    out = [draw(st.sampled_from(["", *SEPARATORS]))]
    previous = ""
    for _ in range(draw(st.integers(min_value=0, max_value=8))):
        if previous and draw(st.booleans()):
            again = {previous, previous.upper(), previous.lower(), previous.capitalize()}
            word = draw(st.sampled_from(sorted(again)))
        else:
            word = draw(st.sampled_from(words))
        out += [word, draw(st.sampled_from(SEPARATORS))]
        previous = word
    return "".join(out)


@pytest.mark.parametrize("words", [ASCII_WORDS, ASCII_WORDS + OTHER_WORDS], ids=["ascii", "any"])
def test_repeat_screen_says_yes_wherever_a_word_is_repeated(words: list[str]) -> None:
    found = []

    @_settings(500)
    @given(st.lists(_prose(words), min_size=1, max_size=4))
    def check(texts: list[str]) -> None:
        if not any(any(True for _ in repeated_words(t)) for t in texts):
            return
        found.append(texts)
        corpus = "\n".join(texts)
        assert may_repeat_word(corpus, corpus.encode()), texts

    check()
    assert len(found) >= 100


@pytest.mark.parametrize(
    "text",
    [
        "the the",
        "The the force",
        "force’s force's",
        "it had\nhad",
        "\tin \t in.",
        "THE\nthe",
    ],
)
def test_repeat_screen_sees_plain_repeats(text: str) -> None:
    corpus = f"{NEUTRAL}\n{text}\n{NEUTRAL}"
    assert may_repeat_word(corpus, corpus.encode())


def test_repeat_screen_says_no_on_prose_without_a_repeat() -> None:
    paragraph = (
        "The force’s plan – agreed in June 2022 – is “sound”. In the year to March 2023, the "
        "force recorded 1,200 incidents; staff told us that training had helped them.\n\n"
        "Supervisors review the work of their teams (weekly) and the force's data is checked "
        "by an analyst. It is the same as last year: 20–30 officers, £1.2m, 15% and 4.5 hours."
    )
    assert not any(True for _ in repeated_words(paragraph))
    corpus = "\n".join([paragraph, "Gwent Police", "Good", paragraph])
    assert not may_repeat_word(corpus, corpus.encode())


@pytest.mark.parametrize(
    "text",
    [
        "violent crime. Crime fell",
        "crime, crime",
        "the (the) plan",
        "had ‘had’",
        "1 1 and 2.2",
        "x – x",
        "the\xa0the plan",
        "the\u0301 the plan",
        "the’ the plan",
        "the 'the'",
    ],
)
def test_repeat_screen_says_no_when_marks_stand_between_the_words(text: str) -> None:
    corpus = f"{NEUTRAL}\n{text}\n{NEUTRAL}"
    assert not any(True for _ in repeated_words(corpus))
    assert not may_repeat_word(corpus, corpus.encode())


# ---- existence patterns ------------------------------------------------------------------

LOWER = ["the", "in", "of", "x", "xx", "force", "contact", "inconsistent", "été", "ß", "abc)"]
CAPITAL = ["The", "However", "This", "It", "We", "In addition", "Therefore", "Éire", "Police"]
CAPITAL += ["X", "XX", "XXX", "TBC", "TODO", "Force", "FRS", "Service", "April", "Jan", "Lorem"]
NUMBERS = ["1", "20", "30", "2017", "1000", "0", "12", "9999", "1,000", "2.5", "£5"]
MARKS = [".", ",", ":", "/", "@", "(", ")", "’", "”", '"', "‘", "“", "-", "‐", "‑", "£", "$"]
MARKS += ["€", "+", "%", "[", "]", "{{", "}}", "<<", ">>", "?", "??", "_", "ipsum", "insert"]
SPACING = [" ", "  ", "   ", "\n", "\t", "\xa0", "\n\n"]
GLUE = ["", "", " ", " ", " ", " ", "  ", "\n", ".", ". ", ", "]
JOINS = ["", " ", "  ", ".", ". ", "\n", "’.", ").", ".“", " (", "-"]
piece = st.one_of(
    *(st.sampled_from(kind) for kind in (LOWER, CAPITAL, NUMBERS, MARKS, SPACING)),
    st.text(alphabet="aZ1.  \n)(’x", max_size=3),
    # pairs that the patterns look for, or nearly
    *(
        st.tuples(st.sampled_from(a), st.sampled_from(JOINS), st.sampled_from(b)).map("".join)
        for a, b in ((LOWER, CAPITAL), (NUMBERS, NUMBERS), (CAPITAL, NUMBERS))
    ),
    st.tuples(st.sampled_from(LOWER), st.sampled_from(SPACING), st.sampled_from(CAPITAL)).map(
        "".join
    ),
)
prose_text = st.lists(st.tuples(piece, st.sampled_from(GLUE)), max_size=16).map(
    lambda pairs: "".join(piece + glue for piece, glue in pairs)
)


# the texts next to the one checked, in the draft's corpus
NEIGHBOUR = st.none() | st.text(alphabet="5aZ.@/ )(é\n", max_size=3)


def test_existence_screens_match_wherever_the_pattern_is_found() -> None:
    fired: Counter[str] = Counter()
    checks = {rule_id: _check(rule_id) for rule_id in EXISTENCE_RULES}

    @_settings(600)
    @given(prose_text, st.sampled_from(PLACES), NEIGHBOUR, NEIGHBOUR)
    def check(text: str, place: str, before: str | None, after: str | None) -> None:
        ctx = _context(text, place, before, after)
        for rule_id, rule_check in checks.items():
            if any(True for _ in rule_check.run({"narrative": text}, "questions[0]", ctx)):
                fired[rule_id] += 1
                assert rule_check.may_report(ctx), (rule_id, text, place, before, after)

    check()
    assert all(fired[rule_id] >= 10 for rule_id in EXISTENCE_RULES), fired


EDGES = [
    ("space-after-full-stop", "inconsistent.The"),
    ("space-after-full-stop", "inconsistent.The force"),
    ("space-after-full-stop", "in 2020.The"),
    ("space-after-full-stop", "(see above).The"),
    ("space-after-full-stop", "it said “no”.“Then"),
    ("missing-full-stop", "contact However"),
    ("missing-full-stop", "contact However the way"),
    ("missing-full-stop", "the first point of contact In addition"),
    ("number-range-dash", "20 30"),
    ("number-range-dash", "(20 30)"),
    ("number-range-dash", "20 30."),
    ("number-range-dash", "cohort of 20 30"),
    ("number-range-dash", "between 1000 2000 people"),
    ("number-range-dash", "\n20 30\n"),
    ("double-space", "a  b"),
    ("double-space", "The force  works"),
    ("template-placeholder", "Force x"),
    ("template-placeholder", "Force X is good"),
    ("template-placeholder", "[force name]"),
    ("template-placeholder", "XXX"),
    ("template-placeholder", "TBC"),
    ("template-placeholder", "{{subject}}"),
    ("template-placeholder", "<<name>>"),
    ("template-placeholder", "£XXm"),
    ("template-placeholder", "xx%"),
    ("template-placeholder", "??"),
    ("template-placeholder", "TODO"),
    ("template-placeholder", "Lorem ipsum"),
    ("template-placeholder", "[\ninsert figure ]"),
]


@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize(("rule_id", "text"), EDGES)
def test_existence_screens_at_the_edges_of_texts(rule_id: str, text: str, place: str) -> None:
    check = _check(rule_id)
    assert list(check.run({"narrative": text}, "questions[0]", _context(text))), "must fire"
    # next to texts that end or start with what the pattern's context must not be
    for neighbour in (None, "5", "x", ".", "@", "5.5", "The"):
        ctx = _context(text, place, neighbour, neighbour)
        assert check.may_report(ctx), neighbour


@pytest.mark.parametrize("rule_id", SCREENED)
def test_screens_say_no_on_a_draft_without_the_rules_words(rule_id: str) -> None:
    for place in PLACES:
        assert not _check(rule_id).may_report(_context(NEUTRAL, place)), place


def _existence(find: str) -> Existence:
    check = Existence.model_validate({"type": "existence", "fields": ["narrative"], "find": find})
    check.prepare(RULESET.pack_data)
    return check


@pytest.mark.parametrize(
    "find",
    [r"\Aopening words", r"closing words\z", r"(?-m)^opening words", r"(?i-m)CLOSING words$"],
)
def test_patterns_anchored_to_a_whole_text_get_no_screen(find: str) -> None:
    text = "opening words and closing words"
    check = _existence(find)
    ctx = _context(text, "middle")
    assert list(check.run({"narrative": text}, "questions[0]", ctx))
    assert check.may_report(ctx)
    assert check.may_report(_context(NEUTRAL))  # no screen: always yes


def test_patterns_anchored_to_lines_get_a_screen() -> None:
    check = _existence(r"^opening words|closing words$|\bwords\b and\b")
    assert not check.may_report(_context(NEUTRAL))
    for place in PLACES:
        assert check.may_report(_context("opening words", place))


# ---- whole drafts ----------------------------------------------------------------------------


def test_examples_give_the_same_findings_with_and_without_screens() -> None:
    checked, total = 0, 0
    for path in sorted(EXAMPLES.rglob("*")):
        if path.suffix not in (".yaml", ".yml", ".json"):
            continue
        loaded = load_file(path)
        report = validate_model(Report, loaded)[0] if loaded.ok else None
        if report is None:
            continue
        with_screens = _findings(loaded, report, True)
        assert with_screens == _findings(loaded, report, False), path.name
        checked, total = checked + 1, total + len(with_screens)
    assert checked >= 5 and total > 0


@pytest.fixture
def generate(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    """benchmarks/generate.py, a script beside the package."""
    monkeypatch.syspath_prepend(str(ROOT / "benchmarks"))
    return importlib.import_module("generate")


def test_generated_drafts_give_the_same_findings_with_and_without_screens(
    tmp_path: Path, generate: ModuleType
) -> None:
    generate.write_pool(tmp_path, 8, 300)
    paths = sorted((tmp_path / "pool" / "yaml").glob("*.yaml"))
    assert len(paths) == 300
    rules: set[str] = set()
    skipped = 0
    for path in paths:
        loaded = load_file(path)
        report, problems = validate_model(Report, loaded)
        assert report is not None, problems
        with_screens = _findings(loaded, report, True)
        assert with_screens == _findings(loaded, report, False), path.name
        rules.update(finding[3] for finding in with_screens)
        ctx = DraftContext(loaded, report, RULESET.pack_data, TODAY)
        skipped += sum(not _check(rule_id).may_report(ctx) for rule_id in SCREENED)
    # the planted defects are found, so screens said yes where they had to
    planted = {"space-after-full-stop", "repeated-word", "number-range-dash", "confused-words"}
    assert planted | {"template-placeholder", "subject-named-consistently"} <= rules
    assert skipped > 300 * 4  # and no on most rules of most drafts: the comparison means something


@_settings(200)
@given(drafts())
def test_fuzzed_drafts_give_the_same_findings_with_and_without_screens(
    draft: dict[str, Any],
) -> None:
    loaded = load_text(json.dumps(draft, ensure_ascii=False, indent=1), "fuzz.json", json=True)
    assert loaded.ok, loaded.findings
    report, _ = validate_model(Report, loaded)
    assume(report is not None)
    assert report is not None
    assert _findings(loaded, report, True) == _findings(loaded, report, False)


BUILT = """\
    peelcheck-rules: 1
    pack: built
    description: Rules whose `given` builds the texts they check.
    extends: [text-hygiene]
    rules:
      - id: number-in-text
        severity: warning
        description: A number written as text.
        given: "questions[*].{narrative: to_string(number)}"
        check: {type: existence, fields: [narrative], find: '\\b42\\b'}
        message: "found {match}"
      - id: joined-areas
        severity: warning
        description: Confused words across the areas for improvement, read as one text.
        given: "questions[*].{narrative: join(' ', areas_for_improvement)}"
        check: {type: substitution, fields: [narrative], pairs: confused_words}
        message: "confused {match}"
"""


@pytest.mark.parametrize("rule_id", ["number-in-text", "joined-areas"])
def test_screens_see_texts_that_a_rule_builds(tmp_path: Path, rule_id: str) -> None:
    # A `given` may build texts that are no string of the draft (to_string, join, literals);
    # a screen reading only the draft's strings must not skip the rule that checks them.
    pack = tmp_path / "built.yaml"
    pack.write_text(textwrap.dedent(BUILT), encoding="utf-8")
    ruleset = load_ruleset([str(pack)])
    loaded, _ = _draft(NEUTRAL)
    question = loaded.data["questions"][0]
    question["number"] = 42
    question["areas_for_improvement"] = ["Review the unit formally", "known as the hub."]
    report = Report.model_validate(loaded.data)
    without = [f for f in _findings(loaded, report, False, ruleset) if f[3] == rule_id]
    assert len(without) == 1
    assert [f for f in _findings(loaded, report, True, ruleset) if f[3] == rule_id] == without


# ---- the engine skips ------------------------------------------------------------------------


def test_engine_does_not_run_a_check_whose_screen_says_no(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = Substitution.run

    def counted(self: Substitution, node: Any, path: str, ctx: DraftContext) -> Any:
        calls.append(path)
        return real(self, node, path, ctx)

    monkeypatch.setattr(Substitution, "run", counted)
    loaded, report = _draft(NEUTRAL)
    assert not _check("confused-words").may_report(_context(NEUTRAL))
    evaluate(loaded, report, RULESET, today=TODAY)
    assert calls == []
    evaluate(loaded, report, RULESET, today=TODAY, screens=False)
    assert "questions[0]" in calls
    calls.clear()
    loaded, report = _draft("The hub (formally known as the unit) is new.")
    found = evaluate(loaded, report, RULESET, today=TODAY)
    assert "questions[0]" in calls
    assert [f.rule for f in found if f.rule == "confused-words"] == ["confused-words"]


# ---- reading only the first sentence -----------------------------------------------------

NESTED = Phrases(
    (phrase, phrase)
    for phrase in [
        "is good at the",
        "is good",
        "good at the",
        "at",
        "the force",
        "requires improvement",
    ]
)
PROSE = st.lists(
    st.sampled_from(
        [
            *("is", "good", "at", "the", "force", "requires", "improvement", "It", "Not", "x"),
            *(".", ". ", "\n\n", "\n", " ", "  ", "e.g.", "’", "İs", "AT"),
        ]
    ),
    max_size=30,
).map(" ".join)


@given(PROSE, st.integers(min_value=0, max_value=200))
@_settings(600)
def test_phrases_before_an_end_are_those_of_the_whole_text(text: str, cut: int) -> None:
    end = min(cut, len(text))
    whole = [(m.start, m.end, m.label) for m in NESTED.finditer(text) if m.end <= end]
    before = [(m.start, m.end, m.label) for m in NESTED.finditer_before(text, end)]
    assert before == whole


def test_a_phrase_running_past_the_end_stops_the_search_as_the_whole_text_does() -> None:
    text = "x good at\n\nthe force"  # "good at the" crosses the paragraph break
    end = text.index("\n")
    assert [m.label for m in NESTED.finditer(text)] == ["good at the"]
    assert list(NESTED.finditer_before(text, end)) == []
    assert [m.label for m in NESTED.finditer(text[:end])] == ["at"]  # what a cut text would say


def _fresh() -> Splitter:
    """A splitter of the built-in packs' abbreviations that has read no text yet."""
    data = RULESET.pack_data.data
    return Splitter(data["abbreviations"], data["abbreviations_before_numbers"])


@given(PROSE)
@_settings(600)
def test_the_first_sentence_is_the_first_of_the_sentences(text: str) -> None:
    spans = Splitter.sentences(_fresh(), text)
    assert _fresh().first_sentence(text) == (spans[0] if spans else None)


@given(PROSE)
@_settings(400)
def test_judgements_in_a_first_sentence_match_those_of_the_whole_text(text: str) -> None:
    by_grade = {"Good": ["is good at", "is good"], "Requires improvement": ["requires improvement"]}
    judgements = Judgements(by_grade, ["is good practice"])
    span = SPLITTER.first_sentence(text)
    assume(span is not None)
    assert span is not None
    quick = [(m.start, m.end, m.label) for m in judgements.find(text, *span)]
    judgements._in_text(text)  # now the whole text has been read: the other path
    whole = [(m.start, m.end, m.label) for m in judgements.find(text, *span)]
    assert quick == whole


def test_a_narrative_stating_only_its_own_grade_is_not_split_into_sentences(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[str] = []
    real = Splitter.sentences

    def counted(self: Splitter, text: str) -> Any:
        if sys._getframe(2).f_globals["__name__"] == "peelcheck.checks.judgement":
            calls.append(text)  # the judgement check's own reading, through ctx.sentences
        return real(self, text)

    monkeypatch.setattr(Splitter, "sentences", counted)
    rule = RULESET.get("narrative-contradicts-grade")
    assert rule is not None
    loaded, report = _draft("Gwent Police is good at this. It works well. Staff are good.")
    assert _findings(loaded, report, True) == _findings(loaded, report, False)
    # unscreened, each judgement rule that compares grades (narrative-contradicts-grade,
    # narrative-qualified-grade) splits it once
    assert sum(1 for text in calls if text.startswith("Gwent Police is good")) == 2
    calls.clear()
    _findings(loaded, report, True)
    assert not any(text.startswith("Gwent Police is good") for text in calls)
    other, report = _draft("Gwent Police is good at this. The force requires improvement in that.")
    found = [f for f in _findings(other, report, True) if f[3] == "narrative-contradicts-grade"]
    assert found and found == [
        f for f in _findings(other, report, False) if f[3] == "narrative-contradicts-grade"
    ]


def test_a_first_sentence_is_read_without_scanning_the_whole_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    scanned: list[str] = []
    real = Judgements._find_all

    def counted(self: Judgements, text: str) -> Any:
        scanned.append(text)
        return real(self, text)

    monkeypatch.setattr(Judgements, "_find_all", counted)
    narrative = "Gwent Police is good at this. " + "Staff work well. " * 40
    loaded, report = _draft(narrative)
    found = _findings(loaded, report, True)
    assert not any(f[3] == "narrative-states-grade" for f in found)  # it states its grade
    assert narrative not in scanned  # neither judgement rule read past the first sentence


# ---- addresses the spelling check does not read ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "See https://example.test/pagge for more.",
        "See www.exampel.com today.",
        "Write to nme@exampel.com now.",
        "Read justiceinspectorates.gov.uk/hmicfrs/misspeld first.",
        "No address here, only prose: a.b and c@ and :// and .uk",
        "",
    ],
)
def test_spelling_skips_the_address_scan_only_where_no_address_can_be(text: str) -> None:
    from peelcheck.checks.spelling import _ADDRESS, _ADDRESS_TEXT

    exact = [m.span() for m in _ADDRESS_TEXT.finditer(text)]
    assert [m.span() for m in _ADDRESS.finditer(text)] == exact
    assert exact or "No address" in text or not text
