"""`quotation-marks` reads only the paragraphs holding a mark that can open a quotation
or close one never opened (‘ ' “ ” "): a paragraph whose only marks are ’ has nothing to
report (issue 21). What it reports must be what reading every paragraph reports."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from peelcheck.checks import quotes
from peelcheck.checks.quotes import QuotationMarks

CHECK = QuotationMarks(type="quotation-marks", fields=["narrative"])


def _every_paragraph(text: str) -> list[tuple[int, str]]:
    """What the check reported when it read every paragraph."""
    starts = [0, *(m.end() for m in quotes._PARAGRAPH.finditer(text))]
    ends = [m.start() for m in quotes._PARAGRAPH.finditer(text)] + [len(text)]
    found = []
    for index, (start, end) in enumerate(zip(starts, ends, strict=True)):
        following = text[ends[index] :].lstrip()[:1] if index + 1 < len(starts) else ""
        found += list(quotes._unbalanced(text, start, end, following))
    return found


class _NotAnExcerpt:
    """The one fact the check reads: whether the draft is an excerpt (it is not)."""

    def fact(self, name: str) -> Any:
        assert name == "excerpt"
        return None


def _reported(text: str) -> list[tuple[int, str]]:
    context: Any = _NotAnExcerpt()
    hits = CHECK.run({"narrative": text}, "questions[0]", context)
    return [(hit.span[0], hit.values["problem"]) for hit in hits if hit.span is not None]


def test_a_quotation_over_paragraphs_and_marks_left_open() -> None:
    text = "The force’s ‘plan\n\n‘goes on’ here.\n\nThe “new\n\nofficers’ views” and ”"
    assert _reported(text) == _every_paragraph(text) != []
    assert _reported("The force’s officers’ views.\n\nThe force’s plan’s end.") == []


_PIECES = ["word", "force’s", " ", "\n\n", "\n", "‘", "’", "'", "“", "”", '"', "(", "-", "3"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30))
def test_any_text_of_marks_and_paragraphs(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert _reported(text) == _every_paragraph(text)


# ’ in every place the turned-mark test reads: after space, a bracket, a letter, a digit
# or nothing; before a letter (ASCII or not, a numeral that is no digit), a digit, "_"
_MARKS = ["’", "‘", "'", "“", "”", '"', " ", "(", "[", "\n", "a", "é", "²", "3", "_", "-", "\xa0"]


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(_MARKS), max_size=12))
def test_the_marks_found_are_those_of_the_pattern_as_first_written(pieces: list[str]) -> None:
    text = "".join(pieces)
    found = [m.span() for m in quotes._OPENING.finditer(text)]
    assert found == [m.span() for m in quotes.OPENING_AS_WRITTEN.finditer(text)]


def test_a_turned_mark_opens_only_before_a_letter() -> None:
    text = "’Tis (’x’) a’b ’3 ’é [’² ’_"
    starts = [m.start() for m in quotes._OPENING.finditer(text)]
    assert starts == [0, 6, 18, 22] == [m.start() for m in quotes.OPENING_AS_WRITTEN.finditer(text)]
