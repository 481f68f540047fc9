"""ads, round 7: ads found by the evidence every ad shares (rules/ads.drop_foreign_segments).

An identifier of any spelling, a call to act, vocabulary that occurs nowhere else in the
document and the segment's position must agree. Must-not-change rows: a notice's own
contact line and 400 hotline, its own accounts in a body sentence, sentences against ads,
body text with Latin ids (5G, IPv6, PM2.5), metadata rows with ids, outline lines.
"""

from __future__ import annotations

import pytest

from cleaner.edits import apply
from cleaner.rules import ads
from cleaner.types import Context, Corpus
from tests.test_rules_ads_r5 import page


def run_all(text: str) -> str:
    ctx = Context(corpus=Corpus())
    for rule in (ads.drop_solicitation_lines, ads.drop_inline_solicitations, ads.drop_foreign_segments):
        text = apply(text, list(rule(text, ctx)))
    return text


AD_LINES = [
    "USDT承兑 出U收U 飞机：@usdt_zs88",
    "【淘宝】￥KV64vuwFt￥ https://m.tb.cn/h.ysEBaQzkyg 点击链接直接打开",
    "论文发表 职称评审 快速见刊 投稿邮箱：wm5u123@qq.com",
    "Cheap replica watches online taodou88.xyz",
    "安卓版下载：http://123.56.78.90:8888/app.apk",
    "江岭管道疏通  化粪池清理  江岭马桶疏通电话  江岭疏通下水道",
    "学区精装现房 火爆认购中 咨询热线：400-123-4567转6688",
    "材料代写 薇：❶❸❽⓪⓪❶❸❽⓪⓪⓪",
]


@pytest.mark.parametrize("ad", AD_LINES)
def test_foreign_ad_lines_go(ad):
    assert run_all(page(ad)) == page()


GLUED = [
    ("做好统筹工作。#材料写作# 关注@文秘小助手", "做好统筹工作。"),
    ("做好统筹工作〖下载地址：http://253.35.34.143:8080/dl〗，确保落实。", "做好统筹工作，确保落实。"),
]


@pytest.mark.parametrize("text_in, text_out", GLUED)
def test_foreign_ads_in_a_paragraph_go(text_in, text_out):
    assert run_all(page(text_in)) == page(text_out)


KEEP = [
    "联系人：王伟，联系电话：0571-12345678",
    "服务监督电话：400-800-1234。",
    "投诉举报邮箱：jlwjjd@163.com。",
    "也可关注“江岭发布”微信公众号或微博@江岭发布了解最新进展。",
    "群众可拨打12345政务服务便民热线或发送邮件至jlzwfw@126.com。",
    "加快5G基站和IPv6规模部署，PM2.5平均浓度控制在32微克/立方米以内。",
    "严厉打击代写代考、虚开发票、非法网络赌博和虚假违法广告等行为。",
    "索引号：11330782MB12345X/2021-00012",
    "具体事项可登录http://www.example.gov.cn/a?b=1&c=2查询。",
    "（三）开展新服开区涉企收费专项检查，检查收费单位60家以上。",
    "扫一扫在手机打开当前页",
    "附件下载",
    "工作总结、工作计划、述职报告",
]


@pytest.mark.parametrize("line", KEEP)
def test_own_text_stays(line):
    assert run_all(page(line)) == page(line)
