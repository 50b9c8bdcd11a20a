"""PEEL 2018/19: one integrated report, three graded pillars (REPORT-SHAPES.md section 5).

Layout: the PDF cover ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19" / "An
inspection of <Force>"), contents, "What this report contains", "Overall summary", then per
pillar the web pillar page: pillar name, pillar question, grade line, summary, "Questions for
<Pillar>", and per question its number, title, grade line, then either the carried-over
sentence or "Areas for improvement" bullets followed by the narrative (AFIs come before the
narrative on 2018/19 pages). Specialist capabilities is ungraded and has no grade line.
Annex A – About the data closes the report.

Assumed (not established): how the PDF lays out each pillar's questions; the pages' layout
is used for it. Grades and text are invented; the forces are real. Question titles are the
verified ones (rules/data/frameworks.yaml).
"""

from __future__ import annotations

from tests.wordfixtures._layouts import IntegratedReport
from tests.wordfixtures._model import Area, Fixture, Pillar, Planted
from tests.wordfixtures._word import BOLD, BUILTIN, OUTLINE, Split, Writer

FAMILY = "peel-2018-19"

EFFECTIVENESS_Q = "How effectively does the force reduce crime and keep people safe?"
EFFICIENCY_Q = (
    "How efficiently does the force operate and how sustainable are its services to the public?"
)
LEGITIMACY_Q = "How legitimately does the force treat the public and its workforce?"
E1 = "How effective is the force at preventing crime, tackling anti-social behaviour and keeping people safe?"
E2 = "How effective is the force at investigating crime and reducing re-offending?"
E3 = "How effective is the force at protecting those who are vulnerable from harm, and supporting victims?"
E4 = "How effective is the force at tackling serious and organised crime?"
E5 = "How effective are the force's specialist capabilities?"
F1 = "How well does the force use its resources to meet the demand it faces?"
F2 = "How well does the force plan for the future?"
L1 = "To what extent does the force treat all of the people it serves with fairness and respect?"
L2 = "How well does the force ensure that its workforce behaves ethically and lawfully?"
L3 = "To what extent does the force treat its workforce with fairness and respect?"

INTRO = (
    "This report is structured in four parts: 1. Our overall assessment of the force’s 2018/19 performance. 2. Our judgments and summaries of how effectively, efficiently and legitimately the force keeps people safe and reduces crime. 3. Our judgments and any areas for improvement and causes of concern for each component of our inspection. 4. Our detailed findings for each component.",
)
ANNEX = (
    (
        "Annex A – About the data",
        (
            "The information presented in this report comes from a range of sources, including data published by the Home Office and the Office for National Statistics, and data that we collected directly from all 43 geographic police forces in England and Wales.",
        ),
    ),
)


def _title(subject: str) -> tuple[str, str]:
    return (
        "PEEL: Police effectiveness, efficiency and legitimacy 2018/19",
        f"An inspection of {subject}",
    )


def _carried(pillar: str, year: str) -> str:
    return f"This question was not subject to detailed inspection in 2018/19, and our judgment from the {year} {pillar} inspection has been carried over."


CUMBRIA = IntegratedReport(
    programme="PEEL",
    cycle="2018/19",
    subject="Cumbria Constabulary",
    title=_title("Cumbria Constabulary"),
    intro_heading="What this report contains",
    intro=INTRO,
    summary_heading="Overall summary",
    summary=(
        "Cumbria Constabulary is good at reducing crime and keeping people safe. It operates efficiently and provides sustainable services to the public.",
        "However, the constabulary requires improvement in the way it protects vulnerable people from harm and supports victims. It also requires improvement in the way it treats its workforce with fairness and respect.",
        "Overall, I commend Cumbria Constabulary for sustaining its positive performance over the past year.",
    ),
    pillars=(
        Pillar(
            name="Effectiveness",
            question=EFFECTIVENESS_Q,
            grade="Good",
            summary=(
                "Cumbria Constabulary is good at reducing crime and keeping people safe. It requires improvement in the way it protects vulnerable people and supports victims.",
            ),
            areas=(
                Area(
                    number="1",
                    pillar="Effectiveness",
                    heading=E1,
                    grade="Good",
                    narrative=(
                        "Cumbria Constabulary is good at preventing crime, tackling anti-social behaviour and keeping people safe. Neighbourhood teams know their communities and work with partner organisations to solve local problems. The constabulary uses its analysis of crime and demand to decide where officers patrol.",
                    ),
                ),
                Area(
                    number="2",
                    pillar="Effectiveness",
                    heading=E2,
                    grade="Good",
                    afis=(
                        "The force should make sure that suspects who are circulated as wanted are located and arrested quickly.",
                    ),
                    narrative=(
                        "Cumbria Constabulary is good at investigating crime and reducing re-offending. Investigations are well planned and supervised, and victims are kept informed of their progress.",
                        "The constabulary works with its partner organisations to manage the offenders who cause the most harm.",
                    ),
                ),
                Area(
                    number="3",
                    pillar="Effectiveness",
                    heading=E3,
                    grade="Requires improvement",
                    afis=(
                        "The force should make sure that call handlers identify vulnerable and repeat victims when a call is first received.",
                        "The force should make sure that risk assessments for victims of domestic abuse are completed promptly and reviewed by a supervisor.",
                    ),
                    narrative=(
                        "Cumbria Constabulary requires improvement in the way it protects vulnerable people from harm and supports victims. Call handlers do not always identify vulnerable and repeat victims when a call is first received.",
                        "Some risk assessments for victims of domestic abuse are completed late, and safeguarding plans are not always reviewed.",
                    ),
                ),
                Area(
                    number="4",
                    pillar="Effectiveness",
                    heading=E4,
                    grade="Good",
                    narrative=(
                        "Cumbria Constabulary is good at tackling serious and organised crime. It understands the threat that organised crime groups pose to its communities, and it works with the regional organised crime unit to disrupt their activity.",
                    ),
                ),
                Area(
                    number="5",
                    pillar="Effectiveness",
                    heading=E5,
                    ungraded=True,
                    narrative=(
                        "Cumbria Constabulary has arrangements in place to meet its national policing responsibilities. It tests its response to these threats through regular exercises with neighbouring forces and other emergency services.",
                    ),
                ),
            ),
        ),
        Pillar(
            name="Efficiency",
            question=EFFICIENCY_Q,
            grade="Good",
            summary=(
                "Cumbria Constabulary is good at operating efficiently and providing sustainable services to the public. It understands the demand for its services and plans carefully for the future.",
            ),
            areas=(
                Area(
                    number="1",
                    pillar="Efficiency",
                    heading=F1,
                    grade="Good",
                    narrative=(
                        "Cumbria Constabulary is good at using its resources to meet the demand it faces. It understands the demand for its services, including demand that is less likely to be reported, and it moves officers and staff to where they are needed most.",
                    ),
                ),
                Area(
                    number="2",
                    pillar="Efficiency",
                    heading=F2,
                    grade="Good",
                    narrative=(
                        "Cumbria Constabulary is good at planning for the future. Its financial plans are realistic, and it is investing in technology to make its workforce more productive.",
                    ),
                ),
            ),
        ),
        Pillar(
            name="Legitimacy",
            question=LEGITIMACY_Q,
            grade="Good",
            summary=(
                "Cumbria Constabulary is good at treating the public and its workforce legitimately. It requires improvement in the way it treats its workforce with fairness and respect.",
            ),
            areas=(
                Area(
                    number="1",
                    pillar="Legitimacy",
                    heading=L1,
                    grade="Good",
                    carried_over=_carried("legitimacy", "2017"),
                ),
                Area(
                    number="2",
                    pillar="Legitimacy",
                    heading=L2,
                    grade="Good",
                    narrative=(
                        "Cumbria Constabulary is good at making sure that its workforce behaves ethically and lawfully. Its counter-corruption unit has the capacity it needs, and its leaders set clear expectations of behaviour.",
                    ),
                ),
                Area(
                    number="3",
                    pillar="Legitimacy",
                    heading=L3,
                    grade="Requires improvement",
                    afis=(
                        "The force should understand the well-being needs of its workforce and act on what it finds.",
                        "The force should make sure that its performance assessment process is used consistently across the workforce.",
                    ),
                    narrative=(
                        "Cumbria Constabulary requires improvement in the way it treats its workforce with fairness and respect. The constabulary does not yet understand the well-being needs of its officers and staff, and its process for assessing individual performance is not used consistently.",
                    ),
                ),
            ),
        ),
    ),
    annexes=ANNEX,
    question_numbers="line",
    title_style=True,
)


HUMBERSIDE = IntegratedReport(
    programme="PEEL",
    cycle="2018/19",
    subject="Humberside Police",
    title=_title("Humberside Police"),
    intro_heading="What this report contains",
    intro=INTRO,
    summary_heading="Overall summary",
    summary=(
        "Humberside Police is good at reducing crime and keeping people safe, and it operates efficiently. It requires improvement at treating the public and its workforce legitimately.",
    ),
    pillars=(
        Pillar(
            name="Effectiveness",
            question=EFFECTIVENESS_Q,
            grade="Good",
            grade_control=True,
            summary=(
                "Humberside Police is good at reducing crime and keeping people safe. It has made improvements in its approach to protecting vulnerable people.",
                "Force x is",
            ),
            areas=(
                Area(
                    number="1",
                    pillar="Effectiveness",
                    heading=E1,
                    grade="Good",
                    narrative=(
                        "Humberside Police is good at preventing crime, tackling anti-social behaviour and keeping people safe. Neighbourhood officers know their communities and work with partner organisations to solve local problems.",
                    ),
                ),
                Area(
                    number="2",
                    pillar="Effectiveness",
                    heading=E2,
                    grade="Good",
                    afis=(
                        "The force should improve its processes for the management of foreign national offenders so that it is reassured that it is effectively managing the risk.",
                    ),
                    narrative=(
                        "Humberside Police is good at investigating crime and reducing re-offending. The quality of investigations has improved, and supervisors review the the progress of investigations regularly.",
                    ),
                ),
                Area(
                    number="3",
                    pillar="Effectiveness",
                    heading=E3,
                    grade="Good",
                    afis=(
                        "The force should make sure that officers complete risk assessments consistently.",
                    ),
                    narrative=(
                        "Humberside Police is good at protecting those who are vulnerable from harm and supporting victims. Call handlers identify vulnerable and repeat victims when a call is first received.",
                        Split(
                            "The way officers record risk assessments at incidents is inconsistent.The force is reviewing how it trains officers to complete them.",
                            "inconsistent.The",
                            (13,),
                        ),
                    ),
                ),
                Area(
                    number="4",
                    pillar="Effectiveness",
                    heading=E4,
                    grade="Requires improvement",
                    afis=(
                        "The force should improve its understanding of the threat that serious and organised crime poses to its communities.",
                    ),
                    narrative=(
                        "Humberside Police requires improvement in the way it tackles serious and organised crime. Its analysis of the threat from organised crime groups is limited, and it does not always share what it knows with partner organisations.",
                    ),
                ),
                Area(
                    number="5",
                    pillar="Effectiveness",
                    heading=E5,
                    ungraded=True,
                    narrative=(
                        "Humberside Police has arrangements in place to meet its national policing responsibilities. Armed officers train regularly with neighbouring forces.",
                    ),
                ),
            ),
        ),
        Pillar(
            name="Efficiency",
            question=EFFICIENCY_Q,
            grade="Good",
            grade_control=True,
            summary=(
                "Humberside Police is good at operating efficiently and providing sustainable services to the public. Its financial plans are realistic.",
            ),
            areas=(
                Area(
                    number="1",
                    pillar="Efficiency",
                    heading=F1,
                    grade="Requires Improvment",
                    afis=(
                        "The force should develop its understanding of the demand that is less likely to be reported.",
                    ),
                    narrative=(
                        "Humberside Police requires improvement in the way it uses its resources to meet the demand it faces. It does not yet understand the demand that is less likely to be reported.",
                    ),
                ),
                Area(
                    number="2",
                    pillar="Efficiency",
                    heading=F2,
                    grade="Good",
                    narrative=(
                        "Humberside Police is good at planning for the future. It has predicted future retirements and plans its recruitment to replace the skills it will lose.",
                    ),
                ),
            ),
        ),
        Pillar(
            name="Legitimacy",
            question=LEGITIMACY_Q,
            grade="Requires improvement",
            grade_control=True,
            summary=(
                "Humberside Police requires improvement at treating the public and its workforce legitimately. It needs to do more to make sure that its workforce behaves ethically and lawfully.",
            ),
            areas=(
                Area(
                    number="1",
                    pillar="Legitimacy",
                    heading=L1,
                    grade="Good",
                    narrative=(
                        "Humberside Police is good at treating all of the people it serves with fairness and respect. It seeks feedback from communities and uses it to improve its services.",
                    ),
                ),
                Area(
                    number="2",
                    pillar="Legitimacy",
                    heading=L2,
                    grade="Requires improvement",
                    afis=(
                        "The force should make sure that its counter-corruption unit has the capacity and capability to assess all corruption-related intelligence.",
                    ),
                    narrative=(
                        "Humberside Police requires improvement in the way it makes sure that its workforce behaves ethically and lawfully. Its counter-corruption unit does not have the capacity to assess all the intelligence it receives.",
                    ),
                ),
                Area(
                    number="3",
                    pillar="Legitimacy",
                    heading=L3,
                    grade="Requires improvement",
                    afis=(
                        "The force should make sure that its process for assessing individual performance is used consistently.",
                    ),
                    narrative=(
                        "Humberside Police requires improvement in the way it treats its workforce with fairness and respect.",
                        Split(
                            "The force is good at listening to its workforce, and it has improved how it supports the well-being of officers and staff.",
                            "is good at",
                            (3, 6),
                        ),
                    ),
                ),
            ),
        ),
    ),
    annexes=ANNEX,
    contents=False,
    question_numbers="auto",
    title_style=False,
    header_footer=True,
)

HUMBERSIDE_PLANTED = (
    Planted("template-placeholder", "Effectiveness", "Force x"),
    Planted("repeated-word", E2, "the the"),
    Planted("space-after-full-stop", E3, "inconsistent.The"),
    Planted("grade-on-scale", F1, "Requires Improvment"),
    Planted("narrative-contradicts-grade", L3, "The force is good at listening to its workforce"),
)


def _make_cumbria() -> Writer:
    return CUMBRIA.write(Writer(kinds={1: OUTLINE, 2: BUILTIN, 3: BOLD, 4: BOLD}))


def _make_humberside() -> Writer:
    return HUMBERSIDE.write(Writer())


FIXTURES = [
    Fixture(
        name="peel-2018-19-cumbria-clean",
        family=FAMILY,
        expected=CUMBRIA.expected(),
        planted=(),
        mechanics=(
            "title-style",
            "outline-level",
            "bold-normal-heading",
            "typed-numbers",
            "list-bullet-style",
        ),
        make=_make_cumbria,
        description="Cumbria Constabulary, integrated 2018/19 report, consistent, one question carried over.",
    ),
    Fixture(
        name="peel-2018-19-humberside-defects",
        family=FAMILY,
        expected=HUMBERSIDE.expected(),
        planted=HUMBERSIDE_PLANTED,
        mechanics=(
            "auto-numbering",
            "content-control",
            "split-runs",
            "header-footer",
            "list-bullet-style",
        ),
        make=_make_humberside,
        description="Humberside Police, integrated 2018/19 report with five planted defects.",
    ),
]
