"""Word drafts (.docx) -> draft, read by the document's structure.

The stages, one module each:

- `package`: is it a .docx at all (not a .doc, not password-protected, not another ZIP);
- `body`: the body as typed blocks in reading order: paragraphs with their heading level,
  automatic number, list membership, bold and shading; tables with merged cells resolved;
  content controls read through; headers, footers, footnotes and text boxes left out;
- `title`: programme, cycle, subject and pillar from the first lines;
- `report` (with `section`, `table`, `finish`): the report's parts: summary, judgments
  table, pillars, questions or areas with their grades, narratives, areas for improvement,
  causes of concern with recommendations, and practice boxes;
- `draft` and `sourcemap`: the draft (format version 1) with every value's place, so that
  findings name the paragraph, the heading path and the words;
- `comments`: waivers written as Word comments.

A document marked as final in Word (File > Info > Protect Document > Mark as Final, stored
as content status "Final") imports as `status: final`, any other as `status: draft`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from peelcheck.core.findings import DocumentPlace, Finding, Severity
from peelcheck.draft.loaded import Loaded
from peelcheck.importers.builder import ImportFacts
from peelcheck.importers.word.body import Body, read_body
from peelcheck.importers.word.comments import read_comments, waivers_from
from peelcheck.importers.word.draft import DraftBuilder, problem_findings, questions, status_of
from peelcheck.importers.word.names import resolve_subject, unknown_subject
from peelcheck.importers.word.package import open_document
from peelcheck.importers.word.parts import Problem, Report, Words
from peelcheck.importers.word.report import Layout, recognise
from peelcheck.importers.word.sourcemap import WordSourceMap
from peelcheck.importers.word.title import Title, cycle_key, read_title

TITLE_EXAMPLES = (
    "'PEEL 2023–25: An inspection of Durham Constabulary', 'Gwent PEEL 2016' or "
    "'Effectiveness, efficiency and people 2023–2025: Avon Fire and Rescue Service'"
)


def import_docx(raw: bytes, name: str, facts: ImportFacts) -> Loaded:
    """Import a Word draft. Raises OSError when python-docx is not installed."""
    document, problem = open_document(raw)
    if document is None:
        return _unreadable(name, f"not a readable Word document (.docx): {problem}")
    body = read_body(document)
    source = WordSourceMap.of([p.text for p in body.paragraphs])
    title = read_title(body.paragraphs)
    if title.cycle is None or title.programme is None:
        return _unreadable(
            name,
            f"no report title found: the first paragraphs give none such as {TITLE_EXAMPLES}",
            source,
        )
    known = list(facts.cycles.get(title.programme) or facts.pillars.get(title.programme) or [])
    cycle = cycle_key(title.cycle, known)
    if cycle is None:
        return _unreadable(
            name,
            f"the title names the {title.programme} cycle '{title.cycle}', which peelcheck does "
            f"not know ({', '.join(known)})",
            source,
        )
    report = recognise(body, title, facts, title.programme, cycle)
    draft = DraftBuilder(source, name)
    data = _draft(draft, report, title, cycle, facts, document)
    problems = _title_problems(report, title, facts)
    waivers, waiver_problems = waivers_from(
        read_comments(document, body), source, {p.index for p in report.title}
    )
    report.problems += waiver_problems
    if waivers:
        data["waivers"] = []
        for index, (waiver, comment) in enumerate(waivers):
            assert comment.para is not None
            words = Words.of(comment.para, comment.start, comment.end)
            draft.anchor(f"waivers[{index}]", words, source.heading_path(waiver.get("path", "")))
            data["waivers"].append(waiver)
    if not report.questions:
        report.problem(
            report.title[0],
            "no question or area headings were found, so no question was imported; head each "
            "with its title (a Word heading style, or bold on a line of its own)",
        )
    return draft.loaded(data, problems + problem_findings(report, name))


def _draft(
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
    inspection["status"] = status_of(document.core_properties.content_status)
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


def _title_problems(report: Report, title: Title, facts: ImportFacts) -> list[Finding]:
    programme = title.programme or ""
    if not title.subject:
        report.problem(
            report.title[0],
            "the title names no force or service: add 'An inspection of <force>' under it",
        )
    elif resolve_subject(title.subject, programme, facts) is None and title.subject_at:
        para, start, _ = title.subject_at
        report.problems.append(
            Problem(para, unknown_subject(title.subject, programme, facts), Severity.ERROR, start)
        )
    return []


def _unreadable(name: str, message: str, source: WordSourceMap | None = None) -> Loaded:
    place = DocumentPlace(0, 0, 0, (), "") if source is not None and source.paragraphs else None
    finding = Finding(name, "file-format", Severity.ERROR, message, "", 1, 1, place=place)
    return Loaded(name, findings=[finding], source=source)


__all__ = ["Body", "Layout", "import_docx"]
