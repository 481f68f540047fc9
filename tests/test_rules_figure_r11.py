"""figure, round 11: a part rounded more coarsely than its total, a facility named after a
place, and the shapes that must stay silent (a completion against a task, ratios that are no
percentage, tallies, names with digits, rounded totals). The round-11 review withdrew the
lost percent sign, the base-unit comparison, the odd-scale amounts and the decimal slip across
sentences: their must-flag rows are gone, their must-not-flag rows stay.

Must-flag rows give the span the flag covers; must-not-flag rows are real document shapes that
look like the defect. The last tests run the whole pipeline on a small document.
"""

from __future__ import annotations

import pytest

from cleaner.pipeline import clean
from cleaner.rules import figure

MUST_FLAG = [
    # a part rounded more coarsely than its total, still above it
    (figure.flag_parts_exceeding_total, "总投资12.5亿元，其中中央资金13亿元。", "13亿元"),
    # a count before a facility named after a place (the place modifies it)
    (figure.flag_missing_measure_words, "新建18乡镇卫生院，改造12个村卫生室。", "18乡镇"),
    # thousands separators before a compound unit
    (figure.flag_broken_numbers, "改造面积46,52平方公里。", "46,52"),
]

MUST_NOT_FLAG = [
    # ratios that are no percentage; a change as a multiple; an index level; a list sharing its sign
    (figure.flag_figure_slips, "容积率为2.5，绿地率35%。增长1.5倍，价格指数提高到105.6，增长12.6%。"),
    (figure.flag_figure_slips, "两项指标分别增长12、15%，占比分别为30%、35%。"),
    (figure.flag_figure_slips, "地区生产总值同比增长12.6%，增速比上年提高0.5个百分点。"),
    # a bare figure after a change word with no percentage anywhere to compare with
    (figure.flag_figure_slips, "签约项目增长12，总投资38亿元。"),
    # scores, levels reached, ratios written with a colon, clock times and article numbers
    (figure.flag_figure_slips, "满意度测评得分为92，综合评分提高到95，配套比例为1:1，增长12.6%。"),
    (figure.flag_figure_slips, "受理时间为8:30-17:00，依照本办法第12条，年度增长8.5%，比上年提高2个名次。"),
    # 占 a task, a plan or a budget is a completion, which may pass 100%
    (figure.flag_impossible_percentages, "落实资金3200万元，占全年任务的112%，占年度计划的105%。"),
    (figure.flag_impossible_percentages, "高中阶段毛入学率达到102.6%，粮食自给率达到118%。"),
    (figure.flag_impossible_percentages, "按照120%的标准发放补助，覆盖率达到95%。"),
    # a rounded total bounds a more precise part loosely; parts of another measure are no parts
    (figure.flag_parts_exceeding_total, "培训约1万人，其中农民工12000人。"),
    (figure.flag_parts_exceeding_total, "总面积3.6万平方米，其中绿化面积12000平方米、道路8600平方米。"),
    (figure.flag_parts_exceeding_total, "管网120公里，其中新建15000米，耕地3.2万亩，其中新增1500公顷。"),
    (figure.flag_parts_exceeding_total, "实施项目12个，总投资8.5亿元，其中中央资金3亿元、省级补助2.6亿元。"),
    (figure.flag_parts_exceeding_total, "全年空气质量优良天数312天，其中优128天、良184天。"),
    (figure.flag_parts_exceeding_total, "检测能力达20.9万管，其中移动1.4万管，固定19.5万管。"),
    # terse prose counting places; names with digits
    (figure.flag_missing_measure_words, "玉树3县5乡，全省16市州，3县区开展试点。"),
    (figure.flag_missing_measure_words, "群众可拨打12345政务服务便民热线，新建5G基站860个，G60科创走廊沿线企业全部接入。"),
    (figure.flag_missing_measure_words, "全县现有4A级旅游景区3家，双11期间快递业务量同比增长36%。"),
    (figure.flag_missing_measure_words, "评出5优3良1合格，排名全省第3位。"),
]


@pytest.mark.parametrize(("rule", "text", "span"), MUST_FLAG)
def test_flags_malformed_figure(rule, text, span):
    assert span in [text[f.start:f.end] for f in rule(text)]


@pytest.mark.parametrize(("rule", "text"), MUST_NOT_FLAG)
def test_leaves_right_figures(rule, text):
    assert [text[f.start:f.end] for f in rule(text)] == []


_DOC = ("江岭市2023年卫生健康工作总结\n"
        "一、主要成效\n"
        "全年地区卫生总费用增长8.5%，新建18乡镇卫生院，群众满意率达到99.2%。"
        "新建管网12公里，其中污水管网15000米。落实资金3200万元，占全年任务的112%。\n"
        "江岭市卫生健康委员会\n"
        "2023年12月28日")


def test_pipeline_flags_a_lost_measure_word_and_leaves_a_completion():
    cleaned = clean(_DOC)
    flagged = {f.before for f in cleaned.findings if f.action == "flag" and f.rule.startswith("figure.")}
    assert any(s.startswith("18") for s in flagged)
    assert "15000米" not in flagged
    assert not any("112%" in s for s in flagged)
    assert cleaned.text == _DOC


@pytest.mark.parametrize("text", [
    "全市人口520万人，其中城镇312万人、少数民族1200人。",
    "安排资金320万元、560万元和480万元，人均补助300元、户均1.2万元。",
    "对困难群众每户补助500元、每人补助200元、年度总额120万元。",
    "总投资6850万元，其中省级补助1800元。",
])
def test_leaves_amounts_of_other_scales(text):
    assert [text[f.start:f.end] for f in figure.flag_figure_slips(text)] == []
