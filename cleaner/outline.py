"""The outline of a document: its numbered markers by level (GB/T 9704), read-only.

一、 / （一） / 1. / （1）, 第一章 / 第一条 and 一是… at the start of a line; markers whose shape
shows a corruption (a lost bracket or numeral) are read too, with the corruption named.
Chinese numerals go through cn2an, loaded on first use.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from cleaner import chars
from cleaner.docmodel import Line, lines

_N = "一二三四五六七八九十百零〇"
_OPEN = "(\uff08"
_CLOSE = ")\uff09"
# (level, pattern, kind); the first pattern that matches a line's start wins.
_PATTERNS = (
    ("chapter", regex.compile(rf"^第([{_N}]++)章"), "ok"),
    ("article", regex.compile(rf"^第([{_N}]++)条"), "ok"),
    ("l2", regex.compile(rf"^[{_OPEN}]([{_N}]++)[{_CLOSE}]"), "ok"),
    ("l4", regex.compile(rf"^[{_OPEN}](\d{{1,2}})[{_CLOSE}]"), "ok"),
    ("l2", regex.compile(rf"^[{_OPEN}]([{_N}]++)(?=[^\W\d_{_N}{_CLOSE}])"), "lost closing bracket"),
    ("l2", regex.compile(rf"^([{_N}]++)[{_CLOSE}](?=\p{{Han}})"), "lost opening bracket"),
    ("l2", regex.compile(rf"^()[{_CLOSE}](?=\p{{Han}})"), "lost opening bracket and numeral"),
    ("l1", regex.compile(rf"^([{_N}]++)[\u3001]"), "ok"),
    ("l1", regex.compile(r"^()[\u3001](?=\p{Han})"), "lost numeral"),
    ("l3", regex.compile(r"^(\d{1,2})[.\uff0e\u3001](?!\d)"), "ok"),
    ("shi", regex.compile(rf"^([{_N}]++)是"), "ok"),
)
# The characters a marker can open with (besides decimal digits, which \d matches).
_FIRST = frozenset("第" + _N + _OPEN + _CLOSE + "\u3001")
PARENT = {"l1": (), "l2": ("l1",), "l3": ("l1", "l2"), "l4": ("l1", "l2", "l3"),
           "shi": ("l1", "l2", "l3", "l4"), "chapter": (), "article": ()}
CHINESE = {"chapter", "article", "l1", "l2", "shi"}


@cache
def numerals() -> dict[str, int]:
    """Chinese numeral -> value for 1..199 (cn2an, loaded on first use)."""
    import cn2an

    return {cn2an.an2cn(i): i for i in range(1, 200)}


@cache
def numeral(value: int) -> str:
    import cn2an

    return cn2an.an2cn(value)


@dataclass(frozen=True, slots=True)
class Item:
    """One outline marker at the start of a line."""

    line: Line
    level: str
    observed: str  # the numeral as written ("" when lost)
    value: int | None
    kind: str  # "ok" or the corruption seen in the marker's shape
    end: int  # where the marker ends in the line

    def canonical(self, value: int) -> str:
        number = numeral(value) if self.level in CHINESE else str(value)
        return {
            "chapter": f"第{number}章", "article": f"第{number}条", "l1": f"{number}\u3001",
            "l2": f"{chars.FULLWIDTH_LEFT_PAREN}{number}{chars.FULLWIDTH_RIGHT_PAREN}",
            "l3": f"{number}.", "l4": f"{chars.FULLWIDTH_LEFT_PAREN}{number}{chars.FULLWIDTH_RIGHT_PAREN}",
            "shi": f"{number}是",
        }[self.level]


def outline(text: str) -> list[Item]:
    """The outline markers of a text, in order.

    >>> [(i.level, i.value, i.kind) for i in outline("一、总体要求\\n（一）加强领导。\\n、同心同力\\n（二十提升")]
    [('l1', 1, 'ok'), ('l2', 1, 'ok'), ('l1', None, 'lost numeral'), ('l2', 20, 'lost closing bracket')]
    """
    items = []
    for line in lines(text):
        marker = read_marker(line.text)
        if marker is not None:
            items.append(Item(line, *marker))
    return items


def read_marker(line: str) -> tuple[str, str, int | None, str, int] | None:
    """(level, numeral as written, value, kind, end) of the marker opening ``line``, or None.

    >>> read_marker("（二十）加强基层"), read_marker("十分重要")
    (('l2', '二十', 20, 'ok', 4), None)
    """
    if not line or not (line[0] in _FIRST or line[0].isdecimal()):
        return None  # most lines: no pattern can match, none is tried
    for level, pattern, kind in _PATTERNS:
        m = pattern.match(line)
        if m:
            observed = m.group(1)
            value = _value(observed, level)
            if observed and value is None:
                return None  # "十分重要" and the like: not a numeral
            return level, observed, value, kind, m.end()
    return None


def _value(observed: str, level: str) -> int | None:
    if not observed:
        return None
    if level in CHINESE:
        return numerals().get(observed)
    return int(observed)
