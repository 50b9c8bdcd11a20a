"""Plain text as copied from a published report page -> draft.

A page copied from a browser has one paragraph per line, blank lines between most of them,
and bullets typed as "•". Each non-blank line is a block; spans point into the original text,
so findings on an imported page name its own lines and columns, and a narrative's value is a
verbatim slice of the page wherever its paragraphs are one blank line apart.
"""

from __future__ import annotations

from peelcheck.core.findings import Finding, Severity
from peelcheck.draft.loaded import Loaded
from peelcheck.draft.read import decode
from peelcheck.draft.sourcemap import SourceMap
from peelcheck.importers.builder import Block, ImportFacts, build_draft, bullet_marker


def text_blocks(text: str) -> list[Block]:
    """One block per non-blank line, trimmed, with its offset in `text`."""
    blocks: list[Block] = []
    offset = 0
    for number, line in enumerate(text.split("\n"), start=1):
        content = line.strip()
        if content:
            start = offset + len(line) - len(line.lstrip())
            marker = bullet_marker(content)
            blocks.append(Block(content, start, f"line {number}", item=marker > 0, marker=marker))
        offset += len(line) + 1
    return blocks


def import_text(raw: bytes, name: str, facts: ImportFacts) -> Loaded:
    """Import a published page's text (UTF-8, or UTF-16 with a byte order mark)."""
    text, problem = decode(raw)
    if text is None:
        assert problem is not None
        message, line, column = problem
        message = message.replace("not a YAML or JSON draft", "not a text file")
        return Loaded(
            name, findings=[Finding(name, "file-format", Severity.ERROR, message, "", line, column)]
        )
    return build_draft(
        text_blocks(text), SourceMap(text), name, status="final", unit="line", facts=facts
    )
