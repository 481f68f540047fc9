"""Round 37: copies a few paragraphs on past a heading; bare counts closing their clause.

Repeats. A long plain paragraph standing again two or three paragraphs on was removed only
when nothing but plain prose stood between; past a heading or a numbered paragraph
(（六）加强民主法制建设，…。) it was only flagged, though parallel text under two headings is short,
numbered or opens both sections alike. Now it goes when it is long (50 characters and more),
plain and not a label line, and the two copies do not both stand right under a heading or a
numbered line (that is parallel text, and stays flagged).

Counts. A bare integer closing its clause after the thing counted (新增上市公司442，) needed a
second cue besides the counting verb; a comparator alone (卫生技术人员达到3860，) was no cue; a
bound between the figure and the mark (新增市场主体9000以上。) hid the bare count; nouns that only
ever follow a measure word (5个工作日, 74个重点城市) were not known as such. Formal prose closes
such a clause with a measure word or a unit, so the verb or the comparator now suffices; values
(得分, 人数, 浓度 …), bounds (稳定在, 保持在) and phone words still keep a bare figure silent.
"""
from __future__ import annotations

import pytest

from cleaner.pipeline import clean

_REPEATED = "加大扶贫工作力度，中央财政安排扶贫资金122亿元，农村贫困人口比上年减少290万。去年，部分地区发生严重自然灾害。"


def _doc(*lines: str) -> str:
    return "\n".join(["某市2023年工作总结", *lines, "某市人民政府", "2023年12月20日"])


def _dup_edits(raw: str):
    return [f for f in clean(raw).findings if f.rule.startswith("dup")]


@pytest.mark.parametrize("between", [
    ["依法解决农村征地、城镇房屋拆迁和企业改制中损害群众利益的问题。拖欠农民的征地补偿费已基本偿还。",
     "（六）加强民主法制建设，全力维护社会稳定。",
     "积极推进基层民主建设，进一步健全村务公开和村民自治制度，继续完善城市社区居民自治和基层管理体制。"],
    ["依法解决农村征地、城镇房屋拆迁和企业改制中损害群众利益的问题。拖欠农民的征地补偿费已基本偿还。",
     "三、下一步工作安排",
     "一是加强组织领导，压实工作责任。"],
])
def test_long_paragraph_repeated_past_a_heading_goes(between):
    raw = _doc("总体情况平稳。", _REPEATED, *between, _REPEATED, "其他工作。")
    found = _dup_edits(raw)
    assert [(f.action, raw[f.start:f.end].strip()) for f in found] == [("remove", _REPEATED)]
    assert found[0].start > raw.index(_REPEATED) + len(_REPEATED)  # the later copy goes
    assert clean(raw).text.count(_REPEATED) == 1


def test_parallel_text_opening_two_sections_stays():
    raw = _doc("（一）城区学校", _REPEATED, "城区学校按计划推进。", "（二）农村学校", _REPEATED, "其他工作。")
    found = _dup_edits(raw)
    assert found and all(f.action == "flag" for f in found)
    assert clean(raw).text.count(_REPEATED) == 2


def test_short_paragraph_repeated_past_a_heading_stays():
    short = "各单位要高度重视，确保各项工作落到实处。"
    raw = _doc("总体情况平稳。", short, "二、工作要求", "一是加强组织领导，压实工作责任。", short, "其他工作。")
    assert clean(raw).text.count(short) == 2


def _figure_flags(text: str) -> list[str]:
    return [text[f.start:f.end] for f in clean(text).findings
            if f.rule == "figure.flag_missing_measure_words"]


@pytest.mark.parametrize("text, span", [
    ("企业在境内外新增上市公司442，累计筹资7436亿元。", "442"),
    ("港口建设加快，新建、改扩建机场50。港口泊位增加。", "50"),
    ("全市开通城乡公交线路58，建制村通客车率保持100%。", "58"),
    ("全区卫生技术人员达到3860，每千人口执业医师3.2人。", "3860"),
    ("全年组织业务培训不少于6，培训执法人员300人次。", "6"),
    ("力争全年新增市场主体9000以上。", "9000以上"),
    ("检查收费单位60以上，规范收费行为。", "60以上"),
    ("违规行为的，应当在发现之日起5工作日内向所在地卫生健康行政部门报告。", "5工作日内"),
    ("推进74重点城市细颗粒物治理。", "74重点城市"),
    ("在重大国际比赛中共获得485世界冠军，创造世界纪录。", "485世界冠军"),
])
def test_bare_count_is_flagged(text, span):
    assert _figure_flags(text) == [span]


@pytest.mark.parametrize("text", [
    "全市平均成绩512，排名提高12，空气质量优良天数达到300。",
    "PM2.5浓度保持在35以下，温度保持在20以上，年龄60以上，得分90以上。",
    "新增就业人数1200，参保人数达到8000，发电量占比51。",
    "开展培训2次，形成15分钟城市生活圈，打造5A景区，拨打12345热线，承办2025年会议。",
    "全市共有医院12家、诊所9家，新建机场3个。",
])
def test_values_and_named_numbers_stay_silent(text):
    assert _figure_flags(text) == []
