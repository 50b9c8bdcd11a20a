"""The inspected force or service, as the packs' tables name it."""

from __future__ import annotations

import difflib
import re

from peelcheck.importers.builder import ImportFacts, resolve_force

_SERVICE_SUFFIX = re.compile(
    r"\s+(?:fire\s*(?:&|and)\s*rescue(?:\s+service)?|frs|fire\s+(?:service|brigade))\Z", re.I
)
_FORCE_SUFFIX = re.compile(r"\s+(?:police(?:\s+service)?|constabulary)\Z", re.I)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower().replace("&", " and ")).strip("-")


def resolve_service(name: str, facts: ImportFacts) -> str | None:
    """The services table's name for `name` ("Avon FRS", "Avon" -> "Avon Fire and Rescue
    Service")."""
    key = _slug(name)
    short = _slug(_SERVICE_SUFFIX.sub("", name.strip()))
    for row in facts.services:
        official = row.get("service_name", "")
        names = {
            row.get("service_id", ""),
            _slug(official),
            _slug(_SERVICE_SUFFIX.sub("", official)),
        }
        names |= {_slug(alias) for alias in (row.get("aliases") or "").split(";") if alias.strip()}
        if key in names or short in names:
            return official
    return None


def resolve_subject(name: str, programme: str, facts: ImportFacts) -> str | None:
    """The table name of the force (PEEL) or service (FRS) the report is on."""
    return resolve_service(name, facts) if programme == "FRS" else resolve_force(name, facts)


def unknown_subject(name: str, programme: str, facts: ImportFacts) -> str:
    """Why `name` is not accepted, with the nearest name in the table."""
    if programme == "FRS":
        official = [row.get("service_name", "") for row in facts.services]
        table, kind = "rules/data/services.csv", "fire and rescue service"
        suffix = _SERVICE_SUFFIX
    else:
        official = [row.get("force_name", "") for row in facts.forces]
        table, kind = "rules/data/forces.csv", "force"
        suffix = _FORCE_SUFFIX
    names = {short: full for full in official for short in (full, suffix.sub("", full))}
    short = suffix.sub("", name.strip())  # "Kent Constabulary": Kent is the better clue
    close = difflib.get_close_matches(short, list(names), n=1, cutoff=0.6)
    close = close or difflib.get_close_matches(name, list(names), n=1, cutoff=0.6)
    hint = f"; did you mean '{names[close[0]]}'?" if close else ""
    return f"'{name}' is not a {kind} in the table ({table}){hint}"
