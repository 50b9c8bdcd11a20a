"""The draft's values from the recognised parts: inspection, overall, pillars, questions.

Each value is recorded with the words it came from and its heading path (`DraftBuilder`).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from peelcheck.importers.facts import ImportFacts
from peelcheck.importers.word.draft import DraftBuilder, status_of
from peelcheck.importers.word.names import resolve_subject
from peelcheck.importers.word.parts import Question, Report, Words
from peelcheck.importers.word.title import Title


def draft_data(
    draft: DraftBuilder, report: Report, title: Title, cycle: str, facts: ImportFacts, document: Any
) -> dict[str, Any]:
    here = (report.title[0].text.strip(),)
    draft.anchor("", Words.of(report.title[0]), here)
    programme = title.programme or ""
    inspection: dict[str, Any] = {
        "programme": draft.value("inspection.programme", programme, None, here)
    }
    if title.cycle_at:
        draft.value("inspection.cycle", cycle, Words(*title.cycle_at), here)
    inspection["cycle"] = cycle
    subject = title.subject or ""
    resolved = resolve_subject(subject, programme, facts) if subject else None
    subject_words = Words(*title.subject_at) if title.subject_at else None
    inspection["subject"] = draft.value(
        "inspection.subject", resolved or subject, subject_words, here
    )
    if report.pillar_name:
        inspection["pillar"] = draft.value(
            "inspection.pillar", report.pillar_name, report.pillar, here
        )
    if report.published is not None:
        words, written = report.published
        day, month, year = (int(part) for part in written.split("/"))
        try:
            published = dt.date(year, month, day).isoformat()
        except ValueError:
            report.problem(words.para, f"'{written}' is not a date (DD/MM/YYYY)")
        else:
            inspection["published"] = draft.value("inspection.published", published, words, here)
    inspection["status"] = status_of(_content_status(document))
    if report.welsh is not None:
        inspection["welsh_version"] = draft.value(
            "inspection.welsh_version", True, report.welsh, here
        )
    data: dict[str, Any] = {"peelcheck": 1, "inspection": inspection}
    overall = _overall(draft, report)
    if overall:
        data["overall"] = overall
    if report.pillars:
        data["pillars"] = _pillars(draft, report)
    draft.anchor("questions", Words.of(report.title[0]), here)  # the set: the report itself
    data["questions"] = questions(draft, report)
    return data


def _overall(draft: DraftBuilder, report: Report) -> dict[str, Any]:
    heading = report.overall_title or (
        Words.of(report.summary_heading) if report.summary_heading else None
    )
    here = (heading.text,) if heading else ("summary",)
    if heading is not None:
        draft.anchor("overall", heading, here)
    overall: dict[str, Any] = {}
    if report.overall_title is not None:
        overall["title"] = draft.value(
            "overall.title", report.overall_title.text, report.overall_title, here
        )
    if report.overall_grade is not None:
        grade = report.overall_grade
        overall["grade"] = draft.value("overall.grade", grade.text, grade, (*here, "grade"))
    if report.summary:
        overall["summary"] = draft.text("overall.summary", report.summary, here)
    return overall


def _pillars(draft: DraftBuilder, report: Report) -> list[dict[str, Any]]:
    found = []
    for index, pillar in enumerate(report.pillars):
        path, name = f"pillars[{index}]", pillar.name.text
        draft.anchor(path, pillar.name, (name,))
        item: dict[str, Any] = {"name": draft.value(f"{path}.name", name, pillar.name, (name,))}
        if pillar.grade is not None:
            item["grade"] = draft.value(
                f"{path}.grade", pillar.grade.text, pillar.grade, (name, "grade")
            )
        if pillar.summary:
            item["summary"] = draft.text(f"{path}.summary", pillar.summary, (name, "summary"))
        found.append(item)
    return found


def questions(draft: DraftBuilder, report: Report) -> list[dict[str, Any]]:
    """The draft's questions."""
    return [_question(draft, f"questions[{i}]", q) for i, q in enumerate(report.questions)]


def _question(draft: DraftBuilder, path: str, question: Question) -> dict[str, Any]:
    title = question.title.text
    here = (title,)
    draft.anchor(path, Words.of(question.heading), here)
    number = question.number or ""
    result: dict[str, Any] = {
        "number": draft.value(
            f"{path}.number", int(number) if number.isdigit() else number, question.number_at, here
        )
    }
    if question.pillar:
        result["pillar"] = draft.value(f"{path}.pillar", question.pillar, None, here)
    result["title"] = draft.value(f"{path}.title", title, question.title, here)
    grade = question.grade
    if grade is not None:
        result["grade"] = draft.value(f"{path}.grade", grade.text, grade, (title, "grade"))
    elif question.ungraded:
        result["grade"] = draft.value(f"{path}.grade", "Ungraded", None, (title, "grade"))
    if question.carried_over:
        result["carried_over_from"] = draft.value(
            f"{path}.carried_over_from", question.carried_over, None, here
        )
    if question.narrative:
        result["narrative"] = draft.text(
            f"{path}.narrative", question.narrative, (title, "narrative")
        )
    if question.areas:
        label = (title, question.areas_heading or "Areas for improvement")
        result["areas_for_improvement"] = [
            draft.text(f"{path}.areas_for_improvement[{i}]", item.words, label)
            for i, item in enumerate(question.areas)
        ]
    if question.causes:
        result["causes_of_concern"] = _causes(draft, path, question)
    if question.table_grade is not None:
        heading = (title, "grade in the judgments table")
        result["table_grade"] = draft.value(
            f"{path}.table_grade", question.table_grade.text, question.table_grade, heading
        )
    if question.practice:
        result["practice"] = _practice(draft, path, question)
    return result


def _causes(draft: DraftBuilder, path: str, question: Question) -> list[dict[str, Any]]:
    title = question.title.text
    found = []
    for index, cause in enumerate(question.causes):
        here = f"{path}.causes_of_concern[{index}]"
        label = (cause.heading.text.strip() if cause.heading else "") or "Cause of concern"
        if not cause.text:
            continue
        draft.anchor(here, cause.text[0], (title, label))
        item: dict[str, Any] = {"text": draft.text(f"{here}.text", cause.text, (title, label))}
        if cause.recommendations:
            item["recommendations"] = [
                draft.text(
                    f"{here}.recommendations[{i}]", r.words, (title, label, "Recommendations")
                )
                for i, r in enumerate(cause.recommendations)
            ]
        found.append(item)
    return found


def _practice(draft: DraftBuilder, path: str, question: Question) -> list[dict[str, Any]]:
    title = question.title.text
    found = []
    for index, box in enumerate(question.practice):
        here = f"{path}.practice[{index}]"
        label = (title, box.heading.text)
        item: dict[str, Any] = {
            "heading": draft.value(f"{here}.heading", box.heading.text, box.heading, label)
        }
        if box.title is not None:
            item["title"] = draft.value(f"{here}.title", box.title.text, box.title, label)
        if box.text:
            item["text"] = draft.text(f"{here}.text", box.text, label)
        found.append(item)
    return found


def _content_status(document: Any) -> str | None:
    """The status Word shows in File > Info, or None. A properties part (docProps/core.xml)
    whose root is not cp:coreProperties has none: it is metadata, so the draft is read
    without it rather than refused."""
    try:
        status = document.core_properties.content_status
    except AttributeError:
        return None
    return status if isinstance(status, str) else None
