"""A slot word in a phrase list ("our {year} inspection", the years as a slot) finds exactly
what the list with every slot written out finds: the same places, the same labels, from
every way of searching. The slot only makes the pattern smaller to compile."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from peelcheck.prose.any_phrase import fewest
from peelcheck.prose.phrases import Phrases

YEARS = ["2017", "2017/18", "2019", "2023", "2023-25"]
SLOTS = {"year": YEARS}
PHRASES = ["{year}", "our {year} inspection", "unchanged since {year}", "in {year} and {year}",
           "last year", "since our last inspection", "; {year}"]  # fmt: skip
LABELLED = [(p, f"label {i}") for i, p in enumerate(PHRASES)]
SLOTTED = Phrases(LABELLED, SLOTS)
WRITTEN = Phrases(
    [
        (p.replace("{year}", a, 1).replace("{year}", b), label)
        for p, label in LABELLED
        for a in YEARS
        for b in YEARS
    ]
)


def _all_ways(phrases: Phrases[str], text: str) -> tuple[object, ...]:
    found = [(m.start, m.end, m.label) for m in phrases.finditer(text)]
    screened = [(m.start, m.end, m.label) for m in phrases.finditer_screened(text)]
    ends = [phrases.ending_at(text, 0, end) for end in range(len(text) + 1)]
    starts = [phrases.starting_at(text, start, len(text)) for start in range(len(text) + 1)]
    return found, screened, ends, starts, phrases.may_occur(text.encode("utf-8", "replace"))


def test_a_slot_finds_what_its_words_written_out_find() -> None:
    for text in [
        "Unchanged since 2019; our 2023-25 inspection found it good, as in 2017 and 2019.",
        "our 2023 inspection, our 2023-25inspection, our 2018 inspection, x2019, 2019x",
        "in 2017/18 and 2023; 2017 as in our  2017/18\ninspection",
        "no year at all here",
    ]:
        assert _all_ways(SLOTTED, text) == _all_ways(WRITTEN, text), text
    text = "Our 2023-25 inspection"
    found = [(m.label, text[m.start : m.end]) for m in SLOTTED.finditer(text)]
    assert found == [("label 1", "Our 2023-25 inspection")]
    assert not list(SLOTTED.finditer("our 2018 inspection in 2025"))  # years not in the slot


_PIECES = ["our", "Our", "inspection", "unchanged", "since", "in", "and", "last", "year", ";",
           "2017", "2017/18", "2019", "2023", "2023-25", "-25", "/18", "2018", "x", " ", "  ",
           "\n", "&"]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14))
def test_any_text(pieces: list[str]) -> None:
    text = " ".join(pieces)
    assert _all_ways(SLOTTED, text) == _all_ways(WRITTEN, text)


def test_fewest_reads_a_year_as_its_slot() -> None:
    # "{year}" alone is found wherever "unchanged since 2019" is: the longer is not needed
    kept = fewest(["{year}", "unchanged since 2019", "as in our last inspection"], SLOTS)
    assert kept == ["{year}", "as in our last inspection"]
    assert fewest(["{year}", "unchanged since 2019"]) == ["{year}", "unchanged since 2019"]
