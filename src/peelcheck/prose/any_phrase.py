"""The fewest phrases of a list that tell whether a text holds any of them.

A screen that asks only whether `Phrases` finds some phrase of a list in a text (not which,
nor where) needs no phrase that holds another of the list as a run of its words: wherever
"the same as last year" is found, so is "last year", at its fourth word. The words between
a phrase's words are white space, so the shorter phrase stands there as whole words too,
inside the longer one's span. A shorter list compiles faster and is searched faster.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from peelcheck.prose.words import normalise


def fewest(phrases: Iterable[str], slots: Mapping[str, Sequence[str]] | None = None) -> list[str]:
    """The phrases (normalised, in their first order) that hold no other one of `phrases`
    as a run of whole words; `Phrases` of them finds a phrase in a text exactly when
    `Phrases` of all of them does. With the `slots` that `Phrases` reads, a slot's word
    stands in a run for any of its words ("unchanged since 2019" holds "{year}")."""
    keys = list(dict.fromkeys(k for k in (normalise(p) for p in phrases) if k))
    runs = {tuple(k.split(" ")) for k in keys}
    slot_of = {normalise(v): "{" + name + "}" for name, vs in (slots or {}).items() for v in vs}
    kept = []
    for key in keys:
        words = tuple(key.split(" "))
        inner = (
            words[a:b]
            for a in range(len(words))
            for b in range(a + 1, len(words) + 1)
            if b - a < len(words)
        )
        if not any(run in runs or tuple(slot_of.get(w, w) for w in run) in runs for run in inner):
            kept.append(key)
    return kept
