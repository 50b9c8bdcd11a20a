"""After the last paragraph: grades checked, judgments table matched, numbers given.

- A question with no grade is ungraded only where its section says so ("We don't make a
  graded judgment ...") or the framework grades it not (PEEL 2016-2018/19 specialist
  capabilities); any other is an error naming its heading: nothing is made up.
- Each row of the judgments table is matched to the area of the same heading (case, "&",
  numbers and punctuation aside); a row no area matches is reported.
- Questions keep the number a reader sees (typed, on a line of its own, or Word's own);
  unnumbered ones are numbered in order (within their pillar in integrated reports), or by
  the framework where it gives their title a number (FRS "1.1").
"""

from __future__ import annotations

import re
from typing import Any

from peelcheck.core.findings import Severity
from peelcheck.importers.facts import ImportFacts
from peelcheck.importers.word.body import Para
from peelcheck.importers.word.lines import plain, says_ungraded
from peelcheck.importers.word.parts import Question, Report, Words

_NOT_WORDS = re.compile(r"[^a-z0-9]+")
_LEADING_NUMBER = re.compile(r"^\s*(?:question\s+)?\d+(?:\.\d+)*[.:)]?\s+", re.I)


def same_name(a: str, b: str) -> bool:
    """Two headings name the same area: case, '&', numbers and punctuation aside."""
    return bool(a.strip()) and _key(a) == _key(b)


def _key(text: str) -> str:
    text = _LEADING_NUMBER.sub("", plain(text)).replace("&", " and ")
    text = re.sub(r"\bfrs\b", "fire and rescue service", text)
    return _NOT_WORDS.sub(" ", text).strip()


def framework_areas(facts: ImportFacts, programme: str, cycle: str) -> list[str]:
    """Every question or area title (and alias) the framework lists for the cycle."""
    return [name for entry in _entries(facts, programme, cycle) for name in _names(entry)]


def finish(
    report: Report,
    summaries: dict[str, tuple[Para | None, list[Words]]],
    facts: ImportFacts,
    programme: str,
    cycle: str,
) -> None:
    """Complete the report's parts once every paragraph has been read."""
    _summary(report, summaries)
    _table(report)
    entries = _entries(facts, programme, cycle)
    pillar = report.pillar_name
    for question in report.questions:
        _grade(report, question, entries, pillar)
    _numbers(report.questions, entries, pillar, integrated=bool(report.pillars))


def _summary(report: Report, summaries: dict[str, tuple[Para | None, list[Words]]]) -> None:
    chosen = summaries.get("inspector") or summaries.get("summary")
    if chosen is None or report.summary:
        return
    report.summary_heading, report.summary = chosen
    other = summaries.get("summary")
    if other is not None and other is not chosen and other[1]:
        first = other[1][0].para
        report.problem(
            first,
            f"the paragraphs under '{(other[0] or first).text.strip()}' ({first.label} on) "
            "are not imported: the draft's summary is the one under "
            f"'{(chosen[0] or first).text.strip()}'",
            Severity.WARNING,
        )


def _table(report: Report) -> None:
    for area, grade in report.table:
        question = next(
            (
                q
                for q in report.questions
                if q.table_grade is None and same_name(q.title.text, area.text)
            ),
            None,
        )
        if question is not None:
            question.table_grade = grade
        else:
            report.problem(
                area.para,
                f"the judgments table grades '{area.text}' ({grade.text}), but no area of "
                "the report has that heading; make the table and the headings agree",
                Severity.WARNING,
            )


def _grade(
    report: Report, question: Question, entries: list[dict[str, Any]], pillar: str | None
) -> None:
    if question.grade is not None:
        return
    entry = _entry_for(question, entries, pillar)
    if any(says_ungraded(w.text) for w in question.narrative) or (
        entry is not None and entry.get("graded") is False
    ):
        question.ungraded = True
        return
    report.problem(
        question.heading,
        f"'{question.title.text}' has no grade: write it on a line of its own under the "
        "heading ('Good' or 'Grade: Good'), or say 'We don't make a graded judgment' where "
        "the area is not graded",
    )


def _numbers(
    questions: list[Question], entries: list[dict[str, Any]], pillar: str | None, integrated: bool
) -> None:
    previous: dict[str | None, int] = {}
    for question in questions:
        group = question.pillar if integrated else None
        if question.number is None:
            entry = _entry_for(question, entries, pillar)
            framework = entry.get("number") if entry else None
            if isinstance(framework, str) and "." in framework:
                question.number = framework
            else:
                question.number = str(previous.get(group, 0) + 1)
        if question.number.isdigit():
            previous[group] = int(question.number)


def _entries(facts: ImportFacts, programme: str, cycle: str) -> list[dict[str, Any]]:
    """The framework's questions or areas for the cycle, each with its pillar."""
    found = facts.frameworks.get(programme, {}).get(cycle)
    if not isinstance(found, dict):
        return []
    entries: list[dict[str, Any]] = []
    for pillar, items in (found.get("pillars") or {}).items():
        entries += [{**item, "pillar": pillar} for item in items if isinstance(item, dict)]
    entries += [item for item in found.get("areas") or [] if isinstance(item, dict)]
    return entries


def _names(entry: dict[str, Any]) -> list[str]:
    names = [entry.get("title"), entry.get("question"), *(entry.get("aliases") or [])]
    return [name for name in names if isinstance(name, str)]


def _entry_for(
    question: Question, entries: list[dict[str, Any]], pillar: str | None
) -> dict[str, Any] | None:
    """The framework entry of the same title, else of the same number and pillar (the
    question's, or the report's for a single-pillar report)."""
    for entry in entries:
        if any(same_name(question.title.text, name) for name in _names(entry)):
            return entry
    if question.number is None:
        return None
    pillar = question.pillar or pillar
    return next(
        (
            e
            for e in entries
            if str(e.get("number")) == question.number
            and (pillar is None or e.get("pillar") in (None, pillar))
        ),
        None,
    )
