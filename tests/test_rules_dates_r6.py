"""Dates and spacing, round 6: kinds written blind by a corpus curator, then repaired by shape.

A mark written as another date mark or as its pinyin homophone, a blank inside a date's
figure, a numeric date that kept its 日, a range end that lost its 月, a dateline's padded day
without its 日, a yearless day opening a paragraph; spaces that belong to the text (a form's
blank date) and letter-spaced headings. Each must-fix row has must-not-change rows.
"""

from __future__ import annotations

import pytest

from cleaner.pipeline import clean

MUST_FIX = [
    ("市局决定于2021年5日1日至9月30日开展行动。", "市局决定于2021年5月1日至9月30日开展行动。"),
    ("南湖区卫生健康局\n2020月1月8日", "南湖区卫生健康局\n2020年1月8日"),
    ("青湾市生态环境局\n2024年3月14月", "青湾市生态环境局\n2024年3月14日"),
    ("2021年工作。本办法自2021念3月29日起施行。", "2021年工作。本办法自2021年3月29日起施行。"),
    ("2020年工作。本办法自2020年1阅1日起施行。", "2020年工作。本办法自2020年1月1日起施行。"),
    ("——20 05年3月5日在第十届全国人民代表大会第三次会议上", "——2005年3月5日在第十届全国人民代表大会第三次会议上"),
    ("白河县市场监督管理局\n2020年2月2 1日", "白河县市场监督管理局\n2020年2月21日"),
    ("20\u00a007年国务院政府工作报告\n2007年3月5日", "2007年国务院政府工作报告\n2007年3月5日"),
    ("请于2021-3月29日前报送。", "请于2021年3月29日前报送。"),
    ("请于2021.03.29日前报送。", "请于2021年3月29日前报送。"),
    ("2021年工作。于2021年5月1日至930日开展。", "2021年工作。于2021年5月1日至9月30日开展。"),
    ("梅山市交通运输局\n２０２３年\u3000１月\u3000１８", "梅山市交通运输局\n2023年1月18日"),
    ("2017年报告。会议圆满完成。\n35日，第十二届全国人民代表大会第五次会议开幕。",
     "2017年报告。会议圆满完成。\n3月5日，第十二届全国人民代表大会第五次会议开幕。"),
    ("三、规  范  市  场  秩  序  ，  维  护  公  平  竞  争\n正文。", "三、规范市场秩序，维护公平竞争\n正文。"),
    ("关\u3000于\u3000做\u3000好\u3000防\u3000汛\u3000工\u3000作\u3000的\u3000通\u3000知\n正文。",
     "关于做好防汛工作的通知\n正文。"),
    ("2\u00a00\u00a00\u00a03\u00a0年\u00a0国\u00a0务\u00a0院\u00a0工\u00a0作\u00a0报\u00a0告\n正文。",
     "2003年国务院工作报告\n正文。"),  # a year's digits set wide with the words
]

MUST_NOT_CHANGE = [
    "表格\n1 2 3 4 5 6 年\n正文。",  # figures in cells: too few words to be a heading set wide
    "2021年工作。市局于2021年3月12月开展。",  # 12 may be a month: a range that lost its dash
    "2021年工作。于2021年3月29日召开。",
    "2021年工作。表1 2021年各区县数据。",  # a caption's number, then a year
    "2021年工作。受理号2021329，批次号20210329-3。",
    "2021年工作。3月5日～37日开展。",  # two figures: a mistyped day, flagged elsewhere
    "回执须加盖公章并注明填报日期    年  月  日。",  # a form's blank date
    "回执须注明填报日期\u3000\u3000年\u3000\u3000月\u3000\u3000日。",
    "国务院总理\u3000温家宝",  # a byline gap
    "第一章\u3000总则",
    "附\u3000件",
    "张三 李四 王五 赵六",
    "2020年2月19日0-24时，全市无新增病例。",
]


@pytest.mark.parametrize(("text_in", "text_out"), MUST_FIX)
def test_must_fix(text_in, text_out):
    assert clean(text_in, "t").text == text_out


@pytest.mark.parametrize("text", MUST_NOT_CHANGE)
def test_must_not_change(text):
    assert clean(text, "t").text == text
