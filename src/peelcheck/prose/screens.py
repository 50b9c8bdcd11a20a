"""What screens share: the character tables that make an RE2 screen match at least where
Python's `re` patterns match."""

from __future__ import annotations

from typing import Any

import re2

# What Python's `\s` matches in a str pattern (every character whose isspace() is true),
# and the characters Python's re.IGNORECASE takes for each ASCII letter beyond its two
# cases. Screens use them to match at least what the `re` patterns here match;
# tests/test_screens.py checks both against the running Python.
PYTHON_SPACES = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
IGNORECASE_EXTRAS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}
SCREEN_SPACE = "[" + "".join(f"\\x{{{ord(c):x}}}" for c in PYTHON_SPACES) + "]+"
SCREEN_OPTIONS = re2.Options()
SCREEN_OPTIONS.log_errors = False


def may_match(screen: Any, text: str) -> bool:
    """Whether the RE2 `screen` matches `text`; a text RE2 cannot read (a lone surrogate, as
    a JSON "\\udc80" gives) may match, so Python's `re` reads it as before."""
    try:
        return screen.search(text) is not None
    except UnicodeEncodeError:
        return True
