"""Round 43: a count that opens a clause and lost its measure word is flagged; the rest of an ad
line broken over a line break goes with it.

Measured on real text (the 31 provincial reports of 2026, the wild reference reports and pages,
the seeds, the TUNE base documents and 31 real numbered notices and 办法 of other departments,
1.6 million characters): of 1,231 figures of one to four digits that open a clause (after ，。；、 or a line break)
before a Han character, every one takes a measure word, a unit or a terse noun, but a medal tally.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from cleaner.pipeline import clean
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


# ---- the rest of an ad line broken over a line break ------------------------------------------

_BASE = Path(__file__).resolve().parent.parent / "eval" / "base" / "tune"


def _doc(name: str) -> list[str]:
    return (_BASE / f"{name}.txt").read_text(encoding="utf-8").split("\n")


def _between(name: str, *inserted: str, at: int = 6) -> tuple[str, str]:
    """(raw, base): the lines ``inserted`` put between two lines of the document's body."""
    lines = _doc(name)
    return "\n".join(lines[:at] + list(inserted) + lines[at:]), "\n".join(lines)


@pytest.mark.parametrize("upper, lower", [
    ("需要代写年终总结的朋友请联系：159 00", "00 7781"),      # a number broken over the line
    ("欢迎加入公文写作交流群，群号：583", "920147"),
    ("公文写作代写服务，专注体制内材料十", "二年；"),          # a word broken over the line
    ("搜一搜\u201c笔墨文库\u201d公众号，回复\u201c全文", "\u201d即可查看"),  # a quote broken over the line
])
@pytest.mark.parametrize("name", ["w07", "gwr_05"])
def test_ad_line_broken_over_a_line_goes_whole(name, upper, lower):
    raw, base = _between(name, upper, lower)
    result = clean(raw)
    assert result.text == clean(base).text
    assert any(f.rule == "ads.drop_solicitation_lines" and "broken over a line" in f.reason for f in result.findings)


@pytest.mark.parametrize("ad, lower", [
    ("欢迎加入公文写作交流群，群号：583920147", "2023年7月10日"),   # a signature date
    ("欢迎加入公文写作交流群，群号：583920147", "江岭市交通运输局"),
    ("代写材料，微信：xz123", "3号楼改造工程完工"),                  # a line of the text opening with a figure
    ("代写材料，QQ：2837461", "5G基站建设有序推进"),
    ("代写材料，微信：xz123", "AAAA级景区创建工作顺利推进"),
])
def test_the_line_under_an_ad_that_reads_as_its_own_stays(ad, lower):
    lines = _doc("w07")
    raw = "\n".join(lines + [ad, lower])
    result = clean(raw)
    assert ad not in result.text
    assert result.text.rstrip().endswith(lower)
