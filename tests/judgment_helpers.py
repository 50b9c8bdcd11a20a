"""Helpers the judgment grammar's tests share: a sentence's unqualified grades, the grammar
data with one word taken out, and previous-grade-statement's findings on a one-pillar draft."""

from __future__ import annotations

import copy
import json
from typing import Any

from peelcheck.draft.read import load_text
from peelcheck.packs.load import builtin_pack_names, load_ruleset
from peelcheck.prose.judgments import Grammar, grammar
from peelcheck.run.pipeline import check_loaded
from peelcheck.run.settings import RunSettings

FRS_2021 = ("FRS", "2021/22", "Avon Fire and Rescue Service", "Effectiveness")


def unqualified_grades(reader: Grammar, text: str, subject: str = "Avon Fire Brigade") -> list[str]:
    """The grades of the unqualified judgments of `subject` read in the sentence `text`."""
    return [j.grade for j in reader.read(text, 0, len(text), subject) if not j.qualified]


def grades_read(
    reader: Grammar, text: str, subject: str = "Avon Fire Brigade"
) -> list[tuple[str, bool]]:
    """Every judgment of `subject` read in `text`: its grade and whether it is qualified."""
    return [(j.grade, j.qualified) for j in reader.read(text, 0, len(text), subject)]


def all_qualified(reader: Grammar, text: str, subject: str = "Avon Fire Brigade") -> bool:
    """Whether `text` holds judgments of `subject` and every one of them is qualified."""
    read = grades_read(reader, text, subject)
    return bool(read) and all(qualified for _, qualified in read)


def without(data: dict[str, Any], path: tuple[str, ...], word: str) -> dict[str, Any]:
    """The grammar data with `word` taken out of the list at `path`."""
    changed = copy.deepcopy(data)
    part = changed
    for key in path[:-1]:
        part = part[key]
    assert word in part[path[-1]]
    part[path[-1]] = [w for w in part[path[-1]] if w != word]
    return changed


def grades_with_and_without(
    reader: Grammar, data: dict[str, Any], path: tuple[str, ...], word: str, text: str
) -> tuple[list[str], list[str]]:
    """The unqualified grades `reader` reads in `text`, and those it reads with `word` taken
    out of the grammar data's list at `path`: a data word's test that can fail."""
    return unqualified_grades(reader, text), unqualified_grades(
        grammar(without(data, path, word)), text
    )


def year_on_year(
    summary: str, grade: str, previous: str, report: tuple[str, str, str, str] = FRS_2021
) -> list[str]:
    """previous-grade-statement's messages for a one-pillar draft (`report`: programme,
    cycle, subject, pillar) whose overall summary is `summary`."""
    programme, cycle, subject, pillar = report
    draft = {
        "peelcheck": 1,
        "inspection": {
            "programme": programme,
            "cycle": cycle,
            "subject": subject,
            "pillar": pillar,
        },
        "overall": {"grade": grade, "previous_grade": previous, "summary": summary},
    }
    ruleset = load_ruleset(builtin_pack_names(), select=["previous-grade-statement"])
    result = check_loaded(
        load_text(json.dumps(draft), "d.json", json=True), ruleset, RunSettings(packs=())
    )
    return [f.message for f in result.findings if f.rule == "previous-grade-statement"]


def one_year_on_year_message(summary: str, grade: str, previous: str) -> str:
    """previous-grade-statement's one message for a one-pillar fire draft (`year_on_year`)."""
    messages = year_on_year(summary, grade, previous)
    assert len(messages) == 1, messages
    return messages[0]


def contradictions(
    text: str,
    programme: str,
    cycle: str,
    grade: str,
    rules: tuple[str, ...] = ("narrative-contradicts-grade", "summary-contradicts-question"),
) -> list[str]:
    """The `rules`' messages (by default the two that report a contradiction) for a
    one-question draft of `cycle` graded `grade`, its narrative and summary `text`."""
    draft = {
        "peelcheck": 1,
        "inspection": {"programme": programme, "cycle": cycle, "subject": "Avon Fire Brigade"},
        "overall": {"summary": text},
        "questions": [{"number": 1, "title": "Protection", "grade": grade, "narrative": text}],
    }
    ruleset = load_ruleset(builtin_pack_names(), select=list(rules))
    result = check_loaded(
        load_text(json.dumps(draft), "d.json", json=True), ruleset, RunSettings(packs=())
    )
    return [f"{f.rule}: {f.message}" for f in result.findings if f.rule in rules]
