"""The shared builder: a report's paragraphs, in reading order -> draft data and source map.

Both importers reduce their document to `Block`s (one per line of a page, or per Word
paragraph) that carry their offset in a source text; this module recognises the report's
structure in them by content alone, so a page and a Word document with the same content give
the same draft. What it cannot place becomes an `import` finding that names the line or
paragraph; nothing is dropped silently.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from enum import Enum, auto
from typing import Any, Literal

from peelcheck.core.findings import Finding, Severity
from peelcheck.draft.loaded import Loaded
from peelcheck.draft.sourcemap import SourceMap, Span, join_path
from peelcheck.engine.facts import CycleFacts, PackData

IMPORT_RULE = "import"

_HEADER = re.compile(
    r"(?P<subject>\S.*?)\s+(?P<programme>PEEL)\s+"
    r"(?P<cycle>(?:19|20)\d\d(?:\s*[/–—-]\s*\d\d(?:\d\d)?)?)\Z"
)
_LAST_UPDATED = re.compile(r"Last updated:?\s+(?P<date>\d{1,2}/\d{1,2}/\d{4})\Z", re.IGNORECASE)
_QUESTIONS_FOR = re.compile(r"Questions for\s+(?P<pillar>\S.*?)\Z", re.IGNORECASE)
_NUMBER = re.compile(r"(?:Question\s+)?(?P<number>\d{1,2}(?:\.\d{1,2})?)[.:)]?\Z", re.IGNORECASE)
_NUMBERED_TITLE = re.compile(
    r"(?:Question\s+)?(?P<number>\d{1,2}(?:\.\d{1,2})?)(?:[.:)]\s*|\s+)(?P<title>[^\s\d].*)\Z",
    re.IGNORECASE,
)
_AREAS = re.compile(r"Areas? for improvement:?\Z", re.IGNORECASE)
_WELSH = "os hoffech chi ddarllen hwn trwy'r gymraeg"
_BULLET = re.compile(r"[•◦▪‣∙·*–-]\s+")
_FORCE_SUFFIX = re.compile(r"\s+(?:Police(?:\s+Service)?|Constabulary)\Z", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Block:
    """One paragraph of the document, trimmed, and where it stands in the source text.

    `label` names it in messages ("line 12", "paragraph 12"). An `item` is a bullet or
    numbered list paragraph; `marker` is the length of a typed bullet ("• ") before its text.
    An `opaque` block is content the importers cannot read as text (a Word table); its
    `text` says so.
    """

    text: str
    start: int
    label: str
    item: bool = False
    marker: int = 0
    opaque: bool = False

    @property
    def end(self) -> int:
        """Offset just past the block's text."""
        return self.start + len(self.text)


def bullet_marker(text: str) -> int:
    """Length of a typed bullet ("• ", "- ") at the start of `text`, or 0."""
    match = _BULLET.match(text)
    return match.end() if match else 0


@dataclass(frozen=True)
class ImportFacts:
    """What the importers need to know of the run's packs: grades, pillars, names."""

    grades: dict[str, str]  # lower case -> as the scale spells it
    pillars: dict[str, dict[str, list[str]]]  # programme -> cycle -> pillars
    forces: tuple[dict[str, str], ...]
    services: tuple[dict[str, str], ...] = ()  # fire and rescue services (services.csv)
    cycles: dict[str, dict[str, CycleFacts]] = field(default_factory=dict)  # as the packs say
    frameworks: dict[str, Any] = field(default_factory=dict)  # question sets (frameworks.yaml)

    @classmethod
    def from_pack(cls, pack: PackData) -> ImportFacts:
        """Grades, pillars and the forces table as the run's packs declare them."""
        return cls(
            grades={word.lower(): word for word in pack.all_grade_words()},
            pillars={
                programme: {cycle: list(facts.pillars) for cycle, facts in cycles.items()}
                for programme, cycles in pack.programmes.items()
            },
            forces=tuple(pack.tables.get("forces", [])),
            services=tuple(pack.tables.get("services", [])),
            cycles=pack.programmes,
            frameworks=pack.frameworks,
        )


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower().replace("&", " and ")).strip("-")


def resolve_force(name: str, facts: ImportFacts) -> str | None:
    """The forces table's name for `name` ("Gwent", "Heddlu Gwent" -> "Gwent Police")."""
    key = _slug(name)
    for row in facts.forces:
        official = row.get("force_name", "")
        names = {row.get("force_id", ""), _slug(official), _slug(_FORCE_SUFFIX.sub("", official))}
        if row.get("welsh_name"):
            names.add(_slug(row["welsh_name"]))
        if key in names:
            return official
    return None


class _State(Enum):
    HEADER = auto()
    SUMMARY = auto()
    QUESTIONS = auto()  # after "Questions for ...": a question number is due
    TITLE = auto()
    NARRATIVE = auto()
    AFTER_GRADE = auto()
    AREAS = auto()


@dataclass
class _Question:
    number: int | str
    number_span: tuple[int, int]
    first: Block
    title: tuple[str, int, int] | None = None
    paragraphs: list[Block] = field(default_factory=list)
    grade: tuple[str, int, int] | None = None
    areas: list[tuple[str, int, int]] = field(default_factory=list)


Offsets = tuple[int, int]


def build_draft(
    blocks: Sequence[Block],
    source: SourceMap,
    file: str,
    *,
    status: Literal["draft", "final"],
    unit: str,
    facts: ImportFacts,
) -> Loaded:
    """Recognise the report in `blocks` and return it as a loaded draft.

    `unit` is "line" or "paragraph", for messages. When no report header is found the result
    has no data and one `file-format` finding; other problems are `import` findings.
    """
    return _Builder(blocks, source, file, status, unit, facts).run()


class _Builder:
    def __init__(
        self,
        blocks: Sequence[Block],
        source: SourceMap,
        file: str,
        status: Literal["draft", "final"],
        unit: str,
        facts: ImportFacts,
    ) -> None:
        self.blocks = blocks
        self.source = source
        self.file = file
        self.status = status
        self.unit = unit
        self.facts = facts
        self.spans: dict[str, Offsets] = {}
        self.problems: list[Finding] = []
        self.inspection: dict[str, Any] = {}
        self.overall: dict[str, Any] = {}
        self.summary: list[Block] = []
        self.questions: list[_Question] = []
        self.state = _State.HEADER

    def run(self) -> Loaded:
        found = [
            (index, match)
            for index, block in enumerate(self.blocks)
            if not (block.opaque or block.item) and (match := _HEADER.match(block.text))
        ]
        if not found:
            example = "Gwent PEEL 2016"
            message = (
                f"no report header found: expected a {self.unit} such as '{example}' "
                "(<force> PEEL <cycle>) before the report's text"
            )
            return Loaded(
                self.file,
                source=self.source,
                findings=[Finding(self.file, "file-format", Severity.ERROR, message, "", 1, 1)],
            )
        # The header names a known force (a news banner may end "... PEEL 2016" too); what
        # comes before it is page furniture (skip links, banners).
        header, match = next(
            ((i, m) for i, m in found if resolve_force(m.group("subject"), self.facts)), found[0]
        )
        self._header(self.blocks[header], match)
        for block in self.blocks[header + 1 :]:
            self._take(block)
        self._finish()
        return self._loaded()

    # -- recognising blocks ---------------------------------------------------------------

    def _header(self, block: Block, match: re.Match[str]) -> None:
        subject = match.group("subject")
        cycle = re.sub(r"\s+", "", match.group("cycle")).replace("–", "-").replace("—", "-")
        resolved = resolve_force(subject, self.facts)
        if resolved is None:
            names = {
                short: row.get("force_name", "")
                for row in self.facts.forces
                for short in (
                    row.get("force_name", ""),
                    _FORCE_SUFFIX.sub("", row.get("force_name", "")),
                )
            }
            close = difflib.get_close_matches(subject, list(names), n=1, cutoff=0.6)
            hint = f"; did you mean '{names[close[0]]}'?" if close else ""
            self._problem(
                block,
                f"'{subject}' is not a force in the forces table (rules/data/forces.csv){hint}",
                offset=block.start + match.start("subject"),
            )
        whole = (block.start, block.end)
        self.spans["peelcheck"] = whole
        self.spans["inspection.status"] = whole
        self._set(self.inspection, "inspection.programme", "PEEL", block, match.span("programme"))
        self._set(self.inspection, "inspection.cycle", cycle, block, match.span("cycle"))
        self._set(
            self.inspection, "inspection.subject", resolved or subject, block, match.span("subject")
        )

    def _take(self, block: Block) -> None:
        if block.opaque:  # its text says why it cannot be read
            self._problem(block, f"cannot place {block.label}: {block.text}")
            return
        text = block.text
        if _is_welsh(text) and self.state in (_State.HEADER, _State.SUMMARY):
            self._set(self.inspection, "inspection.welsh_version", True, block)
            return
        grade = self.facts.grades.get(" ".join(text.split()).lower())
        questions_for = _QUESTIONS_FOR.match(text)
        if questions_for and self.state in (_State.HEADER, _State.SUMMARY):
            self._questions_for(block, questions_for)
        elif self.state is _State.HEADER:
            self._header_line(block, grade)
        elif self.state is _State.SUMMARY:
            self.summary.append(block)
        elif self.state is _State.TITLE:
            self._title(block, text, 0)
        elif self.state is _State.NARRATIVE:
            self._narrative(block, grade)
        else:
            self._between_questions(block)

    def _header_line(self, block: Block, grade: str | None) -> None:
        text = block.text
        updated = _LAST_UPDATED.match(text)
        pillar = self._pillar_named(text)
        if grade is not None:
            self._set(self.overall, "overall.grade", text, block)
            self.state = _State.SUMMARY
        elif updated:
            self._published(block, updated)
        elif pillar and "pillar" not in self.inspection and "title" not in self.overall:
            self._set(self.inspection, "inspection.pillar", pillar, block)
        elif text.lower().startswith("last updated"):
            self._problem(block, f"cannot read the date in '{text}'; expected DD/MM/YYYY")
        elif "title" not in self.overall:
            self._set(self.overall, "overall.title", text, block)
        else:
            self.state = _State.SUMMARY
            self.summary.append(block)

    def _published(self, block: Block, match: re.Match[str]) -> None:
        day, month, year = (int(part) for part in match.group("date").split("/"))
        try:
            date = dt.date(year, month, day)
        except ValueError:
            self._problem(block, f"'{match.group('date')}' is not a date (DD/MM/YYYY)")
            return
        self._set(
            self.inspection, "inspection.published", date.isoformat(), block, match.span("date")
        )

    def _questions_for(self, block: Block, match: re.Match[str]) -> None:
        named = match.group("pillar")
        pillar = self.inspection.get("pillar")
        if pillar is None:
            self._set(self.inspection, "inspection.pillar", named, block, match.span("pillar"))
        elif named.lower() != str(pillar).lower():
            self._problem(block, f"'{block.text}' does not match the pillar '{pillar}' above")
        self.state = _State.QUESTIONS

    def _between_questions(self, block: Block) -> None:
        """After "Questions for ...", a question's grade, or its areas for improvement."""
        if self.state is _State.AREAS and block.item:
            start = block.start + block.marker
            self.questions[-1].areas.append((block.text[block.marker :], start, block.end))
        elif self._question_start(block):
            pass
        elif self.state is _State.AFTER_GRADE and _AREAS.match(block.text):
            self.state = _State.AREAS
        elif self.state is _State.QUESTIONS:
            self._unplaced(block, "a question number such as '1' was expected")
        elif self.state is _State.AREAS:
            self._unplaced(block, "an area for improvement must be a bullet")
        else:
            self._unplaced(
                block,
                "after a question's grade only 'Areas for improvement' with bullets, or the "
                "next question's number, may follow",
            )

    def _question_start(self, block: Block) -> bool:
        """Start a question at a number line or a "1. Title" line; False if neither."""
        match = _NUMBER.match(block.text) or _NUMBERED_TITLE.match(block.text)
        if match is None:
            return False
        raw = match.group("number")
        number: int | str = int(raw) if raw.isdigit() else raw
        start, end = match.span("number")
        self.questions.append(_Question(number, (block.start + start, block.start + end), block))
        self.state = _State.TITLE
        if "title" in match.groupdict():
            self._title(block, match.group("title"), match.start("title"))
        return True

    def _title(self, block: Block, title: str, offset: int) -> None:
        start = block.start + offset
        self.questions[-1].title = (title, start, start + len(title))
        self.state = _State.NARRATIVE

    def _narrative(self, block: Block, grade: str | None) -> None:
        question = self.questions[-1]
        if grade is not None:
            question.grade = (block.text, block.start, block.end)
            self.state = _State.AFTER_GRADE
            return
        match = _NUMBER.match(block.text)
        if (
            match
            and isinstance(question.number, int)
            and match.group("number") == str(question.number + 1)
        ):
            self._problem(
                block,
                f"question {question.number} has no grade line before question "
                f"{question.number + 1} starts here",
            )
            self._question_start(block)
            return
        question.paragraphs.append(block)

    def _pillar_named(self, text: str) -> str | None:
        cycles = self.facts.pillars.get(self.inspection.get("programme", ""), {})
        pillars = cycles.get(self.inspection.get("cycle", "")) or [
            p for names in cycles.values() for p in names
        ]
        return next((p for p in pillars if p.lower() == text.lower()), None)

    def _finish(self) -> None:
        if self.questions:
            last = self.questions[-1]
            if self.state is _State.TITLE:
                self._problem(last.first, f"question {last.number} has no title")
            elif self.state is _State.NARRATIVE:
                self._problem(last.first, f"question {last.number} has no grade line")
        elif self.state in (_State.HEADER, _State.SUMMARY):
            self._problem(
                self.blocks[-1],
                "no 'Questions for <pillar>' line was found, so no questions were imported",
            )

    # -- recording values and problems ----------------------------------------------------

    def _set(
        self,
        mapping: dict[str, Any],
        path: str,
        value: Any,
        block: Block,
        span: tuple[int, int] | None = None,
    ) -> None:
        mapping[path.rsplit(".", 1)[-1]] = value
        start, end = span or (0, len(block.text))
        self.spans[path] = (block.start + start, block.start + end)

    def _unplaced(self, block: Block, why: str) -> None:
        shown = block.text if len(block.text) <= 60 else block.text[:57] + "..."
        self._problem(block, f"cannot place {block.label} '{shown}': {why}")

    def _problem(self, block: Block, message: str, *, offset: int | None = None) -> None:
        line, column = self.source.position_of_offset(block.start if offset is None else offset)
        self.problems.append(
            Finding(self.file, IMPORT_RULE, Severity.ERROR, message, "", line, column)
        )

    # -- the result -----------------------------------------------------------------------

    def _loaded(self) -> Loaded:
        data: dict[str, Any] = {"peelcheck": 1, "inspection": self._inspection()}
        overall = dict(self.overall)
        if self.summary:
            overall["summary"] = self._paragraphs("overall.summary", self.summary)
        if overall:
            data["overall"] = overall
        if self.questions:
            data["questions"] = [
                self._question(join_path("questions", i), q) for i, q in enumerate(self.questions)
            ]
        loaded = Loaded(self.file, data, self.source, list(self.problems))
        for path, value in _walk(data, ""):
            if isinstance(value, (dict, list)):
                loaded.paths_by_id[id(value)] = path
            start, end = self._span_of(path, value)
            self.source.values[path] = self._span(start, end)
        return loaded

    def _inspection(self) -> dict[str, Any]:
        order = ("programme", "cycle", "subject", "pillar", "published")
        found = {key: self.inspection[key] for key in order if key in self.inspection}
        found["status"] = self.status
        if "welsh_version" in self.inspection:
            found["welsh_version"] = self.inspection["welsh_version"]
        return found

    def _question(self, path: str, question: _Question) -> dict[str, Any]:
        result: dict[str, Any] = {"number": question.number}
        self.spans[f"{path}.number"] = question.number_span
        for key, found in (("title", question.title), ("grade", question.grade)):
            if found is not None:
                result[key] = found[0]
                self.spans[f"{path}.{key}"] = (found[1], found[2])
        if question.paragraphs:
            result["narrative"] = self._paragraphs(f"{path}.narrative", question.paragraphs)
        if question.areas:
            result["areas_for_improvement"] = [text for text, _, _ in question.areas]
            for index, (_, start, end) in enumerate(question.areas):
                self.spans[f"{path}.areas_for_improvement[{index}]"] = (start, end)
        return result

    def _paragraphs(self, path: str, blocks: list[Block]) -> str:
        self.spans[path] = (blocks[0].start, blocks[-1].end)
        return "\n\n".join(block.text for block in blocks)

    def _span_of(self, path: str, value: Any) -> Offsets:
        """A value's recorded span; a container's spans its children."""
        if path not in self.spans and (not isinstance(value, (dict, list)) or not value):
            self.spans[path] = self.spans["peelcheck"]  # e.g. the status: from the header
        if path not in self.spans:
            items = value.items() if isinstance(value, dict) else enumerate(value)
            children = [self._span_of(join_path(path, key), item) for key, item in items]
            self.spans[path] = (min(s for s, _ in children), max(e for _, e in children))
        return self.spans[path]

    def _span(self, start: int, end: int) -> Span:
        line, column = self.source.position_of_offset(start)
        end_line, end_column = self.source.position_of_offset(end)
        return Span(line, column, end_line, end_column, start, end)


def _is_welsh(text: str) -> bool:
    plain = text.replace("’", "'").replace("‘", "'").rstrip(" .:").lower()
    return " ".join(plain.split()) == _WELSH


def _walk(value: Any, path: str) -> Iterator[tuple[str, Any]]:
    """Every (path, value) in `value`, parents before children."""
    yield path, value
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _walk(item, join_path(path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _walk(item, join_path(path, index))
