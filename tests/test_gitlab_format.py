"""`--format gitlab`: GitLab's code quality report, valid against the schema written from
GitLab's documented fields (tests/data/vendor/gitlab-code-quality.schema.json)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import jsonschema
import pytest

from tests.conftest import run
from tests.test_formats import DRAFTS, SELECT, VENDOR


@pytest.fixture
def drafts(write: Callable[..., Path]) -> dict[str, str]:
    """Each kind of draft of test_formats, under the working folder; name -> relative path."""
    for name, text in DRAFTS.items():
        write(text, f"cwd/drafts/{name}.yaml")
    return {name: f"drafts/{name}.yaml" for name in DRAFTS}


def _validator() -> jsonschema.Draft202012Validator:
    schema = json.loads((VENDOR / "gitlab-code-quality.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_gitlab_report_is_valid_and_says_what_the_text_says(
    drafts: dict[str, str], write: Callable[..., Path]
) -> None:
    paths = list(drafts.values())
    report = run("check", *SELECT, "--format", "gitlab", *paths)
    issues = json.loads(report.out)
    errors = sorted(_validator().iter_errors(issues), key=str)
    assert errors == [], errors[0].message if errors else ""
    lines = run("check", *SELECT, *paths).out.splitlines()
    text = [line for line in lines if "fixable with --fix" not in line][:-1]  # no summary
    unwaived = [line for line in text if "[waiver:" not in line]
    assert len(issues) == len(unwaived) >= 5
    first = next(i for i in issues if i["check_name"] == "requires-improvement-has-areas")
    assert first["location"] == {"path": "drafts/errors.yaml", "lines": {"begin": 8, "end": 11}}
    assert first["severity"] == "major"
    assert {i["severity"] for i in issues} == {"major", "minor", "info"}
    assert all(i["check_name"] != "repeated-word" or "waived" not in i for i in issues)
    assert report.code == 1


def test_fingerprints_are_unique_even_for_the_same_value_twice(write: Callable[..., Path]) -> None:
    draft = DRAFTS["warnings"].replace(
        "is good at at preventing", "is good at at preventing and at at keeping"
    )
    write(draft, "cwd/twice.yaml")
    issues = json.loads(run("check", *SELECT, "-f", "gitlab", "twice.yaml").out)
    prints = [i["fingerprint"] for i in issues]
    assert len(prints) == 2
    assert len(set(prints)) == len(prints)


def test_paths_are_relative_to_where_it_runs(write: Callable[..., Path]) -> None:
    write(DRAFTS["errors"], "cwd/drafts/a.yaml")
    issues = json.loads(run("check", *SELECT, "-f", "gitlab", "./drafts/").out)
    assert {i["location"]["path"] for i in issues} == {"drafts/a.yaml"}
    assert _validator().is_valid(issues)


def test_the_schema_refuses_what_gitlab_needs(write: Callable[..., Path]) -> None:
    issue = {
        "description": "x",
        "check_name": "r",
        "fingerprint": "f",
        "severity": "minor",
        "location": {"path": "a.yaml", "lines": {"begin": 1}},
    }
    validator = _validator()
    assert validator.is_valid([issue])
    for broken in (
        {**issue, "severity": "warning"},
        {k: v for k, v in issue.items() if k != "fingerprint"},
        {**issue, "location": {"path": "a.yaml"}},
        {**issue, "location": {"path": "/abs/a.yaml", "lines": {"begin": 1}}},
    ):
        assert not validator.is_valid([broken]), broken
