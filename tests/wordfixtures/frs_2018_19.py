"""Fire and rescue 2018/19: one report, three graded pillars, 11 numbered questions, four-point
scale (REPORT-SHAPES.md section 9).

Layout, from the PDF report: cover ("Fire & Rescue Service" / "Effectiveness, efficiency and
people 2018/19" / "An inspection of <Service>"), contents, "About this inspection",
"Overview", then per pillar its name, its question ("How effective is the service at keeping
people safe and secure?"), grade line, "Summary", and the questions typed with their numbers
("1.1 Understanding the risk of fire and other emergencies"), each with a grade line,
narrative and "Areas for improvement"; "Annex A – About the data" and "Annex B – Fire and
rescue authority governance" close it.

Assumed (not established): where the pillar grade and the question grades stand in the PDF
(the web pages' grade line is used), the question titles word for word (frameworks.yaml marks
them unverified), and the per-question layout of areas for improvement (section 13, item 9).
The services are real but not in rules/data/forces.csv (it lists police forces only).
`frs-2018-19-northumberland-defects` keeps the published opening of the Northumberland
Effectiveness summary, whose first sentence is the fixed definition ("An effective fire and
rescue service will ..."), not the grade: summary-states-overall-grade reports that today,
so it is listed as tolerated.
"""

from __future__ import annotations

from typing import Any

from tests.wordfixtures._layouts import IntegratedReport
from tests.wordfixtures._model import Area, Fixture, Pillar, Planted
from tests.wordfixtures._word import CUSTOM, Split, Writer

FAMILY = "frs-2018-19"

EFFECTIVENESS_Q = "How effective is the service at keeping people safe and secure?"
EFFICIENCY_Q = "How efficient is the service at keeping people safe and secure?"
PEOPLE_Q = "How well does the service look after its people?"

T11 = "Understanding the risk of fire and other emergencies"
T12 = "Preventing fires and other risks"
T13 = "Protecting the public through fire regulation"
T14 = "Responding to fires and other emergencies"
T15 = "Responding to major and multi-agency incidents"
T21 = "Making best use of resources"
T22 = "Making the FRS affordable now and in the future"
T31 = "Promoting the right values and culture"
T32 = "Getting the right people with the right skills"
T33 = "Ensuring fairness and promoting diversity"
T34 = "Managing performance and developing leaders"

ABOUT = (
    "This is the first time that HMICFRS has inspected fire and rescue services across England. Our focus is on the service they provide to the public, and the way they use the resources available.",
    "In carrying out our inspections of all 45 fire and rescue services in England, we answer three main questions:",
    "How effective is the fire and rescue service at keeping people safe and secure from fire and other risks?",
    "How efficient is the fire and rescue service at keeping people safe and secure from fire and other risks?",
    "How well does the fire and rescue service look after its people?",
)
ANNEXES = (
    (
        "Annex A – About the data",
        (
            "Data in this report is from a range of sources, including the Home Office, the Office for National Statistics and data we collected directly from all 45 fire and rescue services in England.",
        ),
    ),
    (
        "Annex B – Fire and rescue authority governance",
        (
            "This annex describes how the fire and rescue authority governs the service and holds it to account.",
        ),
    ),
)


def _title(subject: str) -> tuple[str, str, str]:
    return (
        "Fire & Rescue Service",
        "Effectiveness, efficiency and people 2018/19",
        f"An inspection of {subject}",
    )


def _area(
    number: str, pillar: str, heading: str, grade: str, *narrative: str | Split, **more: Any
) -> Area:
    return Area(
        number=number, pillar=pillar, heading=heading, grade=grade, narrative=narrative, **more
    )


RB = "Royal Berkshire Fire and Rescue Service"

ROYAL_BERKSHIRE = IntegratedReport(
    programme="FRS",
    cycle="2018/19",
    subject=RB,
    title=_title(RB),
    intro_heading="About this inspection",
    intro=ABOUT,
    summary_heading="Overview",
    summary=(
        f"{RB} is good at keeping people safe and secure from fire and other risks, and at looking after its people.",
        "It needs to make better use of its resources, and to make sure that its workforce reflects the community it serves.",
    ),
    pillars=(
        Pillar(
            name="Effectiveness",
            question=EFFECTIVENESS_Q,
            grade="Good",
            summary=(
                f"{RB} is good at keeping people safe and secure from fire and other risks. It requires improvement at protecting the public through fire regulation.",
            ),
            areas=(
                _area(
                    "1.1",
                    "Effectiveness",
                    T11,
                    "Good",
                    f"{RB} is good at understanding the risk of fire and other emergencies. Its integrated risk management plan draws on a wide range of data and on consultation with the public.",
                ),
                _area(
                    "1.2",
                    "Effectiveness",
                    T12,
                    "Good",
                    f"{RB} is good at preventing fires and other risks. It targets home fire safety visits at the people most at risk of fire.",
                ),
                _area(
                    "1.3",
                    "Effectiveness",
                    T13,
                    "Requires improvement",
                    f"{RB} requires improvement at protecting the public through fire regulation. Its risk-based inspection programme is behind schedule, and it has too few qualified fire safety inspectors.",
                    afis=(
                        "The service should make sure that its risk-based inspection programme covers the highest-risk buildings within the timescales it has set.",
                        "The service should make sure that it has enough qualified staff to carry out its fire safety work.",
                    ),
                ),
                _area(
                    "1.4",
                    "Effectiveness",
                    T14,
                    "Good",
                    f"{RB} is good at responding to fires and other emergencies. Its response standards are clear, and it meets them for most incidents.",
                ),
                _area(
                    "1.5",
                    "Effectiveness",
                    T15,
                    "Good",
                    f"{RB} is good at responding to major and multi-agency incidents. It trains and exercises regularly with neighbouring services and other emergency services.",
                ),
            ),
        ),
        Pillar(
            name="Efficiency",
            question=EFFICIENCY_Q,
            grade="Requires improvement",
            summary=(
                f"{RB} requires improvement at providing an efficient service. It is good at making the service affordable now and in the future.",
            ),
            areas=(
                _area(
                    "2.1",
                    "Efficiency",
                    T21,
                    "Requires improvement",
                    f"{RB} requires improvement at making best use of its resources. Its plans do not show how it matches its resources to the risks it has identified.",
                    afis=(
                        "The service should make sure that its allocation of resources is based on the risks set out in its integrated risk management plan.",
                    ),
                ),
                _area(
                    "2.2",
                    "Efficiency",
                    T22,
                    "Good",
                    f"{RB} is good at making the service affordable now and in the future. Its medium-term financial plan is realistic, and it holds reserves for planned investment.",
                ),
            ),
        ),
        Pillar(
            name="People",
            question=PEOPLE_Q,
            grade="Good",
            summary=(
                f"{RB} is good at looking after its people. It requires improvement at ensuring fairness and promoting diversity.",
            ),
            areas=(
                _area(
                    "3.1",
                    "People",
                    T31,
                    "Good",
                    f"{RB} is good at promoting the right values and culture. Staff understand the service’s values, and its leaders act as role models.",
                ),
                _area(
                    "3.2",
                    "People",
                    T32,
                    "Good",
                    f"{RB} is good at getting the right people with the right skills. Its workforce plan sets out the skills it will need, and training records are kept up to date.",
                ),
                _area(
                    "3.3",
                    "People",
                    T33,
                    "Requires improvement",
                    f"{RB} requires improvement at ensuring fairness and promoting diversity. Its workforce does not reflect the community it serves, and staff have little confidence in how it seeks their views.",
                    afis=(
                        "The service should improve the way it seeks and acts on the views of its staff.",
                        "The service should take steps to make its workforce more representative of the community it serves.",
                    ),
                ),
                _area(
                    "3.4",
                    "People",
                    T34,
                    "Good",
                    f"{RB} is good at managing performance and developing leaders. Staff have regular appraisals, and it has a clear process for identifying future leaders.",
                ),
            ),
        ),
    ),
    annexes=ANNEXES,
    question_numbers="prefix",
    afis_first=False,
    pillar_summary_heading="Summary",
    question_level=2,
)


NB = "Northumberland Fire and Rescue Service"

NORTHUMBERLAND = IntegratedReport(
    programme="FRS",
    cycle="2018/19",
    subject=NB,
    title=_title(NB),
    intro_heading="About this inspection",
    intro=ABOUT,
    summary_heading="Overview",
    summary=(
        f"We have concerns about the performance of {NB} in keeping people safe and secure from fire and other risks.",
    ),
    pillars=(
        Pillar(
            name="Effectiveness",
            question=EFFECTIVENESS_Q,
            grade="Requires improvement",
            grade_control=True,
            summary=(
                "An effective fire and rescue service will identify and assess the full range of foreseeable fire and rescue risks its community faces. It will target its fire prevention and protection activities to those who are at greatest risk from fire. It will make sure businesses comply with fire safety legislation. When the public calls for help, the fire and rescue service should respond promptly with the right skills and equipment to deal with the incident effectively. Northumberland Fire and Rescue Service’s overall effectiveness requires improvement.",
                "The service understands its risk and has an integrated risk management plan (IRMP), the Fire and Rescue Plan, which it updates annually and uses to determine priorities. All main areas have their own departmental plans and the service oversees them well. The service needs to improve how it:",
                "• gathers and analyses up-to-date risk information;",
                "• manages building risk information; and",
                "• communicates with the public.",
                "The service’s prevention work requires improvement. It needs to improve targeting those most at risk, evaluating its effectiveness and promoting safety messages to the public.",
            ),
            areas=(
                _area(
                    "1.1",
                    "Effectiveness",
                    T11,
                    "Good",
                    f"{NB} is good at understanding the risk of fire and other emergencies. Service x updates its integrated risk management plan every year and uses it to set its priorities.",
                    afis=(
                        "The service should make sure that its risk information about buildings is up to date and available to crews.",
                    ),
                ),
                _area(
                    "1.2",
                    "Effectiveness",
                    T12,
                    "Requires improvement",
                    f"{NB} requires improvement at preventing fires and other risks. It doesn’t target its home fire safety checks at the people most at risk of fire, and its record keeping during these checks isn’t accurate.",
                    afis=(
                        "The service should make sure that it targets its prevention work at the people most at risk of fire.",
                        "The service should evaluate its prevention work to understand what works.",
                    ),
                ),
                _area(
                    "1.3",
                    "Effectiveness",
                    T13,
                    "Requires Improvment",
                    f"{NB} requires improvement at protecting the public through fire regulation. Its risk-based inspection programme is behind schedule.",
                    afis=(
                        "The service should make sure that its risk-based inspection programme covers the highest-risk buildings.",
                    ),
                ),
                _area(
                    "1.4",
                    "Effectiveness",
                    T14,
                    "Requires improvement",
                    Split(
                        f"{NB} requires improvement at responding to fires and other emergencies. Its response standards are clear, but the availability of its on-call fire engines is inconsistent.The service is reviewing its on-call contracts.",
                        "inconsistent.The",
                        (12, 14),
                    ),
                    afis=(
                        "The service should make sure that it has enough on-call firefighters available to crew its fire engines.",
                    ),
                ),
                _area(
                    "1.5",
                    "Effectiveness",
                    T15,
                    "Good",
                    f"{NB} is good at responding to major and multi-agency incidents. It trains and exercises regularly with neighbouring services and other emergency services.",
                ),
            ),
        ),
        Pillar(
            name="Efficiency",
            question=EFFICIENCY_Q,
            grade="Good",
            grade_control=True,
            summary=(
                f"{NB} is good at providing an efficient service. Its financial plans are realistic.",
            ),
            areas=(
                _area(
                    "2.1",
                    "Efficiency",
                    T21,
                    "Good",
                    f"{NB} is good at making best use of its resources. Its plans show how it matches the the resources it has to the risks it has identified.",
                ),
                _area(
                    "2.2",
                    "Efficiency",
                    T22,
                    "Good",
                    f"{NB} is good at making the service affordable now and in the future. Its medium-term financial plan is realistic.",
                ),
            ),
        ),
        Pillar(
            name="People",
            question=PEOPLE_Q,
            grade="Requires improvement",
            grade_control=True,
            summary=(
                f"{NB} requires improvement at looking after its people. It requires improvement at ensuring fairness and promoting diversity.",
            ),
            areas=(
                _area(
                    "3.1",
                    "People",
                    T31,
                    "Good",
                    f"{NB} is good at promoting the right values and culture. Staff understand the service’s values, and its leaders act as role models.",
                ),
                _area(
                    "3.2",
                    "People",
                    T32,
                    "Requires improvement",
                    f"{NB} requires improvement at getting the right people with the right skills. Training records aren’t always up to date.",
                    Split(
                        "The service is good at getting the right people into specialist roles, and it has a clear workforce plan.",
                        "is good at",
                        (6,),
                    ),
                    afis=(
                        "The service should make sure that its training records are up to date.",
                    ),
                ),
                _area(
                    "3.3",
                    "People",
                    T33,
                    "Requires improvement",
                    f"{NB} requires improvement at ensuring fairness and promoting diversity. Its workforce doesn’t reflect the community it serves.",
                    afis=(
                        "The service should take steps to make its workforce more representative of the community it serves.",
                    ),
                ),
                _area(
                    "3.4",
                    "People",
                    T34,
                    "Good",
                    f"{NB} is good at managing performance and developing leaders. Staff have regular appraisals.",
                ),
            ),
        ),
    ),
    annexes=ANNEXES,
    contents=False,
    question_numbers="prefix",
    afis_first=False,
    pillar_summary_heading="Summary",
    title_style=False,
    question_level=2,
)

NORTHUMBERLAND_PLANTED = (
    Planted("template-placeholder", T11, "Service x"),
    Planted("grade-on-scale", T13, "Requires Improvment"),
    Planted("space-after-full-stop", T14, "inconsistent.The"),
    Planted("repeated-word", T21, "the the"),
    Planted(
        "narrative-contradicts-grade",
        T32,
        "The service is good at getting the right people into specialist roles",
    ),
)


def _make_royal_berkshire() -> Writer:
    return ROYAL_BERKSHIRE.write(Writer())


def _make_northumberland() -> Writer:
    return NORTHUMBERLAND.write(
        Writer(kinds={1: CUSTOM, 2: CUSTOM, 3: CUSTOM}, bullets="numbering")
    )


def _northumberland_expected() -> dict[str, object]:
    expected = NORTHUMBERLAND.expected()
    expected["tolerated"] = [
        [
            "summary-states-overall-grade",
            "Effectiveness",
            "the published summary opens with the fixed definition and states the grade last",
        ]
    ]
    return expected


FIXTURES = [
    Fixture(
        name="frs-2018-19-royal-berkshire-clean",
        family=FAMILY,
        expected=ROYAL_BERKSHIRE.expected(),
        planted=(),
        mechanics=("title-style", "typed-numbers", "list-bullet-style"),
        make=_make_royal_berkshire,
        description="Royal Berkshire Fire and Rescue Service, 2018/19, consistent.",
    ),
    Fixture(
        name="frs-2018-19-northumberland-defects",
        family=FAMILY,
        expected=_northumberland_expected(),
        planted=NORTHUMBERLAND_PLANTED,
        mechanics=(
            "custom-heading-style",
            "typed-numbers",
            "content-control",
            "split-runs",
            "auto-numbering",
        ),
        make=_make_northumberland,
        description="Northumberland Fire and Rescue Service, 2018/19, the published Effectiveness summary and five planted defects.",
    ),
]
