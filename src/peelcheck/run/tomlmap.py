"""Where each key and value of `[tool.peelcheck]` stands in pyproject.toml.

`tomllib` reads the data but keeps no positions, and the TOML libraries that keep
formatting (tomlkit) keep no line numbers either. This scanner only locates: tomllib has
already parsed the file, so the text is valid TOML, and the scanner needs only to follow
tables, dotted keys, strings, arrays and inline tables, recording a span for each key and
value under `[tool.peelcheck]`, by data path (`rules."double-space"`, `select[1]`).
"""

from __future__ import annotations

from peelcheck.draft.sourcemap import SourceMap, Span, join_path

_BARE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
TABLE = ("tool", "peelcheck")


def toml_source_map(text: str) -> SourceMap:
    """A source map of the `[tool.peelcheck]` table of valid TOML `text`."""
    scanner = _Scanner(text)
    scanner.document()
    return scanner.source


class _Scanner:
    def __init__(self, text: str) -> None:
        self.text = text
        self.at = 0
        self.source = SourceMap(text)

    # -- positions ---------------------------------------------------------------------
    def _span(self, start: int, end: int) -> Span:
        line, column = self.source.position_of_offset(start)
        end_line, end_column = self.source.position_of_offset(end)
        return Span(line, column, end_line, end_column, start, end)

    def _peek(self, count: int = 1) -> str:
        return self.text[self.at : self.at + count]

    def _blank(self, *, newlines: bool) -> None:
        """Skip spaces and comments, and line breaks when `newlines`."""
        while self.at < len(self.text):
            char = self.text[self.at]
            if char in " \t" or (newlines and char in "\r\n"):
                self.at += 1
            elif char == "#":
                end = self.text.find("\n", self.at)
                self.at = len(self.text) if end < 0 else end
            else:
                return

    # -- structure -----------------------------------------------------------------------
    def document(self) -> None:
        table: list[tuple[str, Span]] | None = []  # the current table's keys; None: [[array]]
        while True:
            self._blank(newlines=True)
            if self.at >= len(self.text):
                return
            if self._peek() == "[":
                table = self._header()
            else:
                self._pair(table)

    def _header(self) -> list[tuple[str, Span]] | None:
        double = self._peek(2) == "[["
        self.at += 2 if double else 1
        keys = self._keys()
        self.at = self.text.index("]", self.at) + (2 if double else 1)
        if double:
            return None
        self._record(keys, value=False)
        return keys

    def _record(self, keys: list[tuple[str, Span]], *, value: bool) -> str | None:
        """Record the spans of the keys under ours; the data path of the last, if ours."""
        if [name for name, _ in keys[:2]] != list(TABLE):
            return None
        path = ""
        if len(keys) == 2 and not value:  # [tool.peelcheck]: where its problems are shown
            self.source.values[""] = keys[-1][1]
        for name, span in keys[2:]:
            path = join_path(path, name)
            if value:
                self.source.keys.setdefault(path, span)
            else:
                self.source.keys[path] = span
        return path if len(keys) > 2 or not value else None

    def _keys(self) -> list[tuple[str, Span]]:
        """A dotted key: each part with its span."""
        keys = []
        while True:
            self._blank(newlines=False)
            start = self.at
            if self._peek() in ("'", '"'):
                name = self._string()
            else:
                while self.at < len(self.text) and self.text[self.at] in _BARE:
                    self.at += 1
                name = self.text[start : self.at]
            keys.append((name, self._span(start, self.at)))
            self._blank(newlines=False)
            if self._peek() != ".":
                return keys
            self.at += 1

    def _pair(self, table: list[tuple[str, Span]] | None, inside: str | None = None) -> None:
        """`key = value` in a table (`table`: its keys) or in an inline table (`inside`:
        its data path, if ours)."""
        keys = self._keys()
        self.at = self.text.index("=", self.at) + 1
        self._blank(newlines=False)
        if table is None and inside is None:
            path = None
        elif inside is not None:
            path = inside
            for name, span in keys:
                path = join_path(path, name)
                self.source.keys.setdefault(path, span)
        else:
            path = self._record([*table, *keys], value=True) if table is not None else None
        self._value(path)

    def _value(self, path: str | None) -> None:
        start = self.at
        char = self._peek()
        if char == "[":
            self._array(path)
        elif char == "{":
            self._inline_table(path)
        elif char in ("'", '"'):
            self._string()
        else:
            while self.at < len(self.text) and self.text[self.at] not in ",]}#\r\n":
                self.at += 1
            while self.at > start and self.text[self.at - 1] in " \t":
                self.at -= 1
        if path is not None:
            self.source.values[path] = self._span(start, self.at)

    def _array(self, path: str | None) -> None:
        self.at += 1
        index = 0
        while True:
            self._blank(newlines=True)
            if self._peek() == "]":
                self.at += 1
                return
            self._value(None if path is None else f"{path}[{index}]")
            index += 1
            self._blank(newlines=True)
            if self._peek() == ",":
                self.at += 1

    def _inline_table(self, path: str | None) -> None:
        self.at += 1
        while True:
            self._blank(newlines=False)
            if self._peek() == "}":
                self.at += 1
                return
            if self._peek() == ",":
                self.at += 1
                continue
            if path is None:
                self._pair(None)
            else:
                self._pair(None, inside=path)

    def _string(self) -> str:
        """Skip a string of any of TOML's four kinds; return its text (escapes left as
        written: keys that need escapes are not peelcheck's)."""
        quote = self._peek()
        if self._peek(3) == quote * 3:
            end = self.text.index(quote * 3, self.at + 3)
            while self.text[end + 3 : end + 4] == quote:  # up to two quotes may end the text
                end += 1
            body, self.at = self.text[self.at + 3 : end], end + 3
            return body
        at = self.at + 1
        while self.text[at] != quote:
            at += 2 if quote == '"' and self.text[at] == "\\" else 1
        body, self.at = self.text[self.at + 1 : at], at + 1
        return body
