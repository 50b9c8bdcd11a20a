"""Waivers written as Word comments: "peelcheck: waive <rule-id> — <reason>".

A comment on the flagged words whose text starts `peelcheck: waive <rule-id>`, followed by a
dash (—, –, -) or a colon and the reason, waives that rule's findings on those words: in the
value the words belong to (a narrative, a grade), in the whole question when the comment is
on its heading (findings about a missing part point there), in the whole cause of concern
when it is on the cause, and in the whole draft when it is on the title. "until YYYY-MM-DD"
(before the dash or at the end of the reason) sets the expiry; the comment's author is the
approver. The waivers join the draft's `waivers:` list, marked with the comment they came
from, and are applied like any other waiver.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from peelcheck.core.findings import Severity
from peelcheck.draft.sourcemap import parent_path
from peelcheck.importers.word.body import Body, Para, read_related
from peelcheck.importers.word.parts import Problem
from peelcheck.importers.word.sourcemap import WordSourceMap
from peelcheck.importers.word.xml import attr, tag

WAIVE = re.compile(r"\s*peelcheck\s*:\s*waive\s+(?P<rule>[A-Za-z0-9_.-]+)(?P<rest>.*)", re.I | re.S)
_UNTIL = re.compile(r"until\s+(?P<date>\d{4}-\d{1,2}-\d{1,2})\s*", re.I)
_UNTIL_AT_END = re.compile(r"[\s(,;]*\buntil\s+(?P<date>\d{4}-\d{1,2}-\d{1,2})\)?\.?\s*\Z", re.I)
_SEPARATOR = re.compile(r"\s*[—–:-]\s*")
_WHOLE = re.compile(r"(?:questions\[\d+\]\.(?:title|number)|[a-z_]+\[\d+\]\.name|overall\.title)\Z")
_CAUSE = re.compile(r"(questions\[\d+\]\.causes_of_concern\[\d+\])\.text\Z")


@dataclass(frozen=True)
class Comment:
    """A Word comment: its id, author, text and the words it is anchored on."""

    id: int
    author: str
    text: str
    para: Para | None
    start: int
    end: int


def read_comments(document: Any, body: Body) -> list[Comment]:
    """Every comment of the document with its anchor in the body (None when not found)."""
    part = read_related(document.part, "/comments")
    if part is None:
        return []
    starts, ends = _anchors(body)
    found = []
    for comment in part.iterchildren(tag("comment")):
        key = attr(comment, "id") or ""
        text = "\n".join(
            "".join(t.text or "" for t in p.iter(tag("t"))) for p in comment.iter(tag("p"))
        )
        anchor: Para | None = None
        start = end = 0
        if key in starts:
            anchor, start = starts[key]
            end_para, end = ends.get(key, (anchor, len(anchor.text)))
            if end_para is not anchor:  # a comment over several paragraphs: its first one
                end = len(anchor.text)
        number = int(key) if key.lstrip("-").isdigit() else -1
        author = attr(comment, "author") or ""
        found.append(Comment(number, author, text, anchor, start, max(end, start)))
    return found


Anchors = dict[str, tuple[Para, int]]


def _anchors(body: Body) -> tuple[Anchors, Anchors]:
    """Where each comment's range starts and ends: its paragraph and character offset."""
    starts: Anchors = {}
    ends: Anchors = {}
    for para in body.paragraphs:
        elements = list(para.element.iter())  # kept: lxml reuses a proxy only while it lives
        order = {id(e): i for i, e in enumerate(elements)}
        for marker in para.element.iter(tag("commentRangeStart"), tag("commentRangeEnd")):
            where = order[id(marker)]
            key = attr(marker, "id") or ""
            if marker.tag == tag("commentRangeStart"):
                after = (p.start for p in para.pieces if order[id(p.node)] > where)
                starts[key] = (para, next(after, len(para.text)))
            else:
                before = [p.end for p in para.pieces if order[id(p.node)] < where]
                ends[key] = (para, max(before, default=0))
    return starts, ends


def waivers_from(
    comments: list[Comment], source: WordSourceMap, title: set[int]
) -> tuple[list[tuple[dict[str, Any], Comment]], list[Problem]]:
    """The waivers the comments write, and problems with comments that try to."""
    waivers: list[tuple[dict[str, Any], Comment]] = []
    problems: list[Problem] = []
    for comment in comments:
        found = WAIVE.match(comment.text)
        if found is None:
            continue
        if comment.para is None:
            continue  # a comment whose anchor is not in the body (a header, a footnote)
        rule, reason, expires = _parse(found.group("rule"), found.group("rest"))
        path = _path(source, comment, title)
        if path is False:
            problems.append(
                Problem(
                    comment.para,
                    f"the comment 'peelcheck: waive {rule}' on {comment.para.label} is not on "
                    "words of the report that peelcheck checks; put it on the flagged words",
                    Severity.WARNING,
                )
            )
            continue
        waiver: dict[str, Any] = {"rule": rule}
        if path:
            waiver["path"] = path
        waiver["reason"] = reason
        if comment.author:
            waiver["approved_by"] = comment.author
        if expires:
            waiver["expires"] = expires
        words = comment.para.text[comment.start : comment.end].strip() or comment.para.text.strip()
        waiver["word_comment"] = {
            "id": comment.id,
            "paragraph": comment.para.index + 1,
            "words": words,
        }
        waivers.append((waiver, comment))
    return waivers, problems


def _parse(rule: str, rest: str) -> tuple[str, str, str | None]:
    """The rule, the reason ("" when none is given) and the expiry date, if any."""
    expires = None
    rest = rest.strip()
    until = _UNTIL.match(rest)
    if until:
        expires, rest = until.group("date"), rest[until.end() :]
    separator = _SEPARATOR.match(rest)
    reason = rest[separator.end() :] if separator else ""
    at_end = _UNTIL_AT_END.search(reason)
    if at_end:
        expires, reason = at_end.group("date"), reason[: at_end.start()]
    return rule, " ".join(reason.split()), expires


def _path(source: WordSourceMap, comment: Comment, title: set[int]) -> str | bool | None:
    """The data path the comment's words belong to; None for the whole draft (the title);
    False when they belong to nothing peelcheck reads."""
    assert comment.para is not None
    if comment.para.index in title:
        return None
    path = source.path_at(comment.para.index, comment.start)
    if path is None:
        return False
    if _WHOLE.match(path):
        return parent_path(path)
    cause = _CAUSE.match(path)
    return cause.group(1) if cause else path
