"""Write an imported draft as YAML: literal block scalars for multi-line text, nothing folded.

The output reads back (with `peelcheck.loader`) to exactly the data written.
"""

from __future__ import annotations

import re
from typing import Any, ClassVar

import yaml


class _Dumper(yaml.SafeDumper):
    """SafeDumper without YAML 1.1 timestamps, so a date such as 2017-03-02 stays unquoted."""

    yaml_implicit_resolvers: ClassVar[dict[Any, list[tuple[str, re.Pattern[str]]]]] = {  # type: ignore[misc]
        first: [(tag, regexp) for tag, regexp in resolvers if not tag.endswith(":timestamp")]
        for first, resolvers in yaml.SafeDumper.yaml_implicit_resolvers.items()
    }


def _text(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _text)


class FlowMapping(dict[str, Any]):
    """A small mapping written on one line: `{paragraph: 54, headings: [Narrative]}`."""


def _flow(dumper: yaml.SafeDumper, value: FlowMapping) -> yaml.MappingNode:
    return dumper.represent_mapping("tag:yaml.org,2002:map", value.items(), flow_style=True)


_Dumper.add_representer(FlowMapping, _flow)


def dump_draft(data: Any, comment: str | None = None) -> str:
    """The draft as YAML text, keys in the order given, preceded by `# comment` lines."""
    body = yaml.dump(
        data,
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        width=1 << 30,
        default_flow_style=False,
    )
    head = "".join(f"# {line}\n".replace("# \n", "#\n") for line in (comment or "").splitlines())
    return head + body
