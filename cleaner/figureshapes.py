"""Figures whose own shape cannot be right, read from the figure and the words glued to it.

Helpers of :func:`cleaner.rules.figure.flag_figure_slips`, next to :mod:`cleaner.figureslips`:
a unit word written twice (3500万元万元), a percent sign between a figure and its unit or
measure word (3500%万元, 12%家), a range whose lower end is the larger (15-10个), Arabic
digits mixed with 十 (3十5家), two different measure words after one count (12家所医院),
an ordinal with a fraction (第3.5批), shares of one enumeration adding up to more than
100% (城镇占62%、农村占45%), and a figure cut by a line break inside its digits
(投资465⏎25万元). Which figure was meant is not in the text: flag, never fix.

Every pattern is built of bounded or possessive runs with no nested quantifier: linear.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from cleaner import chars
from cleaner.counts import COUNT_MEASURES

# A unit word that never follows itself: 万元万元, 公里公里, 个百分点个百分点.
_UNIT_TWICE = regex.compile(
    r"(?<=\d)(万元|亿元|万人次|万人|万户|万亩|万吨|公里|千米|平方米|平方公里|公顷|千瓦|人次|个百分点)\1")
# Words that start with a measure-word character: 个体, 家庭, 所属, 项目, 名医, 座谈, 处理, 户籍.
_WORD_AFTER_MEASURE = {"个": "体人案性税", "家": "庭具电禽政属乡风长园用居畜族务门", "所": "有属长在得以需辖谓",
                       "项": "目", "座": "谈", "处": "理置罚长室级", "名": "医师校牌单称胜誉录额次字优贵",
                       "户": "籍口外型主数"}
# A percent sign between a figure and its unit or measure word: 3500%万元, 12％家医院.
_PERCENT_BEFORE_UNIT = regex.compile(r"(?<![\d.])\d++(?:\.\d++)?+[%\uff05](?:[万亿](?:元|人|户|亩|吨)|人次|([个家所项座处名户]))")
# A range of one unit whose first end is the larger: 15-10个, 30～20天 (not 3-1号楼, 5-2班, 第3-1批).
_RANGE = regex.compile(
    r"(?<![\d.:\uff1a\-—~\uff5e第号编码])(\d{1,6}+(?:\.\d{1,4}+)?+)([-—~\uff5e\uff0d])(\d{1,6}+(?:\.\d{1,4}+)?+)"
    r"(?=(?:万|亿)?(?:个|家|所|项|名|人|户|天|周|元|倍|公里|吨|亩|[%\uff05]))")
# Arabic digits with 十 between or after them: 3十5家, 2十人 (Chinese numerals never mix so).
_DIGIT_SHI = regex.compile(r"(?<![\d.])\d++十(?:\d++|(?=[个家名人所项户座]))")
# Two different measure words after one count: 12家所医院, 3个项培训.
_TWO_MEASURES = regex.compile(r"(?<![\d.第])\d++([个家所项座处名户])([个家所项座处名户])")
# An ordinal with a fraction: 第3.5批, 第2.5季度 (a clause of a standard, 第3.2条, is not one).
_ORDINAL_FRACTION = regex.compile(r"第\d++\.\d++(?=批|季度|届|轮|年度|次|名(?![称单]))")
# A measure word of persons before a place or an institution (8名省份, 3名卫生院), or one of
# institutions and buildings before persons (120座乡村医生, 5家志愿者): the noun closes the
# phrase (a compound such as 3名医院院长 or 5所学校教师 ends in another head and is left alone).
_PERSON_MEASURE = regex.compile(
    r"(?<![\d.第前])\d++[名位](?:重点|骨干|龙头|民营|国有|试点|示范|公立|民办|乡镇|基层|社区)?+"
    r"(?:省份|城市|地市|县区|乡镇|街道|医院|卫生院|学校|幼儿园|企业|公司|机构|基地|园区)(?!\p{Han})")
_THING_MEASURE = regex.compile(
    r"(?<![\d.第前])\d++[家所座](?:乡村|基层|专业|一线|骨干|优秀|青年|专职|兼职|全科|社区|农村)?+"
    r"(?:人员|医生|医师|教师|干部|学生|党员|志愿者|村医|护士|职工|居民|农民|工人|村民|员工|患者|儿童|老人)(?!\p{Han})")
# Shares of one enumeration: 城镇占62%、农村占45%.
_SHARE = regex.compile(r"[^\P{Han}占]{1,8}+占(?:比)?+(?:为|达到|达|到)?+(?P<value>\d{1,3}+(?:\.\d{1,3}+)?+)[%\uff05]")


def slips(line: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, reason) of the figures of one line whose shape cannot be right.

    >>> line = "投资3500万元万元，新建12%家医院，时限15-10个工作日，新建3十5家、12家所医院，第3.5批。"
    >>> [line[s:e] for s, e, _ in slips(line)]
    ['万元万元', '12%家', '15-10', '3十5', '12家所', '第3.5']
    >>> [line[s:e] for line in ["扩大了8名省份。培训120座乡村医生，1000%人次。"] for s, e, _ in slips(line)]
    ['1000%人次', '8名省份', '120座乡村医生']
    >>> [line[s:e] for line in ["覆盖率95%，其中城镇占62%、农村占45%。"] for s, e, _ in slips(line)]
    ['其中城镇占62%、农村占45%']
    >>> list(slips("时限3-5个工作日，3-1号楼，5-2班，培训12家所属企业、3个项目、80%家庭，提升200个名次、200个家门口服务站，第3.2条，"
    ...            "3名医院院长、5所学校教师、全国前10名城市、12家医院，"
    ...            "城镇占62%、农村占38%，2021—2025年，完成105%。"))
    []
    """
    for m in _UNIT_TWICE.finditer(line):
        yield m.start(), m.end(), f"unit written twice after its figure: {m.group()}"
    for m in _PERCENT_BEFORE_UNIT.finditer(line):
        if m[1] and line[m.end():m.end() + 1] in _WORD_AFTER_MEASURE.get(m[1], "") and line[m.end():m.end() + 1]:
            continue  # 80%家庭, 30%个体户: the character starts a word
        yield m.start(), m.end(), f"percent sign between a figure and its unit: {m.group()}"
    for m in _RANGE.finditer(line):
        if float(m[1]) > float(m[3]) and not (m[2] == "-" and m[1].startswith("0")):
            yield m.start(), m.end(), f"range whose lower end is the larger: {m.group()}"
    for m in _DIGIT_SHI.finditer(line):
        yield m.start(), m.end(), f"Arabic digits mixed with 十 in one figure: {m.group()}"
    for m in _TWO_MEASURES.finditer(line):
        nxt = line[m.end():m.end() + 1]
        if m[1] != m[2] and not (nxt and nxt in _WORD_AFTER_MEASURE.get(m[2], "")):
            yield m.start(), m.end(), f"two measure words after one count: {m.group()}"
    for pattern in (_PERSON_MEASURE, _THING_MEASURE):
        for m in pattern.finditer(line):
            yield m.start(), m.end(), f"measure word of another kind of noun: {m.group()}"
    for m in _ORDINAL_FRACTION.finditer(line):
        yield m.start(), m.end(), f"ordinal with a fraction: {m.group()}"
    yield from _shares_over_whole(line)


def _shares_over_whole(line: str) -> Iterator[tuple[int, int, str]]:
    """Shares of one enumeration (joined by 、 only) that add up to more than 100%. Not shares
    listed with 分别 or in clauses of their own: each may be of its own whole (炼铁、炼钢先进产能
    占比分别达到64.3%、62.3%); nor shares of different quantities (清洁能源装机占比54.8%、发电量占比51.3%).

    >>> list(_shares_over_whole("清洁能源装机占比54.8%、发电量占比51.3%。"))
    []
    """
    run: list[regex.Match] = []
    for m in [*_SHARE.finditer(line), None]:
        if m is not None and run and line[run[-1].end():m.start()] == "\u3001":
            run.append(m)
            continue
        if len(run) >= 2 and sum(float(x["value"]) for x in run) > 100.5 and not _of_other_quantities(run):
            start = run[0].start()
            yield start, run[-1].end(), "shares of one whole add up to more than 100%: " + line[start:run[-1].end()]
        run = [m] if m is not None else []


# A subject that names a measured quantity (发电量, 销售额, 增加值, 人数): its share is of that quantity.
_QUANTITY_END = frozenset("\u91cf\u989d\u503c\u6570")  # 量 额 值 数


def _of_other_quantities(run: list[regex.Match]) -> bool:
    """Whether the shares' subjects end differently and one names a measured quantity: the
    share of capacity and the share of output (装机占比…、发电量占比…) are of two wholes; parts
    of one whole share their head (城镇人口、农村人口) or name no quantity (城镇、农村)."""
    ends = {x.group()[:x.group().index("\u5360")][-1:] for x in run}  # the character before 占
    return len(ends) > 1 and bool(ends & _QUANTITY_END)


# A figure cut by a line break: a line that ends in digits right after a Han character (no
# mark closes it), and a next line that opens with digits and a unit (not a date: 年 月 日).
_ENDS_IN_DIGITS = regex.compile(r"(?<=\p{Han})(?<![至到])\d{1,6}+\Z")  # not a range's end (101至120)
# Any measure word of counted things (套, 座, 批 …) or a unit of money, people, land or weight.
_OPENS_WITH_FIGURE = regex.compile(
    rf"\A\d{{1,6}}+(?:\.\d{{1,4}}+)?+(?=(?:万|亿)?(?:[元人亩吨{COUNT_MEASURES}]|公里|平方米|公顷)|[%\uff05])")


# A wrapped line of prose holds a clause mark or runs on without a label; a caption or an address
# line (监测点位图1, 联系地址：…302) ends in its own number.
_PROSE_MARKS = (chars.FULLWIDTH_COMMA, chars.IDEOGRAPHIC_FULL_STOP, chars.FULLWIDTH_SEMICOLON, chars.IDEOGRAPHIC_COMMA)
_LABEL_MARKS = (chars.FULLWIDTH_COLON, ":")
_CAPTION_LENGTH = 8  # characters a wrapped line without a mark holds at least (全年完成投资465)


def _wrapped_prose(line: str) -> bool:
    return any(mark in line for mark in _PROSE_MARKS) or (
        len(line) >= _CAPTION_LENGTH and not any(mark in line for mark in _LABEL_MARKS))


def split_figures(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, reason) of figures a line break cuts inside their digits.

    >>> t = "全年完成投资465\\n25万元，其中省级补助3000万元。\\n电话0571-12345678\\n2021年3月29日\\n监测点位图1\\n5座监测站"
    >>> [t[s:e] for s, e, _ in split_figures(t)]
    ['465\\n25']
    """
    pos = 0
    prev: str | None = None
    prev_start = 0
    for line in text.split("\n"):
        if prev is not None and len(prev) >= 4:
            tail, head = _ENDS_IN_DIGITS.search(prev), _OPENS_WITH_FIGURE.match(line)
            if tail is not None and head is not None and _wrapped_prose(prev):
                yield (prev_start + tail.start(), pos + head.end(),
                       f"figure cut by a line break inside its digits: {tail.group()}⏎{head.group()}")
        prev, prev_start = line, pos
        pos += len(line) + 1
