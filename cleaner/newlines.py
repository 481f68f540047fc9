"""Line ends: normalize to LF for the rules, record what was there, put it back.

Rules see LF only. The record is tiny for the usual uniform file (``{"style": "\\r\\n"}``)
and lists only the exceptions for a mixed one, so the raw text comes back exactly.

>>> text, rec = normalize("a\\r\\nb\\nc\\r\\n")
>>> text, rec
('a\\nb\\nc\\n', {'style': '\\r\\n', 'exceptions': [[1, '\\n']]})
>>> denormalize(text, rec) == "a\\r\\nb\\nc\\r\\n"
True
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter

import regex

_BREAK = regex.compile(r"\r\n|\r|\n")


def normalize(raw: str) -> tuple[str, dict]:
    """LF-only text and the record of the original line ends."""
    if "\r" not in raw:
        return raw, {"style": "\n"}
    ends = [m.group() for m in _BREAK.finditer(raw)]
    style = Counter(ends).most_common(1)[0][0]
    exceptions = [[i, end] for i, end in enumerate(ends) if end != style]
    return raw.replace("\r\n", "\n").replace("\r", "\n"), {"style": style, "exceptions": exceptions}


def denormalize(text: str, record: dict) -> str:
    """Put the recorded line ends back into LF-only ``text``."""
    style = record.get("style", "\n")
    exceptions = {i: end for i, end in record.get("exceptions", [])}
    if style == "\n" and not exceptions:
        return text
    lines = text.split("\n")
    out: list[str] = []
    for i, line in enumerate(lines[:-1]):
        out.append(line)
        out.append(exceptions.get(i, style))
    out.append(lines[-1])
    return "".join(out)


class RawOffsets:
    """Maps offsets in the LF-normalized text to offsets in the raw text.

    >>> RawOffsets("a\\r\\nb").to_raw(2)  # 'b' is at 3 in the raw text
    3
    """

    __slots__ = ("_crlf_at",)

    def __init__(self, raw: str):
        # Normalized positions of each "\r\n" (each one is one code point shorter there).
        positions = []
        shrink = 0
        start = raw.find("\r\n")
        while start != -1:
            positions.append(start - shrink)
            shrink += 1
            start = raw.find("\r\n", start + 2)
        self._crlf_at = positions

    def to_raw(self, pos: int) -> int:
        return pos + bisect_left(self._crlf_at, pos)
