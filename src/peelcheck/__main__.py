"""`python -m peelcheck` runs the command line."""

from peelcheck.cli import main

main()
