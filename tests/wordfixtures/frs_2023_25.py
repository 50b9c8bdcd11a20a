"""Fire and rescue 2023–25 (Round 3): 11 graded areas, no pillar grades, five-point scale
(REPORT-SHAPES.md section 11).

Layout: "Effectiveness, efficiency and people 2023–2025: <Service>" (the report's name in the
inspectorate's press release for Leicestershire, 2025), "Overall summary", "Our judgments",
"Our inspection assessed how well <Service> has performed in 11 areas. We have made the
following graded judgments:", the judgments table, "In the rest of the report ...", "Changes
to this round of inspection" (published wording), "HMI summary", then the areas under
ungraded pillar headings (Effectiveness, Efficiency, People), each with a grade line,
narrative, an "Innovative practice" box where there is one, "Cause of concern" with
"Recommendations", and "Areas for improvement".

Assumed (not established): the area headings' numbers ("1.1" ...; section 11 says whether
they carry numbers is NOT FOUND) and the ungraded pillar headings above them, the area-section
layout, the box heading (the press release calls it "innovative practice"), the
recommendation wording (police wording is used), the table's shape. The Leicestershire grade
counts are the published ones (six Good, one Adequate, four Requires improvement), their
placement invented; the Avon grades are invented. The services are real but not in
rules/data/forces.csv (police forces only): subject-named-consistently is a PEEL rule with a
forces table today, so the planted other-service judgment needs the rule extended to FRS.
"""

from __future__ import annotations

from typing import Any

from tests.wordfixtures._layouts import AreasReport
from tests.wordfixtures._model import Area, Box, Cause, Fixture, Planted
from tests.wordfixtures._word import BUILTIN, CUSTOM, OUTLINE, Split, Writer
from tests.wordfixtures.frs_2018_19 import T11, T12, T13, T14, T15, T21, T22, T31, T32, T33, T34

FAMILY = "frs-2023-25"
PILLARS = ("Effectiveness", "Efficiency", "People")
_PILLAR_OF = {"1": "Effectiveness", "2": "Efficiency", "3": "People"}


def _title(subject: str) -> tuple[str]:
    return (f"Effectiveness, efficiency and people 2023–2025: {subject}",)


def _changes(subject: str, last: str, published: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    return (
        (
            "Changes to this round of inspection",
            (
                f"We last inspected {subject} in {last}. And in {published}, we published our inspection report with our findings on the service’s effectiveness and efficiency and how well it looks after its people.",
                "This inspection contains our third assessment of the service’s effectiveness and efficiency, and how well it looks after its people. We have measured the service against the same 11 areas and given a grade for each.",
                "We haven’t given separate grades for effectiveness, efficiency and people as we did previously. This is to encourage the service to consider our inspection findings as a whole and not focus on just one area.",
                "We now assess services against the characteristics of good performance, and we more clearly link our judgments to causes of concern and areas for improvement. We have also expanded our previous four-tier system of graded judgments to five. As a result, we can state more precisely where we consider improvement is needed and highlight good performance more effectively. However, these changes mean it isn’t possible to make direct comparisons between grades awarded in this round of fire and rescue service inspections with those from previous years.",
                "A reduction in grade, particularly from good to adequate, doesn’t necessarily mean there has been a reduction in performance, unless we say so in the report.",
                f"This report sets out our inspection findings for {subject}.",
            ),
        ),
    )


def _intro(subject: str) -> tuple[str, ...]:
    return (
        f"Our inspection assessed how well {subject} has performed in 11 areas. We have made the following graded judgments:",
    )


AFTER = (
    "In the rest of the report, we set out our detailed findings about the areas in which the service has performed well and where it should improve.",
)
AFTERWORD = (
    (
        "About the data",
        (
            "Data in this report is from a range of sources, including the Home Office, the Office for National Statistics and data we collected directly from all 44 fire and rescue services in England.",
        ),
    ),
)


def _area(number: str, heading: str, grade: str, *narrative: str | Split, **more: Any) -> Area:
    return Area(
        number=number,
        pillar=_PILLAR_OF[number[0]],
        heading=heading,
        grade=grade,
        narrative=narrative,
        **more,
    )


# -- Leicestershire: clean -------------------------------------------------------------------

LF = "Leicestershire Fire and Rescue Service"

LEICESTERSHIRE = AreasReport(
    programme="FRS",
    cycle="2023-25",
    subject=LF,
    title=_title(LF),
    judgments_intro=_intro(LF),
    judgments_after=AFTER,
    boilerplate=_changes(LF, "June 2022", "January 2023"),
    summary_heading="HMI summary",
    summary=(
        f"It was a pleasure to revisit {LF}, and I am grateful for the positive and constructive way that the service engaged with our inspection.",
        f"I am satisfied with some aspects of the performance of {LF} in keeping people safe and secure from fire and other risks, but there are areas in which the service still needs to improve.",
        "The service is good at responding to major and multi-agency incidents. But it requires improvement at promoting the right values and culture.",
    ),
    areas=(
        _area(
            "1.1",
            T11,
            "Good",
            f"{LF} is good at understanding the risk of fire and other emergencies. Its community risk management plan draws on a wide range of data.",
        ),
        _area(
            "1.2",
            T12,
            "Good",
            f"{LF} is good at preventing fires and other risks. It has a dashboard of the main performance targets for prevention and protection, which helps staff understand their responsibilities.",
            box=Box(
                heading="Innovative practice",
                title="Road safety work with young offenders",
                text=(
                    "The service works with Leicestershire Youth and Justice Service on a road safety intervention programme to divert young offenders away from the criminal justice system.",
                ),
                form="one-cell-table",
            ),
        ),
        _area(
            "1.3",
            T13,
            "Requires improvement",
            f"{LF} requires improvement at protecting the public through fire regulation. Its risk-based inspection programme is behind schedule.",
            afis=(
                "The service should make sure that its risk-based inspection programme covers the highest-risk buildings within the timescales it has set.",
            ),
        ),
        _area(
            "1.4",
            T14,
            "Good",
            f"{LF} is good at responding to fires and other emergencies. It is meeting its revised response times.",
        ),
        _area(
            "1.5",
            T15,
            "Good",
            f"{LF} is good at responding to major and multi-agency incidents. It trains and exercises regularly with other emergency services.",
        ),
        _area(
            "2.1",
            T21,
            "Requires improvement",
            f"{LF} requires improvement at making best use of resources. Its plans don’t show how it matches its resources to the risks it has identified.",
            afis=(
                "The service should make sure that its allocation of resources is based on the risks set out in its community risk management plan.",
            ),
        ),
        _area(
            "2.2",
            T22,
            "Adequate",
            f"{LF} is adequate at making the service affordable now and in the future. Its medium-term financial plan is realistic.",
            afis=(
                "The service should make sure there are appropriate strategic oversight arrangements in place to manage financial risks.",
            ),
        ),
        _area(
            "3.1",
            T31,
            "Requires improvement",
            f"{LF} requires improvement at promoting the right values and culture. We heard examples of senior leaders not acknowledging issues raised by support staff.",
            causes=(
                Cause(
                    title="The service hasn’t done enough to make sure that its leaders act as role models and that staff have confidence in its processes for reporting bullying, harassment and discrimination.",
                    explanation=(
                        "Some staff told us that they didn’t report concerns because they feared repercussions.",
                    ),
                    recommendations=(
                        "Within three months, the service should make sure that its leaders model the service’s values and act on concerns raised by staff.",
                        "Within six months, the service should make sure that staff have confidence in its processes for reporting bullying, harassment and discrimination.",
                    ),
                ),
            ),
            afis=(
                "The service should monitor the reasons for sickness absence among support staff and act on what it finds.",
            ),
        ),
        _area(
            "3.2",
            T32,
            "Good",
            f"{LF} is good at getting the right people with the right skills. Its workforce plan sets out the skills it will need.",
        ),
        _area(
            "3.3",
            T33,
            "Requires improvement",
            f"{LF} requires improvement at ensuring fairness and promoting diversity. Some staff lack confidence in the fairness of its processes.",
            afis=(
                "The service should make sure that its promotion processes are fair and open, and that staff understand them.",
            ),
        ),
        _area(
            "3.4",
            T34,
            "Good",
            f"{LF} is good at managing performance and developing leaders. Staff have regular appraisals.",
        ),
    ),
    table_form="grade-columns",
    area_label="Area",
    pillars=PILLARS,
    numbering="typed",
    afterword=AFTERWORD,
    title_style=True,
    header_footer=True,
)


# -- Avon: every planted defect ---------------------------------------------------------------

AV = "Avon Fire and Rescue Service"
AVON_COC = "The service doesn’t use its resources efficiently to manage the risks set out in its community risk management plan"

AVON = AreasReport(
    programme="FRS",
    cycle="2023-25",
    subject=AV,
    title=_title(AV),
    judgments_intro=_intro(AV),
    judgments_after=AFTER,
    boilerplate=_changes(AV, "October 2021", "July 2022"),
    summary_heading="HMI summary",
    summary=(
        f"I have concerns about the performance of {AV} in keeping people safe and secure from fire and other risks.",
        "The service is inadequate at making best use of its resources. It is good at responding to major and multi-agency incidents.",
    ),
    areas=(
        _area(
            "1.1",
            T11,
            "Good",
            f"{AV} is good at understanding the risk of fire and other emergencies. Service x has an up-to-date community risk management plan.",
            grade_control="run",
        ),
        _area(
            "1.2",
            T12,
            "Requires improvement",
            f"{AV} requires improvement at preventing fires and other risks. It doesn’t target its home fire safety visits at the people most at risk.",
            Split(f"{AV} is good at preventing fires and other risks.", "is good at", (2, 5)),
            afis=(
                "The service should make sure that it targets its prevention work at the people most at risk of fire.",
            ),
        ),
        _area(
            "1.3",
            T13,
            "Adequate",
            f"{AV} is adequate at protecting the public through fire regulation. Its risk-based inspection programme is on schedule, but audits are not always quality assured.",
            afis=("The service should make sure that it quality assures its fire safety audits.",),
        ),
        _area(
            "1.4",
            T14,
            "Good",
            f"{AV} is good at responding to fires and other emergencies. It meets its response standards for most incidents.",
            "Gloucestershire Fire and Rescue Service is good at making sure that incident commanders are assessed regularly.",
        ),
        _area(
            "1.5",
            T15,
            "Good",
            f"{AV} is good at responding to major and multi-agency incidents. It exercises regularly with neighbouring services.",
            grade_control="run",
        ),
        _area(
            "2.1",
            T21,
            "Inadequate",
            f"{AV} is inadequate at making best use of resources. Its plans don’t show how it matches its resources to the risks it has identified.",
            footnote="Home Office, Fire and rescue workforce and pensions statistics, year to 31 March 2024.",
            causes=(
                Cause(
                    title=AVON_COC + ".",
                    explanation=(
                        "Fire engines are often unavailable because the service doesn’t have enough on-call firefighters.",
                    ),
                ),
            ),
        ),
        _area(
            "2.2",
            T22,
            "Requires Improvment",
            f"{AV} requires improvement at making the service affordable now and in the future. Its savings plans aren’t yet detailed enough.",
            table_grade="Requires improvement",
            afis=(
                "The service should make sure that its savings plans show how each saving will be achieved.",
            ),
        ),
        _area(
            "3.1",
            T31,
            "Adequate",
            f"{AV} is adequate at promoting the right values and culture. Staff understand the service’s values, but some don’t feel able to raise concerns.",
            table_grade="Good",
            afis=("The service should make sure that staff feel able to raise concerns.",),
        ),
        _area(
            "3.2",
            T32,
            "Good",
            f"{AV} is good at getting the right people with the right skills. Its workforce plan sets out the the skills it will need.",
        ),
        _area(
            "3.3",
            T33,
            "Requires improvement",
            f"{AV} requires improvement at ensuring fairness and promoting diversity. Its workforce doesn’t reflect the community it serves.",
            afis=(
                "The service should take steps to make its workforce more representative of the community it serves.",
            ),
        ),
        _area(
            "3.4",
            T34,
            "Adequate",
            f"{AV} is adequate at managing performance and developing leaders.",
            Split(
                "Its process for appraisals is inconsistent.The service has started to train managers to hold them.",
                "inconsistent.The",
                (13,),
            ),
            afis=("The service should make sure that all staff have a regular appraisal.",),
        ),
    ),
    table_form="pillar-vmerge",
    area_label="Area",
    pillars=PILLARS,
    numbering="auto",
    contents=False,
    afterword=AFTERWORD,
    title_style=False,
    header_footer=True,
    tolerated=(
        (
            "grades-table-matches-section",
            T22,
            "the table gives 'Requires improvement' and the area the misspelt 'Requires Improvment'",
        ),
    ),
)

AVON_PLANTED = (
    Planted("grade-on-scale", T22, "Requires Improvment"),
    Planted("grades-table-matches-section", T31, "Good"),
    Planted(
        "narrative-contradicts-grade", T12, f"{AV} is good at preventing fires and other risks"
    ),
    Planted("subject-named-consistently", T14, "Gloucestershire Fire and Rescue Service"),
    Planted("template-placeholder", T11, "Service x"),
    Planted("repeated-word", T32, "the the"),
    Planted("space-after-full-stop", T34, "inconsistent.The"),
    Planted("cause-of-concern-has-recommendation", T21, AVON_COC),
)


def _make_leicestershire() -> Writer:
    return LEICESTERSHIRE.write(Writer(kinds={1: OUTLINE, 2: BUILTIN, 3: BUILTIN, 4: BUILTIN}))


def _make_avon() -> Writer:
    return AVON.write(Writer(kinds={1: CUSTOM, 2: CUSTOM, 3: CUSTOM, 4: CUSTOM}))


FIXTURES = [
    Fixture(
        name="frs-2023-25-leicestershire-clean",
        family=FAMILY,
        expected=LEICESTERSHIRE.expected(),
        planted=(),
        mechanics=(
            "title-style",
            "outline-level",
            "typed-numbers",
            "grade-columns-table",
            "header-footer",
            "list-bullet-style",
        ),
        make=_make_leicestershire,
        description="Leicestershire Fire and Rescue Service, 2023–25, consistent; a cause of concern with recommendations; innovative practice box.",
    ),
    Fixture(
        name="frs-2023-25-avon-defects",
        family=FAMILY,
        expected=AVON.expected(),
        planted=AVON_PLANTED,
        mechanics=(
            "custom-heading-style",
            "auto-numbering",
            "merged-cells",
            "content-control",
            "split-runs",
            "header-footer",
            "footnotes",
            "list-bullet-style",
        ),
        make=_make_avon,
        description="Avon Fire and Rescue Service, 2023–25, all eight planted defects; Word-numbered areas.",
    ),
]
