"""A rule's page, in the shape of ruff's rule pages (what it does, why, an example it
reports, what to write instead): for `peelcheck explain` at a terminal, and as Markdown
for docs/rules/<id>.md. Pack rules and peelcheck's built-in ids alike."""

from __future__ import annotations

import textwrap

from peelcheck.core.builtin_rules import BuiltinRule
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
    scope = _scope(rule)
    if scope:
        parts += ["", f"Applies to: {scope}"]
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
    recognises = getattr(spec.check, "recognises", None)
    known = recognises() if callable(recognises) else None
    if known:
        parts += ["", "What it recognises as a judgment:", textwrap.indent(known, "  ")]
    if spec.fix is not None:
        parts += ["", "Fix:", _wrapped(fix_text(rule))]
    parts += ["", f"As written in {rule.file}:{rule.line}:", textwrap.indent(rule.source, "  ")]
    return "\n".join(parts)


def explain_builtin(doc: BuiltinRule) -> str:
    """A built-in id's page: what it checks, what causes it, how to fix it, an example."""
    parts = [
        f"{doc.id} ({doc.severity.label}, built into peelcheck: cannot be waived or switched off)",
        "",
        doc.description,
        "",
        "What causes it:",
        _wrapped(doc.causes),
        "",
        "How to fix it:",
        _wrapped(doc.fix),
        "",
        "Example it reports:",
        textwrap.indent(doc.flagged.rstrip(), "  "),
        "",
        "Use instead:",
        textwrap.indent(doc.fixed.rstrip(), "  "),
    ]
    return "\n".join(parts)


def fix_text(rule: LoadedRule) -> str:
    """What the rule's fix writes, and whether `--fix` applies it; "" without a fix."""
    fix = rule.spec.fix
    if fix is None:
        return ""
    if fix.safe:
        how = "safe: `peelcheck check --fix` writes it"
    else:
        how = "unsafe: a person decides; `peelcheck check --fix --unsafe-fixes` writes it"
    return f"the flagged words are replaced by `{fix.replacement}` ({how})."


def _wrapped(text: str) -> str:
    return textwrap.fill(text, width=92, initial_indent="  ", subsequent_indent="  ")


def _scope(rule: LoadedRule) -> str:
    if not rule.spec.applies_to:
        return ""
    scope = rule.spec.applies_to.model_dump(exclude_none=True)
    return "; ".join(f"{key} {', '.join(values)}" for key, values in scope.items())


# -- Markdown pages (docs/rules/<id>.md) -------------------------------------------------


def rule_markdown(rule: LoadedRule) -> str:
    """The documentation page of a pack rule, generated from its pack."""
    spec = rule.spec
    facts = [f"pack `{rule.pack}`", f"default severity `{rule.severity.label}`"]
    facts.append(f"check `{rule.check_type}`")
    scope = _scope(rule)
    if scope:
        facts.append(f"applies to {scope}")
    example = spec.example
    return _page(
        rule.id,
        " · ".join(facts),
        what=spec.description.strip(),
        why=(spec.rationale or "").strip(),
        flagged=example.flagged if example else "",
        fixed=(example.fixed or "") if example else "",
        language="yaml",
        fix=f"Fix: {fix_text(rule)}" if spec.fix is not None else "",
        switch_off=(
            f"Turn it off for a project with `rules: {{{rule.id}: off}}` in `peelcheck.yaml`, "
            f"for some files with `per_file_ignores`, or accept one finding with a waiver "
            f"(`rule: {rule.id}`) in the draft."
        ),
    )


def builtin_markdown(doc: BuiltinRule) -> str:
    """The documentation page of a built-in id, generated from core/builtin_rules.py."""
    language = {"json-syntax": "json", "import": "text"}.get(doc.id, "yaml")
    return _page(
        doc.id,
        f"built into peelcheck · severity `{doc.severity.label}`",
        what=doc.description,
        why=doc.causes,
        flagged=doc.flagged,
        fixed=doc.fixed,
        language=language,
        fix=doc.fix,
        switch_off="It cannot be switched off, selected, waived or baselined: a draft that "
        "cannot be read as written cannot be checked.",
    )


def _page(
    rule_id: str,
    facts: str,
    *,
    what: str,
    why: str,
    flagged: str,
    fixed: str,
    language: str,
    switch_off: str,
    fix: str = "",
) -> str:
    lines = [
        f"# {rule_id}",
        "",
        f"<!-- generated by `python -m peelcheck.cli.docs` from its {_origin(facts)}: "
        "do not edit by hand -->",
        "",
        facts,
        "",
        "## What it does",
        "",
        what,
        "",
        "## Why",
        "",
        why,
        "",
        "## Example",
        "",
        f"```{language}",
        flagged.rstrip(),
        "```",
        "",
        "## Use instead",
        "",
    ]
    if fix:
        lines += [fix, ""]
    lines += [f"```{language}", fixed.rstrip(), "```", "", "## Switching it off", "", switch_off]
    return "\n".join(lines) + "\n"


def _origin(facts: str) -> str:
    return "code" if facts.startswith("built into") else "pack"
