"""Plain text as copied from a published report page -> draft.

A page copied from a browser has one paragraph per line, blank lines between most of them,
and bullets typed as "•" (or "- " in a cleaned copy). Each non-blank line is a block, except
that a line continues the one before it when it is indented under a bullet's text, or starts
in lower case straight after a line that does not end a sentence (text wrapped over lines).
Spans point into the original text, so findings on an imported page name its own lines and
columns.
"""

from __future__ import annotations

import re

from peelcheck.core.findings import Finding, Severity
from peelcheck.draft.loaded import Loaded
from peelcheck.draft.read import decode
from peelcheck.draft.sourcemap import SourceMap
from peelcheck.importers import recognise as r
from peelcheck.importers.blocks import Block, bullet_marker
from peelcheck.importers.builder import build_draft
from peelcheck.importers.facts import ImportFacts

_ENDS = (".", ":", ";", "?", "!", ")", "”", '"')
# A bullet typed after the end of a sentence, inside a line: ". - The force should".
_RUN_ON_ITEM = re.compile(r"(?<=[.;]) [•-] (?=[A-Z])")


def text_blocks(text: str) -> list[Block]:
    """One block per paragraph (non-blank line, or a bullet with its wrapped lines)."""
    blocks: list[Block] = []
    offset = 0
    indent_of_item = -1  # where the text of the bullet just read starts, if any
    previous = ""  # the line before, trimmed ("" when blank)
    for number, line in enumerate(text.split("\n"), start=1):
        content = line.strip()
        indent = len(line) - len(line.lstrip())
        marker = bullet_marker(content) if content else 0
        wrapped = (
            content[:1].islower()
            and previous
            and not previous.endswith(_ENDS)
            and not r.ITEM_GOES_ON.search(previous)  # the next item, not a wrapped line
        )
        if content and not marker and blocks and (0 <= indent_of_item <= indent or wrapped):
            last = blocks[-1]  # a wrapped bullet: this line continues it
            # A copy can run the next bullet on after the wrapped end of an item (Devon and
            # Cornwall 2018/19: "of investigations. - The force should ...").
            next_item = _RUN_ON_ITEM.search(content) if last.item else None
            cut = next_item.start() if next_item else len(content)
            blocks[-1] = Block(
                f"{last.text} {content[:cut]}",
                last.start,
                last.label,
                last.item,
                last.marker,
                stop=offset + indent + cut,
            )
            if next_item:
                item = content[cut + 1 :]
                start = offset + indent + cut + 1
                blocks.append(Block(item, start, f"line {number}", True, bullet_marker(item)))
        elif content:
            start = offset + indent
            blocks.append(Block(content, start, f"line {number}", item=marker > 0, marker=marker))
            indent_of_item = indent + marker if marker else -1
        else:
            indent_of_item = -1
        previous = content
        offset += len(line) + 1
    return blocks


def import_text(raw: bytes, name: str, facts: ImportFacts, *, excerpt: bool = False) -> Loaded:
    """Import a published page's text (UTF-8, or UTF-16 with a byte order mark)."""
    text, problem = decode(raw)
    if text is None:
        assert problem is not None
        message, line, column = problem
        message = message.replace("not a YAML or JSON draft", "not a text file")
        finding = Finding(name, "file-format", Severity.ERROR, message, "", line, column)
        return Loaded(name, findings=[finding], kind="page")
    return build_draft(
        text_blocks(text),
        SourceMap(text),
        name,
        status="final",
        unit="line",
        facts=facts,
        copy=True,
        excerpt=excerpt,
    )
