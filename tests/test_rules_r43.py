"""Round 43: a count that opens a clause and lost its measure word is flagged.

Measured on real text (the 31 provincial reports of 2026, the wild reference reports and pages,
the seeds, the TUNE base documents and 31 real numbered notices and 办法 of other departments,
1.6 million characters): of 1,231 figures of one to four digits that open a clause (after ，。；、 or a line break)
before a Han character, every one takes a measure word, a unit or a terse noun, but a medal tally.
"""
from __future__ import annotations

import pytest

from cleaner.rules.figure import flag_missing_measure_words


def _flagged(text: str) -> list[str]:
    return [text[f.start:f.end] for f in flag_missing_measure_words(text)]


@pytest.mark.parametrize("text,span", [
    ("大力发展文体事业，6遗址入选全国百年百大考古发现。", "6遗址入选"),
    ("水质达到有监测记录以来最好水平，203地表水国考断面水质优良。", "203地表水国"),
    ("发挥反走私作用。64反走私综合执法站实战运行。", "64反走私综"),
])
def test_a_count_opening_a_clause_before_a_word_is_flagged(text, span):
    assert _flagged(text) == [span]


@pytest.mark.parametrize("text", [
    "体育代表团贡献9金、5银、6铜，金牌和奖牌数均创新高。",
    "符合情形1、2、3仅需提供补充材料。",
    "会议于9：30召开，以3：1战胜对手。",
    "全年接听电话，12345热线接通率达到98%。",
    "2025全球工业互联网大会在沈阳举办。",
    "全市建成养老服务中心，3年来累计服务12万人次。",
])
def test_figures_opening_a_clause_that_are_no_count_stay_silent(text):
    assert _flagged(text) == []


@pytest.mark.parametrize("text", [
    "加强组织领导；2落实工作责任，明确任务分工。",
    "各地要高度重视。3完善工作机制，确保取得实效。",
    "工作要求\n1加强组织领导，明确责任分工。",
])
def test_an_item_number_that_lost_its_dot_is_no_count(text):
    assert _flagged(text) == []
