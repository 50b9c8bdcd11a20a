"""HTML output: one self-contained page for people who read reports in a browser.

For one draft the page is that draft's report: its header, counts, then its parts in the
report's own order (overall, pillars, questions), each with its grade and the findings
under it, and the waived findings apart. For several drafts an index (one row per draft)
and a table of findings by rule come first, and drafts that could not be read are listed
at the top. Styles and script are inline and the page loads nothing; without JavaScript
everything is shown, with it the findings can be filtered and the tables sorted.

Everything a draft, a pack or a file name supplies is escaped (`escape.py`). The same run
gives the same bytes: the page's date is `--today` or `SOURCE_DATE_EPOCH` when given.
"""

from __future__ import annotations

from collections.abc import Iterator

from peelcheck.formatters import RunReport
from peelcheck.formatters.html.model import docs_by_id, draft_view
from peelcheck.formatters.html.page import many, one


def render(report: RunReport) -> str:
    """The whole page as one string."""
    return "".join(render_chunks(report))


def render_chunks(report: RunReport) -> Iterator[str]:
    """The page in pieces, one draft at a time."""
    docs = docs_by_id(report)
    drafts = [
        draft_view(number, result, report.shown(result))
        for number, result in enumerate(report.results, start=1)
    ]
    if len(drafts) == 1:
        yield from one(report, drafts[0], docs)
    else:
        yield from many(report, drafts, docs)
