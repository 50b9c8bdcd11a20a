"""Judgment findings carry the words read as the judgment (issue 16, output version 3)."""

from __future__ import annotations

import json

from peelcheck.draft.read import load_text
from peelcheck.formatters.json import finding_dict
from peelcheck.packs.explain import explain_rule
from peelcheck.packs.load import builtin_pack_names, load_ruleset
from peelcheck.run.pipeline import check_loaded
from peelcheck.run.settings import RunSettings

DRAFT = {
    "peelcheck": 1,
    "inspection": {"programme": "PEEL", "cycle": "2023-25", "subject": "Cumbria Constabulary"},
    "questions": [
        {
            "number": 1,
            "title": "Protecting vulnerable people",
            "grade": "Requires improvement",
            "narrative": "The constabulary requires improvement at protecting vulnerable "
            "people. However, its response to missing children is outstanding.",
        }
    ],
}


def test_a_contradiction_quotes_and_places_the_judgment_words() -> None:
    ruleset = load_ruleset(builtin_pack_names(), select=["narrative-contradicts-grade"])
    loaded = load_text(json.dumps(DRAFT), "draft.json", json=True)
    result = check_loaded(loaded, ruleset, RunSettings(packs=()))
    [finding] = [f for f in result.findings if f.rule == "narrative-contradicts-grade"]
    words = "its response to missing children is outstanding"
    assert f"'{words}'" in finding.message
    out = finding_dict(finding)["judgment"]
    narrative = DRAFT["questions"][0]["narrative"]  # type: ignore[index]
    assert out == {
        "start": narrative.index(words),
        "end": narrative.index(words) + len(words),
        "text": words,
    }


def test_explain_shows_what_the_judgment_rules_recognise() -> None:
    ruleset = load_ruleset(builtin_pack_names())
    for rule in ruleset.rules:
        page = explain_rule(rule)
        if rule.id in ("narrative-contradicts-grade", "summary-contradicts-question"):
            assert "What it recognises as a judgment:" in page
            assert '"the way {who}"' in page and '"told us"' in page
        elif rule.id == "grade-on-scale":
            assert "What it recognises" not in page
