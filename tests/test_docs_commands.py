"""Every command a reader is shown works: each line of every ```sh block in README.md,
docs/*.md and benchmarks/README.md is run here (or by .ci/run), in a drafts repository laid
out as docs/testing-rules.md shows, unless SKIPPED says why not. Install lines install from
this checkout (its HEAD commit), not from the network's copy of peelcheck. The `peelcheck
check` commands of the CI examples (GitHub Actions, GitLab CI) are run the same way."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT
from tests.drafts_repo import make_drafts_repo, word_draft

PAGES = [
    ROOT / "README.md",
    *sorted((ROOT / "docs").glob("*.md")),
    ROOT / "benchmarks" / "README.md",
]
INSTALL_FROM = "https://github.com/OWNER/peelcheck@COMMIT"
CI_RUN = (
    "python3 -m venv .venv && .venv/bin/pip install -q -e '.[test]' && .venv/bin/python -m pytest"
)

# (page, command as written) -> why it is not run here
SKIPPED = {
    ("README.md", CI_RUN): ".ci/run runs it, read from the README, from a clean checkout",
    (
        "benchmarks/README.md",
        ".venv/bin/python benchmarks/run.py            # 1, 100, 1,000, 10,000 drafts (about 5 minutes)",
    ): "the full benchmark: minutes of timing on a shared machine; "
    "tests/test_benchmarks_smoke.py runs its code on two drafts",
    (
        "benchmarks/README.md",
        ".venv/bin/python benchmarks/run.py --quick    # 1, 100, 1,000, three runs each (about 1 minute)",
    ): "timing runs; tests/test_benchmarks_smoke.py runs the same code on two drafts",
    (
        "benchmarks/README.md",
        ".venv/bin/python benchmarks/rule_costs.py     # where the time goes: per stage, pack and rule",
    ): "timing runs; tests/test_benchmarks_smoke.py runs the same code on two drafts",
    (
        "benchmarks/README.md",
        "cd benchmarks/spectral && npm install --no-package-lock    # package.json: spectral-cli 6.16.3",
    ): "the Spectral comparison needs Node.js and the npm registry",
}


def _blocks(language: str) -> list[tuple[str, int, str]]:
    found = []
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        for match in re.finditer(rf"^```{language}\n(.*?)^```", text, re.M | re.S):
            line = text.count("\n", 0, match.start()) + 1
            found.append((str(page.relative_to(ROOT)), line, match[1]))
    return found


def _commands(block: str) -> list[str]:
    """The block's commands: continued lines joined, blank lines and comment lines dropped."""
    commands, current = [], ""
    for line in block.splitlines():
        current += line
        if current.endswith("\\"):
            current = current[:-1] + " "
            continue
        if current.strip() and not current.lstrip().startswith("#"):
            commands.append(current)
        current = ""
    return commands


BLOCKS = _blocks("sh")
COMMANDS = [(page, line, command) for page, line, block in BLOCKS for command in _commands(block)]


@pytest.fixture(scope="module")
def head() -> str:
    """The commit install lines install: this checkout's HEAD."""
    return subprocess.run(
        ["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.strip()


def _sandbox(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A drafts repository with the files the docs name, and `peelcheck` (this checkout's)
    and `python3` on PATH."""
    repo = make_drafts_repo(tmp_path / "drafts-repo")
    shutil.copy(ROOT / "tests" / "data" / "reference" / "gwent-peel-2016-effectiveness.txt", repo)
    gwent = (repo / "drafts" / "gwent-2016-effectiveness.yaml").read_text(encoding="utf-8")
    (repo / "drafts" / "2016-gwent-effectiveness.yaml").write_text(gwent, encoding="utf-8")
    (repo / "drafts" / "report.docx").write_bytes(word_draft())
    shutil.copy(repo / "drafts" / "waived-majority.json", repo / "report.json")
    tools = tmp_path / "bin"
    tools.mkdir()
    _script(
        tools / "peelcheck",
        f'PYTHONPATH="{ROOT / "src"}" exec "{sys.executable}" -m peelcheck "$@"',
    )
    base = getattr(sys, "_base_executable", sys.executable)
    _script(tools / "python3", f'exec "{base}" "$@"')
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["PATH"] = f"{tools}{os.pathsep}{env.get('PATH', '')}"
    env["GITHUB_STEP_SUMMARY"] = str(tmp_path / "step-summary.md")
    return repo, env


def _script(path: Path, line: str) -> None:
    path.write_text(f"#!/bin/sh\n{line}\n", encoding="utf-8")
    path.chmod(0o755)


def _run(command: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", "-c", command], cwd=cwd, env=env, capture_output=True, text=True, timeout=900
    )


def _assert_worked(done: subprocess.CompletedProcess[str], command: str) -> None:
    output = done.stdout + done.stderr
    # 1 is a check that found what the example drafts hold; 2 would be a usage or tool error
    allowed = (0, 1) if re.search(r"peelcheck check\b", command) else (0,)
    assert done.returncode in allowed, f"{command}\n{output}"
    assert "Traceback" not in output, output
    assert "peelcheck: error" not in done.stderr, done.stderr


def _checkout_copy(target: Path) -> Path:
    """The files of this checkout, as a clean clone would have them (uncommitted edits too)."""
    listed = (
        subprocess.run(
            ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
            cwd=ROOT,
            capture_output=True,
            check=True,
        )
        .stdout.decode()
        .split("\0")
    )
    for name in filter(None, listed):
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    return target


@pytest.mark.parametrize(("page", "line", "block"), BLOCKS, ids=[f"{p}:{n}" for p, n, _ in BLOCKS])
def test_every_documented_command_works(
    page: str, line: int, block: str, tmp_path: Path, head: str
) -> None:
    """The block's commands in turn, in one folder (a line may need what the lines above
    made, such as a virtual environment)."""
    commands = [c for c in _commands(block) if (page, c) not in SKIPPED]
    if not commands:
        pytest.skip("; ".join(SKIPPED[page, c] for c in _commands(block)))
    repo, env = _sandbox(tmp_path)
    cwd = repo
    if (page, line) == ("README.md", BLOCKS[0][1]):  # the set-up block runs in a checkout
        cwd = _checkout_copy(tmp_path / "checkout")
    for command in commands:
        command = command.replace(INSTALL_FROM, f"file://localhost{ROOT}@{head}")
        _assert_worked(_run(command, cwd, env), command)


def test_every_skipped_command_is_still_in_the_docs() -> None:
    written = {(page, command) for page, _, command in COMMANDS}
    assert sorted(set(SKIPPED) - written) == []


def _ci_commands() -> list[tuple[str, str]]:
    found = []
    for page, _, block in _blocks("yaml"):
        if not re.match(r"# (\.github/workflows/|\.gitlab-ci\.yml)", block):
            continue  # not a CI configuration file
        data = yaml.safe_load(block)
        for value in _strings(data):
            if value.lstrip().startswith("peelcheck check"):
                found.append((page, " ".join(value.split())))
    return found


def _strings(data: object) -> list[str]:
    if isinstance(data, str):
        return [data]
    if isinstance(data, dict):
        return [s for value in data.values() for s in _strings(value)]
    if isinstance(data, list):
        return [s for value in data for s in _strings(value)]
    return []


def test_the_ci_examples_peelcheck_commands_work(tmp_path: Path) -> None:
    commands = _ci_commands()
    assert len(commands) >= 2  # GitHub Actions and GitLab CI
    for page, command in commands:
        repo, env = _sandbox(tmp_path / str(len(list(tmp_path.iterdir()))))
        done = _run(command, repo, env)
        _assert_worked(done, f"{page}: {command}")
        for output in re.findall(r"--output (\S+)", command):
            named = output.strip('"').replace("$GITHUB_STEP_SUMMARY", env["GITHUB_STEP_SUMMARY"])
            target = Path(named) if Path(named).is_absolute() else repo / named
            assert target.is_file() and target.stat().st_size > 0, output


def test_the_pre_commit_example_pins_a_commit_of_a_hook_that_exists() -> None:
    (example,) = [
        yaml.safe_load(b) for p, _, b in _blocks("yaml") if p == "docs/output.md" and "rev:" in b
    ]
    (repo,) = example["repos"]
    assert repo["rev"] == "COMMIT"
    manifest = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert {hook["id"] for hook in repo["hooks"]} <= {hook["id"] for hook in manifest}
