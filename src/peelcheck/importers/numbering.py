"""Question numbers for copies that print none, and FRS numbers as the framework writes them.

A page's own number line wins. A question without one takes the number of its title in the
frameworks file (verified titles only), else the next number after the question before it:
the pages print questions in the framework's order, and a copy holds them from the first.
Fire and rescue pages number questions 1, 2, ... within each pillar; the framework numbers
them 1.1, 2.1, 3.1 (pillar, question), so a page's 2 under Efficiency is 2.2.
"""

from __future__ import annotations

from collections.abc import Sequence

from peelcheck.importers.assemble import Question
from peelcheck.importers.facts import ImportFacts, comparable


def number_questions(
    questions: Sequence[Question],
    facts: ImportFacts,
    programme: str,
    cycle: str,
    pillar: str | None,
) -> None:
    """Give every question a number (in place)."""
    titles = facts.question_titles(programme, cycle, pillar) if pillar else {}
    areas = facts.area_titles(programme, cycle)
    pillars = facts.pillars(programme, cycle)
    prefix = pillars.index(pillar) + 1 if programme == "FRS" and pillar in pillars else None
    last = 0
    for question in questions:
        if question.number is None:
            key = comparable(question.title[0]) if question.title else ""
            known = titles.get(key)
            area = areas.get(key)  # only FRS areas have framework numbers ("1.1")
            if isinstance(known, int):
                question.number = known
            elif isinstance(area, str) and "." in area:
                question.number = area
            else:
                question.number = last + 1
        if isinstance(question.number, int):
            last = question.number
            if prefix is not None:
                question.number = f"{prefix}.{question.number}"
        elif isinstance(question.number, str) and question.number.split(".")[-1].isdigit():
            last = int(question.number.split(".")[-1])
