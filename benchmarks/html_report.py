"""The HTML report of many drafts: its size, and how soon it is usable in a browser.

Generates the benchmark drafts (generate.py), writes `peelcheck check --format html` of the
first N (default 1,000), prints the file's size, then opens it in headless Chromium (Debian's
chromium and chromium-driver, through Selenium) several times and prints, from the
browser's Performance API:

- load: from the start of navigation to the end of the load event (navigation timing);
- first filter: from a click on a filter (untick "Warning") until the next frame is drawn;
- usable: the two added up (issue 19 asks for under 3 s at 1,000 drafts).

    python benchmarks/html_report.py                 # 1,000 drafts, 5 page loads
    python benchmarks/html_report.py --count 100 --repeats 3
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import generate  # a sibling script, not a package

# Click the "Warning" box, then wait for two animation frames: the second one starts only
# after the frame showing the click's result was drawn.
FIRST_FILTER = """
const done = arguments[arguments.length - 1];
const box = document.querySelector("input[name=sev][value=warning]");
const start = performance.now();
box.click();
requestAnimationFrame(() => requestAnimationFrame(() => done([
  performance.now() - start,
  document.querySelectorAll("li.f").length,
  Array.from(document.querySelectorAll("li.f")).filter(li => !li.hidden).length,
])));
"""
LOAD = """
const nav = performance.getEntriesByType("navigation")[0];
return [nav.loadEventEnd - nav.startTime, nav.domContentLoadedEventEnd - nav.startTime,
        document.getElementsByTagName("*").length];
"""


def write_report(count: int, seed: int, out: Path, report: Path) -> float:
    """Write the HTML report of the first `count` drafts; return the seconds it took."""
    generate.ensure(out, seed, count)
    drafts = generate.draft_set(out, "yaml", count)
    command = [sys.executable, "-m", "peelcheck", "check", "--no-config", str(drafts)]
    command += ["--format", "html", "--output", str(report), "--today", "2026-01-01"]
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - start
    if done.returncode not in (0, 1):
        sys.exit(f"peelcheck failed: {done.stderr.strip()}")
    return seconds


def measure(report: Path, repeats: int) -> list[tuple[float, float, float, int, int, int]]:
    """(load ms, DOMContentLoaded ms, first filter ms, elements, findings, still shown),
    one fresh page load each."""
    browser = _browser_helpers()
    reason = browser.missing()
    if reason:
        sys.exit(f"cannot open the report in a browser: {reason}")
    runs = []
    with browser.chromium() as driver:
        driver.set_script_timeout(60)
        for _ in range(repeats):
            driver.get("about:blank")
            driver.get(report.resolve().as_uri())
            load, ready, elements = driver.execute_script(LOAD)
            click, findings, shown = driver.execute_async_script(FIRST_FILTER)
            runs.append((load, ready, click, elements, findings, shown))
    return runs


def main(argv: list[str] | None = None) -> int:
    """Command line: write the report, print its size and times."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=1000, help="drafts in the report")
    parser.add_argument("--repeats", type=int, default=5, help="page loads to time")
    parser.add_argument("--seed", type=int, default=8, help="seed of the generated drafts")
    parser.add_argument("--out", type=Path, default=generate.DEFAULT_OUT, help="drafts folder")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "report.html"
        seconds = write_report(args.count, args.seed, args.out, report)
        size = report.stat().st_size
        print(f"{args.count:,} drafts: report.html {size / 1e6:.2f} MB ({size:,} bytes)")
        print(f"peelcheck check --format html: {seconds:.2f} s")
        runs = measure(report, args.repeats)
    _, _, _, elements, findings, shown = runs[0]
    print(f"{elements:,} elements, {findings:,} findings ({shown:,} left after the click)")
    print(f"{'ms (median of ' + str(len(runs)) + ')':<26} {'median':>8} {'min':>8} {'max':>8}")
    usable = [load + click for load, _, click, *_ in runs]
    for name, values in (
        ("DOMContentLoaded", [r[1] for r in runs]),
        ("load (navigation->load)", [r[0] for r in runs]),
        ("first filter click", [r[2] for r in runs]),
        ("usable (load + click)", usable),
    ):
        print(f"{name:<26} {_ms(statistics.median(values))} {_ms(min(values))} {_ms(max(values))}")
    verdict = "met" if statistics.median(usable) < 3000 and size < 15e6 else "NOT met"
    print(f"target (< 15 MB, usable < 3 s): {verdict}")
    return 0


def _browser_helpers() -> Any:
    """tests/browser.py, the tests' way of starting Chromium, loaded by its path."""
    path = Path(__file__).resolve().parents[1] / "tests" / "browser.py"
    spec = importlib.util.spec_from_file_location("peelcheck_test_browser", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _ms(value: Any) -> str:
    return f"{value:8.0f}"


if __name__ == "__main__":
    raise SystemExit(main())
