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


def _topic_findings(
    programme: str, cycle: str, subject: str, title: str, summary: str
) -> list[str]:
    draft = {
        "peelcheck": 1,
        "inspection": {"programme": programme, "cycle": cycle, "subject": subject},
        "overall": {"summary": summary},
        "questions": [{"number": 1, "title": title, "grade": "Good"}],
    }
    ruleset = load_ruleset(builtin_pack_names(), select=["summary-contradicts-question"])
    loaded = load_text(json.dumps(draft), "draft.json", json=True)
    result = check_loaded(loaded, ruleset, RunSettings(packs=()))
    return [f.message for f in result.findings if f.rule == "summary-contradicts-question"]


def test_a_one_word_heading_names_its_topic() -> None:
    # round 12: a question titled with one word ("Prevention") is a short heading too
    frs = "Avon Fire and Rescue Service"
    [message] = _topic_findings("FRS", "2023-25", frs, "Prevention", "Prevention is inadequate.")
    assert "(Inadequate)" in message
    assert _topic_findings("FRS", "2023-25", frs, "Prevention?", "Prevention is inadequate.") == []


def test_a_topic_named_as_a_noun() -> None:
    # round 12: FRS 2018/19's protection question named by its noun
    draft = {
        "peelcheck": 1,
        "inspection": {
            "programme": "FRS",
            "cycle": "2018/19",
            "subject": "Avon Fire and Rescue Service",
            "pillar": "Effectiveness",
        },
        "overall": {"summary": "The service's approach to protection is inadequate."},
        "questions": [{"number": "1.3", "title": "Protecting the public", "grade": "Good"}],
    }
    ruleset = load_ruleset(builtin_pack_names(), select=["summary-contradicts-question"])
    result = check_loaded(
        load_text(json.dumps(draft), "draft.json", json=True), ruleset, RunSettings(packs=())
    )
    assert [f.message for f in result.findings if "(Inadequate)" in f.message]


def test_a_list_with_a_verbless_grade_pairs_no_topic() -> None:
    # round 12: "Answering calls" has its own grade, with no verb to read it by
    summary = "Answering calls good, attending incidents requires improvement."
    assert _topic_findings("PEEL", "2023-25", "Gwent Police", "Answering calls", summary) == []
    read = "Answering calls is good, attending incidents requires improvement."
    assert _topic_findings("PEEL", "2023-25", "Gwent Police", "Attending incidents", read)
