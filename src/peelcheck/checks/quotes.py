"""`quotation-marks`: every quotation mark opened in a paragraph is closed in it."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Literal

from peelcheck.checks.api import Check, field_texts, register
from peelcheck.checks.cut_end import cut_word
from peelcheck.engine.contract import Hit

if TYPE_CHECKING:
    from peelcheck.engine.context import DraftContext

_PARAGRAPH = re.compile(r"\n\s*\n")
_SINGLES = re.compile("[‘’']")
_DOUBLES = re.compile('[“”"]')
# Marks without which a paragraph has nothing to report: a ’ is a closing mark or an
# apostrophe, and closes only what a ‘ or ' opened, unless it opens a word (turned round).
# The pattern opens with one class so that `re` skips to candidate marks in C; "a ’ after
# space, a bracket or nothing, before a letter" is checked after it (a branch opening with
# a lookbehind was tried at every character: ten times the cost).
_OPENING = re.compile("[‘'“”\"’]" + r"(?<![^\s(\[]’)(?:(?<!’)|(?=[^\W\d_]))")
# What it matches, as first written (tests/test_quotation_marks.py compares the two)
OPENING_AS_WRITTEN = re.compile("[‘'“”\"]|" + r"(?<![^\s(\[])’(?=[^\W\d_])")
_OPENS_AFTER = "([{“‘—–-/"  # a single mark after these (or space) opens a quotation


@register
class QuotationMarks(Check):
    """Quotation marks in the texts of `fields` come in pairs, within a paragraph.

    Reported: an opening mark (‘ “, or a straight ' " that opens) never closed before the
    paragraph ends, unless the next paragraph opens a quotation too (a quotation running
    over paragraphs); a closing ” with none open; an odd straight " left over; a single mark
    turned the wrong way (’ opening a word, ‘ closing one). A ’ or ' inside a word
    ("force’s") or after one with no quotation open ("officers’ views") is an
    apostrophe, not a quotation mark. Message values: `{mark}`, `{problem}` (what is wrong),
    `{fix}` (what to do) and `{context}` (the words around it).

    Example:

        given: "questions[*]"
        check: {type: quotation-marks, fields: [narrative]}
    """

    type: Literal["quotation-marks"]
    fields: list[str]

    def may_report(self, ctx: DraftContext) -> bool:
        corpus = ctx.corpus_text
        return any(mark in corpus for mark in "‘“”\"'") or bool(_OPENING.search(corpus))

    def run(self, node: Any, path: str, ctx: DraftContext) -> Iterator[Hit]:
        for where, text in field_texts(node, path, self.fields):
            # a paragraph whose only marks are ’ (apostrophes, or closing what was never
            # opened) has nothing to report
            marks = [m.start() for m in _OPENING.finditer(text)]
            if not marks:
                continue
            # an excerpt's copy may be cut inside a quotation ("has assessed ‘hidden")
            cut = cut_word(ctx, where, text) is not None
            starts = [0, *(m.end() for m in _PARAGRAPH.finditer(text))]
            ends = [m.start() for m in _PARAGRAPH.finditer(text)] + [len(text)]
            for index, (start, end) in enumerate(zip(starts, ends, strict=True)):
                first = bisect_left(marks, start)
                if first == len(marks) or marks[first] >= end:
                    continue
                following = text[ends[index] :].lstrip()[:1] if index + 1 < len(starts) else ""
                if cut and index + 1 == len(starts):
                    following = _CUT  # what follows the cut may close it
                for at, problem in _unbalanced(text, start, end, following):
                    turned = problem.startswith(_TURNED)
                    values = {
                        "mark": text[at],
                        "problem": problem,
                        "fix": "turn it round" if turned else "delete it, or add its pair",
                        "context": _context(text, at, start, end),
                    }
                    yield Hit(where, values, text=text, span=(at, at + 1))


def _unbalanced(text: str, start: int, end: int, following: str) -> Iterator[tuple[int, str]]:
    """(offset, what is wrong) for each mark of text[start:end] without its pair."""
    yield from _singles(text, start, end, following)
    yield from _doubles(text, start, end, following)


def _singles(text: str, start: int, end: int, following: str) -> Iterator[tuple[int, str]]:
    """‘ ’ and straight ': an opening mark stands before a word, after space or a bracket;
    a closing one after a word, not before a letter (else it is an apostrophe)."""
    opened: int | None = None
    for match in _SINGLES.finditer(text, start, end):
        at, mark = match.start(), match.group()
        before = text[at - 1] if at > start else " "
        after = text[at + 1] if at + 1 < end else " "
        if mark == "’" and opened is None and after.isalpha() and _starts_word(before):
            # a closing mark where a quotation opens: "as the ’priority of priorities’"
            yield at, f"{_TURNED}: a quotation opens with ‘"
            opened = at
        elif mark == "‘" and before.isalnum() and not after.isalnum():
            # an opening mark where a quotation closes: "its vision, ’A Safer North Wales‘,"
            yield at, f"{_TURNED}: a quotation closes with ’"
            opened = None
        elif opened is not None and mark in "’'" and not after.isalnum():
            if mark == "’" or text[opened] == "'":
                opened = None  # the quotation closes
        elif opened is None and mark in "‘'" and after.isalnum() and _opens(before):
            opened = at
    if opened is not None and following not in ("‘", "'", _CUT):
        yield opened, "opens a quotation that is never closed"


_TURNED = "is turned the wrong way"
_CUT = "cut"  # in place of the next paragraph's first mark: the copy ends inside this one


def _starts_word(before: str) -> bool:
    return before.isspace() or before in "(["


def _opens(before: str) -> bool:
    return before.isspace() or before in _OPENS_AFTER


def _doubles(text: str, start: int, end: int, following: str) -> Iterator[tuple[int, str]]:
    """“ ” in pairs, and straight " an even number of times."""
    opened: list[int] = []
    straight: list[int] = []
    for match in _DOUBLES.finditer(text, start, end):
        at, mark = match.start(), match.group()
        if mark == "“":
            opened.append(at)
        elif mark == "”" and opened:
            opened.pop()
        elif mark == "”":
            yield at, "closes a quotation that was never opened"
        else:
            straight.append(at)
    if following not in ("“", _CUT):
        for at in opened:
            yield at, "opens a quotation that is never closed"
    if len(straight) % 2:
        yield straight[-1], "has no partner: straight double quotation marks come in pairs"


def _context(text: str, at: int, start: int, end: int) -> str:
    """Up to five words either side of the mark, on one line, the mark where it stands."""
    first, last = max(start, at - 40), min(end, at + 41)
    before = text[first:at].split()
    if first > start and not text[first - 1].isspace():
        before = before[1:]  # a word cut by the window
    after = text[at + 1 : last].split()
    if last < end and not text[last].isspace():
        after = after[:-1]
    left, right = " ".join(before[-5:]), " ".join(after[:5])
    gap_left = " " if at > start and text[at - 1].isspace() else ""
    gap_right = " " if at + 1 < end and text[at + 1].isspace() else ""
    return f"{left}{gap_left}{text[at]}{gap_right}{right}".strip()
