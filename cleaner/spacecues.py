"""What the spacing rules read around a space run: issuers, fields, decimals, slogans, padding.

Read-only helpers of :mod:`cleaner.rules.space` (split from it: a space is a stray or part
of the text depending on what stands around it, and these are the questions it asks).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import pairwise

import regex

from cleaner import chars
from cleaner.docmodel import lines
from cleaner.textutil import is_han

_H = chars.HORIZONTAL_SPACES
_PUNCT = regex.compile(f"[{chars.CJK_PUNCT}]")
_INNER_RUN = regex.compile(f"(?<=[^{_H}\\n])[{_H}]++(?=[^{_H}\\n])")


_ORG_END = r"(?:部|厅|局|委|办|院|署|中央|政府|国务院|委员会|办公室|办公厅|总局|调查队|银行|中心|集团)"
_ISSUER_LEFT = regex.compile(rf"{_ORG_END}$")
_ISSUER_RIGHT = regex.compile(rf"\p{{Han}}{{1,20}}?{_ORG_END}(?=关于|印发|联合|发布|同意|[ 、\u3000])")


def between_issuers(line: str, start: int, end: int) -> bool:
    """A space between two organisations' names ("人力资源社会保障部 财政部关于…", "中共中央
    国务院印发…"): the form joint issuers are written in, not a stray.

    >>> between_issuers("根据《人力资源社会保障部 财政部关于调整标准的通知》", 12, 13)
    True
    >>> between_issuers("市卫健委 要求各单位落实。", 4, 5)
    False
    """
    return (_ISSUER_LEFT.search(line, max(0, start - 4), start) is not None
            and _ISSUER_RIGHT.match(line, end) is not None)


# A space between "label：value" items ("联系人：刘明  联系电话：83970030") separates
# fields: a colon closes the next few characters (a label), or opened the last few (a value).
LABEL_AHEAD = regex.compile(f"[^{chars.CJK_PUNCT}{_H}]{{1,6}}+[{chars.FULLWIDTH_COLON}:]")
_VALUE_BEHIND = regex.compile(f"[{chars.FULLWIDTH_COLON}:][^{chars.CJK_PUNCT}]{{1,12}}+$")


def separates_fields(line: str, start: int, end: int) -> bool:
    """Does the space run at ``line[start:end]`` stand between two "label：value" fields?

    Asked of a run wider than one ASCII space (a single space inside prose is layout).

    >>> separates_fields("联系人：刘明  联系电话：83970030", 6, 8)
    True
    >>> separates_fields("确保政策落实到   位，有效解决问题。", 7, 10)
    False
    """
    return (LABEL_AHEAD.match(line, end) is not None
            or _VALUE_BEHIND.search(line, max(0, start - 13), start) is not None)


# A figure with a space inside it, at its decimal point: "326 .5万元", "56. 2%" (not a marker "1. 2021年").
_DECIMAL_TAIL = regex.compile(r"[0-9]++(?:[%\u2030\uff05]|\p{Han})")


def inside_decimal(line: str, m) -> bool:
    """Is the space run ``m`` (at most two characters) beside the decimal point of a figure in
    Chinese text, the figure not opening the line (where "1. " is an outline marker)?

    >>> [inside_decimal(x, _INNER_RUN.search(x)) for x in ("罚没款326 .5万元", "增长56. 2%", "1. 2021年", "v1 .2 beta")]
    [True, True, False, False]
    """
    start, end = m.start(), m.end()
    if end - start > 2 or chars.IDEOGRAPHIC_SPACE in m.group():
        return False
    if line[start - 1].isdigit() and line[end] == ".":
        first, tail_at = start - 1, end + 1
    elif line[start - 1] == "." and start >= 2 and line[start - 2].isdigit():
        first, tail_at = start - 2, end
    else:
        return False
    while first > 0 and line[first - 1].isdigit():
        first -= 1
    opener = line[first - 1] if first > 0 else ""
    return bool(opener) and (is_han(opener) or _PUNCT.match(opener) is not None) and (
        _DECIMAL_TAIL.match(line, tail_at) is not None)


_LEFT_QUOTE = regex.compile(chars.LEFT_DOUBLE_QUOTE)
_RIGHT_QUOTE = regex.compile(chars.RIGHT_DOUBLE_QUOTE)


class Slogans:
    """Which space runs of a line separate parts (two or more characters each) of a “…” quotation.

    Read once per line: the quotation marks and the line's space runs are listed, and a
    question about one run is a few bisections, not a walk back to its quotation and a
    split of it (per run, that is quadratic on a long line).
    """

    def __init__(self, line: str, runs: list):
        self._opens = [m.start() for m in _LEFT_QUOTE.finditer(line)]
        self._closes = [m.start() for m in _RIGHT_QUOTE.finditer(line)]
        self._run_starts = [m.start() for m in runs]
        self._run_ends = [m.end() for m in runs]
        # runs k with a one-character part between run k and run k + 1
        self._short_gaps = [k for k in range(len(runs) - 1) if self._run_starts[k + 1] - self._run_ends[k] == 1]

    def separates(self, i: int) -> bool:
        """The space run at ``i`` lies in a quotation whose space-separated parts all have 2+ characters."""
        k = bisect_left(self._opens, i) - 1
        j = bisect_left(self._closes, i)
        if k < 0 or j == len(self._closes) or (j > 0 and self._closes[j - 1] > self._opens[k]):
            return False  # no quotation open at i
        return self._parts_are_long(self._opens[k], self._closes[j])

    def _parts_are_long(self, opening: int, closing: int) -> bool:
        first = bisect_right(self._run_starts, opening)  # the runs inside the quotation
        last = bisect_left(self._run_starts, closing) - 1
        if first > last:
            return False  # one part only
        first_part, last_part = self._run_starts[first] - opening - 1, closing - self._run_ends[last]
        short_inside = bisect_left(self._short_gaps, first) < bisect_left(self._short_gaps, last)
        return first_part >= 2 and last_part >= 2 and not short_inside


_PIECE_STOP = regex.compile(f"[{_H}{chars.CJK_PUNCT}]")
_PIECE_STOP_BACK = regex.compile(f"(?r)[{_H}{chars.CJK_PUNCT}]")


def padding_in_clause(line: str, m, first_mark: int) -> bool:
    """Is the gap ``m`` (with an ideographic space) a justified line's padding inside a clause?

    A prose line's ideographic gap between two Han characters is padding when the line
    has a clause mark before it (it is not a run-in heading "（一）工作目标　全面建成…"),
    the gap is the only one of its clause (several are a list of names), and the words
    on both sides are not both short (two short items "张三　李四" are a list too).

    >>> line = "我们坚持稳中求进，支撑产业\u3000\u3000振兴和经济长远发展。"
    >>> padding_in_clause(line, _INNER_RUN.search(line), 8)
    True
    >>> line = "出席会议的有：张三\u3000李四。"
    >>> padding_in_clause(line, _INNER_RUN.search(line), 6)
    False
    """
    start, end = m.start(), m.end()
    if chars.IDEOGRAPHIC_SPACE not in m.group() or not (is_han(line[start - 1]) and is_han(line[end])):
        return False
    if first_mark > start or between_issuers(line, start, end):
        return False
    # the clause's pieces: back to the last mark or space (bounded), on to the next one
    left = _PIECE_STOP_BACK.search(line, max(0, start - 40), start)
    left_stop = left.end() if left else max(0, start - 40)
    right = _PIECE_STOP.search(line, end, end + 40)
    right_stop = right.start() if right else min(len(line), end + 40)
    if line[right_stop:right_stop + 1] in chars.HORIZONTAL_SPACE_SET or (left and left.group() in chars.HORIZONTAL_SPACE_SET):
        return False  # another gap in the same clause: a list of items
    if start - left_stop > 4 or right_stop - end > 4:
        return True
    # a clause that opens after a sentence or clause mark is running text, not a list of names
    # (those follow a colon or stand two by two: "张三　李四"): "。推进水　价改革"
    return (left is not None and left.group() in _RUNNING_MARKS
            and min(start - left_stop, right_stop - end) >= 3)


_RUNNING_MARKS = frozenset(chars.FULLWIDTH_COMMA + chars.IDEOGRAPHIC_FULL_STOP + chars.FULLWIDTH_SEMICOLON)


# Spaces that belong to the text: a form's blank date to fill in ("    年  月  日", "　　年　　月
# 　　日"). (A photo credit's gap, "（韦科 摄）", is a stray: tests/test_rules_space.py.)
# matched from a run's first blank only: tried inside a long run, "[ ]++年" would walk it again
_BLANK_DATE = regex.compile(f"(?<![{_H}])[{_H}]++年[{_H}]++月[{_H}]++日")


def kept_gaps(line: str) -> list[tuple[int, int]]:
    """Spans of ``line`` whose spaces are part of the text, never strays.

    >>> kept_gaps("注明填报日期    年  月  日。（记者 王鼎 摄）现场照片。")
    [(6, 17)]
    >>> kept_gaps("2021年 3月 29日召开，（摄影）")
    []
    >>> kept_gaps("序号\\t项目名称\\t投资额（万元）\\t责任单位"), kept_gaps("1\u3000农贸市场升级\u30006497\u3000市市场监管局")
    ([(0, 20)], [(0, 20)])
    >>> kept_gaps("关\u3000于\u3000做\u3000好"), kept_gaps("各地要加强领导，\u3000落实责任\u3000\u3000到位\u3000。")
    ([], [])
    >>> kept_gaps("各地要加强\\t\\t领导，落实责任。"), kept_gaps("加强\\t\\t领导")
    ([], [])
    """
    if _table_row(line):
        return [(0, len(line))]  # a flattened table's row: its gaps separate the cells
    if "年" not in line:
        return []
    return [m.span() for m in _BLANK_DATE.finditer(line)]


def wide_table_rows(text: str) -> frozenset[int]:
    """Starts of the lines that are rows of a table set with wide gaps (序号　　重点任务　　责任单位 over
    一　　污水管网建设　　住建局): three cells or more apart by two blanks or more, no sentence mark, colon
    or 、, and a line beside it cut into as many cells. One such line alone is a title, a heading or a
    sentence that lost its commas (关于　　开展　　安全生产大检查的通知): its gaps are strays.

    >>> t = "序号\u3000\u3000重点任务\u3000\u3000责任单位\\n一\u3000\u3000污水管网建设\u3000\u3000住建局\\n请各单位按时报送。\\n关于\u3000\u3000开展\u3000\u3000检查的通知"
    >>> sorted(wide_table_rows(t))
    [0, 15]
    """
    if _WIDE_GAP.search(text) is None:
        return frozenset()  # no gap of two blanks anywhere: no such table (most texts)
    doc = lines(text)
    counts = [_wide_cells(line.text) for line in doc]
    return frozenset(line.start for k, (line, n) in enumerate(zip(doc, counts))
                     if n and n in (counts[k - 1] if k else 0, counts[k + 1] if k + 1 < len(counts) else 0))


def _wide_cells(line: str) -> int:
    """How many cells wide gaps cut ``line`` into, three or more; else 0."""
    cells = _WIDE_GAP.split(line.strip())
    return len(cells) if len(cells) >= 3 and all(cells) and not _NOT_A_CELL.search(line) else 0


_WIDE_GAP = regex.compile(r"[ \u3000]{2,}+")
_NOT_A_CELL = regex.compile("[\uff0c\u3002\uff1b\uff01\uff1f\u3001:\uff1a,;]")  # ，。；！？、 and colons: a sentence, a field bar


def _table_row(line: str) -> bool:
    """Cells of a flattened table, in a line with no sentence punctuation (a paragraph with a
    doubled tab or a stray space in it is prose): three cells or more apart by tabs, or four or
    more apart by single ideographic spaces, two of them no single characters (a heading set
    wide has single ones)."""
    if _SENTENCE_MARK.search(line):
        return False
    if "\t" in line:
        cells = _TABS.split(line.strip())
        return len(cells) >= 3 and all(c.strip() for c in cells)
    if line.count("\u3000") < 3:
        return False
    cells = line.strip().split("\u3000")
    return all(cells) and sum(len(c) >= 2 for c in cells) >= 2


_TABS = regex.compile(r"[ \u3000]*+\t++[ \u3000]*+")


_SENTENCE_MARK = regex.compile("[\uff0c\u3002\uff1b\uff01\uff1f]")


def is_letter_spaced(line: str, runs: list) -> bool:
    """Is ``line`` letter-spaced: four gaps or more, each between single characters (a
    heading set wide by the page's CSS, its outline marker and its marks included)?

    >>> [is_letter_spaced(x, list(_INNER_RUN.finditer(x))) for x in (
    ...     "三、规  范  市  场  秩  序  ，  维  护", "关\\u3000于\\u3000做\\u3000好\\u3000工\\u3000作",
    ...     "张三 李四 王五 赵六", "附\\u3000件", "甲 乙 丙", "2 0 0 3 年 国 务 院", "1 2 3 4 5 6 年")]
    [True, True, False, False, False, True, False]
    """
    if len(runs) < 4:
        return False
    pieces = [line[a.end():b.start()] for a, b in pairwise(runs)]
    last = line[runs[-1].end():]
    first = line[:runs[0].start()]
    if not (all(len(p) == 1 for p in pieces) and len(last) == 1 and bool(first) and len(first) <= 4):
        return False
    letters = [first[-1], *pieces, last]  # a year's digits are set wide with the words: 2 0 0 3 年
    han = sum(is_han(c) for c in letters)
    return han * 2 >= len(letters) and sum(not (is_han(c) or c.isdigit()) for c in letters) <= 2


# A cross-reference to an article inside a sentence ("依照本办法第十二条 的规定"): its gap is
# no heading's (GB/T 9704 sets one only after a marker opening its line), so it is a stray.
_INLINE_ARTICLE = regex.compile(f"\\p{{Han}}第[{chars.CHINESE_NUMERALS}0-9]{{1,5}}(?:条|章|节|款|项|编)$")


def after_inline_article(line: str, m) -> bool:
    """Is the gap ``m`` right after a 第N条 / 第N章 that a Chinese word leads into, before a
    Han character, on a line that holds a sentence?

    >>> [after_inline_article(x, _INNER_RUN.search(x)) for x in (
    ...     "依照本办法第十二条\\u3000的规定执行。", "第十二条\\u3000本办法自发布之日起施行。", "目录\\u3000第一章\\u3000总则")]
    [True, False, False]
    """
    return (is_han(line[m.end()]) and _INLINE_ARTICLE.search(line, max(0, m.start() - 9), m.start()) is not None
            and _SENTENCE_END.search(line) is not None)


_SENTENCE_END = regex.compile(f"[{chars.IDEOGRAPHIC_FULL_STOP}{chars.FULLWIDTH_SEMICOLON}"
                              f"{chars.FULLWIDTH_EXCLAMATION}{chars.FULLWIDTH_QUESTION}]")


def spaced_letters(line: str, runs: list) -> set[int]:
    """Indices of the runs of a word letter-spaced inside a sentence ("坚持安 全 第 一方针"):
    two or more single blanks of one kind in a row with one Han character between each two,
    Han on the outer sides, on a line that holds a sentence.

    A list of names has two or more characters per name ("张三 李四"); one character set
    apart by the same blank again and again is a page's letter-spacing.

    >>> x = "坚持安 全 第 一方针，张三 李四 王五。"
    >>> sorted(spaced_letters(x, list(_INNER_RUN.finditer(x))))
    [0, 1, 2]
    """
    if _SENTENCE_END.search(line) is None:
        return set()
    out: set[int] = set()
    k = 0
    while k < len(runs):
        j = k
        while (j + 1 < len(runs) and len(runs[j].group()) == 1 and runs[j + 1].group() == runs[k].group()
               and runs[j + 1].start() - runs[j].end() == 1 and is_han(line[runs[j].end()])):
            j += 1
        if j > k and is_han(line[runs[k].start() - 1]) and is_han(line[runs[j].end()]):
            out.update(range(k, j + 1))
        k = j + 1
    return out


_MIDDLE_DOTS = "\u00b7\u2027\u30fb\u2022"
_BLANKS = frozenset(_H.replace("\u2000-\u200a", "")) | frozenset(map(chr, range(0x2000, 0x200B)))


def beside_middle_dot(line: str, m) -> bool:
    """Is the gap ``m`` beside a middle dot that joins two Chinese words ("投资中国 · 选择陕西")?

    >>> [beside_middle_dot(x, _INNER_RUN.search(x)) for x in ("投资中国 · 选择陕西", "投资中国· 选择", "Tom · Lee")]
    [True, True, False]
    """
    left, right = line[m.start() - 1], line[m.end()]
    if right in _MIDDLE_DOTS:
        far = m.end() + 1
        while far < len(line) and line[far] in _BLANKS:
            far += 1
        return is_han(left) and far < len(line) and is_han(line[far])
    if left in _MIDDLE_DOTS:
        far = m.start() - 2
        while far >= 0 and line[far] in _BLANKS:
            far -= 1
        return is_han(right) and far >= 0 and is_han(line[far])
    return False
