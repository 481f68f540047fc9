"""Round 9 chrome: furniture glued before a paragraph (cleaner.framecues.leading_furniture), interface
icons beside a button label at the page's edges (framecues.icon_label), icons among widget words.
Rows run through the whole pipeline: must-fix rows (the page comes out clean) and must-not-change rows.
"""

from __future__ import annotations

import pytest

from cleaner.pipeline import clean

TITLE = "江岭市卫生健康委员会关于印发2021年卫生健康工作要点的通知"
PARA = "全面推进疾病预防控制体系改革，健全重大疫情应急响应机制，提升基层防控能力。"
BODY = ("各县（市、区）卫生健康局，委直属各单位：\n现将《2021年全市卫生健康工作要点》印发给你们，请结合实际认真贯彻落实。\n"
        f"一、加强公共卫生体系建设\n{PARA}\n二、深化医药卫生体制改革\n{PARA.replace('提升基层防控', '提升基层服务')}\n"
        "江岭市卫生健康委员会\n2021年3月29日")
CLEAN = f"{TITLE}\n{BODY}"


def _head(line: str) -> str:
    return f"{TITLE}\n{line}\n{BODY}"


def _tail(line: str) -> str:
    return f"{TITLE}\n{BODY}\n{line}"


def _before_para(lead: str) -> str:
    return f"{TITLE}\n{BODY.replace(PARA, lead + PARA, 1)}"


FIXED = [
    # a widget, a counter or a trail glued before a paragraph: the paragraph stays
    (_before_para("【打印本页】【关闭窗口】"), CLEAN),
    (_before_para("〖加入收藏〗 〖我要纠错〗 "), CLEAN),
    (_before_para("阅读量：1234 "), CLEAN),
    (_before_para("当前位置：首页 > 通知公告 "), CLEAN),
    (_before_para("［打印］"), CLEAN),
    # icons of an icon font beside button labels, above or below the text
    (_tail("🖨 打印 ✕ 关闭"), CLEAN),
    (_tail("⬆ 返回顶部"), CLEAN),
    (_head("📱 手机扫码阅读"), CLEAN),
    (_tail("✉ 发送给朋友 ⎙ 打印"), CLEAN),
    (_tail("☞ 分享到 ☞"), CLEAN),
    # English labels and icons before a trail's label
    (_head("You are here: Home › 政务公开 › 通知公告"), CLEAN),
    (_head("▌位置：首页 - 专题专栏 - 重点领域信息公开"), CLEAN),
    (_tail("Share to: WeChat Weibo"), CLEAN),
    (_head("Font: A+ A A-"), CLEAN),
    (_tail("▲TOP"), CLEAN),
]

KEPT = [
    # a paragraph that starts with widget words as words of its own
    _before_para("打印 "),
    f"{TITLE}\n{BODY.replace(PARA, '分享 经验做法，推广先进典型，形成比学赶超的良好氛围。', 1)}",
    # a process flow or a route the document states, glued or not
    _before_para("办理流程：申请 → 受理 → 审核 "),
    _before_para("企业申报→区县初审→市级复核 "),
    # bullets a writer uses (stars, shapes, circled numbers) and icons inside the running text
    _tail("★重点任务清单"),
    _tail("◆ 附件：任务分工表"),
    _tail("❶ 任务清单"),
    _tail("Location: Room 302, Health Building"),
    _head("Work Plan of Jiangling Municipal Health Commission"),
    f"{TITLE}\n{BODY.replace(PARA, '⬆ 提升基层防控能力，健全应急响应机制。', 1)}",
]


@pytest.mark.parametrize("page,expected", FIXED)
def test_furniture_goes(page: str, expected: str) -> None:
    assert clean(page).text.strip() == expected


@pytest.mark.parametrize("page", KEPT)
def test_document_lines_stay(page: str) -> None:
    # the space family may close a space between Han characters: compare without spaces
    assert "".join(clean(page).text.split()) == "".join(page.split())
