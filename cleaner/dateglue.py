"""A year glued to what follows it, read from its frame, for rules/date.py (read-only helpers).

The marks of a date are lost in runs a pattern per shape does not foresee: a report period
exported as six figures ("202106底前": 年 and 月 both lost), a title template that drops 年
before the noun ("江岭市2021工作要点"), a year a spreadsheet grouped like an amount ("2,021年").
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
>>> [t[a - 6:a] + new for t in ("T\\n2021年工作要点。江岭市2021工作要点", "2017政府工作报告\\n2017年政府工作", "T\\n2021年高校。共2021高校",
...                        "T\\n2021年全国。入选“2021全国案例”", "T\\n2021年贫困户。帮扶2021贫困户", "T\\n2021年人次。培训2021人次")
...  for a, b, new, _ in years_before_words(t, {2017, 2021})]
['岭市2021年', '帮扶2021年']
>>> [(t[a:b], new) for t in ("2021年工作。2,021年3月29日", "2021年。2，021年度", "共2,021年", "1,998年")
...  for a, b, new, _ in grouped_years(t)]
[('2,021', '2021'), ('2，021', '2021')]
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import regex

from cleaner import chars
from cleaner.dateplace import code_label_before

# Six figures, a year and a padded or two-figure month, before a word only a month (or a time
# span) takes: 底 末 初 and the 旬 of a month; before 起/前/以来/止 only a padded month is
# unambiguous ("202111起" may be 2021年1月1日起).
_YEAR_MONTH = regex.compile(r"(?<![0-9A-Za-z_.\-/\\#=?&%+@~第])((?:19|20)[0-9]{2})(0[1-9]|1[0-2])(?![0-9A-Za-z])"
                            r"(?:(?P<edge>[底末初](?=前|后|止|时|的|完成|建成|[^\p{Han}\p{L}0-9]|\Z)|上旬|中旬|下旬|上中旬|中下旬)|(?P<start>起|前|以来|以前|之前|止)"
                            r"|(?P<word>(?=\p{Han}|[" + regex.escape(chars.STACKABLE) + r"])))")


def year_month_runs(digits: str, year_ok: Callable[[int], bool], pad: bool) -> Iterator[tuple[int, int, str, str]]:
    """YYYYMM glued before a month's word: "202106底前" -> "2021年6月" (+ the word kept)."""
    for m in _YEAR_MONTH.finditer(digits):
        year, month = int(m[1]), int(m[2])
        if m["edge"] is None and not (year_ok(year) and m[2].startswith("0")):
            continue  # before a month's edge (底, 上旬) any year of the era reads; elsewhere one the text shows
        if not 1949 <= year <= 2099:
            continue
        if m["word"] is not None and (digits[m.end():m.end() + 1] in _UNIT_OR_MARK
                                      or not _DATE_WORD_BEFORE.search(digits, 0, m.start())):
            continue  # a padded month before a verb: only after a date word (于202105完成), never a count (202106户)
        if code_label_before(digits, m.start()):
            continue  # 邮编/编号 … owns the figures
        shown = f"{month:02d}" if pad else str(month)
        word = m["edge"] or m["start"] or "a date word's verb"
        yield m.start(), m.end(2), f"{year}年{shown}月", f"year and month glued before {word}"


# The characters a count is followed by (a measure word or a unit), and the marks a year keeps:
# after these the figures are no year that lost its 年.
_UNIT_OR_MARK = frozenset("年月日号时点分秒个家人名位项件次批所条户座天周万亿千百十元岁多余届期种类台辆套吨米亩倍"
                          "场栋艘架部本篇份张支只头匹株棵间层例宗笔首门根级度公平立克升斤瓦伏码盒箱袋包瓶罐"
                          "版辑卷册章节款轮组队班起前后以之至到及和与或底初末室房楼路线封剂粒幅")
# "2017政府工作报告", "入选2025国内十大考古新闻", "参加2021北京市…培训班": a year glued to a name is
# a style of titles and names, so a lost 年 is read only from the document's own usage: the same
# year and the same word written with 年 elsewhere ("2024年高校毕业生" … "做好2024高校毕业生").
_YEAR_WORD = regex.compile(r"(?<![0-9A-Za-z_.\-/\\#=?&%+@~第])((?:19|20)[0-9]{2})(?=\p{Han}\p{Han})")
# Words that put a count after them: 共2021…, 达2021…, 约2021… (a count that lost its measure word).
_QUANTITY_WORD = frozenset("共约近达为计超有增减余多逾每满仅只合")
# A name is quoted or put in title marks: "入选“2025全国旅游景区创新发展案例”" keeps its style.
_NAME_PAIRS = ((chars.LEFT_DOUBLE_QUOTE, chars.RIGHT_DOUBLE_QUOTE), (chars.LEFT_TITLE_MARK, chars.RIGHT_TITLE_MARK),
               (chars.LEFT_BLACK_LENTICULAR, chars.RIGHT_BLACK_LENTICULAR), ("\u300c", "\u300d"))


def years_before_words(text: str, shown: set[int]) -> Iterator[tuple[int, int, str, str]]:
    """A year glued to a word gets its 年 where the document writes that year and word with 年 elsewhere."""
    for m in _YEAR_WORD.finditer(text):
        word = text[m.end():m.end() + 2]
        if int(m[1]) not in shown or word[0] in _UNIT_OR_MARK or f"{m[1]}年{word}" not in text:
            continue
        if m.start() and text[m.start() - 1] in _QUANTITY_WORD or _inside_name(text, m.start()):
            continue
        if "\n" not in text[:m.start()]:
            continue  # the title line: "2018政府工作报告" names the document in its own style
        if code_label_before(text, m.start()):
            continue
        yield m.end(), m.end(), "年", f"year {m[1]} without 年 before {word}, which the text writes {m[1]}年{word}"


def _inside_name(text: str, pos: int) -> bool:
    """Is ``pos`` inside quotes or title marks opened on its line (a name keeps its own style)?"""
    head = text[text.rfind("\n", 0, pos) + 1:pos]
    return any(head.count(a) > head.count(b) for a, b in _NAME_PAIRS)


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
_DAY_LOST = regex.compile(rf"(?:{_DATE_WORD}|{_RANGE_FROM_DATE})((?:1[0-2]|0?[1-9]))月([0-9]{{1,2}})(?![0-9])"
                          r"(?=前|起|止|以前|之前|召开|举行|上午|下午|\n|\Z|[" + regex.escape(chars.STACKABLE) + r"])")
_MMDD = regex.compile(r"(?:(?<![低高小少多等用优劣亚属对基鉴趋归致由关当过免终善乐])(?<!(?<!单)位)于|截至|截止)"
                      r"(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])(?![0-9A-Za-z.%\-/_])(?=前|止|以前|之前)")
_DAYS_IN = (0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)  # a leap year: no year to say otherwise


_DATE_WORD_BEFORE = regex.compile(_DATE_WORD + r"$")


def yearless_day_lost(digits: str) -> Iterator[tuple[int, int, str, str]]:
    """"于3月29前" -> "于3月29日前": a month and day framed as a date on both sides, its 日 lost.

    >>> [t[:a] + new for t in ("请于3月29前报送", "自5月1起施行", "于3月29至31日", "低于3月29前", "于2月30前",
    ...                        "3月29日至4月2，", "3至4月2，")
    ...  for a, b, new, _ in yearless_day_lost(t)]
    ['请于3月29日', '自5月1日', '3月29日至4月2日']
    """
    for m in _DAY_LOST.finditer(digits):
        if 1 <= int(m[2]) <= _DAYS_IN[int(m[1])]:
            yield m.end(), m.end(), "日", f"date {m[1]}月{m[2]} without its final 日 framed as a date (a date word or a range's start before it)"


def framed_month_days(digits: str) -> Iterator[tuple[int, int, str, str]]:
    """"于0329前" -> "于3月29日前": four figures MMDD in a deadline's frame.

    >>> [new for t in ("请于0329前报送", "截至1231止", "于1231人前", "编号于0101前", "自0101起") for *_, new, _ in framed_month_days(t)]
    ['3月29日', '12月31日']
    """
    for m in _MMDD.finditer(digits):
        month, day = int(m[1]), int(m[2])
        if day <= _DAYS_IN[month] and not code_label_before(digits, m.start()):
            yield m.start(1), m.end(2), f"{month}月{day}日", "month and day glued in a deadline's frame (于…前)"
