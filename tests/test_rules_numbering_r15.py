"""Outline numbering, round 15: a marker or its numeral lost to ? by a codepage step, a heading glued
to the paragraph before through the space its lost line break left (第N条 and 第N章 too, with their
GB/T 9704 gap), and a Chinese marker with two slips (another mark or a space for its 、, and the
number of a neighbour). Must-not-change rows are real shapes that look like these: a ? that stands
for a lost character of running text, a 第N条 citation after a sentence end, a name like 五.一 at a
line's head, numbers opening a paragraph (1、2月份, 一、二级, 12.4宪法日), an inline list. Rows run
through the whole pipeline.
"""

from __future__ import annotations

import pytest

from cleaner.pipeline import clean

S = "\u3000"
HEAD = "关于加强管理的通知\n各单位：\n"
L1_MID = HEAD + "一、总体要求\n加强领导。\n二、主要任务\n完善制度。\n{}强化保障措施\n落实责任。\n四、其他事项\n做好衔接。\n"
L2_MID = HEAD + "一、总体要求\n（一）加强领导。\n（二）完善制度。\n{}强化保障。\n（四）严格考核。\n二、主要任务\n"
L3_MID = HEAD + "一、总体要求\n（一）加强领导\n1.健全机制。\n2.完善制度。\n{}强化保障。\n4.严格考核。\n（二）压实责任\n"
ART = f"管理办法\n第一条{S}甲。\n第二条{S}乙。\n{{}}丙。\n第四条{S}丁。\n"
GLUED_L1 = HEAD + "一、总体要求\n加强领导。\n二、主要任务\n完善制度，全面完成年度任务。{}三、强化保障\n落实责任。\n四、其他事项\n做好衔接。\n"
GLUED_ART = f"管理办法\n第一条{S}甲。\n第二条{S}乙项工作已经完成。{{}}第三条{S}丙。\n第四条{S}丁。\n"
CHAPTERS = (f"管理办法\n第一章{S}总则\n第一条{S}甲。\n第二章{S}管理\n第二条{S}乙。{{}}第三章{S}监督\n"
            f"第三条{S}丙。\n第四章{S}附则\n第四条{S}丁。\n")

SENTENCES = (HEAD + "一、总体要求\n（一）甲项工作已完成，全年共10次。\n（二）乙项工作已完成，全年共12次。\n"
             "{}持续深化专项整治，全年开展检查100次。\n（四）丁项工作，新开通线路6条。\n二、主要任务\n")

MUST_FIX = [
    # a marker, or its numeral, lost to ? (the page wrote ⑶ / ㈢, the codepage had no such glyph)
    (L1_MID.format("?"), L1_MID.format("三、")),
    (L1_MID.format("\uff1f\u3001"), L1_MID.format("三、")),
    (L2_MID.format("（?）"), L2_MID.format("（三）")),
    (L2_MID.format("(\uff1f)"), L2_MID.format("（三）")),
    (L3_MID.format("?."), L3_MID.format("3.")),
    (ART.format(f"第?条{S}"), ART.format(f"第三条{S}")),
    # 弟 / 递 for 第 (the same pinyin) in an article between its two siblings
    (ART.format(f"弟三条{S}"), ART.format(f"第三条{S}")),
    (ART.format(f"递三条{S}"), ART.format(f"第三条{S}")),
    # a whole marker lost to ? before an item that is a sentence, like its siblings
    (SENTENCES.format("\uff1f "), SENTENCES.format("（三）")),
    # a heading glued to the paragraph before through the space its lost line break left
    (GLUED_L1.format(" "), GLUED_L1.format("\n")),
    (GLUED_L1.format(S), GLUED_L1.format("\n")),
    (GLUED_L1.format("\u00a0"), GLUED_L1.format("\n")),
    (GLUED_L1.replace("三、强化", "三、2025年强化").format(" "), GLUED_L1.replace("三、强化", "三、2025年强化").format("\n")),
    (GLUED_ART.format(""), GLUED_ART.format("\n")),
    (GLUED_ART.format(S), GLUED_ART.format("\n")),
    (CHAPTERS.format(S * 2), CHAPTERS.format("\n")),
    # two slips in one Chinese marker: another mark (or a space) for its 、 and a neighbour's number
    (L1_MID.format("四."), L1_MID.format("三、")),
    (L1_MID.format("二 "), L1_MID.format("三、")),
    (L1_MID.format("二\uff0c"), L1_MID.format("三、")),
]


@pytest.mark.parametrize(("text_in", "text_out"), MUST_FIX)
def test_markers_are_repaired(text_in, text_out):
    assert clean(text_in, "t").text == clean(text_out, "t").text


MUST_KEEP = [
    # a ? for a lost character of running text, where a marker is missing: the text is no heading
    HEAD + "一、总体要求\n加强领导。\n二、主要任务\n完善制度。\n?据统计，全年完成投资12亿元，同比增长8%。\n四、其他事项\n做好衔接。\n",
    # a ? opening a line of a complete list (a lost indentation space)
    HEAD + "一、总体要求\n?加强领导，全面落实责任。\n二、主要任务\n完善制度。\n",
    # a 第N条 citation after a sentence end: no GB/T 9704 gap after it
    f"管理办法\n第一条{S}甲。\n第二条{S}乙项工作已经完成。第三条规定的情形除外。\n第四条{S}丁。\n",
    # a decimal after a sentence end where 3. is missing: no marker glued there
    HEAD + "一、总体要求\n1.甲。\n2.乙项工作全面完成。3.5亿元资金已下达。\n4.丁。\n二、主要任务\n",
    # 弟 opening a line of running text where an article is missing
    f"管理办法\n第一条{S}甲。\n第二条{S}乙。\n弟弟三人参加了培训。\n第四条{S}丁。\n",
    # 五.一 at a line's head where a marker is missing: a name, not a marker in another shape
    HEAD + "一、总体要求\n加强领导。\n二、主要任务\n完善制度。\n五.一劳动节期间开展安全检查。\n四、其他事项\n做好衔接。\n",
    # numbers opening a paragraph that are no marker, in a list they could continue
    HEAD + "一、总体要求\n加强领导。\n二、主要任务\n完善制度。\n1、2月份，全市新开工项目36个，同比增长5%。\n三、其他事项\n做好衔接。\n",
    HEAD + "一、总体要求\n（一）加强领导。\n（二）完善制度。\n一、二级预警信息由县级指挥部统一发布。\n（三）严格考核。\n",
    HEAD + "一、总体要求\n（一）加强领导。\n（二）完善制度。\n12.4国家宪法日前后，各地集中开展主题宣传活动。\n（三）严格考核。\n",
    # an inline list restarting at (1) inside a sentence, and a cited pair of articles
    HEAD + "一、总体要求\n（一）加强领导。\n（二）申请人应当提交下列材料：（1）申请书；（2）身份证明；（3）承诺函。\n（三）严格考核。\n",
    f"管理办法\n第一条{S}甲。\n第二条{S}乙。\n第十二条、第十五条规定的情形，依照有关法律法规处理。\n第三条{S}丙。\n",
]


_LOOKALIKE_HEADS = ("?", "弟弟", "2.乙项", "第二条\u3000乙项", "五.一", "1、2", "一、二级", "12.4", "（二）申请人", "第十二条")


@pytest.mark.parametrize("text", MUST_KEEP)
def test_lookalikes_stay(text):
    cleaned = clean(text, "t")
    # the look-alike line itself is kept as written, and no marker is put into it
    lookalike = next(line for line in text.split("\n") if line.startswith(_LOOKALIKE_HEADS))
    assert "\n" + lookalike + "\n" in cleaned.text + "\n"
    assert not [f for f in cleaned.findings if f.rule.startswith("numbering") and f.action != "flag"
                and f.start >= text.index(lookalike) - 1 and f.start <= text.index(lookalike) + len(lookalike)]


def test_a_lost_whole_marker_names_its_siblings():
    cleaned = clean(L1_MID.format("?"), "t")
    edits = [f for f in cleaned.findings if f.rule.startswith("numbering") and f.action != "flag"]
    assert len(edits) == 1 and "siblings" in edits[0].reason


# Lists in a style of their own (cleaner/outlinestyles.py): one marker between two siblings that agree.
STYLED = HEAD + "一、总体要求\n{}加强组织领导。\n{}完善工作制度。\n{}强化资金保障。\n{}严格督查考核。\n二、主要任务\n"
STYLED_FIX = [
    # Withdrawn after the round-15 review (tests/test_rules_review_r15.py): a marker that repeats
    # its predecessor's numeral (第二，第二 a tie, B. B. a grade given twice, Ⅰ 类 Ⅰ 类 a class):
    # (("A.", "B.", "B.", "D."), ("A.", "B.", "C.", "D.")),
    # (("a)", "b)", "b)", "d)"), ("a)", "b)", "c)", "d)")),
    # (("\u2160\u3001", "\u2161\u3001", "\u2161\u3001", "\u2163\u3001"), ("\u2160\u3001", "\u2161\u3001", "\u2162\u3001", "\u2163\u3001")),
    # ((f"第一部分{S}", f"第二部分{S}", f"第二部分{S}", f"第四部分{S}"), (f"第一部分{S}", f"第二部分{S}", f"第三部分{S}", f"第四部分{S}")),
    # (("其一，", "其二，", "其二，", "其四，"), ("其一，", "其二，", "其三，", "其四，")),
    # (("第一，", "第二，", "第二，", "第四，"), ("第一，", "第二，", "第三，", "第四，")),
    # (("一．", "二．", "二．", "四．"), ("一．", "二．", "三．", "四．")),
    (("（A）", "（B）", "（D）", "（D）"), ("（A）", "（B）", "（C）", "（D）")),
    ((f"第一节{S}", f"第二节{S}", f"第四节{S}", f"第四节{S}"), (f"第一节{S}", f"第二节{S}", f"第三节{S}", f"第四节{S}")),
]


@pytest.mark.parametrize(("bad", "good"), STYLED_FIX)
def test_styled_lists_are_repaired(bad, good):
    assert clean(STYLED.format(*bad), "t").text == clean(STYLED.format(*good), "t").text


# Withdrawn after the round-15 review: the repeated 其二 (a repeat is a tie as often as a slip).
# def test_an_inline_qi_list_is_repaired():
#     text = HEAD + "一、总体要求\n意义在于：其一，加强领导；其二，完善制度；其二，强化保障；其四，严格考核。\n"
#     assert "其三，强化保障" in clean(text, "t").text


STYLED_KEEP = [
    # choices of several questions: each list starts again
    HEAD + "1.您对服务是否满意？\nA.满意\nB.不满意\n2.您是否愿意推荐？\nA.愿意\nB.不愿意\n",
    # water classes at a line's head: no marker
    HEAD + "一、水质状况\n\u2161类水质断面12个。\n\u2161类水质断面比例提高。\n\u2163类水质断面3个。\n",
    # a skip in a styled list: no number is inferred
    HEAD + "一、总体要求\n其一，加强领导；其三，强化保障；其四，严格考核。\n",
    # 其 inside a word, and ordinals that are no list (第一时间, 第一、第二季度)
    HEAD + "一、总体要求\n尤其二季度以来，第一时间响应；第一、第二季度完成投资，第二，第二批次。\n",
    # after the round-15 review: a tie, a grade given twice, a class before 类, an annex's parts
    HEAD + "一、成绩\n第一，一中；第二，三中；第二，五中（并列）；第四，二中。\nA.优秀\nB.称职\nB.称职（试用期）\nD.不称职\n",
    HEAD + "一、水质状况\n\u2160 类水质断面2个。\n\u2160 类至\u2162类比例92%。\n\u2162 类水质断面5个。\n",
    HEAD + f"附件1\n第一部分{S}申报说明\n第二部分{S}申报材料\n附件2\n第一部分{S}评审标准\n第四部分{S}附表\n",
]


@pytest.mark.parametrize("text", STYLED_KEEP)
def test_styled_lookalikes_stay(text):
    cleaned = clean(text, "t")
    assert not [f for f in cleaned.findings if f.rule == "numbering.repair_outline" and f.action != "flag"]
