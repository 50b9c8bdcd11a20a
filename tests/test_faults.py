"""Faults during a run: a worker killed mid-draft, SIGTERM, Ctrl-C. Each ends in its
documented exit code, with every other draft still reported and never a traceback."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES

DRAFT = (EXAMPLES / "gwent-2016-effectiveness.yaml").read_text(encoding="utf-8")

# Runs the real CLI in a process whose check of one named draft kills its own worker, as the
# out-of-memory killer would (SIGKILL: nothing runs after it).
KILLER = textwrap.dedent(
    """
    import os, signal, sys
    from peelcheck.run import pipeline
    original = pipeline.load_source
    def load_source(source, ruleset, **options):
        if "kill-me" in source.name and os.getpid() != PARENT:
            os.kill(os.getpid(), signal.SIGKILL)
        return original(source, ruleset, **options)
    PARENT = os.getpid()
    pipeline.load_source = load_source
    from peelcheck.cli import main
    sys.exit(main(sys.argv[1:]))
    """
)


def _drafts(folder: Path, count: int, victim: int | None = None) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        name = f"kill-me-{index:03}.yaml" if index == victim else f"d{index:03}.yaml"
        path = folder / name
        path.write_text(DRAFT, encoding="utf-8")
        paths.append(path)
    return paths


def test_a_killed_worker_leaves_one_draft_not_checked_and_reports_the_others(
    tmp_path: Path,
) -> None:
    _drafts(tmp_path / "drafts", 40, victim=17)
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            KILLER,
            "check",
            "--no-config",
            "--jobs",
            "2",
            "-f",
            "json",
            "drafts",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    report = json.loads(done.stdout)
    assert len(report["files"]) == 40  # every draft is in the report
    stopped = [f for f in report["findings"] if f["rule"] == "not-checked"]
    assert [f["file"] for f in stopped] == ["drafts/kill-me-017.yaml"]
    checked = {f["file"] for f in report["findings"] if f["rule"] == "space-after-full-stop"}
    assert len(checked) == 39  # the others were checked in full


def _children(pid: int) -> list[int]:
    try:
        tasks = Path(f"/proc/{pid}/task").iterdir()
        return [int(c) for t in tasks for c in (t / "children").read_text().split()]
    except OSError:
        return []


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs /proc (Linux)")
@pytest.mark.parametrize(
    ("sig", "code", "line"),
    [
        (signal.SIGTERM, 143, "peelcheck: terminated (SIGTERM); nothing was reported\n"),
        (signal.SIGINT, 130, "peelcheck: interrupted; nothing was reported\n"),
    ],
)
def test_a_stopped_run_exits_with_its_code_and_one_line(
    tmp_path: Path, sig: signal.Signals, code: int, line: str
) -> None:
    _drafts(tmp_path / "drafts", 600)
    process = subprocess.Popen(
        [sys.executable, "-m", "peelcheck", "check", "--no-config", "--jobs", "2", "drafts"],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,  # its own process group, as a shell job has
    )
    try:
        deadline = time.monotonic() + 60
        while len(_children(process.pid)) < 2 and time.monotonic() < deadline:
            time.sleep(0.02)  # wait until its workers are checking
        assert process.poll() is None, "the run ended before it could be stopped"
        os.killpg(process.pid, sig)  # the whole group, as a terminal or CI runner signals
        out, err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
    assert process.returncode == code
    assert err.decode() == line
    assert out == b""
