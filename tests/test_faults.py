"""Faults during a run: a worker killed mid-draft, SIGTERM, Ctrl-C, files and folders that
cannot be read or written (real permissions, even as root). Each ends in its documented
exit code, with every other draft still reported and never a traceback."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests import unprivileged
from tests.conftest import EXAMPLES, TODO_PACK

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


# --- permissions: real ones, even as root (see tests/unprivileged.py) ---------------------

OK = (EXAMPLES / "peel-2023-25.yaml").read_text(encoding="utf-8")


@pytest.fixture
def lock() -> Iterator[Callable[[Path, int], Path]]:
    """lock(path, mode) -> path, its mode set until the test ends (then it can be removed)."""
    locked: list[tuple[Path, int]] = []

    def _lock(path: Path, mode: int = 0) -> Path:
        locked.append((path, path.stat().st_mode & 0o7777))
        path.chmod(mode)
        assert unprivileged.binds(path) or mode & 0o444, f"{path} is still readable"
        return path

    yield _lock
    for path, mode in reversed(locked):
        path.chmod(mode)


def _tree(root: Path) -> Path:
    """drafts/a.yaml, drafts/closed/b.yaml, drafts/open/c.yaml."""
    for name in ("a.yaml", "closed/b.yaml", "open/c.yaml"):
        (root / "drafts" / name).parent.mkdir(parents=True, exist_ok=True)
        (root / "drafts" / name).write_text(OK, encoding="utf-8")
    return root / "drafts"


def _report(done: subprocess.CompletedProcess[str]) -> dict[str, list[str]]:
    """File -> its finding rules, from a JSON report; the stderr contract held."""
    assert unprivileged.keeps_contract(done.stderr), done.stderr
    report = json.loads(done.stdout)
    found: dict[str, list[str]] = {entry["file"]: [] for entry in report["files"]}
    for finding in report["findings"]:
        found[finding["file"]].append(finding["rule"])
    return found


def test_the_pools_threads_end_quietly_once_its_workers_are_ended() -> None:
    # Ending the workers can leave a pipe half-written, and the pool's manager thread then
    # fails: its traceback once came after the stopped run's one line ("Exception in
    # thread"). In a process of its own: pytest catches thread errors itself. The process
    # ends as a stopped run does, with os._exit (cli.app.interrupted): a normal exit would
    # also run the pool's exit hook, which may write to a pipe the ended pool has closed
    # (a race the CLI never runs into; it failed one CI run in three).
    script = textwrap.dedent(
        """
        import os
        import sys
        import threading
        from concurrent.futures import ProcessPoolExecutor
        from peelcheck.run import workers

        pool = ProcessPoolExecutor(1)
        pool.submit(int, "1").result()
        workers._end_workers(pool)

        def fail():
            raise OSError("handle is closed")

        thread = threading.Thread(target=fail, name="pool manager")
        thread.start()
        thread.join()
        print("ended")
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(0)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert (done.returncode, done.stdout, done.stderr) == (0, "ended\n", "")


@pytest.mark.parametrize(
    "argument", ["drafts", "drafts/**/*.yaml", "drafts/*/*.yaml"], ids=["folder", "**", "*"]
)
@pytest.mark.parametrize("cache", ["--no-cache", "--cache"])
def test_an_unreadable_sub_folder_is_reported_and_the_others_are_checked(
    tmp_path: Path, lock: Callable[[Path, int], Path], argument: str, cache: str
) -> None:
    lock(_tree(tmp_path) / "closed", 0)
    done = unprivileged.peelcheck(
        "check", "--no-config", cache, "-f", "json", argument, cwd=tmp_path
    )
    assert done.returncode == 1, done.stderr
    found = _report(done)
    assert found.pop("drafts/closed/") == ["not-checked"]
    assert "drafts/open/c.yaml" in found  # every other draft is reported
    assert all("not-checked" not in rules for rules in found.values())
    message = json.loads(done.stdout)["findings"]
    assert any(
        f["message"].startswith("this folder cannot be searched (Permission denied)")
        for f in message
    )


def test_an_unreadable_folder_named_is_reported_not_a_crash(
    tmp_path: Path, lock: Callable[[Path, int], Path]
) -> None:
    lock(_tree(tmp_path) / "closed", 0)
    done = unprivileged.peelcheck("check", "--no-config", "drafts/closed", cwd=tmp_path)
    assert done.returncode == 1
    assert done.stdout.startswith(
        "drafts/closed/:1:1: error not-checked this folder cannot be searched (Permission denied)"
    )
    assert unprivileged.keeps_contract(done.stderr), done.stderr


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_an_unreadable_draft_is_one_finding_and_the_others_are_checked(
    tmp_path: Path, lock: Callable[[Path, int], Path], jobs: str
) -> None:
    drafts = _tree(tmp_path)
    for index in range(40):  # enough for worker processes with --jobs 2
        (drafts / f"more-{index:02}.yaml").write_text(OK, encoding="utf-8")
    lock(drafts / "open" / "c.yaml", 0)
    done = unprivileged.peelcheck(
        "check", "--no-config", "--jobs", jobs, "-f", "json", "drafts", cwd=tmp_path
    )
    assert done.returncode == 1, done.stderr
    found = _report(done)
    assert len(found) == 43
    assert found.pop("drafts/open/c.yaml") == ["not-checked"]
    assert all("not-checked" not in rules for rules in found.values())
    assert "this file cannot be read (Permission denied)" in done.stdout


@pytest.mark.parametrize(
    ("name", "text", "hint"),
    [
        ("peelcheck.yaml", "packs: [grades]\n", ""),
        ("pyproject.toml", '[tool.peelcheck]\npacks = ["grades"]\n', ", or give --config FILE"),
    ],
)
def test_an_unreadable_config_is_one_line_and_exit_2(
    tmp_path: Path, lock: Callable[[Path, int], Path], name: str, text: str, hint: str
) -> None:
    (tmp_path / "draft.yaml").write_text(OK, encoding="utf-8")
    (tmp_path / name).write_text(text, encoding="utf-8")
    lock(tmp_path / name, 0)
    done = unprivileged.peelcheck("check", "--no-cache", "draft.yaml", cwd=tmp_path)
    assert done.returncode == 2
    first = f"{name}:1:1: cannot read this config file (Permission denied); make it readable{hint}"
    assert done.stderr.startswith(first)
    assert unprivileged.keeps_contract(done.stderr), done.stderr
    assert done.stdout == ""


@pytest.mark.parametrize("how", ["--rules", "config", "extends"])
def test_an_unreadable_rule_pack_is_one_line_and_exit_2(
    tmp_path: Path, lock: Callable[[Path, int], Path], how: str
) -> None:
    (tmp_path / "draft.yaml").write_text(OK, encoding="utf-8")
    pack = tmp_path / "local.yaml"
    pack.write_text(TODO_PACK, encoding="utf-8")
    lock(pack, 0)
    options = ["--no-config", "--rules", "local.yaml"]
    if how == "config":
        (tmp_path / "peelcheck.yaml").write_text("packs: [base, local.yaml]\n", encoding="utf-8")
        options = []
    elif how == "extends":
        outer = TODO_PACK.replace("pack: local", "pack: outer").replace("[base]", "[local.yaml]")
        (tmp_path / "outer.yaml").write_text(outer.replace("no-todo", "no-todo-2"), "utf-8")
        options = ["--no-config", "--rules", "outer.yaml"]
    done = unprivileged.peelcheck("check", "--no-cache", *options, "draft.yaml", cwd=tmp_path)
    assert done.returncode == 2, done.stdout
    assert unprivileged.keeps_contract(done.stderr), done.stderr
    (line,) = done.stderr.splitlines()  # one line, naming the pack and why
    assert "local.yaml" in line
    assert line.endswith(("Permission denied", "is not readable; see 'peelcheck check --help'"))
    assert done.stdout == ""


@pytest.mark.parametrize("option", ["--output", "--write-baseline"])
@pytest.mark.parametrize("where", ["read-only folder", "read-only file"])
def test_a_read_only_output_is_one_line_and_exit_2_and_left_as_it_was(
    tmp_path: Path, lock: Callable[[Path, int], Path], option: str, where: str
) -> None:
    (tmp_path / "draft.yaml").write_text(OK, encoding="utf-8")
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "result.json"
    if where == "read-only file":
        target.write_text('{"peelcheck-baseline": 1, "findings": []}\n', encoding="utf-8")
        lock(target, 0o444)
    else:
        lock(tmp_path / "out", 0o555)
    before = target.read_bytes() if target.exists() else None
    done = unprivileged.peelcheck(
        "check", "--no-config", "--no-cache", "-f", "json", option, "out/result.json",
        "draft.yaml", cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 2, done.stderr
    what = "baseline " if option == "--write-baseline" else ""
    assert (
        done.stderr == f"peelcheck: error: cannot write {what}out/result.json: Permission denied\n"
    )
    assert (target.read_bytes() if target.exists() else None) == before
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == (
        ["result.json"] if before else []
    )


def test_permission_tests_are_real_here(tmp_path: Path, lock: Callable[[Path, int], Path]) -> None:
    """In CI (root) the tests above must have bound permissions, not skipped or lied."""
    secret = tmp_path / "secret.yaml"
    secret.write_text(OK, encoding="utf-8")
    lock(secret, 0)
    assert unprivileged.binds(secret)


def test_an_unreadable_cache_file_is_passed_over_and_the_draft_checked(
    tmp_path: Path, lock: Callable[[Path, int], Path]
) -> None:
    (tmp_path / "draft.yaml").write_text(OK.replace("is good at", "is good at  "), "utf-8")
    args = ("check", "--no-config", "--cache", "-f", "json", "draft.yaml")
    first = unprivileged.peelcheck(*args, cwd=tmp_path)
    (entry,) = (tmp_path / ".peelcheck_cache").glob("results-*.json")
    lock(entry, 0)
    again = unprivileged.peelcheck(*args, cwd=tmp_path)
    assert (again.returncode, again.stderr) == (first.returncode, "")
    assert json.loads(again.stdout)["findings"] == json.loads(first.stdout)["findings"]


@pytest.mark.parametrize("argument", ["drafts", "drafts/**/*.yaml", "drafts/*/*.yaml"])
def test_an_unreadable_folder_the_user_excludes_is_not_reported(
    tmp_path: Path, lock: Callable[[Path, int], Path], argument: str
) -> None:
    lock(_tree(tmp_path) / "closed", 0)
    done = unprivileged.peelcheck(
        "check", "--no-config", "--extend-exclude", "closed/", "-f", "json", argument,
        cwd=tmp_path,
    )  # fmt: skip
    found = _report(done)
    top = [] if argument == "drafts/*/*.yaml" else ["drafts/a.yaml"]
    assert sorted(found) == [*top, "drafts/open/c.yaml"]
    assert done.returncode == 0, done.stderr
