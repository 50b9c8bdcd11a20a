"""A small outline of a checked draft: what it is and its graded parts, in the draft's order.

Output that shows the report in its own order (HTML) needs the subject, cycle and grades
of each draft, but not its texts: an outline is a few hundred bytes, carried with the
findings through worker processes and the results cache.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from peelcheck.draft.model import Report


@dataclass(frozen=True, slots=True)
class Part:
    """One graded part of a draft: the overall judgement, a pillar or a question."""

    path: str  # data path of the part: "overall", "pillars[0]", "questions[3]"
    label: str  # "Overall", "Pillar", "Question 1.1"
    title: str  # the part's heading: the pillar's question, its name, the question's title
    grade: str | None = None
    pillar: str | None = None  # the pillar a question belongs to, in integrated reports


@dataclass(frozen=True, slots=True)
class Outline:
    """What a draft is, and its parts in the order the draft gives them."""

    subject: str
    programme: str
    cycle: str
    status: str
    published: str | None = None  # YYYY-MM-DD
    pillar: str | None = None  # single-pillar reports (PEEL 2014-2017)
    parts: tuple[Part, ...] = ()

    def to_json(self) -> dict[str, Any]:
        """The outline as JSON-ready data (for the results cache)."""
        return {
            "subject": self.subject,
            "programme": self.programme,
            "cycle": self.cycle,
            "status": self.status,
            "published": self.published,
            "pillar": self.pillar,
            "parts": [[p.path, p.label, p.title, p.grade, p.pillar] for p in self.parts],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Outline:
        """The outline `to_json` wrote; raises KeyError, TypeError or ValueError if damaged."""

        def text(value: Any) -> str | None:
            return None if value is None else str(value)

        parts = tuple(
            Part(str(path), str(label), str(title), text(grade), text(pillar))
            for path, label, title, grade, pillar in data["parts"]
        )
        return cls(
            str(data["subject"]),
            str(data["programme"]),
            str(data["cycle"]),
            str(data["status"]),
            text(data["published"]),
            text(data["pillar"]),
            parts,
        )


def outline_of(report: Report) -> Outline:
    """The outline of a schema-valid draft."""
    inspection = report.inspection
    parts: list[Part] = []
    if report.overall is not None:
        overall = report.overall
        parts.append(Part("overall", "Overall", overall.title or "", overall.grade))
    for index, pillar in enumerate(report.pillars or []):
        parts.append(Part(f"pillars[{index}]", "Pillar", pillar.name, pillar.grade))
    for index, question in enumerate(report.questions):
        parts.append(
            Part(
                f"questions[{index}]",
                f"Question {question.number}",
                question.title,
                question.grade,
                question.pillar,
            )
        )
    return Outline(
        inspection.subject,
        inspection.programme,
        inspection.cycle,
        inspection.status,
        inspection.published.isoformat() if inspection.published else None,
        inspection.pillar,
        tuple(parts),
    )
