"""Outline numbering, round 5: slips inside one marker that leave no marker to read (GB/T 9704).

A PDF line break inside a marker, OCR's dash for 一 and look-alikes of 条 / 章, a lost 第 or unit,
a doubled unit or closing mark. Each must-fix row has its must-not-change rows.
"""

from __future__ import annotations

import pytest

from cleaner.edits import apply
from cleaner.pipeline import clean
from cleaner.rules.numbering import repair_marker_slips

S = "\u3000"
ARTICLES = f"办法\n第一条{S}甲。\n第二条{S}乙。\n{{}}{S}丙。\n第四条{S}丁。"
CHAPTERS = f"办法\n第一章{S}总则\n第一条{S}甲。\n第二章{S}管理\n第二条{S}乙。\n{{}}{S}附则\n第三条{S}丙。"


def repaired(text: str) -> str:
    for _ in range(3):  # the rule repairs a split first and the rest in the next round, like the pipeline
        text = apply(text, list(repair_marker_slips(text)))
    return text


MUST_FIX = [
    (ARTICLES.format("第\n三条"), ARTICLES.format("第三条")),
    (ARTICLES.format("第三\n条"), ARTICLES.format("第三条")),
    (ARTICLES.format("第三余"), ARTICLES.format("第三条")),
    (ARTICLES.format("第三朵"), ARTICLES.format("第三条")),
    (ARTICLES.format("三条"), ARTICLES.format("第三条")),
    (ARTICLES.format("第三"), ARTICLES.format("第三条")),
    (ARTICLES.format("第三条条"), ARTICLES.format("第三条")),
    (CHAPTERS.format("第三草"), CHAPTERS.format("第三章")),
    (CHAPTERS.format("三章"), CHAPTERS.format("第三章")),
    (CHAPTERS.format("第三章章"), CHAPTERS.format("第三章")),
    ("通知\n一、甲\n二\n、乙\n三、丙", "通知\n一、甲\n二、乙\n三、丙"),
    ("通知\n（一）甲\n（二）乙\n（三\n）丙\n（四）丁", "通知\n（一）甲\n（二）乙\n（三）丙\n（四）丁"),
    ("通知\n1.甲\n2\n.乙\n3.丙", "通知\n1.甲\n2.乙\n3.丙"),
    ("通知\n（-）甲\n（二）乙\n（三）丙", "通知\n（一）甲\n（二）乙\n（三）丙"),
    (f"办法\n第十条{S}甲。\n第十－条{S}乙。\n第十二条{S}丙。", f"办法\n第十条{S}甲。\n第十一条{S}乙。\n第十二条{S}丙。"),
    ("通知\n十、甲\n十ー、乙\n十二、丙", "通知\n十、甲\n十一、乙\n十二、丙"),
    ("通知\n（一）甲\n（二））乙\n（三）丙", "通知\n（一）甲\n（二）乙\n（三）丙"),
    ("通知\n1.甲\n2..乙\n3.丙", "通知\n1.甲\n2.乙\n3.丙"),
    ("通知\n（一）甲\n（二）、乙\n（三）丙", "通知\n（一）甲\n（二）乙\n（三）丙"),
    ("通知\n一、甲\n二、：乙\n三、丙", "通知\n一、甲\n二、乙\n三、丙"),
    ("通知\n1.甲\n2.、乙\n3.丙", "通知\n1.甲\n2.乙\n3.丙"),
]

MUST_NOT_CHANGE = [
    ARTICLES.format("第三条"),
    ARTICLES.format("第三方"),  # a word, not a look-alike of 条
    ARTICLES.format("第三节"),  # a unit of its own
    CHAPTERS.format("第三章"),
    f"办法\n第一批{S}名单\n第二批{S}名单",
    "表格\n（-）甲\n合计",  # no sibling confirms a dash for 一
    "通知\n十二\n个项目已完成。",  # a count broken over lines is no marker
    "通知\n2021\n.5亿元",
    "通知\n1.5亿元已拨付。",
    "通知\n（一）甲\n（二）“乙”",
    "通知\n（一）甲\n（二）乙",
    f"依照本办法第三条规定执行。\n第四条{S}另有规定的除外。",
]


@pytest.mark.parametrize(("text_in", "text_out"), MUST_FIX)
def test_must_fix(text_in, text_out):
    assert repaired(text_in) == text_out


@pytest.mark.parametrize("text", MUST_NOT_CHANGE)
def test_must_not_change(text):
    assert repaired(text) == text


def test_pipeline_keeps_the_chapter_sequence():
    c = clean(CHAPTERS.format("第三草"))
    assert c.text == CHAPTERS.format("第三章")
