"""Which sentences of a text the year-on-year check reads at all: those that hold one of its
trigger phrases, found with one scan of the whole text."""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from typing import Any

from peelcheck.prose.phrases import Phrases


def with_triggers(
    triggers: Phrases[Any], text: str, sentences: tuple[tuple[int, int], ...]
) -> Iterator[tuple[int, int, bool]]:
    """The sentences that may hold a trigger phrase, each with whether it holds one for
    certain: one scan of the text for the phrases, where a scan of each sentence cost more.
    A sentence no phrase found in the text overlaps holds none (a scan of it alone would
    have found one there too); one a phrase only runs into (over a line break), or that a
    letter follows (where a phrase's end may match the sentence's alone), is scanned on its
    own."""
    found = [(m.start, m.end) for m in triggers.finditer_screened(text)]
    starts = [s for s, _ in found]
    for start, end in sentences:
        at = bisect.bisect_left(starts, start)
        into = at > 0 and found[at - 1][1] > start  # a phrase from before runs in
        here = at < len(found) and found[at][0] < end
        joined = end < len(text) and (text[end].isalnum() or text[end] == "_")
        if into or here or joined:
            yield start, end, here and found[at][1] <= end and not into
