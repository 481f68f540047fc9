"""Round 7: copies found on the skeleton (Han, digits, letters), whatever their cut or marks.

Tables through the whole pipeline: what must go (the copy) and what must stay (legitimate
repeats: list items sharing a clause, headings repeated under each part, a cited title, a
heading restated by its paragraph after a comma).
"""

from __future__ import annotations

import pytest

from cleaner.pipeline import clean
from cleaner.rules import dup

TITLE = "江岭市卫生健康委员会关于做好2021年卫生健康工作的通知"
P1 = "全面推进疾病预防控制体系改革，健全重大疫情应急响应机制，提升基层防控能力。"
P2 = "加快建设紧密型县域医共体，推动优质医疗资源扩容下沉，方便群众就近就医。"
P3 = "持续深化公立医院综合改革，完善薪酬制度，调动医务人员积极性。"
SIG = "江岭市卫生健康委员会\n2021年3月29日"


def _page(*body: str) -> str:
    return "\n".join([TITLE, *body, SIG])


FIXED = [
    # (page, page after cleaning)
    (_page(P1, "全面推进疾病预防控制体系改革 健全重大疫情应急响应机制 提升基层防控能力", P2), _page(P1, P2)),  # punctuation stripped
    (_page(P1, " ".join(P1[:-1]), P3), _page(P1, P3)),  # letter-spaced, next paragraph kept
    (_page(P1, P2, P1[9:]), _page(P1, P2)),  # a partial copy (head lost) two lines on
    (_page(P1, P2, P1[-12:] + P2[:10], P3), _page(P1, P2, P3)),  # a strip across a paragraph break
    (TITLE + "_通知公告_江岭市人民政府\n" + _page(P1, P2), _page(P1, P2)),  # the <title> line above the title
    (_page(TITLE + "\u3000" + P1, P2), _page(P1, P2)),  # the title glued to the first paragraph
    (_page(P1, P2, TITLE, P3), _page(P1, P2, P3)),  # the title as a running header next to a heading
    (_page("（一）加强疾病预防控制", "加强疾病预防控制。" + P1), _page("（一）加强疾病预防控制", P1)),
    (_page(P3 + P1 + P1[:15] + "\n" + P1[15:], P2), _page(P3 + P1, P2)),  # last sentence again, broken over a line
    (_page(P1, P2, "——" + P1[:-1], P3), _page(P1, P2, P3)),  # a pull quote
    # (round 8: a sentence alone on its line and again inside the next paragraph is flagged, not
    # removed: the line above may be the copy, a teaser; see tests/test_rules_dup_r8.py)
    (_page(P1, P2) + "\n" + SIG.replace("\n", "\u3000"), _page(P1, P2)),  # the signature block again, on one line
]

KEPT = [
    _page("1.开展专项排查整治。责任单位：市住建局；完成时限：2024年6月底前。",
          "2.建立问题整改台账。责任单位：同上；完成时限：2024年6月底前。"),
    _page("一、城区项目", "（一）建设内容", P1, "二、乡镇项目", "（一）建设内容", P2),
    _page("现将《2021年全市卫生健康工作要点》印发给你们，请认真贯彻落实。", "2021年全市卫生健康工作要点", P1),
    _page("（五）深化行政审批制度改革", "深化行政审批制度改革，按照统一部署，优化办事程序。"),
    _page("坚持人民至上，做到应检尽检、应治尽治；对重点场所，同样做到应检尽检、应治尽治。", P1),
    _page("为贯彻《传统医学师承和确有专长人员医师资格考核考试办法》，制定本细则。",
          "已经按照《传统医学师承和确有专长人员医师资格考核考试办法》签署师承合同的，可以申请。"),
    _page(P1, "ntttntttntttt", "ntttntttntttt", P2),
]


@pytest.mark.parametrize("page,want", FIXED, ids=lambda v: v[len(TITLE):len(TITLE) + 12] if isinstance(v, str) else "")
def test_copy_removed(page, want):
    cleaned = clean(page, "t")
    assert cleaned.text == clean(want, "t").text
    assert any(f.rule.startswith("dup.") and f.action == "remove" for f in cleaned.findings)


@pytest.mark.parametrize("page", KEPT, ids=[k[len(TITLE) + 1:len(TITLE) + 13] for k in KEPT])
def test_legitimate_repeat_kept(page):
    cleaned = clean(page, "t")
    assert not [f for f in cleaned.findings if f.rule == "dup.drop_skeleton_copies"]


def test_rule_alone_changes_nothing_without_a_copy():
    assert list(dup.drop_skeleton_copies(_page(P1, P2, P3))) == []
