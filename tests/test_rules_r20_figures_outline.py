"""Round 20: a breakdown line read against the last sentence above it, and an Arabic marker
before a year (2、2009年…) read as a marker; with the text that must stay as it is."""
import pytest

from cleaner.pipeline import clean

TITLE = "江岭市发展和改革委员会2021年工作总结\n一、主要工作\n"


def _figure_flags(text: str) -> list[str]:
    return [f.reason for f in clean(text).findings if f.rule == "figure.flag_parts_exceeding_total"]


def test_breakdown_below_a_paragraph_reads_the_total_of_its_last_sentence():
    # an earlier sentence of the paragraph states another amount of the unit: not the total
    text = (TITLE + "保证货币信贷总量满足需求，新增贷款5万亿元以上。二是优化信贷结构。总投资8265万元。\n"
            "其中：专项债券3844万元；地方政府债券4060万元；银行贷款3453万元。\n要加强协调。\n")
    assert _figure_flags(text) == ["parts add up to 11357万元, more than the total 8265万元 (unless the categories overlap)"]


@pytest.mark.parametrize("body", [
    # two totals in the last sentence: the parts may break down both
    "筹集资金6850万元，社会投资1.2亿元。\n其中：中央资金2400万元；省级补助3650万元；社会资本5000万元。\n",
    # parts that add up to the total of the last sentence
    "新增贷款5万亿元以上。总投资8265万元。\n其中：专项债券3844万元；地方政府债券4060万元；银行贷款361万元。\n",
])
def test_breakdowns_that_may_be_right_raise_no_flag(body):
    assert _figure_flags(TITLE + body) == []


OUTLINE = ("江岭市人民政府2009年政府工作报告\n一、2008年工作回顾\n（一）及时调整宏观经济政策。内容。\n"
           "（二）统筹经济社会发展。内容。\n{heading}\n今年是关键一年。\n三、2009年主要任务\n"
           "（一）加强和改善宏观调控。内容。\n（二）积极扩大国内需求。内容。\n")


@pytest.mark.parametrize("heading", ["2、2009年工作总体部署", "2、\uff12\uff10\uff10\uff19年工作总体部署"])
def test_arabic_marker_before_a_year_is_the_missing_sibling(heading):
    out = clean(OUTLINE.format(heading=heading)).text
    assert "\n二、2009年工作总体部署\n" in out
    assert "\n三、2009年主要任务\n" in out  # the siblings after it keep their numbers


@pytest.mark.parametrize("items", [
    # items of a list that open with a year: a list of its own, left as written
    "（三）历年成效。\n1、2019年完成投资12亿元。\n2、2020年完成投资15亿元。\n3、2021年完成投资18亿元。\n",
    # figures listed after a numeral: no marker
    "（三）历年成效。\n2、3月份完成投资12亿元。\n",
])
def test_year_lists_and_figure_lists_stay(items):
    text = TITLE + items
    c = clean(text)
    assert [f for f in c.findings if f.rule.startswith("numbering.") and f.action == "fix"] == []
    assert items.split("\n", 1)[1].rstrip("\n") in c.text


@pytest.mark.parametrize("sentence, flagged", [
    ("办理各类许可业务2140件，群众满意率达到99.2。", True),
    ("城市污水集中处理率已达到96.5，比上年提高2个百分点。", True),
    # a percent, a per-mille, points, a score, a ratio with no unit under 10, a rate of exchange
    ("城市污水集中处理率达到96.5%，出生率为10.5‰，及格率为60分。", False),
    ("地块容积率为2.5，建筑密度不大于30%。", False),
    ("年末人民币汇率为68，森林覆盖率达到百分之四十五。", False),
])
def test_a_rate_without_its_percent_sign_is_flagged(sentence, flagged):
    found = [f.reason for f in clean(TITLE + sentence + "\n").findings if f.action == "flag" and "percent sign" in f.reason]
    assert bool(found) is flagged
