"""Figures that cannot be what the author meant, read from the figure and its own words.

Helpers of :func:`cleaner.rules.figure.flag_figure_slips`: a unit with no figure before it
(a template field left empty), a placeholder where a figure belongs (XX万元), a percentage
also said in percentage points (2.1%个百分点), a decimal point written as a middle dot or a
comma (12·5%), a letter at the edge of a figure (15o亿元, I20名), a measure word typed twice
(2个个工作日), and a change whose own
figures point the other way (由150家增加到120家; a rise above the level it reached is
:mod:`cleaner.figurelogic`'s).
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from cleaner.counts import MEASURE_WORD
from cleaner.quantities import DIGIT_SHAPED_LETTERS, NAMING_LETTERS

_UNIT = r"(?:万亿|亿|万)?(?:[元个名人家所项户座处吨亩%\uff05])"
# The measure words a count closes its clause with, read after a naming letter (座 names a
# building's block: B2座、B3座).
_COUNT_CLOSING = "元个名人家所项户处吨亩场辆台套支批"
# Words a figure can be before 万元 / 亿元 without digits: 数亿元, 上万元, 近亿元, 每万元, 单位万元.
_NOT_BEFORE_MULTIPLIER = "数上近几多百千万十两一二三四五六七八九零〇余亿过超逾每位约整"
_CN_NUMERAL = "一二三四五六七八九十百千万两零〇几数半"
_PATTERNS = (
    (regex.compile(r"(?<![\d.])\d++(?:\.\d++)?[%\uff05]\s?+个百分点"), "percentage also given in percentage points"),
    (regex.compile(rf"(?<=\p{{Han}})(?<![{_CN_NUMERAL}])[%\uff05]"), "percent sign with no figure before it"),
    (regex.compile(r"(?:提高|下降|降低|增加|上升|回落|扩大|缩小|高出|增长|减少|低于|高于)了?+个百分点"),
     "percentage points with no figure before them"),
    (regex.compile(rf"(?<=\p{{Han}})(?<![{_NOT_BEFORE_MULTIPLIER}])[万亿]元(?=[\uff0c\u3002\uff1b\u3001]|资金)"),
     "amount with no figure before its unit"),
    (regex.compile(rf"(?<=\p{{Han}})(?:[Xx\uff38\u00d7]{{1,3}}+(?:\.[Xx\uff38\u00d7])?+|[\uff3f_*\uff0a]{{2,}}+)(?={_UNIT})"),
     "placeholder where a figure belongs"),
    (regex.compile(r"(?<![\d.\u00b7\u30fb])\d{1,3}[\u00b7\u30fb]\d{1,2}(?=[%\uff05万亿])|(?<![\d,])\d{1,3},\d{1,2}(?=[%\uff05])"),
     "decimal point written as another mark"),
    (regex.compile(rf"(?<=[\p{{Han}}\uff0c\u3001])(?:\d++[{DIGIT_SHAPED_LETTERS}]|[{DIGIT_SHAPED_LETTERS}]\d++)"
                   rf"(?=[\d万亿]?{_UNIT})"),
     "letter at the edge of a figure"),
    # Z S B also name things with a number (B2座, S1项目, 6S管理, 910B处理器): read for a digit
    # only where the count closes its clause (培训经办人员11Z名。 组织招聘会2S场，).
    (regex.compile(rf"(?<=[\p{{Han}}\uff0c\u3001])(?:\d++[{NAMING_LETTERS}]|[{NAMING_LETTERS}]\d++)"
                   rf"(?=[\d万亿]?(?:万亿|亿|万)?[{_COUNT_CLOSING}](?:[\uff0c\u3002\uff1b\u3001,;]|$))"),
     "letter at the edge of a figure"),
    # 满意率达到99.2。: a rate between 10 and 100 with nothing after it (no %, ‰, 个百分点, 分);
    # a ratio with no unit (容积率2.5, 汇率6.9) stays under 10, and power or frequency take a unit.
    (regex.compile(r"(?<=(?<![功频汇倍])率|比重|占比)(?:已?(?:达到|达|为|是|提高到|提升到|提高至|提升至|保持在|稳定在|超过|升至))"
                   r"(?:[1-9]\d(?:\.\d++)?|100(?:\.0++)?)(?=[\uff0c\u3002\uff1b\u3001,;]|$)"),
     "rate with no percent sign"),
)
# A measure word typed twice (12家家医院), unless the second one starts a word of its own
# (10个个体工商户, 5家家庭农场, 3所所属学校, 5名名医).
_DOUBLED_MEASURE = regex.compile(r"(?<![\d.])\d++([个家所项座处名户])\1")
_WORD_AFTER_MEASURE = {"个": "体人案性税", "家": "庭具电禽政属乡风长园用居畜", "所": "有属长在得以需辖",
                       "项": "目", "座": "谈", "处": "理置罚长室", "名": "医师校牌单称胜誉录额",
                       "户": "厕均通籍主型口内外头"}
# 名 counts people: before a group (成立5名督导组，) or a span of days (5名工作日内) it is another
# noun's measure word typed over. The group noun must close the clause ("5名督导组成员" counts people),
# and no verb or preposition may stand between (派3名同志到工作组，).
_PEOPLE_MEASURE_ON_OTHER = regex.compile(
    r"(?<![\d.])\d++名(?:个?工作日|(?:(?![到进入在为赴和及与成的从向])\p{Han}){1,4}?[组队](?=[\uff0c\u3002\uff1b\u3001,;\uff1a]))")
# A change given as a bare integer closing its clause (见习补贴标准提高10。) in a sentence that gives
# its other changes in percent: the percent sign is lost (a ratio with no unit is written 由2.5提高到3).
_CHANGE_BARE = regex.compile(r"(?:提高|增长|增加|下降|降低|减少|上升|提升|压减)了?+([1-9]\d?)(?=[\uff0c\u3002\uff1b,;]|$)")
_PERCENT_FIGURE = regex.compile(r"\d[%\uff05]")
# A change measured against a period (较上年增长3.5，同比下降12，) closing its clause with a bare
# figure, right after a level given with its measure word or unit (保护区10个，较上年增长3.5，):
# the change of a count or an amount is given in percent, points or the same unit, never bare.
# A level given bare is a ratio, an index or a table's cell (收入比为2.18，比上年下降0.05): its
# change is bare too.
_COMPARED_BARE = regex.compile(
    r"(?:同比|环比|[比较](?:上年|去年|上年同期|去年同期|上月|上季度))(?:分别)?"
    r"(?:增长|增加|下降|降低|减少|上升|提高|提升|上涨|回落)了?+(?:\d++(?:\.\d++)?)(?=[\uff0c\u3002\uff1b,;]|$)(?![\uff0c,]\d)")
# The level a compared change follows, closing the clause before it: a figure and what it counts.
_LEVEL_BEFORE = regex.compile(r"(?<![\d.])\d++(?:\.\d++)?(?:万|亿)?+(?P<unit>\p{Han}{1,2})[\uff0c,]\Z")
_UP = "增加|增长|提高|扩大|上升|提升|增至"
_DOWN = "减少|下降|降低|压减|缩减|缩小|减至|降至"
_FROM_TO = regex.compile(rf"由(\d++(?:\.\d++)?)({_UNIT})({_UP}|{_DOWN})[到至]?+(\d++(?:\.\d++)?)\2")


def _measured_level_before(line: str, at: int) -> bool:
    """Whether the clause before ``at`` closes with a figure and its measure word or unit."""
    m = _LEVEL_BEFORE.search(line, max(0, at - 16), at)
    return m is not None and MEASURE_WORD.match(m["unit"]) is not None


def slips(line: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, reason) of the figure slips of one line.

    >>> [line[s:e] for line in ["增长%，提高个百分点，安排亿元资金，完成XX万元，提高2.1%个百分点，增长12·5%。"]
    ...  for s, e, _ in slips(line)]
    ['2.1%个百分点', '%', '提高个百分点', '亿元', 'XX', '12·5']
    >>> [line[s:e] for line in ["由150家增加到120家，压缩至2个个工作日。"] for s, e, _ in slips(line)]
    ['2个个', '由150家增加到120家']
    >>> list(slips("扶持10个个体工商户、5家家庭农场，引进3名名医，改造100户户厕，惠及2600户户均增收。"))
    []
    >>> [line[s:e] for line in ["新增2600户户以上，成立5名督导组，在5名工作日内报告，补贴80%，留用的提高10。"]
    ...  for s, e, _ in slips(line)]
    ['2600户户', '5名督导组', '5名工作日', '提高10']
    >>> list(slips("由5名督导组成，派3名同志到工作组，5名督导组成员，容积率由2.5提高到3，人数增长8%。"))
    []
    >>> list(slips("增长6.5%，提高2.1个百分点，投资数亿元，由120家增加到150家，P<0.05，3·15晚会，O2O模式。"))
    []
    >>> [line[s:e] for line in ["保护区40个，较上年增长15.4，约谈22家，同比下降12。收入比为2.18，比上年下降0.05。"]
    ...  for s, e, _ in slips(line)]
    ['较上年增长15.4', '同比下降12']
    >>> [line[s:e] for line in ["群众满意率达到99.2。容积率为2.5，汇率为68，覆盖率达到96%，及格率为60分。"] for s, e, _ in slips(line)]
    ['达到99.2']
    """
    for pattern, reason in _PATTERNS:
        for m in pattern.finditer(line):
            yield m.start(), m.end(), f"{reason}: {m.group()}"
    for m in _DOUBLED_MEASURE.finditer(line):
        nxt = line[m.end():m.end() + 1]
        if not nxt or nxt not in _WORD_AFTER_MEASURE[m[1]]:
            yield m.start(), m.end(), f"measure word typed twice: {m.group()}"
    for m in _PEOPLE_MEASURE_ON_OTHER.finditer(line):
        yield m.start(), m.end(), f"名 counts people, not what follows it: {m.group()}"
    compared = [m.span() for m in _COMPARED_BARE.finditer(line) if _measured_level_before(line, m.start())]
    for start, end in compared:
        yield start, end, f"change against a period with no unit: {line[start:end]}"
    for m in _CHANGE_BARE.finditer(line):
        if any(s <= m.start() < e for s, e in compared):
            continue
        sentence = line[line.rfind("\u3002", 0, m.start()) + 1:m.start()]
        if _PERCENT_FIGURE.search(sentence):
            yield m.start(), m.end(), f"change with no unit in a sentence that gives its changes in percent: {m.group()}"
    for m in _FROM_TO.finditer(line):
        a, b, up = float(m[1]), float(m[4]), regex.fullmatch(_UP, m[3]) is not None
        if (a > b and up) or (a < b and not up):
            yield m.start(), m.end(), f"the change contradicts its own figures: {m.group()}"
