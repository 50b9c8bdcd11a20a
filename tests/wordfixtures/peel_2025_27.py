"""PEEL 2025–27: ASSUMED to follow the 2023–25 layout (REPORT-SHAPES.md section 8).

No 2025–27 report layout has been found: its title, heading order, area list, whether the
victim service assessment is graded, and its scale are all NOT FOUND. These fixtures take the
2023–25 layout (peel_2023_25.py) and change only what the PEEL Assessment Framework 2025–2027
says: core questions are numbered, and "1. How good is the force at leadership and force
management?" comes first. So the areas are numbered, "Leadership and force management" is
area 1, and the victim service assessment is kept, ungraded and unnumbered, after the
numbered areas. The five-point scale is assumed to continue (a PCC statement suggests it).
The title "PEEL 2025–27: An inspection of <Force>" copies the 2023–25 form. Grades and text
are invented; the forces are real.
"""

from __future__ import annotations

from tests.wordfixtures import peel_2023_25 as base
from tests.wordfixtures._layouts import AreasReport
from tests.wordfixtures._model import Area, Cause, Fixture, Planted
from tests.wordfixtures._word import BOLD, BUILTIN, CUSTOM, Split, Writer

FAMILY = "peel-2025-27"

STAFFORDSHIRE = AreasReport(
    programme="PEEL",
    cycle="2025-27",
    subject="Staffordshire Police",
    title=base.title("Staffordshire Police", "2025–27"),
    judgments_intro=base.intro("Staffordshire Police"),
    judgments_after=base.after("Staffordshire Police"),
    boilerplate=base.BOILERPLATE[1:],
    summary_heading="HM Inspector's summary",
    summary=(
        "Staffordshire Police is good at leadership and force management. Its leaders have a clear plan for the force and understand the demand it faces.",
        "It is outstanding at preventing and deterring crime and anti-social behaviour, and reducing vulnerability.",
        "However, Staffordshire Police is inadequate at protecting vulnerable people, and we have identified a cause of concern.",
    ),
    areas=(
        Area(
            number="1",
            heading=base.LEADERSHIP,
            grade="Good",
            narrative=(
                "Staffordshire Police is good at leadership and force management. Its leaders have a clear plan for the force, and they check that changes have had the effect they intended.",
            ),
        ),
        Area(
            number="2",
            heading=base.TREATING,
            grade="Good",
            narrative=(
                "Staffordshire Police is good at treating the public fairly, appropriately and respectfully. Officers explain to people why they have been stopped and searched.",
            ),
        ),
        Area(
            number="3",
            heading=base.PREVENTING,
            grade="Outstanding",
            narrative=(
                "Staffordshire Police is outstanding at preventing and deterring crime and anti-social behaviour, and reducing vulnerability. Neighbourhood teams solve local problems with partner organisations and evaluate what works.",
                "Their work has reduced repeat calls from the places that generate the most demand.",
            ),
        ),
        Area(
            number="4",
            heading=base.RESPONDING,
            grade="Adequate",
            narrative=(
                "Staffordshire Police is adequate at responding to the public. It answers emergency calls quickly, but it doesn’t always attend incidents within its published attendance times.",
            ),
            afis=(
                "The force should make sure that it attends incidents within its published attendance times.",
            ),
        ),
        Area(
            number="5",
            heading=base.INVESTIGATING,
            grade="Requires improvement",
            narrative=(
                "Staffordshire Police requires improvement at investigating crime. Investigations aren’t always allocated to officers with the right skills, and supervisors don’t review them often enough.",
            ),
            afis=(
                "The force should make sure that investigations are allocated to officers with the skills and experience to complete them.",
                "The force should make sure that supervisors review investigations regularly and record their direction.",
            ),
        ),
        Area(
            number="6",
            heading=base.PROTECTING,
            grade="Inadequate",
            narrative=(
                "Staffordshire Police is inadequate at protecting vulnerable people. Officers don’t consistently identify children at risk when they attend incidents, and referrals to partner organisations are often delayed.",
            ),
            causes=(
                Cause(
                    title="The force doesn’t identify and refer vulnerable children to partner organisations quickly enough.",
                    explanation=(
                        "Officers don’t always record the risks to children at the incidents they attend, and some referrals take several weeks to reach children’s services.",
                    ),
                    recommendations=(
                        "Within three months, the force should make sure that officers identify and record the risks to children at every incident they attend.",
                        "Within six months, the force should make sure that referrals to partner organisations are made without delay.",
                    ),
                ),
            ),
        ),
        Area(
            number="7",
            heading=base.OFFENDERS,
            grade="Good",
            narrative=(
                "Staffordshire Police is good at managing offenders and suspects. It arrests wanted suspects promptly.",
            ),
        ),
        Area(
            number="8",
            heading=base.SOC,
            grade="Adequate",
            narrative=(
                "Staffordshire Police is adequate at tackling serious and organised crime. It disrupts organised crime groups, but it doesn’t always record the results of its disruption activity.",
            ),
            afis=(
                "The force should make sure that it records the outcomes of its activity to disrupt organised crime groups.",
            ),
        ),
        Area(
            number="9",
            heading=base.WORKFORCE,
            grade="Good",
            narrative=(
                "Staffordshire Police is good at building, supporting and protecting the workforce. It understands the well-being needs of its officers and staff.",
            ),
        ),
        base.victims(
            "Staffordshire Police",
            "Most victims are kept informed about their case, and call handlers give victims advice on preserving evidence.",
        ),
    ),
    table_form="grade-columns",
    numbering="auto",
    contents=False,
    title_style=False,
    header_footer=True,
)


WEST_MERCIA = AreasReport(
    programme="PEEL",
    cycle="2025-27",
    subject="West Mercia Police",
    title=base.title("West Mercia Police", "2025–27"),
    judgments_intro=base.intro("West Mercia Police"),
    judgments_after=base.after("West Mercia Police"),
    boilerplate=base.BOILERPLATE[1:],
    summary_heading="HM Inspector's summary",
    summary=(
        "West Mercia Police is good at leadership and force management. It is also good at managing offenders and suspects.",
        "The force requires improvement at protecting vulnerable people.",
    ),
    areas=(
        Area(
            number="1",
            heading=base.LEADERSHIP,
            grade="Good",
            narrative=(
                "West Mercia Police is good at leadership and force management. Its leaders have a clear plan for the force.",
                "Senior leaders check that the changes they make have had the effect they intended, and they share what they learn with the workforce.",
            ),
            narrative_control=True,
        ),
        Area(
            number="2",
            heading=base.TREATING,
            grade="Good",
            narrative=(
                "West Mercia Police is good at treating the public fairly, appropriately and respectfully. Force x explains to people why they have been stopped and searched.",
            ),
        ),
        Area(
            number="3",
            heading=base.PREVENTING,
            grade="Good",
            narrative=(
                "West Mercia Police is good at preventing and deterring crime and anti-social behaviour, and reducing vulnerability. Neighbourhood teams solve local problems with partner organisations.",
            ),
        ),
        Area(
            number="4",
            heading=base.RESPONDING,
            grade="Adequate",
            table_grade="Requires improvement",
            narrative=(
                "West Mercia Police is adequate at responding to the public. It answers emergency calls quickly, but it doesn’t always attend incidents within its published attendance times.",
            ),
            afis=(
                "The force should make sure that it attends incidents within its published attendance times.",
            ),
        ),
        Area(
            number="5",
            heading=base.INVESTIGATING,
            grade="Requires Improvment",
            table_grade="Requires improvement",
            narrative=(
                "West Mercia Police requires improvement at investigating crime. Supervisors don’t review investigations often enough.",
            ),
            afis=(
                "The force should make sure that supervisors review investigations regularly and record their direction.",
            ),
        ),
        Area(
            number="6",
            heading=base.PROTECTING,
            grade="Requires improvement",
            narrative=(
                "West Mercia Police requires improvement at protecting vulnerable people. Officers don’t always record the the risks to children at the incidents they attend.",
            ),
            afis=(
                "The force should make sure that officers identify and record the risks to children at every incident they attend.",
            ),
        ),
        Area(
            number="7",
            heading=base.OFFENDERS,
            grade="Good",
            narrative=(
                "West Mercia Police is good at managing offenders and suspects. It arrests wanted suspects promptly.",
                Split(
                    "Its recording of visits to registered sex offenders is inconsistent.The force has started to audit these records.",
                    "inconsistent.The",
                    (7,),
                ),
            ),
        ),
        Area(
            number="8",
            heading=base.SOC,
            grade="Adequate",
            narrative=(
                "West Mercia Police is adequate at tackling serious and organised crime. It doesn’t always record the results of its disruption activity.",
            ),
            afis=(
                "The force should make sure that it records the outcomes of its activity to disrupt organised crime groups.",
            ),
        ),
        Area(
            number="9",
            heading=base.WORKFORCE,
            grade="Good",
            narrative=(
                "West Mercia Police is good at building, supporting and protecting the workforce. It understands the well-being needs of its officers and staff.",
            ),
        ),
        base.victims(
            "West Mercia Police",
            "Most victims are kept informed about their case.",
        ),
    ),
    table_form="rows-merged-header",
    table_title="West Mercia Police: graded judgments",
    numbering="typed",
    typed_format="{number}. {heading}",
    contents=False,
    title_style=False,
    header_footer=False,
    tolerated=(
        (
            "grades-table-matches-section",
            base.INVESTIGATING,
            "the table gives 'Requires improvement' and the area the misspelt 'Requires Improvment'",
        ),
    ),
)

WEST_MERCIA_PLANTED = (
    Planted("template-placeholder", base.TREATING, "Force x"),
    Planted("grades-table-matches-section", base.RESPONDING, "Requires improvement"),
    Planted("grade-on-scale", base.INVESTIGATING, "Requires Improvment"),
    Planted("repeated-word", base.PROTECTING, "the the"),
    Planted("space-after-full-stop", base.OFFENDERS, "inconsistent.The"),
)


def _make_staffordshire() -> Writer:
    return STAFFORDSHIRE.write(Writer(kinds={1: BUILTIN, 2: BOLD, 3: BOLD}))


def _make_west_mercia() -> Writer:
    return WEST_MERCIA.write(Writer(kinds={1: CUSTOM, 2: CUSTOM, 3: CUSTOM}))


FIXTURES = [
    Fixture(
        name="peel-2025-27-staffordshire-clean",
        family=FAMILY,
        expected=STAFFORDSHIRE.expected(),
        planted=(),
        mechanics=(
            "auto-numbering",
            "grade-columns-table",
            "bold-normal-heading",
            "header-footer",
            "list-bullet-style",
        ),
        make=_make_staffordshire,
        description="Staffordshire Police, PEEL 2025–27 (2023–25 layout assumed), consistent; Word-numbered area headings.",
    ),
    Fixture(
        name="peel-2025-27-west-mercia-defects",
        family=FAMILY,
        expected=WEST_MERCIA.expected(),
        planted=WEST_MERCIA_PLANTED,
        mechanics=(
            "typed-numbers",
            "merged-cells",
            "content-control",
            "split-runs",
            "custom-heading-style",
            "list-bullet-style",
        ),
        make=_make_west_mercia,
        description="West Mercia Police, PEEL 2025–27 (2023–25 layout assumed), five planted defects.",
    ),
]
