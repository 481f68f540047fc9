"""A view of a text in which figures of every numeral system read as Arabic digits.

The figure checks read figures written in Arabic digits ("325家", "1.2亿元"). Other documents
write the same figures in full-width digits ("３２５家"), in Chinese numerals ("三百二十五家",
"一千二百万元", "十二点五亿元") or mix the two ("1〇5家", an OCR or IME slip). The view rewrites
those figures in Arabic digits where the reading is unambiguous, keeps every other character,
and maps each of its offsets back to the text, so the checks run unchanged on any system and
their flags point at the raw figure.

Chinese numerals are read only when they are written with place words (十 百 千 万 亿) in a valid
order ("一千零五", not "一二三" or "十三五") and stand as a figure: before a unit or a measure
word, or, bare, when three characters or more and a hundred or more ("三百二十五乡镇卫生院"),
which no word of prose spells. After 第 (an ordinal) or 百分之 (a percentage, read by
:mod:`cleaner.shares`) they stay as they are.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

import regex

from cleaner import chars
from cleaner.counts import COUNT_MEASURES, COUNTED_PAIR
from cleaner.quantities import QUANTITY
from cleaner.types import Flag

_FW_DIGITS = {chr(0xFF10 + d): str(d) for d in range(10)}
_CIRCLE_ZEROS = "\u3007\u25cb"  # 〇 IDEOGRAPHIC NUMBER ZERO, ○ WHITE CIRCLE (OCR)
_DIGIT_VALUE = {"零": 0, "\u3007": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
                "八": 8, "九": 9}
_PLACE = {"十": 10, "百": 100, "千": 1000}
_BIG = {"万": 10 ** 4, "亿": 10 ** 8}
_CN_RUN = regex.compile(r"[零〇一二两三四五六七八九十百千万亿]++(?:点[零〇一二三四五六七八九]++)?")
# A full-width figure, or Arabic digits with an ideographic zero among them ("1〇5").
_DIGIT_RUN = regex.compile(rf"(?<![\d{_CIRCLE_ZEROS}])[\d{_CIRCLE_ZEROS}]++(?:{chars.FULLWIDTH_FULL_STOP}\d++)?")
_ASCII_DIGITS = frozenset("0123456789")
_NOT_A_FIGURE_BEFORE = regex.compile(r"(?:第|百分之|星期|周|初)\Z")
_ITEM_CLOSE = frozenset("\u3001\uff0c\u3002\uff1b")  # 、 ， 。 ；
_HAN_CHAR = regex.compile(r"\p{Han}")
_DATE_WORDS = frozenset("\u5e74\u6708\u65e5\u521d\u5468")  # 年 月 日 初 周: a day or a week ("腊月二十")
_HAN_RUN_TO = regex.compile(r"\p{Han}{0,3}")  # a modifier between a numeral and its noun ("余基层")
_BARE_MIN = 100  # a bare numeral this large, three characters or more, is a figure


def cn_value(s: str) -> int | None:
    """The value of a Chinese numeral written with place words, or None when it is not one.

    >>> [cn_value(s) for s in ("三百二十五", "一千零五", "十八", "一万二千", "两千", "三百五", "十三五", "一二三")]
    [325, 1005, 18, 12000, 2000, None, None, None]
    """
    total, section, digit, zero = 0, 0, None, False
    place, big = 10 ** 4, 10 ** 13
    for c in s:
        if c in _DIGIT_VALUE:
            if digit is not None:
                return None  # two digits in a row: "一二三", "十三五"
            if _DIGIT_VALUE[c] == 0:
                zero = True
                continue
            digit = _DIGIT_VALUE[c]
        elif c in _PLACE:
            p = _PLACE[c]
            if p >= place or (digit is None and not (c == "十" and section == 0)):
                return None
            section, place, digit, zero = section + (digit or 1) * p, p, None, False
        else:
            b = _BIG[c]
            if b >= big or section + (digit or 0) == 0:
                return None
            total, section, digit, zero, place, big = total + (section + (digit or 0)) * b, 0, None, False, 10 ** 4, b
    if digit is not None and place > 10 and place != 10 ** 4 and not zero:
        return None  # "三百五": 350 in speech, not in a written figure
    value = total + section + (digit or 0)
    return value if value and (place != 10 ** 4 or big != 10 ** 13) else None


@dataclass(frozen=True, slots=True)
class DigitView:
    """``text`` with figures in Arabic digits; ``raw_span`` maps a span of it back."""

    text: str
    _starts: tuple[int, ...]  # per view character: raw start of the piece it belongs to
    _ends: tuple[int, ...]  # per view character: raw end of that piece

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        if end <= start:
            return self._starts[start] if start < len(self._starts) else self._ends[-1], self._starts[start] \
                if start < len(self._starts) else self._ends[-1]
        return self._starts[start], self._ends[end - 1]


def read_digits(text: str) -> DigitView:
    """The digit view of ``text``.

    >>> v = read_digits("新建三百二十五乡镇卫生院，完成１２３４家、1〇5个，投资一千二百万元")
    >>> v.text
    '新建325乡镇卫生院，完成1234家、105个，投资1200万元'
    >>> t = "新建三百二十五乡镇卫生院"; t[slice(*v.raw_span(2, 5))]
    '三百二十五'
    >>> read_digits("一是十三五期间，第十二条，百分之一百二十，十分重要，十八大").text
    '一是十三五期间，第十二条，百分之一百二十，十分重要，十八大'
    """
    pieces = sorted(_wide_or_mixed(text) + _chinese(text))
    if not pieces:
        return DigitView(text, tuple(range(len(text))), tuple(range(1, len(text) + 1)))
    out, starts, ends, pos = [], [], [], 0
    for a, b, digits in pieces:
        if a < pos:
            continue
        out.append(text[pos:a])
        starts.extend(range(pos, a))
        ends.extend(range(pos + 1, a + 1))
        out.append(digits)
        starts.extend([a] * len(digits))
        ends.extend([b] * len(digits))
        pos = b
    out.append(text[pos:])
    starts.extend(range(pos, len(text)))
    ends.extend(range(pos + 1, len(text) + 1))
    return DigitView("".join(out), tuple(starts), tuple(ends))


def _wide_or_mixed(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _DIGIT_RUN.finditer(text):
        run = m.group()
        wide = any(c in _FW_DIGITS for c in run)
        if not wide and not (any(c in _CIRCLE_ZEROS for c in run) and any(c in _ASCII_DIGITS for c in run)):
            continue  # Arabic digits already, or a run of 〇 alone (a year in Chinese numerals)
        digits = "".join(_FW_DIGITS.get(c, "0" if c in _CIRCLE_ZEROS else c) for c in m.group())
        out.append((m.start(), m.end(), digits.replace(chars.FULLWIDTH_FULL_STOP, ".")))
    return out


def _chinese(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _CN_RUN.finditer(text):
        if _NOT_A_FIGURE_BEFORE.search(text, max(0, m.start() - 3), m.start()):
            continue
        run, end = m.group(), m.end()
        whole, _, frac = run.partition("点")
        mult = ""
        if whole[-1:] in _BIG and cn_value(whole[:-1]):  # "一千二百万元": keep 万 as the multiplier
            whole, mult = whole[:-1], whole[-1]
        value = _DIGIT_VALUE.get(whole) if frac and len(whole) == 1 else cn_value(whole)  # "三点五亿元"
        if value is None:
            continue
        unit = _before_unit(text, end, value) or (not frac and not mult and (
            _closes_item(text, m.start(), end, whole) or _before_counted_noun(text, end, whole, value)))
        if (len(whole) < 2 and not frac) or not unit and (frac or mult or len(whole) < 3 or value < _BARE_MIN):
            continue
        decimals = "".join(str(_DIGIT_VALUE[c]) for c in frac)
        out.append((m.start(), end, f"{value}{'.' + decimals if decimals else ''}{mult}"))
    return out


def _closes_item(text: str, start: int, end: int, whole: str) -> bool:
    """A numeral with a place word closing an item of an enumeration right after its noun
    ("文化广场十二、", "驻村干部三十五，"): a bare figure, read so the measure-word check can
    compare it with its siblings. Not a date's day or a month ("腊月二十、", "年初十、")."""
    return (end < len(text) and text[end] in _ITEM_CLOSE and any(c in _PLACE for c in whole)
            and start > 0 and _HAN_CHAR.match(text[start - 1]) is not None and text[start - 1] not in _DATE_WORDS)


def _before_counted_noun(text: str, end: int, whole: str, value: int) -> bool:
    """A numeral with a place word, ten or more, right before a noun counted with a measure word,
    within a few characters ("三十五基层干部", "三百余基层干部"): a count, which the measure-word check reads."""
    if value < 10 or not any(c in _PLACE for c in whole):
        return False
    noun = COUNTED_PAIR.search(text, end, end + 5)
    return noun is not None and _HAN_RUN_TO.fullmatch(text, end, noun.start()) is not None


def _before_unit(text: str, end: int, value: int) -> bool:
    """A unit, a multiplier with a unit, or a measure word of counted things follows ``end``."""
    ahead = f"{value}{text[end:end + 6]}"
    m = QUANTITY.match(ahead)
    return (m is not None and m.end() > len(str(value))) or text[end:end + 1] in tuple(COUNT_MEASURES)


def through_view(check: Callable[[str], Iterator[Flag]], text: str) -> Iterator[Flag]:
    """Run ``check`` on the digit view of ``text``; its flags point at the raw text."""
    view = read_digits(text)
    if view.text == text:
        yield from check(text)
        return
    for f in check(view.text):
        start, end = view.raw_span(f.start, f.end)
        yield Flag(start, end, f.reason)
