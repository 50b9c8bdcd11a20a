"""Rule tests, Semgrep-style: drafts side by side with the findings they must and must not give.

A test file (`*.yaml` under the folder given to `peelcheck test`) looks like:

    peelcheck-test: 1
    rule: requires-improvement-has-areas     # the rule under test
    cases:
      - name: flags a question with no areas
        draft: |                             # the draft, inline (or draft_file: x.yaml)
          peelcheck: 1
          ...
        expect:                              # findings it must produce
          - {path: "questions[0]", message: "question 1"}
      - name: accepts one with areas
        draft: |
          ...
        expect: []

Only the rules named in `rules` (default: the file's `rule`) run. Every finding they produce
must match an `expect` entry (by rule, path and, if given, a message substring and line), and
every `expect` entry must be matched: missing and unexpected findings are both failures.
`forbid` entries name findings that must not appear even when `exact: false`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, model_validator

from peelcheck.findings import Finding
from peelcheck.loader import load_file, load_text
from peelcheck.pipeline import RunSettings, check_loaded
from peelcheck.ruleset import Problem, RuleFileError, RuleSet
from peelcheck.validate import validate_model


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


class Expectation(_Strict):
    """A finding that must (expect) or must not (forbid) be produced."""

    rule: str | None = Field(default=None, description="Default: the file's `rule`.")
    path: str | None = Field(default=None, description="Data path; absent: anywhere.")
    message: str | None = Field(default=None, description="A substring of the message.")
    line: int | None = Field(default=None, description="Line in the draft (1 = its first line).")


class Case(_Strict):
    """One draft and what checking it must give."""

    name: str
    draft: str | None = None
    draft_file: str | None = None
    rules: list[str] | None = None
    expect: list[Expectation] = Field(default_factory=list)
    forbid: list[Expectation] = Field(default_factory=list)
    exact: bool = True
    today: dt.date | None = Field(default=None, strict=False)

    @model_validator(mode="after")
    def _one_draft(self) -> Case:
        if (self.draft is None) == (self.draft_file is None):
            raise ValueError("give exactly one of `draft` or `draft_file`")
        return self


class TestFile(_Strict):
    """A file of rule test cases."""

    peelcheck_test: int = Field(alias="peelcheck-test")
    rule: str | None = None
    rules: list[str] | None = None
    cases: list[Case] = Field(min_length=1)


@dataclass
class CaseResult:
    """The outcome of one case: failures as `file:line: text` lines."""

    file: str
    name: str
    line: int
    failures: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        """True when every expectation held."""
        return not self.failures


def discover(paths: Sequence[Path]) -> list[Path]:
    """Test files under the given files and folders, sorted."""
    found: list[Path] = []
    for path in paths:
        found.extend(sorted(path.rglob("*.yaml")) if path.is_dir() else [path])
    return found


def run_file(path: Path, ruleset: RuleSet, display: str | None = None) -> Iterator[CaseResult]:
    """Run every case of one test file; raises RuleFileError when the file is invalid."""
    name = display or str(path)
    loaded = load_file(path, name)
    if not loaded.ok:
        raise RuleFileError([Problem(f.file, f.line, f.column, f.message) for f in loaded.findings])
    spec, problems = validate_model(TestFile, loaded, rule="test-file")
    if spec is None:
        raise RuleFileError([Problem(f.file, f.line, f.column, f.message) for f in problems])
    assert loaded.source is not None
    known = {r.id for r in ruleset.rules}
    for index, case in enumerate(spec.cases):
        here = f"cases[{index}]"
        line, _ = loaded.source.position(here)
        result = CaseResult(name, case.name, line)
        rules = case.rules or spec.rules or ([spec.rule] if spec.rule else [])
        unknown = [r for r in rules if r not in known]
        if unknown or not rules:
            result.failures.append(
                f"{name}:{line}: unknown rule(s) {', '.join(unknown)}"
                if unknown
                else f"{name}:{line}: no rule under test (give `rule` or `rules`)"
            )
            yield result
            continue
        if case.draft is not None:
            draft_span = loaded.source.span(f"{here}.draft")
            offset = draft_span.line if draft_span and draft_span.style in ("|", ">") else 0
            draft = load_text(case.draft, f"{name}:{case.name}")
        else:
            assert case.draft_file is not None
            offset = 0
            draft = load_file(path.parent / case.draft_file)
        selected = RuleSet(
            ruleset.packs, [r for r in ruleset.rules if r.id in rules], ruleset.pack_data
        )
        settings = RunSettings(packs=(), today=case.today)
        findings = [f for f in check_loaded(draft, selected, settings).findings if f.rule in rules]
        default_rule = spec.rule if spec.rule else rules[0]
        result.failures.extend(_compare(case, findings, default_rule, name, offset))
        yield result


def _matches(expected: Expectation, finding: Finding, default_rule: str) -> bool:
    return (
        (expected.rule or default_rule) == finding.rule
        and (expected.path is None or expected.path == finding.path)
        and (expected.message is None or expected.message in finding.message)
        and (expected.line is None or expected.line == finding.line)
    )


def _compare(
    case: Case, findings: list[Finding], default_rule: str, name: str, offset: int
) -> Iterator[str]:
    unmatched = list(findings)
    for expected in case.expect:
        hit = next((f for f in unmatched if _matches(expected, f, default_rule)), None)
        if hit is None:
            what = expected.model_dump(exclude_none=True)
            yield f"{name}: case {case.name!r}: missing finding {what}"
        else:
            unmatched.remove(hit)
    for forbidden in case.forbid:
        for finding in findings:
            if _matches(forbidden, finding, default_rule):
                yield _unexpected(name, case, finding, offset, "forbidden")
    if case.exact:
        for finding in unmatched:
            yield _unexpected(name, case, finding, offset, "unexpected")


def _unexpected(name: str, case: Case, finding: Finding, offset: int, kind: str) -> str:
    line = finding.line + offset
    return (
        f"{name}:{line}: case {case.name!r}: {kind} finding {finding.rule} at "
        f"{finding.path or '(root)'}: {finding.message}"
    )


def run(paths: Sequence[Path], ruleset: RuleSet) -> list[CaseResult]:
    """Run all test files under `paths`."""
    results: list[CaseResult] = []
    problems: list[Problem] = []
    for path in discover(paths):
        try:
            results.extend(run_file(path, ruleset))
        except RuleFileError as err:
            problems.extend(err.problems)
    if problems:
        raise RuleFileError(problems)
    return results
