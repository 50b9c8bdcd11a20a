"""Where an excerpt's copy may have been cut: the last word of the draft's last text.

A copy of part of a published page (an excerpt, `inspection.excerpt`) stops wherever the
person copying stopped, often inside a word ("Fire and Rescue Servic"). Rules that read
words must not report that fragment as a slip; `cut_word` finds it.
"""

from __future__ import annotations

import re

from peelcheck.engine.context import DraftContext

# What may end a complete text: a copy that stops after anything else may have been cut.
ENDS = ".!?:;…)]”’\"'"
WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")


def cut_word(ctx: DraftContext, where: str, text: str) -> tuple[int, int] | None:
    """In an excerpt, the span of the last word of the text the copy ends in, when no
    punctuation follows it: the copy may have been cut inside that word."""
    body = text.rstrip()
    if not body or body[-1] in ENDS or not ctx.fact("excerpt"):
        return None
    words = list(WORD.finditer(body))
    last = words[-1] if words else None
    if last is None or last.end() != len(body) or not _ends_copy(ctx, where, body):
        return None
    return last.span()


def _ends_copy(ctx: DraftContext, where: str, body: str) -> bool:
    """Whether the text at `where` is where the draft's source ends (the copy's last text)."""
    source = ctx.loaded.source
    span = source.values.get(where) if source is not None else None
    if source is None or span is None:
        return ctx.corpus_text.rstrip().endswith(body)
    # the last text ends where the source ends or, in YAML whose containers close after
    # it ("}"), starts after every other value: containers start before their items
    spans = source.values.values()
    return span.end >= max(s.end for s in spans) or span.start >= max(s.start for s in spans)
