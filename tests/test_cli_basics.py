"""Exit codes and one-line messages of the check command (format details: test_formats)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, MINIMAL, run


def test_clean_draft_exits_0(write: Callable[..., Path]) -> None:
    result = run("check", str(write(MINIMAL)))
    assert result.code == 0, result.out  # info only: its 2023-25 areas are not verified
    assert "0 errors, 0 warnings" in result.out.splitlines()[-1]
    result = run("check", "--ignore", "framework-unverified", str(write(MINIMAL)))
    assert result.out.strip().endswith("no problems in 1 file")


def test_broken_examples_are_located_and_exit_1() -> None:
    result = run("check", *map(str, sorted((EXAMPLES / "broken").glob("*.yaml"))))
    assert result.code == 1
    lines = result.out.splitlines()
    assert any(":11:4: error yaml-syntax" in line for line in lines)
    assert any(
        ":11:5: error schema unknown key 'grdae'; did you mean 'grade'?" in line for line in lines
    )
    assert any(":11:12: error schema 'grade' is the number 2" in line for line in lines)
    assert "Traceback" not in result.out + result.err


def test_missing_file_exits_2_with_one_line() -> None:
    result = run("check", "no-such-draft.yaml")
    assert result.code == 2
    assert result.err.strip() == "peelcheck: error: no-such-draft.yaml: no such file or folder"


def test_bad_option_exits_2() -> None:
    assert run("check", "--fail-on", "sometimes", "x.yaml").code == 2
    assert run("check", "--format", "xml", str(EXAMPLES)).code == 2


def test_json_output_shape(write: Callable[..., Path]) -> None:
    draft = write(MINIMAL.replace("grade: Good", "grade: Requires improvement"))
    result = run("check", "--format", "json", str(draft))
    assert result.code == 1
    document = json.loads(result.out)
    (finding,) = [f for f in document["findings"] if f["rule"] == "requires-improvement-has-areas"]
    assert (finding["line"], finding["severity"]) == (8, "error")
    assert document["summary"]["error"] == sum(
        f["severity"] == "error" for f in document["findings"]
    )


def test_ctrl_c_exits_130_with_one_line_and_no_traceback(tmp_path: Path) -> None:
    import os
    import signal
    import subprocess
    import sys
    import time

    text = (EXAMPLES / "gwent-2016-effectiveness.yaml").read_text(encoding="utf-8")
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    for index in range(4000):  # several seconds of work on two cores: still running at 1.5 s
        (drafts / f"d{index:04d}.yaml").write_text(text, encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "peelcheck", "check", "--no-config", str(drafts)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        preexec_fn=_own_process_group_with_default_sigint,
    )
    # Wait until it is checking (its workers exist): on a loaded machine a fixed sleep can
    # signal it while Python is still importing, which is not what this test is about.
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not _has_children(process.pid):
        time.sleep(0.02)
    os.killpg(process.pid, signal.SIGINT)  # as a terminal does: the parent and its workers
    try:
        _, err = process.communicate(timeout=60)
    except subprocess.TimeoutExpired:  # it hung (a worker blocked on a pipe): clean up, fail
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        raise AssertionError("peelcheck did not exit after Ctrl-C") from None
    assert process.returncode == 130, err
    assert err.decode().strip() == "peelcheck: interrupted; nothing was reported"


def _has_children(pid: int) -> bool:
    try:
        return any(
            (task / "children").read_text().split() for task in Path(f"/proc/{pid}/task").iterdir()
        )
    except OSError:
        return False


def _own_process_group_with_default_sigint() -> None:
    import os
    import signal

    os.setpgrp()
    signal.signal(signal.SIGINT, signal.SIG_DFL)  # a shell's background jobs ignore it


SKIPPED = (".hidden", "node_modules", "__pycache__", "cached", "sub/.git", "sub/node_modules")


def _skippable_tree(write: Callable[..., Path]) -> None:
    """drafts/ with a draft of its own, one in a subfolder, and one in each SKIPPED folder."""
    for name in ("a.yaml", "sub/b.json", *(f"{folder}/c.yaml" for folder in SKIPPED)):
        write(MINIMAL, f"cwd/drafts/{name}")
    write("Signature: 8a477f597d28d172789f06886806bc55\n", "cwd/drafts/cached/CACHEDIR.TAG")


def test_a_folder_is_read_without_hidden_vendored_or_cache_folders(
    write: Callable[..., Path],
) -> None:
    _skippable_tree(write)
    result = run("check", "--format", "json", "drafts")
    files = [f["file"] for f in json.loads(result.out)["files"]]
    assert files == ["drafts/a.yaml", "drafts/sub/b.json"]


def test_a_skipped_folder_named_on_the_command_line_is_read(write: Callable[..., Path]) -> None:
    _skippable_tree(write)
    for folder in SKIPPED:
        result = run("check", "--format", "json", f"drafts/{folder}")
        files = [f["file"] for f in json.loads(result.out)["files"]]
        assert files == [f"drafts/{folder}/c.yaml"], folder


def test_dash_as_output_is_standard_output(
    write: Callable[..., Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    draft = write(MINIMAL)
    monkeypatch.chdir(tmp_path)
    result = run("check", "--format", "json", "-o", "-", str(draft))
    assert json.loads(result.out)["summary"]["files"] == 1
    result = run(
        "import",
        "--excerpt",
        "-o",
        "-",
        str(EXAMPLES.parent / "tests/data/pages/gwent-2016-effectiveness.txt"),
    )
    assert result.code == 0 and "subject: Gwent Police" in result.out
    assert not (tmp_path / "-").exists()  # no file named "-" was written
