"""`peelcheck schema`: print a published JSON Schema, for editors, validators and scripts."""

from __future__ import annotations

import click

from peelcheck.cli.app import main


@main.command("schema")
@click.argument(
    "name", type=click.Choice(["draft", "rules", "output"]), default="draft", required=False
)
def print_schema(name: str) -> None:
    """Print a JSON Schema: draft (the draft format, the default), rules (rule packs) or
    output (what --format json writes).

    \b
    peelcheck schema draft > report.schema.json
    """
    from peelcheck.schema import schema_text

    click.echo(schema_text(name), nl=False)
