"""Small helpers over WordprocessingML elements (lxml, as python-docx parses them)."""

from __future__ import annotations

from typing import Any

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def tag(name: str) -> str:
    """The qualified tag of a `w:` element."""
    return f"{{{W}}}{name}"


def local(element: Any) -> str:
    """The local name of a `w:` element's tag ("p", "r"), or "" for other namespaces."""
    name = element.tag if isinstance(element.tag, str) else ""
    return name[len(W) + 2 :] if name.startswith(f"{{{W}}}") else ""


def child(element: Any | None, name: str) -> Any | None:
    """The first `w:name` child of `element`, or None."""
    return None if element is None else element.find(tag(name))


def attr(element: Any | None, name: str) -> str | None:
    """The value of attribute `w:name`, or None."""
    return None if element is None else element.get(tag(name))


def on(value: str | None, absent: bool = False) -> bool:
    """A Word on/off value: absent means `absent`; "0", "false", "off" mean off."""
    if value is None:
        return absent
    return value.lower() not in ("0", "false", "off", "none")
