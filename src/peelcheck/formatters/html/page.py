"""The page around the drafts: head (styles, script, content security policy), the run's
header, filters, and for many drafts the index and the table of findings by rule."""

from __future__ import annotations

import base64
import hashlib
from collections import Counter
from collections.abc import Iterator
from functools import cache
from importlib import resources

from peelcheck import __version__
from peelcheck.core.findings import Severity
from peelcheck.core.ruledoc import RuleDoc
from peelcheck.formatters import RunReport
from peelcheck.formatters.html.draft import section, title
from peelcheck.formatters.html.escape import attr, text
from peelcheck.formatters.html.markup import counts, glances, severity
from peelcheck.formatters.html.model import DraftView, RuleRow, rule_rows


@cache
def asset(name: str) -> str:
    """An inline asset shipped beside this module (report.css, report.js)."""
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


def _sha256(content: str) -> str:
    digest = hashlib.sha256(content.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def head(page_title: str) -> str:
    """Everything up to <body>: the policy allows only this page's own style and script
    and loads nothing (no fonts, images or scripts from anywhere)."""
    css, js = asset("report.css"), asset("report.js")
    policy = (
        f"default-src 'none'; style-src {_sha256(css)}; script-src {_sha256(js)}; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )
    return (
        '<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{policy}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="generator" content="peelcheck {__version__}">\n'
        '<link rel="icon" href="data:,">\n'
        f"<title>{text(page_title)}</title>\n<style>{css}</style>\n</head>\n"
    )


def tail() -> str:
    """The footer and the script, then the end of the page."""
    return (
        '<footer><div class="wrap"><p>Written by peelcheck '
        f"{text(__version__)}. This page is self-contained: it loads nothing from anywhere "
        "and works offline. Filters and sorting need JavaScript; without it every finding "
        "is shown.</p></div></footer>\n"
        f"<script>{asset('report.js')}</script>\n</body>\n</html>\n"
    )


def run_facts(report: RunReport) -> list[tuple[str, str]]:
    """(label, escaped value) pairs: when checked, by which peelcheck and rules."""
    checked = report.checked_on or report.started.date()
    rows = [("Checked on", text(checked.isoformat())), ("peelcheck", text(__version__))]
    if report.rules_hash:
        rows.append(
            ("Rules", f'<code title="hash of the rule packs used">{text(report.rules_hash)}</code>')
        )
    return rows


def facts_html(rows: list[tuple[str, str]]) -> str:
    """A definition list's rows."""
    return "".join(f"<div><dt>{label}</dt><dd>{value}</dd></div>" for label, value in rows)


def hidden_note(report: RunReport) -> str:
    """What `--show` left out, so a filtered report never looks clean."""
    hidden = report.hidden()
    if not hidden:
        return ""
    word = "finding" if hidden == 1 else "findings"
    return (
        f'<p class="note">{hidden} {word} below {report.show.label} not shown '
        "(peelcheck check --show).</p>"
    )


def filters(drafts: list[DraftView], docs: dict[str, RuleDoc]) -> str:
    """The filter form, hidden until the script shows it."""
    rules = Counter(f.rule for d in drafts for f in d.shown)
    packs = Counter(
        docs[r].pack if r in docs else "built-in" for d in drafts for r in (f.rule for f in d.shown)
    )
    boxes = "".join(
        f'<label><input type="checkbox" name="sev" value="{s.label}" checked> {severity(s)}</label>'
        for s in sorted(Severity, reverse=True)
    )
    rule_options = "".join(
        f'<option value="{attr(r)}">{text(r)} ({n})</option>' for r, n in sorted(rules.items())
    )
    pack_options = "".join(
        f'<option value="{attr(p)}">{text(p)} ({n})</option>' for p, n in sorted(packs.items())
    )
    return (
        '<form id="filters" class="filters" hidden aria-label="Filter findings">'
        f"<fieldset><legend>Severity</legend>{boxes}</fieldset>"
        '<label><span class="lbl">Rule</span><select id="f-rule">'
        f'<option value="">All rules</option>{rule_options}</select></label>'
        '<label><span class="lbl">Pack</span><select id="f-pack">'
        f'<option value="">All packs</option>{pack_options}</select></label>'
        '<label><input type="checkbox" id="f-waived" checked> Show waived findings</label>'
        '<button type="reset">Show all</button>'
        '<p id="f-status" role="status" aria-live="polite"></p></form>'
    )


def index(drafts: list[DraftView]) -> str:
    """One row per draft, linking to its section."""
    rows = []
    for d in drafts:
        n = d.counts()
        name = text(title(d))
        file = f'<span class="file">{text(d.result.file)}</span>' if d.outline else ""
        if d.outline is not None:
            cycle = text(f"{d.outline.programme} {d.outline.cycle}")
            glances = _glances(d)
            row_class = ""
        else:
            cycle, glances, row_class = "", "could not be read", ' class="unread"'
        rows.append(
            f'<tr{row_class}><td data-v="{attr(title(d).lower())}"><a href="#{d.anchor}">{name}</a>'
            f"{file}</td>"
            f"<td>{cycle}</td><td>{glances}</td>"
            f'<td class="num" data-v="{n["error"]}">{n["error"]:,}</td>'
            f'<td class="num" data-v="{n["warning"]}">{n["warning"]:,}</td>'
            f'<td class="num" data-v="{n["waived"]}">{n["waived"]:,}</td></tr>'
        )
    return (
        '<section class="block" aria-labelledby="index-h"><h2 id="index-h">Drafts</h2>'
        '<table class="index sortable"><caption>One row per draft, in the order checked. '
        "Select a column heading to sort.</caption><thead><tr>"
        '<th scope="col">Draft</th><th scope="col">Cycle</th>'
        '<th scope="col" data-nosort>Grades</th><th scope="col" class="num">Errors</th>'
        '<th scope="col" class="num">Warnings</th><th scope="col" class="num">Waived</th>'
        f"</tr></thead><tbody>\n{chr(10).join(rows)}\n</tbody></table></section>"
    )


def _glances(draft: DraftView) -> str:
    assert draft.outline is not None
    parts = draft.outline.parts
    questions = [(p.label, p.grade) for p in parts if p.path.startswith("questions")]
    heads = [
        (p.title if p.label == "Pillar" else p.label, p.grade)
        for p in parts
        if not p.path.startswith("questions")
    ]
    return glances([heads, questions])


def rule_table(rows: list[RuleRow]) -> str:
    """Findings by rule across every draft, most frequent first."""
    body = "\n".join(
        f'<tr><td data-v="{attr(r.doc.id)}"><code>{text(r.doc.id)}</code>'
        f'<span class="desc">{text(r.doc.description)}</span></td>'
        f"<td>{text(r.doc.pack)}</td><td>{severity(r.doc.severity)}</td>"
        f'<td class="num" data-v="{r.findings}">{r.findings:,}</td>'
        f'<td class="num" data-v="{r.drafts}">{r.drafts:,}</td>'
        f'<td class="num" data-v="{r.waived}">{r.waived:,}</td></tr>'
        for r in rows
    )
    if not rows:
        return ""
    return (
        '<section class="block" aria-labelledby="rules-h"><h2 id="rules-h">Findings by rule</h2>'
        '<table class="rules sortable"><caption>Which rules fire most, across all drafts '
        "(waived findings counted apart).</caption><thead><tr>"
        '<th scope="col">Rule</th><th scope="col">Pack</th><th scope="col">Severity</th>'
        '<th scope="col" class="num">Findings</th><th scope="col" class="num">Drafts</th>'
        '<th scope="col" class="num">Waived</th>'
        f"</tr></thead><tbody>\n{body}\n</tbody></table></section>"
    )


def many(report: RunReport, drafts: list[DraftView], docs: dict[str, RuleDoc]) -> Iterator[str]:
    """The page for several drafts: header, unreadable drafts, index, rules, each draft."""
    yield head(f"peelcheck report: {len(drafts)} drafts")
    yield (
        '<body class="many"><a class="skip" href="#main">Skip to the report</a>\n'
        '<header class="top"><div class="wrap"><p class="brand">peelcheck report</p>'
        f"<h1>{len(drafts):,} drafts</h1>"
        f'<dl class="facts">{facts_html(run_facts(report))}</dl>'
        f"{counts(report.counts())}{hidden_note(report)}</div></header>\n"
        f'<main id="main" class="wrap">{filters(drafts, docs)}\n'
    )
    unreadable = [d for d in drafts if not d.readable]
    if unreadable:
        yield (
            '<section class="block unreadable" aria-labelledby="unread-h">'
            f'<h2 id="unread-h">Drafts that could not be read ({len(unreadable)})</h2>'
            "<p>No rule ran on these drafts: fix what is listed, then check them again.</p>\n"
        )
        for d in unreadable:
            yield section(d, docs, 3) + "\n"
        yield "</section>\n"
    yield index(drafts) + "\n"
    yield rule_table(rule_rows(drafts, docs)) + "\n"
    readable = [d for d in drafts if d.readable]
    if readable:
        yield (
            '<section class="block by-draft" aria-labelledby="drafts-h">'
            '<h2 id="drafts-h">Findings by draft</h2>\n'
        )
        for d in readable:
            yield section(d, docs, 3) + "\n"
        yield "</section>\n"
    yield "</main>\n"
    yield tail()


def one(report: RunReport, draft: DraftView, docs: dict[str, RuleDoc]) -> Iterator[str]:
    """The page for one draft: the draft's own header and parts, with the run's facts."""
    name = title(draft)
    yield head(f"peelcheck report: {name}")
    yield (
        '<body class="one"><a class="skip" href="#main">Skip to the report</a>\n'
        '<header class="top"><div class="wrap"><p class="brand">peelcheck report</p>'
        "</div></header>\n"
        '<main id="main" class="wrap">\n'
    )
    after = hidden_note(report) + filters([draft], docs)
    yield section(draft, docs, 1, facts_html(run_facts(report)), after) + "\n"
    yield "</main>\n"
    yield tail()
