"""The command line. It only wires the stages together: inputs, rules, run, formatters.

One module per command; `app` holds the command group and the exit codes (a contract).
"""

from peelcheck.cli import check, importing, rules, ruletests, schemas
from peelcheck.cli.app import main

__all__ = ["check", "importing", "main", "rules", "ruletests", "schemas"]
