"""figure, round 4: shapes of malformed figures decided by their form, not by TUNE wording.

Must-flag rows (the span the flag covers) and must-not-flag rows (correct figures that share
the shape: units that are 万 + a unit, years ending a sentence, averages, bounds, names).
"""

from __future__ import annotations

import pytest

from cleaner.counts import Clauses
from cleaner.quantities import QUANTITY, breakdowns, read_quantity
from cleaner.rules import figure

MUST_FLAG = [
    # two multipliers stacked where one belongs
    (figure.flag_broken_numbers, "拟发行长期建设国债800亿万元，", "800亿万元"),
    (figure.flag_broken_numbers, "用于这些方面的支出987亿千万元。", "987亿千万元"),
    (figure.flag_broken_numbers, "城镇新增就业5771万百人，", "5771万百人"),
    # a decimal point doubled or typed as a full stop
    (figure.flag_broken_numbers, "财政收入增加到8..31万亿元。", "8..31"),
    (figure.flag_broken_numbers, "共计28\uff0e\uff0e5公里，", "28\uff0e\uff0e5"),
    (figure.flag_broken_numbers, "失业率控制在4\u30026%以内；", "4\u30026"),
    (figure.flag_broken_numbers, "占比提高2\u30025个百分点。", "2\u30025"),
    # a fraction of machines, vehicles or sets
    (figure.flag_broken_numbers, "购置救护车3.5辆，", "3.5辆"),
    (figure.flag_broken_numbers, "新增设备12.5台。", "12.5台"),
    # digit groups before a bare multiplier
    (figure.flag_broken_numbers, "农村贫困人口减少2\uff0c90万。", "2\uff0c90"),
    (figure.flag_broken_numbers, "现有12,60万农村户籍孩子", "12,60"),
    # shares above 100% written out, in full-width digits, spaced
    (figure.flag_impossible_percentages, "城镇化率从百分之一百五十三提高到51.5%", "镇化率从百分之一百五十三"),
    (figure.flag_impossible_percentages, "办结率达到百分之一百三十六，", "办结率达到百分之一百三十六"),
    (figure.flag_impossible_percentages, "合格率达到\uff11\uff10\uff18\uff05。", "合格率达到\uff11\uff10\uff18\uff05"),
    (figure.flag_impossible_percentages, "覆盖率达 112 %。", "覆盖率达 112 %"),
    (figure.flag_impossible_percentages, "占全国的百分之一百一十一以上。", "占全国的百分之一百一十一"),
    # parts: a 其中 in its own sentence, other multipliers, separators; whole counts sum exactly
    (figure.flag_parts_exceeding_total, "总投资6850万元。其中市级1.2亿元。", "1.2亿元"),
    (figure.flag_parts_exceeding_total, "奖励金额共计30万元。其中市级510,000元。", "510,000元"),
    (figure.flag_parts_exceeding_total, "新增建筑企业23家，其中：一类15家，二类7家，三类9家。", "9家"),
    (figure.flag_parts_exceeding_total, "高速公路达到\uff12\uff0e\uff15\uff12万公里。其中新建3.6万公里。", "3.6万公里"),
    # measure words lost: a unit sibling in one enumeration, a counting verb, a noun that looks like a measure
    (figure.flag_missing_measure_words, "建成3个站点、12公里管网和5泵站。", "5泵站"),
    (figure.flag_missing_measure_words, "再开工15重大水利工程，", "15重大水利"),
    (figure.flag_missing_measure_words, "颁布了外资银行管理条例等29行政法规。", "29行政法规"),
    (figure.flag_missing_measure_words, "新开12门店，", "12门店"),
    (figure.flag_missing_measure_words, "组建城市医疗集团2个，下沉专家126，开展远程会诊1850例。", "126"),
    (figure.flag_missing_measure_words, "重点村15个、重点镇5个，培育精品民宿120，", "120"),
]

MUST_NOT_FLAG = [
    # 万千瓦, 亿千克: 万 + a unit; 千万, 百万, 万亿 are multipliers
    (figure.flag_broken_numbers, "新增装机120万千瓦，储量3亿千克，投资2千万元，赤字1.2万亿元，筹资5百万元。"),
    # a year ending a sentence, a date with stops, a version, a clause number
    (figure.flag_broken_numbers, "目标到2025\u30023倍于现在的产能。"),
    (figure.flag_broken_numbers, "于2021\u30023\u300229召开。"),
    (figure.flag_broken_numbers, "依据GB50016第3.2.1条，升级至3.1.2版。"),
    # averages of machines: a fraction is fine
    (figure.flag_broken_numbers, "每百户拥有汽车21.5辆，每千人口床位5.5张。"),
    # valid groups before a multiplier
    (figure.flag_broken_numbers, "累计1,234万元，共2,345万人。"),
    # shares at or below 100%, uncapped rates written out, changes
    (figure.flag_impossible_percentages, "覆盖率达到百分之九十五，完成率为百分之一百二十，增长率达百分之一百五十。"),
    (figure.flag_impossible_percentages, "覆盖率比上年提高百分之一百二十。"),
    # parts of a bound, parts that add up, a malformed total pointed at elsewhere
    (figure.flag_parts_exceeding_total, "提供就业岗位不少于3000个。其中农村地区5048个。"),
    (figure.flag_parts_exceeding_total, "共有医院30家，其中公办18家、民办12家。"),
    (figure.flag_parts_exceeding_total, "全区现有医疗卫生机构28.6家，其中医院12家、村卫生室158家。"),
    # hotlines, names, a list in one clause without an enumeration
    (figure.flag_missing_measure_words, "拨打120，急救电话110，优化365展贸网。"),
    (figure.flag_missing_measure_words, "国家发展改革委等12部门联合印发通知。"),
    (figure.flag_missing_measure_words, "玉树3县5乡“大电网”建设。"),
]


def _span(rule, text):
    return [text[f.start:f.end] for f in rule(text)]


@pytest.mark.parametrize("rule,text,span", MUST_FLAG, ids=lambda v: getattr(v, "__name__", None))
def test_flags_the_span(rule, text, span):
    assert span in _span(rule, text)


@pytest.mark.parametrize("rule,text", MUST_NOT_FLAG, ids=lambda v: getattr(v, "__name__", None))
def test_raises_nothing(rule, text):
    assert _span(rule, text) == []


def test_full_width_decimal_point_reads_whole():
    q = read_quantity(QUANTITY.search("其中高速公路由\uff14\uff17\uff17\uff11公里增加到\uff12\uff0e\uff15\uff12万公里"), 0)
    assert q.text == "\uff14\uff17\uff17\uff11公里"
    assert [read_quantity(m).value for m in QUANTITY.finditer("增加到\uff12\uff0e\uff15\uff12万公里")] == [25200.0]


def test_whole_counts_add_up_exactly():
    (bd,) = breakdowns("新增企业23家，其中一类15家，二类7家。")
    assert bd.total.tolerance == 0.0 and all(p.tolerance == 0.0 for p in bd.parts)


def test_unit_sibling_needs_an_enumeration():
    t = "建成12公里管网和5泵站，投入300万元建设365展贸网"
    c = Clauses(t)
    assert c.sibling_unit(t.index("5泵"), t.index("5泵") + 1) == "公里"
    assert c.sibling_unit(t.index("365"), t.index("365") + 3) == ""
