"""The acceptance case of issue 4: the published Gwent 2016 Effectiveness report.

A careful quality assurer finds exactly these defects in it (DOMAIN.md, "Real defects found in
published text"), and peelcheck must report them, each at the flagged words, and nothing else:
no false alarm on its consistent grades, its Ungraded question 5, its summary or its mention
of South Wales Police.
"""

from __future__ import annotations

import json

from tests.conftest import EXAMPLES, run

GWENT = EXAMPLES / "gwent-2016-effectiveness.yaml"

# (rule, line, column) -> the text that starts at that place in the example
EXPECTED = {
    ("missing-full-stop", 21, 91): "contact However",
    ("space-after-full-stop", 21, 154): "inconsistent.The",
    ("requires-improvement-has-areas", 65, 3): "number: 4",
    ("narrative-states-grade", 69, 5): "Gwent Police is in the early stages",
    ("confused-words", 75, 602): "formally known as",
    ("number-range-dash", 81, 245): "20 30",
}


def _findings() -> list[dict[str, object]]:
    result = run("check", "--format", "json", "--today", "2024-06-01", str(GWENT))
    assert result.code == 1  # requires-improvement-has-areas is an error
    findings: list[dict[str, object]] = json.loads(result.out)["findings"]
    return findings


def test_reports_exactly_the_known_defects() -> None:
    found = {(f["rule"], f["line"], f["column"]) for f in _findings()}
    assert found == set(EXPECTED)


def test_each_finding_points_at_the_flagged_words() -> None:
    lines = GWENT.read_text(encoding="utf-8").splitlines()
    for (_, line, column), words in EXPECTED.items():
        assert lines[line - 1][column - 1 :].startswith(words), (line, column, words)


def test_messages_quote_the_text_and_say_what_to_write() -> None:
    messages = {f["rule"]: f["message"] for f in _findings()}
    assert messages["space-after-full-stop"] == (
        "missing space after full stop in 'inconsistent.The'; write 'inconsistent. The'"
    )
    assert messages["missing-full-stop"] == (
        "missing full stop in 'contact However'; write 'contact. However'"
    )
    assert "write 'formerly known as'" in str(messages["confused-words"])
    assert "'20 30'" in str(messages["number-range-dash"])
    assert "e.g. 'Gwent Police requires improvement" in str(messages["narrative-states-grade"])
