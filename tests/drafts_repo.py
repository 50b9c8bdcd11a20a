"""A drafts repository laid out as docs/testing-rules.md shows, built from that page's own
files (its config, house pack and rule tests), for tests of what `peelcheck check .` reads."""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path

from tests.conftest import EXAMPLES, ROOT

LAYOUT_DOC = ROOT / "docs" / "testing-rules.md"
# the drafts `peelcheck check .` must read in that repository, and nothing else
DRAFTS = [
    "drafts/gwent-2016-effectiveness.yaml",
    "drafts/gwent-2016-efficiency.docx",
    "drafts/waived-majority.json",
]


def doc_files() -> dict[str, str]:
    """The files docs/testing-rules.md writes out, by path: a ```yaml block naming its file
    in a comment on its first line."""
    text = LAYOUT_DOC.read_text(encoding="utf-8")
    found = {}
    for block in re.findall(r"^```yaml\n(.*?)^```", text, re.M | re.S):
        first = block.splitlines()[0]
        named = re.search(r"#\s*([\w./-]+\.ya?ml)\s*$", first)
        if named:
            found[named[1]] = block
    return found


def word_draft() -> bytes:
    """A small Word draft (what is in it does not matter here: which files are read does)."""
    import docx

    document = docx.Document()
    for text in ("Gwent PEEL 2016", "Efficiency", "How efficient is the force?", "Good"):
        document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def make_drafts_repo(root: Path, *, git: bool = True) -> Path:
    """The repository of docs/testing-rules.md under `root`, committed to git when `git`."""
    import json

    import yaml

    for name, text in doc_files().items():
        _write(root / name, text)
    assert {"peelcheck.yaml", "rules/house.yaml", "tests/rules/no-template-text.yaml"} <= set(
        doc_files()
    ), "docs/testing-rules.md no longer shows the layout's files"
    gwent = (EXAMPLES / "gwent-2016-effectiveness.yaml").read_text(encoding="utf-8")
    _write(root / DRAFTS[0], gwent)
    (root / DRAFTS[1]).write_bytes(word_draft())
    waived = yaml.safe_load((EXAMPLES / "waived-majority.yaml").read_text(encoding="utf-8"))
    _write(root / DRAFTS[2], json.dumps(waived, indent=2, default=str))
    _write(root / "drafts" / "notes.txt", "Notes from the moderation meeting.\n")
    _write(root / "peelcheck-baseline.json", '{\n  "peelcheck-baseline": 1,\n  "findings": []\n}\n')
    _write(root / ".gitignore", "build/\n")
    _write(root / "build" / "export.yaml", gwent)
    _write(root / ".pre-commit-config.yaml", "repos: []\n")
    _write(root / ".github" / "workflows" / "peelcheck.yml", "name: peelcheck\non: [push]\n")
    if git:
        _git(root, "init", "-q", "-b", "main")
        _git(root, "add", "-A")
        _git(root, "commit", "-q", "-m", "drafts")
    return root


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _git(root: Path, *args: str) -> None:
    identity = ["-c", "user.name=t", "-c", "user.email=t@example.invalid"]
    subprocess.run(["git", *identity, *args], cwd=root, check=True, capture_output=True)
