"""figure, round 9: the checks read figures in any numeral system, and parts listed with 分别为.

Must-flag rows give the span the flag covers in the raw text (the Chinese or full-width figure,
not its Arabic reading); must-not-flag rows hold right figures of the same systems, words that
look like numerals, and 分别为 lists that are no parts of the figure before them.
"""

from __future__ import annotations

import pytest

from cleaner.figurereader import cn_value, read_digits
from cleaner.pipeline import clean
from cleaner.rules import figure

MUST_FLAG = [
    # parts above their total, in Chinese numerals, full-width digits, digits with 〇
    (figure.flag_parts_exceeding_total, "村卫生室一百五十八家，其中新建二百一十家。", "二百一十家"),
    (figure.flag_parts_exceeding_total, "完成投资六千八百五十万元，其中省级补助九千二百万元。", "九千二百万元"),
    (figure.flag_parts_exceeding_total, "全市共有\uff11\uff15\uff18家，其中城区\uff12\uff11\uff10家。", "\uff12\uff11\uff10家"),
    (figure.flag_parts_exceeding_total, "新增市场主体2〇5户，其中企业3〇8户。", "3〇8户"),
    # a part in another scale than its total
    (figure.flag_parts_exceeding_total, "项目总投资1.2亿元，其中中央资金15800万元。", "15800万元"),
    # parts listed with 分别为 after named subjects, one above the total
    (figure.flag_parts_exceeding_total, "村卫生室158个，城区和农村分别为203个、21个。", "203个"),
    (figure.flag_parts_exceeding_total, "全市有学校45所，城区、农村分别是50所、15所。", "50所"),
    # a count that lost its measure word, in another numeral system
    (figure.flag_missing_measure_words, "完成1〇5村卫生室和12个站点建设。", "1〇5村"),
    (figure.flag_missing_measure_words, "推进\uff18\uff11医务人员下沉基层。", "\uff18\uff11医务人员"),
    # an implausible decimal in Chinese numerals
    (figure.flag_implausible_amounts, "总投资6850万元，其中省级补助二点四零零万元。", "二点四零零万元"),
]

MUST_NOT_FLAG = [
    (figure.flag_parts_exceeding_total, "全市三百二十五家医疗机构接入平台，其中乡镇卫生院一百零八家。"),
    (figure.flag_parts_exceeding_total, "全年共有\uff11\uff12\uff13\uff14家企业参与，其中小微企业\uff19\uff18\uff16家。"),
    (figure.flag_parts_exceeding_total, "项目总投资1.2亿元，其中省级补助3500万元、市级配套2800万元。"),
    (figure.flag_parts_exceeding_total, "全市有学校45所，城区和农村分别为30所、15所。"),
    (figure.flag_parts_exceeding_total, "去年新增企业100家，今明两年分别为120家、150家。"),
    (figure.flag_parts_exceeding_total, "新建8个，改建4个，两类项目分别为12个、9个。"),
    (figure.flag_parts_exceeding_total, "两批补助标准分别为每户1.5万元和2万元，较上年分别提高300元和500元。"),
    (figure.flag_missing_measure_words, "深入学习党的二十大精神，十分重要，万一出现问题，一是抓落实，十三五期间。"),
    (figure.flag_missing_measure_words, "全市一百零八家医院，每年三百六十五天，第三百二十条，二〇二一年以来。"),
    (figure.flag_implausible_amounts, "登记金额三点五亿元，累计检测十二点五万人次。"),
]


@pytest.mark.parametrize(("rule", "text", "span"), MUST_FLAG)
def test_flags_figure_in_any_system(rule, text, span):
    assert span in [text[f.start:f.end] for f in rule(text)]


@pytest.mark.parametrize(("rule", "text"), MUST_NOT_FLAG)
def test_leaves_right_figures(rule, text):
    assert list(rule(text)) == []


@pytest.mark.parametrize(("numeral", "value"), [("三百二十五", 325), ("一千零五", 1005), ("两千", 2000),
                                                 ("一万二千", 12000), ("三百五", None), ("十三五", None),
                                                 ("一二三", None), ("千万", None), ("万一", None)])
def test_cn_value(numeral, value):
    assert cn_value(numeral) == value


def test_view_maps_back_to_the_raw_figure():
    text = "新建三百二十五乡镇卫生院，改造\uff11\uff12家"
    view = read_digits(text)
    assert view.text == "新建325乡镇卫生院，改造12家"
    a, b = view.raw_span(view.text.index("325"), view.text.index("325") + 3)
    assert text[a:b] == "三百二十五"


def test_pipeline_flags_chinese_part_and_keeps_text():
    raw = "标题\n村卫生室一百五十八家，其中新建二百一十家。"
    done = clean(raw, "t")
    assert done.text == raw
    flags = [(step.rule, raw[f.start:f.end]) for step in done.steps for f in step.flags]
    assert ("figure.flag_parts_exceeding_total", "二百一十家") in flags
