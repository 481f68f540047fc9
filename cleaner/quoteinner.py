"""Inner marks of a nested title or quotation, set as GB/T 15834-2011 nests them.

Read-only helpers for rules/quote.py (they yield (index, mark), never change text):

- a title inside a title: 4.15.3 sets the outer one in 《 》 and the inner one in 〈 〉
  (《关于印发〈…实施方案〉的通知》, the shape of every 印发/转发 notice). Scraped pages type the
  inner marks as ASCII < >, full-width ＜ ＞, single guillemets ‹ › or a second 《 》. A line is
  read only when its marks nest: every inner opener is closed by its own closer before the outer
  》, two levels deep at most, and the inner name holds Chinese text and no clause mark. An inner
  title that fills its outer one edge to edge (《《…》》) is a doubled mark, another rule's.
- a quotation inside “…” whose single marks point the wrong way or repeat (’两山‘, ‘两山‘,
  ’两山’): 4.5.3.2 sets it ‘…’. Only when the quotation holds exactly two single marks, each
  against Chinese text on its inner side, around a short phrase with no clause mark (an English
  apostrophe, don’t, never sits between two Han characters on both marks).
- the two levels swapped, ‘…“…”…’ (the British order): 4.5.3.2 sets double marks outside and
  single ones inside, “…‘…’…”. Only when the single pair is the line's only one, holds Chinese text
  and the double pair whole, and no double mark stands outside it.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from cleaner import chars
from cleaner.textutil import ANY_HAN

_CLOSER_OF = {"\u300a": "\u300b", "<": ">", "\uff1c": "\uff1e", "\u2039": "\u203a", "\u3008": "\u3009"}
_INNER_MARKS = regex.compile("[\u300a\u300b<>\uff1c\uff1e\u2039\u203a\u3008\u3009\n]")
_CLAUSE = regex.compile("[\u3002\uff0c\uff1b\uff1a\uff01\uff1f,;:!?=/\"]")


def _nested_pairs(text: str) -> list[tuple[int, int]] | None:
    """(open, close) of each title two deep inside a 《 》 on one line; None when the marks of a
    title do not nest (an opener closed by another kind, an outer 《 left open)."""
    stack: list[int] = []
    pairs = []
    for m in _INNER_MARKS.finditer(text):
        c, i = m.group(), m.start()
        if c == "\n":
            if stack:
                return None
            continue
        if c in _CLOSER_OF:
            if c == chars.LEFT_TITLE_MARK or stack:  # a sign or an angle outside 《 》 is not ours
                stack.append(i)
            continue
        if not stack:
            continue
        if _CLOSER_OF[text[stack[-1]]] != c:
            return None
        a = stack.pop()
        if len(stack) == 1 and text[stack[0]] == chars.LEFT_TITLE_MARK:
            pairs.append((a, i))
        elif len(stack) > 1:
            return None
    return None if stack else pairs


def nested_title_marks(text: str) -> Iterator[tuple[int, str]]:
    """(index, mark) turning the inner marks of a title nested in a 《 》 into 〈 〉.

    >>> t = "按照《关于印发<江岭市实施方案>的通知》和《关于转发《安全生产法》的通知》，《〈规划〉说明》"
    >>> "".join(m for _, m in nested_title_marks(t))
    '〈〉〈〉'
    >>> list(nested_title_marks("《《实施方案》》，当x<5且y>3时，《a<b>c》"))
    []
    >>> "".join(m for _, m in nested_title_marks("落实《关于\\n印发《关于<规划>的通知》"))  # one line open, one nested
    '〈〉'
    """
    if chars.LEFT_TITLE_MARK not in text:
        return
    pairs = [p for start, line in _lines(text) for p in _shifted(_nested_pairs(line), start)]
    for a, b in pairs:
        inner = text[a + 1:b]
        if not ANY_HAN.search(inner) or _CLAUSE.search(inner) or len(inner) > 60:
            continue
        if text[a - 1] == chars.LEFT_TITLE_MARK and text[b + 1:b + 2] == chars.RIGHT_TITLE_MARK:
            continue  # 《《…》》: one title with doubled marks
        if regex.match(r"[0-9]", inner) or regex.match(r"[0-9]", text[b + 1:b + 2]) or regex.search(r"[0-9]$", text[max(0, a - 2):a]):
            continue  # 年龄<35周岁且工龄>10年: signs before or after figures compare them
        if not ANY_HAN.match(inner) and not ANY_HAN.match(inner[-1:]):
            continue  # a<b>c: signs between Latin text
        for i, new in ((a, chars.LEFT_ANGLE), (b, chars.RIGHT_ANGLE)):
            if text[i] != new:
                yield i, new


_DOUBLE_PAIR = regex.compile("\u201c([^\u201c\u201d\n]{2,200})\u201d")
_SINGLES = regex.compile("[\u2018\u2019\u201b]")


def inner_single_marks(text: str) -> Iterator[tuple[int, str]]:
    """(index, mark) turning a wrong-way or repeated pair of single marks inside “…” into ‘…’.

    >>> t = "强调“要坚持\u2019两山\u2018理念”，“深化\u2018放管服\u2018改革”，“落实\u2018最多跑一次\u2019”"
    >>> [(t[i + (1 if m == chars.LEFT_SINGLE_QUOTE else -1)], m) for i, m in inner_single_marks(t)]
    [('两', '‘'), ('山', '’'), ('服', '’')]
    >>> list(inner_single_marks("他说“I don\u2019t know\u2019，好”"))
    []
    """
    for m in _DOUBLE_PAIR.finditer(text):
        singles = list(_SINGLES.finditer(text, m.start(1), m.end(1)))
        if len(singles) != 2:
            continue
        a, b = singles[0].start(), singles[1].start()
        inner = text[a + 1:b]
        if not (0 < len(inner) <= 20 and ANY_HAN.match(inner) and ANY_HAN.match(inner[-1])) or _CLAUSE.search(inner):
            continue
        for i, new in ((a, chars.LEFT_SINGLE_QUOTE), (b, chars.RIGHT_SINGLE_QUOTE)):
            if text[i] != new:
                yield i, new


_SWAPPED = regex.compile("\u2018([^\u2018\u2019\u201c\u201d\n]*)\u201c([^\u2018\u2019\u201c\u201d\n]{1,20})\u201d([^\u2018\u2019\u201c\u201d\n]*)\u2019")


def swapped_nesting_marks(text: str) -> Iterator[tuple[int, str]]:
    """(index, mark) turning a quotation nested the British way, ‘…“…”…’, into “…‘…’…”.

    >>> t = "会议强调，\u2018要坚持\u201c两山\u201d理念，推动绿色发展\u2019。"
    >>> "".join(m for _, m in swapped_nesting_marks(t))
    '“‘’”'
    >>> list(swapped_nesting_marks("“他说\u2018好\u2019”，\u2018甲\u201c乙\u201d\u2019和“丙”"))
    []
    """
    for line_start, line in _lines(text):
        if line.count("\u2018") != 1 or line.count("\u2019") != 1 or line.count("\u201c") != 1 or line.count("\u201d") != 1:
            continue
        m = _SWAPPED.search(line)
        if m is None or not ANY_HAN.search(m.group(2)) or not ANY_HAN.search(m.group(1) + m.group(3)):
            continue
        a, b = m.start(), m.end() - 1
        c, d = m.start(2) - 1, m.end(2)
        for i, new in ((a, chars.LEFT_DOUBLE_QUOTE), (c, chars.LEFT_SINGLE_QUOTE), (d, chars.RIGHT_SINGLE_QUOTE),
                       (b, chars.RIGHT_DOUBLE_QUOTE)):
            yield line_start + i, new


def _shifted(pairs: list[tuple[int, int]] | None, start: int) -> list[tuple[int, int]]:
    """A line's pairs at their offsets in the text (none where the line's marks do not nest)."""
    return [(a + start, b + start) for a, b in pairs or ()]


def _lines(text: str) -> Iterator[tuple[int, str]]:
    start = 0
    for line in text.split("\n"):
        yield start, line
        start += len(line) + 1
