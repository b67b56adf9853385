"""Text a learner's code can influence, made safe to show: `printable(text) -> str`.

Control characters other than newline and tab (ESC, NUL, CR, form feed, DEL, C1 controls) and
lone surrogates become visible escapes (`\\x1b`, `\\ud800`): an escape sequence in an exception
message cannot draw a fake "✔ passed" on a terminal, and no XML parser or UTF-8 encoder chokes.
"""
from __future__ import annotations

import re

UNPRINTABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def printable(text) -> str:
    """`text` with every unprintable character escaped: `printable("a\\x1b[2J")` is `a\\\\x1b[2J`."""
    return UNPRINTABLE.sub(_escape, str(text))


def _escape(match: re.Match) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
