"""PEEL 2014-2017: one report per pillar (REPORT-SHAPES.md sections 3 and 4).

Layout, as on the published pillar pages: "<Force> PEEL 2016" / the pillar / the pillar's
question / "Last updated" / the grade / summary paragraphs / "Questions for <Pillar>" / per
question: its number on a line of its own, its title, narrative, grade line, "Areas for
improvement" and bullets.

- `peel-2016-lancashire-clean`: Lancashire Constabulary, Effectiveness 2016. The summary is
  the published text (reference/pages/lancashire-2016-effectiveness.txt); the question
  narratives are built from it and the areas for improvement written for the fixture.
- `peel-2016-gwent-defects`: the published Gwent Police page (tests/data/reference), verbatim
  with its six real defects, plus three planted ones.
"""

from __future__ import annotations

from pathlib import Path

from tests.wordfixtures._layouts import PillarReport
from tests.wordfixtures._model import Area, Fixture, Planted
from tests.wordfixtures._word import CUSTOM, Split, Text, Writer

FAMILY = "peel-2014-17-pillar"
REFERENCE = (
    Path(__file__).resolve().parents[1] / "data" / "reference" / "gwent-peel-2016-effectiveness.txt"
)
GRADE_LINES = {"Outstanding", "Good", "Requires improvement", "Inadequate", "Ungraded"}

LANCASHIRE = PillarReport(
    subject="Lancashire Constabulary",
    cycle="2016",
    header="Lancashire PEEL 2016",
    pillar="Effectiveness",
    question="How effective is the force at keeping people safe and reducing crime?",
    updated="02/03/2017",
    grade="Good",
    summary=(
        "Lancashire Constabulary is good at keeping people safe and reducing crime. It has an effective approach to crime prevention, investigation standards are high and vulnerable victims are supported well. The constabulary tackles serious and organised crime effectively, and has the necessary arrangements in place to ensure that it can fulfil its national policing responsibilities. Our overall judgment this year is the same as last year, when we judged the constabulary to be good in respect of effectiveness.",
        "Lancashire Constabulary is good at preventing crime, tackling anti-social behaviour and keeping people safe. It understands the threat or risk of harm within the communities it serves. Plans are in place to realign how policing is provided through a ‘place-based policing model’ which is built on a preventative early action approach with other public service and community partner organisations. However, the constabulary would benefit from a more structured problem-solving approach and a process to identify what has been successful.",
        "Lancashire Constabulary’s approach to investigating crime and reducing re-offending is good. The control room assesses incidents based on vulnerability, proportionality and solvability. Investigation is good and specialist staff are trained appropriately, although supervision of case files is not always consistent. Lancashire Constabulary is good at protecting the public from the most prolific, serious and dangerous offenders.",
        "Lancashire Constabulary is effective at protecting those who are vulnerable from harm and supporting victims. The constabulary generally identifies vulnerable victims well, but there is scope to improve the consistency with which wider aspects of vulnerability are identified and responded to at initial contact.",
    ),
    areas=(
        Area(
            number="1",
            heading="How effective is the force at preventing crime, tackling anti-social behaviour and keeping people safe?",
            grade="Good",
            narrative=(
                "Lancashire Constabulary is good at preventing crime, tackling anti-social behaviour and keeping people safe. It understands the threat or risk of harm within the communities it serves.",
                "Plans are in place to realign how policing is provided through a ‘place-based policing model’ which is built on a preventative early action approach with other public service and community partner organisations. However, the constabulary would benefit from a more structured problem-solving approach and a process to identify what has been successful.",
            ),
            afis=(
                "The force should adopt a structured problem-solving approach, and a process to identify and share what has been successful.",
            ),
        ),
        Area(
            number="2",
            heading="How effective is the force at investigating crime and reducing re-offending?",
            grade="Good",
            narrative=(
                "Lancashire Constabulary is good at investigating crime and reducing re-offending. The control room assesses incidents based on vulnerability, proportionality and solvability.",
                "Investigation is good and specialist staff are trained appropriately, although supervision of case files is not always consistent. Lancashire Constabulary is good at protecting the public from the most prolific, serious and dangerous offenders.",
            ),
            afis=("The force should make sure that the supervision of case files is consistent.",),
        ),
        Area(
            number="3",
            heading="How effective is the force at protecting those who are vulnerable from harm, and supporting victims?",
            grade="Good",
            narrative=(
                "Lancashire Constabulary is good at protecting those who are vulnerable from harm and supporting victims. The constabulary generally identifies vulnerable victims well, but there is scope to improve the consistency with which wider aspects of vulnerability are identified and responded to at initial contact.",
                "Officers and staff work closely with partner organisations to support victims of domestic abuse, and high-risk cases are reviewed at multi-agency meetings.",
            ),
            afis=(
                "The force should improve the consistency with which it identifies and responds to wider aspects of vulnerability at initial contact.",
            ),
        ),
        Area(
            number="4",
            heading="How effective is the force at tackling serious and organised crime?",
            grade="Good",
            narrative=(
                "Lancashire Constabulary is good at tackling serious and organised crime. It understands the threat that organised crime groups pose to its communities, and it works with the regional organised crime unit to disrupt their activity.",
            ),
        ),
        Area(
            number="5",
            heading="How effective are the force's specialist capabilities?",
            grade="Ungraded",
            ungraded=True,
            narrative=(
                "Lancashire Constabulary has the necessary arrangements in place to ensure that it can fulfil its national policing responsibilities. It tests its response to these threats through exercises with neighbouring forces and other emergency services.",
            ),
        ),
    ),
    title_style=True,
    header_footer=True,
)


# -- Gwent 2016: the published page, verbatim, plus planted defects ------------------------

SUMMARY_HEADING = "How effective is the force at keeping people safe and reducing crime?"
Q1 = "How effective is the force at preventing crime, tackling anti-social behaviour and keeping people safe?"
Q2 = "How effective is the force at investigating crime and reducing re-offending?"
Q3 = "How effective is the force at protecting those who are vulnerable from harm, and supporting victims?"
Q4 = "How effective is the force at tackling serious and organised crime?"

# (question title, published words, planted words)
GWENT_EDITS = (
    (
        Q1,
        "It uses social media effectively to update local communities on police activity and outcomes.",
        "South Wales Police is good at using social media to update local communities on police activity and outcomes.",
    ),
    (Q2, "assess calls received from the public.", "assess calls received from the the public."),
    (
        Q3,
        "The force has implemented new systems recently to improve its service to victims.",
        "Force x has implemented new systems recently to improve its service to victims.",
    ),
)

GWENT_PLANTED = (
    # the page's own defects (DOMAIN.md, "Real defects found in published text")
    Planted("missing-full-stop", SUMMARY_HEADING, "contact However"),
    Planted("space-after-full-stop", SUMMARY_HEADING, "inconsistent.The"),
    Planted("requires-improvement-has-areas", Q4, None),
    Planted("narrative-states-grade", Q4, "Gwent Police is in the early stages"),
    Planted("confused-words", Q4, "formally known as"),
    Planted("number-range-dash", Q4, "20 30"),
    # planted in this fixture
    Planted("subject-named-consistently", Q1, "South Wales Police"),
    Planted("repeated-word", Q2, "the the"),
    Planted("template-placeholder", Q3, "Force x"),
)


def _gwent() -> PillarReport:
    """The reference page read into a PillarReport, with the planted edits applied."""
    lines = [
        line.strip() for line in REFERENCE.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    lines = lines[lines.index("Gwent PEEL 2016") :]
    header, pillar, question, updated, grade = lines[:5]
    rest = lines[5:]
    cut = rest.index("Questions for Effectiveness")
    summary: list[Text] = [t for t in rest[:cut] if not t.startswith("Os hoffech")]
    summary = [
        Split(str(t), "inconsistent.The", (12,)) if "inconsistent.The" in str(t) else t
        for t in summary
    ]
    areas: list[Area] = []
    lines = rest[cut + 1 :]
    while lines:
        number, title = lines[0], lines[1]
        end = next(i for i, line in enumerate(lines) if line in GRADE_LINES)
        narrative = lines[2:end]
        afis: list[str] = []
        after = end + 1
        if after < len(lines) and lines[after] == "Areas for improvement":
            after += 1
            while after < len(lines) and lines[after].startswith("•"):
                afis.append(lines[after].lstrip("• ").strip())
                after += 1
        for target, old, new in GWENT_EDITS:
            if title == target:
                [index] = [i for i, t in enumerate(narrative) if old in t]
                narrative[index] = narrative[index].replace(old, new)
        areas.append(
            Area(
                number=number,
                heading=title,
                grade=lines[end],
                ungraded=lines[end] == "Ungraded",
                narrative=tuple(narrative),
                afis=tuple(afis),
                grade_control="block" if lines[end] == "Requires improvement" else None,
                afi_numbered=True,
            )
        )
        lines = lines[after:]
    return PillarReport(
        subject="Gwent Police",
        cycle="2016",
        header=header,
        pillar=pillar,
        question=question,
        updated=updated.removeprefix("Last updated "),
        grade=grade,
        summary=tuple(summary),
        areas=tuple(areas),
        welsh=True,
        title_style=False,
    )


def _make_lancashire() -> Writer:
    return LANCASHIRE.write(Writer())


def _make_gwent() -> Writer:
    return _gwent().write(Writer(kinds={1: CUSTOM, 2: CUSTOM, 3: CUSTOM}, bullets="numbering"))


FIXTURES = [
    Fixture(
        name="peel-2016-lancashire-clean",
        family=FAMILY,
        expected=LANCASHIRE.expected(),
        planted=(),
        mechanics=("title-style", "typed-numbers", "list-bullet-style", "header-footer"),
        make=_make_lancashire,
        description="Lancashire Constabulary, PEEL 2016 Effectiveness, consistent throughout.",
    ),
    Fixture(
        name="peel-2016-gwent-defects",
        family=FAMILY,
        expected=_gwent().expected(),
        planted=GWENT_PLANTED,
        mechanics=(
            "custom-heading-style",
            "typed-numbers",
            "auto-numbering",
            "content-control",
            "split-runs",
        ),
        make=_make_gwent,
        description="The published Gwent Police 2016 Effectiveness page with its real defects and three planted ones.",
    ),
]
