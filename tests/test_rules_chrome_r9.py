"""Round 9 chrome: English labels and icons before a trail's label, English buttons between icons.
Furniture glued before a paragraph and icons beside short labels are left (a review found real
headings, flows and instructions of those shapes: the KEPT rows below).
Rows run through the whole pipeline: must-fix rows (the page comes out clean) and must-not-change rows.
"""

from __future__ import annotations

import pytest

from cleaner.pipeline import clean
from pages import WORK_PLAN as PAGE

TITLE, PARA, BODY, CLEAN = PAGE.title, PAGE.para, PAGE.body, PAGE.clean
_head, _tail = PAGE.head, PAGE.tail


def _before_para(lead: str) -> str:
    return f"{TITLE}\n{BODY.replace(PARA, lead + PARA, 1)}"


FIXED = [
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
    # icons as a writer's bullets and a flow chart at the page's edges; widget words that lead an instruction
    _head("📍 办理地点"),
    _head("➢ 总体要求"),
    _tail("✔ 材料齐全"),
    _tail("申请→受理→审查→决定→送达"),
    _tail("✔ 无障碍浏览 ✔ 长者模式 ✔ 繁体版"),
    _before_para("扫描二维码 下载报名表，填写完整后报送。"),
    _before_para("相关报道 显示，"),
    _before_para("首页→个人办事→权益查询 点击进入后可下载打印。"),
]


@pytest.mark.parametrize("page,expected", FIXED)
def test_furniture_goes(page: str, expected: str) -> None:
    assert clean(page).text.strip() == expected


@pytest.mark.parametrize("page", KEPT)
def test_document_lines_stay(page: str) -> None:
    # the space family may close a space between Han characters: compare without spaces
    assert "".join(clean(page).text.split()) == "".join(page.split())
