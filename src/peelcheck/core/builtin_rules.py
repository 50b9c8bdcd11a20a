"""Rule ids that peelcheck itself reports, outside any rule pack, with one-line descriptions.

Formatters describe them like pack rules (SARIF `tool.driver.rules`, `peelcheck explain`).
They are stable ids, like pack rule ids. None of them can be waived or baselined: they say
the draft, or a waiver in it, could not be read as written.
"""

from __future__ import annotations

# Problems reading a draft (peelcheck.loader, peelcheck.validate).
LOADER_RULES: dict[str, str] = {
    "file-format": "The file can be read as a draft: not empty, not too large, UTF-8 text.",
    "yaml-syntax": "The draft is well-formed YAML.",
    "json-syntax": "The draft is well-formed JSON.",
    "duplicate-key": "No key appears twice in the same mapping (YAML keeps only the last one).",
    "not-checked": "Every draft is checked to the end: this one's check was stopped because the "
    "process checking it ended unexpectedly (killed, for example for lack of memory).",
    "schema": "The draft follows the draft format (schemas/report.schema.json): known keys, "
    "required fields, right types.",
}

# Problems with the draft's `waivers:` (peelcheck.waivers).
WAIVER_RULES: dict[str, str] = {
    "unknown-waiver-rule": "Every waiver names a rule id of a loaded rule pack.",
    "unused-waiver": "Every waiver matches at least one finding; remove waivers that no longer "
    "apply.",
    "expired-waiver": "A waiver past its `expires` date is not applied; renew or remove it.",
}

BUILTIN_RULES: dict[str, str] = {**LOADER_RULES, **WAIVER_RULES}
"""Every built-in rule id -> a one-sentence description."""
