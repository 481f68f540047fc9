"""Date marks lost where the word beside the figure can only belong to a date, for rules/date.py.

A weekday follows only a day ("3月29（星期一）": its 日 was lost); 上旬/中旬/下旬 follow only a
month ("于7下旬前", "十二下旬": its 月 was lost), and so do 底/初/末 where a date word frames the
figure ("在3底前", "于十二底前"); 份 after a year and a month is 月份 only in a date's frame
("截至2021年9份，" — "2021年3份报告" counts reports). A signature date spaced out by distributed
alignment ("2 0 2 1 年 3 月 2 9 日" on its own line) is a whole date with blanks between its
characters. A month and day written with a dot in a weaker frame ("材料须在7.25前提交") may be a
decimal, so it is only flagged. Read-only helpers: (start, end, new text, why) readings and flags.

>>> [t[:a] + new + t[b:] for t in ("定于3月29（星期一）召开", "于7下旬前", "在十二底前", "截至2021年9份，",
...                                "2021年3份报告", "第3月29（周一）", "共9个", "统一上旬")
...  for a, b, new, _ in (*weekday_day_lost(t), *month_word_lost(t))]
['定于3月29日（星期一）召开', '于7月下旬前', '在十二月底前', '截至2021年9月份，']
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from cleaner import chars
from cleaner.datecues import DAYS_IN_MONTH
from cleaner.types import Flag

_MONTH = r"(1[0-2]|0?[1-9])"
_CN_MONTH = r"(十[一二]?|[一二三四五六七八九])"
_BLANK = "[ \u00a0\u3000]"
# A date word that frames a figure as a time (not 低于/用于/等于 …, not 来自/各自).
_YU = r"(?<![低高小少多等用优劣亚属对基鉴趋归致由关当过免终善乐])于"
_ZAI = r"(?<![存现实所内健自])在"
_ZI = r"(?<![来各独亲])自"
_SINCE = rf"截至|截止|{_ZI}|(?<![听服])从"  # a date word that opens a period (截至, 自, 从)
_FRAME_WORD = rf"(?:{_YU}|{_SINCE}|{_ZAI}|(?<![达提得遇受感收办找拿想做])到|(?<![甚以乃])至)"
_CLAUSE_MARKS = regex.escape(chars.FULLWIDTH_COMMA + chars.IDEOGRAPHIC_FULL_STOP + chars.FULLWIDTH_SEMICOLON)
# What may follow 底/初/末 in a date: a deadline or start word, a verb of completion, a clause mark.
_EDGE_END = rf"(?:前|起|止|以前|之前|完成|建成|[{_CLAUSE_MARKS}])"
_TEN_DAYS = r"(?:上中旬|中下旬|上旬|中旬|下旬)"

# A month and day, then a weekday ("3月29（星期一）", "3月29星期一") or a part of the day and a clock
# figure ("3月29上午9:00"): only a day takes these. (A blank and a clock time, "2021年3月29 14:00",
# is a timestamp's style and stays: tests/test_rules_typography.py.)
_WEEKDAY_DAY = regex.compile(rf"(?<![0-9A-Za-z.\-/年月第]){_MONTH}月([0-9]{{1,2}})(?![0-9])"
                             r"(?=[(\uff08]?(?:星期|礼拜|周)[一二三四五六日天]|(?:上午|下午|中午|晚上|凌晨|早上|傍晚)[0-9])")
# A day glued to a clock time ("3月2914:30"): the figures split into a day and an hour.
_GLUED_CLOCK = regex.compile(rf"(?<![0-9A-Za-z.\-/第])(?:(?:19|20)[0-9]{{2}}年)?{_MONTH}月([0-9]{{3,4}})(?=[:\uff1a][0-5][0-9](?![0-9]))")
# The end of a day range that lost its 日 where the start has it: "3月1日—15，".
_RANGE_END_DAY = regex.compile(rf"(?<![0-9]){_MONTH}月([0-9]{{1,2}})日(?:至|到|\u2014{{1,2}}|\uff0d|-|\uff5e|~)([0-9]{{1,2}})"
                               rf"(?=[{_CLAUSE_MARKS}\uff09)]|\n|\Z)")
# A month figure before a part-of-month word: 旬 always, 底/初/末 after a date word.
_TEN_DAYS_MONTH = regex.compile(rf"(?<![0-9A-Za-z.\-/年月第]){_MONTH}(?={_TEN_DAYS})")
_EDGE_MONTH = regex.compile(rf"{_FRAME_WORD}{_MONTH}(?=[底初末]{_EDGE_END})")
# 底前 needs no frame: "力争12底前完成", "十二底前" (a month's end is all 底前 can close).
_END_BEFORE = regex.compile(r"(?<![0-9A-Za-z.\-/年月第〇零一二三四五六七八九十百千万两几])"
                            rf"(1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])(?=底(?:前|以前|之前))")
# In Chinese numerals only after a frame (a date word, 年, a clause's start): 统一上旬 is no month.
_CN_FRAME = rf"(?:{_FRAME_WORD}|年|(?<=\A|\n|[{_CLAUSE_MARKS}]))"
_CN_MONTH_LOST = regex.compile(rf"{_CN_FRAME}{_CN_MONTH}(?={_TEN_DAYS}|[底初末]{_EDGE_END})")
# 份 after a year's month, framed as a date: "截至2021年9份，".
_FEN_MONTH = regex.compile(rf"{_FRAME_WORD}((?:19|20)[0-9]{{2}})年{_MONTH}"
                           rf"(?=份(?:[{_CLAUSE_MARKS}\uff09\u3001]|以来|以前|之前|以后|起|前|止|完成|开始|启动|召开|举行|\n|\Z))")
# The same in Chinese numerals ("截至2020年一份，"), where 一份 is also a copy: only after 截至/截止/自/从
# and before the clause's end.
_CN_FEN_MONTH = regex.compile(rf"(?:{_SINCE})(?:(?:19|20)[0-9]{{2}})年{_CN_MONTH}"
                              rf"(?=份[{_CLAUSE_MARKS}])")


def weekday_day_lost(digits: str) -> Iterator[tuple[int, int, str, str]]:
    """日 lost between a month-day and its weekday or clock time (ASCII figures in ``digits``).

    >>> [t[:a] + new + t[b:] for t in ("时间：3月29上午9:00", "2021年3月29 14:30召开", "3月2914:30召开", "3月114:30",
    ...                                "3月1日—15，", "3月15日—1，", "3月29 个")
    ...  for a, b, new, _ in weekday_day_lost(t)]
    ['时间：3月29日上午9:00', '3月29日14:30召开', '3月1日—15日，']
    """
    for m in _WEEKDAY_DAY.finditer(digits):
        if 1 <= int(m[2]) <= DAYS_IN_MONTH[int(m[1])]:
            yield m.end(), m.end(), "日", f"date {m[1]}月{m[2]} without its 日 before a weekday or a time of day"
    for m in _GLUED_CLOCK.finditer(digits):
        run, days = m[2], DAYS_IN_MONTH[int(m[1])]
        splits = [k for k in (1, 2) if run[0] != "0" and 1 <= int(run[:k]) <= days and len(run) - k <= 2
                  and int(run[k:]) <= 23 and (len(run) - k == 2 or run[k] != "0")]
        if len(splits) == 1:  # "114:30" is 1日14:30 or 11日4:30: left
            k = m.start(2) + splits[0]
            yield k, k, "日", f"date {m[1]}月{m[2][:splits[0]]} glued to the clock time after it, its 日 lost"
    for m in _RANGE_END_DAY.finditer(digits):
        if int(m[2]) < int(m[3]) <= DAYS_IN_MONTH[int(m[1])]:
            yield m.end(), m.end(), "日", f"day range {m[1]}月{m[2]}日 to {m[3]}: the end lost its 日 (the start has it)"


def month_word_lost(digits: str) -> Iterator[tuple[int, int, str, str]]:
    """月 lost between a month and a part-of-month word (ASCII figures in ``digits``)."""
    seen = set()
    for pattern, frame in ((_TEN_DAYS_MONTH, "上旬/中旬/下旬, which only a month takes"),
                           (_EDGE_MONTH, "a date word before it and 底/初/末 closing a date after it"),
                           (_END_BEFORE, "底前 after it, a month's end"),
                           (_CN_MONTH_LOST, "a date frame before it and a part-of-month word after it"),
                           (_FEN_MONTH, "a date word and a year before it and 份 (月份) after it"),
                           (_CN_FEN_MONTH, "截至/自 and a year before it and 份 (月份) closing the clause")):
        for m in pattern.finditer(digits):
            end = m.end(m.lastindex)
            if end in seen:
                continue
            seen.add(end)
            yield end, end, "月", f"month {m[m.lastindex]} without its 月 ({frame})"


# A date on a line of its own, a blank between its characters (distributed alignment).
_SPACED_DATELINE = regex.compile(
    rf"(?m)^{_BLANK}*+((?:1{_BLANK}*+9|2{_BLANK}*+0){_BLANK}*+[0-9]{_BLANK}*+[0-9]){_BLANK}*+年{_BLANK}*+"
    rf"([0-9](?:{_BLANK}?[0-9])?){_BLANK}*+月{_BLANK}*+([0-9](?:{_BLANK}?[0-9])?){_BLANK}*+日(?={_BLANK}*+$)")


def spaced_datelines(digits: str) -> Iterator[tuple[int, int, str, str]]:
    """"2 0 2 1 年 3 月 2 9 日" alone on a line -> "2021年3月29日" (blanks inside its figures).

    >>> [new for a, b, new, _ in spaced_datelines("局\\n2 0 2 1 年 3 月 2 9 日\\n2021 年 3 月 29 日\\n1 2 3 4 年")]
    ['2021年3月29日']
    """
    for m in _SPACED_DATELINE.finditer(digits):
        if not any(regex.search(_BLANK, m[k]) for k in (1, 2, 3)):
            continue  # blanks only around the marks: repair_date_marks reads that shape
        year, month, day = (regex.sub(_BLANK, "", m[k]) for k in (1, 2, 3))
        if 1 <= int(month) <= 12 and 1 <= int(day) <= DAYS_IN_MONTH[int(month)]:
            yield m.start(1), m.end(), f"{year}年{int(month)}月{int(day)}日", "date line spaced out between its characters"


# A month and day with a dot or a slash after a weaker date frame (在, 自, 须于), before 前/起.
_DOTTED_MD = regex.compile(rf"(?:{_YU}|{_ZAI}|{_ZI})((?:1[0-2]|0?[1-9]))([./\uff0e\uff0f])([0-9]{{1,2}})"
                           r"(?![0-9A-Za-z%.\-/\uff0e\uff0f])(?=前|起|以前|之前)")


def dotted_month_days(text: str, digits: str) -> Iterator[Flag]:
    """"材料须在7.25前提交": a month and day with a dot, or a decimal; flagged with the date reading."""
    if regex.search(r"[0-9]月", digits) is None:
        return
    for m in _DOTTED_MD.finditer(digits):
        month, day = int(m[1]), int(m[3])
        if 1 <= day <= DAYS_IN_MONTH[month]:
            yield Flag(m.start(1), m.end(3), f"\"{text[m.start(1):m.end(3)]}\" before {digits[m.end(3):m.end(3) + 1]}: "
                                             f"the date {month}月{day}日 or a decimal (the text writes 月 elsewhere)")


# (A two-figure year flagged with a 20xx reading, "自21年10月1日起", was withdrawn after the round-15
# review: "（99年10月1日起施行）", "在98年10月1日" are the last century's dates, tests/data/review_r15.)


# A line break inside a Chinese-numeral date, after its 月 in running text (a PDF wrap), where the
# next line opens with the day and its 日: "于二〇二一年三月\n二十九日前". Only a day completes the
# date: a month after a month ("二〇二一年三月\n四月底前完成", a timeline) is left, and so is a line
# that is only a month ("三月", a chronicle's heading).
_CN_NUMERALS = "\u3007零一二三四五六七八九十"
_CN_DAY = r"(?:[一二]?十[一二三四五六七八九]?|三十一?|[一二三四五六七八九])"
_CN_WRAP = regex.compile(rf"(?<=[^\n{_CN_NUMERALS}][{_CN_NUMERALS}]{{1,4}}年{_CN_MONTH}月)\n(?={_CN_DAY}日)")


def chinese_line_breaks(text: str) -> Iterator[tuple[int, int, str, str]]:
    """"于二〇二一年三月\\n二十九日前" -> one line (the date goes on after the break).

    >>> [t[:a] + new + t[b:] for t in ("于二〇二一年三月\\n二十九日前报送", "大事记\\n三月\\n二十九日，召开", "二〇二一年\\n二、工作",
    ...                                "二〇二一年三月\\n四月底前完成", "二〇二一年一月\\n二月至三月开展")
    ...  for a, b, new, _ in chinese_line_breaks(t)]
    ['于二〇二一年三月二十九日前报送']
    """
    for m in _CN_WRAP.finditer(text):
        head = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
        if len(head.rstrip(_CN_NUMERALS + "年月")) >= 1:
            yield m.start(), m.end(), "", "line break inside a date written in Chinese numerals"


# (零 -> 〇 by the document's majority of 〇 years was withdrawn after the round-15 review: 二零二零年
# among 〇 years is the writer's own style. A year that writes both, 二〇二零年, is
# ``cleaner.dateslips.chinese_year_slips``' repair.)


# (A compacted date alone in brackets closing a line, "…的通知（2021329）", read or flagged as a date,
# was withdrawn after the round-15 review: student numbers, phone numbers, project and batch numbers
# take the same shape, "张三（2021329）", "产品批号（2021112）", tests/data/review_r15.)
