"""`peelcheck test`: run rule tests, the drafts and the findings they must and must not give."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from peelcheck.cli.app import EXIT_CLEAN, EXIT_FINDINGS, fail, main
from peelcheck.cli.options import RuleChoice, load_rules, rule_options, run_settings
from peelcheck.core.problems import SetupError


@main.command("test")
@click.argument("paths", nargs=-1, type=click.Path(exists=True))
@click.option("--verbose", "-v", is_flag=True, help="List every case, not only failures.")
@rule_options
def test_rules(
    paths: tuple[str, ...],
    verbose: bool,
    choice: RuleChoice,
) -> None:
    """Run rule tests: drafts and the findings they must and must not give (tests/rules)."""
    from peelcheck.run import ruletest

    settings, _, named = run_settings(choice)
    ruleset = load_rules(settings, named)
    folders = [Path(p) for p in paths] or [Path("tests/rules")]
    if not paths and not folders[0].is_dir():
        fail("no test folder given and tests/rules does not exist")
    try:
        results = ruletest.run(folders, ruleset)
    except SetupError as err:
        for problem in err.problems:
            click.echo(str(problem), err=True)
        fail(f"{len(err.problems)} problem(s) in test files")
    if not results:
        fail(f"no rule test files (*.yaml) in {', '.join(map(str, folders))}")
    failed = [r for r in results if not r.passed]
    for result in results:
        if verbose or not result.passed:
            mark = "ok  " if result.passed else "FAIL"
            click.echo(f"{mark} {result.file}:{result.line} {result.name}")
        for failure in result.failures:
            click.echo(f"     {failure}")
    files = len({r.file for r in results})
    noun = "test file" if files == 1 else "test files"
    click.echo(f"{len(results) - len(failed)} passed, {len(failed)} failed ({files} {noun})")
    sys.exit(EXIT_FINDINGS if failed else EXIT_CLEAN)
