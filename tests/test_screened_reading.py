"""The judgment rules' second round of screens (issue 16's cost target) read exactly what
the code without them reads: the vetoes' word screen (`GrammarScreens.may_veto`), a frame's
match judged only for whether it is a judgment (`grade_first`), sentences split in one loop
(`Splitter._split`), and a summary's sentences with no grade's words left unread
(`topic_judgement`). Each is compared with the slow path over every sentence of the
labelled corpus (tests/data/judgments/), the narratives and summaries of real pages, and
sentences made to trip it; failures name corpus sentences by id only (some are held back).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from peelcheck.checks.api import blank
from peelcheck.importers.page import import_text
from peelcheck.prose import grammar_data
from peelcheck.prose.grammar_data import QUOTES
from peelcheck.prose.grammar_screens import _veto_words, veto_screen
from peelcheck.prose.judgments import Grammar
from peelcheck.prose.sentences import _CLOSED, Span, Splitter, _trimmed, not_ending
from peelcheck.run.pipeline import import_facts
from tests import judgments
from tests.judgment_cases import ruleset

# attributed, quoted and other years' judgments, and letters re.IGNORECASE reads as ASCII
VETOED = [
    ("Kent Police said it is good at preventing crime.", "Kent Police"),
    ("The force is good at this, partners told us.", "Kent Police"),
    ("The force is ‘good at’ this, the council says.", "Kent Police"),
    ('The chief constable said: "Kent Police is good."', "Kent Police"),
    ("In 2019 Kent Police was good.", "Kent Police"),
    ("Kent Police was good in 2021/22 and is adequate now.", "Kent Police"),
    ("We judged Kent Police to be good at our last inspection.", "Kent Police"),
    ("Kent Police was good previously; it is now outstanding.", "Kent Police"),
    ("Kent Police is good, according to its own survey.", "Kent Police"),
    ("Kent Police is good in the view of its partners.", "Kent Police"),
    ("Its own review found that Kent Police is good.", "Kent Police"),
    ("Kent Police is good & its partners told us so.", "Kent Police"),
    ("Kent Police ſaid it is good at preventing crime.", "Kent Police"),
    ("The force is good at this, partners ſaid.", "Kent Police"),
    ("İn 2019 Kent Police was good.", "Kent Police"),
    ("Kent Police is good, its staff KNOW THAT.", "Kent Police"),
]


@lru_cache(maxsize=1)
def _sentences() -> list[tuple[str, str, str]]:
    """(id, text, subject) of every corpus sentence, then the made-up ones."""
    found = [
        (item["id"], item["text"], str(item["report"].get("subject") or ""))
        for item in judgments.sentences()
    ]
    return found + [(f"vetoed{n}", text, who) for n, (text, who) in enumerate(VETOED)]


@lru_cache(maxsize=1)
def _page_texts() -> list[tuple[str, str, str]]:
    """(where, text, subject) of each narrative and summary of every real page."""
    found = []
    for page in sorted((Path(__file__).parent / "data").glob("**/pages/*.txt")):
        loaded = import_text(page.read_bytes(), page.name, import_facts(ruleset()), excerpt=True)
        data: Any = loaded.data
        if not isinstance(data, dict):
            continue
        subject = str((data.get("inspection") or {}).get("subject") or "")
        parts = [data.get("overall") or {}, *(data.get("pillars") or [])]
        texts = [p.get("summary") for p in parts if isinstance(p, dict)] + [
            q.get("narrative") for q in data.get("questions") or [] if isinstance(q, dict)
        ]
        where = f"{page.parent.parent.name}/{page.name}"
        found += [(where, t, subject) for t in texts if isinstance(t, str)]
    assert len(found) > 1_500, len(found)
    return found


def test_the_veto_screen_says_no_only_where_no_veto_holds(
    reader: Grammar, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[str, tuple[Any, ...]]] = []
    unscreened = Grammar._not_ours
    reading = [""]  # the id of the sentence being read

    def spy(plain: str, sentence: str, begin: int, start: int, end: int) -> bool:
        calls.append((reading[0], (plain, sentence, begin, start, end)))
        return unscreened(reader, plain, sentence, begin, start, end)

    monkeypatch.setattr(reader, "_not_ours", spy)
    for key, text, subject in _sentences():
        reading[0] = key
        reader._read_sentence(text, subject, ())
    monkeypatch.undo()
    screened = {key: [reader._not_ours(*args) for k, args in calls if k == key] for key, _ in calls}
    monkeypatch.setattr(reader, "may_veto", lambda plain, sentence: True)
    wrong = sorted(
        {k for k, args in calls if reader._not_ours(*args) != screened[k].pop(0)},
    )
    monkeypatch.undo()
    assert not wrong, f"the veto screen changes {len(wrong)} readings: {wrong[:20]}"
    vetoed = {k for k, args in calls if reader._not_ours(*args)}
    # the corpus and most made-up sentences have vetoes to keep (some no frame reads at all)
    assert len(vetoed) > 50 and len({k for k in vetoed if k.startswith("vetoed")}) >= 10
    # and it is a fast path: most judgments' sentences in real reports hold no word of a veto
    # (the made-up batches are written to hold traps, year-on-year ones years in most)
    real = {item["id"] for item in judgments.sentences() if item["origin"] == "real"}
    screened_real = [reader.may_veto(args[0], args[1]) for k, args in calls if k in real]
    assert sum(screened_real) < 0.5 * len(screened_real), (sum(screened_real), len(screened_real))


def test_the_veto_screen_finds_its_words_as_a_search_for_each_word_does(reader: Grammar) -> None:
    words = _veto_words(reader.data)
    assert words is not None and len(words) > 20
    screen = veto_screen(words)
    texts = [t for _, t, _ in _page_texts()] + [t for _, t, _ in _sentences()]
    texts += [w.upper() + "." for w in words] + [f"x{w}x" for w in words] + ["Sa id", "19th"]
    lowered = [t.lower() for t in texts]
    wrong = [
        n
        for n, lower in enumerate(lowered)
        if (screen.search(lower.encode("utf-8")) is not None)
        != any(word in lower for word in words)
    ]
    assert not wrong, f"{len(wrong)} texts screened otherwise: {wrong[:20]}"
    assert 100 < sum(any(w in t for w in words) for t in lowered) < len(lowered)


def test_the_key_words_a_text_holds_are_those_a_search_for_each_word_finds(
    reader: Grammar,
) -> None:
    texts = [t for _, t, _ in _page_texts()] + [t for _, t, _ in _sentences()]
    texts += ["", "Inadequate.", "GOOD", "not yet", "shortfall", "Adequate \udc80 good"]
    lowered = [t.lower() for t in texts]
    wrong = [
        n
        for n, lower in enumerate(lowered)
        if reader._keys_in(lower) != frozenset(w for w in reader._keys if w in lower)
    ]
    assert not wrong, f"{len(wrong)} texts hold other key words: {wrong[:20]}"
    assert sum(len(reader._keys_in(t)) > 1 for t in lowered) > 100


def test_a_match_judged_only_for_whether_it_is_a_judgment_is_one_when_judged_in_full(
    reader: Grammar,
) -> None:
    wrong: list[str] = []
    judged = 0
    for key, text, subject in _sentences():
        plain = reader._plain(text)
        if plain is None:
            continue
        names = reader._compiled(subject, ())
        for match, np in reader._matches(plain):
            full = reader._judgment(plain, text, match, np, names)
            quick = reader._judgment(plain, text, match, np, names, whether=True)
            judged += full is not None
            if (full is None) != (quick is None):
                wrong.append(key)
    assert not wrong, f"{len(wrong)} differ: {sorted(set(wrong))[:20]}"
    assert judged > 1_000


def _one_at_a_time(splitter: Splitter, text: str) -> Iterator[Span]:
    """Each sentence's span, one at a time: the plain reading `Splitter._split` and
    `Splitter.first_sentence` must equal."""
    start = 0
    for match in splitter._end.finditer(text):
        at = match.end(1) if match.group(1) is not None else match.start()
        span = _trimmed(text, start, at)
        if span is not None:
            yield span
        start = match.end()
    span = _trimmed(text, start, len(text))
    if span is not None:
        yield span


def test_sentences_split_in_one_loop_are_those_split_one_at_a_time() -> None:
    splitter = ruleset().pack_data.splitter()
    texts = [t for _, t, _ in _page_texts()] + [t for _, t, _ in _sentences()]
    wrong = [
        n
        for n, text in enumerate(texts)
        if splitter._split(text) != tuple(_one_at_a_time(splitter, text))
        or Splitter.first_sentence(splitter, text) != next(_one_at_a_time(splitter, text), None)
    ]
    assert not wrong, f"{len(wrong)} texts split otherwise: {wrong[:20]}"


def _two_branches(splitter_data: dict[str, Any]) -> re.Pattern[str]:
    """The sentence end as two branches ("[.!?]..." or a blank line), which `re` tries at
    every character: `Splitter._end` opens both with one character class and must find
    the same ends."""
    lookarounds = not_ending(
        splitter_data["abbreviations"], splitter_data["abbreviations_before_numbers"]
    )
    return re.compile(f"[.!?]{lookarounds}{_CLOSED}|\\n\\s*\\n")


def _ends(pattern: re.Pattern[str], text: str) -> list[tuple[Span, Span]]:
    return [(m.span(), m.span(1)) for m in pattern.finditer(text)]


def test_sentence_ends_are_those_of_two_branches() -> None:
    splitter = ruleset().pack_data.splitter()
    reference = _two_branches(ruleset().pack_data.data)
    texts = [t for _, t, _ in _page_texts()] + [t for _, t, _ in _sentences()]
    wrong = [n for n, t in enumerate(texts) if _ends(splitter._end, t) != _ends(reference, t)]
    assert not wrong, f"{len(wrong)} texts end sentences otherwise: {wrong[:20]}"
    assert sum(len(_ends(reference, t)) for t in texts) > 10_000


@given(
    st.lists(
        st.sampled_from(["It", "is", "good", ".", ". ", "!", "?", '"', "’", ")", " ", "  "])
        | st.sampled_from(["\n", "\n\n", " \n \n ", "\t", "e.g.", "Nov. 2023", "J. Smith", "2"]),
        max_size=40,
    ).map("".join)
)
@settings(max_examples=500, deadline=None, derandomize=True)
def test_made_up_texts_split_in_one_loop_as_one_at_a_time(text: str) -> None:
    data = ruleset().pack_data.data
    splitter = Splitter(data["abbreviations"], data["abbreviations_before_numbers"])
    assert _ends(splitter._end, text) == _ends(_two_branches(data), text)
    assert splitter._split(text) == tuple(_one_at_a_time(splitter, text))
    assert splitter.first_sentence(text) == next(_one_at_a_time(splitter, text), None)


def test_a_summary_sentence_left_unread_reads_no_judgment(reader: Grammar) -> None:
    splitter = ruleset().pack_data.splitter()
    wrong: list[str] = []
    skipped = 0
    for where, text, subject in _page_texts():
        if len(text.lower()) != len(text):
            continue  # the rule reads every sentence of such a text
        spans = splitter.sentences(text)
        kept = set(reader.containing(text, spans))
        for start, end in spans:
            if (start, end) not in kept:
                skipped += 1
                if reader._read_sentence(text[start:end], subject, ()):
                    wrong.append(f"{where}@{start}")
    assert not wrong, f"{len(wrong)} sentences left unread hold a judgment: {wrong[:20]}"
    assert skipped > 5_000, skipped


def test_blank_is_empty_after_strip() -> None:
    spaces = "".join(chr(c) for c in range(0x3001) if chr(c).isspace())
    for text in ["", " ", spaces, spaces + "x", "x", "\u200b", " \u200b ", "\x00"]:
        assert blank(text) == (not text.strip()), repr(text)


def test_the_sentences_holding_grade_words_are_found_from_the_words_or_the_sentences(
    reader: Grammar,
) -> None:
    splitter = ruleset().pack_data.splitter()
    wrong: list[str] = []
    ways = [0, 0]  # texts with fewer words than sentences, and the rest
    for where, text, _ in _page_texts():
        every = splitter.sentences(text)
        # every sentence, and some only (a grade word between two: in none of them)
        for spans, besides in itertools.product(
            [every, every[::2], every[1:2]],
            [None, "Good", "Requires improvement", "Outstanding", "Ungraded"],
        ):
            found = reader._scan(text)[0]
            own = reader._own_keys(besides)
            if found and own:
                found = reader._besides(text, besides, own)
            expected = [(s, e) for s, e in spans if any(s <= at < e for at in found)]
            if len(spans) <= 1 and besides is None:
                expected = list(spans)  # one sentence: read, not screened
            else:
                ways[len(found) >= len(spans)] += 1
            if reader.containing(text, [*spans, None], besides) != expected:
                wrong.append(f"{where} ({besides})")
    assert not wrong, f"{len(wrong)} differ: {wrong[:20]}"
    assert min(ways) > 50, ways


@given(st.text(alphabet="goodGOŌİıſKﬁ’‘“”&'\" \t\u0307", max_size=12))
@settings(max_examples=500, deadline=None, derandomize=True)
def test_a_one_word_key_is_the_key_the_full_normalising_gives(phrase: str) -> None:
    slow = " ".join(phrase.translate(QUOTES).replace("&", "and").lower().split())
    assert grammar_data.key(phrase) == slow
