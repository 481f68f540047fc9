"""Dates, round 17: dates another system wrote or a layout broke (``cleaner.datesystems``).

Whole short notices, each run through the whole pipeline: an export's midnight left on a numeric
date, a signature date exported as its spreadsheet serial, one date in two numeral systems, a
Chinese-numeral day without its 十 (or with + / 千 / 干 for it), an OCR's 口 / 旦 / 且 for 日 and 丨
for 1, a signature date wrapped over two lines. The must-not-change documents hold the same
figures where they are right: 年年 / 日日 / 月月 words, five-figure counts and amounts, a real
midnight after a Chinese date, wells counted in 口, winter terms and festivals in Chinese numerals,
a Chinese-numeral date in full, a list of five-figure numbers under names.
"""

from __future__ import annotations

import pytest

from cleaner.pipeline import clean

TITLE = "江岭市卫生健康委员会关于做好2021年春季爱国卫生运动的通知"
ADDRESSEE = "各县（市）区卫生健康局，委机关各处室："
SIGNER = "江岭市卫生健康委员会"


def _doc(body: str, date: str = "2021年3月29日") -> str:
    return "\n".join([TITLE, ADDRESSEE, body, SIGNER, date]) + "\n"


def _clean(text: str) -> str:
    return clean(text, "t").text


BODY = "为巩固国家卫生城市创建成果，经研究，决定于2021年4月1日至4月30日在全市开展春季爱国卫生运动，现将有关事项通知如下。"

MUST_FIX = [
    # an export's midnight on a numeric date, in prose
    (_doc(BODY + "请各单位于2021-04-20 00:00:00前报送工作总结。"), _doc(BODY + "请各单位于2021年4月20日前报送工作总结。")),
    (_doc(BODY + "活动自2021/4/1 0:00:00起实施。"), _doc(BODY + "活动自2021年4月1日起实施。")),
    (_doc(BODY + "材料截至2021-04-20T00:00:00。"), _doc(BODY + "材料截至2021年4月20日。")),
    (_doc(BODY + "总结于2021-04-20 00:00:00.0前报送。"), _doc(BODY + "总结于2021年4月20日前报送。")),
    # the signature date as a spreadsheet serial (44284 is 2021-03-29), ASCII or full-width
    (_doc(BODY, "44284"), _doc(BODY)),
    (_doc(BODY, "４４２８４"), _doc(BODY)),
    # one date, two numeral systems
    (_doc(BODY, "二〇二一年3月29日"), _doc(BODY)),
    (_doc(BODY, "2021年三月二十九日"), _doc(BODY)),
    (_doc(BODY + "本通知自2021年4月十日起施行。"), _doc(BODY + "本通知自2021年4月10日起施行。")),
    # a Chinese-numeral day without its 十, or an OCR's look-alike of it
    (_doc(BODY + "原方案落款日期为二〇二一年三月二九日，现予废止。"), _doc(BODY + "原方案落款日期为二〇二一年三月二十九日，现予废止。")),
    (_doc(BODY + "自二〇二一年五月三一日起停止执行。"), _doc(BODY + "自二〇二一年五月三十一日起停止执行。")),
    (_doc(BODY + "自二〇二一年一月二千四日起停止执行。"), _doc(BODY + "自二〇二一年一月二十四日起停止执行。")),
    (_doc(BODY + "自二〇二一年一月二+四日起停止执行。"), _doc(BODY + "自二〇二一年一月二十四日起停止执行。")),
    # an OCR's 口 / 旦 for 日, 丨 for 1
    (_doc(BODY + "全市于2021年4月15口前完成自查。"), _doc(BODY + "全市于2021年4月15日前完成自查。")),
    (_doc(BODY, "2021年3月29旦"), _doc(BODY)),
    (_doc(BODY + "评估于2021年1丨月5日开展。"), _doc(BODY + "评估于2021年11月5日开展。")),
    # the signature date wrapped over two lines
    (_doc(BODY, "2021年\n3月29日"), _doc(BODY)),
    (_doc(BODY, "2021\n年3月29日"), _doc(BODY)),
]


@pytest.mark.parametrize(("raw", "want"), MUST_FIX)
def test_damaged_dates_are_repaired(raw, want):
    assert _clean(raw) == _clean(want)
    assert _clean(raw) != raw.rstrip("\n")


@pytest.mark.parametrize(("raw", "want"), MUST_FIX)
def test_the_repair_is_recorded_as_a_date_fix(raw, want):
    findings = clean(raw, "t").findings
    assert any(f.rule.startswith("date.") and f.action == "fix" for f in findings), findings


MUST_KEEP = [
    _doc(BODY + "全部整改任务于2021年年底前完成，4月1日日均客流回升。"),
    _doc(BODY + "全年受理群众诉求44284件，带动投资44284万元。"),
    _doc(BODY + "自2021年4月1日0时起实行交通管制，管制时段为4月1日0:00至24:00。"),
    _doc(BODY + "每月月初报送进度，2021年3月新打机井29口。"),
    _doc(BODY + "进入二九天后，一二月份供暖负荷最高；农历二月二、三月三期间，三四月间客流集中。"),
    _doc(BODY + "“十四五”规划于二〇二一年三月二十九日印发，2021年三季度完成中期评估。"),
    _doc(BODY + "材料编号为2021-04-20-001，版本V2021.4.20。"),
    "\n".join([TITLE, ADDRESSEE, BODY, "城关镇", "12345", "河口乡", "23456", SIGNER, "2021年3月29日"]) + "\n",
]


@pytest.mark.parametrize("raw", MUST_KEEP)
def test_lookalikes_are_kept(raw):
    findings = clean(raw, "t").findings
    assert not [f for f in findings if f.rule.startswith("date.")], findings
