"""figure, round 13: shares of one enumeration over 100% worded 占比达, a bare Chinese-numeral count closing its item among siblings that keep their
measure word, a bare count with 余/多 closing its item, a share written 百分之108 or named 满意度,
a paragraph opening with 其中 whose total closes the paragraph before, and the parts of a
"其中：" list running on over ；.

Must-flag rows give the span the flag covers; must-not-flag rows are real document shapes that
look like the defect (three industries 一、二、三产业, a lunar date, the party congress, a budget
sentence whose ；-clause states a change, a 其中 paragraph of another unit or that adds up). The
last tests run the whole pipeline on a small document.
"""

from __future__ import annotations

import pytest

from cleaner.pipeline import clean
from cleaner.rules import figure

MUST_FLAG = [
    # a Chinese-numeral count closing its item, its siblings keep 个 / 名
    (figure.flag_missing_measure_words, "新建村卫生室十二个、文化广场十八、农家书屋十五个。", "十八"),
    (figure.flag_missing_measure_words, "选派驻村干部三十五、科技特派员二十名、技术骨干十二名。", "三十五"),
    # a Chinese-numeral count right before a noun counted with a measure word
    (figure.flag_missing_measure_words, "组织三十五基层干部参加培训。", "三十五基层干部"),
    (figure.flag_missing_measure_words, "培训三百余基层干部。", "三百余基层干部"),
    # a bare count with 余 closing its item, its sibling keeps 个
    (figure.flag_missing_measure_words, "累计走访企业300余、发现问题86个，整改到位80个。", "300余"),
    (figure.flag_missing_measure_words, "共检查经营户约１２００，发现问题１２６个，整改到位１１８个。", "１２００"),
    # a count right after a noun counted with a measure word, then a verb
    (figure.flag_missing_measure_words, "组织基层干部150参加培训，考核合格145人。", "150参加培训"),
    (figure.flag_missing_measure_words, "志愿者86赴一线服务。", "86赴一线服"),
    # a share written with 百分之 and Arabic digits, a satisfaction rate
    (figure.flag_impossible_percentages, "村级站点覆盖率达百分之108。", "覆盖率达百分之108"),
    (figure.flag_impossible_percentages, "群众满意度达到105%，居全省前列。", "满意度达到105%"),
    # the level in the next clause; a percentage with 的 before a rate with a modifier
    (figure.flag_impossible_percentages, "家庭医生签约率同比提高3.5个百分点，达到103.5%。", "签约率同比提高3.5个百分点，达到103.5%"),
    (figure.flag_impossible_percentages, "重点区域实现了112%的网络覆盖率。", "112%的网络覆盖率"),
    # 其中 opening a paragraph: its total closes the paragraph before
    (figure.flag_parts_exceeding_total,
     "（一）加大资金投入。累计筹集资金6850万元。\n其中：中央资金2400万元；省级补助3650万元；市级配套1200万元。", "1200万元"),
    (figure.flag_parts_exceeding_total,
     "全年下达项目资金２８５０万元。\n其中中央资金１２００万元，省级补助９５０万元，县级自筹１１００万元。", "１１００万元"),
    # a 其中： list whose parts run on over ；
    (figure.flag_parts_exceeding_total, "全县共有学校80所，其中：城区学校30所；农村学校60所。", "60所"),
    # parts in brackets right after their total, or after 包括
    (figure.flag_parts_exceeding_total, "新建学校12所（小学8所、初中6所）。", "6所"),
    (figure.flag_parts_exceeding_total, "新建学校12所，包括小学8所、初中6所。", "6所"),
    # a total after its parts that they do not add up to
    (figure.flag_parts_exceeding_total, "新建医院12家、诊所9家，合计18家。", "12家、诊所9家，合计18家"),
    (figure.flag_parts_exceeding_total, "中央资金１２００万元，省级补助９５０万元，县级自筹７００万元，总计投入资金２４５０万元。",
     "１２００万元，省级补助９５０万元，县级自筹７００万元，总计投入资金２４５０万元"),
    # shares of one enumeration over 100%, worded 占比达
    (figure.flag_figure_slips, "培训农民工12.5万人次，其中女性占比达56%、男性占比达52%。", "其中女性占比达56%、男性占比达52%"),
]

MUST_NOT_FLAG = [
    # Chinese numerals that are no counts: the three industries, a lunar date, the party congress
    (figure.flag_missing_measure_words, "推进一、二、三产业融合发展，建成示范园3个。"),
    (figure.flag_missing_measure_words, "腊月二十、正月初八分别举办活动2场。"),
    (figure.flag_missing_measure_words, "学习贯彻党的二十大、十九届六中全会精神，举办培训班12期。"),
    (figure.flag_missing_measure_words, "分别提高十五、二十个百分点，新建学校３所。"),
    # numerals in names before a counted noun or a place: a village, a congress, a plan, a ranking
    (figure.flag_missing_measure_words, "考察十八洞村，学习贯彻二十大精神，推进十四五规划，评选十佳志愿者。"),
    (figure.flag_missing_measure_words, "全市五十强企业，二十年来企业发展迅速，共有二十个乡镇、培训二十名干部。"),
    # figures sharing the measure word of the last, with 余; years; tallies
    (figure.flag_missing_measure_words, "分别培训300余、500余人次，2022、2023年连续两年获评先进。"),
    (figure.flag_missing_measure_words, "年度考核结果为5优3良1合格，第1、2、3批次项目全部完工。"),
    # a counted noun before a figure that is a year, a hotline, a rank, a floor, a group or a name
    (figure.flag_missing_measure_words, "项目2023年开工，干部1对1帮扶，学生8小时在校，村2组村民受益。"),
    (figure.flag_missing_measure_words, "全县企业30强名单公布，社区3号楼改造，学校1000米范围内禁止设点，医院3楼病房。"),
    (figure.flag_missing_measure_words, "医院120急救车辆24小时待命，群众12345热线反映问题，企业5G应用场景12个。"),
    # a rate that can pass 100%, a relative change of a satisfaction rate, a score, a twice-marked sign
    (figure.flag_impossible_percentages, "年度投资计划完成率达到百分之112，税收收入增长率为103%。"),
    (figure.flag_impossible_percentages, "群众满意度达95.6分，知晓度达到98%，满意度比上年提高105%。"),
    (figure.flag_impossible_percentages, "覆盖率达到百分之九十八点五，占比提高到百分之15%。"),
    # the next clause: a ratio to last year, a growth after the level, another subject
    (figure.flag_impossible_percentages, "签约率为95%，为上年的112%；签约率比上年提高3个百分点，为上年的112%。"),
    (figure.flag_impossible_percentages, "覆盖率稳步提升，达到98%，同比增长120%；覆盖率达到95%，达标单位增加120%。"),
    # shares of their own wholes (a provincial report), in clauses of their own; rates listed with 分别
    (figure.flag_figure_slips, "炼焦先进产能占比达到100%，炼铁、炼钢先进产能占比分别达到64.3%、62.3%。"),
    (figure.flag_figure_slips, "新增能耗、新增工业用地支持民间投资项目比重分别为99.3%、93.8%、84.6%。"),
    (figure.flag_figure_slips, "网上办理占85%，好评占98%；城镇人口占58%，农村人口占52%。"),
    (figure.flag_figure_slips, "小学、初中巩固率分别为99.5%、98.6%，城镇和农村居民收入分别增长8.5%、96%。"),
    # the budget sentence of a report: after ； the clause states a change (a new statement)
    (figure.flag_parts_exceeding_total,
     "今年拟安排财政赤字1.62万亿元。其中，中央财政赤字1.12万亿元，增加1700亿元；地方财政赤字5000亿元，增加1000亿元。"),
    (figure.flag_parts_exceeding_total, "全县共有学校80所，其中：城区学校30所；农村学校40所；全年新增学位3000个。"),
    # a 其中 paragraph that adds up, one of another unit, one after a change, a note
    (figure.flag_parts_exceeding_total,
     "全年下达项目资金２８５０万元。\n其中：中央资金1200万元，省级补助950万元，县级自筹700万元。"),
    (figure.flag_parts_exceeding_total, "全年新建学校12所。\n其中：城区学校投资6000万元，农村学校投资9000万元。"),
    (figure.flag_parts_exceeding_total,
     "全年下达项目资金2850万元，比上年增加500万元。\n其中：中央资金1200万元，增加300万元；省级补助950万元。"),
    (figure.flag_parts_exceeding_total, "全市有学校45所。\n其中说明：农村学校占多数，共50个教学点"),
    # totals after parts that hold: the sum, a list left open, a total counting more, another unit, a change
    (figure.flag_parts_exceeding_total, "中央资金1200万元、省级补助950万元、县级自筹700万元，共计2850万元。"),
    (figure.flag_parts_exceeding_total, "医院12家、诊所9家等，共计25家；一等奖3名、二等奖5名，共表彰先进个人20名。"),
    (figure.flag_parts_exceeding_total, "新建学校3所、幼儿园5所，共投资2450万元；城区增加30所、农村增加60所，共80所。"),
    (figure.flag_parts_exceeding_total, "培训300余人、500余人，共计600人；人均12.5万元、户均8万元，合计20万元。"),
    # brackets after a total holding one figure, other periods or targets, a sub-part, parts that fit
    (figure.flag_parts_exceeding_total, "总投资1200万元（原计划1500万元），新建学校12所（含教学点3所）。"),
    (figure.flag_parts_exceeding_total, "完成投资1200万元（上年同期1000万元、前年900万元），新建学校12所（小学5所、初中6所）。"),
    # a line opening with 其中 under a heading that ends no sentence
    (figure.flag_parts_exceeding_total, "一、资金投入情况\n其中：中央资金1200万元，省级补助950万元。"),
]


@pytest.mark.parametrize(("rule", "text", "span"), MUST_FLAG)
def test_flags_malformed_figure(rule, text, span):
    assert span in [text[f.start:f.end] for f in rule(text)]


@pytest.mark.parametrize(("rule", "text"), MUST_NOT_FLAG)
def test_leaves_real_figures_alone(rule, text):
    assert [text[f.start:f.end] for f in rule(text)] == []


def _figure_flags(doc: str) -> list[str]:
    c = clean(doc)
    return [f.before for f in c.findings if f.rule.startswith("figure.")]


def test_pipeline_flags_fullwidth_and_chinese_numeral_siblings():
    doc = ("某县文化广电旅游局2023年工作总结\n"
           "一、基层文化设施建设\n"
           "全年新建村级文化活动室十二个、文化广场十八、农家书屋十五个。"
           "检查文化经营单位１２６家、网吧３４０、印刷企业８６家。\n"
           "二、资金保障\n"
           "全年下达专项资金６８５０万元。\n"
           "其中：中央资金４２００万元；省级补助３１００万元。\n")
    flags = _figure_flags(doc)
    assert "十八" in flags and "340" in flags and "3100万元" in flags


def test_pipeline_leaves_a_report_of_real_figures_alone():
    doc = ("某县农业农村局2023年工作总结\n"
           "一、产业发展\n"
           "推进一、二、三产业融合发展，建成示范园３个、家庭农场１２６家。"
           "腊月二十、正月初八分别举办农民丰收活动２场，群众满意度达到９６．５％。\n"
           "二、资金保障\n"
           "全年下达项目资金２８５０万元。\n"
           "其中：中央资金１２００万元；省级补助９５０万元；县级自筹７００万元。\n")
    assert _figure_flags(doc) == []
