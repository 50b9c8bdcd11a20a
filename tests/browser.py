"""Headless Chromium for the HTML report tests: Debian's `chromium` and `chromium-driver`
driven by Selenium (`.ci/run` installs them).

Outside CI a missing browser skips the browser tests with the reason; with `CI` set (CI=true)
it fails them, so a CI run can never pass without having opened the pages.

    python tests/browser.py screenshot REPORT.html OUT.png [--width 1200] [--height 1000]
    python tests/browser.py screenshot REPORT.html OUT.png --element "CSS selector"

(how docs/html-report.png and docs/html-report-index.png were made)
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
AXE = ROOT / "tests" / "data" / "vendor" / "axe-core" / "axe.min.js"
# No network: every request goes to a proxy on a closed local port, no name resolves.
# (DevTools' Network.setBlockedURLs would not do: its patterns match anywhere in a URL, so
# "http://*" also blocks the inline data: icons, whose SVG names its namespace by URL.)
NO_NETWORK = (
    "--proxy-server=http://127.0.0.1:9",
    "--proxy-bypass-list=<-loopback>",
    "--host-resolver-rules=MAP * ~NOTFOUND",
)


def in_ci() -> bool:
    """Whether the CI environment variable is set (to anything but false/0/empty)."""
    return os.environ.get("CI", "").lower() not in ("", "0", "false")


def missing() -> str | None:
    """Why the browser cannot be started here, or None."""
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install -e '.[test]')"
    if not _binary():
        return "Chromium is not installed (apt-get install chromium chromium-driver)"
    if not _driver():
        return "chromedriver is not installed (apt-get install chromium-driver)"
    return None


# PEELCHECK_CHROMIUM and PEELCHECK_CHROMEDRIVER name another browser and driver to use.
def _binary() -> str | None:
    return shutil.which(os.environ.get("PEELCHECK_CHROMIUM") or "chromium")


def _driver() -> str | None:
    return shutil.which(os.environ.get("PEELCHECK_CHROMEDRIVER") or "chromedriver")


@contextmanager
def chromium(width: int = 1280, height: int = 900) -> Iterator[Any]:
    """A headless Chromium with its network blocked, logging every request it makes."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = _binary() or "chromium"
    profile = tempfile.mkdtemp(prefix="peelcheck-chromium-")
    for argument in (
        "--headless=new",
        "--no-sandbox",  # CI runs as root
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        "--lang=en-GB",
        f"--window-size={width},{height}",
        f"--user-data-dir={profile}",
        *NO_NETWORK,
    ):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
    driver = webdriver.Chrome(service=Service(_driver() or "chromedriver"), options=options)
    try:
        driver.execute_cdp_cmd("Network.enable", {})
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def requests(driver: Any) -> list[str]:
    """URLs the page asked for since the last call (from Chrome's performance log)."""
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def axe(driver: Any) -> tuple[int, list[dict[str, Any]]]:
    """How many rules axe-core ran on the open page, and its violations. Every rule runs,
    also those axe leaves off by default (experimental ones, AAA contrast)."""
    driver.execute_script(AXE.read_text(encoding="utf-8"))
    result = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "const every = axe.getRules().map(rule => rule.ruleId);"
        "axe.run(document, {runOnly: {type: 'rule', values: every}, resultTypes: ['violations']})"
        ".then(r => done([every.length, r.violations]),"
        " e => done([0, [{id: 'axe-error', help: String(e)}]]));"
    )
    return int(result[0]), list(result[1])


def screenshot(page: Path, out: Path, width: int, height: int, element: str | None) -> None:
    """A PNG of the top of `page` as a reader first sees it, or of one element of it."""
    with chromium(width, height) as driver:
        driver.get(page.resolve().as_uri())
        if element:
            driver.find_element("css selector", element).screenshot(str(out))
        else:
            driver.save_screenshot(str(out))


if __name__ == "__main__":
    if len(sys.argv) < 4 or sys.argv[1] != "screenshot":
        sys.exit(__doc__)
    options = dict(zip(sys.argv[4::2], sys.argv[5::2], strict=False))
    screenshot(
        Path(sys.argv[2]),
        Path(sys.argv[3]),
        int(options.get("--width", 1200)),
        int(options.get("--height", 1000)),
        options.get("--element"),
    )
