"""The command line. It only wires the stages together: inputs, rules, run, formatters.

One module per command; `app` holds the command group and the exit codes (a contract).
"""

import gc
import os

# peelcheck uses no pydantic plugin, but pydantic looks for plugins when the first model is
# built (an entry-point scan of every installed distribution, then importing each plugin
# found: one observability SDK's plugin adds about 0.1 s to every run). Before any model is
# built, so for the command line only; a value the user set is kept (README.md, Performance).
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

# Start-up allocates some 75,000 container objects that mostly live as long as the process
# (modules, classes, compiled rules); at Python's default threshold (a collection every
# 700 new ones) the collector runs about 115 times in a one-draft run, 13-15 ms. Every
# 20,000 instead: garbage cycles are still collected, a little later.
_YOUNG = 20_000
if 0 < gc.get_threshold()[0] < _YOUNG:
    gc.set_threshold(_YOUNG, *gc.get_threshold()[1:])

from peelcheck.cli import check, importing, rules, ruletests, schemas  # noqa: E402
from peelcheck.cli.app import main  # noqa: E402

__all__ = ["check", "importing", "main", "rules", "ruletests", "schemas"]
