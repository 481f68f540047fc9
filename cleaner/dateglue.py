"""A year glued to what follows it, read from its frame, for rules/date.py (read-only helpers).

The marks of a date are lost in runs a pattern per shape does not foresee: a report period
exported as six figures ("202106底前": 年 and 月 both lost), a year a spreadsheet grouped like
an amount ("2,021年"), a month and day framed as a date that lost its 日 ("于3月29前").
What makes each a date is the frame, not the figures: the year is one the document shows, the
word after can only follow a month or a year (底, 上旬, 起 …; a noun that is no unit), the
place before is where a year stands (a line's start, a mark, a place or an organisation's
name), and no number's label (编号, 电话, 邮编 …) owns the figures. Each helper yields
(start, end, new text, what was read); nothing here changes text.

>>> ok = lambda y: y in (2020, 2021)
>>> [(t[a:b], new) for t in ("于202106底前完成", "自202103起施行", "202111底前", "邮编202103，", "编号202106底",
...                           "计划于202105完成", "完成202106户", "用于202105项目")
...  for a, b, new, _ in year_month_runs(t, ok, pad=False)]
[('202106', '2021年6月'), ('202103', '2021年3月'), ('202111', '2021年11月'), ('202105', '2021年5月')]
>>> [(t[a:b], new) for t in ("2021年工作。2,021年3月29日", "2021年。2，021年度", "共2,021年", "1,998年")
...  for a, b, new, _ in grouped_years(t)]
[('2,021', '2021'), ('2，021', '2021')]
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import regex

from cleaner import chars
from cleaner.datecues import DAYS_IN_MONTH
from cleaner.dateplace import code_label_before

# Six figures, a year and a padded or two-figure month, before a word only a month (or a time
# span) takes: 底 末 初 and the 旬 of a month; before 起/前/以来/止 only a padded month is
# unambiguous ("202111起" may be 2021年1月1日起).
_YEAR_MONTH = regex.compile(r"(?<![0-9A-Za-z_.\-/\\#=?&%+@~第])((?:19|20)[0-9]{2})(0[1-9]|1[0-2])(?![0-9A-Za-z])"
                            r"(?:(?P<edge>[底末初](?=前|后|止|时|的|完成|建成|[^\p{Han}\p{L}0-9]|\Z)|上旬|中旬|下旬|上中旬|中下旬)|(?P<start>起|前|以来|以前|之前|止)"
                            r"|(?P<word>(?=\p{Han}|[" + regex.escape(chars.STACKABLE) + r"])))")


def has_year_month_run(digits: str) -> bool:
    """A cheap pre-scan: is there a run :func:`year_month_runs` could read?"""
    return _YEAR_MONTH.search(digits) is not None


def year_month_runs(digits: str, year_ok: Callable[[int], bool], pad: bool) -> Iterator[tuple[int, int, str, str]]:
    """YYYYMM glued before a month's word: "202106底前" -> "2021年6月" (+ the word kept)."""
    for m in _YEAR_MONTH.finditer(digits):
        year, month = int(m[1]), int(m[2])
        if m["edge"] is None and not (year_ok(year) and m[2].startswith("0")):
            continue  # before a month's edge (底, 上旬) any year of the era reads; elsewhere one the text shows
        if not 1949 <= year <= 2099:
            continue
        if m["word"] is not None and digits[m.end():m.end() + 1] in _UNIT_OR_MARK:
            continue  # a count (202106户), not a month
        if m["edge"] is None and not _DATE_WORD_BEFORE.search(digits, max(0, m.start() - _DATE_WORD_LEN), m.start()):
            continue  # before 起/前 or a verb only after a date word (于202105完成; 行为201905起 counts cases)
        if code_label_before(digits, m.start()):
            continue  # 邮编/编号 … owns the figures
        shown = f"{month:02d}" if pad else str(month)
        word = m["edge"] or m["start"] or "a date word's verb"
        yield m.start(), m.end(2), f"{year}年{shown}月", f"year and month glued before {word}"


# A year and month typed numerically before a month's word: "2021.3底前", "于2021-03前", "自2021/3起".
# Before 底/末/旬 the figures can only be a month; before 起/前 only after a date word (于/自/截至).
_NUMERIC_YEAR_MONTH = regex.compile(
    r"(?<![0-9A-Za-z_.\-/\\#=?&%+@~第])((?:19|20)[0-9]{2})([\-/.\uff0d\uff0f\uff0e])(1[0-2]|0?[1-9])(?![0-9])"
    r"(?:(?P<edge>[底末初](?=前|后|止|时|的|完成|建成|[^\p{Han}\p{L}0-9]|\Z)|上旬|中旬|下旬)|(?P<start>起|前|以来|以前|之前|止))")


def has_numeric_year_month(digits: str) -> bool:
    """A cheap pre-scan: is there a run :func:`numeric_year_months` could read?"""
    return _NUMERIC_YEAR_MONTH.search(digits) is not None


def numeric_year_months(digits: str, year_ok: Callable[[int], bool], pad: bool) -> Iterator[tuple[int, int, str, str]]:
    """"2021.3底前" -> "2021年3月底前", "于2021-03前" -> "于2021年3月前", in a year the document shows.

    >>> ok = lambda y: y == 2021
    >>> [t[:a] + new for t in ("于2021.3底前", "自2021/3起施行", "于2021-03前", "增长2021.3起", "编号2021-3起", "2019.3底前")
    ...  for a, b, new, _ in numeric_year_months(t, ok, pad=False)]
    ['于2021年3月', '自2021年3月', '于2021年3月']
    """
    for m in _NUMERIC_YEAR_MONTH.finditer(digits):
        year, month = int(m[1]), int(m[3])
        if not year_ok(year) or code_label_before(digits, m.start()):
            continue
        if m["start"] and not _DATE_WORD_BEFORE.search(digits, max(0, m.start() - _DATE_WORD_LEN), m.start()):
            continue  # before 起/前 only after a date word ("增长2021.3起" is no month)
        shown = f"{month:02d}" if pad else str(month)
        yield m.start(), m.end(3), f"{year}年{shown}月", f"year and month written {m[2]!r}-separated before {m['edge'] or m['start']}"


# The characters a count is followed by (a measure word or a unit), and the marks a year keeps:
# after these the figures are no year that lost its 年.
_UNIT_OR_MARK = frozenset("年月日号时点分秒个家人名位项件次批所条户座天周万亿千百十元岁多余届期种类台辆套吨米亩倍"
                          "场栋艘架部本篇份张支只头匹株棵间层例宗笔首门根级度公平立克升斤瓦伏码盒箱袋包瓶罐"
                          "版辑卷册章节款轮组队班起前后以之至到及和与或底初末室房楼路线封剂粒幅")
# A year grouped like an amount: one figure, a thousands mark (, ， . ' ’), three figures, 年.
_GROUPED = regex.compile(r"(?<![0-9A-Za-z_.,\-/])([12])([,\uff0c.'\u2019])([0-9]{3})(?=年)")


def grouped_years(text: str) -> Iterator[tuple[int, int, str, str]]:
    """"2,021年" -> "2021年" when 2021 is a year the text writes whole (2021年, or a month follows)."""
    for m in _GROUPED.finditer(text):
        year = m[1] + m[3]
        if not ("1900" <= year <= "2099"):
            continue
        if f"{year}年" in text or regex.match(r"年(?:1[0-2]|0?[1-9])月", text[m.end():]):
            yield m.start(), m.end(), year, f"year {year} grouped like an amount ({m[2]!r})"


# A month and day without a year, between a date word and a deadline or start word: the frame
# reads them when the figures cannot (于3月29前: 日 lost; 于0329前: both marks lost, a leading
# zero no count has). A word of comparison, purpose or place (低于, 用于, 位于; 单位于 is) is no date word; a start
# frame (自/从…起) numbers rooms and items too, so marks-lost figures need a deadline frame.
_DATE_WORD = (r"(?:(?<![低高小少多等用优劣亚属对基鉴趋归致由关当过免终善乐])(?<!(?<!单)位)于|截至|截止|(?<![来各独亲])自"
              r"|(?<![听服])从)")
# The end of a range whose start is a whole date frames it too: "3月29日至4月2，".
_RANGE_FROM_DATE = r"(?<=日)(?:至|到|\u2014{1,2}|\uff5e|~|\uff0d|-)"
# Days listed or ranged under one 日 ("7月18、19日", "3月29至31日"): the 日 after the last is theirs.
_SHARES_DAY_MARK = r"(?![\u3001\uff0c,和及与或]\s*+[0-9]{1,2}[日号]|[至到\u2014\uff5e~\uff0d\-]\s*+[0-9])"
_DAY_LOST = regex.compile(rf"(?:{_DATE_WORD}|{_RANGE_FROM_DATE})((?:1[0-2]|0?[1-9]))月([0-9]{{1,2}})(?![0-9])"
                          + _SHARES_DAY_MARK +
                          r"(?=前|起|止|以前|之前|召开|举行|举办|开展|开始|启动|截止|结束|进行|施行|实施|报到|开幕|闭幕|上午|下午|中午|晚上|晚(?=[0-9])|凌晨|傍晚|早上|[" + regex.escape(chars.STACKABLE) + r"])")
# After a range's whole-date start the end is a date whatever follows it, but a unit or a figure:
# "（2021年5月16日至8月31）", "9月1日至12月31集中征缴".
_RANGE_END_LOST = regex.compile(rf"{_RANGE_FROM_DATE}((?:1[0-2]|0?[1-9]))月([0-9]{{1,2}})(?![0-9])" + _SHARES_DAY_MARK
                                + r"(?=[\u3001\uff0c\u3002\uff1b\uff09)\u3011\u201d]|\Z|(?![号日时点分秒个家人名位项件次批所条户"
                                r"座天周年月万亿千百十元岁多余届期种类台辆套吨米亩倍])\p{Han})")
# A deadline word after the day needs no date word before: "9月30前报送". Not 起 alone: it
# counts cases too ("5月3起" is three cases in May, review r12); "自5月1起" has its date word.
_DEADLINE_DAY_LOST = regex.compile(r"(?<![0-9A-Za-z.\-/年月第于])((?:1[0-2]|0?[1-9]))月([0-9]{1,2})(?![0-9])"
                                   r"(?=前|以前|之前|为止)")
# (not before a line end: a day broken over two lines, "截至3月15\n日", is whole)
# A date's label and a colon before, the line's or the clause's end after: "报名截止：3月29" closing a
# row (a form's cell that lost its 日); not a range or a list ("时间：3月29至31日").
_LABELLED_DAY_LOST = regex.compile(r"(?:截止|截至|日期|时间)[:\uff1a][ \u3000]*+((?:1[0-2]|0?[1-9]))月([0-9]{1,2})(?![0-9])"
                                   + _SHARES_DAY_MARK + r"(?=\n(?![0-9]{0,2}[日号])|\Z|[\uff0c\u3002\uff1b\uff09)])(?![\uff0c,][0-9])")


_DAY_LOST_FRAMES = ((_DAY_LOST, "a date word or a range's start before it"),
                    (_RANGE_END_LOST, "the end of a range whose start is a whole date"),
                    (_DEADLINE_DAY_LOST, "a deadline or start word after it"),
                    (_LABELLED_DAY_LOST, "a date's label before it and the clause's end after it"))
# (_OPENING_DAY_LOST withdrawn after the round-14 review: month-by-month figures open a line the
# same way, "1月5，2月8，3月12。")

_DATE_WORD_BEFORE = regex.compile(_DATE_WORD + r"$")
# Its longest word (截至, 截止): the search looks no further back (its lookbehinds still see
# the text before), so a line of many runs is read in linear time.
_DATE_WORD_LEN = 2


def yearless_day_lost(digits: str) -> Iterator[tuple[int, int, str, str]]:
    """"于3月29前" -> "于3月29日前": a month and day framed as a date on both sides, its 日 lost.

    >>> [t[:a] + new for t in ("请于3月29前报送", "自5月1起施行", "于3月29至31日", "低于3月29前", "于2月30前",
    ...                        "3月29日至4月2，", "3至4月2，", "于7月18、19日", "5月1日至8月31）", "9月30前报送",
    ...                        "5月1日至8月31个", "第3月5前")
    ...  for a, b, new, _ in yearless_day_lost(t)]
    ['请于3月29日', '自5月1日', '3月29日至4月2日', '5月1日至8月31日', '9月30日']
    """
    seen = set()
    for pattern, frame in _DAY_LOST_FRAMES:
        for m in pattern.finditer(digits):
            if 1 <= int(m[2]) <= DAYS_IN_MONTH[int(m[1])] and m.end() not in seen:
                seen.add(m.end())
                yield m.end(), m.end(), "日", f"date {m[1]}月{m[2]} without its final 日 framed as a date ({frame})"


# A year that lost its 年 where a year stands: opening a line, a sentence or a heading and closing
# its clause ("2004，全国各族人民…", "2010比上年减少"), or after a date word or 比 before what follows
# a year ("到2025，全市…", "自2015起", "从2009的2.8%", "比2007增加"). A figure there is a year when
# the document writes that same year with 年 elsewhere. A year glued to a noun ("2017政府工作报告",
# "入选2021全国…案例") is a naming style, not a lost mark: left.
_UNITS = "".join(sorted(_UNIT_OR_MARK - set("起前后以之至到及和与或底初末")))
_YEAR_OPENS = regex.compile(
    r"(?<=\A|\n|[\u3002\uff1b\uff01\uff1f]|\n[一二三四五六七八九十]{1,3}\u3001)((?:19|20)[0-9]{2})"
    r"(?=\uff0c(?![0-9])|比上年|比去年|比上一年)")
_YEAR_AFTER_DATE_WORD = regex.compile(
    r"(?:(?<=\A|\n|[\u3002\uff1b\uff0c])(?:到|至)|" + _DATE_WORD + r"|比)"
    r"((?:19|20)[0-9]{2})(?=\uff0c(?![0-9])|起|以前|之前|完成|为止|的|在|(?<=比[0-9]{4})(?![" + _UNITS + r"])\p{Han})"
    # after a comma only before a comparison with the year before: "，2010比上年减少6.4%"
    r"|(?<=\uff0c)((?:19|20)[0-9]{2})(?=比上年|比去年|比上一年)")


def has_year_at_clause(digits: str) -> bool:
    """A cheap pre-scan: is there a run :func:`years_at_clause` could read?"""
    return _YEAR_OPENS.search(digits) is not None or _YEAR_AFTER_DATE_WORD.search(digits) is not None


def years_at_clause(digits: str, shown: set[int]) -> Iterator[tuple[int, int, str, str]]:
    """"2004，全国…" -> "2004年，全国…": a year the document writes with 年, alone at a clause's edge.

    >>> [t[:b] + new for t in ("2021年工作。\\n2021，全市", "2021年。到2021，全市", "2021年。自2021起实施",
    ...                        "2021年。增长到2021，", "2021年。\\n2019，全市", "2021年。\\n2021，2022")
    ...  for a, b, new, _ in years_at_clause(t, {2021})]
    ['2021年工作。\\n2021年', '2021年。到2021年', '2021年。自2021年']
    >>> [t[:b] + new for t in ("2021年\\n三、2021，重点工作", "2021年。比2021增加", "2021年。从2021的", "2021年。2021家企业",
    ...                        "2021年。比2021多", "2021年。上升到2021的", "2021年，2021比上年减少", "2021年，2021的")
    ...  for a, b, new, _ in years_at_clause(t, {2021})]
    ['2021年\\n三、2021年', '2021年。比2021年', '2021年。从2021年', '2021年，2021年']
    """
    for m in (*_YEAR_OPENS.finditer(digits), *_YEAR_AFTER_DATE_WORD.finditer(digits)):
        year, end = (m[1], m.end(1)) if m[1] else (m[2], m.end(2))
        if int(year) in shown and f"{year}年" in digits:
            yield end, end, "年", f"year {year} (one the text writes with 年) without 年 where a year stands"


# A period whose start keeps its 年 and whose end lost it: "2021年至2025期间", "2019年—2023，". The
# start's 年 and the connector make the end a year (a later one, within a planning span); what
# follows must close the period (期间/间/以来, a clause mark, a closing bracket), not a unit
# ("增长到2025家" has no 年 before its connector) or a school year ("2020年-2021学年" is left).
_PERIOD_END = regex.compile(
    r"(?<![0-9A-Za-z.\-/第])((?:19|20)[0-9]{2})年(?:至|到|\u2014{1,2}|\uff0d|\uff5e|~|-)((?:19|20)[0-9]{2})"
    r"(?=期间|间|以来|[" + regex.escape(chars.STACKABLE) + r"\uff09)\u3011]|\Z|\n(?!年))")


def period_end_years(digits: str) -> Iterator[tuple[int, int, str, str]]:
    """"2021年至2025期间" -> "2021年至2025年期间": the end year of a period whose start has its 年.

    >>> [t[:b] + new for t in ("2021年至2025期间，", "2019年—2023，累计", "（2021年-2025）", "2021年至2025年期间",
    ...                        "2021—2025年", "2025年至2021，", "2021年至2025家", "2020年-2021学年", "1990年至2025，")
    ...  for a, b, new, _ in period_end_years(t)]
    ['2021年至2025年', '2019年—2023年', '（2021年-2025年']
    """
    for m in _PERIOD_END.finditer(digits):
        start, end = int(m[1]), int(m[2])
        if 0 < end - start <= 15:
            yield m.end(2), m.end(2), "年", f"period {m[1]}年 to {m[2]}: the end year without its 年 (the start has it)"


# Y年M before a word only a month takes (底, 末, 上旬 …): its 月 was lost ("2021年6底前").
_MONTH_MARK_LOST = regex.compile(r"(?<![0-9A-Za-z.\-/第])((?:19|20)[0-9]{2})年(1[0-2]|0?[1-9])"
                                 r"(?=[底末](?=前|后|止|时|的|完成|建成|[^\p{Han}\p{L}0-9]|\Z)|上旬|中旬|下旬)")


def month_mark_lost(digits: str, year_ok: Callable[[int], bool]) -> Iterator[tuple[int, int, str, str]]:
    """"2021年6底前" -> "2021年6月底前": a month before 底/末/旬 in a year the document shows.

    >>> [t[:b] + new for t in ("于2021年6底前完成", "2021年12下旬", "2021年6底数", "1998年6底前")
    ...  for a, b, new, _ in month_mark_lost(t, lambda y: y == 2021)]
    ['于2021年6月', '2021年12月']
    """
    for m in _MONTH_MARK_LOST.finditer(digits):
        if year_ok(int(m[1])):
            yield m.end(2), m.end(2), "月", f"month {m[2]} of {m[1]}年 without 月 before a word only a month takes"
