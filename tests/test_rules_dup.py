"""dup rules: repeats a scrape leaves behind go once; parallel text, refrains and recaps stay.

Rows run through the whole pipeline (a copy is judged by its neighbours), each a small page:
(text_in, text_out).
"""

from __future__ import annotations

import pytest

from cleaner.pipeline import clean
from cleaner.rules import dup

T = "关于开展安全生产检查的通知\n"
P1 = "各地要加强组织领导，压实工作责任，确保各项工作落到实处。"
P2 = "各单位要强化督促检查，发现问题及时整改，形成工作闭环。"
P3 = "市卫健委将适时组织抽查，抽查结果纳入年度考核。"
P4 = "各县区要于每月底前报送工作进展情况。"

FIXED = [
    # a sentence copy with another closing mark, or with its end lost at the line end
    (T + "加强组织领导，压实工作责任。加强组织领导，压实工作责任；" + P2, T + "加强组织领导，压实工作责任。" + P2),
    (T + "加强组织领导，压实工作责任。加强组织领导，压实工作责任\n" + P2, T + "加强组织领导，压实工作责任。\n" + P2),
    # digits and letters of the other width; three copies; a run of two sentences twice
    (T + "全年完成投资35亿元。全年完成投资３５亿元。" + P2, T + "全年完成投资35亿元。" + P2),
    (T + "加强组织领导。加强组织领导。加强组织领导。" + P2, T + "加强组织领导。" + P2),
    (T + "甲地完成改造任务；乙地完成验收。甲地完成改造任务；乙地完成验收。" + P2, T + "甲地完成改造任务；乙地完成验收。" + P2),
    # glued with no sentence end; a clause doubled; a copy broken over a line end
    (T + "加强组织领导压实工作责任加强组织领导压实工作责任。" + P2, T + "加强组织领导压实工作责任。" + P2),
    (T + "为此，加强组织领导，加强组织领导，压实工作责任。", T + "为此，加强组织领导，压实工作责任。"),
    (T + "加强组织领导，压实工作责任。加强组织\n领导，压实工作责任。" + P2, T + "加强组织领导，压实工作责任。" + P2),
    # a numbered paragraph again with its marker restyled or dropped (next line, one on)
    (T + "（三）" + P1 + "\n3." + P1 + "\n" + P2, T + "（三）" + P1 + "\n" + P2),
    (T + "（三）" + P1 + "\n（四）" + P2 + "\n" + P1 + "\n" + P3, T + "（三）" + P1 + "\n（四）" + P2 + "\n" + P3),
    # a numbered item again after its later siblings (out of sequence), a heading too
    (T + "（一）" + P1 + "\n（二）" + P2 + "\n（三）" + P3 + "\n（一）" + P1, T + "（一）" + P1 + "\n（二）" + P2 + "\n（三）" + P3),
    (T + "（一）积极扩大国内需求特别是消费需求\n" + P2 + "\n（二）加快转变发展方式\n（一）积极扩大国内需求特别是消费需求\n" + P3,
     T + "（一）积极扩大国内需求特别是消费需求\n" + P2 + "\n（二）加快转变发展方式\n" + P3),
    # a long paragraph again five paragraphs on, plain prose between
    ("工作总结\n" + P1 + P3 + "\n" + "\n".join(f"第{n}季度完成任务{n}项，进展顺利。" for n in "一二三四") + "\n" + P1 + P3,
     "工作总结\n" + P1 + P3 + "\n" + "\n".join(f"第{n}季度完成任务{n}项，进展顺利。" for n in "一二三四")),
    # the tail of a paragraph at the head of the next (page-break overlap)
    (T + P1 + "\n确保各项工作落到实处。" + P2, T + P1 + "\n" + P2),
    (T + P1 + "\n项工作落到实处。" + P2, T + P1 + "\n" + P2),
    # the title again after the document number, or broken over two lines
    (T + "江卫发〔2021〕12号\n关于开展安全生产检查的通知\n" + P1, T + "江卫发〔2021〕12号\n" + P1),
    (T + "关于开展安全生产\n检查的通知\n" + P1, T + P1),
    # round 5: a run of four sentences twice; a numbered paragraph doubled with its marker;
    # a paragraph's last two sentences again as a line of their own
    (T + "一是加强领导。二是压实责任。三是强化督查。四是严格考核。一是加强领导。二是压实责任。三是强化督查。四是严格考核。五是宣传。",
     T + "一是加强领导。二是压实责任。三是强化督查。四是严格考核。五是宣传。"),
    (T + "（一）" + P1 + P2 + "（一）" + P1 + P2 + "\n" + P3, T + "（一）" + P1 + P2 + "\n" + P3),
    # (the line after the copy is new text: P1 there would be a sentence of the paragraph above
    # again, which dup.drop_skeleton_copies removes too)
    (T + P1 + P2 + P3 + "\n" + P2 + P3 + "\n" + P4, T + P1 + P2 + P3 + "\n" + P4),
    (T + P1 + P2 + P3 + "\n" + P1 + P2 + "\n" + P3 + "\n" + P4, T + P1 + P2 + P3 + "\n" + P4),
]

KEPT = [
    # parallel items on one frame; refrains; short doubled phrases; decimals
    T + "一是加强组织领导，确保落实到位。二是强化督促检查，确保落实到位。",
    T + "提高质量，提高效率，提高水平。",
    T + "是的，是的，我们做到了。",
    T + "（一）加强组织领导\n加强组织领导是做好工作的关键，各地要高度重视。",
    T + "全年增长1.5%。增长1.5%的目标已经实现。",
    # equal table cells, a label line after each task
    T + "市卫生健康委员会\n2021年12月底前\n市卫生健康委员会\n2021年12月底前",
    # a list restarting under a new section; a recap in another section
    T + "一、城市\n（一）" + P1 + "\n（二）" + P2 + "\n二、农村\n（一）" + P1 + "\n（二）" + P3,
    T + "一、总体要求\n" + P1 + P3 + "\n二、主要任务\n" + P2 + "\n三、保障措施\n" + P1 + P3,
    # a contents list before the body: its headings stand again
    T + "目录\n一、加快推进经济结构调整\n二、积极推动区域协调发展\n一、加快推进经济结构调整\n" + P1,
    # the head of a paragraph taking up the last words of the one before (rhetoric, no sentence end)
    T + "我们必须推动经济高质量发展。\n推动经济高质量发展，必须坚持新发展理念。",
    # a metadata row ending in the publisher above a title that opens with it: no page break
    "信息索引号\t公布日期\t信息来源\n0776-2023-2697\t2023-7-15\t南湖区市场监督管理局\n"
    "南湖区市场监督管理局2023年上半年工作总结\n" + P1,
    # round 5: a line that is the tail of the one above from inside a sentence (no sentence end before it);
    # a refrain of two sentences under two items
    T + "我们要加强组织领导，压实工作责任。\n压实工作责任。",
    T + "（一）甲地。要加强领导。确保到位。\n（二）乙地。要加强领导。确保到位。",
]


@pytest.mark.parametrize("text_in,text_out", FIXED, ids=[r[0][len(T):len(T) + 24] for r in FIXED])
def test_repeat_removed(text_in, text_out):
    cleaned = clean(text_in)
    assert cleaned.text == text_out
    assert cleaned.restore() == text_in
    assert all(f.rule.startswith(("dup.", "chrome.drop_title_repeats")) for f in cleaned.findings if f.action == "remove")


@pytest.mark.parametrize("text", KEPT, ids=[t[len(T):len(T) + 24] for t in KEPT])
def test_must_not_change(text):
    cleaned = clean(text)
    assert not [f for f in cleaned.findings if f.rule.startswith("dup.") and f.action == "remove"]


def test_reasons_say_what_repeats():
    edits = list(dup.drop_repeated_paragraphs("（一）" + P1 + "\n（二）" + P2 + "\n（三）" + P3 + "\n（一）" + P1))
    assert [e.reason for e in edits] == ["numbered item repeated 2 paragraphs after itself, its number out of sequence"]
