"""Dates and punctuation, round 10: shapes other editors, forms and OCR leave, read from their frame.

Dates that lost every mark (于2021329前), written in another order (3/29/2021, 29.03.2021) or
without a year (于3/29前) are read as dates only between a date word and a deadline or start
word; a Chinese-numeral date that lost its 年 gets it back. Punctuation: an A-not-A question
(满意不满意?), a stop after a percent sign or an English-mode ")" and a stop typed twice.
Every row runs the whole pipeline; the must-not-change rows are real document shapes that
share the figures or the marks.
"""

from __future__ import annotations

import pytest

from cleaner.pipeline import clean

HEAD = "江岭市卫生健康委员会关于做好2021年重点工作的通知\n各县（市）区卫健局：\n"


def _body(text: str) -> str:
    return clean(HEAD + text + "\n", "t").text.split("\n", 2)[2].rstrip("\n")


def _flags(text: str, rule: str) -> list[str]:
    return [f.before for f in clean(HEAD + text + "\n", "t").findings if f.rule == rule and f.action == "flag"]


DATES_MUST_FIX = [
    ("请各单位于2021329前报送材料。", "请各单位于2021年3月29日前报送材料。"),
    ("本办法自202141起施行。", "本办法自2021年4月1日起施行。"),
    ("截至20211231，全市完成投资48.6亿元。", "截至2021年12月31日，全市完成投资48.6亿元。"),
    ("推进会于3/29/2021召开。", "推进会于2021年3月29日召开。"),
    ("推进会于29.03.2021召开。", "推进会于2021年3月29日召开。"),
    ("本办法自二〇二一三月二十九日起施行。", "本办法自二〇二一年三月二十九日起施行。"),
    ("自2021年5月1至2021年9月30日开展专项整治。", "自2021年5月1日至2021年9月30日开展专项整治。"),
]

DATES_MUST_NOT_CHANGE = [
    "全年服务群众2021329人次，较上年增长。",  # a count, no date word before it
    "累计投入资金增长至2021329元。",  # 增长至 owns the figure: an amount
    "案卷编号2021329前缀统一为JL。",  # a code's label
    "受理号为2021329，请妥善保管。",
    "占比高于3/4，完成率达到95%。",  # a fraction after 高于
    "应当于15日内作出决定，期限为3/4个工作日。",
    "系统版本为1.2.2021，已于年初上线。",  # a version, not padded as a date
    "编号1-2-2021的档案已归档。",
    "咨询电话0571-2021329，工作时间9:00-17:00。",
    "集中受理时间为3月1至15日，逾期不再受理。",  # a day range sharing its 日
    "二〇二一年三月二十九日印发。",  # a whole Chinese-numeral date
    "比分为3/29，全年2021年度考核。",
    "新标准自202112起执行。",  # 2021年12月 or 2021年1月2日: a year and a month as often as a date
    "项目投资不低于2021年331万元的标准。",  # 低于 owns the figure: an amount
    "2021年331，全市完成。",  # no date word before figures that kept only their 年
]


@pytest.mark.parametrize(("text_in", "text_out"), DATES_MUST_FIX)
def test_framed_or_glued_date_is_repaired(text_in, text_out):
    assert _body(text_in) == text_out


@pytest.mark.parametrize("text", DATES_MUST_NOT_CHANGE)
def test_date_like_figures_outside_a_date_frame_stay(text):
    assert _body(text) == text


@pytest.mark.parametrize(("text", "span"), [
    ("推进会于3/4/2021召开。", "3/4/2021"),  # 3月4日 or 4月3日
    ("请于2021111前报送。", "2021111"),  # 1月11日 or 11月1日
])
def test_date_with_two_readings_is_flagged_not_changed(text, span):
    assert _body(text) == text
    assert span in _flags(text, "date.read_date_clusters")


PUNCT_MUST_FIX = [
    ("群众满意不满意?关键在于压实责任。", "群众满意不满意？关键在于压实责任。"),
    ("是不是?要以群众评价为准。", "是不是？要以群众评价为准。"),
    ("全年同比增长7.2%.下一步将继续推进。", "全年同比增长7.2%。下一步将继续推进。"),
    ("印发实施方案(试行).各地要抓好落实。", "印发实施方案（试行）。各地要抓好落实。"),
    ("加强管理..完善制度。", "加强管理。完善制度。"),
    ("联系电话:0571-87654321。", "联系电话：0571-87654321。"),
    ("全年同比增长7.2%,2022年将继续推进。", "全年同比增长7.2%，2022年将继续推进。"),
    ("完成率达95%;2.加强队伍建设。", "完成率达95%；2.加强队伍建设。"),
]

PUNCT_MUST_NOT_CHANGE = [
    "加强???建设，完善制度。",  # lost characters, not a question
    "技术要求见规范第3.2节，表格详见附件2.docx，男女比例约为3:2。",
    "系统升级至V3.2.1(Build 1024)版本，合计栏按=SUM(B2:B9)自动计算。",
    "两批分别培训1,200人、3,450人，考试时间为上午9:00-11:30。",
    "英文名称为Smart City (Phase II)，口号为“Healthy China, Healthy People”。",
    "加强管理...完善制度。",
    "按照1,2,3级分类管理，共1,200人参加。",  # a list of figures and a thousands separator  # three stops: an ellipsis, not a stop (normalize_ellipsis_and_dash)
]


@pytest.mark.parametrize(("text_in", "text_out"), PUNCT_MUST_FIX)
def test_english_mode_mark_in_chinese_text_is_widened(text_in, text_out):
    assert _body(text_in) == text_out


@pytest.mark.parametrize("text", PUNCT_MUST_NOT_CHANGE)
def test_ascii_marks_of_values_and_latin_text_stay(text):
    out = _body(text)
    if "..." in text:
        assert out == text.replace("...", "\u2026\u2026")
    else:
        assert out == text
