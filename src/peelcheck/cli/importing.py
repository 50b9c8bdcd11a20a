"""`peelcheck import`: a published page or a Word draft as a YAML draft."""

from __future__ import annotations

from pathlib import Path

import click

from peelcheck.cli.app import fail, main
from peelcheck.cli.options import RuleChoice, load_rules, run_settings


@main.command("import")
@click.argument("file")
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False),
    default=None,
    callback=lambda _ctx, _param, value: None if value == "-" else value,  # "-": stdout
    help="Write the draft to this file; - is standard output [default: standard output].",
)
@click.option("--force", is_flag=True, help="Overwrite the --output file if it exists.")
@click.option(
    "--excerpt",
    is_flag=True,
    help="The text holds only part of the report (e.g. a page's opening); the draft says so.",
)
@click.option(
    "--lenient",
    is_flag=True,
    help="Import what can be placed and list the rest on standard error, instead of stopping.",
)
def import_document(
    file: str, output: str | None, force: bool, excerpt: bool, lenient: bool
) -> None:
    """Import a published page (.txt) or a Word draft (.docx) as a YAML draft."""
    from peelcheck.core.findings import sort_findings
    from peelcheck.draft.model import Report
    from peelcheck.draft.validate import validate_model
    from peelcheck.formatters.text import location
    from peelcheck.importers import import_file, importable
    from peelcheck.importers.yamlout import dump_draft
    from peelcheck.run.pipeline import import_facts

    path = Path(file)
    if not importable(file):
        fail(f"{file}: cannot import this kind of file; give a .txt (a published page) or .docx")
    if not path.is_file():
        fail(f"{file}: no such file")
    if output is not None and Path(output).exists() and not force:
        fail(f"{output} already exists; add --force to overwrite it")
    # the project's packs (its config) say which grades, pillars and names there are
    settings, _, named = run_settings(RuleChoice(None, False, (), (), ()))
    facts = import_facts(load_rules(settings, named))
    try:
        loaded = import_file(path, facts, file, excerpt=excerpt)
    except OSError as err:
        fail(f"{file}: {err.strerror}")
    if loaded.data is None:
        first = loaded.findings[0]
        fail(f"{location(first)} {first.message}")
    problems = sort_findings(list(loaded.findings) + validate_model(Report, loaded)[1])
    source = loaded.source  # a Word draft's problems name their paragraph and heading
    problems = [source.placed(p) for p in problems] if source is not None else problems
    for problem in problems:
        where = "" if problem.rule == "import" else "does not fit the draft format: "
        click.echo(f"{location(problem)} {where}{problem.message}", err=True)
    if problems and not lenient:
        fail(f"{len(problems)} problem(s); nothing written (--lenient imports what it can place)")
    if problems:
        click.echo(
            f"peelcheck: --lenient: imported despite the {len(problems)} problem(s) above; "
            "what could not be placed was skipped",
            err=True,
        )
    text = dump_draft(loaded.data, f"Imported by peelcheck from {path.name}.")
    if output is None:
        click.echo(text, nl=False)
        return
    try:
        with Path(output).open("w" if force else "x", encoding="utf-8") as handle:
            handle.write(text)
    except FileExistsError:
        fail(f"{output} already exists; add --force to overwrite it")
    except OSError as err:
        fail(f"cannot write {output}: {err.strerror}")
