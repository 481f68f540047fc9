"""Slips inside one outline marker that the outline walk cannot read as a marker at all.

A PDF copy breaks the line inside a marker ("二\\n、加强…", "第\\n六条", "3\\n.加强…"); OCR
reads the 一 of a numeral as a dash ("第十-条", "（-）") and the 条 / 章 of an article or a
chapter as a look-alike ("第六余", "第二草"); a key pressed twice doubles a marker's unit or
closing mark ("第六条条", "（三））", "3..加强…"); the 第 or the unit of an article is lost
("六条　…", "第六　…"). Each repair is made only where the marker shape left no other
reading and, for a changed numeral or unit, where a neighbouring sibling confirms it
(第五条 before or 第七条 after 第六余): "第一批　名单" or "（-）" in a table stays as it is.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

import regex

from cleaner.docmodel import Line
from cleaner.outline import numerals
from cleaner.types import Edit

_N = "一二三四五六七八九十百"
_DASH = "\u2014\u2015\uff0d\u30fc\u2010\u2012\u2013-"  # — ― － ー ‐ ‒ – -
_SPACE = " \u3000\t"
# A whole marker at a line's start (GB/T 9704): 第X章 / 第X条, 一、, （一）, 1., （1）.
_MARKER = regex.compile(rf"(?:第[{_N}]++[条章](?=[{_SPACE}])|[{_N}]++\u3001|[(\uff08][{_N}]{{1,4}}[)\uff09]"
                        r"|[(\uff08][0-9]{1,2}[)\uff09]|[0-9]{1,2}[.\uff0e](?![0-9]))(?=[\p{Han}\u201c\u300a \u3000\t])")
# What may stand on a line of its own as the head of a broken marker.
_FRAGMENT = regex.compile(rf"(?:第[{_N}]*+|[{_N}]++|[(\uff08][{_N}0-9]*+|[0-9]{{1,2}})")


def split_markers(text_lines: tuple[Line, ...]) -> Iterator[Edit]:
    """A line break inside a marker is removed: the head line alone is no marker, both lines are one.

    >>> from cleaner.docmodel import lines
    >>> [(e.start, e.old) for e in split_markers(lines("一、甲\\n二\\n、乙\\n第\\n三条　丙\\n2\\n.丁\\n十二\\n个"))]
    [(5, '\\n'), (10, '\\n'), (17, '\\n')]
    """
    for above, below in zip(text_lines, text_lines[1:]):
        head = above.text
        if not head or len(head) > 5 or not _FRAGMENT.fullmatch(head) or _MARKER.match(head + " "):
            continue
        if _MARKER.match(below.text) or not _MARKER.match(head + below.text):
            continue  # the line below is whole, or the two make no marker
        yield Edit(above.end, above.end + 1, "\n", "", f"line break inside the marker {head + below.text[:3]!r}")
    yield from _lone_markers(text_lines)


# A whole list or article marker alone on its line (its heading pushed to the next line by a PDF
# or a CMS that set the number in a cell of its own). Chapters stay: a chapter's title may stand
# on a line of its own in a real layout.
_LONE = regex.compile(rf"^(第|[(\uff08]|)([{_N}]++|[0-9]{{1,2}})(条|[)\uff09]|\u3001|[.\uff0e])[{_SPACE}]*+$")
_HEADING_START = regex.compile(r"[\p{Han}\u201c\u300a]")


def _lone_markers(text_lines: tuple[Line, ...]) -> Iterator[Edit]:
    """A marker alone on its line is joined to the text line below it, where a sibling of the same
    shape (the number before above or the number after below) confirms it is a marker of a list.

    >>> from cleaner.docmodel import lines
    >>> [(e.old, e.new) for e in _lone_markers(lines("一、甲\\n二、\\n乙\\n三、丙\\n第五条　子\\n第六条 \\n丑\\n3.\\n寅"))]
    [('\\n', ''), (' \\n', '\\u3000')]
    """
    for k, (above, below) in enumerate(zip(text_lines, text_lines[1:])):
        m = _LONE.match(above.text)
        if m is None or (m[1] == "第") != (m[3] == "条") or (m[1] not in ("", "第")) != (m[3] in ")\uff09"):
            continue
        if not _HEADING_START.match(below.text) or _MARKER.match(below.text) or _LONE.match(below.text):
            continue
        value = int(m[2]) if m[2].isdigit() else _value(m[2])
        if not value or not _sibling_of(text_lines, k, m, value):
            continue
        shape = m[1] + m[2] + m[3]
        gap = "\u3000" if m[3] == "条" else ""  # GB/T 9704: 第六条 and its text set apart by a full-width space
        yield Edit(above.start + len(shape), above.end + 1, above.text[len(shape):] + "\n", gap,
                   f"marker {shape} alone on its line, its text on the next; a sibling confirms the list")


def _sibling_of(text_lines: tuple[Line, ...], k: int, m, value: int) -> bool:
    opening = "(" if m[1] and m[1] != "第" else m[1]
    spell = str if m[2].isdigit() else numerals_of
    before, after = spell(value - 1) if value > 1 else "", spell(value + 1)
    for j in range(max(0, k - _WINDOW), min(len(text_lines), k + _WINDOW + 1)):
        want = before if j < k else after
        # A sibling alone on its line confirms nothing: a run of them is a form's blank rows
        # (参会人员：1. 2. 3. then 联系人：), not headings pushed down a line (review r12).
        if j != k and want and _starts_with(text_lines[j].text, opening, want, m[3]) and not _LONE.match(text_lines[j].text):
            return True
    return False


_DASH_MARKER = regex.compile(rf"^(第|[(\uff08]|)([{_N}]*+)([{_DASH}])([{_N}]*+)([条章](?=[{_SPACE}])|[)\uff09]|\u3001)"
                             r"(?=[\p{Han}\u201c\u300a \u3000\t])")
_UNIT_SLIP = regex.compile(rf"^(第?)([{_N}]++)(\p{{Han}}?)(?=[{_SPACE}])")
_DOUBLED = regex.compile(rf"^(?:第[{_N}]++([条章])(\1)(?=[{_SPACE}])|[(\uff08][{_N}0-9]{{1,4}}[)\uff09]([)\uff09])"
                         r"|[0-9]{1,2}[.\uff0e]([.\uff0e])(?=\p{Han})"
                         rf"|[(\uff08]([(\uff08])(?=(?:[{_N}]{{1,4}}|[0-9]{{1,2}})[)\uff09][\p{{Han}}\d\u201c\u300a])|第(第)(?=[{_N}]++[条章][{_SPACE}\p{{Han}}]))")
# A stray mark typed after a whole marker: （三）、加强, 三、，加强, 3.、加强 (GB/T 9704: nothing follows).
_STRAY = regex.compile(rf"^(?:[{_N}]++\u3001|[(\uff08](?:[{_N}]{{1,4}}|[0-9]{{1,2}})[)\uff09]|[0-9]{{1,2}}[.\uff0e])"
                       r"([\u3001\uff0c,:\uff1a\uff0e.;\uff1b]{1,2}+)(?=[\p{Han}\u201c\u300a])")
# A marker spaced out character by character, as a PDF's text layer gives it: 第 四 条, 1 .加强.
_SPACED = regex.compile(rf"^(?:第[ \u3000]?+([{_N}]++)[ \u3000]?+([条章])(?=[{_SPACE}])"
                        r"|(\d{1,2})[ \u3000]++([.\uff0e])(?=\p{Han}))")
_SPACE_RUN = regex.compile("[ \u3000]++")
# Units a 第X… heading has of its own (第三节, 第二款, 第一编, 第二部分): never a look-alike.
_OWN_UNITS = frozenset("节款项目编部批次期届季轮年个名级类")
_WINDOW = 40  # lines looked at on each side for a confirming sibling


def _shape(opening: str, closing: str) -> tuple[str, str]:
    if opening == "第":
        return "第", closing
    if opening:
        return "(", ")"
    return "", closing


def _sibling_says(text_lines: tuple[Line, ...], k: int, shape: tuple[str, str], value: int) -> bool:
    """A marker of the same shape with the previous number above or the next one below line k."""
    before, after = numerals_of(value - 1), numerals_of(value + 1)
    opening, closing = shape
    for j in range(max(0, k - _WINDOW), min(len(text_lines), k + _WINDOW + 1)):
        if j == k:
            continue
        want = before if j < k else after
        if want and _starts_with(text_lines[j].text, opening, want, closing):
            return True
    return False


def _starts_with(line: str, opening: str, numeral: str, closing: str) -> bool:
    if opening == "(":
        return regex.match(rf"[(\uff08]{numeral}[)\uff09]", line) is not None
    return line.startswith(opening + numeral + closing)


@cache
def numerals_of(value: int) -> str:
    return next((n for n, v in numerals().items() if v == value), "") if value >= 1 else ""


def _value(numeral: str) -> int | None:
    return numerals().get(numeral)


def misread_markers(text_lines: tuple[Line, ...]) -> Iterator[Edit]:
    """A dash for 一, a look-alike or lost 条 / 章 / 第, a doubled unit or mark, confirmed by a sibling.

    >>> from cleaner.docmodel import lines
    >>> [(e.old, e.new) for e in misread_markers(lines("（一）、甲\\n二、：乙\\n3.、丙\\n1.5亿元\\n（（四）丁\\n第第五条　戊"))]
    [('、', ''), ('：', ''), ('、', ''), ('（', ''), ('第', '')]
    >>> [(e.old, e.new) for e in misread_markers(lines("第三条　甲\\n第 四 条　乙\\n第五条　丙\\n1.丁\\n2 .戊"))]
    [(' ', ''), (' ', ''), (' ', '')]
    >>> [(e.old, e.new) for e in misread_markers(lines("1.甲\\n.乙\\n3.丙\\n（（一）项所列事项另行研究。）\\n2.戊\\n．己\\n．庚\\n3.辛"))]
    [('.', '2.')]
    >>> t = "第十条 甲\\n第十-条 乙\\n第十二余 丙\\n第十三条 丁\\n十四条 戊\\n第十五条条 己\\n第一批 名单"
    >>> [(e.old, e.new) for e in misread_markers(lines(t))]
    [('-', '一'), ('余', '条'), ('', '第'), ('条', '')]
    """
    for k, line in enumerate(text_lines):
        text = line.text
        if not text or text[0] not in _N + "第(\uff08.\uff0e" and not text[0].isdigit():
            continue
        m = _STRAY.match(text)
        if m:
            yield Edit(line.start + m.start(1), line.start + m.end(1), m[1], "", f"stray mark after {m[0]!r}")
            continue
        m = _DOUBLED.match(text)
        if m and not (m[5] and _balanced(text)):  # （（一）项所列…）: a bracket opened before the marker
            g = next(i for i in (2, 3, 4, 5, 6) if m[i])
            yield Edit(line.start + m.start(g), line.start + m.end(g), m[g], "", f"mark doubled in {m[0]!r}")
            continue
        if text[0] in ".\uff0e":
            yield from _lost_digit(text_lines, k)
            continue
        m = _SPACED.match(text)
        if m and _SPACE_RUN.search(m[0]):
            yield from _spaced_marker(text_lines, k, m)
            continue
        m = _DASH_MARKER.match(text)
        if m and (m[2] or m[4] or m[1]):
            value = _value(m[2] + "一" + m[4])
            unit = m[5] if m[1] == "第" else m[5][:1]
            if value and (m[1] == "第") == (unit in "条章") and _sibling_says(text_lines, k, _shape(m[1], unit), value):
                yield Edit(line.start + m.start(3), line.start + m.end(3), m[3], "一", f"dash for 一 in {m[0]!r}")
            continue
        m = _UNIT_SLIP.match(text)
        if m and (m[1] or m[3]) and not (m[1] and m[3] in ("条", "章")):
            yield from _unit_slip(text_lines, k, m)


def _spaced_marker(text_lines: tuple[Line, ...], k: int, m) -> Iterator[Edit]:
    """The spaces inside a spaced-out marker go, where a sibling of its shape confirms the number."""
    if m[1]:
        value = _value(m[1])
        if not value or not _sibling_says(text_lines, k, ("第", m[2]), value):
            return
    elif not _digit_sibling(text_lines, k, int(m[3])):
        return
    start = text_lines[k].start
    for gap in _SPACE_RUN.finditer(m[0]):
        yield Edit(start + gap.start(), start + gap.end(), gap[0], "", f"space inside the marker {m[0]!r}")


def _balanced(line: str) -> bool:
    """Whether every bracket the line opens it also closes."""
    return line.count("(") + line.count("\uff08") == line.count(")") + line.count("\uff09")


_DIGIT_ITEM = regex.compile(r"(\d{1,2})[.\uff0e](?!\d)")
_LOST_DIGIT = regex.compile(r"[.\uff0e](?=\p{Han})")
# A marker of a level above 1. (第X条, 一、, （一）): a list of 1. items ends at one.
_HIGHER = regex.compile(rf"(?:第[{_N}]++[条章]|[{_N}]++\u3001|[(\uff08][{_N}]{{1,4}}[)\uff09])")
_NEAR = 3  # lines between a list's items


def _lost_digit(text_lines: tuple[Line, ...], k: int) -> Iterator[Edit]:
    """".加强监管。" for "2.加强监管。": only where its list leaves exactly that number out (1. above
    and 3. below, or 2. close below under a new heading) and no other line opens with a period:
    a run of them is a bullet list of its own, a lone one between 2. and 3. a note."""
    if not _LOST_DIGIT.match(text_lines[k].text):
        return
    above, gap_up = _neighbour(text_lines, range(k - 1, max(-1, k - _WINDOW - 1), -1))
    below, gap_down = _neighbour(text_lines, range(k + 1, min(len(text_lines), k + _WINDOW + 1)))
    if gap_up or gap_down or below is None:
        return
    if above is not None:
        value = above[0] + 1 if below[0] == above[0] + 2 else None
    else:
        value = 1 if below[0] == 2 and below[1] - k <= _NEAR else None
    if value is not None:  # the period as its siblings write it
        mark, new = text_lines[k].text[0], f"{value}{below[2]}"
        yield Edit(text_lines[k].start, text_lines[k].start + 1, mark, new, f"digit lost before {mark!r}: the list calls for {new}")


def _neighbour(text_lines: tuple[Line, ...], span: range) -> tuple[tuple[int, int, str] | None, bool]:
    """The nearest digit item along ``span`` (value, line, period) before a higher marker, and whether
    another line opening with a period stands on the way."""
    for j in span:
        text = text_lines[j].text
        m = _DIGIT_ITEM.match(text)
        if m:
            return (int(m[1]), j, m[0][-1]), False
        if _LOST_DIGIT.match(text):
            return None, True
        if _HIGHER.match(text):
            return None, False
    return None, False


def _digit_sibling(text_lines: tuple[Line, ...], k: int, value: int) -> bool:
    """A marker N-1. above or N+1. below line k (within the window)."""
    for j in range(max(0, k - _WINDOW), min(len(text_lines), k + _WINDOW + 1)):
        want = value - 1 if j < k else value + 1
        m = _DIGIT_ITEM.match(text_lines[j].text) if j != k else None
        if m and int(m[1]) == want:
            return True
    return False


# What OCR makes of 条 and 章 (a shape table, not a word list): any other character after 第六
# is a word of its own ("第三方　机构") even where a sibling would confirm the number.
_LOOKALIKE_UNIT = {"条": "余朵杀糸茶", "章": "草竟童竞韋"}


def _unit_slip(text_lines: tuple[Line, ...], k: int, m) -> Iterator[Edit]:
    value = _value(m[2])
    if not value or m[3] in _OWN_UNITS:
        return
    units = [u for u in "条章" if _sibling_says(text_lines, k, ("第", u), value)]
    if m[3] in ("条", "章"):
        units = [m[3]] if m[3] in units else []
    elif m[3]:
        units = [u for u in units if m[3] in _LOOKALIKE_UNIT[u]]
    elif len(units) > 1:
        return  # 第六　under both kinds: the outline walk decides
    if len(units) != 1:
        return
    unit, start = units[0], text_lines[k].start
    if m[1] and m[3]:  # 第六余 for 第六条
        yield Edit(start + m.start(3), start + m.end(3), m[3], unit, f"look-alike {m[3]} for {unit}")
    elif m[1]:  # 第六　for 第六条, or 第六 条: the unit set apart by a space, not lost
        gap = regex.compile(rf"[{_SPACE}]++(?={unit})").match(text_lines[k].text, m.end())
        if gap:
            yield Edit(start + gap.start(), start + gap.end(), gap[0], "", f"space inside 第{m[2]}{unit}")
        else:
            yield Edit(start + m.end(2), start + m.end(2), "", unit, f"{unit} lost from 第{m[2]}")
    else:  # 六条　for 第六条
        yield Edit(start, start, "", "第", f"第 lost from {m[2]}{unit}")
