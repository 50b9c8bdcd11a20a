"""Results of drafts already checked, kept between runs (`peelcheck check --cache`).

A draft's findings depend only on its bytes, its name, the rules and data of the run,
the run's settings (waivers, the date for date rules) and peelcheck's own code. The cache
keys each draft by its name and a hash of its bytes, and each cache file by a fingerprint
of everything else, so a changed draft, rule, pack data, option, date or peelcheck version
is checked afresh and never served a stale result.

The cache is one JSON file per fingerprint in a folder (default `.peelcheck_cache`, marked
with CACHEDIR.TAG and a .gitignore). JSON, not pickle: a cache folder can come from
anywhere (a CI cache, a checked-out branch), and reading it must never run code. A cache
file that cannot be read or does not have the expected shape is ignored and rewritten.

Trust: a cache folder is untrusted input. Every entry carries an HMAC over its draft key,
the run's fingerprint and its findings, keyed with a secret made once per user and kept
outside the project (`$XDG_CACHE_HOME/peelcheck/cache-key`, else `~/.cache/...`, mode 0600).
An entry edited by hand, copied from another machine or planted in a repository does not
verify and its draft is checked again, so a cache can make a run faster but never make a
failing draft pass. Only a regular file of at most `MAX_BYTES` is read (never a FIFO or a
device), and a file over `MAX_ENTRIES` is trimmed on the next save.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import hashlib
import hmac
import json
import os
import stat
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from peelcheck.checks.dictionary import list_digest
from peelcheck.core.findings import (
    DocumentPlace,
    Edit,
    Excerpt,
    Finding,
    Fix,
    JudgmentWords,
    Severity,
    Waived,
)
from peelcheck.packs.ruleset import RuleSet
from peelcheck.results.outline import Outline

FORMAT = 2  # 2: entries are signed
DEFAULT_FOLDER = ".peelcheck_cache"
MAX_ENTRIES = 50_000  # about 100 bytes a clean draft; oldest entries go first
MAX_BYTES = 256 * 1024 * 1024  # a larger cache file is not read (and is rewritten)
_TAG = (
    "Signature: 8a477f597d28d172789f06886806bc55\n"
    "# This folder is a cache of peelcheck results; see https://bford.info/cachedir/\n"
)


class CacheError(Exception):
    """The cache folder cannot be created or written; the run goes on without it."""


def rules_content(ruleset: RuleSet) -> dict[str, Any]:
    """What the run's rules are, apart from where their files are: each rule as written,
    the packs and their data."""
    return {
        "rules": [[r.id, r.pack, r.severity.label, r.source] for r in ruleset.rules],
        "packs": [[pack.name, _plain(pack.applies_to)] for pack in ruleset.packs],
        "data": _plain(_declared(ruleset.pack_data)),
        "defined": sorted(ruleset.defined_ids),
    }


def rules_hash(ruleset: RuleSet) -> str:
    """A short hash of the rules' content (shown in reports): equal for the same packs
    wherever they are installed."""
    encoded = json.dumps(rules_content(ruleset), sort_keys=True, default=repr).encode()
    return hashlib.blake2b(encoded, digest_size=6).hexdigest()


def run_key(
    ruleset: RuleSet,
    *,
    use_waivers: bool,
    today: dt.date,
    excerpt: bool = False,
    max_findings_per_rule: int = 100,
) -> str:
    """A hash of everything besides a draft that its findings depend on."""
    content = {
        "format": FORMAT,
        "python": sys.version,
        "code": _code_hash(),
        **rules_content(ruleset),
        "places": [[rule.file, rule.line] for rule in ruleset.rules],
        "waivers": use_waivers,
        "today": today.isoformat(),
    }
    if excerpt:  # only then, so that the caches of other runs stay valid
        content["excerpt"] = True
    if max_findings_per_rule != 100:  # likewise, only when not the default
        content["max_findings_per_rule"] = max_findings_per_rule
    encoded = json.dumps(content, sort_keys=True, default=repr).encode()
    return hashlib.blake2b(encoded, digest_size=16).hexdigest()


def draft_key(name: str, data: bytes) -> str:
    """The key of a draft: its display name and a hash of its bytes."""
    digest = hashlib.blake2b(data, digest_size=16)
    digest.update(b"\0" + name.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


class ResultCache:
    """Findings by draft key, for one fingerprint; `save` writes them back."""

    def __init__(self, folder: Path, fingerprint: str, secret: bytes | None = None) -> None:
        self.folder = folder
        self.fingerprint = fingerprint
        self._secret = secret if secret is not None else user_secret()
        self._entries: dict[str, Any] = {}
        self._changed = False
        self._load()

    @property
    def file(self) -> Path:
        """The cache file of this fingerprint."""
        return self.folder / f"results-{self.fingerprint}.json"

    def get(self, key: str, name: str) -> tuple[list[Finding], bool, Outline | None] | None:
        """The findings (as if of file `name`), `checked` flag and outline cached under `key`."""
        entry = self._entries.get(key)
        if entry is None:
            return None
        try:
            if not hmac.compare_digest(str(entry["mac"]), self._mac(key, entry)):
                raise ValueError("the entry is not one this user's peelcheck wrote")
            findings = [_finding(name, item) for item in entry["findings"]]
            checked = bool(entry["checked"])
            outline = entry.get("outline")
            outline = None if outline is None else Outline.from_json(outline)
        except (KeyError, TypeError, ValueError, AttributeError):
            del self._entries[key]  # a damaged or foreign entry: check the draft again
            self._changed = True
            return None
        self._entries[key] = self._entries.pop(key)  # most recently used last
        return findings, checked, outline

    def put(
        self, key: str, findings: Iterable[Finding], checked: bool, outline: Outline | None = None
    ) -> None:
        """Remember the findings (and outline) of a draft checked in this run."""
        self._entries.pop(key, None)
        entry: dict[str, Any] = {"checked": checked, "findings": [_row(f) for f in findings]}
        if outline is not None:
            entry["outline"] = outline.to_json()
        entry["mac"] = self._mac(key, entry)
        self._entries[key] = entry
        self._changed = True

    def _mac(self, key: str, entry: dict[str, Any]) -> str:
        """The entry's signature: its draft key, this run's fingerprint, its findings and
        the draft's outline."""
        signed = json.dumps(
            [key, self.fingerprint, entry["checked"], entry["findings"], entry.get("outline")],
            separators=(",", ":"),
            default=repr,
        )
        return hmac.new(self._secret, signed.encode("utf-8", "surrogatepass"), "sha256").hexdigest()

    def save(self) -> None:
        """Write the cache file (atomically) and remove files of other fingerprints."""
        if not self._changed:
            return
        entries = self._entries
        if len(entries) > MAX_ENTRIES:
            entries = dict(list(entries.items())[-MAX_ENTRIES:])
        content = {"peelcheck-cache": FORMAT, "fingerprint": self.fingerprint, "entries": entries}
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            tag = self.folder / "CACHEDIR.TAG"
            if not tag.exists():
                tag.write_text(_TAG, encoding="utf-8")
                (self.folder / ".gitignore").write_text("*\n", encoding="utf-8")
            handle, temporary = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
            written = Path(temporary)
            try:
                with os.fdopen(handle, "w", encoding="utf-8") as out:
                    json.dump(content, out, separators=(",", ":"))
                written.chmod(0o644)  # mkstemp makes it private; a shared cache stays readable
                written.replace(self.file)
            finally:
                written.unlink(missing_ok=True)  # left only when writing failed
        except OSError as err:
            raise CacheError(
                f"cannot write the cache in {self.folder}: {err.strerror or err}"
            ) from None
        for other in self.folder.glob("results-*.json"):
            if other != self.file:
                # another run's file in use, or not a file: harmless, left alone
                with contextlib.suppress(OSError):
                    other.unlink()

    def _load(self) -> None:
        try:
            # never block on a FIFO, never read a device or an endless file
            descriptor = os.open(self.file, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        except OSError:
            return  # none yet, or unreadable: start empty
        with os.fdopen(descriptor, "rb") as handle:
            status = os.fstat(handle.fileno())
            if not stat.S_ISREG(status.st_mode) or status.st_size > MAX_BYTES:
                self._changed = True  # replaced by a real cache file when saved
                return
            try:
                content = json.load(handle)
            except (OSError, ValueError, RecursionError):
                return
        if (
            isinstance(content, dict)
            and content.get("peelcheck-cache") == FORMAT
            and content.get("fingerprint") == self.fingerprint
            and isinstance(content.get("entries"), dict)
        ):
            self._entries = content["entries"]
            self._changed = len(self._entries) > MAX_ENTRIES  # trimmed when saved


def user_secret() -> bytes:
    """This user's key for signing cache entries, made once and kept outside any project.

    When it cannot be stored (a read-only home), a key for this process alone is used:
    entries written now will simply not verify in a later run.
    """
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    path = Path(base) / "peelcheck" / "cache-key"
    try:
        secret = path.read_bytes()
        if len(secret) >= 32:
            return secret
    except OSError:
        pass
    secret = os.urandom(32)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "wb") as out:
            out.write(secret)
    except OSError:
        pass
    return secret


def _row(finding: Finding) -> list[Any]:
    waived = finding.waived
    return [
        finding.rule,
        finding.severity.label,
        finding.message,
        finding.path,
        finding.line,
        finding.column,
        finding.end_line,
        finding.end_column,
        finding.snippet,
        None if waived is None else dataclasses.astuple(waived),
        finding.more,
        None if finding.context is None else dataclasses.astuple(finding.context),
        None if finding.place is None else dataclasses.astuple(finding.place),
        None if finding.judgment is None else dataclasses.astuple(finding.judgment),
        None if finding.fix is None else _fix_row(finding.fix),
    ]


def _fix_row(fix: Fix) -> list[Any]:
    edits = [[e.start, e.end, e.replacement, e.paragraph] for e in fix.edits]
    return [fix.safe, edits, fix.path, fix.unfixable]


def _fix(row: list[Any]) -> Fix:
    safe, edits, path, unfixable = row
    found = tuple(
        Edit(int(start), int(end), str(text), None if paragraph is None else int(paragraph))
        for start, end, text, paragraph in edits
    )
    return Fix(bool(safe), found, str(path), unfixable=str(unfixable), located=True)


def _finding(name: str, row: list[Any]) -> Finding:
    fields, context = row[:11], row[11] if len(row) > 11 else None
    rule, severity, message, path, line, column, end_line, end_column, snippet, waived, more = (
        fields
    )
    place = row[12] if len(row) > 12 else None
    judgment = row[13] if len(row) > 13 else None
    fix = row[14] if len(row) > 14 else None
    return Finding(
        name,
        str(rule),
        Severity.parse(severity),
        str(message),
        str(path),
        int(line),
        int(column),
        None if end_line is None else int(end_line),
        None if end_column is None else int(end_column),
        str(snippet),
        None if waived is None else Waived(*waived),
        int(more),
        None if context is None else Excerpt(str(context[0]), int(context[1]), int(context[2])),
        None if place is None else _place(place),
        None
        if judgment is None
        else JudgmentWords(int(judgment[0]), int(judgment[1]), str(judgment[2])),
        None if fix is None else _fix(fix),
    )


def _place(row: list[Any]) -> DocumentPlace:
    paragraph, start, end, headings, quote = row
    return DocumentPlace(int(paragraph), int(start), int(end), tuple(headings), str(quote))


def _code_hash() -> str:
    """A hash of peelcheck's own source: an edited checkout never reads old results."""
    digest = hashlib.blake2b(digest_size=16)
    package = Path(__file__).resolve().parents[1]  # the whole peelcheck package
    for source in sorted(package.rglob("*.py")):
        digest.update(source.relative_to(package).as_posix().encode() + b"\0")
        digest.update(source.read_bytes())
    return digest.hexdigest()


def _declared(pack_data: Any) -> dict[str, Any]:
    """What the packs declare, without what is built from it (a splitter, caches): only
    declared content may decide a key, and a built object's repr would differ per process.
    A dictionary counts by its content, not by where it is installed."""
    declared = {
        item.name: getattr(pack_data, item.name)
        for item in dataclasses.fields(pack_data)
        if not item.name.startswith("_")
    }
    if "dictionaries" in declared:
        declared["dictionaries"] = {
            name: _digest(path) for name, path in declared["dictionaries"].items()
        }
    return declared


def _digest(path: str) -> str:
    try:
        return list_digest(path)
    except OSError:
        return "unreadable"  # the spelling rule reports it; the key only has to differ


def _plain(value: Any) -> Any:
    """`value` as JSON-ready data (pydantic models and dates included)."""
    if hasattr(value, "model_dump"):
        return value.model_dump(mode="json")
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value
