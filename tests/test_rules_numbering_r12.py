"""Outline numbering, round 12: the first marker of a list in another numeral system, a marker in
another level's full style between two siblings of a list, a marker left alone on its line, and a
tail shifted back (a number repeated and the markers after it counting on from the repeat).
Must-not-change rows are real shapes that look like these: lists of their own level, restarts
under a lead-in line, table rows with item numbers, 第N条 citations, a chapter title on its own
line. Rows run through the whole pipeline.
"""

from __future__ import annotations

import pytest

from cleaner.pipeline import clean

S = "\u3000"
HEAD = "关于加强管理的通知\n各单位：\n"
L2 = HEAD + "一、总体要求\n{}加强领导。\n（二）完善制度。\n（三）强化保障。\n二、主要任务\n"
L2_MID = HEAD + "一、总体要求\n（一）加强领导。\n（二）完善制度。\n{}强化保障。\n（四）严格考核。\n二、主要任务\n"
L1_MID = HEAD + "一、总体要求\n加强领导。\n二、主要任务\n完善制度。\n{}强化保障\n落实责任。\n四、其他事项\n做好衔接。\n"
L3_MID = HEAD + "一、总体要求\n（一）加强领导\n1.健全机制。\n2.完善制度。\n{}强化保障。\n4.严格考核。\n（二）压实责任\n"
ART = f"管理办法\n第一条{S}甲。\n第二条{S}乙。\n{{}}丙。\n第四条{S}丁。\n"

MUST_FIX = [
    # the first item of a list in another numeral system, the second item confirming the list
    (L2.format("（1）"), L2.format("（一）")),
    (L2.format("(1)"), L2.format("（一）")),
    # a marker in another level's full style, its two siblings agreeing on its number
    (L2_MID.format("3."), L2_MID.format("（三）")),
    (L2_MID.format("３．"), L2_MID.format("（三）")),
    (L1_MID.format("（3）"), L1_MID.format("三、")),
    (L3_MID.format("（三）"), L3_MID.format("3.")),
    # the last item of a list in another numeral system, its parent's next marker closing the list
    (HEAD + "一、总体要求\n（一）甲。\n（二）乙。\n（3）丙。\n二、主要任务\n", HEAD + "一、总体要求\n（一）甲。\n（二）乙。\n（三）丙。\n二、主要任务\n"),
    # an article number repeated that also ran into its text: the full-width gap comes back with the repair
    (ART.format("第二条"), ART.format(f"第三条{S}")),
    # a marker alone on its line, its heading on the next line
    (L2_MID.format("（三）\n"), L2_MID.format("（三）")),
    (L1_MID.format("三、 \n"), L1_MID.format("三、")),
    (ART.format("第三条\n"), ART.format(f"第三条{S}")),
]


@pytest.mark.parametrize(("text_in", "text_out"), MUST_FIX)
def test_markers_are_repaired(text_in, text_out):
    assert clean(text_in, "t").text == clean(text_out, "t").text


def test_a_repeat_with_the_rest_counting_on_is_flagged_not_renumbered():
    # Review r12: a heading repeated with （续）, or a 目录 block above the text, repeats a marker
    # with the rest counting on from it and is right as written: the repeat is pointed at only.
    text = HEAD + "一、总体要求\n甲。\n二、主要任务\n乙。\n二、保障措施\n丙。\n三、工作要求\n丁。\n四、其他\n戊。"
    cleaned = clean(text, "t")
    assert "\n二、保障措施\n" in cleaned.text and "\n三、工作要求\n" in cleaned.text and "\n四、其他\n" in cleaned.text
    found = [f for f in cleaned.findings if f.rule == "numbering.repair_outline"]
    assert [f.action for f in found] == ["flag"]


def test_a_repeat_with_nothing_counting_on_stays_a_single_repair():
    text = HEAD + "一、总体要求\n甲。\n二、主要任务\n乙。\n二、保障措施\n丙。\n四、工作要求\n丁。"
    cleaned = clean(text, "t")
    assert "\n三、保障措施\n" in cleaned.text and "\n四、工作要求\n" in cleaned.text


MUST_NOT_CHANGE = [
    # a list of its own level inside a heading's section: 1. 2. 3. under （二）, never （三）
    HEAD + "一、总体要求\n（一）加强领导。\n（二）完善制度\n1.健全机制。\n2.完善规则。\n3.强化保障。\n（三）严格考核。\n",
    # a sub-list that runs on across its parents (a style of its own), not a level swap
    HEAD + "一、总体要求\n（一）加强领导\n1.健全机制。\n2.完善规则。\n（二）完善制度\n3.强化保障。\n4.严格考核。\n（三）压实责任\n",
    # a level-four list numbered on across its parents: (3) under （二） is that list's next, not （三）
    HEAD + "一、总体要求\n（一）加强领导\n（1）健全机制。\n（2）完善规则。\n（二）完善制度\n（3）强化保障。\n二、主要任务\n",
    # a list that restarts at 1 under a lead-in line ending in ：, whatever the outline reached
    HEAD + "一、总体要求\n1.加强领导。\n2.完善制度。\n3.强化保障。\n4.严格考核。\n申报单位需提交以下材料：\n1.申请表；\n2.承诺书；\n3.实施方案。\n二、主要任务\n",
    # a first （1） under its parent with its own （2）: a list of level four, not （一）
    HEAD + "一、总体要求\n（1）加强领导。\n（2）完善制度。\n二、主要任务\n（一）强化保障。\n（二）严格考核。\n",
    # item numbers in table rows, set apart by full-width spaces or tabs
    HEAD + "一、总体要求\n序号　　项目名称　　完成时限\n1　　道路改造　　6月底前\n2　　管网更新　　9月底前\n3　　校舍维修　　12月底前\n二、主要任务\n",
    HEAD + "一、总体要求\n序号\t项目名称\t完成时限\n1\t道路改造\t6月底前\n2\t管网更新\t9月底前\n二、主要任务\n",
    # a chapter's title on a line of its own (a real layout), and articles cited in prose
    f"管理办法\n第一章\n总则\n第一条{S}为加强管理，制定本办法。\n第二条{S}依据第十二条规定执行。\n第二章\n附则\n第三条{S}本办法自发布之日起施行。\n",
    # a paragraph that opens with a year, an amount or a 第N条 citation
    HEAD + "一、总体要求\n2023年，全市共完成项目验收46个。\n1.2亿元专项资金已全部下达。\n依据第二十二条规定，相关单位应当限期整改。\n二、主要任务\n",
    # a marker alone on its line with no sibling to confirm it: left as it is
    HEAD + "3.\n附件材料另行报送。\n",
]


@pytest.mark.parametrize("text", MUST_NOT_CHANGE)
def test_right_numbering_stays(text):
    cleaned = clean(text, "t")
    assert [f for f in cleaned.findings if f.rule.startswith("numbering")] == []


def test_bjtcm_legal_documents_raise_no_numbering_finding_r12():
    from pathlib import Path

    from cleaner import io

    wild = next((p / "shared" / "wild" / "raw" for p in Path(__file__).resolve().parents
                 if (p / "shared" / "wild" / "raw").is_dir()), None)
    pages = sorted(wild.glob("bjtcm_*.html")) if wild else []
    if not pages:
        pytest.skip("the wild pages are not on this machine")
    for page in pages:
        cleaned, _ = io.clean_path(page)
        found = [f for f in cleaned.findings if f.rule.startswith("numbering")]
        assert [f for f in found if f.action == "flag"] == [], page.name
        assert [f for f in found if any(w in f.reason for w in _ROUND_12_REASONS)] == [], page.name


# The reasons of this round's repairs: none of them may fire on the real legal documents.
_ROUND_12_REASONS = ("another level's style", "alone on its line", "repeats the marker before it")
