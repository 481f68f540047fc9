"""Figures their own sentence contradicts by arithmetic or order, read from one line.

Helpers of :func:`cleaner.rules.figure.flag_figure_slips`, beside :mod:`cleaner.figurebounds`:
each check reads two or more figures a sentence ties together and flags what cannot hold
whichever figure is wrong:

- a rate named after the part it counts, against the part and its total (受理投诉624件，其中按时
  办结492件，按时办结率为83.8%: 492/624 is 78.8%);
- a comparison whose later year stands before the earlier one (2023年…较2024年增长, 从2011年的…
  增加到2010年的…), a span of years written backwards (2024—2022年);
- a range whose low end is above its high end (最低9200元、最高4700元, 为90%至69%, 63至41平方米之间),
  an average above the day's maximum (日均400个，单日最多231个);
- an average per person in tens of millions of yuan (人均纯收入7917万元: 万 typed in);
- points (百分点, a difference of two rates) as the change of a count or an amount (抽检1266批次，
  同比增长6.8个百分点);
- people per thousand or ten thousand people as many as the people (每万人口全科医生数4.2万名);
- a rise against the year before larger than the level it reached (培训12000人次，比上年增加20000人次);
- a decrease in multiples or past 100% (下降3倍, 能耗下降120%: nothing falls by more than itself),
  tenths above ten (十三成). A sentence on a profit, a balance, a flow or a change (利润, 损益,
  收支差, 增量, 新增额) may go below nothing: no rise or fall of its figures is flagged.

Which figure was meant is not in the text: flag, never fix.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from cleaner.outline import numerals
from cleaner.quantities import QUANTITY, read_quantity

_NUM = r"(\d++(?:\.\d++)?)"
_SENTENCE = regex.compile(r"[^\u3002\uff01\uff1f\uff1b\n]++")

# --- a rate against its part and total -----------------------------------------------------
# A total, then (其中) a part of the same unit, then a rate: all three in one sentence.
_RATE = regex.compile(rf"(\p{{Han}}{{2,6}})率(?:为|是|达到|达|提高到|保持在)?+{_NUM}%(?!以上|以下|左右|之间)")
_PART_LABEL = regex.compile(r"(\p{Han}{2,10})\Z")

# --- years in the wrong order ---------------------------------------------------------------
_YEAR = r"((?:19|20)\d\d)年"
_COMPARED = regex.compile(
    rf"(?<![\d—\-~～至到])(?<!至|到){_YEAR}(?![\d—\-~～])(?:(?!(?:19|20)\d\d年)[^\u3002\uff1b]){{0,30}}?(?:较|比)(?:上年|去年)?+{_YEAR}"
    r"(?:同期|底|末)?+(?:相比)?+[\uff0c]?+(?:分别|共|全市|全县|全区)?+(?:增长|增加|提高|下降|减少|降低|上升|回落)")
_COMPARED_FIRST = regex.compile(
    rf"与{_YEAR}(?:同期|底|末)?+相比[\uff0c]?+{_YEAR}[^\u3002\uff1b]{{0,30}}?(?:增长|增加|提高|下降|减少|降低|上升|回落)")
_FROM_YEAR_TO = regex.compile(
    rf"[从由]{_YEAR}(?:底|末)?+的[^\u3002\uff1b\uff0c]{{1,16}}?(?:增加|增长|提高|上升|下降|减少|降低|扩大|缩小)[到至]{_YEAR}"
    r"(?:底|末)?+的\d")  # 到2010年的3531万人: a value of that year, not a level of it (恢复到2019年同期的86%)
_YEAR_SPAN = regex.compile(r"(?<![\d.])((?:19|20)\d\d)\s?+[—–\-~～]\s?+((?:19|20)\d\d)年")

# --- ranges in the wrong order -----------------------------------------------------------------
# A quantity as one group, to be read by cleaner.quantities.read_quantity (its own groups unnamed,
# so that two fit in one pattern).
_QUANTITY = regex.sub(r"\?P<\w+>", "?:", QUANTITY.pattern)
# The figure right after 最低 and 最高 (最低5000万元，最高奖励500万元 bounds two other things).
_LOW_HIGH = regex.compile(rf"(?:最低|最少)(?P<a>{_QUANTITY})[\u3001\uff0c]?+(?:最高|最多)(?P<b>{_QUANTITY})")
# A day's average against a day's most, of the same things: 单日 and the verb only between
# (单日单个窗口最多办理…, 高峰时段最多每小时… count other things).
_AVERAGE_MAX = regex.compile(rf"(?:日均|平均每日|平均每天)\p{{Han}}{{0,8}}?(?P<a>{_QUANTITY})[\uff0c]"
                             rf"(?:单日|一天)(?:(?!单个|每个)\p{{Han}}){{0,4}}?(?:最多|最高)(?P<b>{_QUANTITY})")
# A range set as bounds (…之间, 介于…): a list by grade (依次为90%至70%) may run downwards.
_SPAN = regex.compile(rf"(?P<between_before>介于)?+(?P<a>\d++(?:\.\d++)?)(?P<pa>%?+)(?:至|到|—|－|~|～)(?P<b>\d++(?:\.\d++)?)(?P<pb>%?+)"
                      r"(?P<unit>平方米|公里|元|万元|亿元|岁|天|个|人)?+(?P<between>之间)?+")

# --- an average per person in tens of millions -------------------------------------------------
# 人均 as a word (not 个人均可, 两人均获: person + 均 "all"); grants and totals between it and the
# figure are other figures (人均给予资助1000万元, 生均经费投入共计2000万元).
_PER_HEAD = regex.compile(r"(?:月人均|年人均|(?<![个两\d一二三四五六七八九十几多每])人均|次均|生均)"
                          r"(?:(?!给予|资助|奖|补|共|计|总|投入|合)\p{Han}){0,10}?(?P<q>" + QUANTITY.pattern + ")")
_PER_HEAD_MOST = 1e7  # yuan: no average of a person, a visit or a pupil comes near it
# People per thousand or ten thousand people (每千人口执业医师3.2人, 每万人口全科医生4.2名): a part of
# the people counted, never as many as they are (2.6万名: a scale word typed in, a decimal point lost).
# Things (books, parcels, phones, 人次 of visits) may outnumber the people.
_PERSONS = frozenset("人名位")
_PEOPLE = {"千": 1e3, "万": 1e4, "十万": 1e5, "百万": 1e6, "1000": 1e3, "10000": 1e4, "100000": 1e5, "10万": 1e5, "100万": 1e6}
_PER_PEOPLE = regex.compile(r"每(?P<n>十万|百万|千|万|100000|10000|1000|10万|100万)(?:名|个)?+(?:人口|人|居民|常住人口|户籍人口|老年人|老人|儿童|学生|职工)"
                            r"[^\d\uff0c\u3002\uff1b\n]{0,16}?(?P<q>" + QUANTITY.pattern + ")")

# --- points as the change of a count ---------------------------------------------------------------
_POINTS = regex.compile(r"(?P<q>" + QUANTITY.pattern + r")[\uff0c](?:同比|环比|较上年|比上年|较去年|比去年|较上年同期|比上年同期)?+"
                        rf"(?:增长|增加|提高|下降|减少|降低|上升){_NUM}个百分点")
_RATE_WORD = regex.compile(r"率|比重|占比|比例|份额|指数|%|水平|增速|增幅|幅度|占|强度|系数|密度")
_CLAUSE_START = regex.compile(r"[\uff0c\u3002\uff1b\uff1a\u3001][^\uff0c\u3002\uff1b\uff1a\u3001]*\Z")

# --- a rise above the level it reached ------------------------------------------------------------
# A level, then its rise against the year before, of the same unit (达到120家，比上年增加150家;
# 培训12000人次，比上年增加20000人次; 收入42亿元，比上年增加50亿元): the year before would be below
# nothing. A balance or a profit (顺差, 净利润, 结余) may rise from below nothing.
_RISE = regex.compile(r"(?P<a>" + _QUANTITY + r")[\uff0c,](?:比上年|较上年|同比|比去年|较去年|与上年相比|比(?:19|20)\d\d年)(?:同期)?+[\uff0c]?+"
                      r"(?:增加|新增|净增|增长|多)了?+(?P<b>" + _QUANTITY + ")")

# --- decreases in multiples, tenths above ten ---------------------------------------------------
_FALL_TIMES = regex.compile(r"(?:下降|减少|降低)了?+(\d++(?:\.\d++)?|[一二两三四五六七八九十]{1,3})倍")
# A decrease in percent: past 100% the quantity would be below nothing, which no count, amount,
# emission or price can be; a balance, a profit or a growth rate can (利润下降120%, 增速回落150%).
_FALL_PERCENT = regex.compile(r"(?:下降|减少|降低|回落|缩减|压减|压缩|下滑|(?:下降幅度|减少幅度|下滑幅度|降幅|减幅)(?:为|达到|达|超过)?+)"
                              r"了?+(?:约|近|超过)?+(\d++(?:\.\d++)?)[%\uff05]")
# Read over the sentence before the figure: flows and changes (增量, 新增额, 增长人数), balances and
# differences (收支差, 损益, 距平, 占款) may be below nothing as well.
_SIGNED = regex.compile(r"利|盈|损|收益|净|差|余额|结余|赤字|亏|增量|增加额|新增|增长|增速|增幅|涨幅|变动|距平|占款|现金流")
_TENTHS = regex.compile(r"(?<![一二三四五六七八九十百千万\d])([一二三四五六七八九十]{2,3})成(?=以上|以下|左右|多|的)")


def slips(line: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, reason) of each figure ``line`` contradicts by arithmetic or order.

    >>> line = "受理投诉624件，其中按时办结492件，按时办结率为83.8%。抽检3023批次，合格2833批次，合格率达到94%。"
    >>> [line[s:e] for s, e, _ in slips(line)]
    ['按时办结率为83.8%']
    >>> line = "2023年全县培训67名，较2024年增长8%。从2011年的2922万人增加到2010年的3531万人。方案（2024—2022年）。"
    >>> [line[s:e] for s, e, _ in slips(line)]
    ['2023年全县培训67名，较2024年增长', '从2011年的2922万人增加到2010年的3', '2024—2022年']
    >>> line = "支付限额最低9200元、最高4700元，面积控制在63至41平方米之间，日均发布岗位400个，单日发布最多231个。"
    >>> [line[s:e] for s, e, _ in slips(line)]
    ['最低9200元、最高4700元', '日均发布岗位400个，单日发布最多231个', '63至41平方米之间']
    >>> line = "农村居民人均纯收入7917万元，抽检1266批次，同比增长6.8个百分点，投诉量下降3倍，十三成以上的县。"
    >>> [line[s:e] for s, e, _ in slips(line)]
    ['人均纯收入7917万元', '1266批次，同比增长6.8个百分点', '下降3倍', '十三成']
    >>> line = "单位能耗下降120%。净利润下降150%。存款新增额同比下降118%；增速回落120%。排放量降幅达135%。"
    >>> [line[s:e] for s, e, _ in slips(line)]
    ['下降120%', '降幅达135%']
    >>> line = "达到120家，比上年增加150家。培训12000人次，比上年增加20000人次；收入4.2亿元，比上年增加500万元。"
    >>> [line[s:e] for s, e, _ in slips(line)]
    ['120家，比上年增加150家', '12000人次，比上年增加20000人次']
    >>> line = "每万人口全科医生数达到4.2万名，每千人口床位数6.5张，每万人口藏书1.2万册，每万人口就诊12000人次。"
    >>> [line[s:e] for s, e, _ in slips(line)]
    ['每万人口全科医生数达到4.2万名']
    >>> list(slips("2023年较2022年增长20.3%，最低150元、最高600元，户均投入3.9万元，普及率较上年提高5.6个百分点，八成以上。"))
    []
    >>> list(slips("2020年开通的热线，今年受理量比2021年增长35%，从2020年的1850万人次恢复到2019年同期的86%，依次为90%至70%。"))
    []
    >>> list(slips("受理5362件，办结5213件，按期办结率98.6%。回访3000人次，满意2850人次，基本满意120人次，满意率99%。"))
    []
    >>> list(slips("对企业和个人均可给予最高1000万元奖励，顶尖人才人均给予资助1000万元，十一成为消费高峰。"))
    []
    """
    for sentence in _SENTENCE.finditer(line):
        s = sentence.start()
        for start, end, reason in (*_rate_against_counts(sentence.group()), *_years_out_of_order(sentence.group()),
                                   *_ranges_out_of_order(sentence.group()), *_per_head(sentence.group()), *_per_people(sentence.group()),
                                   *_rise_over_level(sentence.group()),
                                   *_points_for_counts(sentence.group()), *_multiples(sentence.group())):
            yield s + start, s + end, reason


def _rate_against_counts(sentence: str) -> Iterator[tuple[int, int, str]]:
    if "\u7387" not in sentence:  # 率: no rate, no quantity to read
        return
    quantities = [read_quantity(m) for m in QUANTITY.finditer(sentence)]
    for m in _RATE.finditer(sentence):
        before = [q for q in quantities if q.end <= m.start()]
        if len(before) < 2:
            continue
        total, part = before[-2], before[-1]
        if (total.unit != part.unit or not 0 < part.value <= total.value or not (_as_written(total) and _as_written(part))
                or sum(q.unit == part.unit for q in before) != 2):  # a third count: which is the base is not shown
            continue
        label, total_label = _PART_LABEL.search(sentence, 0, part.start), _PART_LABEL.search(sentence, 0, total.start)
        name = m[1]
        # the rate is named after the part, word for word (检测合格 … 合格率), and the total is not
        # a part of its kind (满意2850人次，基本满意120人次，满意率…: the base is elsewhere)
        if (label is None or not label[1].endswith(name) or (total_label is not None and name in total_label[1])
                or _between_has_figures(sentence, part.end, m.start())):
            continue
        shown, share = float(m[2]), 100 * part.value / total.value
        if abs(share - shown) > 10 ** -len(m[2].partition(".")[2]):
            yield m.start(), m.end(), (f"{m[1]}率 reads {m[2]}%, but {part.text} of {total.text} is {share:.1f}%")


def _as_written(q) -> bool:
    """A count in full: no scale word, no decimals (a rounded figure gives a rounded share)."""
    return not q.multiplier and not q.decimals


def _between_has_figures(sentence: str, start: int, end: int) -> bool:
    return regex.search(r"\d", sentence[start:end]) is not None


def _years_out_of_order(sentence: str) -> Iterator[tuple[int, int, str]]:
    for m in _COMPARED.finditer(sentence):
        if int(m[2]) > int(m[1]) and _year_is_subject(sentence, m):
            yield m.start(), m.end(), f"{m[1]}年 compared with the later {m[2]}年 as its base: a year slipped"
    for m in _COMPARED_FIRST.finditer(sentence):
        if int(m[1]) > int(m[2]):
            yield m.start(), m.end(), f"{m[2]}年 compared with the later {m[1]}年 as its base: a year slipped"
    for m in _FROM_YEAR_TO.finditer(sentence):
        if int(m[2]) < int(m[1]):
            yield m.start(), m.end(), f"a change from {m[1]}年 to the earlier {m[2]}年: a year slipped"
    for m in _YEAR_SPAN.finditer(sentence):
        if int(m[2]) < int(m[1]):
            yield m.start(), m.end(), f"a span of years that ends before it starts: {m.group()}"


_OTHER_TIME = regex.compile(r"的|今年|本年|当年|去年|目前|现在|起|以来")
_CLAUSE_OPENING = regex.compile(r"(?:^|[\uff0c\u3002\uff1b\uff1a])\s*+\Z")


def _year_is_subject(sentence: str, m: regex.Match) -> bool:
    """The first year opens its clause and is the time of the figure compared: not a year that
    dates the subject (2020年开通的热线，今年…比2021年增长)."""
    gap = sentence[m.end(1) + 1:m.start(2)]
    return _CLAUSE_OPENING.search(sentence, 0, m.start()) is not None and not _OTHER_TIME.search(gap)


def _ranges_out_of_order(sentence: str) -> Iterator[tuple[int, int, str]]:
    for m in (*_LOW_HIGH.finditer(sentence), *_AVERAGE_MAX.finditer(sentence)):
        low, high = read_quantity(QUANTITY.match(m["a"])), read_quantity(QUANTITY.match(m["b"]))
        if low.unit == high.unit and low.value > high.value:
            what = "a lowest figure above the highest" if m.re is _LOW_HIGH else "an average above the day's highest"
            yield m.start(), m.end(), f"{what}: {m.group()}"
    for m in _SPAN.finditer(sentence):
        if (m["between"] or m["between_before"]) and m["pa"] == m["pb"] and float(m["a"]) > float(m["b"]):
            yield m.start(), m.end(), f"a range whose low end is above its high end: {m.group()}"


def _rise_over_level(sentence: str) -> Iterator[tuple[int, int, str]]:
    for m in _RISE.finditer(sentence):
        level, rise = (read_quantity(QUANTITY.match(m[g]), m.start(g)) for g in ("a", "b"))
        if (level.unit == rise.unit and rise.value > level.value + level.tolerance + rise.tolerance
                and not _SIGNED.search(sentence, 0, m.start())):
            yield m.start(), m.end(), f"a rise larger than the level it reached: {m.group()}"


def _per_head(sentence: str) -> Iterator[tuple[int, int, str]]:
    for m in _PER_HEAD.finditer(sentence):
        q = read_quantity(QUANTITY.match(m["q"]), m.start("q"))
        if q.unit == "元" and q.value >= _PER_HEAD_MOST:
            yield m.start(), m.end(), f"an average per person of {q.text}: the scale word may have been typed in"


def _per_people(sentence: str) -> Iterator[tuple[int, int, str]]:
    for m in _PER_PEOPLE.finditer(sentence):
        q = read_quantity(QUANTITY.match(m["q"]), m.start("q"))
        if q.unit in _PERSONS and q.value >= _PEOPLE[m["n"]]:
            yield m.start(), m.end(), (f"{q.text} for every {m['n']} people: as many as the people or more; "
                                       "a scale word typed in or a decimal point lost")


def _points_for_counts(sentence: str) -> Iterator[tuple[int, int, str]]:
    for m in _POINTS.finditer(sentence):
        clause = _CLAUSE_START.search(sentence, 0, m.start())
        opening = sentence[clause.start() if clause else 0:m.start()]
        if not _RATE_WORD.search(opening):
            yield m.start(), m.end(), (f"percentage points (a difference of two rates) given as the change of "
                                       f"{m['q']}, a count or an amount: {m.group()}")


def _multiples(sentence: str) -> Iterator[tuple[int, int, str]]:
    for m in _FALL_TIMES.finditer(sentence):
        yield m.start(), m.end(), f"a decrease in multiples (nothing falls by more than itself): {m.group()}"
    for m in _FALL_PERCENT.finditer(sentence):
        if float(m[1]) > 100 and not _SIGNED.search(sentence, 0, m.start()):
            yield m.start(), m.end(), f"a decrease of more than the whole (nothing falls below nothing): {m.group()}"
    for m in _TENTHS.finditer(sentence):
        value = numerals().get(m[1])
        if value is not None and value > 10:
            yield m.start(), m.end(), f"{m[1]}成 is more than ten tenths of the whole"
