"""SARIF 2.1.0 output, for GitHub code scanning and other SARIF viewers.

One run. `tool.driver.rules` describes every loaded rule and every built-in rule id
(loader, schema and waiver problems), so each result's `ruleIndex` points at its rule.
Regions come from the source map; columns count Unicode code points and `endColumn` is
exclusive, as SARIF defines it. Waived findings are results with a `suppressions` entry.
On a Word draft a line is a paragraph: the region's snippet quotes the flagged words and the
result's `properties.word` gives the paragraph's index, the offsets and the heading path.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import PurePath, PurePosixPath, PureWindowsPath
from typing import Any
from urllib.parse import quote

from peelcheck import __version__
from peelcheck.core.builtin_rules import BUILTIN_RULES, LOADER_RULES
from peelcheck.core.findings import Finding, Fix, Severity
from peelcheck.core.ruledoc import is_absolute_url, rule_url
from peelcheck.formatters import RunReport

SCHEMA_URI = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
# Finding.waived.kind -> SARIF suppression kind
SUPPRESSION_KINDS = {"waiver": "inSource", "baseline": "external"}


def render(report: RunReport) -> str:
    """The whole run as one SARIF log."""
    rules = _descriptors(report)
    index = {rule["id"]: i for i, rule in enumerate(rules)}
    results = []
    seen: dict[str, int] = {}
    for finding in report.all_shown():
        key = partial_fingerprint(finding)
        seen[key] = seen.get(key, 0) + 1
        if seen[key] > 1:  # the same value flagged twice at one path: keep them apart
            key = f"{key}:{seen[key]}"
        results.append(_result(finding, index[finding.rule], key))
    log = {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "peelcheck",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "rules": rules,
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"


def _descriptors(report: RunReport) -> list[dict[str, Any]]:
    """Loaded rules in load order, then built-in ids, then any other id a finding uses."""
    rules: list[dict[str, Any]] = []
    for rule in report.rules:
        full = rule.description.strip()
        if rule.rationale:
            full += "\n\n" + rule.rationale.strip()
        descriptor: dict[str, Any] = {
            "id": rule.id,
            "shortDescription": {"text": _first_paragraph(rule.description)},
            "fullDescription": {"text": full},
            "defaultConfiguration": {"level": LEVELS[rule.severity]},
            "properties": {"pack": rule.pack, "tags": [rule.pack]},
        }
        if is_absolute_url(rule.url):  # a relative link means nothing in a code-scanning view
            descriptor["helpUri"] = rule.url
        rules.append(descriptor)
    known = {r["id"] for r in rules}
    for rule_id, text in BUILTIN_RULES.items():
        if rule_id not in known:
            known.add(rule_id)
            builtin: dict[str, Any] = {"id": rule_id, "shortDescription": {"text": text}}
            if rule_id in LOADER_RULES:  # an unreadable draft is always an error
                builtin["defaultConfiguration"] = {"level": "error"}
            builtin["properties"] = {"pack": "peelcheck", "tags": ["peelcheck"]}
            url = rule_url(report.docs_url, rule_id)
            if is_absolute_url(url):
                builtin["helpUri"] = url
            rules.append(builtin)
    for finding in report.all_shown():
        if finding.rule not in known:  # e.g. a rule id reported by a newer stage
            known.add(finding.rule)
            rules.append({"id": finding.rule, "shortDescription": {"text": finding.rule}})
    return rules


def _first_paragraph(text: str) -> str:
    return " ".join(text.strip().split("\n\n")[0].split())


def _result(finding: Finding, rule_index: int, key: str) -> dict[str, Any]:
    region: dict[str, Any] = {"startLine": finding.line, "startColumn": finding.column}
    if finding.end_line is not None and finding.end_column is not None:
        region["endLine"] = finding.end_line
        region["endColumn"] = finding.end_column
    location: dict[str, Any] = {
        "physicalLocation": {
            "artifactLocation": {"uri": artifact_uri(finding.file)},
            "region": region,
        }
    }
    if finding.path:
        location["logicalLocations"] = [{"fullyQualifiedName": finding.path}]
    result: dict[str, Any] = {
        "ruleId": finding.rule,
        "ruleIndex": rule_index,
        "level": LEVELS[finding.severity],
        "message": {"text": finding.message},
        "locations": [location],
        "partialFingerprints": {"peelcheckFinding/v1": key},
        "properties": {"path": finding.path},
    }
    place = finding.place
    if place is not None:  # a Word draft: lines are paragraphs; say which words, under what
        region["snippet"] = {"text": place.quote}
        result["properties"]["word"] = {
            "paragraph": place.paragraph,
            "start": place.start,
            "end": place.end,
            "headings": list(place.headings),
        }
    if finding.fix is not None and finding.fix.applicable:
        result["fixes"] = [_fix(finding, finding.fix)]
        result["properties"]["fixSafe"] = finding.fix.safe
    if finding.waived is not None:
        suppression: dict[str, Any] = {
            "kind": SUPPRESSION_KINDS.get(finding.waived.kind, "external"),
            "status": "accepted",
            "justification": finding.waived.reason,
        }
        extra = {"approved_by": finding.waived.approved_by, "expires": finding.waived.expires}
        if any(extra.values()):
            suppression["properties"] = {k: v for k, v in extra.items() if v}
        result["suppressions"] = [suppression]
    return result


def _fix(finding: Finding, fix: Fix) -> dict[str, Any]:
    """A SARIF fix: character offsets (code points) into the decoded file, or for a Word
    draft, lines that are its paragraphs (1-based) and columns within them."""
    replacements = []
    for edit in fix.edits:
        if edit.paragraph is None:
            region = {"charOffset": edit.start, "charLength": edit.end - edit.start}
        else:
            region = {
                "startLine": edit.paragraph + 1,
                "startColumn": edit.start + 1,
                "endLine": edit.paragraph + 1,
                "endColumn": edit.end + 1,
            }
        replacements.append(
            {"deletedRegion": region, "insertedContent": {"text": edit.replacement}}
        )
    kind = "safe" if fix.safe else "unsafe: check it before applying"
    return {
        "description": {"text": f"peelcheck fix ({kind})"},
        "artifactChanges": [
            {"artifactLocation": {"uri": artifact_uri(finding.file)}, "replacements": replacements}
        ],
    }


def partial_fingerprint(finding: Finding) -> str:
    """A hash of file, rule, data path, flagged value and message: stable when lines move."""
    key = "\0".join((finding.file, finding.rule, finding.path, finding.snippet, finding.message))
    return hashlib.sha256(key.encode("utf-8", "surrogateescape")).hexdigest()[:32]


_DRIVE = re.compile(r"^[A-Za-z]:[\\/]")


def artifact_uri(file: str) -> str:
    """A file name as a URI reference: relative paths stay relative (GitHub resolves them
    against the checkout), absolute paths become file: URIs."""
    path: PurePath = PureWindowsPath(file) if _DRIVE.match(file) else PurePosixPath(file)
    # a name that is not UTF-8 (its bytes held as surrogates) is percent-encoded byte by byte
    raw = path.as_posix().encode("utf-8", "surrogateescape")
    if path.is_absolute():
        drive = "/" if isinstance(path, PureWindowsPath) else ""
        return "file://" + drive + quote(raw, safe="/-._~:")
    return quote(file.replace("\\", "/").encode("utf-8", "surrogateescape"), safe="/-._~")
