"""A figure whose unit measures another kind of quantity than the noun it is the value of.

Helper of :func:`cleaner.rules.figure.flag_figure_slips`: the noun right before a figure (past
the link words 达到, 为, 共, 累计 …) says what kind of quantity it is: an amount of money (收入,
资金, 产值), an area (面积), a length (里程, 长度), a number of people (人数, 人口). The unit
after the figure says it too. When the two name different kinds (造林面积12.5万元, 道路总里程
120亿元, 参保人数120万元, 旅游收入35万人次) a unit was typed from a neighbouring figure or a
template: flag, never fix. A noun of money counted in loans or projects (贷款1200笔, 资金12个
项目) takes a measure word, not a unit of another kind, so only units of a physical kind or of
money count here.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

# Each kind: the nouns whose value it is (the noun's last characters), and its units.
_KINDS = {
    # not the nouns that are verbs too (投资, 补贴, 补助, 支出, 融资: 适配补贴4万人 subsidised people)
    "money": (("收入", "金额", "资金", "经费", "产值", "总值", "增加值", "税收", "营业额", "销售额", "预算", "存款",
               "费用", "工资", "利润", "营收", "成交额", "交易额", "贸易额", "进出口额", "出口额", "进口额"),
              ("元", "美元", "欧元", "港元", "日元")),
    "area": (("面积",), ("平方公里", "平方千米", "平方米", "公顷", "亩")),
    "length": (("里程", "长度", "总长"), ("公里", "千米", "米")),
    "people": (("人数", "人口"), ("人", "名")),
}
# A unit of people counts visits too (人次); the units of one kind, longest first.
_UNIT_KIND = {unit: kind for kind, (_, units) in _KINDS.items() for unit in units} | {"人次": "people"}
_NOUN_KIND = {noun: kind for kind, (nouns, _) in _KINDS.items() for noun in nouns}
_LINK = r"(?:(?:已|共|累计|均|总计|合计)?+(?:达到|达|为|是|约|近|超过|突破|完成|实现|共|计)?+)"
_NOUN = "|".join(sorted(_NOUN_KIND, key=len, reverse=True))
_UNIT = "|".join(sorted(_UNIT_KIND, key=len, reverse=True))
_SAY = {"money": "an amount of money", "area": "an area", "length": "a length", "people": "a number of people"}
_VALUE = regex.compile(rf"(?P<noun>{_NOUN}){_LINK}(?P<fig>\d++(?:\.\d++)?(?:万亿|亿|万|千)?)(?P<unit>{_UNIT})")


def slips(line: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, reason) of each figure of ``line`` whose unit measures another kind than its noun.

    >>> line = "完成造林面积12.5万元，道路总里程达到120亿元，参保人数达到120万元，实现旅游收入35万人次。"
    >>> [line[s:e] for s, e, _ in slips(line)]
    ['面积12.5万元', '里程达到120亿元', '人数达到120万元', '收入35万人次']
    >>> list(slips("完成投资12亿元，改造面积3.5万平方米，道路里程12公里，参保人数120万人，适配补贴4万人。"))
    []
    """
    for m in _VALUE.finditer(line):
        noun, unit = _NOUN_KIND[m["noun"]], _UNIT_KIND[m["unit"]]
        if noun != unit:
            yield m.start(), m.end(), (f"{m['noun']} is {_SAY[noun]}, but its figure {m['fig']}{m['unit']} "
                                       f"is {_SAY[unit]}: a unit slipped")

