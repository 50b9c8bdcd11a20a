"""The cases the judgment scorer (`tests.judgments`) runs: each labelled sentence wrapped in a
one-question draft, a one-pillar summary or a draft with last year's grade, under the grades
it states and others, with the finding expected of each rule."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from peelcheck.packs.load import builtin_pack_names, load_ruleset
from peelcheck.packs.ruleset import RuleSet

GRADES = {
    "outstanding": "Outstanding",
    "good": "Good",
    "adequate": "Adequate",
    "requires improvement": "Requires improvement",
    "inadequate": "Inadequate",
}


@dataclass
class Case:
    """One draft built from one sentence, with the finding expected of one rule."""

    rule: str
    sentence: dict[str, Any]
    draft: dict[str, Any]
    expect: bool  # a finding (for the states rules: recognition) is the positive
    positive_if: str | None = None  # the message must hold this to count as the positive
    states: bool = False  # a "states" rule: no finding is the positive


@lru_cache(maxsize=1)
def ruleset() -> RuleSet:
    """The built-in rules."""
    return load_ruleset(builtin_pack_names())


def _scale(programme: str, cycle: str) -> list[str]:
    data = ruleset().pack_data
    return list(data.scales[data.programmes[programme][cycle].scale].grades)


def _inspection(item: dict[str, Any], cycle: str) -> dict[str, Any]:
    report = item["report"]
    inspection = {"programme": report["programme"], "cycle": cycle, "subject": report["subject"]}
    if report["programme"] == "PEEL" and cycle in ("2014", "2015", "2016", "2017"):
        inspection["pillar"] = "Effectiveness"
    return inspection


def _other_grade(label: dict[str, Any], scale: list[str]) -> str:
    """A grade the sentence does not state."""
    said = {GRADES.get(str(label.get(k))) for k in ("grade", "second_grade")}
    choice = "Good" if label["grade"] in ("requires improvement", "inadequate") else None
    choice = choice or "Requires improvement"
    return choice if choice not in said else next(g for g in scale if g not in said)


def _narrative_draft(item: dict[str, Any], grade: str, title: str = "T") -> dict[str, Any]:
    cycle = item["report"]["cycle"]
    cycle = "2015" if cycle == "2014" else cycle  # 2014 question texts are not read
    return {
        "peelcheck": 1,
        "inspection": _inspection(item, cycle),
        "questions": [{"number": 1, "title": title, "grade": grade, "narrative": item["text"]}],
    }


def _summary_draft(item: dict[str, Any], grade: str, previous: str | None) -> dict[str, Any]:
    """A PEEL 2017 single-pillar summary (a cycle that grades its pillar)."""
    overall: dict[str, Any] = {"grade": grade, "summary": item["text"]}
    if previous:
        overall["previous_grade"] = previous
    inspection = {**_inspection(item, "2017"), "programme": "PEEL"}
    return {"peelcheck": 1, "inspection": inspection, "overall": overall}


# The cycle of a topic case's draft, by programme and whether the sentence's own scale has
# Adequate: a sentence keeps its own scale, where a bound below good ("falls short of what
# we expect of a good force") is Requires improvement only without Adequate (round 39)
_TOPIC_CYCLES = {("PEEL", True): "2023-25", ("FRS", True): "2023-25"}
_TOPIC_CYCLES |= {("PEEL", False): "2018/19", ("FRS", False): "2021/22"}


def _topic_cycle(item: dict[str, Any]) -> str:
    """The cycle of a topic case's draft: 2023-25, or a cycle of the four-grade scale for a
    sentence of one."""
    programme, cycle = item["report"]["programme"], item["report"]["cycle"]
    own = _scale(programme, "2015" if cycle == "2014" else cycle)
    return _TOPIC_CYCLES[(programme, "Adequate" in own)]


def _topic_draft(item: dict[str, Any], topic: str, grade: str) -> dict[str, Any]:
    """A summary over one question titled with the topic (short titles are read)."""
    programme = item["report"]["programme"]
    inspection = {
        "programme": programme,
        "cycle": _topic_cycle(item),
        "subject": item["report"]["subject"],
    }
    title = topic[:1].upper() + topic[1:]
    return {
        "peelcheck": 1,
        "inspection": inspection,
        "overall": {"summary": item["text"]},
        "questions": [{"number": 1, "title": title, "grade": grade}],
    }


def cases(items: Iterable[dict[str, Any]]) -> Iterator[Case]:
    """The cases of every rule for `items`."""
    for item in items:
        yield from _narrative_cases(item)
        yield from _summary_cases(item)
        yield from _year_cases(item)
        yield from _topic_cases(item)


def _narrative_cases(item: dict[str, Any]) -> Iterator[Case]:
    label = item["label"]
    cycle = item["report"]["cycle"]
    scale = _scale(item["report"]["programme"], "2015" if cycle == "2014" else cycle)
    own = GRADES.get(str(label["grade"]))
    contradicts, states = "narrative-contradicts-grade", "narrative-states-grade"
    if label["judges"] == "subject" and own in scale:
        assert own is not None
        other = _other_grade(label, scale)
        yield Case(contradicts, item, _narrative_draft(item, own), False)
        yield Case(
            contradicts,
            item,
            _narrative_draft(item, other),
            not label["qualified"],
            f"({own})" if not label["qualified"] else None,
        )
        yield Case(states, item, _narrative_draft(item, own), True, states=True)
        yield Case(states, item, _narrative_draft(item, other), False, states=True)
    elif label["judges"] != "subject":
        for grade in scale:
            yield Case(contradicts, item, _narrative_draft(item, grade), False)
            yield Case(states, item, _narrative_draft(item, grade), False, states=True)


def _summary_cases(item: dict[str, Any]) -> Iterator[Case]:
    label = item["label"]
    scale = _scale("PEEL", "2017")
    own = GRADES.get(str(label["grade"]))
    rule = "summary-states-overall-grade"
    if label["judges"] == "subject" and own in scale:
        assert own is not None
        yield Case(rule, item, _summary_draft(item, own, None), True, states=True)
        other = _other_grade(label, scale)
        yield Case(rule, item, _summary_draft(item, other, None), False, states=True)
    elif label["judges"] != "subject":
        for grade in scale:
            yield Case(rule, item, _summary_draft(item, grade, None), False, states=True)


def _year_cases(item: dict[str, Any]) -> Iterator[Case]:
    label = item["label"]
    change = label.get("change")
    rule = "previous-grade-statement"
    scale = _scale("PEEL", "2017")
    previous = GRADES.get(str(label.get("previous_grade")))
    now = GRADES.get(str(label.get("grade")))
    if any(g is not None and g not in scale for g in (previous, now)) and change is not None:
        # a change to or from "adequate": no cycle that grades a pillar (the rule's drafts)
        # has that grade, so no draft can hold the sentence (as summary-states-overall-grade
        # skips a grade off its scale; round 23)
        return
    if change in ("same", "up", "down", "different"):
        agree, disagree = _year_pairs(change, previous, now, scale)
        yield Case(rule, item, _summary_draft(item, *agree), False)
        yield Case(rule, item, _summary_draft(item, *disagree), True)
    elif change is None:
        # an earlier grade stated with no change ("In 2016 we judged it good"): the drafts
        # keep that earlier grade, since a draft whose previous_grade differs from it holds a
        # contradiction the rule may rightly report (round 79)
        earlier = previous if previous in scale else None
        pairs = (
            (("Good", earlier), ("Requires improvement", earlier), ("Inadequate", earlier))
            if earlier
            else (("Good", "Good"), ("Good", "Requires improvement"), ("Inadequate", "Good"))
        )
        for pair in pairs:
            yield Case(rule, item, _summary_draft(item, *pair), False)


def _year_pairs(
    change: str, previous: str | None, now: str | None, scale: list[str]
) -> tuple[tuple[str, str], tuple[str, str]]:
    """(grade, previous_grade) that agree with the change, and a pair that does not."""
    before = previous if previous in scale else None
    if change in ("same",):
        base = before or (now if now in scale else "Good")
        other = "Requires improvement" if base != "Requires improvement" else "Good"
        return (base, base), (other, base)
    if change in ("up", "different"):
        low = before or "Requires improvement"
        high = scale[scale.index(low) - 1] if scale.index(low) > 0 else low
        if change == "different":
            return (high, low), (low, low)
        if now is None:
            return (high, low), (low, low)
        # this year's grade is stated: only it agrees ("from inadequate to good" is no
        # agreement with requires improvement); since round 5
        # (with no earlier grade given too: "is now outstanding, an improvement of two
        # grades" does not agree with good; round 14)
        stated = now in scale and scale.index(now) < scale.index(low)
        agree = (now, low) if stated else (high, low)
        return agree, (scale[-1], low)
    high = before or "Good"
    low = scale[scale.index(high) + 1] if scale.index(high) + 1 < len(scale) else high
    if now in scale and before and scale.index(now) > scale.index(high):
        return (now, high), (high, high)  # likewise for a fall to a stated grade
    return (low, high), (high, high)


def _topic_cases(item: dict[str, Any]) -> Iterator[Case]:
    label = item["label"]
    rule = "summary-contradicts-question"
    scale = _scale(item["report"]["programme"], _topic_cycle(item))
    own = GRADES.get(str(label["grade"]))
    topic = label.get("topic")
    if topic and (len(topic.split()) > 6 or "?" in topic):
        return  # only a short heading can be a question's title (`titles: true`)
    if label["judges"] == "subject" and topic and own in scale:
        assert own is not None
        other = _other_grade(label, scale)
        yield Case(rule, item, _topic_draft(item, topic, own), False)
        # a topic of a sentence that grades two parts has its own grade: still expected
        expected = not label["qualified"] or bool(label.get("second_grade"))
        yield Case(
            rule, item, _topic_draft(item, topic, other), expected, f"({own})" if expected else None
        )
    elif label["judges"] != "subject" and topic:
        for grade in scale:
            yield Case(rule, item, _topic_draft(item, topic, grade), False)
