"""Rule files: every malformed pack is refused before any draft is checked (exit 2, with its
line); selectors and patterns are compiled once per run; RE2 keeps hostile patterns linear."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from peelcheck.core.problems import SetupError
from peelcheck.draft.model import Report
from peelcheck.draft.read import load_text
from peelcheck.engine.evaluate import evaluate
from peelcheck.packs.load import builtin_pack_names, load_ruleset
from tests.conftest import EXAMPLES, MINIMAL, ROOT, run

BAD = ROOT / "tests" / "data" / "bad-rules"

CASES = {
    "unknown-check.yaml": (9, 12, "unknown type 'spell-check'"),
    "unknown-key.yaml": (8, 5, "unknown key 'descripton'; did you mean 'description'?"),
    "invalid-selector.yaml": (9, 12, "invalid JMESPath expression"),
    "invalid-regex.yaml": (10, 54, "backreferences and lookarounds are not available"),
    "duplicate-id.yaml": (11, 9, "duplicate rule id 'twice'"),
    "unknown-grade.yaml": (
        9,
        12,
        "'Requires Improvment' is compared with a grade but is on no scale",
    ),
    "unknown-limit-grade.yaml": (10, 12, "limit 'Satisfactory' is on no declared scale"),
    "bad-severity.yaml": (7, 15, "it must be one of 'error', 'warning' or 'info'"),
    "bad-template.yaml": (10, 14, "must be a plain field name"),
    "broken-yaml.yaml": (5, 4, "invalid YAML"),
    "missing-extends.yaml": (4, 11, "rule pack not found"),
    "bad-id.yaml": (6, 9, "must be kebab-case"),
    # JMESPath reads it as (!root()).pillars, always null: the condition never holds
    "negated-path.yaml": (9, 11, "write '!(a.b)'"),
}


def test_every_bad_rule_fixture_is_covered() -> None:
    assert sorted(p.name for p in BAD.glob("*.yaml")) == sorted(CASES)


@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_rule_file_exits_2_with_its_line(name: str) -> None:
    line, column, text = CASES[name]
    result = run(
        "check", "--rules", str(BAD / name), str(EXAMPLES / "gwent-2016-effectiveness.yaml")
    )
    assert result.code == 2
    assert result.out == ""  # nothing was checked
    first = result.err.splitlines()[0]
    assert first.startswith(f"{BAD / name}:{line}:{column}: ") or first.startswith(
        f"tests/data/bad-rules/{name}:{line}:{column}: "
    ), first
    assert text in result.err


def test_extends_cycle_is_reported(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(
        "peelcheck-rules: 1\npack: a\ndescription: a\nextends: [./b.yaml]\n", encoding="utf-8"
    )
    (tmp_path / "b.yaml").write_text(
        "peelcheck-rules: 1\npack: b\ndescription: b\nextends: [./a.yaml]\n", encoding="utf-8"
    )
    with pytest.raises(SetupError) as caught:
        load_ruleset([str(tmp_path / "a.yaml")])
    assert "cycle" in str(caught.value)


def test_selectors_and_patterns_compile_once_per_run(monkeypatch: pytest.MonkeyPatch) -> None:
    import jmespath
    import re2

    ruleset = load_ruleset(builtin_pack_names())
    text = (EXAMPLES / "gwent-2016-effectiveness.yaml").read_text(encoding="utf-8")
    # screens for a subject (the other forces' names) are compiled on its first draft
    first = load_text(text, "draft.yaml")
    evaluate(first, Report.model_validate(first.data), ruleset)
    calls = {"jmespath": 0, "re2": 0}
    real_jmespath, real_re2 = jmespath.compile, re2.compile

    def count_jmespath(*args: object, **kwargs: object) -> object:
        calls["jmespath"] += 1
        return real_jmespath(*args, **kwargs)

    def count_re2(*args: object, **kwargs: object) -> object:
        calls["re2"] += 1
        return real_re2(*args, **kwargs)

    monkeypatch.setattr(jmespath, "compile", count_jmespath)
    monkeypatch.setattr(re2, "compile", count_re2)
    evaluated = 0
    for index in range(25):
        loaded = load_text(text, f"draft-{index}.yaml")
        report = Report.model_validate(loaded.data)
        evaluated += len(evaluate(loaded, report, ruleset)) >= 0
    assert evaluated == 25
    assert calls == {"jmespath": 0, "re2": 0}


def test_catastrophic_pattern_runs_in_linear_time(tmp_path: Path) -> None:
    pack = tmp_path / "hostile.yaml"
    pack.write_text(
        textwrap.dedent(
            """\
            peelcheck-rules: 1
            pack: hostile
            description: A pattern that makes backtracking engines run for ever.
            extends: [base]
            rules:
              - id: hostile-pattern
                severity: warning
                description: x
                given: "questions[*]"
                check: {type: pattern, field: narrative, forbid: '^(a+)+$'}
                message: m
            """
        ),
        encoding="utf-8",
    )
    draft = tmp_path / "draft.yaml"
    draft.write_text(
        MINIMAL.replace("narrative: Gwent", f"narrative: {'a' * 50_000}b Gwent"), encoding="utf-8"
    )
    # A hang would exceed the timeout; RE2 answers at once.
    completed = subprocess.run(
        [
            sys.executable,
            "-m",
            "peelcheck",
            "check",
            "--no-config",
            "--rules",
            str(pack),
            "--select",
            "hostile-pattern",
            str(draft),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    assert "no problems" in completed.stdout


def test_rule_authoring_is_yaml_only(tmp_path: Path, write: Callable[..., Path]) -> None:
    pack = tmp_path / "local.yaml"
    pack.write_text(
        textwrap.dedent(
            """\
            peelcheck-rules: 1
            pack: local
            description: A team's own rule.
            extends: [base]
            rules:
              - id: narrative-mentions-victims
                severity: warning
                description: Every graded question's narrative mentions victims.
                given: "questions[?grade != 'Ungraded']"
                check: {type: pattern, field: narrative, require: '(?i)\\bvictims?\\b'}
                message: "question {number} never mentions victims"
            """
        ),
        encoding="utf-8",
    )
    result = run(
        "check", "--no-config", "--rules", str(pack), "--select", "local", str(write(MINIMAL))
    )
    assert result.code == 0  # a warning does not fail the run by default
    assert (
        ":11:16: warning narrative-mentions-victims question 1 never mentions victims" in result.out
    )


def test_every_context_fact_is_documented() -> None:
    """docs/rules.md lists every name `context(name)` answers, so pack authors can find it."""
    from peelcheck.engine.context import FACT_NAMES

    docs = (Path(__file__).resolve().parents[1] / "docs" / "rules.md").read_text(encoding="utf-8")
    missing = [name for name in FACT_NAMES if f"context('{name}')" not in docs]
    assert missing == []


@pytest.mark.parametrize(
    ("key", "hint"),
    [
        # the field's alias, as a pack writes it, not its Python name ("peelcheck_rules")
        ("peelcheck_rules", "did you mean 'peelcheck-rules'?"),
        ("fromat", "allowed here: peelcheck-rules, pack, description"),
    ],
)
def test_an_unknown_key_is_answered_with_the_keys_a_pack_writes(
    tmp_path: Path, key: str, hint: str
) -> None:
    pack = tmp_path / "pack.yaml"
    pack.write_text(
        f"peelcheck-rules: 1\npack: mine\ndescription: mine\n{key}: 1\n", encoding="utf-8"
    )
    result = run("check", "--rules", str(pack), str(EXAMPLES / "gwent-2016-effectiveness.yaml"))
    assert result.code == 2
    assert f"{pack}:4:1: unknown key '{key}'; {hint}" in result.err
    assert "peelcheck_rules" not in result.err.replace(f"'{key}'", "")
