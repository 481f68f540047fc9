"""Quotation marks and punctuation, round 17: repairs that come out as GB/T 15834-2011 sets them.

A title nested in a title typed with < >, ＜ ＞, ‹ › or a second 《 》 gets 〈 〉 (4.15.3); an inner
quotation whose single marks point the wrong way gets ‘ ’ and one nested the British way ‘…“…”…’ gets
“…‘…’…” (4.5.3.2); full-width marks inside a URL, an e-mail address or before a file extension become
ASCII; a single spaced em or en dash between Chinese clauses becomes the 破折号 ——. Hyphen ranges
(3-5个, 9:00-12:00) stay as the project's protected forms keep them. Every row runs the whole pipeline on a short notice; the
must-not-change rows come first (phone and fax numbers, standard numbers, model codes, table and
figure numbers, file names, right ranges, a right nested title, ASCII addresses, an English ellipsis,
a clock time, a map ratio, a 一字线 between two names).
"""

from __future__ import annotations

import pytest

from cleaner.pipeline import clean

HEAD = "江岭市应急管理局关于做好2023年安全生产重点工作的通知\n各县（市）区应急管理局：\n"
TAIL = "\n江岭市应急管理局\n2023年3月5日\n"


def _body(text: str) -> str:
    out = clean(HEAD + text + TAIL, "t").text
    return out.split("\n", 2)[2].rsplit("\n", 2)[0]


MUST_NOT_CHANGE = [
    "咨询电话0571-88001234，传真0571-87001234，逾期不予受理。",
    "各项指标完成情况如表2-3所示，变化趋势见图3-1，详见附件1-2.docx。",
    "建设标准执行GB/T 9704-2012和HJ 2.2-2018，设备型号为A-1。",
    "一般事项3～5个工作日办结，2021—2025年分年度实施，中国—东盟博览会如期举办。",
    "按照《关于印发〈江岭市安全生产专项整治三年行动实施方案〉的通知》要求逐项落实。",
    "详见江岭市政务服务网（http://www.jl.gov.cn/col/col1234/index.html），监督邮箱jlwjw@163.com，欢迎来信。",
    "系统页面长时间显示Loading...时，请于9:30后重试，测绘成果比例尺为1:1000。",
    "会议强调，“要坚持‘两山’理念，推动绿色发展。”",
    "当x<5且y>3时，按照《实施办法》执行。",
    # hyphen ranges stay as written: the project's protected forms keep them (GB/T 15834 4.13.3.2-3 would set ～ / —)
    "一般事项在3-5个工作日内办结，受理时间为上午9:00-12:00，每年6-8月为汛期。",
    "通知要求，\u2018三个必须\u2019和\u2018两个维护\u2019要一体落实。",  # top-level singles: another rule's, not a nesting
]


@pytest.mark.parametrize("text", MUST_NOT_CHANGE)
def test_lookalikes_stay(text):
    assert _body(text) == text


REPAIRS = [
    # a title nested in a title (GB/T 15834 4.15.3)
    ("按照《关于印发<江岭市安全生产专项整治三年行动实施方案>的通知》要求逐项落实。",
     "按照《关于印发〈江岭市安全生产专项整治三年行动实施方案〉的通知》要求逐项落实。"),
    ("根据《关于转发＜江岭市优化营商环境若干措施＞和＜江岭市考核办法＞的通知》，细化工作措施。",
     "根据《关于转发〈江岭市优化营商环境若干措施〉和〈江岭市考核办法〉的通知》，细化工作措施。"),
    ("认真落实《关于印发《青川县城乡居民基本医疗保险办法》的通知》要求。",
     "认真落实《关于印发〈青川县城乡居民基本医疗保险办法〉的通知》要求。"),
    ("对照《关于修订\u2039中小学校安全管理规定\u203a的通知》要求。", "对照《关于修订〈中小学校安全管理规定〉的通知》要求。"),
    # inner single marks the wrong way (4.5.3.2)
    ("会议强调，“要坚持\u2019两山\u2018理念，推动绿色发展”。", "会议强调，“要坚持‘两山’理念，推动绿色发展”。"),
    ("通知要求，“要持续深化\u2018放管服\u2018改革”。", "通知要求，“要持续深化‘放管服’改革”。"),
    # the two levels swapped (4.5.3.2)
    ("会议强调，\u2018要坚持“两山”理念，推动绿色发展\u2019。", "会议强调，“要坚持\u2018两山\u2019理念，推动绿色发展”。"),
    # addresses typed with the IME in Chinese mode
    ("详情请登录www．jl．gov．cn查询，或访问http：／／zwfw.jl.gov.cn/col/index.html。",
     "详情请登录www.jl.gov.cn查询，或访问http://zwfw.jl.gov.cn/col/index.html。"),
    ("监督邮箱：jl_yjj＠jl．gov．cn，受理时间为工作日。", "监督邮箱：jl_yjj@jl.gov.cn，受理时间为工作日。"),
    ("具体要求详见附件1．docx和《项目申报表》．xlsx，逾期不予受理。", "具体要求详见附件1.docx和《项目申报表》.xlsx，逾期不予受理。"),
    # a dash typed the English way (4.9)
    ("加强干部队伍建设 — 这是做好各项工作的根本保障。", "加强干部队伍建设——这是做好各项工作的根本保障。"),
    ("坚持问题导向\u3000\u2013\u3000全年整改问题隐患1260处。", "坚持问题导向——全年整改问题隐患1260处。"),
]


@pytest.mark.parametrize(("text", "expected"), REPAIRS)
def test_repaired_as_the_standard_sets_it(text, expected):
    assert _body(text) == expected
