"""Generate realistic drafts for the benchmark, deterministically from a seed.

Each draft is a PEEL or fire and rescue (FRS) report of one of several cycles, with 5 to 11
questions (FRS frameworks have 11), narratives of a few hundred words and about 10 KB of YAML.
A fraction of drafts carry one or more of the defects the built-in packs catch (see DEFECTS);
`manifest.json` lists them per draft. Each draft is written as YAML and as a JSON twin (for the
Spectral comparison).

    python benchmarks/generate.py --count 1000            # into benchmarks/out/
    python benchmarks/generate.py --count 2 --out /tmp/x  # anywhere

Layout of the output folder:

    pool/yaml/d00000.yaml, pool/json/d00000.json   every draft once
    sets/yaml-N/, sets/json-N/                     the first N drafts (hard links into pool/)
    manifest.json                                  seed, count, kind, defects of each draft

Kinds (`--kind`): `synthetic` (the default, above); `real`, the same frameworks with about
16 KB of YAML each whose prose is the reference report's and the published pages' own
paragraphs (tests/data/reference, tests/data/pages), recombined, with the subject's name put
in; `full`, full-length PEEL 2023-25 reports: nine areas, 80 to 120 KB of that prose.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

GENERATOR_VERSION = 3
HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE / "out"
KINDS = ("synthetic", "real", "full")
REAL_TEXT = [HERE.parent / "tests" / "data" / "reference", HERE.parent / "tests" / "data" / "pages"]
# The organisations the real text names; each is replaced with the draft's subject.
_REAL_NAMES = re.compile(
    r"\b(?:Gwent Police|Lancashire Constabulary|Northumberland Fire and Rescue Service)\b"
)
_OTHER_PLACES = re.compile(r"\b(?:Gwent|Lancashire|Northumberland|Welsh|Wales)\b")

# Each kind of defect the built-in packs catch, with the rule expected to report it.
DEFECTS: dict[str, str] = {
    "grade-spelling": "grade-on-scale",
    "ri-without-areas": "requires-improvement-has-areas",
    "overall-out-of-range": "overall-within-question-range",
    "narrative-without-grade": "narrative-states-grade",
    "space-after-full-stop": "space-after-full-stop",
    "repeated-word": "repeated-word",
    "number-range": "number-range-dash",
    "formally-known-as": "confused-words",
    "template-placeholder": "template-placeholder",
    "other-force": "subject-named-consistently",
}
DEFECT_RATE = 0.06  # per kind and draft: about 45% of drafts carry at least one defect

FORCES = [
    "Avon and Somerset Constabulary",
    "Bedfordshire Police",
    "Cheshire Constabulary",
    "Cumbria Constabulary",
    "Derbyshire Constabulary",
    "Devon and Cornwall Police",
    "Durham Constabulary",
    "Essex Police",
    "Gwent Police",
    "Hampshire Constabulary",
    "Kent Police",
    "Lancashire Constabulary",
    "Merseyside Police",
    "Norfolk Constabulary",
    "North Wales Police",
    "South Wales Police",
    "Dyfed-Powys Police",
    "Surrey Police",
    "Thames Valley Police",
    "West Yorkshire Police",
]
WELSH = {"Gwent Police", "North Wales Police", "South Wales Police", "Dyfed-Powys Police"}
SERVICES = [
    "Avon Fire and Rescue Service",
    "Cheshire Fire and Rescue Service",
    "Cornwall Fire and Rescue Service",
    "Devon and Somerset Fire and Rescue Service",
    "Essex County Fire and Rescue Service",
    "Hampshire and Isle of Wight Fire and Rescue Service",
    "Kent Fire and Rescue Service",
    "Lancashire Fire and Rescue Service",
    "Merseyside Fire and Rescue Service",
    "Surrey Fire and Rescue Service",
]

PEEL_EFFECTIVENESS = [
    "preventing crime, tackling anti-social behaviour and keeping people safe",
    "investigating crime and reducing re-offending",
    "protecting those who are vulnerable from harm, and supporting victims",
    "tackling serious and organised crime",
]
PEEL_EFFECTIVENESS_TITLES = [
    "How effective is the force at preventing crime, tackling anti-social behaviour and "
    "keeping people safe?",
    "How effective is the force at investigating crime and reducing re-offending?",
    "How effective is the force at protecting those who are vulnerable from harm, and "
    "supporting victims?",
    "How effective is the force at tackling serious and organised crime?",
    "How effective are the force's specialist capabilities?",
]
PEEL_2018 = {
    "Effectiveness": list(zip(PEEL_EFFECTIVENESS_TITLES, [*PEEL_EFFECTIVENESS, ""], strict=True)),
    "Efficiency": [
        (
            "How well does the force use its resources to meet the demand it faces?",
            "using its resources to meet the demand it faces",
        ),
        ("How well does the force plan for the future?", "planning for the future"),
    ],
    "Legitimacy": [
        (
            "To what extent does the force treat all of the people it serves with fairness "
            "and respect?",
            "treating all of the people it serves with fairness and respect",
        ),
        (
            "How well does the force ensure that its workforce behaves ethically and lawfully?",
            "making sure that its workforce behaves ethically and lawfully",
        ),
        (
            "To what extent does the force treat its workforce with fairness and respect?",
            "treating its workforce with fairness and respect",
        ),
    ],
}
PEEL_PILLAR_TOPICS = {
    "Effectiveness": "keeping people safe and reducing crime",
    "Efficiency": "operating efficiently and providing sustainable services to the public",
    "Legitimacy": "treating the public and its workforce legitimately",
}
PEEL_CORE = [
    "providing a service to victims of crime",
    "engaging with and treating the public with fairness and respect",
    "preventing and deterring crime and anti-social behaviour",
    "responding to the public",
    "investigating crime",
    "protecting vulnerable people",
    "managing offenders and suspects",
    "disrupting serious and organised crime",
    "building, supporting and protecting the workforce",
    "leadership and force management",
]
FRS_QUESTIONS = {
    "Effectiveness": [
        ("1.1", "Understanding the risk of fire and other emergencies"),
        ("1.2", "Preventing fires and other risks"),
        ("1.3", "Protecting the public through fire regulation"),
        ("1.4", "Responding to fires and other emergencies"),
        ("1.5", "Responding to major and multi-agency incidents"),
    ],
    "Efficiency": [
        ("2.1", "Making best use of resources"),
        ("2.2", "Making the FRS affordable now and in the future"),
    ],
    "People": [
        ("3.1", "Promoting the right values and culture"),
        ("3.2", "Getting the right people with the right skills"),
        ("3.3", "Ensuring fairness and promoting diversity"),
        ("3.4", "Managing performance and developing leaders"),
    ],
}
FRS_PILLAR_TOPICS = {
    "Effectiveness": "keeping people safe and secure from fire and other risks",
    "Efficiency": "providing an efficient service to the public",
    "People": "looking after its people",
}

FOUR_POINT = ["Outstanding", "Good", "Requires improvement", "Inadequate"]
FIVE_POINT = ["Outstanding", "Good", "Adequate", "Requires improvement", "Inadequate"]
GRADE_WEIGHTS = {
    "Outstanding": 6,
    "Good": 50,
    "Adequate": 20,
    "Requires improvement": 20,
    "Inadequate": 4,
}
MISSPELT = {
    "Outstanding": ["Outstandng", "outstanding"],
    "Good": ["good", "Goood"],
    "Adequate": ["Adequet", "adequate"],
    "Requires improvement": ["Requires Improvment", "Requires improvment", "Require improvement"],
    "Inadequate": ["Inadequte", "inadequate"],
}

# (programme, cycle, kind, weight)
CYCLES: list[tuple[str, str, str, int]] = [
    ("PEEL", "2016", "pillar", 3),
    ("PEEL", "2017", "pillar", 2),
    ("PEEL", "2018/19", "integrated", 3),
    ("PEEL", "2021/22", "core", 2),
    ("PEEL", "2023-25", "core", 3),
    ("PEEL", "2025-27", "core", 1),
    ("FRS", "2018/19", "integrated", 1),
    ("FRS", "2021/22", "integrated", 2),
    ("FRS", "2023-25", "core", 2),
]
PUBLISHED_YEAR = {"2016": 2017, "2017": 2018, "2018/19": 2019, "2021/22": 2022}
PUBLISHED_YEAR.update({"2023-25": 2024, "2025-27": 2026})

# Filler sentences: neutral statements (no grade words, no judgement of the force as a
# whole), so a clean draft stays clean. {org} is "force" or "service".
OPENERS = [
    "The {org} has {adj} arrangements in place to {aim}.",
    "Leaders at all levels understand the need to {aim}.",
    "The {org} works with partner organisations to {aim}.",
    "We found that staff understand how to {aim}.",
    "Supervisors review the work of their teams to {aim}.",
    "The {org} uses its performance framework to {aim}.",
    "Since our last inspection the {org} has taken steps to {aim}.",
    "A dedicated team was set up in {month} {year} to {aim}.",
    "The {org} has invested in new technology to {aim}.",
    "Local teams meet regularly with community groups to {aim}.",
]
DETAILS = [
    "In the {period} to {month} {year}, the {org} recorded {count} {things}.",
    "We reviewed {count} {things} and found that most were handled in line with policy.",
    "Staff told us that training on {subject_area} had helped them in their work.",
    "The {org} has a plan to review its approach to {subject_area} during {year}.",
    "Some staff were not aware of the guidance on {subject_area}, and this led to delays.",
    "Records show that decisions about {subject_area} are documented and reviewed.",
    "Partner organisations told us they valued the way the {org} shares information.",
    "Managers use a daily meeting to review {things} and to allocate resources.",
    "The {org} has introduced a new policy on {subject_area}, which staff understand.",
    "Data on {subject_area} is reported to the senior leadership team every month.",
    "There is scope to improve the quality of records relating to {subject_area}.",
    "The {org} should make sure that lessons learned from {things} are shared widely.",
    "Across the {org} we saw examples of officers and staff going beyond what was expected.",
    "Most of the {things} we examined had been allocated to an appropriate team.",
    "The {org} is working to reduce the number of {things} that are not resolved quickly.",
    # typography as published pages have it: curly quotes and apostrophes, en dashes
    "The {org}’s “{subject_area}” group – set up in {month} {year} – meets every quarter.",
    "Officers’ views on {subject_area} were mixed: some told us it was “working well”.",
]
ADJ = ["clear", "well-established", "new", "sound", "developing", "comprehensive"]
AIMS = [
    "understand the demand it faces",
    "identify and support vulnerable people",
    "share information with partner organisations",
    "manage risk across its area",
    "plan its workforce for the years ahead",
    "improve the quality of its investigations",
    "respond to calls from the public",
    "protect people from harm",
    "learn from complaints and feedback",
    "prevent incidents in local communities",
]
MONTHS = ["January", "March", "June", "September", "November"]
PERIODS = ["year", "six months", "twelve months"]
THINGS = [
    "incidents",
    "crimes",
    "calls for service",
    "safeguarding referrals",
    "case files",
    "inspection visits",
    "complaints",
    "cases",
]
SUBJECT_AREAS = [
    "risk assessment",
    "information sharing",
    "workforce planning",
    "the use of force",
    "protecting children",
    "domestic abuse",
    "community engagement",
    "fire safety audits",
    "data quality",
    "wellbeing support",
]
AFI_ACTIONS = [
    "make sure that its risk assessments are completed consistently",
    "improve how it records and shares information with partner organisations",
    "review its workforce plan to make sure it can meet future demand",
    "make sure that supervisors review investigations regularly",
    "improve the way it evaluates the effect of its prevention work",
    "make sure that staff understand and apply the guidance on vulnerability",
    "improve how it gathers and uses feedback from the public",
]
CONCERNS = [
    "The {org} does not have effective arrangements to identify and respond to risk.",
    "The {org} has not made enough progress in protecting vulnerable people.",
]
RECOMMENDATIONS = [
    "Within six months, the {org} should review how it assesses risk and act on the findings.",
    "Within three months, the {org} should put in place a plan to address this concern.",
]
PLACEHOLDERS = ["Force x", "[force name]", "XXX", "TBC", "{{subject}}", "lorem ipsum"]

# What a clean draft must not contain (the generator checks its own filler against these).
_REPEATED = re.compile(r"\b(\w+)\s+\1\b", re.IGNORECASE)
_RANGE = re.compile(r"\b\d+ \d+\b")
_NO_SPACE = re.compile(r"[a-z]\.[A-Z]")


@dataclass
class Draft:
    """One generated draft: its data and the defects it carries."""

    name: str
    data: dict[str, Any]
    defects: list[str]


def grade_phrase(subject: str, grade: str, topic: str) -> str:
    """A first sentence stating `grade`, as published reports word it."""
    if grade == "Requires improvement":
        return f"{subject} requires improvement at {topic}."
    return f"{subject} is {grade.lower()} at {topic}."


def _filler(
    rng: random.Random, org: str, words: int, year: int, subject: str = "", kind: str = "synthetic"
) -> list[str]:
    """Neutral sentences of about `words` words, grouped in paragraphs (for the `real` and
    `full` kinds, paragraphs of published text about `subject`)."""
    if kind != "synthetic":
        return _real_filler(rng, org, words, subject)
    paragraphs: list[str] = []
    deck: list[str] = []
    total = 0
    while total < words:
        if len(deck) < 4:
            deck = rng.sample(DETAILS, len(DETAILS))
        sentences = [rng.choice(OPENERS)] + [deck.pop() for _ in range(rng.randint(2, 4))]
        text = " ".join(
            s.format(
                org=org,
                adj=rng.choice(ADJ),
                aim=rng.choice(AIMS),
                month=rng.choice(MONTHS),
                year=year - rng.randint(0, 2),
                period=rng.choice(PERIODS),
                count=f"{rng.randint(12, 4800):,}",
                things=rng.choice(THINGS),
                subject_area=rng.choice(SUBJECT_AREAS),
            )
            for s in sentences
        )
        if _REPEATED.search(text) or _RANGE.search(text) or _NO_SPACE.search(text):
            continue  # keep clean text clean
        paragraphs.append(text)
        total += len(text.split())
    return paragraphs


@cache
def real_paragraphs() -> tuple[str, ...]:
    """The paragraphs of published prose in the reference text and the pages: at least 25
    words, ending with a full stop, naming no place but the inspected organisation, and
    clean of the defects the generator plants (so planted ones stay the only ones)."""
    found: list[str] = []
    for folder in REAL_TEXT:
        for path in sorted(folder.glob("*.txt")):
            for block in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")):
                text = " ".join(block.split())
                if len(text.split()) < 25 or not text.endswith("."):
                    continue
                text = _REAL_NAMES.sub("{subject}", text)
                if _OTHER_PLACES.search(text) or re.search(
                    r"[\[\]{}]", text.replace("{subject}", "")
                ):
                    continue
                if _REPEATED.search(text) or _RANGE.search(text) or _NO_SPACE.search(text):
                    continue
                found.append(text)
    return tuple(dict.fromkeys(found))


def _real_filler(rng: random.Random, org: str, words: int, subject: str) -> list[str]:
    """Published paragraphs, drawn without repeats where possible, about `words` words."""
    pool = real_paragraphs()
    paragraphs: list[str] = []
    total = 0
    deck: list[str] = []
    while total < words:
        if not deck:
            deck = rng.sample(pool, len(pool))
        text = deck.pop().replace("{subject}", subject)
        if org != "force":
            text = re.sub(r"\bforce\b", org, text)
        paragraphs.append(text)
        total += len(text.split())
    return paragraphs


def _grades(rng: random.Random, scale: list[str], count: int) -> list[str]:
    weights = [GRADE_WEIGHTS[g] for g in scale]
    return rng.choices(scale, weights, k=count)


def overall_of(grades: Sequence[str], scale: list[str]) -> str | None:
    """A consistent overall grade for `grades`, or None when none satisfies every rule.

    The grade lies in the questions' range, follows a strict majority, is Outstanding only
    with no question below Good, and is at most Requires improvement with an Inadequate one.
    """
    graded = [g for g in grades if g in scale]
    if not graded:
        return None
    ranks = sorted(scale.index(g) for g in graded)
    majority = [g for g in set(graded) if graded.count(g) * 2 > len(graded)]
    choice = majority[0] if majority else scale[ranks[len(ranks) // 2]]
    rank = scale.index(choice)
    if choice == "Outstanding" and ranks[-1] > 1:
        return None
    if "Inadequate" in graded and rank < scale.index("Requires improvement"):
        return None
    return choice


def _afis(rng: random.Random, org: str, count: int) -> list[str]:
    return [f"The {org} should {a}." for a in rng.sample(AFI_ACTIONS, count)]


def _question(
    rng: random.Random,
    number: int | str,
    title: str,
    topic: str,
    grade: str,
    subject: str,
    org: str,
    words: int,
    year: int,
    pillar: str | None,
    five_point: bool,
    kind: str = "synthetic",
) -> dict[str, Any]:
    paragraphs = _filler(rng, org, words, year, subject, kind)
    if grade != "Ungraded":
        paragraphs[0] = f"{grade_phrase(subject, grade, topic)} {paragraphs[0]}"
    question: dict[str, Any] = {"number": number}
    if pillar:
        question["pillar"] = pillar
    question.update({"title": title, "grade": grade, "narrative": "\n\n".join(paragraphs)})
    if grade in ("Requires improvement", "Adequate") or (grade == "Good" and rng.random() < 0.3):
        question["areas_for_improvement"] = _afis(rng, org, rng.randint(1, 3))
    if grade == "Inadequate" or (
        five_point and grade == "Requires improvement" and rng.random() < 0.2
    ):
        question["causes_of_concern"] = [
            {
                "text": rng.choice(CONCERNS).format(org=org),
                "recommendations": [r.format(org=org) for r in RECOMMENDATIONS],
            }
        ]
    return question


def _questions_for(
    rng: random.Random, programme: str, cycle: str, kind: str, *, nine: bool = False
) -> list[tuple[int | str, str, str, str | None, bool]]:
    """(number, title, topic, pillar, graded) of each question of the draft's framework."""
    if programme == "FRS":
        return [
            (number, title, title[0].lower() + title[1:], pillar, True)
            for pillar, questions in FRS_QUESTIONS.items()
            for number, title in questions
        ]
    if kind == "pillar":
        return [
            (i + 1, title, topic, None, i < 4)
            for i, (title, topic) in enumerate(PEEL_2018["Effectiveness"])
        ]
    if kind == "integrated":
        return [
            (i + 1, title, topic, pillar, bool(topic))
            for pillar, questions in PEEL_2018.items()
            for i, (title, topic) in enumerate(questions)
        ]
    topics = list(PEEL_CORE)
    if cycle == "2025-27":
        topics.insert(0, topics.pop())
    count = 9 if nine else rng.randint(5, 10)
    chosen = [topics[0], *rng.sample(topics[1:], count - 1)]
    return [
        (i + 1, f"How good is the force at {topic}?", topic, None, True)
        for i, topic in enumerate(chosen)
    ]


def make_draft(seed: int, index: int, size_kind: str = "synthetic") -> Draft:
    """Draft number `index` of the run seeded with `seed` (same inputs, same draft);
    `size_kind` is one of KINDS."""
    rng = random.Random(
        f"{seed}:{index}" if size_kind == "synthetic" else f"{seed}:{size_kind}:{index}"
    )
    programme, cycle, kind, _ = rng.choices(CYCLES, [c[3] for c in CYCLES])[0]
    if size_kind == "full":
        programme, cycle, kind = "PEEL", "2023-25", "core"
    frs = programme == "FRS"
    subject = rng.choice(SERVICES if frs else FORCES)
    org = "service" if frs else "force"
    five_point = cycle in ("2021/22", "2023-25", "2025-27") and not (frs and cycle == "2021/22")
    scale = FIVE_POINT if five_point else FOUR_POINT
    shape = _questions_for(rng, programme, cycle, kind, nine=size_kind == "full")
    words = {
        "synthetic": max(80, 900 // len(shape)),
        "real": max(120, 1300 // len(shape)),
        "full": rng.randint(12_000, 17_000) // len(shape),
    }[size_kind]
    text_kind = size_kind
    by_pillar: dict[str | None, list[int]] = {}
    for i, (_, _, _, pillar, _) in enumerate(shape):
        by_pillar.setdefault(pillar if kind == "integrated" else None, []).append(i)
    while True:  # draw grades until a consistent overall (or pillar) grade exists
        grades = [
            g if graded else "Ungraded"
            for g, (*_, graded) in zip(_grades(rng, scale, len(shape)), shape, strict=True)
        ]
        overall = {p: overall_of([grades[i] for i in idx], scale) for p, idx in by_pillar.items()}
        if five_point or all(overall.values()):
            break
    inspection: dict[str, Any] = {"programme": programme, "cycle": cycle, "subject": subject}
    if kind == "pillar":
        inspection["pillar"] = "Effectiveness"
    year = PUBLISHED_YEAR[cycle]
    if rng.random() < 0.5:
        inspection["published"] = f"{year}-{rng.randint(1, 9):02d}-{rng.randint(1, 28):02d}"
        inspection["status"] = "final"
    else:
        inspection["status"] = "draft"
    if subject in WELSH:
        inspection["welsh_version"] = True
    data: dict[str, Any] = {"peelcheck": 1, "inspection": inspection}
    summary_words = {"synthetic": 120, "real": 150, "full": 600}[size_kind]
    if kind == "pillar":
        grade = overall[None]
        assert grade is not None
        paragraphs = _filler(rng, org, summary_words, year, subject, text_kind)
        paragraphs[0] = (
            f"{grade_phrase(subject, grade, PEEL_PILLAR_TOPICS['Effectiveness'])} {paragraphs[0]}"
        )
        data["overall"] = {
            "title": "How effective is the force at keeping people safe and reducing crime?",
            "grade": grade,
            "summary": "\n\n".join(paragraphs),
        }
    elif kind == "integrated":
        topics = FRS_PILLAR_TOPICS if frs else PEEL_PILLAR_TOPICS
        pillars = []
        for name, topic in topics.items():
            grade = overall[name]
            assert grade is not None
            paragraphs = _filler(rng, org, summary_words // 3, year, subject, text_kind)
            paragraphs[0] = f"{grade_phrase(subject, grade, topic)} {paragraphs[0]}"
            pillars.append({"name": name, "grade": grade, "summary": "\n\n".join(paragraphs)})
        data["pillars"] = pillars
    else:
        data["overall"] = {
            "summary": "\n\n".join(_filler(rng, org, summary_words, year, subject, text_kind))
        }
    data["questions"] = [
        _question(
            rng,
            number,
            title,
            topic,
            grade,
            subject,
            org,
            words,
            year,
            pillar if kind == "integrated" or frs else None,
            five_point,
            text_kind,
        )
        for (number, title, topic, pillar, _), grade in zip(shape, grades, strict=True)
    ]
    name = f"d{index:05d}"
    defects = [d for d in DEFECTS if rng.random() < DEFECT_RATE]
    applied = [d for d in defects if _inject(rng, d, data, subject, org, scale)]
    return Draft(name, data, applied)


def _graded(data: dict[str, Any], scale: list[str]) -> list[dict[str, Any]]:
    return [q for q in data["questions"] if q["grade"] in scale]


def _inject(
    rng: random.Random,
    defect: str,
    data: dict[str, Any],
    subject: str,
    org: str,
    scale: list[str],
) -> bool:
    """Put one defect into `data`; False when this draft cannot carry it."""
    questions = data["questions"]
    graded = _graded(data, scale)
    if not graded:
        return False
    question = rng.choice(graded)
    if defect == "grade-spelling":
        question["grade"] = rng.choice(MISSPELT[question["grade"]])
    elif defect == "ri-without-areas":
        candidates = [q for q in graded if q["grade"] == "Requires improvement"]
        if not candidates:
            return False
        target = rng.choice(candidates)
        target.pop("areas_for_improvement", None)
        target.pop("causes_of_concern", None)
    elif defect == "overall-out-of-range":
        holders = [(data["overall"], questions)] if "grade" in data.get("overall", {}) else []
        holders += [
            (p, [q for q in questions if q.get("pillar") == p["name"]])
            for p in data.get("pillars", [])
        ]
        choices = []
        for holder, covered in holders:
            ranks = [scale.index(q["grade"]) for q in covered if q["grade"] in scale]
            outside = [
                g for i, g in enumerate(scale) if ranks and not min(ranks) <= i <= max(ranks)
            ]
            choices += [(holder, g) for g in outside]
        if not choices:
            return False
        holder, grade = rng.choice(choices)
        holder["grade"] = grade
    elif defect == "narrative-without-grade":
        _, _, rest = question["narrative"].partition(". ")
        question["narrative"] = (
            f"{subject} is in the early stages of developing its approach to this area. {rest}"
        )
    elif defect == "space-after-full-stop":
        _edit_sentence_break(rng, question, "")
    elif defect == "repeated-word":
        text = question["narrative"]
        at = text.find(" the ", len(text) // 3)
        if at < 0:
            return False
        question["narrative"] = text[:at] + " the the " + text[at + 5 :]
    elif defect == "number-range":
        _append(question, f"The {org} plans to start with an initial cohort of 20 30 offenders.")
    elif defect == "formally-known-as":
        _append(
            question,
            f"The {org} uses other additional orders (formally known as ancillary orders) "
            "where appropriate.",
        )
    elif defect == "template-placeholder":
        if rng.random() < 0.25:  # an unfilled heading of the template
            question["title"] = "[question title]"
        else:
            placeholder = rng.choice(PLACEHOLDERS)
            _append(question, f"{placeholder} has plans in place to review this area of work.")
    elif defect == "other-force":
        if data["inspection"]["programme"] != "PEEL":
            return False
        other = rng.choice([f for f in FORCES if f != subject])
        question["narrative"] = question["narrative"].replace(subject, other, 1)
    return True


def _append(question: dict[str, Any], sentence: str) -> None:
    paragraphs = question["narrative"].split("\n\n")
    paragraphs[-1] = f"{paragraphs[-1]} {sentence}"
    question["narrative"] = "\n\n".join(paragraphs)


def _edit_sentence_break(rng: random.Random, question: dict[str, Any], glue: str) -> None:
    text = question["narrative"]
    breaks = [m.start() for m in re.finditer(r"[a-z]\. [A-Z]", text)]
    if breaks:
        at = rng.choice(breaks[1:] or breaks) + 2
        question["narrative"] = text[:at] + glue + text[at + 1 :]


# ---- output -----------------------------------------------------------------------------

_PLAIN = re.compile(r"[A-Za-z][A-Za-z0-9 ,.'’()?/-]*[A-Za-z0-9?).’]\Z")
_RESERVED = {"true", "false", "null", "yes", "no", "on", "off", "y", "n", "~"}


def _scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    text = str(value)
    if _PLAIN.match(text) and text.lower() not in _RESERVED and " #" not in text:
        return text
    return json.dumps(text, ensure_ascii=False)


def to_yaml(data: Any, indent: int = 0) -> str:
    """Block-style YAML as people write drafts: narratives as literal blocks (`|-`)."""
    lines: list[str] = []
    _emit(data, indent, lines)
    return "\n".join(lines) + "\n"


def _emit(data: Any, indent: int, lines: list[str], first_prefix: str | None = None) -> None:
    pad = " " * indent
    if isinstance(data, dict):
        for i, (key, value) in enumerate(data.items()):
            prefix = first_prefix if (i == 0 and first_prefix is not None) else pad
            _emit_entry(f"{prefix}{key}:", value, indent, lines)
    elif isinstance(data, list):
        for item in data:
            if isinstance(item, dict):
                _emit(item, indent + 2, lines, first_prefix=f"{pad}- ")
            else:
                _emit_entry(f"{pad}-", item, indent, lines)


def _emit_entry(head: str, value: Any, indent: int, lines: list[str]) -> None:
    if isinstance(value, dict):
        lines.append(head)
        _emit(value, indent + 2, lines)
    elif isinstance(value, list):
        if not value:
            lines.append(f"{head} []")
        else:
            lines.append(head)
            _emit(value, indent, lines)
    elif isinstance(value, str) and "\n" in value:
        lines.append(f"{head} |-")
        pad = " " * (indent + 2)
        lines.extend(f"{pad}{line}" if line else "" for line in value.split("\n"))
    else:
        lines.append(f"{head} {_scalar(value)}")


def write_pool(out: Path, seed: int, count: int, kind: str = "synthetic") -> list[Draft]:
    """Write `count` drafts of `kind` (YAML and JSON) into out/pool and return them."""
    yaml_dir, json_dir = out / "pool" / "yaml", out / "pool" / "json"
    for folder in (yaml_dir, json_dir):
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
    drafts = []
    for index in range(count):
        draft = make_draft(seed, index, kind)
        (yaml_dir / f"{draft.name}.yaml").write_text(to_yaml(draft.data), encoding="utf-8")
        (json_dir / f"{draft.name}.json").write_text(
            json.dumps(draft.data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        drafts.append(Draft(draft.name, {}, draft.defects))
    return drafts


def draft_set(out: Path, fmt: str, size: int) -> Path:
    """The folder holding the first `size` drafts in `fmt` (yaml or json), made on demand."""
    folder = out / "sets" / f"{fmt}-{size}"
    marker = folder / ".complete"
    if marker.exists():
        return folder
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    pool = out / "pool" / fmt
    for index in range(size):
        name = f"d{index:05d}.{fmt}"
        try:
            os.link(pool / name, folder / name)
        except OSError:
            shutil.copyfile(pool / name, folder / name)
    marker.touch()
    return folder


def ensure(out: Path, seed: int, count: int, kind: str = "synthetic") -> dict[str, Any]:
    """Make sure `out` holds at least `count` drafts of `seed` and `kind`; return the
    manifest."""
    manifest_path = out / "manifest.json"
    if manifest_path.exists():
        manifest: dict[str, Any] = json.loads(manifest_path.read_text(encoding="utf-8"))
        if (
            manifest.get("version") == GENERATOR_VERSION
            and manifest.get("seed") == seed
            and manifest.get("kind", "synthetic") == kind
            and manifest.get("count", 0) >= count
        ):
            return manifest
    if (out / "sets").exists():
        shutil.rmtree(out / "sets")
    out.mkdir(parents=True, exist_ok=True)
    drafts = write_pool(out, seed, count, kind)
    manifest = {
        "version": GENERATOR_VERSION,
        "seed": seed,
        "kind": kind,
        "count": count,
        "drafts": {d.name: d.defects for d in drafts},
    }
    manifest_path.write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    return manifest


def out_folder(out: Path, kind: str) -> Path:
    """Where drafts of `kind` go under the benchmark's output folder `out`."""
    return out if kind == "synthetic" else out / kind


def defect_counts(manifest: dict[str, Any], size: int) -> dict[str, int]:
    """How many of the first `size` drafts carry each kind of defect."""
    counts = dict.fromkeys(DEFECTS, 0)
    for index in range(size):
        for defect in manifest["drafts"].get(f"d{index:05d}", []):
            counts[defect] += 1
    return counts


def main(argv: Iterable[str] | None = None) -> int:
    """Command line: generate drafts into a folder."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=1000, help="drafts to generate")
    parser.add_argument("--seed", type=int, default=8, help="same seed, same drafts")
    parser.add_argument("--out", type=Path, default=None, help="output folder")
    parser.add_argument("--kind", choices=KINDS, default="synthetic", help="which drafts")
    args = parser.parse_args(list(argv) if argv is not None else None)
    args.out = args.out or out_folder(DEFAULT_OUT, args.kind)
    manifest = ensure(args.out, args.seed, args.count, args.kind)
    sizes = [p.stat().st_size for p in sorted((args.out / "pool" / "yaml").glob("*.yaml"))]
    counts = defect_counts(manifest, args.count)
    print(
        f"{args.count} drafts in {args.out}/pool (seed {args.seed}); "
        f"YAML {sum(sizes) / len(sizes) / 1024:.1f} KB on average"
    )
    with_defects = sum(1 for d in list(manifest["drafts"].values())[: args.count] if d)
    print(
        f"{with_defects} drafts carry defects: " + ", ".join(f"{k} {v}" for k, v in counts.items())
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
