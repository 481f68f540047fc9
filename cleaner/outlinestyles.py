"""Lists numbered in a style the outline model does not read, repaired where both siblings agree.

Other sites and editors number their lists in styles of their own: letters (A. B. C., a) b) c),
（a）), Roman numerals (Ⅰ、Ⅱ、Ⅲ、), parts and sections (第一部分, 第一节), 其一/其二 and ordinal
lists (第一，第二，) at a line's head or inside a paragraph. A marker of such a list that does not
follow its predecessor is repaired only when the marker before it is N-1 and the marker after it
is N+1 in the same style (both sides confirm one number: a slip, a character lost); anything else
(a skip, a list that starts again, choices A. B. A. B. of several questions) is left as it is.
The repair keeps the marker's own shape and changes only its numeral.

Narrowed after the round-15 review (tests/test_rules_review_r15.py): a marker that repeats its
predecessor's numeral is left as written in these styles (第二，第二 is a tie, B. B. a grade given
twice, Ⅰ 类 Ⅰ 类 a water class); a Roman numeral before 类/级/等 is a class, no marker; a run stops
at a 附件 line and at a marker that starts its style again at 1 (an annex's parts number anew).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import regex

from cleaner.docmodel import Line
from cleaner.outline import numeral, numerals
from cleaner.types import Edit

_N = "\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d\u5341"  # 一二三四五六七八九十
_TEXT = r"(?=[\p{Han}\u201c\u300a])"
_ROMAN = "".join(map(chr, range(0x2160, 0x216C)))  # Ⅰ .. Ⅻ
_ROMAN_LOWER = "".join(map(chr, range(0x2170, 0x217C)))  # ⅰ .. ⅻ
_CLASS = r"(?![\u7c7b\u7ea7\u7b49])"  # 类 级 等 after a Roman numeral: a class or grade
# a line that opens an annex (附件2, 附件：): the lists after it number anew
_ANNEX = regex.compile(r"^[ \u3000]*+\u9644\u4ef6")
# style -> a head at a line's start; group "n" is the numeral. Each style is its own list.
_HEADS = {
    "upper": regex.compile(rf"^(?P<n>[A-Z])[.\uff0e\u3001)\uff09]{_TEXT}"),
    "upper_paren": regex.compile(rf"^[(\uff08](?P<n>[A-Z])[)\uff09]{_TEXT}"),
    "lower": regex.compile(rf"^(?P<n>[a-z])[.\uff0e\u3001)\uff09]{_TEXT}"),
    "lower_paren": regex.compile(rf"^[(\uff08](?P<n>[a-z])[)\uff09]{_TEXT}"),
    # Ⅲ、 / Ⅲ. / Ⅲ　: a mark or a gap after it (Ⅲ类水质, Ⅰ 类, Ⅱ 级, Ⅲ 等 are classes, not markers)
    "roman": regex.compile(rf"^(?P<n>[{_ROMAN}])(?:[\u3001.\uff0e]|[ \u3000])[ \u3000]*+{_TEXT}{_CLASS}"),
    "roman_lower": regex.compile(rf"^(?P<n>[{_ROMAN_LOWER}])(?:[\u3001.\uff0e]|[ \u3000])[ \u3000]*+{_TEXT}{_CLASS}"),
    "part": regex.compile(rf"^\u7b2c(?P<n>[{_N}]++)\u90e8\u5206"),  # 第N部分
    "section": regex.compile(rf"^\u7b2c(?P<n>[{_N}]++)\u8282(?=[ \u3000\p{{Han}}])"),  # 第N节
    # 一．二．: a Chinese numeral with a point, when the whole list is so (五.一劳动节 is a name)
    "cn_point": regex.compile(rf"^(?P<n>[{_N}]++)[.\uff0e]{_TEXT}(?![{_N}])"),
}
# Inline lists: 其一，… 其二，… and 第一，… 第二，… after a line's start or a clause end.
_INLINE = {
    "qi": regex.compile(rf"(?:^|(?<=[\uff0c\uff1b\u3002\uff1a]))\u5176(?P<n>[{_N}]++)(?=[\uff0c\u3001\uff1a:\u662f])"),
    "ordinal": regex.compile(rf"(?:^|(?<=[\uff1b\u3002\uff1a]))\u7b2c(?P<n>[{_N}]++)(?=[\uff0c\uff1a])"),
}


@dataclass(frozen=True, slots=True)
class _Head:
    style: str
    value: int
    start: int  # offsets of the numeral in the text
    end: int
    numeral: str


def _value(style: str, n: str) -> int | None:
    if style in ("upper", "upper_paren"):
        return ord(n) - ord("A") + 1
    if style in ("lower", "lower_paren"):
        return ord(n) - ord("a") + 1
    if style == "roman":
        return _ROMAN.index(n) + 1
    if style == "roman_lower":
        return _ROMAN_LOWER.index(n) + 1
    return numerals().get(n)


def _spelled(style: str, value: int) -> str | None:
    if style in ("upper", "upper_paren", "lower", "lower_paren"):
        base = "A" if style.startswith("upper") else "a"
        return chr(ord(base) + value - 1) if 1 <= value <= 26 else None
    if style in ("roman", "roman_lower"):
        series = _ROMAN if style == "roman" else _ROMAN_LOWER
        return series[value - 1] if 1 <= value <= len(series) else None
    return numeral(value)


def _heads(text_lines: tuple[Line, ...]) -> list[list[_Head]]:
    """The runs of heads of each style at the start of lines (其一，/第一， too: a list of paragraphs).

    A 附件 line ends every run (a head numbered 1 starting a run again is :func:`_restarts`' cut).
    """
    runs: list[list[_Head]] = []
    open_runs: dict[str, list[_Head]] = {}
    for line in text_lines:
        if _ANNEX.match(line.text):
            runs.extend(open_runs.values())
            open_runs = {}
            continue
        for style, pattern in (*_HEADS.items(), *_INLINE.items()):
            m = pattern.match(line.text)
            if m:
                open_runs.setdefault(style, []).append(_head(style, m, line.start))
                break
    runs.extend(open_runs.values())
    return runs


def _restarts(run: list[_Head]) -> list[list[_Head]]:
    """A run cut before each head numbered 1 (a list that starts again)."""
    cut: list[list[_Head]] = []
    for head in run:
        if head.value == 1 or not cut:
            cut.append([])
        cut[-1].append(head)
    return cut


def _head(style: str, m, offset: int) -> _Head:
    value = _value(style, m["n"])
    return _Head(style, value or 0, offset + m.start("n"), offset + m.end("n"), m["n"])


def _between(run: list[_Head]) -> Iterator[Edit]:
    """Each head whose neighbours are N-1 and N+1 while it is not N: rewritten to N."""
    for prev, item, nxt in zip(run, run[1:], run[2:]):
        want = prev.value + 1
        if prev.value and nxt.value == want + 1 and item.value not in (want, prev.value):
            new = _spelled(item.style, want)
            if new:
                yield Edit(item.start, item.end, item.numeral, new,
                           f"list numbered in its own style ({item.style}): {item.numeral} between "
                           f"{prev.numeral} and {nxt.numeral}, both siblings call for {new}")


def repair_styled_lists(text_lines: tuple[Line, ...]) -> Iterator[Edit]:
    """Lists in a style of their own (see the module docstring), at line heads and inline.

    >>> from cleaner.docmodel import lines
    >>> t = "A.甲\\nB.乙\\nE.丙\\nD.丁\\n第一部分　总则\\n第三部分　任务\\n第三部分　保障\\n其一，甲；其二，乙；其五，丙；其四，丁。"
    >>> [(e.old, e.new) for e in repair_styled_lists(lines(t))]
    [('E', 'C'), ('三', '二'), ('五', '三')]
    >>> list(repair_styled_lists(lines("A.是\\nB.否\\nA.是\\nB.否\\n其一，甲；其三，丙。")))
    []
    >>> list(repair_styled_lists(lines("A.优秀\\nB.称职\\nB.称职\\nD.不称职\\n第一，甲；第二，乙；第二，丙；第四，丁。")))
    []
    >>> list(repair_styled_lists(lines("第一部分　甲\\n第二部分　乙\\n附件2\\n第一部分　丙\\n第四部分　丁\\nⅠ 类水质\\nⅢ 类水质\\nⅢ 类水质")))
    []
    """
    for run in _heads(text_lines):
        for part in _restarts(run):
            yield from _between(part)
    for line in text_lines:
        for style, pattern in _INLINE.items():
            for run in _restarts([_head(style, m, line.start) for m in pattern.finditer(line.text)]):
                if len(run) > 2:
                    yield from _between(run)
