"""Outline numbering, round 6: a whole marker spelled another way (capitals, Roman numerals,
homophones, traditional 條, list letters) or with something typed before it (a bullet, Word's own
number, an ordinal 第). Each is read only as a look-alike: repaired where both neighbours agree,
never flagged where they do not. Rows run through the whole pipeline.
"""

from __future__ import annotations

import pytest

from cleaner.pipeline import clean

S = "\u3000"
L1 = "关于加强管理的通知\n各单位：\n一、总体要求\n二、主要任务\n{}加强保障，落实责任。\n四、其他事项\n"
L2 = "关于加强管理的通知\n各单位：\n一、总体要求\n（一）加强领导。\n（二）完善制度。\n{}强化保障。\n（四）严格考核。\n"
L3 = "关于加强管理的通知\n各单位：\n一、总体要求\n1.加强领导。\n2.完善制度。\n{}强化保障。\n4.严格考核。\n"
ART = f"管理办法\n第一条{S}甲。\n第二条{S}乙。\n{{}}{S}丙。\n第四条{S}丁。\n"

MUST_FIX = [
    (L1.format("叁、"), L1.format("三、")),
    (L1.format("III、"), L1.format("三、")),
    (L1.format("Ⅲ、"), L1.format("三、")),
    (L1.format("山、"), L1.format("三、")),
    (L1.format("● 三、"), L1.format("三、")),
    (L1.format("第三、"), L1.format("三、")),
    (L1.format("(3)\t三、"), L1.format("三、")),  # Word's own number, its brackets widened first
    (L1.format("3.\t三、"), L1.format("三、")),
    (L2.format("（III）"), L2.format("（三）")),
    (L2.format("（叁）"), L2.format("（三）")),
    (L2.format("（第三）"), L2.format("（三）")),
    (L3.format("c."), L3.format("3.")),
    (ART.format("第三條"), ART.format("第三条")),
    (ART.format("第三调"), ART.format("第三条")),
    (L1.format("一、"), L1.format("三、")),  # Word's "restart numbering": both neighbours agree on 三
    (L1.format("五、"), L1.format("三、")),
]

MUST_NOT_CHANGE = [
    L1.format("三、"),
    "关于加强管理的通知\n一、总体要求\n山、水、林、田、湖、草一体保护。\n二、主要任务\n",  # no sibling asks for 三
    "关于加强管理的通知\n一、总体要求\n第三、第四季度完成验收。\n二、主要任务\n",
    "关于加强管理的通知\n一、总体要求\nIII类水质断面比例达到80%。\n二、主要任务\n",
    "关于加强管理的通知\n一、总体要求\n（I）类项目。\n二、主要任务\n",
]


@pytest.mark.parametrize(("text_in", "text_out"), MUST_FIX)
def test_markers_spelled_another_way_are_repaired(text_in, text_out):
    assert clean(text_in, "t").text == clean(text_out, "t").text


def test_a_list_of_ordinals_is_no_marker():
    # the list asks for 三 here, but 第三、第四 is a list of ordinals
    assert "\n第三、第四季度，加强保障" in clean(L1.format("第三、第四季度，"), "t").text


@pytest.mark.parametrize("text", MUST_NOT_CHANGE)
def test_words_and_figures_that_look_like_markers_stay(text):
    cleaned = clean(text, "t")
    assert [f for f in cleaned.findings if f.rule.startswith("numbering") and f.action != "flag"] == []
