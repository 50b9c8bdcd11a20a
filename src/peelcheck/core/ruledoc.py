"""What output shows of a rule: its id, pack, severity and documentation, nothing compiled."""

from __future__ import annotations

from dataclasses import dataclass, replace

from peelcheck.core.findings import Severity


@dataclass(frozen=True, slots=True)
class RuleDoc:
    """A rule as formatters describe it (SARIF rule descriptors, links, HTML 'why')."""

    id: str
    pack: str
    severity: Severity
    description: str
    rationale: str | None = None
    url: str | None = None
    flagged: str | None = None  # an example the rule flags
    fixed: str | None = None  # the same example, written as the rule wants

    def linked(self, docs_url: str | None) -> RuleDoc:
        """This rule with its own `url`, or else its page under the config's `docs_url`."""
        if self.url or not docs_url:
            return self
        return replace(self, url=rule_url(docs_url, self.id))


def rule_url(docs_url: str | None, rule_id: str) -> str | None:
    """The documentation page of a rule under `docs_url` (the config's base): `{id}` in it
    is replaced by the id; otherwise `<docs_url>/<id>.md`, as docs/rules/ holds them."""
    if not docs_url:
        return None
    if "{id}" in docs_url:
        return docs_url.replace("{id}", rule_id)
    return f"{docs_url.rstrip('/')}/{rule_id}.md"


def is_absolute_url(url: str | None) -> bool:
    """True for an http(s) URL that a viewer can open from anywhere (SARIF `helpUri`)."""
    from urllib.parse import urlparse

    if not url:
        return False
    parts = urlparse(url)
    return parts.scheme in ("http", "https") and bool(parts.netloc)
