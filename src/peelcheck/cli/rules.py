"""`peelcheck rules`, `explain` and `checks`: what the rules and checks are."""

from __future__ import annotations

import click

from peelcheck.cli.app import fail, main
from peelcheck.cli.options import RuleChoice, load_rules, rule_options, run_settings


@main.command("rules")
@click.option("--programme", type=click.Choice(["PEEL", "FRS"], case_sensitive=False), default=None)
@click.option("--cycle", default=None, help="Only rules that apply to this cycle, e.g. 2016.")
@click.option(
    "--all",
    "show_all",
    is_flag=True,
    help="Also the ids peelcheck reports itself (schema, yaml-syntax, unused-waiver...).",
)
@rule_options
def list_rules(
    programme: str | None,
    cycle: str | None,
    show_all: bool,
    choice: RuleChoice,
) -> None:
    """List the rules that apply: id, severity, pack, description."""
    settings, _, named = run_settings(choice)
    ruleset = load_rules(settings, named)
    rows = []
    packs = {p.name: p.applies_to for p in ruleset.packs}
    for rule in ruleset.rules:
        scopes = [s for s in (packs[rule.pack], rule.spec.applies_to) if s is not None]
        if programme and any(s.programme and programme.upper() not in s.programme for s in scopes):
            continue
        if cycle and any(s.cycles and cycle not in s.cycles for s in scopes):
            continue
        summary = rule.spec.description.strip().splitlines()[0]
        summary = summary.removeprefix("What it does: ")
        rows.append((rule.id, rule.severity.label, rule.pack, summary))
    if show_all:
        from peelcheck.core.builtin_rules import BUILTIN_DOCS

        rows += [(d.id, d.severity.label, d.pack, d.description) for d in BUILTIN_DOCS.values()]
    width = max((len(r[0]) for r in rows), default=0)
    for rule_id, severity, pack, summary in rows:
        click.echo(f"{rule_id:<{width}}  {severity:<7}  {pack:<12}  {summary}")
    if not rows:
        click.echo("no rules apply", err=True)


@main.command()
@click.argument("rule_id")
@rule_options
def explain(
    rule_id: str,
    choice: RuleChoice,
) -> None:
    """Explain a rule or a built-in id (schema, yaml-syntax...): what it does, why, an
    example it flags, what to write instead."""
    import difflib

    from peelcheck.core.builtin_rules import BUILTIN_DOCS
    from peelcheck.packs.explain import explain_builtin, explain_rule

    settings, _, named = run_settings(choice)
    ruleset = load_rules(settings, named)
    rule = ruleset.get(rule_id)
    if rule is not None:
        click.echo(explain_rule(rule))
    elif rule_id in BUILTIN_DOCS:
        click.echo(explain_builtin(BUILTIN_DOCS[rule_id]))
    else:
        known = [r.id for r in ruleset.rules] + list(BUILTIN_DOCS)
        close = difflib.get_close_matches(rule_id, known, n=1)
        hint = f"; did you mean {close[0]!r}?" if close else "; `peelcheck rules --all` lists them"
        fail(f"unknown rule {rule_id!r}{hint}")


@main.command("checks")
def list_checks() -> None:
    """Document the named checks that rules can use."""
    import inspect

    from peelcheck.checks.api import registry

    for name, cls in registry().items():
        click.echo(f"## {name}\n\n{inspect.cleandoc(cls.__doc__ or '')}\n")
