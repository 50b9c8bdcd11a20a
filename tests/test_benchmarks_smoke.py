"""The benchmark scripts run, on two drafts (benchmarks/; never a timed assertion)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import yaml

from tests.conftest import ROOT

BENCHMARKS = ROOT / "benchmarks"


def _run(script: str, *args: str) -> str:
    done = subprocess.run(
        [sys.executable, str(BENCHMARKS / script), *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    return done.stdout


def test_generated_drafts_are_deterministic_and_twins(tmp_path: Path) -> None:
    _run("generate.py", "--count", "2", "--seed", "3", "--out", str(tmp_path / "a"))
    _run("generate.py", "--count", "2", "--seed", "3", "--out", str(tmp_path / "b"))
    for name in ("d00000", "d00001"):
        first = (tmp_path / "a" / "pool" / "yaml" / f"{name}.yaml").read_bytes()
        assert first == (tmp_path / "b" / "pool" / "yaml" / f"{name}.yaml").read_bytes()
        twin = json.loads((tmp_path / "a" / "pool" / "json" / f"{name}.json").read_text())
        assert yaml.load(first, Loader=yaml.CSafeLoader) == twin
        assert 5 <= len(twin["questions"]) <= 11
    manifest = json.loads((tmp_path / "a" / "manifest.json").read_text())
    assert manifest["count"] == 2 and set(manifest["drafts"]) == {"d00000", "d00001"}


def test_run_prints_the_tables(tmp_path: Path) -> None:
    out = _run(
        "run.py",
        *("--sizes", "1,2", "--repeats", "1", "--jobs-size", "2", "--no-spectral"),
        *("--out", str(tmp_path), "--seed", "3", "--kinds-size", "2", "--base", str(ROOT)),
    )
    assert "floor s (min-max)" in out
    sizes = re.findall(r"^\s*([\d,]+)\s+\d+\.\d+ \(.*\)\s+\d+\.\d+ \(", out, re.MULTILINE)
    assert sizes == ["1", "2"]
    assert any(line.startswith("--jobs 2") for line in out.splitlines())
    assert "planted defects in 2 drafts" in out
    assert "targets" in out
    kinds = re.findall(r"^(real|full)\s+\d+\.\d\s+\d+\.\d+ \(", out, re.MULTILINE)
    assert kinds == ["real", "full"]
    assert re.search(r"^  full\s+2 drafts\s+[\d,]+ findings  identical$", out, re.MULTILINE)
    assert "same findings as base (common rules)" in out
    # one draft against the base, with the compiled-pack cache warm and without it
    assert re.search(r"^real cold\s+\d+\.\d+ \(", out, re.MULTILINE)
    assert "real: one draft <= 0.5x base (CPU, no pack cache)" in out


def test_real_and_full_length_drafts_are_published_prose_of_their_size(tmp_path: Path) -> None:
    for kind, low, high in (("real", 8, 30), ("full", 70, 150)):
        out = tmp_path / kind
        _run("generate.py", "--kind", kind, "--count", "2", "--seed", "3", "--out", str(out))
        for path in sorted((out / "pool" / "yaml").glob("*.yaml")):
            draft = yaml.load(path.read_bytes(), Loader=yaml.CSafeLoader)
            prose = sum(len(q["narrative"].encode()) for q in draft["questions"])
            assert low * 1024 <= prose <= high * 1024, (kind, prose)
            assert "effectively with partner organisations" in path.read_text() or kind == "real"
        if kind == "full":
            assert draft["inspection"]["cycle"] == "2023-25" and len(draft["questions"]) == 9
