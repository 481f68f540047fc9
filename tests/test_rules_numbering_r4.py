"""Outline numbering, round 4: markers in styles of their own (① ⑴ ⒈ ㈠ 〔一〕 1）), a stray of
another style among its siblings, damage with a space for the mark, the last heading in digits,
and lists quoted from a law's article. Each must-fix row has its must-not-change rows."""

from __future__ import annotations

import pytest

from cleaner.edits import apply
from cleaner.rules.numbering import repair_outline
from cleaner.types import Edit

HEAD = "关于做好工作的通知\n一、总体要求\n"


def fixed(text: str) -> str:
    return apply(text, [e for e in repair_outline(text) if isinstance(e, Edit)])


MUST_FIX = [
    # a repeated marker in an enclosed or other-bracket list keeps the list's own style
    (HEAD + "①加强领导。\n②强化督查。\n②完善考核。\n④做好宣传。", HEAD + "①加强领导。\n②强化督查。\n③完善考核。\n④做好宣传。"),
    (HEAD + "⑴加强领导。\n⑵强化督查。\n⑵完善考核。\n⑷做好宣传。", HEAD + "⑴加强领导。\n⑵强化督查。\n⑶完善考核。\n⑷做好宣传。"),
    (HEAD + "❶加强领导。\n❷强化督查。\n❷完善考核。\n❹做好宣传。", HEAD + "❶加强领导。\n❷强化督查。\n❸完善考核。\n❹做好宣传。"),
    (HEAD + "〔一〕加强领导\n正文。\n〔二〕强化督查\n正文。\n〔二〕完善考核\n正文。\n〔四〕做好宣传",
     HEAD + "〔一〕加强领导\n正文。\n〔二〕强化督查\n正文。\n〔三〕完善考核\n正文。\n〔四〕做好宣传"),
    (HEAD + "1）加强领导。\n2）强化督查。\n2）完善考核。\n4）做好宣传。", HEAD + "1）加强领导。\n2）强化督查。\n3）完善考核。\n4）做好宣传。"),
    # a stray of another style is respelled like its siblings
    (HEAD + "（一）加强领导\n（二）强化督查\n㈢完善考核\n（四）做好宣传", HEAD + "（一）加强领导\n（二）强化督查\n（三）完善考核\n（四）做好宣传"),
    (HEAD + "（1）加强领导。\n（2）强化督查。\n③完善考核。\n（4）做好宣传。", HEAD + "（1）加强领导。\n（2）强化督查。\n（3）完善考核。\n（4）做好宣传。"),
    (HEAD + "1.加强领导\n2.强化督查\n⒊完善考核\n4.做好宣传", HEAD + "1.加强领导\n2.强化督查\n3.完善考核\n4.做好宣传"),
    (HEAD + "（一）加强领导\n（二）强化督查\n3）完善考核\n（四）做好宣传".replace("3）", "三）"), HEAD + "（一）加强领导\n（二）强化督查\n（三）完善考核\n（四）做好宣传"),
    # a numeral lost in other brackets; a space for the closing bracket or the 、
    (HEAD + "（一）加强领导\n（二）强化督查\n〔〕完善考核\n（四）做好宣传", HEAD + "（一）加强领导\n（二）强化督查\n（三）完善考核\n（四）做好宣传"),
    (HEAD + "（一）加强领导\n（二）强化督查\n（三\u3000完善考核\n（四）做好宣传", HEAD + "（一）加强领导\n（二）强化督查\n（三）完善考核\n（四）做好宣传"),
    ("通知\n一、总体要求\n正文。\n二、主要任务\n正文。\n三\u3000保障措施\n正文。\n四、附则\n正文。",
     "通知\n一、总体要求\n正文。\n二、主要任务\n正文。\n三、保障措施\n正文。\n四、附则\n正文。"),
    # the last heading written in digits
    ("通知\n一、总体要求\n正文。\n二、主要任务\n正文。\n3、切实加强组织保障\n正文。",
     "通知\n一、总体要求\n正文。\n二、主要任务\n正文。\n三、切实加强组织保障\n正文。"),
]

MUST_NOT_CHANGE = [
    HEAD + "①加强领导。\n②强化督查。\n③完善考核。",
    "一、甲\n①子。\n②丑。\n二、乙\n①寅。\n②卯。",  # circled lists restart under each heading
    HEAD + "1）加强领导。\n2）强化督查。\n3）完善考核。",  # 1） is a style, not lost brackets
    HEAD + "〔一〕加强领导\n〔二〕强化督查\n〔三〕完善考核",
    HEAD + "（1）加强领导。\n①子。\n②丑。\n（2）强化督查。\n①寅。",
    # items quoted from a law's article skip on purpose
    "通知\n一、政策依据\n《中华人民共和国安全生产法》第二十条规定：\n（一）建立健全责任制；\n（三）组织制定规章制度。\n二、工作要求\n正文。",
    "管理办法\n第一条　申请人应当符合下列条件：\n（一）具有完全民事行为能力；\n（二）身体健康。\n第二条　有下列情形之一的：\n（一）材料不全的；",
    "统计表\n序号　项目　金额\n1　道路工程　100万元\n2　桥梁工程　200万元\n2　隧道工程　300万元",  # table cells
    "通知\n1.1 加强领导\n1.2 强化督查\n1.2 完善考核",
    "通知\n一、甲\n二、乙\n3、丙事项已于3月完成。\n正文。",  # a sentence, not a heading: no relevel at the list's end
    "通知\n一、总体要求\n1、加强领导\n2、强化督查\n3、完善考核",
]


@pytest.mark.parametrize(("text_in", "text_out"), MUST_FIX)
def test_must_fix(text_in, text_out):
    assert fixed(text_in) == text_out


@pytest.mark.parametrize("text", MUST_NOT_CHANGE)
def test_must_not_change(text):
    assert fixed(text) == text
