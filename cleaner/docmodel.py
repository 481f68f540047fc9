"""A read-only view of a document as lines and zones, shared by the structural rules.

The *head* of a page is everything before its first sentence (site name, breadcrumb,
title, metadata); the *tail* everything after its last sentence (signature, footer,
widgets). Weak evidence (a "来源：" label, a lone "大") counts only there.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from cleaner.types import Edit

# A sentence end in either width (the seeds carry ASCII punctuation until stage 3).
_SENTENCE = regex.compile(r"[。\uff01\uff1f\uff1b;!?]")
_COMMA = regex.compile(r"[\uff0c,]")
# "[202年上半年工作总结]中医药事业…": a teaser that opens with a bracketed label.
TEASER = regex.compile(r"^[\[【][^\]】]{1,30}[\]】]\s*+\p{Han}")


@dataclass(frozen=True, slots=True)
class Line:
    """One line: ``text`` without its line end, at ``start:end`` of the document."""

    index: int
    start: int
    end: int
    text: str


@lru_cache(maxsize=4)
def lines(text: str) -> tuple[Line, ...]:
    """The document's lines with their offsets.

    Cached: consecutive rules that change nothing hand the same text to the next one,
    and many of them read it as lines.

    >>> [(l.start, l.text) for l in lines("甲\\n\\n乙")]
    [(0, '甲'), (2, ''), (3, '乙')]
    """
    out, pos = [], 0
    for i, part in enumerate(text.split("\n")):
        out.append(Line(i, pos, pos + len(part), part))
        pos += len(part) + 1
    return tuple(out)


_SPACE = regex.compile(r"\s")
_ELLIPSIS = regex.compile(r"\u3002{3,}")


def size(s: str) -> int:
    """Length without white space: thresholds on it hold whatever the spacing rules do later.

    >>> size("总投资 1.4025 万元")
    11
    """
    return len(s) - len(_SPACE.findall(s))


def is_prose(line: str) -> bool:
    """A line of running text: it has a sentence end, or it is long and has commas.

    >>> is_prose("现将要点印发给你们,请认真贯彻落实。"), is_prose("2021年福州市卫生健康工作要点")
    (True, False)
    """
    if TEASER.match(line):
        return False
    line = _ELLIPSIS.sub("", line)  # "。。。" is an ellipsis (it becomes "……"), not a full stop
    return _SENTENCE.search(line) is not None or (size(line) >= 80 and _COMMA.search(line) is not None)


@dataclass(frozen=True, slots=True)
class Zones:
    """Indices bounding the head (``[0, head_end)``) and the tail (``[tail_start, n)``)."""

    head_end: int
    tail_start: int

    def in_head(self, i: int) -> bool:
        return i < self.head_end

    def in_tail(self, i: int) -> bool:
        return i >= self.tail_start

    def at_edge(self, i: int) -> bool:
        return self.in_head(i) or self.in_tail(i)


def zones(doc: list[Line]) -> Zones:
    prose = [l.index for l in doc if is_prose(l.text)]
    if not prose:
        return Zones(len(doc), len(doc))
    return Zones(prose[0], prose[-1] + 1)


def drop_line(line: Line, reason: str, text: str) -> Edit:
    """An edit removing ``line`` with its line end (the last line: its text only).

    Leaving the line end before a removed last line keeps two removals from ever
    overlapping; the blank-line rule takes the leftover line end.
    """
    end = line.end + 1 if line.end < len(text) else line.end
    return Edit(line.start, end, text[line.start:end], "", reason)


def non_blank(doc: list[Line]) -> list[Line]:
    return [l for l in doc if l.text.strip()]
