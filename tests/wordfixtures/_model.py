"""The public records (`Planted`, `Fixture`) and the report parts the layouts write."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.wordfixtures._word import Text, Writer

FAMILIES = (
    "peel-2014-17-pillar",
    "peel-2018-19",
    "peel-2021-22",
    "peel-2023-25",
    "peel-2025-27",
    "frs-2018-19",
    "frs-2023-25",
)

MECHANICS = (
    "custom-heading-style",
    "outline-level",
    "bold-normal-heading",
    "auto-numbering",
    "typed-numbers",
    "merged-cells",
    "grade-columns-table",
    "content-control",
    "split-runs",
    "header-footer",
    "footnotes",
    "title-style",
    "list-bullet-style",
)

FOUR_POINT = ("Outstanding", "Good", "Requires improvement", "Inadequate")
FIVE_POINT = ("Outstanding", "Good", "Adequate", "Requires improvement", "Inadequate")


@dataclass(frozen=True)
class Planted:
    """A defect planted in a fixture that peelcheck must report."""

    rule: str  # rule id, e.g. "narrative-contradicts-grade"
    heading: str  # the heading of the part where it must be reported
    words: str | None  # the exact flagged words in the document (None for a missing part)


@dataclass(frozen=True)
class Fixture:
    """One Word draft built in code, with what an importer should read from it."""

    name: str
    family: str
    expected: dict[str, Any] = field(hash=False)
    planted: tuple[Planted, ...]
    mechanics: tuple[str, ...]
    make: Callable[[], Writer] = field(repr=False, compare=False, hash=False)
    description: str = ""

    def build(self, path: Path) -> Path:
        """Write the .docx to `path` (a file name, or a folder to write `<name>.docx` in)."""
        target = Path(path)
        if target.suffix.lower() != ".docx":
            target = target / f"{self.name}.docx"
        target.parent.mkdir(parents=True, exist_ok=True)
        self.make().save(str(target))
        return target


# -- report parts ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Cause:
    """A cause of concern: a title sentence, explanation, and its recommendations."""

    title: Text
    explanation: tuple[Text, ...] = ()
    recommendations: tuple[Text, ...] = ()
    intro: str = ""  # a line before the recommendations ("We recommend that ...:")


@dataclass(frozen=True)
class Box:
    """A practice box that belongs to its area and is not a finding."""

    heading: str  # "Promising practice", "Innovative practice"
    title: str
    text: tuple[str, ...]
    form: str  # "one-cell-table" | "shaded-paragraphs"


@dataclass(frozen=True)
class Area:
    """A graded question or area, as the layouts write it."""

    heading: str  # the question or area title, without its number
    grade: str | None = None  # as written in the area; None: no grade line
    narrative: tuple[Text, ...] = ()
    afis: tuple[Text, ...] = ()
    causes: tuple[Cause, ...] = ()
    number: str | None = None  # the number a reader sees (typed, or Word numbering)
    pillar: str | None = None
    ungraded: bool = False  # ungraded by design of the framework
    carried_over: str | None = None  # the carried-over sentence, for a grade that stands
    box: Box | None = None
    table_grade: str | None = None  # the judgments table's grade, where it differs
    grade_prefix: str = ""  # "Grade: " before the grade
    grade_control: str | None = None  # "block" | "run": the grade in a content control
    afi_numbered: bool = False  # AFIs in a Word-numbered list instead of List Bullet
    footnote: str | None = None  # a footnote on the first narrative paragraph
    narrative_control: bool = False  # the last narrative paragraph in a content control

    @property
    def listed_grade(self) -> str | None:
        """The grade the judgments table gives this area."""
        return self.table_grade or self.grade


@dataclass(frozen=True)
class Pillar:
    """A pillar of a pillar-graded report, with its questions."""

    name: str
    question: str
    grade: str | None
    summary: tuple[Text, ...]
    areas: tuple[Area, ...]
    grade_control: bool = False


def question_entries(areas: tuple[Area, ...]) -> list[tuple[str, str | None, bool]]:
    """(heading, grade as written or None, ungraded) for each area."""
    return [(a.heading, a.grade, a.ungraded) for a in areas]


def question_details(areas: tuple[Area, ...]) -> list[dict[str, Any]]:
    return [
        {
            "heading": a.heading,
            "number": a.number,
            "pillar": a.pillar,
            "areas_for_improvement": len(a.afis),
            "causes_of_concern": [len(c.recommendations) for c in a.causes],
            "carried_over": a.carried_over is not None,
            "kept": [a.box.heading] if a.box else [],
        }
        for a in areas
    ]
