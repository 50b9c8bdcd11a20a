"""peelcheck: consistency checks for drafts of graded inspection reports."""

__version__ = "0.1.0"
