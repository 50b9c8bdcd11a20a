"""`areas`: the draft's questions against the areas its cycle's framework lists, and what
could not be checked because the framework's titles are not verified."""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Literal

from pydantic import Field

from peelcheck.checks.api import Check, register
from peelcheck.checks.cut_end import cut_word
from peelcheck.checks.fields import QueryText
from peelcheck.checks.framework import begins, normalise_title
from peelcheck.draft.sourcemap import join_path
from peelcheck.engine.contract import Hit
from peelcheck.engine.query import truthy

if TYPE_CHECKING:
    from peelcheck.engine.context import DraftContext

Entry = dict[str, Any]
_CLOSE = 0.6  # how alike a title must be to a missing area's to be taken for it (difflib)


@dataclass
class _Area:
    """An area of the framework: its number, title, the wordings accepted for it."""

    number: str
    title: str
    wordings: set[str]
    verified: bool
    required: bool


@dataclass
class _Question:
    index: int
    number: str
    title: str
    cut: bool = False  # an excerpt's copy ends inside this title


@register
class Areas(Check):
    """The draft's questions cover the areas of its cycle's framework (frameworks file,
    `areas`), each under its title.

    Run it on the draft's root. A question matches an area whose title, an alias or the
    framework's question it states (case, quotes and end punctuation aside); failing that,
    an area of the same number; failing that, where one area and one question are left
    over, each other. In an excerpt, a title the copy ends inside (no punctuation after its
    last word) is right when it is how the area's title begins. `verified` picks which
    areas a rule compares:
    - `true`: areas whose title was seen verbatim on an inspectorate page. Reported: a
      required area missing, a question matched to one under another title, and (when the
      whole list is verified) a question that is no area of the framework.
    - `false`: the rest, on the best evidence (press releases, commissioners' pages), so
      titles match loosely (one containing the other). Reported: the same, and once per
      draft what could not be checked for want of a verified framework, including cycles
      with no area list whose question titles are not verified or not known at all.
    Areas marked `regional` (graded in another inspection) or `graded: false` are never
    reported missing. A list marked `areas_complete: false` reports no question as extra.
    Message values: `{problem}`, `{number}`, `{cycle}`, `{programme}`.

    Example: the areas of verified frameworks (FRS 2023-25).

        given: "@"
        check: {type: areas, verified: true}
    """

    type: Literal["areas"]
    verified: bool
    coverage: QueryText | None = Field(
        default=None,
        description="When this is false on the draft (e.g. an excerpt, or one pillar's page), "
        "areas missing from it are not reported; titles still are.",
    )

    def run(self, node: Any, path: str, ctx: DraftContext) -> Iterator[Hit]:
        if not isinstance(node, dict):
            return
        inspection = ctx.report.inspection
        cycle = ctx.pack.frameworks.get(inspection.programme, {}).get(inspection.cycle)
        name = f"{inspection.programme} {inspection.cycle}"
        values = {"cycle": inspection.cycle, "programme": inspection.programme, "number": ""}
        list_path = join_path(path, "questions")
        entries = cycle.get("areas") if isinstance(cycle, dict) else None
        if not isinstance(entries, list):
            if not self.verified:
                yield from _pillar_note(cycle, name, list_path, values, ctx)
            return
        areas = _areas(entries, cycle.get("pilot_areas"))
        unverified = [a for a in areas if not a.verified and a.required]
        if not self.verified and unverified:
            required = sum(1 for a in areas if a.required)
            which = "" if len(unverified) == required else f" {_listed(unverified)}"
            problem = (
                f"{len(unverified)} of the {required} {name} area titles{which} are not "
                "verified against an inspectorate page, so areas missing or misnamed against "
                "them are reported as info only: check the areas by hand"
            )
            yield Hit(list_path, {**values, "problem": problem})
        questions = _questions(node.get("questions"), list_path, ctx)
        if not questions or not any(a.verified == self.verified for a in areas):
            return  # questions-present reports an empty draft; no area of ours to compare
        complete = cycle.get("areas_complete") is not False
        covered = self.coverage is None or truthy(self.coverage.search(node, ctx))
        closed = covered and complete and all(a.verified for a in areas) == self.verified
        yield from self._compare(areas, questions, name, list_path, values, closed, covered)

    def _compare(
        self,
        areas: list[_Area],
        questions: list[_Question],
        name: str,
        list_path: str,
        values: dict[str, str],
        closed: bool,
        covered: bool = True,
    ) -> Iterator[Hit]:
        pairs, left, missing = _match(areas, questions, loose=not self.verified)
        for question, area in pairs:
            if area.verified != self.verified or _says(area, question.title, loose=False):
                continue
            if question.cut and _begins(area, question.title):
                continue  # the copy ends inside the area's own title
            if not self.verified and _says(area, question.title, loose=True):
                continue
            problem = (
                f"question {question.number} '{question.title}' is not titled as area "
                f"'{area.title}' of the {name} framework; use its title"
                if self.verified
                else f"question {question.number} '{question.title}' may be the {name} area "
                f"'{area.title}' (title not verified); check the title"
            )
            here = join_path(join_path(list_path, question.index), "title")
            yield Hit(here, {**values, "number": question.number, "problem": problem})
        gone = [a for a in missing if a.verified == self.verified and a.required and covered]
        if gone:
            plural = len(gone) > 1
            them = "them" if plural else "it"
            problem = (
                f"the {name} framework's area{'s' if plural else ''} {_listed(gone)} "
                f"{'are' if plural else 'is'} missing from the draft; add {them}"
                if self.verified
                else f"no question matches the {name} area{'s' if plural else ''} "
                f"{_listed(gone)} (titles not verified); add {them} if the framework has {them}"
            )
            numbers = ", ".join(a.number for a in gone)
            yield Hit(list_path, {**values, "number": numbers, "problem": problem})
        if not closed:
            return
        known = ", ".join(a.number for a in areas if a.required)
        for question in left:
            problem = (
                f"question {question.number} '{question.title}' is not an area of the {name} "
                f"framework (areas {known}); check its title"
                if self.verified
                else f"question {question.number} '{question.title}' matches no known {name} "
                "area (titles not verified); check its title"
            )
            here = join_path(join_path(list_path, question.index), "title")
            yield Hit(here, {**values, "number": question.number, "problem": problem})


def _areas(entries: list[Any], pilots: Any) -> list[_Area]:
    found: list[_Area] = []
    for entry in [*entries, *(pilots if isinstance(pilots, list) else [])]:
        if not isinstance(entry, dict) or not isinstance(entry.get("title"), str):
            continue
        wordings = {entry["title"], *(entry.get("aliases") or [])}
        if isinstance(entry.get("question"), str):
            wordings.add(entry["question"])
        required = (
            entry in entries and entry.get("graded") is not False and not entry.get("regional")
        )
        found.append(
            _Area(
                str(entry.get("number", "")),
                entry["title"],
                {normalise_title(w) for w in wordings if isinstance(w, str)},
                entry.get("verified") is True,
                required,
            )
        )
    return found


def _questions(items: Any, list_path: str, ctx: DraftContext) -> list[_Question]:
    found: list[_Question] = []
    for index, q in enumerate(items if isinstance(items, list) else []):
        if isinstance(q, dict):
            title = str(q.get("title") or "")
            where = join_path(join_path(list_path, index), "title")
            cut = cut_word(ctx, where, title) is not None
            found.append(_Question(index, str(q.get("number")), title, cut))
    return found


def _says(area: _Area, title: str, loose: bool) -> bool:
    """Whether `title` is one of the area's wordings (loosely: contains one, or is in one)."""
    text = normalise_title(title)
    if text in area.wordings:
        return True
    return loose and bool(text) and any(w in text or text in w for w in area.wordings)


def _begins(area: _Area, title: str) -> bool:
    """Whether `title` is how one of the area's wordings begins."""
    return any(begins(title, w) for w in area.wordings)


def _match(
    areas: list[_Area], questions: list[_Question], loose: bool
) -> tuple[list[tuple[_Question, _Area]], list[_Question], list[_Area]]:
    """(question, area) pairs, the questions left over, and the areas no question matched."""
    pairs: list[tuple[_Question, _Area]] = []
    free = list(areas)
    left: list[_Question] = []
    for question in questions:  # by title first: numbers may be positions, not the framework's
        area = next((a for a in free if _says(a, question.title, loose)), None)
        if area is None:
            left.append(question)
        else:
            pairs.append((question, area))
            free.remove(area)
    for question in list(left):  # then by the framework's number ("1.2")
        area = next((a for a in free if "." in a.number and a.number == question.number), None)
        if area is not None:
            pairs.append((question, area))
            free.remove(area)
            left.remove(question)
    required = [a for a in free if a.required]
    if len(left) == 1 and len(required) == 1:  # one renamed area
        pairs.append((left[0], required[0]))
        return pairs, [], [a for a in free if a is not required[0]]
    for question in list(left):  # a title close to a missing area's is that area, renamed
        scored = [(_likeness(a, question.title), a) for a in required]
        best = max(scored, key=lambda pair: pair[0], default=None)
        if best is not None and best[0] >= _CLOSE:
            pairs.append((question, best[1]))
            required.remove(best[1])
            free.remove(best[1])
            left.remove(question)
    return pairs, left, free


def _likeness(area: _Area, title: str) -> float:
    return _closest(frozenset(area.wordings), normalise_title(title))


# Drafts of one framework repeat the same renamed titles; difflib costs more than the rest
# of the check, and the answer depends on the two texts alone.
@lru_cache(maxsize=4096)
def _closest(wordings: frozenset[str], text: str) -> float:
    best = 0.0
    for wording in wordings:
        matcher = difflib.SequenceMatcher(None, wording, text)
        if matcher.real_quick_ratio() > best and matcher.quick_ratio() > best:
            best = max(best, matcher.ratio())
    return best


def _listed(areas: list[_Area]) -> str:
    """Areas by title, with the framework's number where it is one ("1.2")."""
    return ", ".join(
        f"{a.number} '{a.title}'" if "." in a.number else f"'{a.title}'" for a in areas
    )


def _pillar_note(
    cycle: Any, name: str, list_path: str, values: dict[str, str], ctx: DraftContext
) -> Iterator[Hit]:
    """For a cycle listed by pillar: question titles the frameworks file does not verify."""
    pillars = cycle.get("pillars") if isinstance(cycle, dict) else None
    if not isinstance(pillars, dict):
        problem = (
            f"peelcheck has no framework for {name}, so the draft's questions were not "
            "checked against one: check their numbers and titles by hand"
        )
        yield Hit(list_path, {**values, "problem": problem})
        return
    own = ctx.report.inspection.pillar if ctx.report.pillars is None else None
    names = [own] if own else list(pillars)
    unverified = [
        f"{pillar} {entry.get('number')}"
        for pillar in names
        for entry in (pillars.get(pillar) or [])
        if isinstance(entry, dict) and entry.get("verified") is not True
    ]
    if own and own not in pillars:
        unverified = [f"{own} (no question set)"]
    if unverified:
        problem = (
            f"the {name} question titles of {', '.join(unverified)} are not verified "
            "against an inspectorate page, so those titles were not checked: check them by hand"
        )
        yield Hit(list_path, {**values, "problem": problem})
