"""ads, round 9: ads of other trades and spellings (rules/ads.drop_foreign_segments).

An account on a channel counts as an identifier even without a digit after "add" or on a
short-video platform (加微信：kaogong_a, 视频号：jlhaowu); a channel spelled to dodge filters (薇信, v x) is a telling cue; any bracket
kind splices (〈〉 ⟨⟩ ﹝﹞). Must-not-change rows: a notice's own contact line with a spaced or
full-width mobile, its own short-video account in a body sentence, body sentences about
the same trades (直播带货, 招聘会, 创业担保贷款), sentences against ads.
"""

from __future__ import annotations

import pytest

from cleaner import adforeign
from cleaner.edits import apply
from cleaner.rules import ads
from cleaner.types import Context, Corpus
from tests.test_rules_ads_r5 import BODY, BODY2, page


def run_all(text: str) -> str:
    ctx = Context(corpus=Corpus())
    for rule in (ads.drop_solicitation_lines, ads.drop_inline_solicitations, ads.drop_foreign_segments):
        text = apply(text, list(rule(text, ctx)))
    return text


AD_LINES = [
    "小班授课 加微信：kaogong_a",
    "抖音号：jlhaowu 每晚8点直播带货 全场包邮",
    "视频号: jlhaowu 源头工厂直播间 9块9秒杀",
    "消防工程师押题 薇信lydq99",
    "急招普工 包吃住 日结300 Ｗ Ｘ：ｈｒｚｐ２０２５",
    "ｖ ｘｊｉａｘｉａｏ１１３（招聘宝妈兼职 在家可做）",
]


@pytest.mark.parametrize("ad", AD_LINES)
def test_ad_lines_of_other_trades_go(ad):
    assert run_all(page(ad)) == page()


@pytest.mark.parametrize("opener, closer", [("\u3008", "\u3009"), ("\u27e8", "\u27e9"), ("\ufe5d", "\ufe5e")])
def test_an_ad_spliced_in_any_bracket_goes(opener, closer):
    text = f"做好统筹工作{opener}消防工程师押题 薇信lydq99{closer}，确保落实。"
    assert run_all(page(text)) == page("做好统筹工作，确保落实。")


def test_an_ad_line_goes_and_the_clause_above_stays():
    # the words glued after the last sentence above could be the ad's start or the notice's
    # own clause that lost its full stop: only the ad line goes (review, tests/data/review_r9)
    above = "全面开展安全生产检查，确保不少于1000次。教师资格证面试辅导"
    assert run_all(page(above, "小班授课 加微信：kaogong_a")) == page(above)


KEEP = [
    "联系人：王敏，联系电话：１３９ １２３４ ５６７８",
    "联系人：李建国　电话：139 1234 5678",
    "欢迎关注“江岭人社”抖音号和微信视频号，及时获取招聘和培训报名信息。",
    "组织开展“直播带货”助农活动12场，带动农产品线上销售3200万元。",
    "举办线上线下招聘会36场，提供就业岗位1.5万个。",
    "发放创业担保贷款1.2亿元，扶持创业1800人。",
    "严禁有偿代写，发现加微信兜售材料的行为一律严肃处理。",
    "执行GB50016等标准，推广ETC和APP电子支付。",
]


@pytest.mark.parametrize("line", KEEP)
def test_own_lines_stay(line):
    assert run_all(page(line)) == page(line)


def test_a_paragraph_ending_a_sentence_short_stays_above_an_ad():
    """The tail above an ad goes only when it is foreign: the notice's own words stay."""
    tail = BODY.rstrip("。")[-8:]
    text = page(BODY + tail, "小班授课 加微信：kaogong_a")
    assert tail in run_all(text)


def test_channel_accounts_are_identifiers():
    assert [(t.text, t.evasive) for t in adforeign.accounts("加微信:kaogong_a 薇信lydq99 抖音号:jlhaowu")] == [
        ("jlhaowu", False), ("kaogong_a", False), ("lydq99", True)]
    assert adforeign.accounts(BODY2) == []
