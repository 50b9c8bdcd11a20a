"""PEEL 2023–25: graded areas, no pillar grades, five-point scale (REPORT-SHAPES.md section 7).

Layout: "PEEL 2023–25: An inspection of <Force>" (en dash), contents, "Overall summary", "Our
judgments", "Our inspection assessed how good <Force> is in ten areas of policing ...", the
judgments table, the ungraded victim service sentence, "PEEL 2023–2025" and "Terminology in
this report" boilerplate, "HM Inspector's summary", then one section per area (heading,
"Grade: <grade>" or a bare grade line, narrative with a "Promising practice" box, "Cause of
concern" with its title, text and "Recommendations", "Areas for improvement"), then "About
the data" and "Annex A – Force in numbers" (with a data table). Header "OFFICIAL", footer
"OFFICIAL" and a page number; real footnotes.

Area headings are the Merseyside PCC's list (section 7) plus "Serious and organised crime"
and "Victim service assessment". Assumed (not established): these exact headings and their
order, the area-section layout, the box heading "Promising practice" (the term is attested,
the heading text is not), the table's shape, the recommendation wording ("Within three
months, ..."), and the boilerplate beyond its quoted opening sentences. Areas for
improvement are written "The force should ..." (published 2023–25 titles also read "The force
needs to improve ..." or "<Force> should ...", which area-for-improvement-wording would flag).
Grades and text are invented; the forces are real.
"""

from __future__ import annotations

from typing import Any

from tests.wordfixtures._layouts import AreasReport
from tests.wordfixtures._model import Area, Box, Cause, Fixture, Planted
from tests.wordfixtures._word import CUSTOM, Split, Writer

FAMILY = "peel-2023-25"

VICTIMS = "Victim service assessment"
TREATING = "Treating the public fairly, appropriately and respectfully"
PREVENTING = "Preventing and deterring crime and anti-social behaviour, and reducing vulnerability"
RESPONDING = "Responding to the public"
INVESTIGATING = "Investigating crime"
PROTECTING = "Protecting vulnerable people"
OFFENDERS = "Managing offenders and suspects"
SOC = "Serious and organised crime"
WORKFORCE = "Building, supporting and protecting the workforce"
LEADERSHIP = "Leadership and force management"

BOILERPLATE = (
    (
        "PEEL 2023–2025",
        (
            "Our PEEL inspections are intelligence-led. We assess forces against the characteristics of good performance set out in the PEEL Assessment Framework 2023–2025.",
            "It isn’t possible to make direct comparisons between the grades awarded in this PEEL inspection and those from the previous cycle of PEEL inspections, because the framework and the way we inspect have changed.",
        ),
    ),
    (
        "Terminology in this report",
        (
            "Our reports contain references to, among other things, ‘national’ definitions, priorities, policies, systems, operations and procedures. In many instances, ‘national’ means that these have been agreed by the Home Office or by national policing bodies.",
        ),
    ),
)

AFTERWORD = (
    (
        "About the data",
        (
            "Data in this report is from a range of sources, including the Home Office, the Office for National Statistics and our inspection fieldwork.",
            "When we collected data directly from police forces, we took reasonable steps to agree the design of the data collection with forces and with other interested parties.",
        ),
    ),
    ("Annex A – Force in numbers", ("The figures below are for the year to 31 March 2024.",)),
)
ANNEX_TABLE = (
    ("Measure", "Force", "England and Wales"),
    ("Emergency calls answered within 10 seconds", "83.4%", "71.2%"),
    ("Victim-based crimes per 1,000 people", "54.1", "61.8"),
)
DATA_FOOTNOTE = "Home Office, Police workforce, England and Wales, 31 March 2024."


def title(subject: str, cycle: str = "2023–25") -> tuple[str]:
    return (f"PEEL {cycle}: An inspection of {subject}",)


def intro(subject: str) -> tuple[str, ...]:
    return (
        f"Our inspection assessed how good {subject} is in ten areas of policing. We make graded judgments in nine of these ten areas as follows:",
    )


def after(subject: str, word: str = "force") -> tuple[str, ...]:
    return (
        f"We also inspected how effective a service {subject} gives to victims of crime. We don’t make a graded judgment in this overall area.",
        f"We set out our detailed findings about things the {word} is doing well and where the {word} should improve in the rest of this report.",
    )


def victims(subject: str, findings: str, **more: Any) -> Area:
    return Area(
        heading=VICTIMS,
        ungraded=True,
        narrative=(
            f"This section sets out our findings about the service {subject} gives to victims of crime. We don’t make a graded judgment for this area.",
            findings,
        ),
        **more,
    )


# -- Suffolk: clean --------------------------------------------------------------------------

SUFFOLK_COC = "The constabulary needs to improve the time it takes to answer emergency and non-emergency calls"

SUFFOLK = AreasReport(
    programme="PEEL",
    cycle="2023-25",
    subject="Suffolk Constabulary",
    title=title("Suffolk Constabulary"),
    judgments_intro=intro("Suffolk Constabulary"),
    judgments_after=after("Suffolk Constabulary", "constabulary"),
    boilerplate=BOILERPLATE,
    summary_heading="HM Inspector's summary",
    summary=(
        "I am pleased with some aspects of the performance of Suffolk Constabulary in keeping people safe and reducing crime, but there are areas in which the constabulary needs to improve.",
        "Suffolk Constabulary is inadequate at responding to the public. It takes too long to answer emergency and non-emergency calls, and this is a cause of concern.",
        "The constabulary is good at managing offenders and suspects. It arrests wanted suspects promptly and works well with partner organisations to manage registered sex offenders.",
        "It requires improvement at leadership and force management.",
    ),
    areas=(
        victims(
            "Suffolk Constabulary",
            "Most victims are kept informed about their case, and call handlers give victims advice on preserving evidence.",
        ),
        Area(
            heading=TREATING,
            grade="Good",
            narrative=(
                "Suffolk Constabulary is good at treating the public fairly, appropriately and respectfully. Officers understand how to use stop and search powers fairly, and an external panel scrutinises a sample of searches.",
            ),
        ),
        Area(
            heading=PREVENTING,
            grade="Good",
            narrative=(
                "Suffolk Constabulary is good at preventing and deterring crime and anti-social behaviour, and reducing vulnerability. Neighbourhood teams use a structured problem-solving approach, and the constabulary evaluates what works.",
                "The constabulary works with schools and youth services to divert young people from crime.",
            ),
            box=Box(
                heading="Promising practice",
                title="Diverting young people from knife crime",
                text=(
                    "The constabulary and its partner organisations run a programme in schools that teaches young people about the risks of carrying a knife. Youth workers follow up with young people referred by neighbourhood officers.",
                ),
                form="one-cell-table",
            ),
        ),
        Area(
            heading=RESPONDING,
            grade="Inadequate",
            narrative=(
                "Suffolk Constabulary is inadequate at responding to the public. It takes too long to answer emergency and non-emergency calls, and too many callers abandon their calls before they are answered.",
            ),
            footnote="Home Office, emergency call answering data for the year to 31 March 2024.",
            causes=(
                Cause(
                    title=SUFFOLK_COC + ".",
                    explanation=(
                        "Too many emergency calls aren’t answered within ten seconds, and callers to the non-emergency number often wait a long time.",
                    ),
                    recommendations=(
                        "Within three months, the constabulary should make sure that it has enough call handlers to answer emergency calls within the national standard.",
                        "Within six months, the constabulary should reduce the number of non-emergency calls that are abandoned before they are answered.",
                    ),
                ),
            ),
            afis=(
                "The force should make sure that call handlers use a structured process to assess the risk to callers.",
            ),
        ),
        Area(
            heading=INVESTIGATING,
            grade="Adequate",
            narrative=(
                "Suffolk Constabulary is adequate at investigating crime. Investigations are usually well planned, but supervisors don’t always record their direction.",
            ),
            afis=(
                "The force should make sure that supervisors review investigations regularly and record their direction.",
            ),
        ),
        Area(
            heading=PROTECTING,
            grade="Adequate",
            narrative=(
                "Suffolk Constabulary is adequate at protecting vulnerable people. Officers identify vulnerability at incidents, but referrals to partner organisations are sometimes delayed.",
            ),
            afis=(
                "The force should make sure that referrals to partner organisations are made without delay.",
            ),
        ),
        Area(
            heading=OFFENDERS,
            grade="Good",
            narrative=(
                "Suffolk Constabulary is good at managing offenders and suspects. It arrests wanted suspects promptly and works well with partner organisations to manage registered sex offenders.",
            ),
        ),
        Area(
            heading=SOC,
            grade="Good",
            narrative=(
                "Suffolk Constabulary is good at tackling serious and organised crime. It works with the regional organised crime unit to disrupt organised crime groups, and it records the results of its disruption activity.",
            ),
        ),
        Area(
            heading=WORKFORCE,
            grade="Good",
            narrative=(
                "Suffolk Constabulary is good at building, supporting and protecting the workforce. It understands the well-being needs of its officers and staff and acts on what it finds.",
            ),
        ),
        Area(
            heading=LEADERSHIP,
            grade="Requires improvement",
            narrative=(
                "Suffolk Constabulary requires improvement at leadership and force management. Its plans for the workforce aren’t based on a clear understanding of future demand.",
                "Its leaders don’t always check that changes have had the effect they intended.",
            ),
            afis=(
                "The force should make sure that its plans for the workforce are based on a clear understanding of future demand.",
                "The force should evaluate the changes it makes, to understand whether they have had the effect it intended.",
            ),
        ),
    ),
    table_form="rows",
    afterword=AFTERWORD,
    annex_table=ANNEX_TABLE,
    afterword_footnote=DATA_FOOTNOTE,
    title_style=True,
    header_footer=True,
)


# -- Durham: every planted defect ------------------------------------------------------------

DURHAM_COC = "The force needs to improve the time it takes to answer emergency and non-emergency calls and to attend incidents"

DURHAM = AreasReport(
    programme="PEEL",
    cycle="2023-25",
    subject="Durham Constabulary",
    title=title("Durham Constabulary"),
    judgments_intro=intro("Durham Constabulary"),
    judgments_after=after("Durham Constabulary"),
    boilerplate=BOILERPLATE,
    summary_heading="HM Inspector's summary",
    summary=(
        "I have concerns about how Durham Constabulary responds to the public. The force is inadequate at responding to the public: it takes too long to answer calls and to attend incidents.",
        "However, the force does some things well. It is good at treating the public fairly, appropriately and respectfully.",
    ),
    areas=(
        victims(
            "Durham Constabulary",
            "Victims are usually kept informed about the progress of their case, but the force doesn’t always record whether a victim supports a prosecution.",
            grade_prefix="Grade: ",
        ),
        Area(
            heading=TREATING,
            grade="Good",
            grade_prefix="Grade: ",
            grade_control="run",
            narrative=(
                "Durham Constabulary is good at treating the public fairly, appropriately and respectfully. Officers understand how to use stop and search powers fairly, and an external panel scrutinises a sample of searches.",
                "Cumbria Constabulary is good at explaining to the public how it uses its stop and search powers.",
            ),
        ),
        Area(
            heading=PREVENTING,
            grade="Good",
            grade_prefix="Grade: ",
            narrative=(
                "Durham Constabulary is good at preventing and deterring crime and anti-social behaviour, and reducing vulnerability. Neighbourhood teams use a structured problem-solving approach and evaluate what works.",
                "Force x works with schools and youth services to divert young people from crime.",
            ),
            box=Box(
                heading="Promising practice",
                title="Early help for young people at risk of exploitation",
                text=(
                    "Neighbourhood officers and youth workers visit young people who are found in the company of known drug dealers, and offer them and their families support.",
                ),
                form="shaded-paragraphs",
            ),
        ),
        Area(
            heading=RESPONDING,
            grade="Inadequate",
            grade_prefix="Grade: ",
            narrative=(
                "Durham Constabulary is inadequate at responding to the public. It takes too long to answer emergency and non-emergency calls, and too many callers abandon their calls before they are answered.",
                "The force doesn’t always attend incidents within its published attendance times.",
            ),
            footnote="Home Office, emergency call answering data for the year to 31 March 2024.",
            causes=(
                Cause(
                    title=DURHAM_COC + ".",
                    explanation=(
                        "Too many emergency calls aren’t answered within ten seconds. When calls are answered, the force doesn’t always assess the risk to callers in a structured way.",
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
            grade_prefix="Grade: ",
            narrative=(
                "Durham Constabulary requires improvement at investigating crime. Investigations aren’t always allocated to officers with the right skills, and supervisors don’t review them often enough.",
                Split(
                    "Durham Constabulary is good at investigating crime. Victims are kept informed about the progress of their case.",
                    "is good at",
                    (3, 7),
                ),
            ),
            afis=(
                "The force should make sure that investigations are allocated to officers with the skills and experience to complete them.",
                "The force should make sure that supervisors review investigations regularly and record their direction.",
            ),
            afi_numbered=True,
        ),
        Area(
            heading=PROTECTING,
            grade="Requires Improvment",
            grade_prefix="Grade: ",
            table_grade="Requires improvement",
            narrative=(
                "Durham Constabulary requires improvement at protecting vulnerable people. Officers don’t always identify the risks to children at the incidents they attend.",
            ),
            afis=(
                "The force should make sure that officers identify and record the risks to children at every incident they attend.",
            ),
        ),
        Area(
            heading=OFFENDERS,
            grade="Adequate",
            grade_prefix="Grade: ",
            table_grade="Good",
            narrative=(
                "Durham Constabulary is adequate at managing offenders and suspects. It arrests wanted suspects promptly, but visits to registered sex offenders don’t always take place when planned.",
                "Officers check the the details of registered sex offenders before each visit.",
            ),
            afis=(
                "The force should make sure that visits to registered sex offenders take place when planned.",
            ),
        ),
        Area(
            heading=SOC,
            grade="Good",
            grade_prefix="Grade: ",
            grade_control="run",
            narrative=(
                "Durham Constabulary is good at tackling serious and organised crime. It works with the regional organised crime unit to disrupt organised crime groups.",
            ),
        ),
        Area(
            heading=WORKFORCE,
            grade="Good",
            grade_prefix="Grade: ",
            narrative=(
                "Durham Constabulary is good at building, supporting and protecting the workforce. It understands the well-being needs of its officers and staff and acts on what it finds.",
            ),
        ),
        Area(
            heading=LEADERSHIP,
            grade="Adequate",
            grade_prefix="Grade: ",
            narrative=(
                "Durham Constabulary is adequate at leadership and force management. Its leaders communicate a clear vision to the workforce.",
                Split(
                    "The force’s understanding of future demand is inconsistent.The force is developing a new demand model to improve it.",
                    "inconsistent.The",
                    (11, 13),
                ),
            ),
            afis=(
                "The force should make sure that its plans for the workforce are based on a clear understanding of future demand.",
            ),
        ),
    ),
    table_form="grouped-vmerge",
    afterword=AFTERWORD,
    annex_table=ANNEX_TABLE,
    afterword_footnote=DATA_FOOTNOTE,
    title_style=True,
    header_footer=True,
    tolerated=(
        (
            "grades-table-matches-section",
            PROTECTING,
            "the table gives 'Requires improvement' and the area the misspelt 'Requires Improvment'",
        ),
    ),
)

DURHAM_PLANTED = (
    Planted("grade-on-scale", PROTECTING, "Requires Improvment"),
    Planted("grades-table-matches-section", OFFENDERS, "Good"),
    Planted(
        "narrative-contradicts-grade",
        INVESTIGATING,
        "Durham Constabulary is good at investigating crime",
    ),
    Planted("subject-named-consistently", TREATING, "Cumbria Constabulary"),
    Planted("template-placeholder", PREVENTING, "Force x"),
    Planted("repeated-word", OFFENDERS, "the the"),
    Planted("space-after-full-stop", LEADERSHIP, "inconsistent.The"),
    Planted("cause-of-concern-has-recommendation", RESPONDING, DURHAM_COC),
)


def _make_suffolk() -> Writer:
    return SUFFOLK.write(Writer())


def _make_durham() -> Writer:
    return DURHAM.write(Writer(kinds={1: CUSTOM, 2: CUSTOM, 3: CUSTOM}))


FIXTURES = [
    Fixture(
        name="peel-2023-25-suffolk-clean",
        family=FAMILY,
        expected=SUFFOLK.expected(),
        planted=(),
        mechanics=("title-style", "header-footer", "footnotes", "list-bullet-style"),
        make=_make_suffolk,
        description="Suffolk Constabulary, PEEL 2023–25, consistent; Inadequate area with a cause of concern and recommendations; promising practice in a one-cell table.",
    ),
    Fixture(
        name="peel-2023-25-durham-defects",
        family=FAMILY,
        expected=DURHAM.expected(),
        planted=DURHAM_PLANTED,
        mechanics=(
            "title-style",
            "custom-heading-style",
            "merged-cells",
            "content-control",
            "split-runs",
            "auto-numbering",
            "header-footer",
            "footnotes",
            "list-bullet-style",
        ),
        make=_make_durham,
        description="Durham Constabulary, PEEL 2023–25, all eight planted defects; promising practice as shaded paragraphs.",
    ),
]
