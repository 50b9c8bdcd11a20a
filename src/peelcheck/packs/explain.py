"""`peelcheck explain`: a rule's page, in the shape of ruff's rule pages."""

from __future__ import annotations

import textwrap

from peelcheck.packs.ruleset import LoadedRule


def explain_rule(rule: LoadedRule) -> str:
    """What the rule does and why, where it applies, the rule as written, and examples."""
    spec = rule.spec
    parts = [
        f"{spec.id} ({rule.severity.label}, pack {rule.pack}, check {rule.check_type})",
        "",
        spec.description.strip(),
    ]
    if spec.rationale:
        parts += ["", "Why:", textwrap.indent(spec.rationale.strip(), "  ")]
    if spec.applies_to:
        scope = spec.applies_to.model_dump(exclude_none=True)
        parts += ["", "Applies to: " + "; ".join(f"{k} {', '.join(v)}" for k, v in scope.items())]
    if spec.url:
        parts += ["", f"More: {spec.url}"]
    if spec.example:
        parts += [
            "",
            "Example of a draft it flags:",
            textwrap.indent(spec.example.flagged.rstrip(), "  "),
        ]
        if spec.example.fixed:
            parts += ["", "Use instead:", textwrap.indent(spec.example.fixed.rstrip(), "  ")]
    parts += ["", f"As written in {rule.file}:{rule.line}:", textwrap.indent(rule.source, "  ")]
    return "\n".join(parts)
