"""Punctuation and quotation marks, round 14: shapes of the marks family the seeds never showed.

A quotation nested in a quotation typed with straight marks (“要坚持"放管服"，做实。”) gets ‘ ’;
an empty pair of quotation marks left beside a quotation goes; a range written with the tilde
operator ∼ gets ～. Every row runs the whole pipeline. The must-not-change rows come first: real
document shapes that share the marks (English text, code, values, a legal quotation over several
paragraphs, a form's empty blank “”, two quotations joined by 和).
"""

from __future__ import annotations

import pytest

from cleaner.pipeline import clean

HEAD = "江岭市卫生健康委员会关于做好2021年重点工作的通知\n各县（市）区卫健局：\n"


def _body(text: str) -> str:
    return clean(HEAD + text + "\n", "t").text.split("\n", 2)[2].rstrip("\n")


MUST_NOT_CHANGE = [
    "宣传片的英文标语为“Don't wait, act now...”，受到普遍好评。",  # English quotation: apostrophe, comma, ellipsis
    "意见建议请发送至zhengwu@jl.gov.cn，查询网址为https://www.example.gov.cn/a?id=3&t=1。",
    "系统已升级至v2.1.3版本，每日14:30后共处理1,000余件申请，增长3.5%。",
    "测绘成果比例尺为1:500，公文格式执行GB/T 9704-2012标准。",
    "调用接口时传入参数{\"name\": \"张三\", \"id\": 12}即可。",  # code
    "第八条修改为：\n“一、建立健全工作责任制，明确各级各部门的职责。\n“二、对违反规定的，依法依规追究相关责任。”",
    "请在“”内打√，并在“”中填写单位名称。",  # a form's blanks: an empty pair alone stays
    "推进“放管服”和“最多跑一次”改革，落实“一网通办”要求。",
    "会议强调：“要坚持‘两个毫不动摇’，把各项工作做细做实。”",  # already right
    "坐标为东经120°10'20\"，采购27\"显示器20台。",  # minutes, seconds, inches
    "会议指出，“要坚持‘两个毫不动摇’。",
    "推进“放管服”?改革",
    "选用长12''宽8''的板材。",
    "他指出：“要加强领导。\n“要完善制度。\n“要压实责任。”",  # a quotation of three paragraphs  # inches after figures, no quotation
    "会议传达了《关于印发〈基层减负十条措施〉的通知》精神。",  # a single 〈〉 inside 《》 is right  # a ? after a quotation that asks nothing: a lost character, left for the garbled flag  # the “ lost its ”: the nested ‘ ’ is no slip (flagged, not changed)
    "中国—东盟合作论坛如期举办，教育、医疗……各项事业全面发展。",  # a connecting dash with a word on its left
    "办理时限为3-5个工作日，数学表达式a∼b仅为示意。",  # a hyphen range stays; ∼ between letters is maths
]


@pytest.mark.parametrize("text", MUST_NOT_CHANGE)
def test_must_not_change(text):
    assert _body(text) == text


MUST_FIX = [
    ("会议强调：“要始终坚持\"放管服\"，把各项工作做细做实。”",
     "会议强调：“要始终坚持‘放管服’，把各项工作做细做实。”"),
    ("会议强调：\"要始终坚持\"两个毫不动摇\"，把各项工作做细做实。\"",
     "会议强调：“要始终坚持‘两个毫不动摇’，把各项工作做细做实。”"),
    ("推进“”“放管服”改革，优化营商环境。", "推进“放管服”改革，优化营商环境。"),
    ("推进“放管服“””改革，优化营商环境。", "推进“放管服”改革，优化营商环境。"),
    ("对残疾高校毕业生实行“一人一档”“”“一人一策”精准帮扶。", "对残疾高校毕业生实行“一人一档”“一人一策”精准帮扶。"),
    ("每个片区配备3∼6名网格员。", "每个片区配备3～6名网格员。"),
    ("审批时限压缩至3 ~ 5个工作日。", "审批时限压缩至3～5个工作日。"),
    ("他说：“要落实‘放管服\"改革要求”。", "他说：“要落实‘放管服’改革要求”。"),
    ("群众关心的教育、医疗、养老. . .等民生领域都有新进展。", "群众关心的教育、医疗、养老……等民生领域都有新进展。"),
    ("主要指标:GDP增长6%,CPI涨幅3%左右。", "主要指标：GDP增长6%，CPI涨幅3%左右。"),
    ("第八条修改为：\n\"一、加强领导。\n\"二、完善制度。\"", "第八条修改为：\n“一、加强领导。\n“二、完善制度。”"),
    ("他强调“要压实工作责任。“", "他强调“要压实工作责任。”"),
    ("他强调”要压实工作责任。”", "他强调“要压实工作责任。”"),
    ("畅通``12393''热线。", "畅通“12393”热线。"),
    ("贯彻〈〈中国制造2025〉〉要求。", "贯彻《中国制造2025》要求。"),
    ("群众问“怎么办”?我们逐一作了答复。", "群众问“怎么办”？我们逐一作了答复。"),
    ("—2003年3月5日在第十届全国人民代表大会第一次会议上", "——2003年3月5日在第十届全国人民代表大会第一次会议上"),
]


@pytest.mark.parametrize(("raw", "fixed"), MUST_FIX)
def test_must_fix(raw, fixed):
    assert _body(raw) == fixed


def test_two_quotations_side_by_side_keep_their_reading():
    """“放管服"、"最多跑一次”: the straight marks between two quotations close and open them."""
    assert _body("推进“放管服\"、\"最多跑一次”改革。") == "推进“放管服”、“最多跑一次”改革。"


def _flags(text: str) -> list[str]:
    return [f.before for f in clean(HEAD + text + "\n", "t").findings if f.action == "flag"]


def test_odd_straight_quotes_are_flagged_not_guessed():
    text = '推进"放管服"改革，叫响"最多跑一次。'
    assert _body(text) == text
    assert any(b.startswith('"') for b in _flags(text))


def test_inches_and_a_paired_line_are_not_flagged():
    assert _flags('采购27"显示器20台，推进"放管服"改革。') == []
