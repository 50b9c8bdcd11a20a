"""No schema-valid draft, however odd, makes a rule crash (a crash would be exit 2).

Drafts are generated with hypothesis from the format's own vocabulary plus junk, written as
YAML, and checked with every built-in rule through the same path the CLI uses.
"""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peelcheck.draft.read import load_text
from peelcheck.packs.load import builtin_pack_names, load_ruleset
from peelcheck.run.pipeline import check_loaded
from peelcheck.run.settings import RunSettings

RULESET = load_ruleset(builtin_pack_names())
SETTINGS = RunSettings(packs=())

CYCLES = ["2014", "2015", "2016", "2017", "2018/19", "2021/22", "2023-25", "2025-27"]
GRADES = ["Outstanding", "Good", "Adequate", "Requires improvement", "Inadequate", "Ungraded"]
PILLARS = ["Effectiveness", "Efficiency", "Legitimacy", "People", "Leadership"]
SUBJECTS = ["Gwent Police", "Kent Police", "Royal Berkshire Fire and Rescue Service", "Force x", ""]
WORDS = [
    "Gwent Police",
    "the force",
    "It",
    "is good at",
    "requires improvement",
    "is judged to",
    "is outstanding",
    "is inadequate",
    "is adequate",
    "Our overall judgment is the same as last year",
    "has deteriorated since 2016",
    "serious and organised crime",
    "South Wales Police",
    "e.g.",
    "No. 5",
    "20 30",
    "the the",
    "formally known as",
    "However",
    "2.5",
    "TBC",
    "[force name]",
    ".",
    ". ",
    "\n\n",
    "  ",
    "’",
    "“",
    "http://x.org/a.b",
    "The force should",
    "The service should",
]

text = st.lists(st.sampled_from(WORDS) | st.text(max_size=12), max_size=25).map(" ".join)
grade = st.sampled_from(GRADES) | st.text(max_size=8)
number = st.integers(min_value=-2, max_value=12) | st.sampled_from(["1.1", "2.1", "3.4", "x", ""])


def question(pillars: bool) -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries(
        {"number": number, "title": text, "grade": grade},
        optional={
            "pillar": st.sampled_from(PILLARS) if pillars else st.nothing(),
            "carried_over_from": st.sampled_from(["2016", "2017", ""]),
            "narrative": text,
            "areas_for_improvement": st.lists(text, max_size=3),
            "causes_of_concern": st.lists(
                st.fixed_dictionaries(
                    {"text": text}, optional={"recommendations": st.lists(text, max_size=2)}
                ),
                max_size=2,
            ),
        },
    )


@st.composite
def drafts(draw: st.DrawFn) -> dict[str, Any]:
    integrated = draw(st.booleans())
    inspection = draw(
        st.fixed_dictionaries(
            {
                "programme": st.sampled_from(["PEEL", "FRS"]),
                "cycle": st.sampled_from(CYCLES),
                "subject": st.sampled_from(SUBJECTS),
            },
            optional={
                "pillar": st.sampled_from(PILLARS),
                "published": st.dates().map(str),
                "status": st.sampled_from(["draft", "final"]),
                "welsh_version": st.booleans(),
            },
        )
    )
    draft: dict[str, Any] = {"peelcheck": 1, "inspection": inspection}
    if draw(st.booleans()):
        draft["overall"] = draw(
            st.fixed_dictionaries(
                {},
                optional={"grade": grade, "previous_grade": grade, "summary": text, "title": text},
            )
        )
    if integrated:
        draft["pillars"] = draw(
            st.lists(
                st.fixed_dictionaries(
                    {"name": st.sampled_from(PILLARS)},
                    optional={"grade": grade, "previous_grade": grade, "summary": text},
                ),
                max_size=4,
            )
        )
    draft["questions"] = draw(st.lists(question(integrated), max_size=8))
    if draw(st.booleans()):
        draft["waivers"] = [{"rule": "overall-follows-majority", "reason": "x"}]
    return draft


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True
)
@given(drafts())
def test_no_rule_crashes_on_a_valid_draft(draft: dict[str, Any]) -> None:
    loaded = load_text(json.dumps(draft, ensure_ascii=False, indent=1), "fuzz.json", json=True)
    assert loaded.ok, loaded.findings
    result = check_loaded(loaded, RULESET, SETTINGS)  # raises EngineError on a crashing rule
    assert result.checked
    for finding in result.findings:
        assert finding.line >= 1 and finding.column >= 1
        assert finding.message.strip()
