"""One draft's section: its header, its parts in the report's order with their findings,
and its waived findings apart."""

from __future__ import annotations

from peelcheck.core.findings import Finding
from peelcheck.core.ruledoc import RuleDoc
from peelcheck.formatters.html.escape import attr, text
from peelcheck.formatters.html.markup import counts, grade, severity, why
from peelcheck.formatters.html.model import BUILTIN_PACK, DraftView, PartView


def title(draft: DraftView) -> str:
    """The draft's heading text: its subject, or its file when it could not be read."""
    return draft.outline.subject if draft.outline else draft.result.file


def facts(draft: DraftView) -> list[tuple[str, str]]:
    """(label, escaped value) pairs for the draft's header."""
    outline = draft.outline
    rows = []
    if outline is not None:
        rows += [
            ("Programme", text(outline.programme)),
            ("Cycle", text(outline.cycle)),
        ]
        if outline.pillar:
            rows.append(("Pillar", text(outline.pillar)))
        rows += [
            ("Status", text(outline.status)),
            ("Published", text(outline.published or "not given")),
        ]
    rows.append(("File", f"<code>{text(draft.result.file)}</code>"))
    return rows


def section(
    draft: DraftView, docs: dict[str, RuleDoc], level: int, extra_facts: str = "", after: str = ""
) -> str:
    """The draft's whole section; its heading is at `level` (parts one below). `after` goes
    between the draft's header and its parts (the filters, on a one-draft page)."""
    n = draft.anchor
    name = attr(draft.result.file)
    out = [
        f'<section class="draft" id="{n}" data-file="{name}">',
        f'<h{level} id="{n}-h">{text(title(draft))}</h{level}>',
    ]
    if draft.readable or extra_facts:
        rows = facts(draft) if draft.readable else []
        dl = "".join(f"<div><dt>{label}</dt><dd>{value}</dd></div>" for label, value in rows)
        out += [f'<dl class="facts">{dl}{extra_facts}</dl>', counts(draft.counts())]
    out.append(after)
    if not draft.readable:  # the file as a whole: it has no parts
        out.append(_findings(draft.parts[0].findings, docs))
    else:
        for index, part in enumerate(draft.parts):
            if part.part is None and not part.findings:
                continue  # no finding about the draft as a whole
            out.append(_part(part, f"{n}-p{index}", docs, level + 1))
    if draft.waived:
        out.append(
            f'<div class="waived" id="{n}-w"><h{level + 1}>Waived and baselined findings '
            f"({len(draft.waived)})</h{level + 1}>{_findings(draft.waived, docs)}</div>"
        )
    out.append("</section>")
    return "\n".join(out)


def _part(view: PartView, anchor: str, docs: dict[str, RuleDoc], level: int) -> str:
    part = view.part
    if part is None:
        head = "The draft as a whole"
        sub = ""
    else:
        pillar = part.path.startswith("pillars")  # its name is its heading
        label = f"{part.label}: {part.title}" if pillar else part.label
        head = f"{text(label)} {grade(part.grade)}"
        bits = [text(part.title)] if part.title and not pillar else []
        if part.pillar:
            bits.append(f'<span class="pillar">Pillar: {text(part.pillar)}</span>')
        sub = f'<p class="ptitle">{" ".join(bits)}</p>' if bits else ""
    return (
        f'<div class="part" id="{anchor}"><h{level}>{head}</h{level}>{sub}'
        f"{_findings(view.findings, docs, view.waived)}</div>"
    )


def _findings(findings: list[Finding], docs: dict[str, RuleDoc], waived: int = 0) -> str:
    more = f"{waived} waived, listed with the waived findings" if waived else ""
    if not findings:
        return f'<p class="none">No findings{"; " + more if more else ""}.</p>'
    items = "\n".join(finding(f, docs.get(f.rule)) for f in findings)
    note = f'<p class="none">And {more}.</p>' if more else ""
    return f'<ol class="findings">\n{items}\n</ol>{note}'


def _place(f: Finding) -> str:
    """Where the finding is, as its reader finds it: a line and column of a YAML draft, or
    the paragraph and headings of a Word draft (as on the command line)."""
    if f.place is None:
        return f"line {f.line}, column {f.column}"
    headings = " › ".join(f.place.headings)
    return f"paragraph {f.place.paragraph + 1}" + (f": {headings}" if headings else "")


def finding(f: Finding, doc: RuleDoc | None) -> str:
    """One finding: severity, rule, place, message, the flagged words in their sentence,
    why the rule exists, and the waiver or baseline entry that accepts it."""
    pack = doc.pack if doc else BUILTIN_PACK
    place = _place(f)
    waived = ' data-waived="1"' if f.waived is not None else ""
    parts = [
        f'<li class="f" data-sev="{f.severity.label}" data-rule="{attr(f.rule)}" '
        f'data-pack="{attr(pack)}" data-line="{f.line}"{waived}>',
        f'<p class="fh">{severity(f.severity)} <code class="rule">{text(f.rule)}</code> '
        f'<span class="loc">{text(place)}</span></p>',
        f'<p class="msg">{text(f.message)}</p>',
        _flagged(f),
        why(doc),
    ]
    if f.waived is not None:
        w = f.waived
        kind = "Baselined" if w.kind == "baseline" else "Waived"
        parts.append(f'<p class="waiver"><span class="wk">{kind}:</span> {text(w.reason)}</p>')
        by = []
        if w.approved_by:
            by.append(f"Approved by {text(w.approved_by)}.")
        elif w.kind != "baseline":
            by.append("No approver recorded.")
        if w.expires:
            by.append(f"Expires {text(w.expires)}.")
        if by:
            parts.append(f'<p class="waiver-by">{" ".join(by)}</p>')
    parts.append("</li>")
    return "".join(parts)


def _flagged(f: Finding) -> str:
    context = f.context
    if context is not None:
        words = context.text
        before, marked = words[: context.start], words[context.start : context.end]
        after = words[context.end :]
        return (
            f'<blockquote class="ctx"><p>{text(before)}<mark>{text(marked)}</mark>'
            f"{text(after)}</p></blockquote>"
        )
    if f.snippet:
        return f'<p class="snip">Flagged: <q>{text(f.snippet)}</q></p>'
    return ""
