"""The command line. It only wires the stages together: inputs, rules, run, formatters.

One module per command; `app` holds the command group and the exit codes (a contract).
"""

import os

# peelcheck uses no pydantic plugin, but pydantic looks for plugins when the first model is
# built (an entry-point scan of every installed distribution, then importing each plugin
# found: one observability SDK's plugin adds about 0.1 s to every run). Before any model is
# built, so for the command line only; a value the user set is kept (README.md, Performance).
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

from peelcheck.cli import check, importing, rules, ruletests, schemas
from peelcheck.cli.app import main

__all__ = ["check", "importing", "main", "rules", "ruletests", "schemas"]
