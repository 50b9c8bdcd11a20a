"""Which grade phrase of a summary's clause judges which topic: `topic-judgement`'s pairing
of the topics a clause names with the grade phrases it holds."""

from __future__ import annotations

from peelcheck.prose.phrases import PhraseMatch


def governing(
    judged: list[PhraseMatch[str]],
    forward: list[bool],
    reach: list[int],
    topic: PhraseMatch[int],
) -> PhraseMatch[str] | None:
    """The grade phrase that judges `topic`: the nearest that points at it, else the nearest.

    A forward phrase points at what follows it, another phrase at what precedes it. A
    phrase before the topic only judges it within its `reach` (up to a new clause).
    """

    def gap(judgement: PhraseMatch[str]) -> int:
        return max(judgement.start - topic.end, topic.start - judgement.end)

    near = [
        (j, ahead)
        for j, ahead, limit in zip(judged, forward, reach, strict=True)
        if j.start >= topic.end or topic.end <= limit
    ]
    pointing = [
        j
        for j, ahead in near
        if (ahead and j.end <= topic.start) or (not ahead and j.start >= topic.end)
    ]
    candidates = pointing or [j for j, _ in near]
    return min(candidates, key=gap) if candidates else None


def whole_grades(
    cut: list[tuple[int, int]], read: list[PhraseMatch[str]] | None
) -> list[tuple[int, int]]:
    """The clauses, joined where a break word is part of a grade read ("is particularly
    good at": "particularly" breaks "good at A, particularly B", not the grade's words)."""
    if not read:
        return cut
    joined: list[tuple[int, int]] = []
    for start, end in cut:
        if joined and any(g.start < start < g.end for g in read):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def inside(
    read: list[PhraseMatch[str]] | None, spans: list[tuple[int, int]], topic: PhraseMatch[int]
) -> PhraseMatch[str] | None:
    """The judgment whose noun phrase holds the topic ("its tackling of serious and
    organised crime, however, requires improvement"), if any."""
    for grade, (start, end) in zip(read or [], spans, strict=False):
        if start <= topic.start and topic.end <= end:
            return grade
    return None
