"""Dates, round 12: a mark lost where the place of the figures says date, read by the document's years.

A year alone where a year stands (a clause's start before a comma, after 到/自/从/比: 2004，全国…,
到2025，, 自2015起, 比2007增加), a separator where 年 was before a month (2021-3月起), 月 lost before
底/末/旬 (2021年6底前), 日 lost at the end of a range whose start is a whole date (（2021年5月16日至
8月31）) or before a deadline word (9月30前报送), a numeric date range (2021/5/16至8/31). Every row
runs the whole pipeline; the must-not-change rows are real shapes with the same figures: days listed
under one 日, month ranges sharing 月, year-noun names, counts, amounts, codes.
"""

from __future__ import annotations

import pytest

from cleaner.pipeline import clean

HEAD = "江岭市卫生健康委员会关于做好2021年重点工作的通知\n各县（市）区卫健局：\n"
# a document that writes each year it uses with 年 somewhere, as real reports do
YEARS = "2004年、2007年、2010年、2015年、2021年、2025年工作情况如下。\n"


def _body(text: str) -> str:
    return clean(HEAD + YEARS + text + "\n", "t").text.split("\n", 3)[3].rstrip("\n")


MUST_FIX = [
    ("2004，全国各族人民团结奋斗。", "2004年，全国各族人民团结奋斗。"),  # a paragraph opens with the year
    ("取得积极进展。2010，单位生产总值能耗下降。", "取得积极进展。2010年，单位生产总值能耗下降。"),
    ("到2025，全市细颗粒物浓度持续下降。", "到2025年，全市细颗粒物浓度持续下降。"),
    ("完善退税机制，自2015起增量部分由中央负担。", "完善退税机制，自2015年起增量部分由中央负担。"),
    ("人均住房面积分别比2007增加2.8平方米。", "人均住房面积分别比2007年增加2.8平方米。"),
    ("贸易顺差连续下降，2010比上年减少6.4%。", "贸易顺差连续下降，2010年比上年减少6.4%。"),
    ("租赁补贴网上办理2021-3月起实行。", "租赁补贴网上办理2021年3月起实行。"),  # a separator for 年
    ("确保2021.12月底前完成抽检。", "确保2021年12月底前完成抽检。"),
    ("力争2021年6底前投入使用。", "力争2021年6月底前投入使用。"),  # 月 lost before 底
    ("排查整治阶段（2021年5月16日至8月31）。", "排查整治阶段（2021年5月16日至8月31日）。"),  # a range's end
    ("缴费工作2021年9月1日至12月31集中征缴。", "缴费工作2021年9月1日至12月31日集中征缴。"),
    ("每季度末报送进展，9月30前报送工作总结。", "每季度末报送进展，9月30日前报送工作总结。"),  # a deadline word
    ("总结提升阶段（2021/9/1至9/30）。", "总结提升阶段（2021年9月1日至9月30日）。"),  # a numeric range
    ("参保缴费2021.9.1—12.31集中办理。", "参保缴费2021年9月1日—12月31日集中办理。"),
]

MUST_NOT_CHANGE = [
    "现场评审定于7月18、19日分两批进行，7、8月份完成整改。",  # days listed under one 日
    "集中培训安排在2021年3月29—31日，于3月29至31日集中办理。",  # day ranges
    "2021年5至8月，组织辖区开展招聘专项行动。",  # a month range sharing its 月
    "江岭市2021工作要点已印发，入选“2021全国旅游景区创新发展案例”。",  # year-noun names
    "全市共有2021，其中城区1200。",  # a figure after 有 is a count
    "增长到2025，同比提高3个百分点。",  # 到 after a verb: an amount
    "全年完成投资2021年3.29亿元，2021年5.1至9.30亿元区间。",  # amounts after a year
    "按照江卫发〔2021〕329号文件要求，于本月底前完成自查。",  # a document number
    "咨询电话0571-20210715，该文件索引号为11330100MB5242/2021-00715。",
    "抽检样品生产日期为本月，批号20210329的样品合格。",
    "考核周期为2021年3月—2022年2月，各单位于每月1日、20日前报送进度。",
    "对2020、2021年度的项目开展审计。",
    "请按编号2021-5-1至8-31的顺序排列项目。",  # a range of codes under its label
]


@pytest.mark.parametrize(("text_in", "text_out"), MUST_FIX)
def test_mark_lost_where_a_date_stands_is_repaired(text_in, text_out):
    assert _body(text_in) == text_out


@pytest.mark.parametrize("text", MUST_NOT_CHANGE)
def test_figures_that_are_right_as_written_stay(text):
    assert _body(text) == text


def test_a_year_the_document_never_writes_is_not_read():
    text = HEAD + "2019，全市新增企业；自2019起施行。\n"
    assert clean(text, "t").text == text.rstrip("\n")


def test_every_repair_names_its_evidence():
    found = [f for f in clean(HEAD + YEARS + "2004，全国；9月30前报送；（2021/9/1至9/30）。\n", "t").findings
             if f.rule.startswith("date.")]
    reasons = " ".join(f.reason for f in found)
    assert len(found) == 3
    assert "without 年" in reasons and "deadline" in reasons and "range" in reasons
