"""Turn each finding's fix, made in terms of the flagged value, into edits of the file."""

from __future__ import annotations

import dataclasses

from peelcheck.core.findings import DocumentPlace, Edit, Finding, Fix
from peelcheck.draft.loaded import Loaded
from peelcheck.draft.sourcemap import SourceMap
from peelcheck.fixes.scalars import encode, value_offsets

NOT_FIXABLE = "not fixable here"


def locate_fixes(loaded: Loaded, findings: list[Finding]) -> list[Finding]:
    """The findings with their fixes placed in the file (or marked not fixable there)."""
    source = loaded.source
    if source is None or not any(f.fix is not None and not f.fix.located for f in findings):
        return findings
    placed = []
    for finding in findings:
        fix = finding.fix
        if fix is not None and not fix.located:
            if loaded.kind == "page":
                fix = _unfixable(fix, "a copy of a published page is not edited; correct the draft")
            elif loaded.kind == "word":
                fix = _in_paragraph(source, finding.place, fix)
            else:
                fix = _in_file(source, fix)
            finding = dataclasses.replace(finding, fix=fix)
        placed.append(finding)
    return placed


def _unfixable(fix: Fix, why: str) -> Fix:
    return dataclasses.replace(fix, unfixable=f"{NOT_FIXABLE}: {why}", located=True)


def _in_file(source: SourceMap, fix: Fix) -> Fix:
    """Edits of a YAML or JSON file at the characters that make the edited value."""
    assert fix.text is not None
    span = source.values.get(fix.path)
    if span is None:
        return _unfixable(fix, "the value has no place in the file")
    raw = source.text[span.start : span.end]
    if raw.startswith(("&", "!")):
        return _unfixable(fix, "the value carries a YAML anchor or tag")
    offsets = value_offsets(raw, span.style, fix.text)
    if offsets is None:
        return _unfixable(fix, "the text is written in a way whose characters are not mapped")
    edits = []
    for edit in fix.in_value:
        if not 0 <= edit.start <= edit.end < len(offsets):
            return _unfixable(fix, "the edit is outside the value")
        replaced = fix.text[edit.start : edit.end]
        written = encode(edit.replacement, span.style, replaced)
        if written is None:
            return _unfixable(fix, "the new words cannot be written in this kind of YAML text")
        start, end = span.start + offsets[edit.start], span.start + offsets[edit.end]
        edits.append(Edit(start, end, written))
    return dataclasses.replace(fix, edits=tuple(edits), located=True)


def _in_paragraph(source: SourceMap, place: DocumentPlace | None, fix: Fix) -> Fix:
    """An edit within one Word paragraph, at the flagged words."""
    assert fix.text is not None
    if place is None or len(fix.in_value) != 1:
        return _unfixable(fix, "the words have no single place in the document")
    edit = fix.in_value[0]
    paragraphs: list[str] = getattr(source, "paragraphs", [])
    if not 0 <= place.paragraph < len(paragraphs):
        return _unfixable(fix, "the words have no single place in the document")
    words = paragraphs[place.paragraph][place.start : place.end]
    if words != fix.text[edit.start : edit.end]:
        return _unfixable(fix, "the words run over more than one paragraph")
    moved = Edit(place.start, place.end, edit.replacement, place.paragraph)
    return dataclasses.replace(fix, edits=(moved,), located=True)
