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

Failures name a place: a missing finding the line of its `expect` entry, an unexpected one
the line it was found on (in the test file for an inline `draft: |`, else in the draft file).
A case whose draft cannot be read or breaks the draft format fails, unless the rule under
test is that built-in check (`schema`, `yaml-syntax`...): a quiet case must not pass only
because its draft never reached the rules. An invalid test file is a SetupError (exit 2).
Full guide: docs/testing-rules.md.
"""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, model_validator

from peelcheck.core.builtin_rules import BUILTIN_RULES, LOADER_RULES
from peelcheck.core.findings import Finding
from peelcheck.core.problems import Problem, SetupError
from peelcheck.core.versions import Version1
from peelcheck.draft.loaded import Loaded
from peelcheck.draft.read import load_file, load_text
from peelcheck.draft.sourcemap import SourceMap
from peelcheck.draft.validate import validate_model
from peelcheck.engine.evaluate import EngineError
from peelcheck.packs.ruleset import RuleSet
from peelcheck.run.pipeline import check_loaded
from peelcheck.run.settings import RunSettings


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
    fixed: str | None = Field(
        default=None,
        description="The draft as it reads once the fixes of the rules under test (safe and "
        "unsafe) are applied, as `check --fix --unsafe-fixes` would write it.",
    )

    @model_validator(mode="after")
    def _one_draft(self) -> Case:
        if (self.draft is None) == (self.draft_file is None):
            raise ValueError("give exactly one of `draft` or `draft_file`")
        return self


class TestFile(_Strict):
    """A file of rule test cases."""

    peelcheck_test: Version1 = Field(alias="peelcheck-test")
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
    """Test files under the given files and folders, sorted.

    In folders, `*.yaml` files that are drafts (a top-level `peelcheck:` key and no
    `peelcheck-test:`) are skipped: they are the `draft_file`s of cases.
    """
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(p for p in sorted(path.rglob("*.yaml")) if not _is_draft(p))
        else:
            found.append(path)
    return found


def _is_draft(path: Path) -> bool:
    try:
        data = load_file(path).data
    except OSError:
        return False
    return isinstance(data, dict) and "peelcheck" in data and "peelcheck-test" not in data


def run_file(path: Path, ruleset: RuleSet, display: str | None = None) -> Iterator[CaseResult]:
    """Run every case of one test file; raises SetupError when the file is invalid."""
    name = display or str(path)
    loaded = load_file(path, name)
    if not loaded.ok:
        raise SetupError([_problem(f) for f in loaded.findings])
    spec, problems = validate_model(TestFile, loaded, rule="test-file")
    if spec is None:
        raise SetupError([_problem(f) for f in problems])
    assert loaded.source is not None
    source = loaded.source
    drafts = _case_drafts(spec, source, path, name)
    known = {r.id for r in ruleset.rules}
    for index, (case, (draft, where)) in enumerate(zip(spec.cases, drafts, strict=True)):
        here = f"cases[{index}]"
        line = source.position(here)[0]
        result = CaseResult(name, case.name, line)
        rules = case.rules or spec.rules or ([spec.rule] if spec.rule else [])
        unknown = [r for r in rules if r not in known and r not in BUILTIN_RULES]
        if unknown or not rules:
            result.failures.append(
                f"{name}:{line}: case {case.name!r}: unknown rule(s) {', '.join(unknown)}"
                if unknown
                else f"{name}:{line}: case {case.name!r}: no rule under test "
                "(give `rule` or `rules`)"
            )
            yield result
            continue
        selected = RuleSet(
            ruleset.packs,
            [r for r in ruleset.rules if r.id in rules],
            ruleset.pack_data,
            ruleset.defined_ids,
        )
        settings = RunSettings(packs=(), today=case.today)
        try:
            checked = check_loaded(draft, selected, settings)
        except EngineError as err:
            result.failures.append(f"{name}:{line}: case {case.name!r}: {err}")
            yield result
            continue
        for finding in checked.findings:
            if finding.rule in LOADER_RULES and finding.rule not in rules:
                # a quiet case must not pass only because its draft never reached the rules
                result.failures.append(
                    f"{where(finding.line)}: case {case.name!r}: the draft is invalid "
                    f"({finding.rule}): {finding.message}"
                )
        findings = [f for f in checked.findings if f.rule in rules]
        default_rule = spec.rule if spec.rule else rules[0]
        result.failures.extend(_compare(case, findings, default_rule, name, here, source, where))
        if case.fixed is not None:
            result.failures.extend(_compare_fixed(case, draft, selected, settings, name, line))
        yield result


def _compare_fixed(
    case: Case, draft: Loaded, rules: RuleSet, settings: RunSettings, name: str, line: int
) -> list[str]:
    """A failure when the draft, fixed, does not read as the case's `fixed` says."""
    assert case.fixed is not None and draft.source is not None
    from peelcheck.fixes.apply import fix_text

    tested = {rule.id for rule in rules.rules}

    def check(text: str) -> list[Finding]:
        found = check_loaded(load_text(text, draft.file), rules, settings).findings
        return [f for f in found if f.rule in tested]

    outcome = fix_text(draft.source.text, check, unsafe=True)
    if outcome.text == case.fixed:
        return []
    diff = difflib.unified_diff(
        case.fixed.splitlines(), outcome.text.splitlines(), "fixed (expected)", "fixed (actual)"
    )
    shown = "\n".join(f"    {row}" for row in list(diff)[2:])
    return [f"{name}:{line}: case {case.name!r}: the fixed draft differs:\n{shown}"]


def _case_drafts(
    spec: TestFile, source: SourceMap, path: Path, name: str
) -> list[tuple[Loaded, Callable[[int], str]]]:
    """Each case's draft, read, with how to name a line of it in messages."""
    drafts: list[tuple[Loaded, Callable[[int], str]]] = []
    missing: list[Problem] = []
    for index, case in enumerate(spec.cases):
        here = f"cases[{index}]"
        where: Callable[[int], str]
        if case.draft is not None:
            span = source.span(f"{here}.draft")
            if span is not None and span.style in ("|", ">"):
                block = span.line  # the draft's line 1 is the line after `draft: |`
                where = partial(_at_line, name, block)
            else:
                key_line = source.position(f"{here}.draft")[0]
                where = partial(_in_draft, name, key_line)
            drafts.append((load_text(case.draft, f"{name}:{case.name}"), where))
        else:
            assert case.draft_file is not None
            draft_path = path.parent / case.draft_file
            try:
                draft = load_file(draft_path, str(draft_path))
            except OSError as err:
                line, column = source.position(f"{here}.draft_file")
                missing.append(
                    Problem(name, line, column, f"cannot read {draft_path}: {err.strerror}")
                )
                continue
            drafts.append((draft, partial(_at_line, str(draft_path), 0)))
    if missing:
        raise SetupError(missing)
    return drafts


def _problem(finding: Finding) -> Problem:
    return Problem(finding.file, finding.line, finding.column, finding.message)


def _at_line(file: str, offset: int, line: int) -> str:
    return f"{file}:{line + offset}"


def _in_draft(file: str, key_line: int, line: int) -> str:
    return f"{file}:{key_line} (draft line {line})"


def _matches(expected: Expectation, finding: Finding, default_rule: str) -> bool:
    return (
        (expected.rule or default_rule) == finding.rule
        and (expected.path is None or expected.path == finding.path)
        and (expected.message is None or expected.message in finding.message)
        and (expected.line is None or expected.line == finding.line)
    )


def _compare(
    case: Case,
    findings: list[Finding],
    default_rule: str,
    name: str,
    here: str,
    source: SourceMap,
    where: Callable[[int], str],
) -> Iterator[str]:
    unmatched = list(findings)
    for index, expected in enumerate(case.expect):
        hit = next((f for f in unmatched if _matches(expected, f, default_rule)), None)
        if hit is None:
            line = source.position(f"{here}.expect[{index}]")[0]
            yield (
                f"{name}:{line}: case {case.name!r}: missing finding "
                f"{_describe(expected, default_rule)}"
            )
        else:
            unmatched.remove(hit)
    for forbidden in case.forbid:
        for finding in findings:
            if _matches(forbidden, finding, default_rule):
                yield _unexpected(case, finding, where, "forbidden")
    if case.exact:
        for finding in unmatched:
            yield _unexpected(case, finding, where, "unexpected")


def _describe(expected: Expectation, default_rule: str) -> str:
    """`rule at path, on draft line N, with a message containing '...'`."""
    text = f"{expected.rule or default_rule} at {expected.path or 'any path'}"
    if expected.line is not None:
        text += f", on draft line {expected.line}"
    if expected.message is not None:
        text += f", with a message containing {expected.message!r}"
    return text


def _unexpected(case: Case, finding: Finding, where: Callable[[int], str], kind: str) -> str:
    return (
        f"{where(finding.line)}: case {case.name!r}: {kind} finding {finding.rule} at "
        f"{finding.path or '(root)'}: {finding.message}"
    )


def run(paths: Sequence[Path], ruleset: RuleSet) -> list[CaseResult]:
    """Run all test files under `paths`."""
    results: list[CaseResult] = []
    problems: list[Problem] = []
    for path in discover(paths):
        try:
            results.extend(run_file(path, ruleset))
        except SetupError as err:
            problems.extend(err.problems)
    if problems:
        raise SetupError(problems)
    return results
