"""Time `peelcheck check` on generated drafts against the floor, and against Spectral.

For each size N it runs the whole `peelcheck check` process (all built-in packs, output to
/dev/null) several times and prints the median wall time with min and max, drafts per
second, peak memory (RSS of the largest process, workers included, as `/usr/bin/time`
reports it) and the ratio to the floor: one Python process that only reads and parses the
same files with PyYAML's C loader. Then `--jobs 1` against `--jobs 2`, the findings against
the defects the generator planted, the targets of issue 8, and, when Spectral is installed
(benchmarks/spectral/node_modules), the same three rules in both tools on the same JSON
documents.

    python benchmarks/run.py                       # 1, 100, 1,000, 10,000 drafts
    python benchmarks/run.py --quick               # 1, 100, 1,000, three runs each
    python benchmarks/run.py --sizes 1,1000 --repeats 9 --no-spectral
    python benchmarks/run.py --quick --base ../base-9771de6   # and a base build beside it

Real sizes (issue 21): for each `--kinds` (16 KB drafts of the reference report's text,
full-length 2023-25 reports of about 100 KB of prose) one draft's whole process and 1,000
drafts against the floor; with `--base` (a source checkout of another build, such as a git
worktree at 9771de6) one draft of each kind in both builds, in turn, and their JSON findings
compared on every kind for the rules both builds have.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import generate  # a sibling script, not a package

HERE = Path(__file__).resolve().parent
SPECTRAL_DIR = HERE / "spectral"
FLOOR = """\
import sys
from pathlib import Path
import yaml
for path in sorted(Path(sys.argv[1]).rglob(sys.argv[2])):
    with path.open("rb") as handle:
        yaml.load(handle, Loader=yaml.CSafeLoader)
"""


# An installed package has compiled bytecode; let the timed processes write and reuse it
# even where the shell asks Python not to (PYTHONDONTWRITEBYTECODE).
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
# The per-user compiled-pack cache of the timed runs is the benchmark's own: warm after each
# command's untimed warm-up run; `--no-cache` rows show the packs read from their files.
ENV["XDG_CACHE_HOME"] = str(Path(tempfile.gettempdir()) / "peelcheck-bench-user-cache")


@dataclass(frozen=True)
class Sample:
    """One run of a command: wall and CPU seconds, peak RSS in MiB, exit code, tree peak."""

    wall: float
    cpu: float  # user + system time of the process and its workers
    rss: float
    code: int
    tree: float | None = None  # peak PSS of the process and its children summed, MiB


@dataclass(frozen=True)
class Stats:
    """Several runs of one command."""

    samples: tuple[Sample, ...]

    @property
    def median(self) -> float:
        """Median wall time in seconds."""
        return statistics.median(s.wall for s in self.samples)

    @property
    def low(self) -> float:
        """Fastest run."""
        return min(s.wall for s in self.samples)

    @property
    def high(self) -> float:
        """Slowest run."""
        return max(s.wall for s in self.samples)

    @property
    def cpu(self) -> float:
        """Median CPU seconds (user + system, workers included)."""
        return statistics.median(s.cpu for s in self.samples)

    @property
    def rss(self) -> float:
        """Median peak RSS in MiB."""
        return statistics.median(s.rss for s in self.samples)

    def wall(self) -> str:
        """`median (min-max)` in seconds."""
        return f"{self.median:.3f} ({self.low:.3f}-{self.high:.3f})"


def run_once(
    command: Sequence[str],
    *,
    cwd: Path | None = None,
    tree: bool = False,
    env: dict[str, str] | None = None,
) -> Sample:
    """Run `command` with output to /dev/null; measure wall time and peak RSS via wait4."""
    with tempfile.TemporaryFile() as errors:
        start = time.perf_counter()
        process = subprocess.Popen(
            command,
            cwd=cwd,
            env=env or ENV,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=errors,
        )
        sampler = _TreeSampler(process.pid) if tree else None
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        peak_tree = sampler.stop() if sampler else None
        errors.seek(0)
        message = errors.read().decode(errors="replace").strip()
    _check_exit(command, process.returncode, message)
    # ru_maxrss is in KiB on Linux: the largest of the process and its waited-for children
    cpu = usage.ru_utime + usage.ru_stime
    return Sample(wall, cpu, usage.ru_maxrss / 1024, process.returncode, peak_tree)


def _check_exit(command: Sequence[str], code: int, errors: str) -> None:
    """Exit 0 or 1 is a run; 2, a crash (which also exits 1) or a signal stops the benchmark."""
    if code not in (0, 1) or "Traceback (most recent call last)" in errors:
        raise SystemExit(f"{' '.join(command)} exited {code}:\n{errors[-3000:]}")


class _TreeSampler:
    """Polls the summed PSS of a process and its descendants (Linux /proc)."""

    def __init__(self, pid: int) -> None:
        self.pid, self.peak, self._done = pid, 0.0, threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)
        self._thread.start()

    def _loop(self) -> None:
        while not self._done.wait(0.01):
            self.peak = max(self.peak, sum(_pss(pid) for pid in _tree(self.pid)))

    def stop(self) -> float:
        self._done.set()
        self._thread.join()
        return self.peak / 1024


def _tree(pid: int) -> list[int]:
    found, queue = [], [pid]
    while queue:
        current = queue.pop()
        found.append(current)
        try:
            text = Path(f"/proc/{current}/task/{current}/children").read_text()
        except OSError:
            continue
        queue.extend(int(child) for child in text.split())
    return found


def _pss(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def repeat(command: Sequence[str], times: int, env: dict[str, str] | None = None) -> Stats:
    """`times` timed runs after one untimed warm-up run (fills the page cache)."""
    run_once(command, env=env)
    return Stats(tuple(run_once(command, env=env) for _ in range(times)))


def alternate(
    first: Sequence[str], second: Sequence[str], times: int, second_env: dict[str, str]
) -> tuple[Stats, Stats]:
    """Two commands in turn (A B A B ...) after a warm-up of each, so both figures come
    from the same minutes of a shared machine."""
    run_once(first)
    run_once(second, env=second_env)
    pairs = [(run_once(first), run_once(second, env=second_env)) for _ in range(times)]
    return Stats(tuple(a for a, _ in pairs)), Stats(tuple(b for _, b in pairs))


def base_env(base: Path) -> dict[str, str]:
    """The environment that runs the build checked out at `base` (its bytecode kept out
    of that checkout)."""
    return {
        **ENV,
        "PYTHONPATH": str(base / "src"),
        "PYTHONPYCACHEPREFIX": str(Path(tempfile.gettempdir()) / "peelcheck-bench-base-pyc"),
    }


def peelcheck_command(args: argparse.Namespace, folder: Path, *extra: str) -> list[str]:
    """The `peelcheck check` command line for a folder of drafts."""
    select = ("--select", args.select) if args.select else ()
    return [
        *args.peelcheck,
        "check",
        str(folder),
        "--format",
        args.format,
        "--no-config",
        *select,
        *extra,
    ]


def floor_command(folder: Path, fmt: str) -> list[str]:
    """The floor: one Python process that reads and parses every file with the C loader."""
    return [sys.executable, "-c", FLOOR, str(folder), f"*.{fmt}"]


def _default_peelcheck() -> list[str]:
    beside = Path(sys.executable).parent / "peelcheck"
    if beside.exists():
        return [str(beside)]
    found = shutil.which("peelcheck")
    return [found] if found else [sys.executable, "-m", "peelcheck"]


def _spectral() -> str | None:
    local = SPECTRAL_DIR / "node_modules" / ".bin" / "spectral"
    return str(local) if local.exists() else shutil.which("spectral")


def _sizes(text: str) -> list[int]:
    return sorted({int(part.replace("_", "")) for part in text.split(",") if part.strip()})


def parse_args(argv: Iterable[str] | None) -> argparse.Namespace:
    """Command-line options."""
    parser = argparse.ArgumentParser(
        description=(__doc__ or "").split("\n\n")[0],
        formatter_class=argparse.ArgumentDefaultsHelpFormatter,
    )
    add = parser.add_argument
    add("--sizes", type=_sizes, default=_sizes("1,100,1000,10000"), help="numbers of drafts")
    add("--repeats", type=int, default=5, help="timed runs per size")
    add("--large-repeats", type=int, default=3, help="timed runs for sizes of 10,000 and more")
    add("--quick", action="store_true", help="sizes 1,100,1000 and 3 runs each")
    add("--format", default="text", choices=["text", "json"], help="peelcheck output format")
    add(
        "--select",
        default=None,
        help="peelcheck --select (rule ids or packs); all rules when absent",
    )
    add("--jobs", type=int, default=None, help="--jobs for the main table; all cores when absent")
    add("--jobs-size", type=int, default=1000, help="size for --jobs 1 against --jobs 2")
    add("--no-jobs", action="store_true", help="skip --jobs 1 against --jobs 2")
    add("--no-findings", action="store_true", help="skip counting findings against defects")
    add("--no-cache", action="store_true", help="skip the warm --cache runs")
    add("--tree-memory", action="store_true", help="one more run per size for summed PSS")
    add("--spectral-sizes", type=_sizes, default=_sizes("1,1000"), help="sizes for Spectral")
    add("--spectral-repeats", type=int, default=3, help="timed runs per Spectral size")
    add("--no-spectral", action="store_true", help="skip Spectral even when installed")
    add("--fix", action="store_true", help="time `check --fix` beside the plain check")
    add("--fix-size", type=int, default=1000, help="size for the --fix section")
    add("--fix-repeats", type=int, default=1, help="timed --fix runs, each on a fresh copy")
    add("--seed", type=int, default=8, help="generator seed")
    add("--out", type=Path, default=generate.DEFAULT_OUT, help="folder for generated drafts")
    add("--peelcheck", nargs="+", default=None, help="how to start peelcheck")
    add("--kinds", default="real,full", help="real-size kinds (generate.KINDS); '' skips")
    add("--kinds-size", type=int, default=1000, help="drafts of each kind against the floor")
    add("--base", type=Path, default=None, help="source checkout of a base build to compare")
    args = parser.parse_args(list(argv) if argv is not None else None)
    if args.quick:
        args.sizes, args.repeats = [s for s in args.sizes if s <= 1000], 3
        args.spectral_repeats = min(args.spectral_repeats, 2)
    args.peelcheck = args.peelcheck or _default_peelcheck()
    return args


def main(argv: Iterable[str] | None = None) -> int:
    """Run the benchmark and print the figures."""
    args = parse_args(argv)
    spectral = None if args.no_spectral else _spectral()
    needed = max(
        [*args.sizes, *(args.spectral_sizes if spectral else []), *([args.fix_size] * args.fix)]
    )
    started = time.perf_counter()
    manifest = generate.ensure(args.out, args.seed, needed)
    print(f"drafts: {args.out}/pool, seed {args.seed} ({time.perf_counter() - started:.1f} s)")
    print(_environment(args))
    targets: dict[str, tuple[bool, str]] = {}
    table = main_table(args)
    one, thousand, large = table.get(1), table.get(1000), table.get(10000)
    if one:
        targets["one draft <= 0.25 s"] = (one[1].median <= 0.25, f"{one[1].median:.3f} s")
    if thousand:
        ratio = thousand[1].median / thousand[0].median
        targets["1,000 drafts <= 2x floor"] = (ratio <= 2, f"{ratio:.2f}x")
    if thousand and large:
        memory = large[1].rss / thousand[1].rss
        targets["10,000 memory <= 1.5x 1,000"] = (memory <= 1.5, f"{memory:.2f}x")
        scale = large[1].median / thousand[1].median
        targets["10,000 time <= 11x 1,000"] = (scale <= 11, f"{scale:.2f}x")
    if not args.no_jobs:
        jobs = jobs_table(args)
        if jobs:
            targets[f"--jobs 2 faster than 1 at {args.jobs_size:,}"] = (
                jobs[2].median < jobs[1].median,
                f"{jobs[1].median / jobs[2].median:.2f}x faster",
            )
    if not args.no_cache and thousand:
        warm = cache_table(args, thousand[0])
        targets["--cache, 1,000 unchanged (not cold)"] = (
            warm.median <= 2 * thousand[0].median,
            f"{warm.median / thousand[0].median:.2f}x floor",
        )
    if args.fix:
        fix_table(args)
    if not args.no_findings:
        findings_table(args, manifest)
    kinds = [k for k in args.kinds.split(",") if k.strip()]
    for kind, (_, floor, checked) in kinds_table(args, kinds).items():
        ratio = checked.median / floor.median
        targets[f"{kind}: {args.kinds_size:,} drafts <= 4x floor"] = (ratio <= 4, f"{ratio:.2f}x")
    if args.base:
        for kind, (current, base) in base_table(args, ["synthetic", *kinds]).items():
            ratio = current.cpu / base.cpu
            name = f"{kind.replace(' cold', '')}: one draft <= 0.5x base (CPU"
            name += ", no pack cache)" if kind.endswith(" cold") else ")"
            targets[name] = (ratio <= 0.5, f"{ratio:.2f}x")
        differing = same_findings_table(args, ["synthetic", *kinds])
        targets["same findings as base (common rules)"] = (
            not differing,
            "yes" if not differing else f"{differing} differ",
        )
    if spectral:
        result = spectral_table(args, spectral)
        if 1000 in result:
            faster = result[1000][1].median / result[1000][0].median
            targets["4x faster than Spectral at 1,000"] = (faster >= 4, f"{faster:.1f}x")
    elif not args.no_spectral:
        print(
            "\nSpectral is not installed: cd benchmarks/spectral && npm install "
            "(see benchmarks/README.md)"
        )
    if targets:
        print("\ntargets")
        for name, (met, figure) in targets.items():
            print(f"  {'met    ' if met else 'NOT MET'}  {name:<34} {figure}")
    return 0


def _environment(args: argparse.Namespace) -> str:
    jobs = f"--jobs {args.jobs}" if args.jobs else "default --jobs (all cores)"
    rules = f"--select {args.select}" if args.select else "(all built-in packs)"
    load = os.getloadavg()[0]
    busy = "  (busy: figures will be slow)" if load > 0.5 else ""
    return (
        f"peelcheck check --format {args.format} --no-config {rules}, {jobs}; "
        f"{os.cpu_count()} CPUs, Python {sys.version.split()[0]}, load average {load:.2f}{busy}"
    )


def main_table(args: argparse.Namespace) -> dict[int, tuple[Stats, Stats]]:
    """Floor and peelcheck for each size; returns {size: (floor, peelcheck)}."""
    print(
        f"\n{'drafts':>7}  {'floor s (min-max)':<22} {'peelcheck s (min-max)':<22} "
        f"{'drafts/s':>8} {'RSS MiB':>8} {'floor MiB':>9} {'x floor':>7} "
        f"{'CPU s':>6} {'floor CPU':>9}" + ("  tree MiB" if args.tree_memory else "")
    )
    extra = ("--jobs", str(args.jobs)) if args.jobs else ()
    results = {}
    for size in args.sizes:
        folder = generate.draft_set(args.out, "yaml", size)
        times = args.large_repeats if size >= 10000 else args.repeats
        floor = repeat(floor_command(folder, "yaml"), times)
        command = peelcheck_command(args, folder, *extra)
        checked = repeat(command, times)
        line = (
            f"{size:>7,}  {floor.wall():<22} {checked.wall():<22} "
            f"{size / checked.median:>8,.0f} {checked.rss:>8.1f} {floor.rss:>9.1f} "
            f"{checked.median / floor.median:>7.2f} {checked.cpu:>6.2f} {floor.cpu:>9.2f}"
        )
        if args.tree_memory:
            line += f"  {run_once(command, tree=True).tree or 0:>8.1f}"
        print(line, flush=True)
        results[size] = (floor, checked)
    return results


def jobs_table(args: argparse.Namespace) -> dict[int, Stats]:
    """`--jobs 1` against `--jobs 2` at `--jobs-size` drafts."""
    size = args.jobs_size
    folder = generate.draft_set(args.out, "yaml", size)
    print(
        f"\n{size:,} drafts  {'wall s (min-max)':<22} {'drafts/s':>8} {'RSS MiB':>8} {'CPU s':>6}"
    )
    results = {}
    for jobs in (1, 2):
        stats = repeat(peelcheck_command(args, folder, "--jobs", str(jobs)), args.repeats)
        print(
            f"--jobs {jobs:<6} {stats.wall():<22} {size / stats.median:>8,.0f} "
            f"{stats.rss:>8.1f} {stats.cpu:>6.2f}",
            flush=True,
        )
        results[jobs] = stats
    return results


def cache_table(args: argparse.Namespace, floor: Stats) -> Stats:
    """1,000 drafts again with `--cache`, none changed: the CI run after a commit that
    touched no draft. The untimed warm-up run fills the cache; the timed runs reuse it."""
    folder = generate.draft_set(args.out, "yaml", 1000)
    with tempfile.TemporaryDirectory() as scratch:
        stats = repeat(peelcheck_command(args, folder, "--cache-dir", scratch), args.repeats)
    print(
        f"\n1,000 drafts, --cache  {'wall s (min-max)':<22} {'x floor':>7} {'RSS MiB':>8}\n"
        f"{'all unchanged':<22} {stats.wall():<22} {stats.median / floor.median:>7.2f} "
        f"{stats.rss:>8.1f}",
        flush=True,
    )
    return stats


def fix_table(args: argparse.Namespace) -> None:
    """`check --fix` over `--fix-size` drafts beside the plain check of the same drafts.
    --fix writes the drafts: every run, timed or not, works on a fresh copy."""
    source = generate.draft_set(args.out, "yaml", args.fix_size)
    rows = {}
    with tempfile.TemporaryDirectory() as scratch:
        for name, extra in (("plain check", ()), ("--fix", ("--fix",)), ("--diff", ("--diff",))):
            samples = []
            for attempt in range(args.fix_repeats + 1):  # the first is an untimed warm-up
                folder = Path(scratch) / f"{name.strip('-').replace(' ', '-')}-{attempt}"
                shutil.copytree(source, folder)
                sample = run_once(peelcheck_command(args, folder, *extra))
                if attempt:
                    samples.append(sample)
                shutil.rmtree(folder)
            rows[name] = Stats(tuple(samples))
    print(
        f"\n{args.fix_size:,} drafts  {'wall s (min-max)':<22} {'x plain':>7} {'RSS MiB':>8} "
        f"{'CPU s':>6}"
    )
    plain = rows["plain check"].median
    for name, stats in rows.items():
        print(
            f"{name:<13} {stats.wall():<22} {stats.median / plain:>7.2f} {stats.rss:>8.1f} "
            f"{stats.cpu:>6.2f}",
            flush=True,
        )


def _kind_set(args: argparse.Namespace, kind: str, size: int) -> Path:
    """The folder of the first `size` drafts of `kind`, generated on demand."""
    out = generate.out_folder(args.out, kind)
    generate.ensure(out, args.seed, max(size, args.kinds_size), kind)
    return generate.draft_set(out, "yaml", size)


def kinds_table(args: argparse.Namespace, kinds: Sequence[str]) -> dict[str, tuple[Stats, ...]]:
    """Real sizes: one draft of each kind, and `--kinds-size` drafts against the floor."""
    if not kinds:
        return {}
    size = args.kinds_size
    print(
        f"\n{'kind':<10} {'KB/draft':>8}  {'1 draft s (min-max)':<22} {'floor s':<22} "
        f"{f'{size:,} drafts s':<22} {'x floor':>7} {'RSS MiB':>8} {'CPU s':>6}"
    )
    results = {}
    for kind in kinds:
        folder = _kind_set(args, kind, size)
        kilobytes = sum(p.stat().st_size for p in folder.glob("*.yaml")) / 1024 / size
        one = repeat(peelcheck_command(args, _kind_set(args, kind, 1)), args.repeats)
        times = args.large_repeats if size >= 10000 else args.repeats
        floor = repeat(floor_command(folder, "yaml"), times)
        checked = repeat(peelcheck_command(args, folder), times)
        print(
            f"{kind:<10} {kilobytes:>8.1f}  {one.wall():<22} {floor.wall():<22} "
            f"{checked.wall():<22} {checked.median / floor.median:>7.2f} {checked.rss:>8.1f} "
            f"{checked.cpu:>6.2f}",
            flush=True,
        )
        results[kind] = (one, floor, checked)
    return results


def base_table(args: argparse.Namespace, kinds: Sequence[str]) -> dict[str, tuple[Stats, Stats]]:
    """One draft of each kind, whole process, this build against `--base`, in turn."""
    env = base_env(args.base)
    base = [sys.executable, "-m", "peelcheck"]
    print(
        f"\none draft, whole process ({args.base} as base)\n"
        f"{'kind':<14} {'base s (min-max)':<22} {'current s (min-max)':<22} "
        f"{'base CPU':>8} {'CPU':>6} {'x base':>6}"
    )
    results = {}
    for kind in kinds:
        folder = (
            _kind_set(args, kind, 1)
            if kind != "synthetic"
            else generate.draft_set(args.out, "yaml", 1)
        )
        before = [*base, *peelcheck_command(args, folder)[len(args.peelcheck) :]]
        # warm: the compiled-pack cache filled by the warm-up run; cold: packs read from files
        for label, extra in (("", ()), (" cold", ("--no-cache",))):
            current, old = alternate(
                peelcheck_command(args, folder, *extra), before, args.repeats, env
            )
            print(
                f"{kind + label:<14} {old.wall():<22} {current.wall():<22} {old.cpu:>8.3f} "
                f"{current.cpu:>6.3f} {current.cpu / old.cpu:>6.2f}",
                flush=True,
            )
            results[kind + label] = (current, old)
    return results


def _findings(command: Sequence[str], env: dict[str, str] | None = None) -> list[tuple[str, ...]]:
    done = subprocess.run(command, capture_output=True, text=True, check=False, env=env or ENV)
    _check_exit(command, done.returncode, done.stderr)
    return sorted(
        (Path(f["file"]).name, f["rule"], str(f["line"]), str(f["column"]), f["message"])
        for f in json.loads(done.stdout)["findings"]
    )


def _rule_ids(command: Sequence[str], env: dict[str, str] | None = None) -> set[str]:
    done = subprocess.run(
        [*command, "rules", "--no-config"], capture_output=True, text=True, check=True, env=env
    )
    return {line.split()[0] for line in done.stdout.splitlines() if line.strip()}


def same_findings_table(args: argparse.Namespace, kinds: Sequence[str]) -> int:
    """Findings of this build and of `--base` on every kind, for the rules both have;
    returns how many findings only one of them reports."""
    env = base_env(args.base)
    base = [sys.executable, "-m", "peelcheck"]
    common = _rule_ids(args.peelcheck, ENV) & _rule_ids(base, env)
    print(f"\nfindings compared with the base build ({len(common)} rules both have)")
    differing = 0
    for kind in kinds:
        size = min(1000, args.kinds_size if kind != "synthetic" else max(args.sizes))
        folder = (
            _kind_set(args, kind, size)
            if kind != "synthetic"
            else generate.draft_set(args.out, "yaml", size)
        )
        arguments = ["check", str(folder), "--format", "json", "--no-config"]
        ours = [f for f in _findings([*args.peelcheck, *arguments]) if f[1] in common]
        theirs = [f for f in _findings([*base, *arguments], env) if f[1] in common]
        only = collections.Counter(f[1] for f in set(ours) ^ set(theirs))
        differing += sum(only.values())
        detail = ", ".join(f"{rule} {n}" for rule, n in only.most_common(5)) or "identical"
        print(f"  {kind:<10} {size:>6,} drafts  {len(ours):>6,} findings  {detail}", flush=True)
    return differing


def _rules_by_draft(command: Sequence[str]) -> dict[str, collections.Counter[str]]:
    done = subprocess.run(command, capture_output=True, text=True, check=False, env=ENV)
    _check_exit(command, done.returncode, done.stderr)
    found: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for finding in json.loads(done.stdout)["findings"]:
        found[Path(finding["file"]).stem][finding["rule"]] += 1
    return found


def findings_table(args: argparse.Namespace, manifest: dict[str, object]) -> None:
    """Do the packs find the planted defects, and only those? (an honesty check)."""
    size = max(s for s in args.sizes if s <= 1000)
    folder = generate.draft_set(args.out, "yaml", size)
    select = ("--select", args.select) if args.select else ()
    command = [*args.peelcheck, "check", str(folder), "--format", "json", "--no-config", *select]
    found = _rules_by_draft(command)
    planted: dict[str, list[str]] = manifest["drafts"]  # type: ignore[assignment]
    names = [f"d{i:05d}" for i in range(size)]
    print(f"\nplanted defects in {size:,} drafts, and the drafts where the expected rule fired")
    for defect, rule in generate.DEFECTS.items():
        having = [n for n in names if defect in planted.get(n, [])]
        fired = sum(1 for n in having if found[n][rule])
        print(f"  {defect:<26} {len(having):>5}  {rule:<34} {fired:>5}")
    clean = [n for n in names if not planted.get(n)]
    noisy: collections.Counter[str] = collections.Counter()
    for name in clean:
        noisy.update(set(found[name]))
    summary = ", ".join(f"{rule} {count}" for rule, count in noisy.most_common()) or "none"
    print(f"  clean drafts: {len(clean):,}; rules firing on them (drafts): {summary}")


def _spectral_counts(spectral: str, folder: Path) -> collections.Counter[str]:
    with tempfile.TemporaryDirectory() as scratch:
        output = Path(scratch) / "spectral.json"
        command = _spectral_command(spectral, folder, output)
        subprocess.run(command, capture_output=True, check=False, env=ENV)
        results = json.loads(output.read_text(encoding="utf-8"))
    # one problem per rule and path (a failed `schema` may report several errors at once)
    unique = {(r["source"], tuple(r["path"]), r["code"]) for r in results}
    return collections.Counter(code for _, _, code in unique)


def _spectral_command(spectral: str, folder: Path, output: Path | None) -> list[str]:
    return [
        spectral,
        "lint",
        str(folder / "*.json"),
        "--ruleset",
        str(SPECTRAL_DIR / ".spectral.yaml"),
        "--format",
        "json",
        "--output",
        str(output or os.devnull),
        "--quiet",
    ]


def spectral_table(args: argparse.Namespace, spectral: str) -> dict[int, tuple[Stats, Stats]]:
    """Same three rules, same JSON documents: Spectral against peelcheck."""
    config = ("--config", str(SPECTRAL_DIR / "peelcheck.yaml"))
    print(
        f"\nthree rules on JSON  {'Spectral s (min-max)':<22} {'peelcheck s (min-max)':<22} "
        f"{'faster':>6}  same findings (per rule)"
    )
    results = {}
    for size in args.spectral_sizes:
        folder = generate.draft_set(args.out, "json", size)
        ours_command = [*args.peelcheck, "check", str(folder), "--format", "json", *config]
        theirs = repeat(_spectral_command(spectral, folder, None), args.spectral_repeats)
        ours = repeat(ours_command, args.spectral_repeats)
        ours_counts: collections.Counter[str] = collections.Counter()
        for counts in _rules_by_draft(ours_command).values():
            ours_counts.update(counts)
        theirs_counts = _spectral_counts(spectral, folder)
        same = "yes" if ours_counts == theirs_counts else "NO"
        shown = ", ".join(f"{k} {v}" for k, v in sorted(ours_counts.items())) or "no findings"
        if ours_counts != theirs_counts:
            shown += f" (Spectral: {dict(sorted(theirs_counts.items()))})"
        print(
            f"{size:>7,} documents   {theirs.wall():<22} {ours.wall():<22} "
            f"{theirs.median / ours.median:>5.1f}x  {same}: {shown}",
            flush=True,
        )
        results[size] = (ours, theirs)
    return results


if __name__ == "__main__":
    raise SystemExit(main())
