"""ads and garbled, round 6: other trades' spam and other look-alikes.

Ads of hacked pages and forums (gambling, invoices and certificates, loans and clinics,
part-time job scams), a contact in Chinese numerals, a template site's tag cloud, an ad
broken over two lines; katakana, dashes and letters standing for look-alike characters,
base64 never decoded. Must-not-change rows: sentences against those trades, a notice's own
loans and contacts, genre lists of a notice, place ranges, ISO numbers.
"""

from __future__ import annotations

import pytest

from cleaner.rules import garbled
from tests.test_rules_ads_r5 import page, run_ads

AD_LINES = [
    "澳门银河娱乐 注册即送58元 www.abc88.com",
    "新葡京娱乐场官网",
    "代开各类发票 电话：13800138000",
    "办理各类证件，微信：13912345678",
    "V信:壹捌陆零零零零贰贰贰贰（材料代写）",
    "材料代写，请加微信：一三八零零一三八零零零",
    "无抵押信用贷款，当天放款，电话：13800138000",
    "华美男科医院哪家好，预约热线400-038-3100",
    "低息贷款额度高，秒批秒到，不看征信",
    "招聘网络兼职打字员，日结200元，联系QQ：123456789",
    "诚招淘宝刷单员，一单一结，无需押金",
    "热门标签：工作总结 工作计划 述职报告 心得体会",
    "TAG标签：工作要点范文、党课讲稿、整改报告、工作总结、工作计划",
]


@pytest.mark.parametrize("ad", AD_LINES)
def test_ad_lines_go(ad):
    assert run_ads(page(ad)) == page()


def test_ad_over_two_lines_goes():
    assert run_ads(page("需要本文Word版或代写材料的朋友", "请加微信：wdzj123，备注来意")) == page()


KEEP = [
    "严厉打击代写代考、虚开发票、非法网络赌博和虚假违法广告等行为。",
    "警惕“无抵押贷款”“兼职刷单”等电信网络诈骗，不轻信陌生来电和QQ群信息。",
    "各单位报送年度工作总结、工作计划、述职报告。",
    "为小微企业提供无抵押信用贷款，当天放款。",
    "税务机关为纳税人代开增值税发票，联系电话：0571-12345678。",
    "整治文化娱乐场所，规范棋牌室经营。",
]


@pytest.mark.parametrize("line", KEEP)
def test_government_text_stays(line):
    for text in (page(line), page("现将有关事项通知如下。" + line)):
        assert run_ads(text) == text


def test_own_contact_under_an_ad_line_is_not_taken_without_a_contact():
    text = page("代写各类材料，微信：xz666", "联系人：王伟，联系电话：0571-12345678")
    assert "联系人：王伟" in run_ads(text)


@pytest.mark.parametrize("text,flagged", [
    ("加强エ作，推进人ロ普查", ["エ", "ロ"]),
    ("进—步统—思想", ["—", "—"]),
    ("在2O21年完成3l5个项目", ["2O21", "3l5"]),
    ("加强5Yqg5by6工作", ["5Yqg5by6"]),
])
def test_lookalikes_flagged(text, flagged):
    assert [text[f.start:f.end] for f in garbled.flag_lookalike_scripts(text)] == flagged


@pytest.mark.parametrize("text", [
    "北京—上海高速公路，2021—2025年",
    "IO接口，ISO9001认证，PM2.5、PM10、O3、NO2等，B2B，第1页",
    "アイウエオ是日语假名，コロナ疫情",
    "密钥为abcdEFGH1234，见www.example.gov.cn",
    "一是加强领导，二是统一思想",
])
def test_lookalikes_not_flagged(text):
    assert list(garbled.flag_lookalike_scripts(text)) == []
