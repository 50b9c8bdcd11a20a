"""Waivers in drafts: a waived finding is still reported, marked, and never fails the run;
reasonless, unused, expired and unknown-rule waivers each give their own finding."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from peelcheck.core.findings import Finding, Severity
from peelcheck.draft.model import Waiver
from peelcheck.results.waivers import matches
from tests.conftest import EXAMPLES, run

# Question 4 is graded Requires improvement with no areas for improvement (an error).
DRAFT = """\
peelcheck: 1
inspection: {programme: PEEL, cycle: "2016", subject: Gwent Police, pillar: Effectiveness}
questions:
  - number: 1
    title: How effective is the force at preventing crime?
    grade: Good
  - number: 4
    title: How effective is the force at tackling serious and organised crime?
    grade: Requires improvement
waivers:
"""

RI_WAIVER = """\
  - rule: requires-improvement-has-areas
    path: questions[1]
    reason: The areas for improvement are in the joint regional annex.
    approved_by: A. Inspector
    expires: 2030-12-31
"""

Write = Callable[..., Path]
# Only the two rules these tests use: new built-in rules must not change what they assert.
SELECT = ("--select", "requires-improvement-has-areas,grade-on-scale")


def check(write: Write, waivers: str, *args: str) -> tuple[int, dict[str, Any]]:
    """Check DRAFT with these waivers; return the exit code and the JSON output."""
    path = write(DRAFT + waivers)
    result = run("check", "--format", "json", "--today", "2025-06-01", *SELECT, *args, str(path))
    return result.code, json.loads(result.out)


def by_rule(document: dict[str, Any], rule: str) -> list[dict[str, Any]]:
    return [f for f in document["findings"] if f["rule"] == rule]


def test_a_waived_finding_is_reported_marked_and_passes_ci(write: Write) -> None:
    path = write(DRAFT + RI_WAIVER)
    result = run("check", "--today", "2025-06-01", *SELECT, str(path))
    assert result.code == 0, result.out
    assert (
        f"{path}:7:5: error requires-improvement-has-areas question 4 is graded Requires "
        "improvement but lists no areas for improvement or causes of concern; add them "
        "[waiver: The areas for improvement are in the joint regional annex.]"
    ) in result.out
    assert "(1 waived)" in result.out.splitlines()[-1]


def test_json_output_carries_the_waiver(write: Write) -> None:
    code, document = check(write, RI_WAIVER)
    assert code == 0
    (finding,) = document["findings"]
    assert finding["waived"] is True
    assert finding["waiver"] == {
        "kind": "waiver",
        "reason": "The areas for improvement are in the joint regional annex.",
        "approved_by": "A. Inspector",
        "expires": "2030-12-31",
    }
    assert document["summary"]["error"] == 0
    assert document["summary"]["waived"] == 1


def test_a_waiver_without_a_reason_is_an_error_at_the_waiver(write: Write) -> None:
    code, document = check(
        write, "  - rule: requires-improvement-has-areas\n    path: questions[1]\n"
    )
    assert code == 1
    (problem,) = by_rule(document, "schema")
    assert (problem["line"], problem["column"], problem["severity"]) == (11, 5, "error")
    assert problem["message"] == (
        "waiver 1 (of requires-improvement-has-areas) has no reason; say why the exception "
        "is justified in `reason` (the waiver is not applied)"
    )
    # the draft is still checked, and the finding the waiver meant to excuse still fails
    (finding,) = by_rule(document, "requires-improvement-has-areas")
    assert finding["waived"] is False
    assert document["files"][0]["checked"] is True


@pytest.mark.parametrize("reason", ['""', '"   "', "null"])
def test_an_empty_reason_is_no_reason(write: Write, reason: str) -> None:
    code, document = check(
        write, f"  - rule: requires-improvement-has-areas\n    reason: {reason}\n"
    )
    assert code == 1
    (problem,) = by_rule(document, "schema")
    assert "has no reason" in problem["message"]
    assert problem["line"] == 12
    assert by_rule(document, "requires-improvement-has-areas")[0]["waived"] is False


def test_other_waivers_still_apply_beside_a_reasonless_one(write: Write) -> None:
    code, document = check(write, "  - rule: grade-on-scale\n" + RI_WAIVER)
    assert code == 1  # the reasonless waiver is an error
    assert [f["rule"] for f in document["findings"]] == [
        "requires-improvement-has-areas",
        "schema",
    ]
    assert by_rule(document, "requires-improvement-has-areas")[0]["waived"] is True
    assert by_rule(document, "schema")[0]["message"].startswith("waiver 1 (of grade-on-scale)")


def test_other_schema_errors_still_stop_the_draft(write: Write) -> None:
    path = write((DRAFT + "  - rule: grade-on-scale\n").replace("grade: Good", "grdae: Good"))
    result = run("check", "--format", "json", *SELECT, str(path))
    document = json.loads(result.out)
    assert result.code == 1
    assert document["files"][0]["checked"] is False
    assert [f["message"] for f in document["findings"]] == [
        "unknown key 'grdae'; did you mean 'grade'?",
        "waiver 1 (of grade-on-scale) has no reason; say why the exception is justified in "
        "`reason` (the waiver is not applied)",
    ]


def test_an_unused_waiver_is_a_warning_at_the_waiver(write: Write) -> None:
    waiver = "  - rule: grade-on-scale\n    path: questions[0]\n    reason: Spelling agreed.\n"
    code, document = check(write, RI_WAIVER + waiver)
    assert code == 0  # a warning does not fail the default run
    (unused,) = by_rule(document, "unused-waiver")
    assert (unused["severity"], unused["line"], unused["column"]) == ("warning", 16, 5)
    assert unused["path"] == "waivers[1]"
    assert unused["message"] == (
        "waiver of grade-on-scale matches no finding: the rule finds nothing at questions[0]; "
        "remove it"
    )
    code, _ = check(write, RI_WAIVER + waiver, "--fail-on", "warning")
    assert code == 1


def test_an_unused_waiver_names_a_path_the_draft_lacks(write: Write) -> None:
    waiver = "  - rule: requires-improvement-has-areas\n    path: questions[7]\n    reason: r\n"
    _, document = check(write, RI_WAIVER + waiver)
    (unused,) = by_rule(document, "unused-waiver")
    assert "this draft has no questions[7]" in unused["message"]


def test_an_expired_waiver_is_not_applied_and_says_so(write: Write) -> None:
    expired = RI_WAIVER.replace("2030-12-31", "2025-05-31")
    code, document = check(write, expired)
    assert code == 1
    (finding,) = by_rule(document, "requires-improvement-has-areas")
    assert finding["waived"] is False
    (notice,) = by_rule(document, "expired-waiver")
    assert (notice["severity"], notice["line"]) == ("warning", 11)
    assert notice["message"].startswith(
        "waiver of requires-improvement-has-areas expired on 2025-05-31 and is not applied"
    )
    assert by_rule(document, "unused-waiver") == []


def test_a_waiver_applies_on_its_expiry_date(write: Write) -> None:
    code, document = check(write, RI_WAIVER.replace("2030-12-31", "2025-06-01"))
    assert code == 0
    assert by_rule(document, "expired-waiver") == []


def test_a_waiver_naming_an_unknown_rule_is_an_error(write: Write) -> None:
    code, document = check(write, RI_WAIVER + "  - rule: grade-on-scal\n    reason: typo\n")
    assert code == 1
    (problem,) = by_rule(document, "unknown-waiver-rule")
    assert problem["severity"] == "error"
    assert problem["line"] == 16
    assert "did you mean 'grade-on-scale'?" in problem["message"]


def test_problems_reading_a_draft_cannot_be_waived(write: Write) -> None:
    _, document = check(write, RI_WAIVER + "  - rule: schema\n    reason: r\n")
    (problem,) = by_rule(document, "unknown-waiver-rule")
    assert problem["message"].startswith("schema cannot be waived")


def test_no_waivers_ignores_them_all(write: Write) -> None:
    stale = "  - rule: grade-on-scale\n    reason: nothing to waive\n"
    code, document = check(write, RI_WAIVER + stale, "--no-waivers")
    assert code == 1
    assert [(f["rule"], f["waived"]) for f in document["findings"]] == [
        ("requires-improvement-has-areas", False)
    ]


def test_a_waiver_for_a_rule_switched_off_is_neither_unknown_nor_unused(write: Write) -> None:
    waiver = "  - rule: grade-on-scale\n    reason: r\n"
    code, document = check(write, RI_WAIVER + waiver, "--ignore", "grade-on-scale")
    assert code == 0
    assert [f["rule"] for f in document["findings"]] == ["requires-improvement-has-areas"]


def test_a_waiver_for_a_rule_that_does_not_apply_is_unused(write: Write, tmp_path: Path) -> None:
    pack = write(
        """\
        peelcheck-rules: 1
        pack: fire
        description: A rule for fire and rescue reports only.
        extends: [base]
        applies_to: {programme: [FRS]}
        rules:
          - id: frs-only
            severity: warning
            description: A rule that never applies to police reports.
            check: {type: present, fields: [questions]}
            message: "no questions"
        """,
        "fire.yaml",
    )
    _, document = check(
        write,
        RI_WAIVER + "  - rule: frs-only\n    reason: r\n",
        "--rules",
        str(pack),
        "--select",
        "fire",
    )
    (unused,) = by_rule(document, "unused-waiver")
    assert "the rule does not apply to PEEL 2016 drafts" in unused["message"]


def test_the_most_specific_waiver_wins_and_a_shadowed_one_is_unused(write: Write) -> None:
    broad = "  - rule: requires-improvement-has-areas\n    reason: Broad reason.\n"
    code, document = check(write, broad + RI_WAIVER)
    (finding,) = by_rule(document, "requires-improvement-has-areas")
    assert finding["waiver"]["reason"] == (
        "The areas for improvement are in the joint regional annex."
    )
    (unused,) = by_rule(document, "unused-waiver")
    assert unused["path"] == "waivers[0]"
    assert code == 0


def _finding(path: str, rule: str = "grade-on-scale") -> Finding:
    return Finding("d.yaml", rule, Severity.ERROR, "m", path)


@pytest.mark.parametrize(
    ("waiver_path", "finding_path", "expected"),
    [
        (None, "questions[3].grade", True),
        ("questions[3]", "questions[3]", True),
        ("questions[3]", "questions[3].grade", True),
        ("questions[3]", "questions[30].grade", False),
        ("questions", "questions[0].grade", True),
        ("overall", "overall_summary", False),
        ("questions[3].grade", "questions[3]", False),
    ],
)
def test_a_waiver_covers_its_path_and_what_is_under_it(
    waiver_path: str | None, finding_path: str, expected: bool
) -> None:
    waiver = Waiver(rule="grade-on-scale", path=waiver_path, reason="r")
    assert matches(waiver, _finding(finding_path)) is expected
    assert matches(waiver, _finding(finding_path, rule="other")) is False


def test_the_waiver_example_checks_clean() -> None:
    result = run("check", str(EXAMPLES / "waived-majority.yaml"))
    assert result.code == 0, result.out
    first, last = result.out.splitlines()
    assert " warning overall-follows-majority grade Requires improvement differs" in first
    assert first.endswith("the summary explains the judgment.]")
    assert last == "no problems in 1 file (1 waived)"


def test_a_waived_finding_is_suppressed_in_sarif(write: Write) -> None:
    path = write(DRAFT + RI_WAIVER)
    result = run("check", "--format", "sarif", "--today", "2025-06-01", *SELECT, str(path))
    assert result.code == 0
    (sarif_result,) = json.loads(result.out)["runs"][0]["results"]
    assert sarif_result["ruleId"] == "requires-improvement-has-areas"
    (suppression,) = sarif_result["suppressions"]
    assert suppression["kind"] == "inSource"
    assert suppression["justification"] == (
        "The areas for improvement are in the joint regional annex."
    )


def test_waiver_rule_ids_are_described_for_sarif(write: Write) -> None:
    path = write(DRAFT + RI_WAIVER + "  - rule: grade-on-scale\n    reason: r\n")
    result = run("check", "--format", "sarif", "--today", "2025-06-01", *SELECT, str(path))
    run_ = json.loads(result.out)["runs"][0]
    rules = {r["id"]: r for r in run_["tool"]["driver"]["rules"]}
    (unused,) = [r for r in run_["results"] if r["ruleId"] == "unused-waiver"]
    assert rules["unused-waiver"]["shortDescription"]["text"].startswith("Every waiver matches")
    assert "suppressions" not in unused
