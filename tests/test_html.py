"""`--format html` without a browser: the page's content, order, escaping, determinism and
self-containment, read with an HTML parser. tests/test_html_browser.py opens the pages in
Chromium."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import lxml.html
import pytest

from peelcheck.engine.evaluate import EXCERPT_AROUND, excerpt
from peelcheck.formatters.html.escape import safe_url, text
from peelcheck.formatters.html.model import part_key
from peelcheck.packs.load import builtin_pack_names, load_ruleset
from peelcheck.prose.sentences import Splitter
from peelcheck.results.cache import rules_hash
from tests.conftest import EXAMPLES, MINIMAL, ROOT, run

HOSTILE_NAME = "x<i>&amp;y.yaml"
HOSTILE = """\
peelcheck: 1
inspection:
  programme: PEEL
  cycle: "2023-25"
  subject: "Gwent Police <script>window.pwned = 1</script>"
questions:
  - number: 1
    title: "How good is </textarea><img src=x onerror=window.pwned=2> the service?"
    grade: "<b onmouseover=window.pwned=3>Good</b>"
    narrative: "Gwent Police is good at the the work <a href=\\"javascript:window.pwned=4\\">click</a> \\u202Eevil\\u202C and zero\\u200Bwidth </script><script>window.pwned=5</script>."
  - number: 2
    title: "Investigating crime"
    grade: Good
    narrative: "Gwent Police is good at investigating crime and and <style>body{display:none}</style> it helps victims."
waivers:
  - rule: repeated-word
    path: questions[1].narrative
    reason: "<script>window.pwned = 6</script> quoted </textarea> as written"
    approved_by: "<img src=x onerror=window.pwned=7>"
"""
# A local pack whose texts and link are hostile too: packs come from anywhere.
HOSTILE_PACK = """\
peelcheck-rules: 1
pack: local
description: hostile
extends: [base]
rules:
  - id: no-click
    severity: info
    description: "No <script>window.pwned=8</script> links"
    rationale: "Because </details><script>window.pwned=9</script>. Really."
    url: "javascript:window.pwned=10"
    given: "questions[*]"
    check: {type: pattern, field: narrative, forbid: "click"}
    message: "a <u>click</u> in question {number}"
    example:
      flagged: "narrative: <script>window.pwned=11</script> click"
      fixed: "narrative: fine"
"""


def html_of(*args: str) -> str:
    """The HTML report of `peelcheck check ARGS` (standard output)."""
    result = run("check", "--no-config", *args, "--format", "html")
    assert result.code in (0, 1), result.err
    return result.out


def tree(page: str) -> Any:
    return lxml.html.document_fromstring(page)


def findings_by_file(doc: Any) -> dict[str, list[tuple[str, int]]]:
    """(rule, line) of each finding, per draft section, in page order."""
    out: dict[str, list[tuple[str, int]]] = {}
    for section in doc.xpath("//section[@data-file]"):
        items = section.xpath(".//li[@class='f']")
        out[section.get("data-file")] = [
            (li.xpath(".//code[@class='rule']")[0].text_content(), _line(li)) for li in items
        ]
    return out


def _line(li: Any) -> int:
    match = re.match(r"line (\d+)", li.xpath(".//span[@class='loc']")[0].text_content())
    assert match
    return int(match.group(1))


def json_by_file(*args: str) -> dict[str, list[dict[str, Any]]]:
    result = run("check", "--no-config", *args, "--format", "json")
    out: dict[str, list[dict[str, Any]]] = {}
    for f in json.loads(result.out)["findings"]:
        out.setdefault(f["file"], []).append(f)
    return out


# --- content and order ---------------------------------------------------------------------


def test_examples_page_has_every_finding_of_every_draft_in_report_order() -> None:
    page = tree(html_of(str(EXAMPLES)))
    shown = findings_by_file(page)
    expected = json_by_file(str(EXAMPLES))
    assert set(shown) == {s.get("data-file") for s in page.xpath("//section[@data-file]")}
    assert len(shown) == 8  # every draft, the unreadable ones included
    for file, found in expected.items():
        unwaived = [(f["rule"], f["line"]) for f in found if not f["waived"]]
        waived = [(f["rule"], f["line"]) for f in found if f["waived"]]
        # the report's own order (whole draft, overall, pillars, questions) is the file's
        # order for these drafts; waived findings come last, apart
        assert shown[file] == unwaived + waived, file
    assert sum(map(len, shown.values())) == sum(map(len, expected.values()))


def test_findings_sit_under_their_part_with_its_grade() -> None:
    page = tree(html_of(str(EXAMPLES / "gwent-2016-effectiveness.yaml")))
    parts = page.xpath("//div[@class='part']")
    heads = [p.xpath("./h2")[0].text_content() for p in parts]
    assert heads == [
        "Overall Good",
        "Question 1 Good",
        "Question 2 Good",
        "Question 3 Good",
        "Question 4 Requires improvement",
        "Question 5 Ungraded",
    ]
    rules = [[c.text_content() for c in p.xpath(".//code[@class='rule']")] for p in parts]
    assert rules[0] == ["missing-full-stop", "space-after-full-stop"]
    assert rules[4] == [
        "requires-improvement-has-areas",
        "narrative-states-grade",
        "confused-words",
        "number-range-dash",
    ]
    assert page.xpath("//span[contains(@class,'grade g-ri')]")[0].text == "Requires improvement"


def test_flagged_words_are_marked_in_their_sentence_with_the_rules_why() -> None:
    page = tree(html_of(str(EXAMPLES / "gwent-2016-effectiveness.yaml")))
    item = page.xpath("//li[@data-rule='missing-full-stop']")[0]
    quote = item.xpath(".//blockquote")[0].text_content()
    assert item.xpath(".//mark")[0].text == "contact However"
    assert quote.startswith("The force is generally effective")
    assert quote.endswith("investigation.")  # the sentence, to its end
    why = item.xpath(".//details[@class='why']")[0]
    assert why.xpath("./summary")[0].text_content().startswith("Why: A lost full stop")
    assert "point of contact However the" in why.xpath(".//pre[@class='ex-bad']")[0].text


def test_header_shows_the_draft_and_the_run() -> None:
    page = tree(html_of("--today", "2025-03-01", str(EXAMPLES / "peel-2023-25.yaml")))
    facts = {
        dt.text_content(): dd.text_content()
        for dt, dd in zip(page.xpath("//dt"), page.xpath("//dd"), strict=True)
    }
    ruleset = load_ruleset(builtin_pack_names())
    assert facts == {
        "Programme": "PEEL",
        "Cycle": "2023-25",
        "Status": "final",
        "Published": "2024-06-14",
        "File": str(EXAMPLES / "peel-2023-25.yaml"),
        "Checked on": "2025-03-01",
        "peelcheck": facts["peelcheck"],
        "Rules": rules_hash(ruleset),
    }
    assert re.fullmatch(r"[0-9a-f]{12}", facts["Rules"])
    assert page.xpath("//h1")[0].text_content() == "Staffordshire Police"


def test_same_input_gives_the_same_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    first = html_of(str(EXAMPLES))
    assert html_of(str(EXAMPLES)) == first
    assert "<dd>2023-11-14</dd>" in first  # the date of SOURCE_DATE_EPOCH


def test_many_drafts_index_links_to_every_section_and_unreadable_drafts_come_first() -> None:
    page = tree(html_of(str(EXAMPLES)))
    ids = set(page.xpath("//@id"))
    rows = page.xpath("//table[contains(@class,'index')]/tbody/tr")
    assert len(rows) == 8
    links = [row.xpath(".//a/@href")[0] for row in rows]
    assert all(link.startswith("#") and link[1:] in ids for link in links)
    first = page.xpath("//main/section")[0]
    assert first.xpath("./h2")[0].text_content() == "Drafts that could not be read (3)"
    assert [s.get("data-file").split("/")[-1] for s in first.xpath("./section")] == [
        "bad-indentation.yaml",
        "grade-as-number.yaml",
        "typo-key.yaml",
    ]
    gwent = next(r for r in rows if "gwent-2016" in r.text_content())
    assert [c.text_content() for c in gwent.xpath("./td")[3:]] == ["1", "5", "0"]
    badges = [b.text for b in gwent.xpath(".//span[contains(@class,'gl ')]")]
    assert badges == ["G", "G", "G", "G", "RI", "U"]
    spoken = gwent.xpath(".//span[@class='vh']")[0].text
    assert spoken.startswith("Overall: Good; Question 1: Good;")
    assert spoken.endswith("Question 4: Requires improvement; Question 5: Ungraded")


def test_findings_by_rule_counts_across_drafts() -> None:
    page = tree(html_of(str(EXAMPLES)))
    rows = page.xpath("//table[contains(@class,'rules')]/tbody/tr")
    table = {r.xpath(".//code")[0].text: [c.text for c in r.xpath("./td")[3:]] for r in rows}
    assert table["schema"] == ["3", "2", "0"]  # findings, drafts, waived
    assert table["overall-follows-majority"] == ["0", "1", "1"]
    counts = [int(findings) for findings, _, _ in table.values()]
    assert counts == sorted(counts, reverse=True)  # most findings first


def test_waived_findings_are_shown_apart_with_reason_and_approver() -> None:
    page = tree(html_of(str(EXAMPLES / "waived-majority.yaml")))
    block = page.xpath("//div[@class='waived']")[0]
    assert block.xpath("./h2")[0].text_content() == "Waived and baselined findings (1)"
    item = block.xpath(".//li[@data-waived]")[0]
    assert "The inspectors judged" in item.xpath(".//p[@class='waiver']")[0].text_content()
    assert "Approved by Lead inspector" in item.xpath(".//p[@class='waiver-by']")[0].text_content()
    assert not page.xpath("//div[@class='part']//li[@data-waived]")


def test_show_level_is_applied_and_said(write: Callable[..., Path]) -> None:
    page = tree(html_of("--show", "error", str(EXAMPLES / "gwent-2016-effectiveness.yaml")))
    assert [li.get("data-sev") for li in page.xpath("//li[@class='f']")] == ["error"]
    assert "5 findings below error not shown" in page.xpath("//p[@class='note']")[0].text


def test_cache_keeps_the_outline_and_the_sentences(
    write: Callable[..., Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    args = ("--cache-dir", str(tmp_path / "cache"), "--today", "2025-01-01", str(EXAMPLES))
    fresh = html_of(*args)
    assert list((tmp_path / "cache").glob("results-*.json"))
    assert html_of(*args) == fresh  # from the cache: same parts, grades and sentences


# --- escaping and self-containment --------------------------------------------------------


def _hostile_page(write: Callable[..., Path]) -> str:
    draft = write(HOSTILE, HOSTILE_NAME)
    pack = write(HOSTILE_PACK, "hostile-pack.yaml")
    return html_of("--rules", str(pack), str(draft))


def test_everything_user_supplied_is_escaped(write: Callable[..., Path]) -> None:
    page = _hostile_page(write)
    doc = tree(page)
    assert len(doc.xpath("//script")) == 1  # the page's own
    assert not doc.xpath("//style[not(parent::head)]")
    assert not doc.xpath("//img | //textarea | //b | //u | //i | //iframe | //object")
    attributes = [name for el in doc.iter() for name in el.attrib]
    assert not [a for a in attributes if a.lower().startswith("on")]
    hrefs = doc.xpath("//@href")
    assert all(h.startswith(("#", "data:,")) for h in hrefs), hrefs  # no javascript: link
    body = doc.xpath("//body")[0].text_content()
    for shown in (
        "Gwent Police <script>window.pwned = 1</script>",
        "</textarea><img src=x onerror=window.pwned=2>",
        "<b onmouseover=window.pwned=3>Good</b>",
        '<a href="javascript:window.pwned=4">click</a>',
        "<script>window.pwned = 6</script> quoted </textarea> as written",
        "Approved by <img src=x onerror=window.pwned=7>.",
        "Why: Because </details><script>window.pwned=9</script>.",
        "a <u>click</u> in question 1",
        "<script>window.pwned=11</script> click",
    ):
        assert shown in body, shown
    # invisible and direction-changing characters are named, not obeyed
    assert "[U+202E]evil[U+202C]" in body and "zero[U+200B]width" in body
    assert "\u202e" not in page and "\u200b" not in page
    assert HOSTILE_NAME in doc.xpath("//section/@data-file")[0]


def test_text_escaping_and_links() -> None:
    assert text("<a href='x'>&") == "&lt;a href=&#x27;x&#x27;&gt;&amp;"
    assert text("\udcff") == '<span class="cc" title="invisible character U+DCFF">[U+DCFF]</span>'
    assert safe_url("https://example.org/rule?a=1&b=2") == "https://example.org/rule?a=1&amp;b=2"
    for bad in ("javascript:alert(1)", " JAVASCRIPT:x", "data:text/html,x", "/local", "http://a b"):
        assert safe_url(bad) is None, bad


def test_page_is_self_contained_with_a_policy_that_allows_only_its_own_code() -> None:
    page = html_of(str(EXAMPLES))
    doc = tree(page)
    assert not doc.xpath("//*[@src] | //link[@rel='stylesheet'] | //iframe | //object | //embed")
    css = doc.xpath("//style")[0].text
    js = doc.xpath("//script")[0].text
    assert "@import" not in css
    assert set(re.findall(r"url\(\"?(\w+):", css)) == {"data"}
    policy = doc.xpath("//meta[@http-equiv='Content-Security-Policy']/@content")[0]

    def sha(content: str) -> str:
        digest = hashlib.sha256(content.encode()).digest()
        return "'sha256-" + base64.b64encode(digest).decode() + "'"

    assert policy.startswith("default-src 'none';")
    assert f"style-src {sha(css)};" in policy and f"script-src {sha(js)};" in policy


# --- parts of the machinery ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "key"),
    [
        ("questions[3].narrative", "questions[3]"),
        ("questions[12]", "questions[12]"),
        ("questions[3].causes_of_concern[0].text", "questions[3]"),
        ("overall.grade", "overall"),
        ("overall", "overall"),
        ("pillars[1].summary", "pillars[1]"),
        ("inspection.published", ""),
        ("overall_x", ""),
        ("", ""),
        ("waivers[0]", ""),
    ],
)
def test_part_key(path: str, key: str) -> None:
    assert part_key(path) == key


SPLITTER = Splitter()


def test_excerpt_is_the_sentence_around_the_words_cut_when_long() -> None:
    text_ = "First sentence here. The force is good at the the work. Last one."
    start = text_.index("the the")
    cut = excerpt(text_, start, start + 7, SPLITTER.sentences)
    assert cut is not None
    assert cut.text == "The force is good at the the work."
    assert cut.text[cut.start : cut.end] == "the the"
    long = "Words " * 200 + "the the " + "more " * 200
    start = long.index("the the")
    cut = excerpt(long, start, start + 7, SPLITTER.sentences)
    assert cut is not None and cut.text.startswith("… ") and cut.text.endswith(" …")
    assert cut.text[cut.start : cut.end] == "the the"
    assert len(cut.text) <= 2 * EXCERPT_AROUND + 20
    assert excerpt("abc", 1, 99, SPLITTER.sentences) is None


def test_a_draft_that_passes_the_schema_has_an_outline_even_with_no_findings() -> None:
    page = tree(
        html_of("--ignore", "framework-unverified", str(ROOT / "examples" / "peel-2023-25.yaml"))
    )
    assert len(page.xpath("//div[@class='part']")) == 5
    assert page.xpath("//p[@class='none']")
    assert MINIMAL  # (the shared minimal draft is used by the browser tests)


def test_worker_processes_carry_outlines_and_sentences(write: Callable[..., Path]) -> None:
    gwent = (EXAMPLES / "gwent-2016-effectiveness.yaml").read_text(encoding="utf-8")
    for number in range(32):  # 16 drafts per worker: --jobs 2 really uses two
        write(gwent, f"cwd/many/d{number:02}.yaml")
    one, two = (html_of("--today", "2025-01-01", "--jobs", jobs, "many") for jobs in "12")
    assert one == two
    assert one.count("<mark>contact However</mark>") == 32
    assert one.count('Question 4 <span class="grade g-ri">') == 32


def test_a_rule_past_its_limit_is_counted_whole(write: Callable[..., Path]) -> None:
    draft = MINIMAL.replace("is good at preventing", "is good at " + "the the " * 5 + "preventing")
    page = tree(
        html_of("--max-findings-per-rule", "2", str(write(draft)), str(write(draft, "b.yaml")))
    )
    rows = page.xpath("//table[contains(@class,'rules')]/tbody/tr")
    table = {r.xpath(".//code")[0].text: [c.text for c in r.xpath("./td")[3:]] for r in rows}
    assert table["repeated-word"] == [
        "10",
        "2",
        "0",
    ]  # per draft: 2 listed, 1 closing standing for 3
    closing = page.xpath("//li[@data-rule='repeated-word']")[2]
    assert "… and 3 more repeated-word findings" in closing.text_content()
    assert not closing.xpath(".//mark")  # it stands for many places: no sentence of its own


def test_a_word_drafts_findings_name_their_paragraph_and_headings(tmp_path: Path) -> None:
    from tests.wordfixtures import by_name

    docx = by_name("peel-2023-25-durham-defects").build(tmp_path)
    out = tmp_path / "report.html"
    run("check", "--format", "html", "-o", str(out), str(docx))
    page = lxml.html.fromstring(out.read_text(encoding="utf-8"))
    (place,) = page.xpath("//li[@data-rule='template-placeholder']//span[@class='loc']")
    # as on the command line: a Word reader has paragraphs and headings, not lines
    assert place.text_content().startswith("paragraph 68: ")
    assert "line" not in place.text_content()
