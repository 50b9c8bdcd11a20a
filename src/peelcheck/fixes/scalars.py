"""Where each character of a YAML scalar's value stands in its source, exactly, or not at all.

A fix is an edit of a value; the file is edited at the source characters that make those
value characters. That map is exact for plain scalars (folded over lines or not), quoted
scalars on one line (escapes included) and literal and folded block scalars without
indentation indicators or more-indented lines. Anything else gives None: the fix is then
reported as not fixable there, never guessed.
"""

from __future__ import annotations

import re

# YAML's one-character escapes in double-quoted scalars (JSON's are a subset)
_ESCAPES = {
    "0": "\0",
    "a": "\a",
    "b": "\b",
    "t": "\t",
    "\t": "\t",
    "n": "\n",
    "v": "\v",
    "f": "\f",
    "r": "\r",
    "e": "\x1b",
    " ": " ",
    '"': '"',
    "/": "/",
    "\\": "\\",
    "N": "\x85",
    "_": "\xa0",
    "L": "\u2028",
    "P": "\u2029",
}
_HEX = {"x": 2, "u": 4, "U": 8}
_BLOCK_HEADER = re.compile(r"[|>][+-]?\Z")


def value_offsets(raw: str, style: str | None, value: str) -> list[int] | None:
    """Offsets into `raw` (a scalar's source) of each character of `value`, plus its end.

    `result[i]` is where the source of `value[i]` begins and `result[len(value)]` where
    the value's source ends; None when the source cannot be mapped exactly (or does not
    read as `value`, which would be a bug elsewhere: never guessed).
    """
    if not style:  # plain: None, or "" from libyaml
        built = _plain(raw)
    elif style == "'":
        built = _single(raw)
    elif style == '"':
        built = _double(raw)
    elif style in ("|", ">"):
        built = _block(raw, folded=style == ">")
    else:
        return None
    if built is None:
        return None
    chars, offsets = built  # offsets has one more item: where the last character ends
    text = "".join(chars)
    if text == value:
        return offsets
    # block scalars: chomping changes only trailing line breaks, which no fix edits
    keep = len(value.rstrip("\n"))
    if style in ("|", ">") and text.rstrip("\n") == value[:keep]:
        return offsets[: keep + 1]
    return None


def encode(replacement: str, style: str | None, replaced: str) -> str | None:
    """`replacement` as written inside a scalar of this style, or None if it cannot be."""
    if style == '"':
        out = []
        for char in replacement:
            if char in '"\\':
                out.append("\\" + char)
            elif char == "\n":
                out.append("\\n")
            elif char == "\t" or char.isprintable():
                out.append(char)
            else:
                out.append(f"\\u{ord(char):04x}" if ord(char) < 0x10000 else f"\\U{ord(char):08x}")
        return "".join(out)
    if "\n" in replacement or "\r" in replacement:
        return None  # a new line inside any other style changes its layout
    if style == "'":
        return replacement.replace("'", "''")
    if not style and any(c in replacement and c not in replaced for c in ":#,[]{}'\""):
        return None  # could end a plain scalar or start a comment: not worth the risk
    return replacement


def _lines(raw: str) -> list[tuple[int, str]]:
    """(offset, text) of each line of `raw`, without its line break (\\n or \\r\\n)."""
    found, at = [], 0
    for line in raw.split("\n"):
        found.append((at, line.removesuffix("\r")))
        at += len(line) + 1
    return found


def _folded_lines(
    lines: list[tuple[int, str]], chars: list[str], offsets: list[int], *, start_first: int
) -> bool:
    """Fold lines as plain and quoted scalars do: a single break is a space, each blank
    line a line break. Appends to chars/offsets; False when a line cannot be folded here."""
    pending_break = -1
    blanks = 0
    for number, (at, line) in enumerate(lines):
        begin = start_first if number == 0 else len(line) - len(line.lstrip(" \t"))
        body = line[begin:].rstrip(" \t") if number < len(lines) - 1 else line[begin:]
        if not body.strip(" \t"):
            blanks += 1 if number > 0 else 0
            continue
        if pending_break >= 0:
            if blanks:
                chars.extend("\n" * blanks)
                offsets.extend([pending_break] * blanks)
            else:
                chars.append(" ")
                offsets.append(pending_break)
        chars.extend(body)
        offsets.extend(range(at + begin, at + begin + len(body)))
        end_of_body = at + begin + len(body)
        pending_break, blanks = end_of_body, 0
    offsets.append(max(pending_break, 0))
    return True


def _plain(raw: str) -> tuple[list[str], list[int]] | None:
    if "\n" not in raw:
        return list(raw), list(range(len(raw) + 1))
    chars: list[str] = []
    offsets: list[int] = []
    _folded_lines(_lines(raw), chars, offsets, start_first=0)
    return chars, offsets


def _single(raw: str) -> tuple[list[str], list[int]] | None:
    if "\n" in raw or len(raw) < 2 or raw[0] != "'" or raw[-1] != "'":
        return None
    chars: list[str] = []
    offsets: list[int] = []
    at = 1
    while at < len(raw) - 1:
        chars.append(raw[at])
        offsets.append(at)
        at += 2 if raw[at] == "'" else 1
    offsets.append(len(raw) - 1)
    return chars, offsets


def _double(raw: str) -> tuple[list[str], list[int]] | None:
    if "\n" in raw or len(raw) < 2 or raw[0] != '"' or raw[-1] != '"':
        return None
    chars: list[str] = []
    offsets: list[int] = []
    at = 1
    while at < len(raw) - 1:
        char = raw[at]
        offsets.append(at)
        if char != "\\":
            chars.append(char)
            at += 1
            continue
        kind = raw[at + 1]
        if kind in _ESCAPES:
            chars.append(_ESCAPES[kind])
            at += 2
        elif kind in _HEX:
            digits = raw[at + 2 : at + 2 + _HEX[kind]]
            try:
                code = int(digits, 16)
            except ValueError:
                return None
            if 0xD800 <= code < 0xE000:
                return None  # surrogate pairs (JSON): not mapped
            chars.append(chr(code))
            at += 2 + _HEX[kind]
        else:
            return None
    offsets.append(len(raw) - 1)
    return chars, offsets


def _block(raw: str, *, folded: bool) -> tuple[list[str], list[int]] | None:
    lines = _lines(raw)
    header = lines[0][1].split("#", 1)[0].strip()
    if not _BLOCK_HEADER.match(header):
        return None  # an indentation indicator: not mapped
    content = lines[1:]
    texts = [line for _, line in content if line.strip(" ")]
    if not texts:
        return [], [len(raw)]
    indent = min(len(line) - len(line.lstrip(" ")) for line in texts)
    first = len(texts[0]) - len(texts[0].lstrip(" "))
    if first != indent:
        return None
    chars: list[str] = []
    offsets: list[int] = []
    if folded:
        if any(len(line) - len(line.lstrip(" ")) > indent or "\t" in line for line in texts):
            return None  # more-indented lines keep their breaks: not mapped
        shifted = [(at + indent, line[indent:]) for at, line in content]
        _folded_lines(shifted, chars, offsets, start_first=0)
        return chars, offsets
    end = len(raw)
    for number, (at, line) in enumerate(content):
        if number:
            previous, text = content[number - 1]
            chars.append("\n")
            offsets.append(previous + len(text))  # where its line break (\n or \r\n) starts
        body = line[indent:] if len(line) > indent else ""
        chars.extend(body)
        offsets.extend(range(at + indent, at + indent + len(body)))
        if body:
            end = at + indent + len(body)
    offsets.append(end)
    return chars, offsets
