"""Small pieces of the page: severity and grade badges, counts, rule explanations."""

from __future__ import annotations

from peelcheck.core.findings import Severity
from peelcheck.core.ruledoc import RuleDoc
from peelcheck.formatters.html.escape import attr, safe_url, text

SEVERITY_WORDS = {Severity.ERROR: "Error", Severity.WARNING: "Warning", Severity.INFO: "Info"}
COUNT_WORDS = {
    "error": ("error", "errors"),
    "warning": ("warning", "warnings"),
    "info": ("info", "info"),
    "waived": ("waived", "waived"),
}
# grade (lower case) -> (css class, short form shown at a glance)
GRADES = {
    "outstanding": ("g-o", "O"),
    "good": ("g-g", "G"),
    "adequate": ("g-a", "A"),
    "requires improvement": ("g-ri", "RI"),
    "inadequate": ("g-i", "I"),
    "ungraded": ("g-u", "U"),
    "not graded": ("g-u", "U"),
}
_OFF_SCALE = ("g-x", "?")


def severity(level: Severity) -> str:
    """A severity badge: an icon and the word, never colour alone."""
    return f'<span class="sev s-{level.label}">{SEVERITY_WORDS[level]}</span>'


def grade(value: str | None) -> str:
    """A grade badge with the grade written in full."""
    if value is None:
        return '<span class="grade g-none">Not graded</span>'
    css, _ = GRADES.get(value.strip().lower(), _OFF_SCALE)
    return f'<span class="grade {css}">{text(value)}</span>'


def glances(groups: list[list[tuple[str, str | None]]]) -> str:
    """Grades at a glance, for the index: a short badge per graded part (groups apart),
    and the same in words for screen readers and as a tooltip ("Question 3: Good")."""
    words = []
    shown = []
    for group in groups:
        badges = []
        for label, value in group:
            if value is None:
                continue
            css, short = GRADES.get(value.strip().lower(), _OFF_SCALE)
            badges.append(f'<span class="gl {css}">{short}</span>')
            words.append(f"{label}: {value}")
        if badges:
            shown.append("".join(badges))
    if not words:
        return ""
    spoken = "; ".join(words)
    bar = '<span class="glance-sep">|</span>'.join(shown)
    return (
        f'<span class="glance" title="{attr(spoken)}"><span aria-hidden="true">{bar}</span>'
        f'<span class="vh">{text(spoken)}</span></span>'
    )


def counts(numbers: dict[str, int], css: str = "counts") -> str:
    """Counts by severity and waived, each with its icon and word."""
    items = []
    for key, (one, many) in COUNT_WORDS.items():
        n = numbers.get(key, 0)
        zero = " zero" if n == 0 else ""
        items.append(
            f'<li class="c-{key}{zero}"><strong>{n:,}</strong> {one if n == 1 else many}</li>'
        )
    return f'<ul class="{css}">{"".join(items)}</ul>'


def why(doc: RuleDoc | None) -> str:
    """The rule's reason in a sentence, expanding to the rest, its example and its link."""
    if doc is None:
        return ""
    reason = " ".join((doc.rationale or doc.description).split())
    first, _, rest = reason.partition(". ")
    first = first if not rest else first + "."
    more = []
    if rest:
        more.append(f"<p>{text(rest)}</p>")
    if doc.flagged:
        more.append(f'<p class="ex">Flagged</p><pre class="ex-bad">{text(doc.flagged)}</pre>')
    if doc.fixed:
        more.append(f'<p class="ex">Fixed</p><pre class="ex-good">{text(doc.fixed)}</pre>')
    url = safe_url(doc.url)
    if url:
        more.append(
            f'<p><a href="{url}" rel="noopener noreferrer">More about {text(doc.id)}</a></p>'
        )
    head = f'<span class="why-l">Why:</span> {text(first)}'
    if not more:
        return f'<p class="why">{head}</p>'
    return f'<details class="why"><summary>{head}</summary>{"".join(more)}</details>'
