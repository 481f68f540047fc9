"""Round 12 chrome: furniture of traditional-character sites (read through a one-for-one fold),
an info strip of a date or time with its counter, pagers of other shapes (分页：1 2 3, < 1 [2] 3 >)
between paragraphs or glued after one, English buttons and pagers glued after the last sentence,
a WeChat page's press-and-hold QR labels and footer words, other CMSs' footer rows joining the
footer block. KEPT rows are real shapes of the document's own that look like them: a notice's
contact and attachment block, sign-up instructions that mention the QR code, a date line, flows and
table cells one a line, a lone footer word with no footer beside it.
Rows run through the whole pipeline.
"""

from __future__ import annotations

import pytest

from cleaner.pipeline import clean

TITLE = "江岭市应急管理局关于做好春季森林防火工作的通知"
P1 = "一、提高认识。各地要充分认识做好春季森林防火工作的重要性，切实加强组织领导。"
P2 = "二、强化措施。要严格落实巡护制度，加强重点时段、重点区域的火源管控。"
P3 = "三、加强值守。严格执行二十四小时值班制度，确保信息畅通。"
SIGN = "江岭市应急管理局\n2021年3月29日"
CLEAN = f"{TITLE}\n各乡镇人民政府：\n{P1}\n{P2}\n{P3}\n{SIGN}"


def _head(block: str) -> str:
    return f"{TITLE}\n{block}\n各乡镇人民政府：\n{P1}\n{P2}\n{P3}\n{SIGN}"


def _between(block: str) -> str:
    return f"{TITLE}\n各乡镇人民政府：\n{P1}\n{block}\n{P2}\n{P3}\n{SIGN}"


def _glued(tail: str) -> str:
    return f"{TITLE}\n各乡镇人民政府：\n{P1}\n{P2}\n{P3}{tail}\n{SIGN}"


def _tail(block: str) -> str:
    return f"{CLEAN}\n{block}"


def _before_sign(block: str) -> str:
    return f"{TITLE}\n各乡镇人民政府：\n{P1}\n{P2}\n{P3}\n{block}\n{SIGN}"


FIXED = [
    # traditional-character furniture (列印 / 關閉 / 回頁首, 瀏覽人次, 上一則)
    _head("列印 | 關閉 | 回頁首"),
    _tail("字級：小 中 大｜加入書籤"),
    _tail("上一則：關於做好防汛工作的通知"),
    _glued(" 【列印】【關閉視窗】"),
    # an info strip: a date or a time with a counter, no label on the date
    _head("2009年3月8日｜点击：61,057"),
    _head("[2022-04-11] > 阅读 52,698"),
    _tail("2017/03/15 17:29\u3000点击：77562"),
    # pagers of other shapes, between paragraphs or glued after one
    _between("分页：1 2 3"),
    _between("< 1 2 [3] 4 5 >"),
    _glued(" 第2页 共5页"),
    # English buttons glued after the last sentence
    _glued("TOP"),
    _glued("  Print | Close"),
    # a floating tool bar one button a line, in the middle of the text
    _between("返回顶部\n顶部\n收藏"),
    # a WeChat page's furniture
    _tail("阅读原文\n预览时标签不可点"),
    _tail("长按二维码 关注我们"),
    # a strip of counts, an English link-box heading (a row of language names alone, 中文版 |
    # English, and a list of titles with dates after the text were withdrawn by review r12:
    # a bilingual table's header, a funding table, a timetable and an annex's list look the same)
    _tail("10:21 · 阅读 1234 · 在看 12"),
    _tail("Related Articles"),
    # other CMSs' footer rows join the footer block
    _tail("运行维护：江岭市信息中心\n技术服务：江岭软件有限公司\n京公网安备 11010502030143号"),
]


@pytest.mark.parametrize("page", FIXED)
def test_furniture_goes(page: str) -> None:
    assert clean(page).text.strip() == CLEAN


KEPT = [
    # a notice's own contact block and attachment list before the signature
    _before_sign("联系人：王敏\n联系电话：0571-12345678\n地址：江岭市人民路12号\u3000邮编：310000"),
    _before_sign("附件：1.报名回执\n2.项目汇总表"),
    # sign-up instructions that mention the QR code
    _before_sign("请于4月30日前扫描下方二维码报名。"),
    _before_sign("长按识别下方二维码，即可在线填报。"),
    _between("扫描二维码关注“江岭应急”公众号，及时获取火险预警信息。"),
    # a flow one step a line, a table one cell a line, a table of contents
    _between("申请\n↓\n受理\n↓\n审核\n↓\n办结"),
    _between("序号\n项目名称\n责任单位\n完成时限"),
    _between("目录\n一、总体要求\n二、主要任务"),
    # a lone footer-like word with no footer beside it, a page reference, a date
    _before_sign("技术服务：江岭软件有限公司"),
    _between("详见附件第2页。"),
    _before_sign("2021年3月29日 12:00前报送"),
    # the document's own dated lists: numbered, an attachment list, one dated line alone
    _tail("附件：1.防汛抗旱工作任务分解表\n2.重大项目建设工作责任清单"),
    # an English subtitle, a table's total row, a bilingual term
    _head("Jiangling Emergency Management Bureau"),
    _tail("合计 12 34"),
    _before_sign("英文名称：Jiangling Emergency Management Bureau"),
    # an English acronym or a figure after a sentence is the document's
    _glued("PM2.5"),
]


@pytest.mark.parametrize("page", KEPT)
def test_document_lines_stay(page: str) -> None:
    # the space family may close a space between Han characters: compare without spaces
    assert "".join(clean(page).text.split()) == "".join(page.split())


# The date family may rewrite a date (2021-03-12 -> 2021年3月12日): these rows check the lines' words.
KEPT_WORDS = [
    (_before_sign("1.防汛抗旱工作任务分解表 2021-03-12\n2.重大项目建设工作责任清单 2021-03-15"),
     ["1.防汛抗旱工作任务分解表", "2.重大项目建设工作责任清单"]),
    (_tail("防汛抗旱工作任务分解表 2021-03-12"), ["防汛抗旱工作任务分解表"]),
]


@pytest.mark.parametrize("page,words", KEPT_WORDS)
def test_dated_document_lines_stay(page: str, words: list[str]) -> None:
    out = clean(page).text
    assert all(w in out for w in words)
