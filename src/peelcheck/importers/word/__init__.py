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

from peelcheck.core.findings import DocumentPlace, Finding, Severity
from peelcheck.draft.loaded import Loaded
from peelcheck.importers.facts import ImportFacts
from peelcheck.importers.word.body import Body, read_body
from peelcheck.importers.word.comments import read_comments, waivers_from
from peelcheck.importers.word.draft import DraftBuilder, problem_findings
from peelcheck.importers.word.names import resolve_subject, unknown_subject
from peelcheck.importers.word.package import open_document
from peelcheck.importers.word.parts import Problem, Report, Words
from peelcheck.importers.word.report import Layout, recognise
from peelcheck.importers.word.sourcemap import WordSourceMap
from peelcheck.importers.word.title import Title, cycle_key, read_title
from peelcheck.importers.word.values import draft_data

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
    known = list(facts.cycles.get(title.programme, {}))
    cycle = cycle_key(title.cycle, known)
    if cycle is None:
        return _unreadable(
            name,
            f"the title names the {title.programme} cycle '{title.cycle}', which peelcheck does "
            f"not know ({', '.join(known)})",
            source,
        )
    report = recognise(body, title, facts, title.programme, cycle)
    _check_subject(report, title, facts)
    if not report.questions:
        report.problem(
            report.title[0],
            "no question or area headings were found, so no question was imported; head each "
            "with its title (a Word heading style, or bold on a line of its own)",
        )
    draft = DraftBuilder(source, name)
    data = draft_data(draft, report, title, cycle, facts, document)
    waivers, problems = waivers_from(
        read_comments(document, body), source, {p.index for p in report.title}
    )
    report.problems += problems
    for index, (waiver, comment) in enumerate(waivers):
        assert comment.para is not None
        words = Words.of(comment.para, comment.start, comment.end)
        draft.anchor(f"waivers[{index}]", words, source.heading_path(waiver.get("path", "")))
        data.setdefault("waivers", []).append(waiver)
    return draft.loaded(data, problem_findings(report, name))


def _check_subject(report: Report, title: Title, facts: ImportFacts) -> None:
    """The title names a force or service of the packs' tables."""
    programme = title.programme or ""
    if not title.subject:
        report.problem(
            report.title[0],
            "the title names no force or service: add 'An inspection of <force>' under it",
        )
    elif resolve_subject(title.subject, programme, facts) is None and title.subject_at:
        para, start, _ = title.subject_at
        message = unknown_subject(title.subject, programme, facts)
        report.problems.append(Problem(para, message, Severity.ERROR, start))


def _unreadable(name: str, message: str, source: WordSourceMap | None = None) -> Loaded:
    place = DocumentPlace(0, 0, 0, (), "") if source is not None and source.paragraphs else None
    finding = Finding(name, "file-format", Severity.ERROR, message, "", 1, 1, place=place)
    return Loaded(name, findings=[finding], source=source, kind="word")


__all__ = ["Body", "Layout", "import_docx"]
