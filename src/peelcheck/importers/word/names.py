"""The inspected force or service, as the packs' tables name it, and what to say when not."""

from __future__ import annotations

import re

from peelcheck.importers.facts import ImportFacts, resolve_subject, suggest_subject, table_file

_SUFFIX = re.compile(
    r"\s+(?:police(?:\s+service)?|constabulary|fire\s*(?:&|and)\s*rescue(?:\s+service)?|frs"
    r"|fire\s+(?:service|brigade))\Z",
    re.I,
)

__all__ = ["resolve_subject", "unknown_subject"]


def unknown_subject(name: str, programme: str, facts: ImportFacts) -> str:
    """Why `name` is not accepted, with the nearest name in the table."""
    short = _SUFFIX.sub("", name.strip())  # "Kent Constabulary": Kent is the better clue
    nearest = suggest_subject(short, programme, facts) or suggest_subject(name, programme, facts)
    kind = "fire and rescue service" if programme == "FRS" else "force"
    hint = f"; did you mean '{nearest}'?" if nearest else ""
    return f"'{name}' is not a {kind} in the {table_file(programme)}{hint}"
