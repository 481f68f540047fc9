"""Slips inside a written date that the mark rules of :mod:`cleaner.rules.date` do not see.

Each comes from a cause, not from a wording: OCR reads a figure as a letter ("2O21年",
"202l年") or the 〇 of a Chinese-numeral year as a circle or a letter ("二○二一年", "二O二一年");
a PDF copy breaks the line inside a date ("2021年3\\n月29日"); a notice copied from last
year keeps last year's weekday ("2021年3月29日（星期二）" for a Monday); a figure is dropped
("2021年3月日") or a key is pressed twice ("3月299日"). Only a repair with one answer is
made (a letter where a digit must stand, a line break inside a date, a circle in a year of
Chinese numerals); a wrong weekday, a lost or doubled figure are flagged, since which part
is wrong cannot be known (GB/T 15835: dates are written 2021年3月29日 or 二〇二一年三月二十九日).
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator

import regex

from cleaner import chars
from cleaner.datecues import DAYS_IN_MONTH
from cleaner.types import Edit, Flag

# Letters OCR gives for a figure: O o (U+FF2F Ｏ) for 0, l I | for 1.
_LETTER_DIGIT = {"O": "0", "o": "0", "\uff2f": "0", "l": "1", "I": "1", "|": "1"}
_FIG = "[0-9Ool|I\uff2f]"
# Rarer misreadings by shape (Z 2, S 5, b G 6, B 8, g q 9, D Q 0, i 1): only where the date's
# year is one the text writes in figures elsewhere, or all four year figures are digits.
_RARE_LETTER_DIGIT = {"Z": "2", "z": "2", "S": "5", "s": "5", "b": "6", "G": "6", "B": "8", "g": "9", "q": "9",
                      "D": "0", "Q": "0", "i": "1"}
_OCR_FIG = "[0-9Ool|I\uff2f" + "".join(_RARE_LETTER_DIGIT) + "]"
_OCR_DATE = regex.compile(rf"(?<![0-9A-Za-z.\-/\uff2f])({_OCR_FIG}{{4}})年({_OCR_FIG}{{1,2}})月(?:({_OCR_FIG}{{1,2}})日)?"
                          r"(?![A-Za-z])")


def _valid(year: int, month: int, day: int = 1) -> bool:
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return 1900 <= year <= 2099


def _as_digits(s: str) -> str:
    return "".join(_LETTER_DIGIT.get(c, _RARE_LETTER_DIGIT.get(c, c)) for c in s)


def letter_figures(text: str) -> Iterator[Edit]:
    """OCR letters standing for figures of a whole date become the figures.

    >>> [(e.old, e.new) for e in letter_figures("自2O21年3月1I日起，202l年1O月")]
    [('O', '0'), ('I', '1'), ('l', '1'), ('O', '0')]
    >>> [(e.old, e.new) for e in letter_figures("2021年工作。2D21年5月1S日，Z021年3月2g日，2022年z月b日，GB2021年3月")]
    [('D', '0'), ('S', '5'), ('Z', '2'), ('g', '9'), ('z', '2'), ('b', '6')]
    >>> list(letter_figures("型号IO10年3月，20年3月，2O2S年3月，2O19年S月，2021年X月X日"))
    []
    """
    for m in _OCR_DATE.finditer(text):
        whole = m[0]
        letters = [k for k, c in enumerate(whole) if c in _LETTER_DIGIT or c in _RARE_LETTER_DIGIT]
        if not letters or len(letters) > 2:
            continue
        year, month = _as_digits(m[1]), _as_digits(m[2])
        day = _as_digits(m[3]) if m[3] else "1"
        if sum(c.isdigit() for c in m[1]) < 3 or not _valid(int(year), int(month), int(day)):
            continue  # a year needs three real figures: "IO10年" is a code, not a year
        rare = any(whole[k] in _RARE_LETTER_DIGIT for k in letters)
        if rare and not (m[1].isdigit() or f"{year}年" in text):
            continue  # a rarer misreading in the year needs the year written elsewhere
        for k in letters:
            c = whole[k]
            yield Edit(m.start() + k, m.start() + k + 1, c, _as_digits(c), f"OCR letter in date {whole!r}")


# A date broken by one line break anywhere in it: after its year, around 年 or 月, inside a
# figure ("2021年3月2\n9日") or before its 日 ("2021年3月29\n日").
_BR = "\n?+"
_SPLIT_DATE = regex.compile(rf"(?<![0-9A-Za-z])({_FIG}{_BR}{_FIG}{_BR}{_FIG}{_BR}{_FIG}){_BR}年{_BR}({_FIG}(?:{_BR}{_FIG})?+)"
                            rf"{_BR}月{_BR}({_FIG}(?:{_BR}{_FIG})?+){_BR}日")


def split_dates(text: str) -> Iterator[Edit]:
    """A line break inside a date (a PDF copy) is removed when the line goes on before the date.

    >>> [(e.start, e.old) for e in split_dates("自2021年3\\n月29日起施行，于2021年3月2\\n9日，于2021年3月29\\n日前")]
    [(7, '\\n'), (25, '\\n'), (39, '\\n')]
    >>> list(split_dates("2021年\\n3月29日")) + list(split_dates("年报\\n2021年3月29日"))
    []
    """
    if "\n" not in text:
        return
    for m in _SPLIT_DATE.finditer(text):
        if m[0].count("\n") != 1:
            continue
        year, month, day = (_as_digits(m[g].replace("\n", "")) for g in (1, 2, 3))
        if sum(c.isdigit() for c in year) < 3 or not _valid(int(year), int(month), int(day)):
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        if not regex.search(r"\p{Han}", text[line_start:m.start()]):
            continue  # a dateline of its own ("2021年" above "3月29日") is layout
        k = m.start() + m[0].index("\n")
        yield Edit(k, k + 1, "\n", "", f"line break inside the date {m[0].replace(chr(10), '')!r}")


# A line break inside the figures of a month-day, with or without its year: between the month's
# figure and 月, or between the two figures of the day ("于3月3\n1日前", "3\n月31日"). A line
# cannot open with "1日前" or "月31日": the break is a PDF wrap, not layout. A break after 月 is one
# only where the line goes on before the date ("于3月\n31日前"); a date opening its line may be a dateline.
_SPLIT_DAY = regex.compile(r"(?<![0-9A-Za-z.\-/\uff0e\uff0f\uff0d])(1[0-2]|0?[1-9])(\n?+)月(\n?+)([0-9])(\n?+)([0-9])?+日")


# The line after the day's opens with a day of its own: the days are a list under the month.
_DAY_LINE_NEXT = regex.compile(r"[^\n]*+\n[ \u3000]*+[0-9]{1,2}[日号]")


def split_day_figures(text: str) -> Iterator[Edit]:
    """A line break inside a month's or a day's figure is removed when the joined day is valid.

    >>> [(e.start, e.old) for e in split_day_figures("于3月3\\n1日前，于3\\n月31日前，自10月1\\n5日起，于3月\\n5日")]
    [(4, '\\n'), (11, '\\n'), (23, '\\n'), (31, '\\n')]
    >>> list(split_day_figures("全年\\n31日，\\n3月\\n31日前，2月3\\n1日前，3月3\\n15日"))
    []
    """
    if "\n" not in text:
        return
    for m in _SPLIT_DAY.finditer(text):
        breaks = [g for g in (2, 3, 5) if m[g]]
        if len(breaks) != 1 or (breaks == [5] and m[6] is None):
            continue
        if breaks == [3] and not regex.search(r"\p{Han}", text[text.rfind("\n", 0, m.start()) + 1:m.start()]):
            continue  # after 月 only where the line goes on before the date ("于3月\n31日前"), not a dateline
        if breaks == [3] and _DAY_LINE_NEXT.match(text, m.end()):
            continue  # "日程如下：3月\n1日 报到\n2日 开幕式": a month heading over a list of days (review r14)
        day = int(m[4] + (m[6] or ""))
        # no year to say otherwise: 2月29日 is allowed only when the text has a leap year's date
        if not 1 <= day <= (29 if int(m[1]) == 2 else DAYS_IN_MONTH[int(m[1])]):
            continue
        if int(m[1]) == 2 and day == 29:
            continue
        k = m.start(breaks[0])
        whole = m[0].replace("\n", "")
        yield Edit(k, k + 1, "\n", "", f"line break inside the figures of the date {whole!r} (a line cannot open with a figure's tail)")


def line_breaks(text: str) -> Iterator[Edit]:
    """The line breaks of :func:`split_dates` and :func:`split_day_figures`, each break once."""
    joined = set()
    for edit in split_dates(text):
        joined.add(edit.start)
        yield edit
    yield from (e for e in split_day_figures(text) if e.start not in joined)


_WEEKDAY = regex.compile(r"(?<![0-9])((?:19|20)[0-9]{2})年([0-9]{1,2})月([0-9]{1,2})日"
                         rf"[(\uff08{chars.FULLWIDTH_COMMA},]?(?:星期|礼拜|周)([一二三四五六日天])")
_DAY_NAMES = "一二三四五六日"


def wrong_weekdays(text: str) -> Iterator[Flag]:
    """A weekday after a date that the calendar does not give it is flagged.

    >>> [f.reason for f in wrong_weekdays("定于2021年3月29日（星期二）召开，2021年3月30日(周二)报到")]
    ['2021年3月29日 is a 星期一, not a 星期二']
    """
    for m in _WEEKDAY.finditer(text):
        y, mo, d = int(m[1]), int(m[2]), int(m[3])
        if not _valid(y, mo, d):
            continue
        real = _DAY_NAMES[datetime.date(y, mo, d).weekday()]
        said = "日" if m[4] == "天" else m[4]
        if said != real:
            yield Flag(m.start(), m.end(), f"{y}年{mo}月{d}日 is a 星期{real}, not a 星期{said}")


# A date with its day or month figure lost, or a figure of three or more digits.
_FIGURE_SLIP = regex.compile(r"(?<![0-9A-Za-z.\-/])(?:19|20)[0-9]{2}年(?:[0-9]{1,2}月日|月[0-9]{1,2}日"
                             r"|[0-9]{1,2}月[0-9]{3,4}日|[0-9]{3,4}月(?:[0-9]{1,2}日)?)")


def figure_slips(text: str) -> Iterator[Flag]:
    """A date that lost its day or month figure, or whose figure has a digit too many, is flagged.

    >>> [text[f.start:f.end] for text in ["于2021年3月日、2021年月29日、3月299日，2021年3月299日"]
    ...  for f in figure_slips(text)]
    ['2021年3月日', '2021年月29日', '2021年3月299日']
    >>> list(figure_slips("2021年3月29日，年月日，2021年度"))
    []
    """
    for m in _FIGURE_SLIP.finditer(text):
        yield Flag(m.start(), m.end(), f"a figure of the date {m[0]!r} is lost or doubled: check the source")


# A date whose 日 was lost before the time of day glued on: the figures between 月 and the colon
# hold the day and the hour, split two ways or one (2023年7月219:30: 2日19:30 or 21日9:30).
_TIME_GLUED = regex.compile(r"(?<![0-9])((?:19|20)[0-9]{2})年([0-9]{1,2})月([0-9]{3,4}):([0-5][0-9])(?![0-9])")


def glued_times(text: str) -> Iterator[Flag]:
    """A date glued to its time with the 日 lost, read two ways, is flagged with both readings
    (one reading is repaired by the date rules; none is left to the figure flags).

    >>> [f.reason for f in glued_times("定于2023年7月219:30召开，2021年3月2914:30报到")]
    ['2023年7月219:30 reads as 2日19:30 or 21日9:30: the 日 between day and time is lost']
    """
    for m in _TIME_GLUED.finditer(text):
        year, month, figures = int(m[1]), int(m[2]), m[3]
        readings = [(figures[:cut], figures[cut:]) for cut in (1, 2)
                    if figures[cut:] and int(figures[cut:]) <= 23 and len(figures) - cut <= 2
                    and figures[0] != "0" and _valid(year, month, int(figures[:cut]))]
        if len(readings) > 1:
            said = " or ".join(f"{int(d)}日{h}:{m[4]}" for d, h in readings)
            yield Flag(m.start(), m.end(), f"{m[0]} reads as {said}: the 日 between day and time is lost")


# A year in Chinese numerals whose 〇 was read or typed as a circle, a letter or a digit zero,
# or whose 一 became a dash; a Chinese month must follow, so "二O二一" alone is not touched.
_ZERO_LIKE = "\u25cbOo\uff2f0\uff10\u039f\u25ef\u03bf\u00b0"  # ○ O o Ｏ 0 ０ Greek Ο, ◯, Greek ο, a degree sign
_ONE_LIKE = "\u2014\u2015\uff0d\u30fc-"
# 零 beside a 〇 in one year ("二〇二零年") is the same figure typed two ways: the year's own 〇 decides.
_CN_YEAR = regex.compile(rf"(?<![0-9A-Za-z\u3007零一二三四五六七八九十])([\u3007零一二三四五六七八九{_ZERO_LIKE}{_ONE_LIKE}]{{4}})年"
                         r"(?=[一二三四五六七八九十]{1,2}月)")
_CN_DIGIT = "\u3007一二三四五六七八九"


def _lookalike_digit(c: str) -> str:
    """The Chinese numeral a look-alike stands for in a year (○ for 〇, a dash for 一)."""
    return "\u3007" if c in _ZERO_LIKE or c == "零" else "一" if c in _ONE_LIKE else c


def chinese_year_slips(text: str) -> Iterator[Edit]:
    """A look-alike in a year of Chinese numerals becomes 〇 or 一.

    >>> [(e.old, e.new) for e in chinese_year_slips("二○二一年三月，二O二—年四月，二〇二一年五月")]
    [('○', '〇'), ('O', '〇'), ('—', '一')]
    >>> list(chinese_year_slips("2O21年三月，OOOO年三月"))
    []
    """
    for m in _CN_YEAR.finditer(text):
        year = m[1]
        if sum(c in _CN_DIGIT for c in year) < 2 or year[0] not in "一二":
            continue  # a year of this era opens with 一 or 二 and keeps most of its numerals
        for k, c in enumerate(year):
            if c in _ZERO_LIKE or c in _ONE_LIKE or (c == "零" and "\u3007" in year):
                yield Edit(m.start() + k, m.start() + k + 1, c, _lookalike_digit(c), f"look-alike in the year {year}年")


# A Chinese-numeral date whose 日 was lost before 起/前/止 or a sentence mark.
# The year may still hold a look-alike (二○二一): the year repair and this one are made in the same pass.
_CN_DAY_LOST = regex.compile(rf"(?<![\u3007一二三四五六七八九十])([\u3007一二三四五六七八九{_ZERO_LIKE}{_ONE_LIKE}]{{4}})年"
                             r"([一二三四五六七八九十]{1,2})月"
                             rf"([一二三四五六七八九十]{{1,3}})(?=起|前|止|[{chars.FULLWIDTH_COMMA}{chars.IDEOGRAPHIC_FULL_STOP}"
                             rf"{chars.FULLWIDTH_SEMICOLON}])")
_CN_DAYS = {n: v for v, n in enumerate(
    ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
    + ["十" + c for c in "一二三四五六七八九"] + ["二十"] + ["二十" + c for c in "一二三四五六七八九"]
    + ["三十", "三十一"])}
_CN_MONTHS = {n: v for n, v in _CN_DAYS.items() if 1 <= v <= 12}


def chinese_day_mark(text: str) -> Iterator[Edit]:
    """The 日 lost from a Chinese-numeral date before 起/前/止 or a sentence mark is put back.

    >>> [(e.start, e.new) for e in chinese_day_mark("自二〇二一年三月二十九起施行")]
    [(8, '二十九日')]
    >>> list(chinese_day_mark("二〇二一年三月十二个项目"))
    []
    """
    for m in _CN_DAY_LOST.finditer(text):
        if sum(c in _CN_DIGIT for c in m[1]) < 2:
            continue
        year = int("".join(str(_CN_DIGIT.index(_lookalike_digit(c))) for c in m[1]))
        month, day = _CN_MONTHS.get(m[2]), _CN_DAYS.get(m[3])
        if month and day and _valid(year, month, day):
            yield Edit(m.start(3), m.end(3), m[3], m[3] + "日", f"日 lost from {m[0]!r}")


# ---------------------------------------------------------------------------------------
# Marks and figures of a whole date gone wrong in a way its shape undoes (round 6).
# One mark written as another date mark (OCR reads 月 as 日, a slip types 月 for 年) or as
# its pinyin homophone (the IME's wrong candidate: 念/廿 for 年, 越/约/阅 for 月).
_MARK_AT = ("年", "月", "日")
_MARK_SLIP = regex.compile(r"(?<![0-9A-Za-z.\-/])((?:19|20)[0-9]{2})([年月日念廿])([0-9]{1,2})([年月日越约阅])"
                           r"([0-9]{1,2})([年月日])(?![0-9])")
_HOMOPHONE_OF = {"念": "年", "廿": "年", "越": "月", "约": "月", "阅": "月"}


def mark_slips(text: str) -> Iterator[Edit]:
    """One mark of a whole date that is another date mark or the mark's homophone is set right.

    Only one mark may be wrong (two wrong marks are a swap: flagged elsewhere), the figures
    must make a valid date, and "3月14月" is read as 14日 only where 14 cannot be a month
    ("3月12月" may be a range that lost its dash).

    >>> [(e.old, e.new) for e in mark_slips("于2021年5日1日至，2020月1月8日，2024年3月14月，2021念3月29日，2021年3约9日")]
    [('日', '月'), ('月', '年'), ('月', '日'), ('念', '年'), ('约', '月')]
    >>> list(mark_slips("2021年3月29日，2021年3月12月，2021年29日3月，2021年2日30日"))
    []
    """
    for m in _MARK_SLIP.finditer(text):
        year, month, day = int(m[1]), int(m[3]), int(m[5])
        wrong = [k for k, g in enumerate((2, 4, 6)) if m[g] != _MARK_AT[k]]
        if len(wrong) != 1 or not _valid(year, month, day):
            continue
        k = wrong[0]
        group = (2, 4, 6)[k]
        if k == 2 and m[6] == "月" and day <= 12:
            continue
        yield Edit(m.start(group), m.end(group), m[group], _MARK_AT[k],
                   f"date mark {m[group]!r} in {m[0]!r} stands for {_MARK_AT[k]}")


# One blank inside one figure of a whole date (a justified PDF line, an HTML span break):
# "20 05年3月5日", "2021年1 2月10日", "2020年2月2 1日"; a year alone only when the document
# writes the same year whole elsewhere ("20\u00a007年国务院政府工作报告").
_B = "[ \u00a0\u2000-\u200a\u202f\u3000]"
_SPLIT_FIGURE_DATE = regex.compile(
    rf"(?<![0-9A-Za-z.\-/])([0-9]{{1,4}}(?:{_B}[0-9]{{1,3}})?)年([0-9]{{1,2}}|[0-9]{_B}[0-9])月"
    rf"([0-9]{{1,2}}|[0-9]{_B}[0-9])日")
_SPLIT_YEAR = regex.compile(rf"(?<![0-9A-Za-z.\-/])([0-9]{{1,3}}){_B}([0-9]{{1,3}})年")


def _blank_at(s: str) -> int:
    return next((i for i, c in enumerate(s) if not c.isdigit()), -1)


def split_figures(text: str) -> Iterator[Edit]:
    """A blank splitting one figure of a date goes.

    >>> [(e.start, e.old) for e in split_figures("于20 05年3月5日，2020年2月2 1日，20\\u00a007年报告。2007年")]
    [(3, ' '), (20, ' '), (26, '\\xa0')]
    >>> list(split_figures("表1 2021年数据，2021年1 2月，共3 201年"))
    []
    """
    seen = set()
    for m in _SPLIT_FIGURE_DATE.finditer(text):
        parts = [m.start(1), m.start(2), m.start(3)]
        blanks = [(p + _blank_at(m[g])) for g, p in zip((1, 2, 3), parts) if _blank_at(m[g]) >= 0]
        year, month, day = (int(regex.sub(_B, "", m[g])) for g in (1, 2, 3))
        if len(blanks) != 1 or len(regex.sub(_B, "", m[1])) != 4 or not _valid(year, month, day):
            continue
        seen.add(blanks[0])
        yield Edit(blanks[0], blanks[0] + 1, text[blanks[0]], "", f"blank inside the date {m[0]!r}")
    for m in _SPLIT_YEAR.finditer(text):
        year = m[1] + m[2]
        k = m.end(1)
        if k in seen or len(year) != 4 or not _valid(int(year), 1) or f"{year}年" not in text:
            continue
        yield Edit(k, k + 1, text[k], "", f"blank inside the year {year}年")


# A numeric date that kept its 日: "2021-3月29日" (年 a separator), "2021.03.29日" (年 and 月).
_SEPARATED_WITH_RI = regex.compile(r"(?<![0-9A-Za-z.\-/])((?:19|20)[0-9]{2})([\-./\u00b7\uff0d\uff0e\uff0f])"
                                   r"([0-9]{1,2})(?:月|\2)([0-9]{1,2})日")


def separated_with_ri(text: str) -> Iterator[Edit]:
    """A date half turned from numeric into Chinese, its 日 kept, gets its 年 and 月.

    >>> [e.new for e in separated_with_ri("于2021-3月29日前，2021.03.29日，2021/3/29日，v2021.3.29版")]
    ['2021年3月29日', '2021年3月29日', '2021年3月29日']
    """
    for m in _SEPARATED_WITH_RI.finditer(text):
        year, month, day = int(m[1]), int(m[3]), int(m[4])
        if _valid(year, month, day):
            yield Edit(m.start(), m.end(), m[0], f"{year}年{month}月{day}日", "numeric date with its 日 kept: 年/月 restored")


# A range whose end lost its 月: "5月1日至930日" (three or four figures: a month and a day;
# two, "3月5日～37日", may be a mistyped day and are flagged by flag_broken_date_marks).
_RANGE_END_GLUED = regex.compile(r"(?:((?:19|20)[0-9]{2})年)?([0-9]{1,2})月([0-9]{1,2})日"
                                 r"(?:\u2014\u2014|[\u2014\-~\uff5e\u301c\uff0d至到])([0-9]{3,4})日")


def range_end_month(text: str) -> Iterator[Edit]:
    """The end of a date range that lost its 月 gets it back when one reading follows the start.

    >>> [e.new for e in range_end_month("于2021年5月1日至930日，3月29日—42日，5月1日至111日，1月1日至1231日")]
    ['9月30日', '11月1日', '12月31日']
    """
    for m in _RANGE_END_GLUED.finditer(text):
        year = int(m[1]) if m[1] else 2000
        start = (int(m[2]), int(m[3]))
        digits = m[4]
        cuts = (2,) if len(digits) == 4 else (1, 2)
        readings = [(int(digits[:c]), int(digits[c:])) for c in cuts if digits[c] != "0" and digits[0] != "0"]
        readings = [r for r in readings if _valid(year, *r) and r >= start]
        if len(readings) == 1 and _valid(year, *start):
            mo, d = readings[0]
            yield Edit(m.start(4), m.end(), text[m.start(4):m.end()], f"{mo}月{d}日", "range end without its 月")
