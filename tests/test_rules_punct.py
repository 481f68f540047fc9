"""punct.widen_ascii_punctuation: (text_in, text_out) tables, must-not-change rows included."""

import pytest

from cleaner.rules import punct
from helpers import run_rule

FIX = [
    # seeds: ASCII punctuation throughout
    ("总投资46525万元,其中:开工建设项目7个", "总投资46525万元，其中：开工建设项目7个"),
    ("围绕“建设健康义乌”这一目标;找准定位", "围绕“建设健康义乌”这一目标；找准定位"),
    ("(一)全面强化党的理论武装。", "（一）全面强化党的理论武装。"),
    ("(1)加强监测", "（1）加强监测"),
    ("全力支援宿州(代写文章:微信:13258028938)、蚌埠等市", "全力支援宿州（代写文章：微信：13258028938）、蚌埠等市"),
    ("感染(COVID-19)患者", "感染（COVID-19）患者"),
    ("以上人群接种率95.65%,完成率109.5%", "以上人群接种率95.65%，完成率109.5%"),
    ("引导居民关注健康广元APP,提高健康档案应用率", "引导居民关注健康广元APP，提高健康档案应用率"),
    ("大力培育“医心党建”,不断扩大", "大力培育“医心党建”，不断扩大"),
    ('积极开展"清廉机关",健全机制', '积极开展"清廉机关"，健全机制'),
    ("胜利!", "胜利！"),
    ("发布时间:2021-03-24 14:29", "发布时间：2021-03-24 14:29"),
    ("怎么办?我们要", "怎么办？我们要"),
    ("重点工作?", "重点工作？"),
    ("为什么要这样做??", "为什么要这样做？？"),  # a run that closes a clause that asks
    # unpaired brackets in Chinese text (a lost numeral): widened alone
    (")统筹抓好“一老一小”健康服务", "）统筹抓好“一老一小”健康服务"),
    ("(二十提升计生协会服务能力", "（二十提升计生协会服务能力"),
    # the list-join residue: widened here, collapsed by a later rule
    ("签署合作框架协议。,", "签署合作框架协议。，"),
]

KEEP = [
    "发布时间：2021-03-24 14:29",  # time
    "会议于14:30开始",
    "比例尺1:1000",  # ratio between digits
    "共1,200人",  # thousands separator
    "增长5.25个百分点",  # decimal
    "详见http://www.lzq.gov.cn/a,b;c(d)",  # URL
    "邮箱：lilys@126.com,",  # e-mail address... the comma after it is Latin context
    "Copyright 2013 www.lzq.gov.cn All Rights Reserved",
    "Hello, world (test): yes; no!",  # English phrase
    "f(x) = a, b",
    "1.加强卫生健康法治建设。",  # level-3 outline marker
    "加强党风廉政建设、意识形态工作和支部建设",  # enumeration comma stays
    "国务院总理?李克强",  # a '?' for a lost character: left for the garbled flag
    "加强???建设",  # a run of '?' for lost characters, kept for the reviewer to see
    "超额完成年度目????务，分流职工",
    "推进政府机构改革??。",  # a run that closes a clause asking nothing
    "行政&nbsp;审批",  # HTML entity left in text
    "已经是全角，标点：（一）",  # already full-width
    "",
]


@pytest.mark.parametrize("text_in,text_out", FIX)
def test_widens(text_in, text_out):
    assert run_rule(punct.widen_ascii_punctuation, text_in) == text_out


@pytest.mark.parametrize("text", KEEP)
def test_must_not_change(text):
    assert run_rule(punct.widen_ascii_punctuation, text) == text


def test_parentheses_never_come_out_half_converted():
    for text in ["(1)加强", "加强(1)", "甲(乙)丙", "(甲)"]:
        out = run_rule(punct.widen_ascii_punctuation, text)
        assert ("(" in out) == (")" in out), out


def test_reason_names_the_code_point():
    (edit,) = punct.widen_ascii_punctuation("甲,乙")
    assert "U+FF0C" in edit.reason and edit.new == "\uff0c"
