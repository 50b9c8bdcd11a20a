"""The HTML report in a real browser: headless Chromium (Debian's chromium and
chromium-driver) driven by Selenium, with its network blocked.

What a person sees: each draft's findings (compared with `--format json`), the flagged words,
filters hiding and showing findings, the index links, a hostile draft shown as text and
running nothing, the page without JavaScript and without a network, printing, and no
violation from axe-core (every rule enabled). Outside CI a missing browser skips these
tests with the reason; under CI=true it fails them (tests/browser.py).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests import browser
from tests.conftest import EXAMPLES, run
from tests.test_html import HOSTILE, HOSTILE_NAME, HOSTILE_PACK


@pytest.fixture(scope="module")
def chrome() -> Iterator[Any]:
    """One browser for the module; each test opens its own pages."""
    reason = browser.missing()
    if reason:
        if browser.in_ci():
            pytest.fail(f"the browser tests cannot run in CI: {reason}")
        pytest.skip(f"browser tests skipped: {reason}")
    with browser.chromium() as driver:
        yield driver


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The example reports: every example draft, and the Gwent draft alone."""
    folder = tmp_path_factory.mktemp("pages")
    out = {"many": folder / "many.html", "one": folder / "one.html"}
    run("check", "--no-config", str(EXAMPLES), "-f", "html", "-o", str(out["many"]))
    gwent = EXAMPLES / "gwent-2016-effectiveness.yaml"
    run("check", "--no-config", str(gwent), "-f", "html", "-o", str(out["one"]))
    waived = EXAMPLES / "waived-majority.yaml"
    out["waived"] = folder / "waived.html"
    run("check", "--no-config", str(waived), str(gwent), "-f", "html", "-o", str(out["waived"]))
    return out


def open_page(driver: Any, page: Path, *, script: bool = True) -> None:
    """Load `page` (scripts on or off), forgetting the requests of earlier pages."""
    driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": not script})
    browser.requests(driver)
    driver.get_log("browser")
    driver.get(page.resolve().as_uri())


def visible_findings(driver: Any) -> list[dict[str, Any]]:
    """The findings a reader sees now (all but those the filters hide): draft, rule, place,
    severity, marked words. Text is read with textContent: drafts out of view are laid
    out only when scrolled to (content-visibility), and innerText is empty until then."""
    return list(
        driver.execute_script(
            """
            return Array.from(document.querySelectorAll('li.f'))
              .filter(li => li.checkVisibility())
              .map(li => ({
                file: li.closest('section.draft').dataset.file,
                rule: li.querySelector('code.rule').textContent,
                place: li.querySelector('.loc').textContent,
                severity: li.querySelector('.sev').textContent.trim(),
                marked: Array.from(li.querySelectorAll('mark')).map(m => m.textContent),
              }));
            """
        )
    )


def seen(driver: Any, element: Any) -> bool:
    """Whether the browser draws `element` (Selenium's is_displayed takes anything inside a
    closed <details> for hidden, whatever the style sheet says)."""
    return bool(driver.execute_script("return arguments[0].checkVisibility()", element))


def json_findings(*args: str) -> list[dict[str, Any]]:
    result = run("check", "--no-config", *args, "--format", "json")
    return list(json.loads(result.out)["findings"])


def _key(f: dict[str, Any]) -> tuple[str, str, str]:
    """Draft, rule and place, of a finding on the page or in the JSON output."""
    place = f.get("place") or f"line {f['line']}, column {f['column']}"
    return (f["file"], f["rule"], place)


@pytest.mark.parametrize("which", ["many", "one"])
def test_each_draft_shows_the_rules_and_lines_of_the_json_output(
    chrome: Any, pages: dict[str, Path], which: str
) -> None:
    open_page(chrome, pages[which])
    shown = visible_findings(chrome)
    target = EXAMPLES if which == "many" else EXAMPLES / "gwent-2016-effectiveness.yaml"
    expected = json_findings(str(target))
    assert len(shown) == len(expected) >= 6
    assert sorted(map(_key, shown)) == sorted(map(_key, expected))
    for file in {f["file"] for f in expected}:  # per draft, unwaived findings in file order
        in_json = [_key(f) for f in expected if f["file"] == file and not f["waived"]]
        on_page = [_key(f) for f in shown if f["file"] == file]
        assert on_page[: len(in_json)] == in_json, file
    # words, not only colours
    assert {f["severity"] for f in shown} == {f["severity"].capitalize() for f in expected}


def test_flagged_words_are_highlighted(chrome: Any, pages: dict[str, Path]) -> None:
    open_page(chrome, pages["one"])
    marked = {f["rule"]: f["marked"] for f in visible_findings(chrome)}
    assert marked["missing-full-stop"] == ["contact However"]
    assert marked["space-after-full-stop"] == ["inconsistent.The"]
    assert marked["number-range-dash"] == ["20 30"]
    mark = chrome.find_element("css selector", "li[data-rule='confused-words'] mark")
    assert mark.text == "formally known as" and mark.value_of_css_property("font-weight") == "600"


def test_filters_hide_and_show_findings(chrome: Any, pages: dict[str, Path]) -> None:
    open_page(chrome, pages["waived"])
    everything = visible_findings(chrome)
    status = chrome.find_element("id", "f-status")
    assert status.text == f"Showing {len(everything)} of {len(everything)} findings."

    chrome.find_element("css selector", "input[name=sev][value=warning]").click()
    assert [f["rule"] for f in visible_findings(chrome)] == ["requires-improvement-has-areas"]
    assert status.text == f"Showing 1 of {len(everything)} findings."
    chrome.find_element("css selector", "input[name=sev][value=warning]").click()
    assert visible_findings(chrome) == everything

    chrome.find_element("css selector", "#f-rule option[value='confused-words']").click()
    assert [f["rule"] for f in visible_findings(chrome)] == ["confused-words"]
    chrome.find_element("css selector", "#f-rule option[value='']").click()
    chrome.find_element("css selector", "#f-pack option[value='text-hygiene']").click()
    assert {f["rule"] for f in visible_findings(chrome)} == {
        "missing-full-stop",
        "space-after-full-stop",
        "confused-words",
        "number-range-dash",
    }
    chrome.find_element("css selector", "button[type=reset]").click()
    assert visible_findings(chrome) == everything

    waived = chrome.find_element("css selector", "div.waived")
    assert waived.is_displayed()
    chrome.find_element("id", "f-waived").click()
    assert not waived.is_displayed()
    assert len(visible_findings(chrome)) == len(everything) - 1
    chrome.find_element("id", "f-waived").click()
    assert waived.is_displayed()


def test_filters_work_from_the_keyboard(chrome: Any, pages: dict[str, Path]) -> None:
    from selenium.webdriver.common.keys import Keys

    open_page(chrome, pages["one"])
    box = chrome.find_element("css selector", "input[name=sev][value=warning]")
    chrome.execute_script("arguments[0].focus()", box)
    box.send_keys(Keys.SPACE)
    assert [f["rule"] for f in visible_findings(chrome)] == ["requires-improvement-has-areas"]


def test_index_links_lead_to_each_draft_and_columns_sort(
    chrome: Any, pages: dict[str, Path]
) -> None:
    open_page(chrome, pages["many"])
    links = chrome.find_elements("css selector", "table.index tbody a")
    assert len(links) == 8
    targets = [link.get_attribute("href").split("#")[1] for link in links]
    for link, target in zip(links, targets, strict=True):
        name = link.text
        chrome.execute_script("arguments[0].scrollIntoView({block: 'center'})", link)
        link.click()
        section = chrome.find_element("id", target)
        assert chrome.execute_script("return location.hash") == f"#{target}"
        assert section.find_element("css selector", "h3").text == name
        assert chrome.execute_script("return arguments[0].getBoundingClientRect().top", section) < 5
    errors = chrome.find_element("xpath", "//table[contains(@class,'index')]//th[4]//button")
    errors.click()  # most errors first
    first = chrome.find_element("css selector", "table.index tbody tr td:nth-child(4)")
    assert first.text == "2"
    heading = chrome.find_element("xpath", "//table[contains(@class,'index')]//th[4]")
    assert heading.get_attribute("aria-sort") == "descending"


def test_hostile_draft_is_shown_as_text_and_runs_nothing(
    chrome: Any, write: Callable[..., Path], tmp_path: Path
) -> None:
    draft = write(HOSTILE, HOSTILE_NAME)
    pack = write(HOSTILE_PACK, "hostile-pack.yaml")
    out = tmp_path / "hostile.html"
    run("check", "--no-config", "--rules", str(pack), str(draft), "-f", "html", "-o", str(out))
    open_page(chrome, out)
    for link in chrome.find_elements("css selector", "a, summary, button, input"):
        if link.is_displayed():
            chrome.execute_script("arguments[0].dispatchEvent(new MouseEvent('mouseover'))", link)
    for summary in chrome.find_elements("css selector", "summary"):
        summary.click()
    assert chrome.execute_script("return window.pwned") is None
    assert chrome.execute_script("return document.scripts.length") == 1
    assert chrome.execute_script("return document.images.length") == 0
    body = chrome.find_element("tag name", "body").text
    assert "Gwent Police <script>window.pwned = 1</script>" in body
    assert '<a href="javascript:window.pwned=4">click</a> [U+202E]evil[U+202C]' in body
    assert "Approved by <img src=x onerror=window.pwned=7>." in body
    assert "</details><script>window.pwned=9</script>" in body
    assert HOSTILE_NAME in body
    hrefs = chrome.execute_script("return Array.from(document.links).map(a => a.href)")
    assert all(h.startswith("file:") for h in hrefs), hrefs  # the skip link; no javascript:
    assert not [e for e in chrome.get_log("browser") if e["level"] == "SEVERE"]


def test_without_javascript_everything_is_visible(chrome: Any, pages: dict[str, Path]) -> None:
    open_page(chrome, pages["many"], script=False)
    try:
        assert not chrome.find_element("id", "filters").is_displayed()
        shown = visible_findings(chrome)
        assert sorted(map(_key, shown)) == sorted(map(_key, json_findings(str(EXAMPLES))))
        for part in chrome.find_elements("css selector", "div.part, div.waived, table"):
            assert part.is_displayed()
        assert not chrome.find_elements("css selector", "th button")  # no controls that do nothing
    finally:
        chrome.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})


@pytest.mark.parametrize("which", ["many", "one"])
def test_nothing_is_fetched_and_the_page_is_complete_offline(
    chrome: Any, pages: dict[str, Path], which: str
) -> None:
    open_page(chrome, pages[which])
    page = pages[which].resolve().as_uri()
    asked = [url for url in browser.requests(chrome) if url != page]
    assert all(url.startswith("data:") for url in asked), asked  # the inline icons
    entries = chrome.execute_script(
        "return performance.getEntriesByType('resource').map(e => e.name)"
    )
    assert all(name.startswith("data:") for name in entries), entries
    assert not chrome.get_log("browser")  # no blocked load, no policy violation, no error
    badge = chrome.find_element("css selector", ".sev.s-error")
    assert badge.value_of_css_property("font-weight") == "700"  # the inline style applied
    assert chrome.find_element("id", "filters").is_displayed()  # the inline script ran


def test_printed_page_shows_examples_and_hides_the_filters(
    chrome: Any, pages: dict[str, Path]
) -> None:
    open_page(chrome, pages["one"])
    example = chrome.find_element("css selector", "pre.ex-bad")
    filters = chrome.find_element("id", "filters")
    assert not seen(chrome, example) and seen(chrome, filters)  # the "Why" is closed on screen
    chrome.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        assert seen(chrome, example) and not seen(chrome, filters)
    finally:
        chrome.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})


@pytest.mark.parametrize("which", ["one", "many", "many-opened-and-sorted"])
def test_no_accessibility_violations(chrome: Any, pages: dict[str, Path], which: str) -> None:
    open_page(chrome, pages[which.split("-")[0]])
    if which == "many-opened-and-sorted":
        chrome.execute_script("document.querySelectorAll('details').forEach(d => d.open = true)")
        chrome.find_element("css selector", "table.rules th button").click()
        chrome.find_element("css selector", "input[name=sev][value=warning]").click()
    rules, violations = browser.axe(chrome)
    assert rules >= 100  # axe-core 4.14 has 105
    assert violations == [], [
        (v["id"], v.get("help"), [n["target"] for n in v.get("nodes", [])]) for v in violations
    ]
