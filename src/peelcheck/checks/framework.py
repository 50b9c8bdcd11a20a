"""`framework`: the draft's questions against its programme's published question set."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Literal

from pydantic import Field

from peelcheck.checks.api import Check, register
from peelcheck.checks.cut_end import cut_word
from peelcheck.checks.fields import QueryText
from peelcheck.draft.sourcemap import join_path
from peelcheck.engine.contract import Hit
from peelcheck.engine.query import truthy

if TYPE_CHECKING:
    from peelcheck.engine.context import DraftContext

Aspect = Literal["missing", "extra", "title", "graded"]
Entry = dict[str, Any]


@register
class Framework(Check):
    """The questions match the framework of the draft's programme and cycle (frameworks file).

    Run it on the draft's root. `report` picks what is checked:
    - `missing`: a framework question the draft lacks (one finding per pillar);
    - `extra`: a question whose number the framework does not have; it names the pillar's
      missing questions, and where there are as many extra questions as missing ones, it is
      taken for them and the missing ones are not reported apart (a mistyped number gives
      one finding);
    - `title`: a title that differs from the framework's, compared only where the
      frameworks file marks the title `verified: true` (case, quote style and spacing aside);
    - `graded`: a question the framework leaves ungraded has a grade, or a question it grades
      is marked with a non-grade (Ungraded) without `carried_over_from` saying why.
    Cycles whose frameworks entry lists `areas` (PEEL 2021/22 on, FRS 2021/22 and 2023-25)
    are compared by the `areas` check instead; here only `graded` applies to them.
    Questions are matched by number within their pillar: the question's `pillar`, else the
    report's. Where neither names one, a number that is unique across the framework (FRS
    "1.1") still matches. Cycles and pillars the frameworks file does not list, unknown
    pillars and repeated numbers are left alone (other rules report those), and a question
    whose pillar is unknown or missing is taken for the missing question of its number.
    `coverage` (a JMESPath on the draft, optional) says whether the draft should hold every
    question: where it is false (an excerpt), missing questions are not reported. The page
    of one pillar of an integrated report (`inspection.pillar_page`) is expected to hold that
    pillar's questions only.
    Message values: `{problem}` (what is wrong, quoting the framework), `{number}`,
    `{pillar}`, `{cycle}`.

    Example: question numbers and titles follow the framework.

        given: "@"
        check: {type: framework, report: [missing, extra, title], coverage: "!context('excerpt')"}
    """

    type: Literal["framework"]
    report: list[Aspect] = Field(min_length=1)
    coverage: QueryText | None = None

    def run(self, node: Any, path: str, ctx: DraftContext) -> Iterator[Hit]:
        framework = ctx.framework()
        if not framework or not isinstance(node, dict):
            return
        aspects = _aspects(self.report, ctx)
        if not aspects:
            return
        pillars = {name: _entries(items) for name, items in framework.items()}
        questions = node.get("questions")
        if not isinstance(questions, list):
            questions = []
        cycle = ctx.report.inspection.cycle
        integrated = ctx.report.pillars is not None
        inspection = ctx.report.inspection
        own = inspection.pillar_page if integrated else inspection.pillar
        unique = _unique_numbers(pillars)
        list_path = join_path(path, "questions")
        seen: set[tuple[str, str]] = set()
        unplaced: set[str] = set()  # numbers of questions with no pillar, or an unknown one
        extras: dict[str, list[tuple[str, dict[str, str]]]] = {}
        for index, question in enumerate(questions):
            if not isinstance(question, dict):
                continue
            here = join_path(list_path, index)
            number = str(question.get("number"))
            pillar = question.get("pillar") or own or unique.get(number)
            if pillar is None and not any(number in e for e in pillars.values()):
                pillar = ""  # no pillar named and a number no pillar has: extra
            if pillar is None or (pillar and pillar not in pillars):
                unplaced.add(number)
                continue
            if (pillar, number) in seen:
                continue
            seen.add((pillar, number))
            values = {"number": number, "pillar": pillar, "cycle": cycle}
            entry = pillars.get(pillar, {}).get(number)
            if entry is None:
                extras.setdefault(pillar, []).append((join_path(here, "number"), values))
                continue
            if "title" in aspects:
                yield from _title(question, entry, here, values, cycle, ctx)
            if "graded" in aspects:
                yield from _graded(question, entry, here, values, cycle, ctx)
        facts = ctx.facts
        single = facts is not None and facts.pillar_grades and not facts.integrated
        # A single-pillar cycle's draft that names no pillar has no known question set.
        expected = [own] if own else [] if single else list(pillars)
        absent = {
            pillar: [
                n for n in pillars.get(pillar, {}) if (pillar, n) not in seen and n not in unplaced
            ]
            for pillar in expected
        }
        covered = self.coverage is None or truthy(self.coverage.search(node, ctx))
        yield from self._coverage(
            aspects, list_path, cycle, pillars, absent if covered else {}, extras
        )

    def _coverage(
        self,
        aspects: set[str],
        list_path: str,
        cycle: str,
        pillars: dict[str, dict[str, Entry]],
        absent: dict[str, list[str]],
        extras: dict[str, list[tuple[str, dict[str, str]]]],
    ) -> Iterator[Hit]:
        """Questions the framework lacks, and framework questions the draft lacks."""
        if "extra" in aspects:
            for found in extras.values():
                for where, values in found:
                    yield Hit(where, {**values, "problem": _extra(values, pillars, absent)})
        if "missing" not in aspects:
            return
        for pillar, numbers in absent.items():
            # an extra question is taken for the missing one, and reported as such
            if not numbers or ("extra" in aspects and len(extras.get(pillar, [])) >= len(numbers)):
                continue
            if len(numbers) == 1:
                what = f"question {numbers[0]} of the {_name(cycle, pillar)} framework is"
            else:
                listed = ", ".join(numbers)
                what = f"questions {listed} of the {_name(cycle, pillar)} framework are"
            problem = f"{what} missing from the draft; add {'it' if len(numbers) == 1 else 'them'}"
            values = {"number": ", ".join(numbers), "pillar": pillar, "cycle": cycle}
            yield Hit(list_path, {**values, "problem": problem})


def _aspects(report: list[Aspect], ctx: DraftContext) -> set[str]:
    """What to check: a cycle with an area list is compared by the `areas` check, so only
    grading is left here."""
    inspection = ctx.report.inspection
    cycle = ctx.pack.frameworks.get(inspection.programme, {}).get(inspection.cycle)
    if isinstance(cycle, dict) and isinstance(cycle.get("areas"), list):
        return {a for a in report if a == "graded"}
    return {str(a) for a in report}


def _extra(
    values: dict[str, str], pillars: dict[str, dict[str, Entry]], absent: dict[str, list[str]]
) -> str:
    """What is wrong with a question number the framework does not have."""
    number, pillar, cycle = values["number"], values["pillar"], values["cycle"]
    known = ", ".join(pillars[pillar]) if pillar else ""
    listed = f" (questions {known})" if known else ""
    missing = absent.get(pillar, [])
    if len(missing) == 1:
        listed += f", whose question {missing[0]} is missing from the draft"
    elif missing:
        listed += f", whose questions {', '.join(missing)} are missing from the draft"
    return (
        f"question {number} is not in the {_name(cycle, pillar)} framework{listed}; "
        "check its number and pillar"
    )


def _entries(items: Any) -> dict[str, Entry]:
    """A pillar's framework questions by number (as text), in framework order."""
    found: dict[str, Entry] = {}
    for item in items if isinstance(items, list) else []:
        if isinstance(item, dict) and item.get("number") is not None:
            found[str(item["number"])] = item
    return found


def _unique_numbers(pillars: dict[str, dict[str, Entry]]) -> dict[str, str]:
    """Numbers that only one pillar has (FRS "1.1"), mapped to that pillar."""
    owners: dict[str, list[str]] = {}
    for pillar, entries in pillars.items():
        for number in entries:
            owners.setdefault(number, []).append(pillar)
    return {number: names[0] for number, names in owners.items() if len(names) == 1}


def _name(cycle: str, pillar: str) -> str:
    return f"{cycle} {pillar}" if pillar else cycle


def _title(
    question: Entry,
    entry: Entry,
    here: str,
    values: dict[str, str],
    cycle: str,
    ctx: DraftContext,
) -> Iterator[Hit]:
    expected = entry.get("title")
    title = question.get("title")
    if entry.get("verified") is not True or not isinstance(expected, str):
        return
    if isinstance(title, str) and normalise_title(title) == normalise_title(expected):
        return
    # an excerpt's copy may end inside its last title ("To what extent do")
    cut = isinstance(title, str) and cut_word(ctx, join_path(here, "title"), title) is not None
    if cut and begins(str(title), normalise_title(expected)):
        return
    where = _name(cycle, values["pillar"])
    problem = (
        f"the title of question {values['number']} differs from the {where} framework; "
        f"use '{expected}'"
    )
    yield Hit(join_path(here, "title"), {**values, "problem": problem}, snippet=str(title))


def _graded(
    question: Entry,
    entry: Entry,
    here: str,
    values: dict[str, str],
    cycle: str,
    ctx: DraftContext,
) -> Iterator[Hit]:
    grade = question.get("grade")
    number = values["number"]
    where = _name(cycle, values["pillar"])
    if entry.get("graded") is False and ctx.is_grade(grade):
        problem = (
            f"question {number} is graded {grade} but the {where} framework leaves it "
            "ungraded; mark it Ungraded"
        )
    elif (
        entry.get("graded") is True
        and ctx.scale is not None
        and grade in ctx.scale.non_grades
        and not question.get("carried_over_from")
    ):
        problem = (
            f"question {number} is marked {grade} but the {where} framework grades it; give "
            "its grade, or name in carried_over_from the inspection whose grade stands"
        )
    else:
        return
    yield Hit(join_path(here, "grade"), {**values, "problem": problem}, snippet=str(grade))


_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})
_SPACE = re.compile(r"\s+")


def begins(title: str, wording: str) -> bool:
    """Whether `title` is how `wording` (normalised) begins: a title an excerpt's copy cut."""
    text = normalise_title(title)
    return bool(text) and wording.startswith(text)


# Every draft of a framework compares the same titles with the framework's wordings, and
# a title's form depends on it alone: normalising them was half of the areas rules' cost.
@lru_cache(maxsize=4096)
def normalise_title(title: str) -> str:
    """A title for comparison: quote style, dashes, spacing, case and end punctuation aside."""
    text = _SPACE.sub(" ", title.translate(_QUOTES)).strip().casefold()
    return text.rstrip("?.: ")
