"""PEEL 2021/22: graded core questions, no pillar grades, five-point scale (REPORT-SHAPES.md
section 6).

Layout: "PEEL 2021/22 – An inspection of <Force>", "Overall summary", "Our judgments", "Our
inspection assessed how good <Force> is in N areas ... as follows:", the judgments table, the
ungraded victim service sentence, "Important changes to PEEL", "HM Inspector's observations",
then one section per area: heading, grade line, narrative, "Cause of concern" (title, text,
"Recommendations"), "Areas for improvement".

Assumed (not established): the area headings and their order (only paraphrases were found:
section 6 "Area names for 2021/22"), the table's shape (stripped from the stored pages), the
heading "Victim service assessment", the area-section layout, the wording of the "Important
changes to PEEL" text beyond the sentences quoted in section 6. Grades and text are invented;
the forces are real.
"""

from __future__ import annotations

from tests.wordfixtures._layouts import AreasReport
from tests.wordfixtures._model import Area, Cause, Fixture, Planted
from tests.wordfixtures._word import BOLD, CUSTOM, OUTLINE, Split, Writer

FAMILY = "peel-2021-22"

VICTIMS = "Victim service assessment"
TREATING = "Treating people fairly and with respect"
PREVENTING = "Preventing crime and anti-social behaviour"
RESPONDING = "Responding to the public"
INVESTIGATING = "Investigating crime"
PROTECTING = "Protecting vulnerable people"
OFFENDERS = "Managing offenders and suspects"
SOC = "Disrupting serious organised crime"
WORKFORCE = "Building, supporting and protecting the workforce"
PLANNING = "Strategic planning, organisational management and value for money"

IMPORTANT_CHANGES = (
    (
        "Important changes to PEEL",
        (
            "In 2014, we introduced our police effectiveness, efficiency and legitimacy (PEEL) inspections, which assess the performance of all 43 police forces in England and Wales. Since then, we have been continuously adapting our approach.",
            "We are moving to a more intelligence-led, continual assessment approach, rather than the annual PEEL inspections we used in previous years. For instance, we have integrated our rolling crime data integrity inspections into these PEEL assessments. Our PEEL victim service assessment will include a crime data integrity element in at least every other assessment.",
            "We now assess forces against the characteristics of good performance set out in the PEEL Assessment Framework 2021/22, and we have expanded our previous four-tier system of judgments to five tiers. As a result, it isn’t possible to make direct comparisons between the grades awarded this year and those from previous PEEL inspections.",
            "A reduction in grade, particularly from good to adequate, doesn’t necessarily mean that there has been a reduction in performance, unless we say so in the report.",
        ),
    ),
)


def _victims(subject: str, findings: str) -> Area:
    return Area(
        heading=VICTIMS,
        ungraded=True,
        narrative=(
            f"This section sets out our findings about the service {subject} gives to victims of crime. We don’t make a graded judgment in this area.",
            findings,
        ),
    )


def _intro(subject: str) -> tuple[str, ...]:
    return (
        f"Our inspection assessed how good {subject} is in ten areas of policing. We make graded judgments in nine of these ten as follows:",
    )


def _after(subject: str) -> tuple[str, ...]:
    return (
        f"We also inspected how effective a service {subject} gives to victims of crime. We don’t make a graded judgment in this overall area.",
        "We set out our detailed findings about things the force is doing well and where the force should improve in the rest of this report.",
    )


KENT = AreasReport(
    programme="PEEL",
    cycle="2021/22",
    subject="Kent Police",
    title=("PEEL 2021/22 – An inspection of Kent Police",),
    judgments_intro=_intro("Kent Police"),
    judgments_after=_after("Kent Police"),
    boilerplate=IMPORTANT_CHANGES,
    summary_heading="HM Inspector's observations",
    summary=(
        "I am satisfied with some aspects of the performance of Kent Police in keeping people safe and reducing crime, but there are areas in which the force needs to improve.",
        "Kent Police is outstanding at building, supporting and protecting the workforce. Its leaders understand the well-being needs of officers and staff and act on what they find.",
        "The force requires improvement at investigating crime. Investigations are not always allocated to officers with the right skills, and supervision is not frequent enough.",
    ),
    areas=(
        _victims(
            "Kent Police",
            "Call handlers answer emergency calls promptly and assess the risk to each caller in a structured way. The force records crime accurately, and most victims are kept informed about the progress of their case.",
        ),
        Area(
            heading=TREATING,
            grade="Good",
            narrative=(
                "Kent Police is good at treating people fairly and with respect. Officers understand the importance of treating the public with fairness and respect.",
                "An external panel scrutinises a sample of stop and search records and body-worn video footage, and the force acts on what the panel finds.",
            ),
        ),
        Area(
            heading=PREVENTING,
            grade="Good",
            narrative=(
                "Kent Police is good at preventing crime and anti-social behaviour. Neighbourhood officers know their communities and use a structured problem-solving approach, and the force evaluates what works and shares the learning across its districts.",
            ),
        ),
        Area(
            heading=RESPONDING,
            grade="Adequate",
            narrative=(
                "Kent Police is adequate at responding to the public. It answers emergency calls quickly, but too many non-emergency calls are abandoned before they are answered.",
            ),
            afis=(
                "The force should make sure that it answers non-emergency calls promptly, so that fewer callers abandon their calls.",
            ),
        ),
        Area(
            heading=INVESTIGATING,
            grade="Requires improvement",
            narrative=(
                "Kent Police requires improvement at investigating crime. Investigations are not always allocated to officers with the right skills, and supervisors do not review them often enough.",
                "Victims are not always told when their case is closed.",
            ),
            afis=(
                "The force should make sure that investigations are allocated to officers with the skills and experience to complete them.",
                "The force should make sure that supervisors review investigations regularly and record their direction.",
            ),
        ),
        Area(
            heading=PROTECTING,
            grade="Good",
            narrative=(
                "Kent Police is good at protecting vulnerable people. Officers identify vulnerability at incidents and make referrals to partner organisations without delay, and the force uses the powers available to it to protect victims of domestic abuse.",
            ),
        ),
        Area(
            heading=OFFENDERS,
            grade="Good",
            narrative=(
                "Kent Police is good at managing offenders and suspects. It arrests wanted suspects promptly, and it works with partner organisations to manage registered sex offenders.",
            ),
            afis=(
                "The force should make sure that visits to registered sex offenders take place when planned.",
            ),
        ),
        Area(
            heading=SOC,
            grade="Adequate",
            narrative=(
                "Kent Police is adequate at disrupting serious organised crime. It works with the regional organised crime unit to disrupt organised crime groups, but it does not always record the results of its disruption activity.",
            ),
            afis=(
                "The force should make sure that it records the outcomes of its activity to disrupt organised crime groups.",
            ),
        ),
        Area(
            heading=WORKFORCE,
            grade="Outstanding",
            narrative=(
                "Kent Police is outstanding at building, supporting and protecting the workforce. It understands the well-being needs of its officers and staff and acts on what it finds.",
                "Its leaders promote a culture in which officers and staff feel able to challenge decisions and to report wrongdoing.",
            ),
        ),
        Area(
            heading=PLANNING,
            grade="Good",
            narrative=(
                "Kent Police is good at strategic planning, organisational management and value for money. Its financial plans are realistic, and it has a clear understanding of the demand for its services.",
            ),
        ),
    ),
    table_form="rows-merged-header",
    table_title="Kent Police: graded judgments",
    contents=False,
    title_style=False,
    header_footer=False,
)


GMP = "Greater Manchester Police"
GMP_COC = "The force doesn’t answer emergency and non-emergency calls quickly enough, and it doesn’t always assess the risk to callers"

GREATER_MANCHESTER = AreasReport(
    programme="PEEL",
    cycle="2021/22",
    subject=GMP,
    title=(f"PEEL 2021/22 – An inspection of {GMP}",),
    judgments_intro=_intro(GMP),
    judgments_after=_after(GMP),
    boilerplate=IMPORTANT_CHANGES,
    summary_heading="HM Inspector's observations",
    summary=(
        f"I have concerns about the performance of {GMP} in keeping people safe and reducing crime.",
        f"{GMP} is inadequate at responding to the public. It doesn’t answer calls quickly enough, and it doesn’t always assess the risk to callers.",
        "The force requires improvement at investigating crime.",
    ),
    areas=(
        _victims(
            GMP,
            "Most victims are kept informed about their case, but the force doesn’t always record whether a victim supports a prosecution.",
        ),
        Area(
            heading=TREATING,
            grade="Good",
            narrative=(
                f"{GMP} is good at treating people fairly and with respect. Officers understand how to use stop and search powers fairly.",
                "Merseyside Police is good at explaining to the public how it uses stop and search powers.",
            ),
        ),
        Area(
            heading=PREVENTING,
            grade="Adequate",
            narrative=(
                f"{GMP} is adequate at preventing crime and anti-social behaviour. Force x has a clear neighbourhood policing strategy, but neighbourhood officers are often taken away from their communities to answer calls.",
            ),
            afis=(
                "The force should make sure that neighbourhood officers have the time to work with their communities on local problems.",
            ),
        ),
        Area(
            heading=RESPONDING,
            grade="Inadequate",
            narrative=(
                f"{GMP} is inadequate at responding to the public. Too many emergency and non-emergency calls are abandoned before they are answered.",
            ),
            causes=(
                Cause(
                    title=GMP_COC + ".",
                    explanation=(
                        "This has given cause for concern about public safety in Greater Manchester.",
                    ),
                ),
            ),
            afis=(
                "The force should make sure that call handlers use a structured process to assess the risk to callers.",
            ),
        ),
        Area(
            heading=INVESTIGATING,
            grade="Requires improvement",
            narrative=(
                f"{GMP} requires improvement at investigating crime. Investigations aren’t always allocated to officers with the right skills.",
                Split(f"{GMP} is good at investigating crime.", "is good at", (4,)),
            ),
            afis=(
                "The force should make sure that investigations are allocated to officers with the skills and experience to complete them.",
            ),
        ),
        Area(
            heading=PROTECTING,
            grade="Good",
            narrative=(
                f"{GMP} is good at protecting vulnerable people. Officers identify vulnerability at incidents and refer children at risk to partner organisations without delay.",
            ),
        ),
        Area(
            heading=OFFENDERS,
            grade="Good",
            narrative=(
                f"{GMP} is good at managing offenders and suspects. It arrests wanted suspects promptly.",
            ),
        ),
        Area(
            heading=SOC,
            grade="Good",
            narrative=(
                f"{GMP} is good at disrupting serious organised crime. It works with the regional organised crime unit to disrupt organised crime groups.",
            ),
        ),
        Area(
            heading=WORKFORCE,
            grade="Good",
            table_grade="Adequate",
            narrative=(
                f"{GMP} is good at building, supporting and protecting the workforce. It understands the well-being needs of its officers and staff.",
            ),
        ),
        Area(
            heading=PLANNING,
            grade="Adequate",
            narrative=(
                f"{GMP} is adequate at strategic planning, organisational management and value for money. Its plans for the workforce are not yet based on a clear understanding of future demand.",
            ),
            afis=(
                "The force should make sure that its plans for the workforce are based on a clear understanding of future demand.",
            ),
        ),
    ),
    table_form="grade-columns",
    contents=False,
    title_style=False,
    header_footer=False,
)

GMP_PLANTED = (
    Planted("subject-named-consistently", TREATING, "Merseyside Police"),
    Planted("template-placeholder", PREVENTING, "Force x"),
    Planted("cause-of-concern-has-recommendation", RESPONDING, GMP_COC),
    Planted("narrative-contradicts-grade", INVESTIGATING, f"{GMP} is good at investigating crime"),
    Planted("grades-table-matches-section", WORKFORCE, "Adequate"),
)


def _make_kent() -> Writer:
    return KENT.write(Writer(kinds={1: CUSTOM, 2: CUSTOM, 3: CUSTOM}))


def _make_gmp() -> Writer:
    return GREATER_MANCHESTER.write(Writer(kinds={1: OUTLINE, 2: BOLD, 3: BOLD}))


FIXTURES = [
    Fixture(
        name="peel-2021-22-kent-clean",
        family=FAMILY,
        expected=KENT.expected(),
        planted=(),
        mechanics=("custom-heading-style", "merged-cells", "list-bullet-style"),
        make=_make_kent,
        description="Kent Police, PEEL 2021/22, consistent; judgments table with a merged title row.",
    ),
    Fixture(
        name="peel-2021-22-greater-manchester-defects",
        family=FAMILY,
        expected=GREATER_MANCHESTER.expected(),
        planted=GMP_PLANTED,
        mechanics=(
            "outline-level",
            "bold-normal-heading",
            "grade-columns-table",
            "split-runs",
            "list-bullet-style",
        ),
        make=_make_gmp,
        description="Greater Manchester Police, PEEL 2021/22, five planted defects; grade-column judgments table.",
    ),
]
