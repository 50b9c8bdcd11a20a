"""The draft report format (version 1) as pydantic models: the single source of truth.

`schemas/report.schema.json` is generated from these models (`python -m peelcheck.schema`).
Whether a grade is valid depends on the cycle's scale; that is a rule, not the schema.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from peelcheck.core.versions import Version1

Programme = Literal["PEEL", "FRS"]
Cycle = Literal["2014", "2015", "2016", "2017", "2018/19", "2021/22", "2023-25", "2025-27"]
Text = Annotated[str, Field(description="Plain text; paragraphs separated by a blank line.")]


class _Strict(BaseModel):
    """Unknown keys are errors and types are not coerced (a grade of 3 is not "3").

    Validators are built when first needed (`defer_build`): a run over a few conforming
    drafts builds them without validation (draft/construct.py), which costs less.
    """

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True, defer_build=True)


GradeAbsent = Annotated[
    str | None,
    Field(
        min_length=1,
        description="Why no grade is given: the document does not show it (e.g. 'not in the "
        "copied page text'). Rules that need the grade do not run on it.",
    ),
]


class Inspection(_Strict):
    """What was inspected, when, and under which framework."""

    programme: Programme = Field(description="PEEL (police) or FRS (fire and rescue).")
    cycle: Cycle = Field(
        description="Inspection cycle. PEEL: 2014 2015 2016 2017 2018/19 2021/22 2023-25 "
        '2025-27; FRS: 2018/19 2021/22 2023-25. Quote it in YAML: "2016".'
    )
    subject: str = Field(description="The force or fire and rescue service inspected.")
    pillar: str | None = Field(
        default=None, description="Single-pillar reports only (PEEL 2014-2017)."
    )
    published: dt.date | None = Field(
        default=None,
        strict=False,
        description='"Last updated" date, YYYY-MM-DD; optional in drafts.',
    )
    status: Literal["draft", "final"] = Field(default="draft")
    welsh_version: bool | None = Field(
        default=None, description="A Welsh-language version is linked."
    )
    pillar_page: str | None = Field(
        default=None,
        description="The draft is the page of this one pillar of an integrated report (PEEL "
        "2018/19, FRS 2018/19 and 2021/22): `pillars` lists only it, and rules about the whole "
        "report do not run.",
    )
    summary_page: bool | None = Field(
        default=None,
        description="The draft is the subject's summary page for the cycle ('Durham 2015'): "
        "`pillars` carry the grades the page states in sentences, `overall.summary` the "
        "opening and the inspector's observations; the questions are on the pillar pages.",
    )
    excerpt: bool | None = Field(
        default=None,
        description="The draft holds only part of a report (e.g. the opening of a published "
        "page): rules about what a whole report holds (missing questions) do not run.",
    )


class Overall(_Strict):
    """The overall (pillar) judgement of a single-pillar report, or the report's summary."""

    title: str | None = Field(default=None, description="The pillar's question, as headed.")
    grade: str | None = Field(default=None, description="Absent where the cycle grades no pillar.")
    grade_absent: GradeAbsent = None
    previous_grade: str | None = Field(
        default=None, description="The last inspection's grade for the same pillar."
    )
    summary: Text | None = None
    areas_assessed: int | None = Field(
        default=None, description='Reports graded by area: "assessed ... in N areas".'
    )
    areas_graded: int | None = Field(
        default=None, description='Reports graded by area: "graded judgments in M of these".'
    )


class Pillar(_Strict):
    """A pillar of an integrated report (PEEL 2018/19, FRS 2018/19 and 2021/22)."""

    name: str
    title: str | None = Field(default=None, description="The pillar's question, as headed.")
    grade: str | None = None
    grade_sentence: str | None = Field(
        default=None,
        description="A summary page's sentence stating this pillar's grade, as written ('The "
        "extent to which Durham Constabulary is effective at ... is outstanding.'), kept beside "
        "`grade`.",
    )
    grade_absent: GradeAbsent = None
    previous_grade: str | None = None
    summary: Text | None = None


class CauseOfConcern(_Strict):
    """A serious, critical or systemic shortcoming; always comes with recommendations."""

    text: Text
    recommendations: list[Text] = Field(default_factory=list)


class PracticeBox(_Strict):
    """A "Promising practice" or "Innovative practice" box: kept with its question, and not a
    finding (no area for improvement, no cause of concern)."""

    heading: str = Field(description='The box\'s heading as written, e.g. "Promising practice".')
    title: str | None = Field(default=None, description="The practice's own title, if any.")
    text: Text = ""


class Question(_Strict):
    """A question of the framework with its judgement and findings."""

    model_config = ConfigDict(
        json_schema_extra={"oneOf": [{"required": ["grade"]}, {"required": ["grade_absent"]}]}
    )

    number: int | str = Field(description='An integer, or a string such as "1.1" (FRS).')
    pillar: str | None = Field(default=None, description="Required when `pillars` is present.")
    title: str
    grade: str | None = Field(
        default=None,
        description="A grade on the cycle's scale, or Ungraded. Required unless grade_absent "
        "says why there is none.",
    )
    grade_absent: GradeAbsent = None
    carried_over_from: str | None = Field(
        default=None, description="The grade stands from an earlier inspection (its cycle)."
    )
    narrative: Text = ""
    areas_for_improvement: list[Text] = Field(default_factory=list)
    causes_of_concern: list[CauseOfConcern] = Field(default_factory=list)
    # Optional, version 1: what a report's own layout adds (imported Word drafts).
    table_grade: str | None = Field(
        default=None,
        description='The grade the report\'s judgments table ("Our judgments") gives this '
        "question, kept beside the section's own `grade`.",
    )
    practice: list[PracticeBox] = Field(
        default_factory=list, description="Promising or innovative practice boxes."
    )

    @model_validator(mode="after")
    def _graded_or_why_not(self) -> Question:
        if (self.grade is None) == (self.grade_absent is None):
            raise ValueError(
                "give the question's grade (or Ungraded) in 'grade', or, where the document "
                "shows none, say why in 'grade_absent'; not both"
            )
        return self


class WordComment(_Strict):
    """The Word comment a waiver was written in ("peelcheck: waive <rule> - reason")."""

    id: int = Field(description="The comment's id in the document.")
    paragraph: int = Field(ge=1, description="The paragraph the comment is on (1-based).")
    words: str = Field(description="The words the comment is anchored on.")


class Waiver(_Strict):
    """A justified exception: a finding of `rule` (at `path`) is accepted, for a reason."""

    rule: str = Field(description="The rule id waived.")
    path: str | None = Field(
        default=None,
        description="Data path of the finding (as in findings, e.g. questions[3].grade); "
        "absent: every finding of the rule in this draft.",
    )
    reason: str = Field(min_length=1, description="Why the exception is justified.")
    approved_by: str | None = None
    expires: dt.date | None = Field(
        default=None, strict=False, description="Not applied after this date."
    )
    word_comment: WordComment | None = Field(
        default=None, description="Written as a Word comment in a .docx draft (imported)."
    )


class SourcePlace(_Strict):
    """Where a value stands in the original document."""

    paragraph: int = Field(ge=1, description="Its first paragraph (1-based, reading order).")
    last_paragraph: int | None = Field(
        default=None, ge=1, description="Its last paragraph, when it spans several."
    )
    headings: list[str] = Field(
        default_factory=list, description="The heading path, e.g. [Investigating crime, narrative]."
    )


class SourceDocument(_Strict):
    """Where an imported draft came from, and where each of its values stands there."""

    file: str = Field(description="The document's name as given when it was imported.")
    places: dict[str, SourcePlace] = Field(
        default_factory=dict, description="Data path (questions[3].grade) -> its place."
    )


class Report(_Strict):
    """A draft inspection report, format version 1."""

    model_config = ConfigDict(title="peelcheck draft report")

    peelcheck: Version1 = Field(description="Format version.")
    inspection: Inspection
    overall: Overall | None = None
    pillars: list[Pillar] | None = Field(
        default=None,
        description="Integrated reports (PEEL 2018/19, FRS 2018/19, 2021/22), and a summary page "
        "(inspection.summary_page) of any cycle that grades pillars.",
    )
    questions: list[Question] = Field(default_factory=list)
    waivers: list[Waiver] = Field(default_factory=list)
    document: SourceDocument | None = Field(
        default=None, description="Imported drafts: where each value stands in the original."
    )
