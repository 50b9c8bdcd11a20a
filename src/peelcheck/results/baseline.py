"""Baselines: findings a team has accepted for now, so that only new ones fail a run.

`peelcheck check DRAFTS --write-baseline FILE` records the current findings; `--baseline FILE`
marks those found again as waived (kind "baseline") and leaves new ones to fail the run. An
entry is keyed by rule, file (relative to the baseline file's folder), data path and a
fingerprint of the flagged text, never by line, so editing text above a finding does not
make it new. Entries carry a count: two identical findings against one entry leave one new.

Only findings of pack rules are recorded, and only those not waived in the draft: problems
reading a draft or its waivers (`peelcheck.builtin_rules`) always show. An entry is stale when
its draft was checked and its rule ran but it matched nothing, when its draft no longer
exists, or when no pack defines its rule; stale entries are reported, and dropped from the
file only with `--prune-baseline`. The file format (version 1) is documented in
docs/waivers-and-baselines.md.
"""

from __future__ import annotations

import hashlib
import json
import os
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, Field

from peelcheck.core.atomic import write_atomically
from peelcheck.core.builtin_rules import BUILTIN_RULES
from peelcheck.core.findings import Finding, Waived
from peelcheck.core.versions import Version1
from peelcheck.draft.read import load_file
from peelcheck.draft.validate import validate_model

if TYPE_CHECKING:
    from peelcheck.results.file_result import FileResult

BASELINE_VERSION = 1

Key = tuple[str, str, str, str]
"""An entry's identity: file, rule, path, fingerprint."""


class BaselineError(Exception):
    """A baseline file is missing, unreadable, invalid or cannot be written (exit 2)."""


class _Entry(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, defer_build=True)

    file: str
    rule: str
    path: str
    fingerprint: str
    count: int = Field(default=1, ge=1)
    message: str = ""


class _BaselineFile(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, defer_build=True)

    version: Version1 = Field(alias="peelcheck-baseline")
    findings: list[_Entry]


def snippet_hash(snippet: str) -> str:
    """A short stable hash of the flagged text, ignoring changes of whitespace."""
    text = " ".join(unicodedata.normalize("NFC", snippet).split())
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def baselinable(finding: Finding) -> bool:
    """True for an unwaived finding of a pack rule (what a baseline records and hides)."""
    return finding.waived is None and finding.rule not in BUILTIN_RULES


@dataclass
class Baseline:
    """A baseline file's entries: how many findings of each key were accepted."""

    path: Path
    display: str
    counts: Counter[Key] = field(default_factory=Counter)
    messages: dict[Key, str] = field(default_factory=dict)
    _file_keys: dict[str, str] = field(default_factory=dict, repr=False, compare=False)

    @cached_property
    def root(self) -> str:
        """The folder that entries' file names are relative to."""
        return str(self.path.resolve().parent)

    def file_key(self, name: str) -> str:
        """A checked file's name as recorded: relative to the baseline's folder, with `/`."""
        if name.startswith("<"):  # standard input without --stdin-filename
            return name
        if name not in self._file_keys:
            try:
                relative = os.path.relpath(Path(name).resolve(), self.root)
            except ValueError:  # another drive on Windows
                relative = str(Path(name).resolve())
            self._file_keys[name] = Path(relative).as_posix()
        return self._file_keys[name]

    def key(self, finding: Finding) -> Key:
        """The key of a finding in this baseline."""
        return (
            self.file_key(finding.file),
            finding.rule,
            finding.path,
            snippet_hash(finding.snippet),
        )

    def exists(self, file_key: str) -> bool:
        """True when the recorded draft still exists (names from standard input count)."""
        return file_key.startswith("<") or Path(self.root, file_key).is_file()

    def add(self, key: Key, count: int = 1, message: str = "") -> None:
        """Accept `count` more findings of `key`."""
        self.counts[key] += count
        self.messages.setdefault(key, message)

    def entries(self) -> list[dict[str, object]]:
        """The entries as written to the file, sorted."""
        return [_entry(key, count, self.messages.get(key, "")) for key, count in self._sorted()]

    def _sorted(self) -> list[tuple[Key, int]]:
        return sorted((k, c) for k, c in self.counts.items() if c > 0)

    def files(self) -> int:
        """How many drafts have entries."""
        return len({key[0] for key, count in self.counts.items() if count > 0})

    def total(self) -> int:
        """How many findings the baseline accepts."""
        return sum(c for c in self.counts.values() if c > 0)


def _entry(key: Key, count: int, message: str) -> dict[str, object]:
    file, rule, path, print_ = key
    return {
        "file": file,
        "rule": rule,
        "path": path,
        "fingerprint": print_,
        "count": count,
        "message": message,
    }


def read(path: Path, display: str | None = None) -> Baseline:
    """Read and validate a baseline file; BaselineError (one line) when that fails."""
    name = display or str(path)
    if not path.exists():
        raise BaselineError(f"baseline {name} not found; record one with --write-baseline {name}")
    if path.is_dir():
        raise BaselineError(f"baseline {name} is a folder; give the baseline file")
    try:
        loaded = load_file(path, name)
    except OSError as err:
        raise BaselineError(f"cannot read baseline {name}: {err.strerror}") from None
    if not loaded.ok:
        raise BaselineError(_first(loaded.findings, "not a baseline file"))
    data = loaded.data
    version = data.get("peelcheck-baseline") if isinstance(data, dict) else None
    if isinstance(version, int) and version != BASELINE_VERSION:
        raise BaselineError(
            f"{name}: baseline format version {version} is not one this peelcheck reads "
            f"({BASELINE_VERSION}); record it again with --write-baseline"
        )
    spec, problems = validate_model(_BaselineFile, loaded, rule="baseline")
    if spec is None:
        raise BaselineError(_first(problems, "not a valid baseline file"))
    baseline = Baseline(path, name)
    for entry in spec.findings:
        key = (entry.file, entry.rule, entry.path, entry.fingerprint)
        baseline.add(key, entry.count, entry.message)
    return baseline


def _first(findings: Sequence[Finding], what: str) -> str:
    first = findings[0]
    more = f" (and {len(findings) - 1} more problems)" if len(findings) > 1 else ""
    return f"{first.file}:{first.line}:{first.column}: {what}: {first.message}{more}"


def write(baseline: Baseline) -> None:
    """Write the baseline file (sorted, stable), replacing it in one step."""
    document = {"peelcheck-baseline": BASELINE_VERSION, "findings": baseline.entries()}
    text = json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    try:
        write_atomically(baseline.path, [text])
    except OSError as err:
        raise BaselineError(f"cannot write baseline {baseline.display}: {err.strerror}") from None


def record(
    results: Iterable[FileResult],
    path: Path,
    display: str,
    *,
    previous: Baseline | None,
    ran: frozenset[str],
    known: frozenset[str],
) -> Baseline:
    """A baseline of the current findings, keeping `previous` entries this run did not cover.

    Covered: drafts whose rules ran, for the rules that ran. Entries of other drafts and
    rules are kept while their draft exists and their rule is defined.
    """
    results = list(results)
    baseline = Baseline(path, display)
    covered = {baseline.file_key(r.file) for r in results if r.checked}
    if previous is not None:
        for key, count in previous.counts.items():
            file, rule = key[0], key[1]
            if (file in covered and rule in ran) or rule not in known:
                continue
            if baseline.exists(file):
                baseline.add(key, count, previous.messages.get(key, ""))
    for result in results:
        for finding in result.findings:
            if baselinable(finding):
                baseline.add(baseline.key(finding), 1, finding.message)
    return baseline


@dataclass
class Outcome:
    """What comparing a run with a baseline found."""

    matched: int = 0
    new: int = 0
    stale: Counter[Key] = field(default_factory=Counter)

    def stale_entries(self, baseline: Baseline) -> list[dict[str, object]]:
        """The stale entries, as in the file, sorted."""
        return [
            _entry(key, count, baseline.messages.get(key, ""))
            for key, count in sorted(self.stale.items())
        ]


def apply(
    results: Iterable[FileResult],
    baseline: Baseline,
    *,
    ran: frozenset[str],
    known: frozenset[str],
) -> Outcome:
    """Mark findings found in the baseline as waived (in place) and find stale entries."""
    results = list(results)
    left = Counter(baseline.counts)
    outcome = Outcome()
    waived = Waived(f"recorded in {baseline.display}", "baseline")
    for result in results:
        marked: list[Finding] = []
        for finding in result.findings:
            if baselinable(finding):
                key = baseline.key(finding)
                if left[key] > 0:
                    left[key] -= 1
                    outcome.matched += 1
                    finding = finding.with_waiver(waived)
                else:
                    outcome.new += 1
            marked.append(finding)
        result.findings = marked
    covered = {baseline.file_key(r.file) for r in results if r.checked}
    for key, count in left.items():
        file, rule = key[0], key[1]
        gone = rule not in known or not baseline.exists(file)
        if count > 0 and (gone or (file in covered and rule in ran)):
            outcome.stale[key] = count
    return outcome


def prune(baseline: Baseline, stale: Counter[Key]) -> Baseline:
    """The baseline without its stale entries."""
    pruned = Baseline(baseline.path, baseline.display)
    for key, count in baseline.counts.items():
        if count - stale.get(key, 0) > 0:
            pruned.add(key, count - stale.get(key, 0), baseline.messages.get(key, ""))
    return pruned
