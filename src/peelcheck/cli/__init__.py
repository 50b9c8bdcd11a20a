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

# Start-up (imports, building the rules) makes objects that mostly live as long as the
# process; at Python's default threshold (a collection every 700 new ones) the collector
# visits them about 110 times in a one-draft run, 11-14 ms. Until the rules are loaded it
# runs every 100,000 instead, and `cli.options.load_rules` then puts what start-up made
# out of its sight (gc.freeze) and sets the threshold back: about 1 ms.
THRESHOLD = gc.get_threshold()
if 0 < THRESHOLD[0] < 100_000:
    gc.set_threshold(100_000, *THRESHOLD[1:])

# The commands' modules are imported when their command runs (`app.COMMANDS`).
from peelcheck.cli.app import main  # noqa: E402

__all__ = ["main"]
