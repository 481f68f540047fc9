"""Dates, round 5: slips inside a date from OCR, PDF line breaks and copied notices (GB/T 15835).

OCR letters for figures (2O21年), a line break inside a date, a look-alike 〇 or 一 in a year of
Chinese numerals, the 日 lost from a Chinese-numeral date are repaired; a weekday the date does
not have, a lost or doubled figure are flagged. Each must-fix row has its must-not-change rows.
"""

from __future__ import annotations

import pytest

from cleaner.edits import apply
from cleaner.pipeline import clean
from cleaner.rules.date import flag_date_slips, repair_date_slips

MUST_FIX = [
    ("自2O21年3月29日起施行。", "自2021年3月29日起施行。"),
    ("自202l年3月29日起施行。", "自2021年3月29日起施行。"),
    ("于2021年1O月1I日前报送。", "于2021年10月11日前报送。"),
    ("本办法自2021年3\n月29日起施行。", "本办法自2021年3月29日起施行。"),
    ("本办法自2021年\n3月29日起施行。", "本办法自2021年3月29日起施行。"),
    ("本办法自2021\n年3月29日起施行。", "本办法自2021年3月29日起施行。"),
    ("本办法自2021年3月\n29日起施行。", "本办法自2021年3月29日起施行。"),
    ("定于二○二一年三月二十九日召开。", "定于二〇二一年三月二十九日召开。"),
    ("定于二O二一年三月二十九日召开。", "定于二〇二一年三月二十九日召开。"),
    ("定于二0二0年十二月一日召开。", "定于二〇二〇年十二月一日召开。"),
    ("定于二〇二—年三月二十九日召开。", "定于二〇二一年三月二十九日召开。"),
    ("本办法自二〇二一年三月二十九起施行。", "本办法自二〇二一年三月二十九日起施行。"),
    ("二〇二一年十二月三十一，", "二〇二一年十二月三十一日，"),
]

MUST_NOT_CHANGE = [
    "自2021年3月29日起施行。",
    "型号IO10年3月投产。",  # a code: a year needs three real figures
    "项目编号A2O21年3月",  # letters beside a code
    "年报\n2021年3月29日",  # the date stands on a line of its own
    "市人民政府\n2021年\n3月29日",  # a dateline laid out over two lines
    "二〇二一年三月二十九日",
    "定于二零二一年三月二十九日召开。",  # 零 for 〇: a spelling, not a misreading
    "OOOO年三月",  # no year of Chinese numerals at all
    "二〇二一年三月十二个项目完成。",  # no 日 lost: a count follows
    "2021年2月30日",  # flagged by its own rule, not repaired here
]

MUST_FLAG = [
    ("会议定于2021年3月29日（星期二）召开。", "2021年3月29日（星期二"),
    ("会议定于2021年3月29日(周三)召开。", "2021年3月29日(周三"),
    ("会议定于2021年3月29日，星期日，召开。", "2021年3月29日，星期日"),
    ("本办法自2021年3月日起施行。", "2021年3月日"),
    ("本办法自2021年月29日起施行。", "2021年月29日"),
    ("本办法自2021年3月299日起施行。", "2021年3月299日"),
    ("本办法自2021年113月起施行。", "2021年113月"),
]

MUST_NOT_FLAG = [
    "会议定于2021年3月29日（星期一）召开。",
    "会议定于2021年3月28日（周日）召开。",
    "会议定于2021年3月28日（星期天）召开。",
    "申请日期：年月日",
    "2021年度、2021年3月、3月29日（星期一）",
]


def repaired(text: str) -> str:
    return apply(text, list(repair_date_slips(text)))


@pytest.mark.parametrize(("text_in", "text_out"), MUST_FIX)
def test_must_fix(text_in, text_out):
    assert repaired(text_in) == text_out


@pytest.mark.parametrize("text", MUST_NOT_CHANGE)
def test_must_not_change(text):
    assert repaired(text) == text


@pytest.mark.parametrize(("text", "span"), MUST_FLAG)
def test_must_flag(text, span):
    assert [text[f.start:f.end] for f in flag_date_slips(text)] == [span]


@pytest.mark.parametrize("text", MUST_NOT_FLAG)
def test_must_not_flag(text):
    assert list(flag_date_slips(text)) == []


def test_pipeline_repairs_a_split_ocr_date():
    c = clean("通知\n经研究，本办法自2O21年3\n月29日起施行，请遵照执行。")
    assert c.text == "通知\n经研究，本办法自2021年3月29日起施行，请遵照执行。"
