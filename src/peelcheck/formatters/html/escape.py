"""Escaping: everything a draft, a rule pack or a file name supplies is shown as text.

Markup characters become entities, so `<script>` or `</textarea>` in a draft is text and
nothing else. Characters that are invisible or that change how the text around them is
drawn (right-to-left overrides, zero-width spaces, other control and format characters,
and lone surrogates from undecodable file names) are replaced by a visible marker naming
their code point: a quality assurer sees that they are there, and they cannot reorder or
hide the page's own text.
"""

from __future__ import annotations

import html
import re

_HIDDEN = re.compile(
    "["
    "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"  # control characters but tab, line feed, return
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f"
    "\u200b-\u200f\u2028-\u202e\u2060-\u206f\u3164"  # zero-width, bidi, separators
    "\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufffb"
    "\ud800-\udfff"  # lone surrogates (file names that were not UTF-8)
    "\U000e0000-\U000e0fff"  # tags and variation selectors supplement
    "]"
)
_URL = re.compile(r"https?://[^\s\"'<>`\\]+\Z", re.IGNORECASE)


def _marker(match: re.Match[str]) -> str:
    point = f"U+{ord(match.group()):04X}"
    return f'<span class="cc" title="invisible character {point}">[{point}]</span>'


def text(value: object) -> str:
    """`value` as HTML element text, hidden characters shown as marked `[U+XXXX]`."""
    escaped = html.escape(str(value), quote=True)
    return _HIDDEN.sub(_marker, escaped)


def attr(value: object) -> str:
    """`value` for a quoted attribute: escaped, hidden characters as `[U+XXXX]`."""
    escaped = html.escape(str(value), quote=True)
    return _HIDDEN.sub(lambda m: f"[U+{ord(m.group()):04X}]", escaped)


def safe_url(url: str | None) -> str | None:
    """An http(s) URL for a link, escaped for an attribute; None for anything else
    (`javascript:`, `data:`, relative links and odd characters are never linked)."""
    if url is None or _HIDDEN.search(url) or not _URL.match(url.strip()):
        return None
    return attr(url.strip())
