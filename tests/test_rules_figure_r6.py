"""figure, round 6: figures their own words contradict or leave empty (an empty template
field, a placeholder, a percentage also in points, a decimal point typed as a middle dot,
a letter at a figure's edge, a measure word typed twice, a change against its figures).

Must-flag rows (the span the flag covers) and must-not-flag rows (correct text of the same shape).
"""

from __future__ import annotations

import pytest

from cleaner.rules import figure

MUST_FLAG = [
    ("全年同比增长%，", "%"),
    ("比上年提高个百分点。", "提高个百分点"),
    ("今年安排亿元资金支持再就业。", "亿元"),
    ("完成投资XX万元，", "XX"),
    ("培训＿＿人。", "＿＿"),
    ("增长××%。", "××"),
    ("比上年提高2.1%个百分点。", "2.1%个百分点"),
    ("失业率控制在4·6%以内。", "4·6"),
    ("增长12,5%。", "12,5"),
    ("中央财政安排15o亿元，", "15o"),
    ("招聘I20名医生。", "I20"),
    ("压缩至2个个工作日以内。", "2个个"),
    ("卫生技术人员由3836人减少到3860人。", "由3836人减少到3860人"),
    ("医院由150家增加到120家。", "由150家增加到120家"),
    ("改扩建机场33个，比上年新增54个。", "33个，比上年新增54个"),
]

MUST_NOT_FLAG = [
    "增长6.5%，提高2.1个百分点，提高两个百分点，提高了几个百分点。",
    "投资数亿元，补助上万元，近亿元资金，每万元国内生产总值，单笔超过万元的支出。",
    "由120家增加到150家，由80人减少到60人，达到120家，比上年增加15家。",
    "第12、13条，咨询电话0571-12345678，8:30-17:00，2019—2021年，1,250万元。",
    "P<0.05，3·15晚会，9·11事件，O2O模式，5G基站，4A级景区，2.0版。",
    "扶持10个个体工商户、5家家庭农场，引进3名名医，改造100户户厕，3所所属学校。",
    "百分之百，百分之八十，翻了一番，X光机2台，第X条。",
]


def _spans(text):
    return [text[f.start:f.end] for f in figure.flag_figure_slips(text)]


@pytest.mark.parametrize("text,span", MUST_FLAG)
def test_flags_the_span(text, span):
    assert span in _spans(text)


@pytest.mark.parametrize("text", MUST_NOT_FLAG)
def test_raises_nothing(text):
    assert _spans(text) == []
