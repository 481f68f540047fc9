"""ads, round 16: what document-sharing sites leave in the text, and contacts broken by decorations.

A sharing site's file-info fields (格式：docx 大小：20.14 KB 文档页数：12, 资源ID … 下载积分), its income and
reader notes (此文档下载收益归作者所有, 还剩5页未读), a template site's bare row of genre keywords (工作总结范文
工作计划 心得体会 …) and a contact whose channel and number are kept apart by emoji, middle dots or
invisible characters (威❤信：1❤3❤8…, 薇\\u200b信) are ads. Must-not-change rows come first: a notice's own
annex lines with their formats, its reports listed in a sentence or as a bare list with 、, its own
numbered reminders with a phone, a date of upload in a sentence, a 举报 line of its own, a figure
with middle dots.
"""

from __future__ import annotations

import pytest

from cleaner.pipeline import clean
from helpers import ads_removed

TITLE = "江岭市卫生健康委员会关于做好2024年度工作总结报送工作的通知"
BODY = "现将有关事项通知如下，请结合实际认真贯彻落实。"
BODY2 = "各单位要高度重视，加强组织领导，确保各项工作落到实处。"
SIGNATURE = "江岭市卫生健康委员会\n2024年3月29日"


def page(*middle: str) -> str:
    return "\n".join((TITLE, BODY) + middle + (BODY2, SIGNATURE))




# --- must not change ------------------------------------------------------------------

OWN_LINES = [
    "附件：1.年度工作总结报送表（格式：Word）",
    "2.工作总结、工作计划、述职报告、自查报告、整改报告",
    "工作总结、工作计划、述职报告、自查报告、整改报告",
    "各单位要按时报送工作总结、工作计划、述职报告、自查报告、整改报告。",
    "1.申报材料须真实完整，如对结果有异议，请于5个工作日内反馈（联系电话：0571-87654321）。",
    "2.相关表格请从市政府门户网站“通知公告”栏目下载，填写后报送纸质版和电子版各一份。",
    "系统上传日期为2024年4月1日至4月15日，逾期不予受理。",
    "对违规收费行为，群众可拨打12345进行举报。",
    "全市共建成“1·3·5·10”分钟健康服务圈。",
    "以上情况为初步汇总，仅供参考，请各单位结合实际补充完善。",
]


@pytest.mark.parametrize("line", OWN_LINES)
def test_a_notices_own_line_stays(line):
    text = page(line)
    assert ads_removed(text) == []
    assert clean(text).text.count(line) == 1


# --- removed ---------------------------------------------------------------------------

FILE_INFO = [
    ["格式：doc  大小：20.14 KB  文档页数：2"],
    ["资源ID：3061754  资源大小：57.76KB  全文页数：39页", "资源格式： DOCX  下载积分：6.99金币"],
    ["合集下载", "格式:docx 上传日期:2022-08-03 03:18:03"],
    ["- 格式：doc", "- 大小：27.97 KB"],
]


@pytest.mark.parametrize("lines", FILE_INFO)
def test_a_sharing_sites_file_info_strip_goes(lines):
    text = "\n".join((TITLE,) + tuple(lines) + (BODY, BODY2, SIGNATURE))
    out = clean(text).text
    assert out.startswith(TITLE + "\n" + BODY)
    for line in lines:
        assert line not in out


SHARE_NOTES = [
    "此文档下载收益归作者所有",
    "版权说明：本文档由用户提供并上传，收益归属内容提供方，若内容存在侵权，请进行举报或认领",
    "还剩5页未读，继续阅读",
]


@pytest.mark.parametrize("line", SHARE_NOTES)
def test_a_sharing_sites_income_or_reader_note_goes(line):
    text = page(line)
    assert ads_removed(text) == [line + "\n"] or line not in clean(text).text
    assert clean(text).text == page().replace("\n\n", "\n")


GENRE_ROWS = [
    "工作总结范文 工作计划范文 心得体会 述职报告 实施方案",
    "个人总结大全  工作要点  工作计划大全  自查报告  应急预案  述职述廉报告大全",
    "三一办公 党课讲稿大全 | 演讲稿大全 | 活动方案模板 | 心得体会 | 工作总结大全",
    "述职述廉报告、述职报告模板、个人总结、工作计划模板、心得体会模板",
]


@pytest.mark.parametrize("row", GENRE_ROWS)
def test_a_row_of_genre_keywords_goes(row):
    assert clean(page(row)).text == page().replace("\n\n", "\n")


BROKEN_IDS = [
    "材料代写威\u2764信：1\u27643\u27648\u27640\u27640\u27641\u27643\u27648\u27640\u27640\u27640",
    "讲稿定制薇\u200b信:1\u200b3\u200b9\u200b1\u200b2\u200b3\u200b4\u200b5\u200b6\u200b7\u200b8",
    "总结代笔找扣\U0001F338扣 8\U0001F3387\U0001F3386\U0001F3385\U0001F3384\U0001F3383\U0001F3382",
]


@pytest.mark.parametrize("ad", BROKEN_IDS)
def test_a_contact_broken_by_decorations_goes(ad):
    text = page(ad)
    out = clean(text).text
    assert out == page().replace("\n\n", "\n")
    assert any("evasive" in f.reason for f in clean(text).findings if f.rule.startswith("ads."))
