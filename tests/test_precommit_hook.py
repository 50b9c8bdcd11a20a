"""The pre-commit hook (.pre-commit-hooks.yaml), installed by pre-commit itself with
`pre-commit try-repo` from this checkout (uncommitted changes included), in a drafts
repository laid out as docs/testing-rules.md shows: it reads the drafts and nothing else."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT
from tests.drafts_repo import DRAFTS, make_drafts_repo


def test_the_hook_reads_exactly_the_drafts(tmp_path: Path) -> None:
    repo = make_drafts_repo(tmp_path / "repo")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home")}
    env.pop("PYTHONPATH", None)  # the hook runs the peelcheck pre-commit installs, not ours
    result = subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), "peelcheck", "--all-files"],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    out = result.stdout + result.stderr
    assert result.returncode == 1, out  # the Gwent draft has an error finding
    findings = [line for line in out.splitlines() if line.startswith(("drafts/", "build/", "."))]
    named = {line.split(":", 1)[0] for line in findings}
    assert named == set(DRAFTS), out
    summary = next(line for line in out.splitlines() if " in 2 of 3 files" in line)
    assert summary.endswith("; skipped 4: 1 config, 1 rule pack, 1 rule test, 1 baseline"), out
    for never in ("build/", ".github", ".pre-commit-config", "rules/house", "tests/rules"):
        assert not any(line.startswith(never) for line in findings), never
