"""Dates and outline numbering, round 9: shapes other sites produce, read from their neighbours.

Outline heads the walk cannot read (a circled or parenthesized number, full-width digits that
lost their point, a bracket pair whose numeral did not render, a 、 left as a comma, a numeral
with another list's mark) are repaired only where the siblings above and below agree; a day
range that shares its one 日 ("3月29至31日") stays as it is. Rows run through the whole pipeline.
"""

from __future__ import annotations

import pytest

from cleaner.pipeline import clean

L1 = "关于加强管理的通知\n各单位：\n一、总体要求\n二、主要任务\n{}加强保障，落实责任。\n四、其他事项\n"
L2 = "关于加强管理的通知\n各单位：\n一、总体要求\n（一）加强领导。\n（二）完善制度。\n{}强化保障。\n（四）严格考核。\n"
L3 = "关于加强管理的通知\n各单位：\n一、总体要求\n1.加强领导。\n2.完善制度。\n{}强化保障。\n4.严格考核。\n"

MUST_FIX = [
    (L3.format("\u2462"), L3.format("3.")),  # ③
    (L3.format("\u2462\u3001"), L3.format("3.")),  # ③、
    (L3.format("\u2476"), L3.format("3.")),  # ⑶
    (L3.format("\uff13\uff09"), L3.format("3.")),  # ３）
    (L3.format("\uff13"), L3.format("3.")),  # ３
    (L3.format("2\u3001"), L3.format("3.")),  # 2、: another list's mark and one off
    (L3.format("4\u3001"), L3.format("3.")),
    (L2.format("\uff08\u3000\uff09"), L2.format("（三）")),  # （　）
    (L2.format("(  )"), L2.format("（三）")),
    (L1.format("\uff0c"), L1.format("三、")),  # ，加强保障
    (L1.format(","), L1.format("三、")),
    (L3.format("3\uff0e"), L3.format("3.")),  # ３． among 2. and 4.
]

MUST_NOT_CHANGE = [
    L3.format("\u2462") .replace("4.严格考核", "5.严格考核"),  # ③ between 2. and 5.: no agreeing pair
    "关于加强管理的通知\n各单位：\n需提交材料：\n\u2460身份证明；\n\u2461申请书。\n",  # a list of its own
    "关于加强管理的通知\n各单位：\n一、总体要求\n，如有疑问请联系。\n二、主要任务\n",  # no sibling below says 二
    "表格\n1 2 3 4 5 6 年\n正文。",
]


@pytest.mark.parametrize(("text_in", "text_out"), MUST_FIX)
def test_unreadable_marker_between_agreeing_siblings_is_repaired(text_in, text_out):
    assert clean(text_in, "t").text == clean(text_out, "t").text


@pytest.mark.parametrize("text", MUST_NOT_CHANGE)
def test_marker_like_heads_without_agreeing_siblings_stay(text):
    cleaned = clean(text, "t")
    assert [f for f in cleaned.findings if f.rule == "numbering.repair_marker_slips"] == []


SHI = "关于加强管理的通知\n各单位：\n一、总体要求\n各地要加强领导，一是压实责任，{}强化保障，三是严格考核。\n"


@pytest.mark.parametrize("observed", ["是", "2是", "\uff12是"])
def test_inline_item_that_lost_its_numeral_is_repaired(observed):
    assert "一是压实责任，二是强化保障，三是严格考核" in clean(SHI.format(observed), "t").text


def test_a_plain_shi_clause_is_no_list_item():
    text = "关于加强管理的通知\n各单位：\n一、总体要求\n一是压实责任，是做好工作的关键，二是强化保障，三是严格考核。\n"
    assert "，是做好工作的关键，二是" in clean(text, "t").text


DATES_FIX = [
    ("2021年工作。请于\uff12\uff10\uff12\uff11\uff10\uff13\uff12\uff19前报送。", "2021年工作。请于2021年3月29日前报送。"),
    ("2021年工作。活动时间为2021年3月29至4月2日。", "2021年工作。活动时间为2021年3月29日至4月2日。"),
    ("2021年工作。本办法自二〇二一年三月二十九起施行。", "2021年工作。本办法自二〇二一年三月二十九日起施行。"),
    ("2021年工作。\n江岭市卫生健康委员会\n二〇二一年三二十九日", "2021年工作。\n江岭市卫生健康委员会\n二〇二一年三月二十九日"),
]

DATES_KEEP = [
    "2021年工作。报名时间2021年3月29至31日。",  # a day range: one 日 for both days
    "2021年工作。受理时间为2021年3月1—15号，逾期不予受理。",
    "2021年工作。报名时间为二〇二一年三月二十九至三十一日。",  # a day range in numerals
    "2021年工作。会议于二〇二一年三月二十九日召开。",
]


@pytest.mark.parametrize(("text_in", "text_out"), DATES_FIX)
def test_dates_repaired(text_in, text_out):
    assert clean(text_in, "t").text == text_out


@pytest.mark.parametrize("text", DATES_KEEP)
def test_day_ranges_stay(text):
    cleaned = clean(text, "t")
    assert cleaned.text == text
    assert [f for f in cleaned.findings if f.rule.startswith("date")] == []
