"""Figures beyond the bound their own words set, read from one line.

Helpers of :func:`cleaner.rules.figure.flag_figure_slips`, next to :mod:`cleaner.figureslips`:
a calendar figure past its calendar (六季度, 每日25小时, 7×42小时, 每周8天, 全年395天, 13月份),
a share given as a fraction larger than its whole (一分之四, 3/2的学校), a count word smaller
than the items it sums up (工业、交通、建筑两大领域; 两项工作：一是…三是…), a percentage
that lost its sign beside a sibling that keeps it (由50提高到75%; 29.2%、39.4、65.4%), and a
year that gained or lost a digit (20200年, 到202年). Which figure was meant is not in the
text: flag, never fix.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from cleaner.outline import numerals

_CN = "一二三四五六七八九十两"
# A calendar unit and the largest figure it takes: quarters, months, hours of a day, days of a
# week or a year. The figure is a count of the unit's parts, so 第 and 每 frame it.
_QUARTER = regex.compile(rf"(?<![\d{_CN}第])(?:第)?([5-9五六七八九])季度")
_MONTH = regex.compile(r"(?<![\d.\-/])(1[3-9]|[2-9]\d)月份")
_DAY_HOURS = regex.compile(r"(?:每日|每天|全天|一天)(\d{2})小时")
_ROUND_CLOCK = regex.compile(r"(?<![\d.])([1-7])\s*+[×xX*]\s*+(\d{2})\s*+小时")
_WEEK_DAYS = regex.compile(r"每周\p{Han}{0,4}?([8-9]|[1-9]\d)天")
_YEAR_DAYS = regex.compile(r"全年\p{Han}{0,4}?(3[7-9]\d|[4-9]\d\d)天")
# A fraction whose part is larger than its whole: X分之Y with Y > X (not 百分之, a rate may pass
# 100), or a/b before 的 (a share of what follows: 3/2的中小学校).
_CN_FRACTION = regex.compile(rf"(?<![{_CN}百千万])([{_CN}]{{1,3}})分之([{_CN}]{{1,3}})")
_SLASH_FRACTION = regex.compile(r"(?<![\d./])([1-9]\d?)/([1-9]\d?)(?=的)")
# A count word that sums up the items right before it (工业、交通、建筑两大领域).
_COUNT_AFTER_ITEMS = regex.compile(
    rf"((?:\p{{Han}}{{2,8}}、)++\p{{Han}}{{2,8}}?(?:(?:和|及|与)\p{{Han}}{{2,8}}?)?+)(?<![{_CN}])([{_CN}])(大|个|项|类|方面)")
_ANNOUNCED = regex.compile(rf"([{_CN}])(项|个方面|方面|件|条)(?:工作|任务|措施|举措|重点)?+[:\uff1a]")
_ORDINAL_IS = regex.compile(rf"([{_CN}]{{1,2}})是")
# A percentage bare beside one that keeps its sign: 由50提高到75%, or an item of a list of them.
_FROM_TO = regex.compile(
    r"[由从](\d{1,3}(?:\.\d++)?)([%\uff05]?+)(?:提高|提升|增加|增长|上升|下降|降低|减少|回落)[到至](\d{1,3}(?:\.\d++)?)([%\uff05]?+)"
    r"(?![\d.\p{Han}])")
# 分别增长7.7%和6.8。: a pair of percentages, the second bare before a clause end.
_PAIR_BARE = regex.compile(r"分别\p{Han}{0,6}?\d++(?:\.\d++)?[%\uff05](?:、|和|与)(\d++(?:\.\d++)?)(?=[\uff0c\u3002\uff1b,;])")
_PERCENT_LIST = regex.compile(r"(?<![\d.])\d++(?:\.\d++)?[%\uff05](?:、\d++(?:\.\d++)?(?:[%\uff05]|(?=[、\uff0c\u3002\uff1b]|和)))++")
_LIST_ITEM = regex.compile(r"(?<=、)(\d++(?:\.\d++)?)(?=、)")
# A year with a digit doubled (20200年) or lost (到202年): no count of years reads so.
_YEAR_TYPED_LONG = regex.compile(r"(?<![\d.])(\d{5})年(?!代)")
_YEAR_TYPED_SHORT = regex.compile(r"(?:^|(?<=[到至自于在从是为\uff0c、\u3002\uff1b\uff1a]))(20\d)年(?![代前后来间]|一遇|历史)", regex.M)


def slips(line: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, reason) of the figures of one line beyond the bound their words set.

    >>> [line[s:e] for line in ["增幅比六季度回落，实行7×42小时值班，每日25小时，每周开放8天，全年395天，13月份"]
    ...  for s, e, _ in slips(line)]
    ['六季度', '13月份', '每日25小时', '7×42小时', '每周开放8天', '全年395天']
    >>> [line[s:e] for line in ["内设机构精简一分之四，超过3/2的学校，工业、交通、建筑两大领域，比例由50提高到75%。"]
    ...  for s, e, _ in slips(line)]
    ['一分之四', '3/2', '工业、交通、建筑两大', '50']
    >>> [line[s:e] for line in ["分别增长29.2%、39.4、65.4%，二、20200年工作，到202年控制在"] for s, e, _ in slips(line)]
    ['39.4', '20200年', '202年']
    >>> [line[s:e] for line in ["录取率从36提高到59%，由46.9%提高到48.2，分别增长7.7%和6.8。抓好安全生产、食品安全、消防安全等两个方面"]
    ...  for s, e, _ in slips(line)]
    ['抓好安全生产、食品安全、消防安全等两个', '36', '48.2', '6.8']
    >>> [line[s:e] for line in ["22010年，11999年，201年工作回顾"] for s, e, _ in slips(line)]
    ['22010年', '11999年', '201年']
    >>> list(slips("第四季度，7×24小时，三分之二，2/3的学校，百分之一百二十，工业、交通等三大领域，由50%提高到75%，2020年，20世纪"))
    []
    """
    yield from _calendar(line)
    yield from _fractions(line)
    yield from _counts(line)
    yield from _bare_percents(line)
    yield from _years(line)


def _calendar(line: str) -> Iterator[tuple[int, int, str]]:
    for m in _QUARTER.finditer(line):
        yield m.start(), m.end(), f"a year has four quarters: {m.group()}"
    for m in _MONTH.finditer(line):
        yield m.start(), m.end(), f"a year has twelve months: {m.group()}"
    for m in _DAY_HOURS.finditer(line):
        if int(m[1]) > 24:
            yield m.start(), m.end(), f"a day has 24 hours: {m.group()}"
    for m in _ROUND_CLOCK.finditer(line):
        if int(m[2]) > 24:
            yield m.start(), m.end(), f"days times hours, with more than 24 hours a day: {m.group()}"
    for m in _WEEK_DAYS.finditer(line):
        yield m.start(), m.end(), f"a week has seven days: {m.group()}"
    for m in _YEAR_DAYS.finditer(line):
        if int(m[1]) > 366:
            yield m.start(), m.end(), f"a year has at most 366 days: {m.group()}"


def _fractions(line: str) -> Iterator[tuple[int, int, str]]:
    for m in _CN_FRACTION.finditer(line):
        whole, part = _value(m[1]), _value(m[2])
        if whole and part and part > whole:
            yield m.start(), m.end(), f"a share larger than its whole ({m[2]} of {m[1]}): {m.group()}"
    for m in _SLASH_FRACTION.finditer(line):
        if int(m[1]) > int(m[2]):
            yield m.start(), m.end(), f"a share larger than its whole: {m.group()}"


def _counts(line: str) -> Iterator[tuple[int, int, str]]:
    for m in _COUNT_AFTER_ITEMS.finditer(line):
        # Items as the 、 marks them: 和/及 may join two items or two words of one (纤维及复合材料).
        items = [i for i in m[1].split("、") if i]
        count = _value(m[2])
        # 等 closes a list before its count (…等四个方面): the count may exceed the items, never fall short
        if count and count >= 2 and len(items) > count:
            yield m.start(), m.end(), f"{m[2]}{m[3]} sums up {len(items)} items listed before it: {m.group()}"
    announced = _ANNOUNCED.search(line)
    if announced:
        count = _value(announced[1])
        ordinals = [_value(o[1]) for o in _ORDINAL_IS.finditer(line, announced.end())]
        if count and ordinals and ordinals == list(range(1, len(ordinals) + 1)) and len(ordinals) > count:
            yield announced.start(), announced.end(), (f"{announced.group()[:-1]} announced, "
                                                       f"{len(ordinals)} listed after it (一是…{ordinals[-1]}是)")


def _bare_percents(line: str) -> Iterator[tuple[int, int, str]]:
    for m in _FROM_TO.finditer(line):
        if bool(m[2]) != bool(m[4]):
            bare = 1 if not m[2] else 3
            yield m.start(bare), m.end(bare), f"a percentage lost its sign beside one that keeps it: {m.group()}"
    for m in _PAIR_BARE.finditer(line):
        yield m.start(1), m.end(1), f"a percentage lost its sign beside one that keeps it: {m.group()}"
    for m in _PERCENT_LIST.finditer(line):
        for item in _LIST_ITEM.finditer(m.group() + "、"):  # an item a 、 follows has no sign
            s = m.start() + item.start()
            yield s, s + len(item.group()), f"a percentage lost its sign in a list of percentages: {m.group()}"


def _years(line: str) -> Iterator[tuple[int, int, str]]:
    for m in _YEAR_TYPED_LONG.finditer(line):
        if _digit_typed_twice(m[1]):
            yield m.start(), m.end(), f"a year with a digit typed twice: {m.group()}"
    for m in _YEAR_TYPED_SHORT.finditer(line):
        yield m.start(), m.end(), f"a year with a digit lost: {m.group()}"


def _value(numeral: str) -> int | None:
    return 2 if numeral == "两" else numerals().get(numeral)


def _digit_typed_twice(digits: str) -> bool:
    """Dropping one of two equal neighbouring digits gives a year of our time (20200 → 2020)."""
    return any(digits[i] == digits[i + 1] and 1900 <= int(digits[:i] + digits[i + 1:]) <= 2099
               for i in range(len(digits) - 1))
