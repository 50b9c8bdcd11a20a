"""Paired whole-process timings of two builds (issue 21): A B A B ..., each run's CPU (user +
system, from `os.wait4`) and wall time; medians and the median of the pair-by-pair ratios.

    python benchmarks/paired.py --pairs 11 --a . --b ../base-9771de6 -- check --no-config FILE

`--a` and `--b` are source checkouts (their `src/` is put on PYTHONPATH); everything after
`--` is peelcheck's command line. Each build is run once untimed first (bytecode, pack cache),
and keeps its own user cache folder.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _once(src: Path, args: list[str], cache: Path) -> tuple[float, float]:
    """(CPU s, wall s) of one `python -m peelcheck ARGS` run of the build at `src`, with
    its own user cache folder (a build removes other builds' compiled-pack entries)."""
    environment = dict(os.environ, PYTHONPATH=str(src / "src"), XDG_CACHE_HOME=str(cache))
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "peelcheck", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=environment,
    )
    _, _, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    return usage.ru_utime + usage.ru_stime, wall


def main() -> None:
    """Print the paired figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=11)
    parser.add_argument("--a", type=Path, default=Path())
    parser.add_argument("--b", type=Path, required=True)
    parser.add_argument("args", nargs="+", help="peelcheck's arguments (after --)")
    options = parser.parse_args()
    builds = (options.a.resolve(), options.b.resolve())
    for src in builds:
        if not (src / "src" / "peelcheck").is_dir():
            # else PYTHONPATH names nothing and both runs time the installed build
            parser.error(f"{src} is not a source checkout: it has no src/peelcheck")
    with tempfile.TemporaryDirectory() as folder:
        caches = {src: Path(folder) / str(index) for index, src in enumerate(builds)}
        for src in builds:
            _once(src, options.args, caches[src])
        runs: dict[Path, list[tuple[float, float]]] = {src: [] for src in builds}
        for _ in range(options.pairs):
            for src in builds:
                runs[src].append(_once(src, options.args, caches[src]))
    a, b = (runs[src] for src in builds)
    for what, index in (("CPU", 0), ("wall", 1)):
        ratios = [x[index] / y[index] for x, y in zip(a, b, strict=True)]
        print(
            f"{what}: A {statistics.median(x[index] for x in a):.3f} s, "
            f"B {statistics.median(y[index] for y in b):.3f} s, "
            f"A/B {statistics.median(ratios):.3f}x (pairs {options.pairs}, "
            f"load {os.getloadavg()[0]:.1f})"
        )


if __name__ == "__main__":
    main()
