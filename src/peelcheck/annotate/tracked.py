"""Fixes as tracked changes in a copy of a Word draft (`check --fix --annotate OUT.docx`).

Each fix deletes the flagged words (`w:del`, their runs kept, text as `w:delText`) and
inserts the replacement right after them (`w:ins`, formatted as the first deleted run),
both by "peelcheck" with the time of the run, so the inspector accepts or rejects each in
Word's review pane. Words over several runs are split at the exact characters first.
"""

from __future__ import annotations

import copy
import datetime as dt
import itertools
from collections.abc import Iterable
from typing import Any

from peelcheck.annotate.runs import AUTHOR, runs_between
from peelcheck.core.findings import Edit, Finding
from peelcheck.importers.word.body import paragraph_text
from peelcheck.importers.word.xml import XML_SPACE, attr, local, tag

_DELETED_TEXT = {"t": "delText", "instrText": "delInstrText"}


def word_edits(findings: Iterable[Finding], *, unsafe: bool) -> list[Edit]:
    """The edits of the fixes to track: one per finding, safe ones (and unsafe if asked),
    none overlapping another in its paragraph (the first kept)."""
    chosen: list[Edit] = []
    for finding in findings:
        fix = finding.fix
        if fix is None or not fix.applicable or not (fix.safe or unsafe) or finding.waived:
            continue
        for edit in fix.edits:
            if edit.paragraph is None or any(
                e.paragraph == edit.paragraph and e.start < edit.end and edit.start < e.end
                for e in chosen
            ):
                break
        else:
            chosen.extend(fix.edits)
    return chosen


def track_changes(document: Any, paragraphs: list[Any], edits: list[Edit]) -> int:
    """Write the edits into the document as tracked changes; how many were written.

    Within a paragraph the last edit goes first, so the offsets of the others still hold.
    An edit whose words are no longer there is left out.
    """
    stamp = dt.datetime.now(dt.UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")
    ids = itertools.count(_next_id(document))
    written = 0
    for edit in sorted(edits, key=lambda e: (e.paragraph or 0, -e.start)):
        assert edit.paragraph is not None
        if not 0 <= edit.paragraph < len(paragraphs):
            continue
        element = paragraphs[edit.paragraph].element
        if _tracked(element, edit, stamp, ids):
            written += 1
    return written


def _tracked(paragraph: Any, edit: Edit, stamp: str, ids: Iterable[int]) -> bool:
    text, _ = paragraph_text(paragraph)
    if edit.end > len(text):
        return False
    counter = iter(ids)
    runs = runs_between(paragraph, edit.start, edit.end) if edit.end > edit.start else []
    if runs:
        for run in runs:
            deleted = _change("del", stamp, next(counter))
            run.addprevious(deleted)
            deleted.append(run)
            for node in run.iter():
                name = _DELETED_TEXT.get(local(node))
                if name is not None:
                    node.tag = tag(name)
        anchor, model = runs[-1].getparent(), runs[0]
    else:
        return False  # an insertion alone has no words to anchor on; fixes replace words
    if edit.replacement:
        inserted = _change("ins", stamp, next(counter))
        run = copy.deepcopy(model)
        for child in list(run):
            if local(child) != "rPr":
                run.remove(child)
        words = run.makeelement(tag("t"), {})
        words.text = edit.replacement
        words.set(XML_SPACE, "preserve")
        run.append(words)
        inserted.append(run)
        anchor.addnext(inserted)
    return True


def _change(kind: str, stamp: str, number: int) -> Any:
    from docx.oxml import OxmlElement

    element = OxmlElement(f"w:{kind}")
    element.set(tag("id"), str(number))
    element.set(tag("author"), AUTHOR)
    element.set(tag("date"), stamp)
    return element


def _next_id(document: Any) -> int:
    """An id above every revision and comment id in the body (Word wants them unique)."""
    used = [0]
    for node in document.element.body.iter(tag("ins"), tag("del"), tag("commentRangeStart")):
        value = attr(node, "id")
        if value is not None and value.isdigit():
            used.append(int(value))
    return max(used) + 1
