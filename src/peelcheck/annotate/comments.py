"""Findings as Word comments in a copy of a Word draft.

Each finding becomes one comment by "peelcheck", anchored on the exact flagged words: where
they start or end inside a run, the run is split in two (same formatting), so the comment
covers the words and nothing else. A finding about a missing part is anchored on its
question's heading (that is where its place points). Comments peelcheck wrote before are
removed first, with their marks in the text and their entries in Word's comment extension
parts; everyone else's comments, replies to peelcheck's included, are left as they are.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from typing import Any

from peelcheck.annotate.runs import AUTHOR, runs_between
from peelcheck.annotate.tracked import track_changes
from peelcheck.core.findings import Edit, Finding
from peelcheck.importers.word.body import read_body
from peelcheck.importers.word.package import open_document
from peelcheck.importers.word.xml import W, attr, local, tag

INITIALS = "PC"
_W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
_PARA_ID = f"{{{_W14}}}paraId"
_EXTENSIONS = (
    "/word/commentsExtended.xml",
    "/word/commentsIds.xml",
    "/word/commentsExtensible.xml",
)


class AnnotateError(Exception):
    """The copy cannot be made; the message says why."""


def comment_text(finding: Finding) -> str:
    """What the comment says: severity, rule id and message."""
    return f"{finding.severity.label} {finding.rule}: {finding.message}"


def annotate(
    raw: bytes, findings: Iterable[Finding], edits: list[Edit] | None = None
) -> tuple[bytes, int, int]:
    """A copy of the Word document `raw` with one comment per placed finding and the
    `edits` as tracked changes, and how many comments and changes it holds. Raises
    AnnotateError when the document cannot be read or has changed since it was checked."""
    document, problem = open_document(raw)
    if document is None:
        raise AnnotateError(f"not a readable Word document: {problem}")
    remove_own_comments(document)
    paragraphs = read_body(document).paragraphs
    count = 0
    for finding in findings:
        place = finding.place
        if place is None or not 0 <= place.paragraph < len(paragraphs):
            continue
        element = paragraphs[place.paragraph].element
        text = paragraphs[place.paragraph].text
        if not text[place.start : place.end].strip().startswith(place.quote.rstrip("…")):
            raise AnnotateError("the document changed after it was checked; check it again")
        runs = runs_between(element, place.start, place.end) or runs_between(element, 0, len(text))
        if not runs:
            continue
        from docx.text.run import Run

        first, last = Run(runs[0], document), Run(runs[-1], document)
        document.add_comment([first, last], comment_text(finding), AUTHOR, INITIALS)
        count += 1
    changes = 0
    if edits:
        changes = track_changes(document, paragraphs, edits)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue(), count, changes


def remove_own_comments(document: Any) -> int:
    """Remove every comment peelcheck wrote (author "peelcheck"); how many there were."""
    comments = _comments_element(document)
    if comments is None:
        return 0
    own = [c for c in comments.iterchildren(tag("comment")) if attr(c, "author") == AUTHOR]
    ids = {attr(c, "id") for c in own}
    para_ids = {p.get(_PARA_ID) for c in own for p in c.iter(tag("p"))} - {None}
    for comment in own:
        comments.remove(comment)
    body = document.element.body
    for marker in list(body.iter(tag("commentRangeStart"), tag("commentRangeEnd"))):
        if attr(marker, "id") in ids:
            marker.getparent().remove(marker)
    for reference in list(body.iter(tag("commentReference"))):
        if attr(reference, "id") in ids:
            run = reference.getparent()
            others = [c for c in run if c is not reference and local(c) != "rPr"]
            target = reference if others else run
            target.getparent().remove(target)
    _drop_extensions(document, para_ids)
    return len(own)


def _comments_element(document: Any) -> Any | None:
    for rel in document.part.rels.values():
        if rel.reltype.endswith("/comments") and not rel.is_external:
            return getattr(rel.target_part, "element", None)
    return None


def _drop_extensions(document: Any, para_ids: set[str]) -> None:
    """Entries of Word's comment extension parts that belong to removed comments."""
    if not para_ids:
        return
    from lxml import etree

    for part in document.part.package.iter_parts():
        if str(part.partname) not in _EXTENSIONS:
            continue
        element = getattr(part, "element", None)
        if element is None:
            element = etree.fromstring(part.blob, etree.XMLParser(resolve_entities=False))
        for entry in list(element):
            values = {v for k, v in entry.attrib.items() if k.endswith("}paraId")}
            parents = [
                k for k, v in entry.attrib.items() if k.endswith("}paraIdParent") and v in para_ids
            ]
            if values & para_ids:
                element.remove(entry)
            for key in parents:  # a reply to a removed comment stands on its own
                del entry.attrib[key]
        if getattr(part, "element", None) is None:
            part._blob = etree.tostring(
                element, xml_declaration=True, encoding="UTF-8", standalone=True
            )


__all__ = ["AUTHOR", "AnnotateError", "W", "annotate", "comment_text", "remove_own_comments"]
