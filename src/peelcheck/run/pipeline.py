"""One draft through the stages: load, validate, evaluate, waive, place the fixes.

Data flows one way. The CLI builds a `RunSettings`, this module returns a `FileResult` for a
draft, `run.workers` does so for many drafts at once, formatters turn them into output.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import TYPE_CHECKING

from peelcheck.core.findings import Finding, Severity, sort_findings
from peelcheck.core.reading import read_bounded
from peelcheck.draft.loaded import Loaded
from peelcheck.draft.read import MAX_BYTES, load_bytes, load_file
from peelcheck.draft.validate_draft import validate_draft
from peelcheck.engine.evaluate import evaluate
from peelcheck.fixes.locate import locate_fixes
from peelcheck.packs.ruleset import RuleSet
from peelcheck.results.file_result import FileResult
from peelcheck.results.waivers import apply_waivers
from peelcheck.run.inputs import Source
from peelcheck.run.patterns import PLAIN_SUFFIXES
from peelcheck.run.settings import RunSettings

if TYPE_CHECKING:
    from peelcheck.importers.facts import ImportFacts


def check_loaded(loaded: Loaded, ruleset: RuleSet, settings: RunSettings) -> FileResult:
    """Validate and evaluate a loaded draft."""
    result = FileResult(loaded.file, list(loaded.findings))
    if not loaded.ok:
        result.findings = sort_findings(_placed(loaded, result.findings))
        return result
    report, problems = validate_draft(loaded)
    result.findings.extend(problems)
    if report is not None:
        result.checked = True
        if settings.outlines:  # HTML output and the results cache only
            from peelcheck.results.outline import outline_of

            result.outline = outline_of(report)
        result.findings.extend(
            evaluate(
                loaded,
                report,
                ruleset,
                today=settings.today,
                max_per_rule=settings.max_findings_per_rule,
            )
        )
        if settings.use_waivers:
            today = settings.today or dt.date.today()
            result.findings = apply_waivers(result.findings, loaded, report, ruleset, today)
    result.findings = sort_findings(_placed(loaded, result.findings))
    return result


def _placed(loaded: Loaded, findings: list[Finding]) -> list[Finding]:
    """Findings on an imported Word draft carry their paragraph and heading path; fixes
    are placed in the file."""
    source = loaded.source
    return locate_fixes(
        loaded, findings if source is None else [source.placed(f) for f in findings]
    )


def load_source(source: Source, ruleset: RuleSet, *, excerpt: bool = False) -> Loaded:
    """Read one source; an unreadable file raises OSError. Documents are imported with what
    the run's packs say about grades, pillars and names. An `excerpt` is marked as one."""
    if not source.name.lower().endswith(PLAIN_SUFFIXES):  # the importers only where needed
        from peelcheck.importers import import_bytes, import_file, importable

        if importable(source.name):  # .txt, .docx: imported in memory, spans into the original
            facts = import_facts(ruleset)
            if source.data is not None:
                return import_bytes(source.data, source.name, facts, excerpt=excerpt)
            assert source.path is not None
            return import_file(source.path, facts, source.name, excerpt=excerpt)
    if source.data is not None:
        loaded = load_bytes(source.data, source.name, json=source.name.lower().endswith(".json"))
    else:
        assert source.path is not None
        loaded = load_file(source.path, source.name)
    if excerpt:
        from peelcheck.importers import mark_excerpt

        return mark_excerpt(loaded)
    return loaded


def check_source(source: Source, ruleset: RuleSet, settings: RunSettings) -> FileResult:
    """Load, validate and evaluate one draft (without the rules `per_file_ignores` switches
    off for it). A draft or folder that cannot be read is a `not-checked` result."""
    if source.unreadable is not None:
        return not_checked(source, f"this folder cannot be searched ({source.unreadable}); "
                            "drafts in it, if any, were not checked")  # fmt: skip
    rules = without(ruleset, source.ignore)
    try:
        loaded = load_source(source, rules, excerpt=settings.excerpt)
    except OSError as err:
        if err.filename is None:  # not the draft's own read: a broken installation
            raise
        return not_checked(source, f"this file cannot be read ({err.strerror})")
    return check_loaded(loaded, rules, settings)


def _for_output(result: FileResult) -> FileResult:
    """The result less what only fixing reads: each fix's copy of the whole value it
    edits (a paragraph or more), held otherwise until the run's output is written."""
    findings = result.findings
    for index, finding in enumerate(findings):
        fix = finding.fix
        if fix is not None and fix.text is not None:
            findings[index] = replace(finding, fix=replace(fix, text=None))
    return result


def check_for_output(source: Source, ruleset: RuleSet, settings: RunSettings) -> FileResult:
    """`check_source`, less what only fixing reads (a run holds every result until output)."""
    return _for_output(check_source(source, ruleset, settings))


def not_checked(source: Source, message: str) -> FileResult:
    """The result of a draft that was not checked, saying why."""
    finding = Finding(source.name, "not-checked", Severity.ERROR, message)
    return FileResult(source.name, [finding], checked=False)


def without(ruleset: RuleSet, ignore: tuple[str, ...]) -> RuleSet:
    """The rule set less the rule ids and packs in `ignore` (made once per set of names)."""
    if not ignore:
        return ruleset
    key = (id(ruleset), ignore)
    found = _NARROWED.get(key)
    if found is None or found[0] is not ruleset:
        kept = [r for r in ruleset.rules if r.id not in ignore and r.pack not in ignore]
        narrowed = RuleSet(ruleset.packs, kept, ruleset.pack_data, ruleset.defined_ids)
        found = _NARROWED[key] = (ruleset, narrowed)
    return found[1]


_NARROWED: dict[tuple[int, tuple[str, ...]], tuple[RuleSet, RuleSet]] = {}


def source_key(source: Source) -> tuple[Source, str | None]:
    """The source with its bytes read, and its cache key; no key for what is not a draft
    file of a draft's size (the loader reports it without reading it)."""
    from peelcheck.results.cache import draft_key

    if source.data is None:
        from peelcheck.importers import MAX_DOCX_BYTES, importable

        assert source.path is not None
        limit = MAX_DOCX_BYTES if importable(source.name) else MAX_BYTES
        try:
            data = read_bounded(source.path, limit)
        except OSError:  # not a regular file, or unreadable: checking it reports why
            return source, None
        source = Source(source.name, source.path, data, source.ignore)
    assert source.data is not None
    # the rules switched off for this draft change its findings: they are part of its key
    name = "\0".join((source.name, *source.ignore))
    return source, draft_key(name, source.data)


def check_keyed(
    source: Source, ruleset: RuleSet, settings: RunSettings
) -> tuple[str | None, FileResult]:
    """Check one draft, with the cache key of the very bytes that were checked (its result
    as output needs it)."""
    source, key = source_key(source)
    return key, _for_output(check_source(source, ruleset, settings))


def import_facts(ruleset: RuleSet) -> ImportFacts:
    """What the importers need of the run's packs, worked out once per rule set."""
    from peelcheck.importers.facts import ImportFacts

    found = _IMPORT_FACTS.get(id(ruleset))
    if found is None or found[0] is not ruleset:
        found = _IMPORT_FACTS[id(ruleset)] = (ruleset, ImportFacts.from_pack(ruleset.pack_data))
    return found[1]


_IMPORT_FACTS: dict[int, tuple[RuleSet, ImportFacts]] = {}
