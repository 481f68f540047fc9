"""Dates, round 7: the tolerant reader of date clusters (date.read_date_clusters).

Kinds written blind by a corpus curator (号 for 日, numeric dates in prose, the IME's 、,
OCR look-alike marks, two-figure years, blanks for marks, a stray mark inside, 〇 for 0),
read by one reader that enumerates a cluster's readings instead of one pattern per kind.
Each must-fix row has must-not-change rows: identifiers, amounts, ranges, times, counts.
"""

from __future__ import annotations

import pytest

from cleaner.pipeline import clean

MUST_FIX = [
    ("2021年工作。会议定于2021年3月29号召开。", "2021年工作。会议定于2021年3月29日召开。"),
    ("2021年工作。请于2021/3/29前报送。", "2021年工作。请于2021年3月29日前报送。"),
    ("2021年工作。自2021－03－29起施行。", "2021年工作。自2021年3月29日起施行。"),
    ("2021年工作。请于2021、3、29前报送。", "2021年工作。请于2021年3月29日前报送。"),
    ("2021年工作。2021年3冃29日，市局召开会议。", "2021年工作。2021年3月29日，市局召开会议。"),
    ("2021年工作。于2021年3月29囗召开。", "2021年工作。于2021年3月29日召开。"),
    ("2021年工作。于21年3月29日召开。", "2021年工作。于2021年3月29日召开。"),
    ("2021年工作。于2021年，3月29日召开。", "2021年工作。于2021年3月29日召开。"),
    ("2021年工作。于2021-329日召开。", "2021年工作。于2021年3月29日召开。"),
    ("2021年工作。于2〇21年3月29日召开。", "2021年工作。于2021年3月29日召开。"),
    ("2021年工作。于2021329号召开。", "2021年工作。于2021年3月29日召开。"),
    ("2021年工作。\n江岭市卫生健康委员会\n2021年3月29号", "2021年工作。\n江岭市卫生健康委员会\n2021年3月29日"),
    ("2023年工作。\n湖区市场监督管理局\n2023年7月10，日", "2023年工作。\n湖区市场监督管理局\n2023年7月10日"),
    ("2021年工作。各单位于2021－415前报送。", "2021年工作。各单位于2021年4月15日前报送。"),
]

MUST_NOT_CHANGE = [
    "2021年工作。网站备案号为浙ICP备20210329号-1。",  # an ICP number
    "2021年工作。回执编号第2021329号，请妥善保存。",  # a receipt number
    "2021年工作。咨询电话：0571-20210329。",  # a phone number
    "2021年工作。检测方法按照GB/T 2021.3-2019执行。",  # a standard
    "2021年工作。2021年3.29亿元专项资金已全部下达。",  # an amount
    "2021年工作。2021年1-6月累计受理咨询300人次。",  # a month range
    "2021年工作。全市2021年329件投诉均已办结。",  # a count
    "2021年工作。申报截止时间为3月29日24时。",  # a time
    "2021年工作。发布时间：2021-03-29 09:30",  # a header's date and time
    "2021年工作。于2021年3月29日召开。",  # a whole date
    "二〇二一年工作。原文件落款日期为二〇二一年三月二十九日。",  # Chinese numerals
    "2021年工作。分别为2021、3、5家。",  # a list of counts
    "2021年3月1日工作。\n2021 3 29 45",  # a table row of figures
    "2021-03-01\n2021-03-29",  # a document whose own style is numeric
    '2021年工作。{"date":"2021-04-19","source":"x"}',  # a data field
    "2021年工作。〔2021〕12号文件。",  # a document number
    "2021年工作。编号2021-415前已核发。",  # a code's label before one separator
    "2021年工作。共2021-415个项目。",  # figures with one separator and a unit
]


@pytest.mark.parametrize(("text_in", "text_out"), MUST_FIX)
def test_must_fix(text_in, text_out):
    assert clean(text_in).text == text_out


@pytest.mark.parametrize("text", MUST_NOT_CHANGE)
def test_must_not_change(text):
    assert clean(text).text == text


def test_two_readings_are_flagged():
    found = [f for f in clean("2021年工作。于2021年111号召开。").findings if f.rule == "date.read_date_clusters"]
    assert [f.action for f in found] == ["flag"]
    assert "2021年1月11日 or 2021年11月1日" in found[0].reason
