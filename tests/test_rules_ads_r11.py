"""Round 11: ads spliced into a sentence without brackets, cut to their seam, through the whole pipeline.

An ad spliced into the middle of a word (营商|http://…/app.apk|环境, 整治行|长期承接…|动) leaves a
seam: without it the text closes up into a word the document uses elsewhere, while the ad's
words and its two edges are character pairs found nowhere else in the document. The seam is
a position cue for the ad's other cues and fixes where its cue-less words end.
Must stay: a notice's own phone, QQ work group, portal and codes in a sentence, 扫码 and 下载
instructions, sentences against paid writing.
"""

from __future__ import annotations

import pytest

from cleaner.pipeline import clean
from helpers import ads_removed

TITLE = "南湖区市场监督管理局2023年上半年工作总结"
SIG = "南湖区市场监督管理局\n2023年7月10日"
P1 = "今年以来，区市场监管局坚持以服务高质量发展为主线，持续优化营商环境，扎实推进各项任务落实。"
P2 = "（一）开展专项行动。聚焦重点领域开展专项行动，确保各项任务落到实处。"
P3 = "（二）强化执法办案。上半年共立案查处各类违法案件186件，结案152件，罚没款金额326.5万元。"
P4 = "（三）深化改革创新。推进企业开办全程网上办，企业开办时间压缩至2个工作日以内。"


def _page(*body: str) -> str:
    return "\n".join([TITLE, *body, SIG])




def test_words_of_an_offer_without_cues_stay():
    # 落到实|长期承接…|处: round 12 cuts no bare Han character beyond an ad's cues (next to an ad
    # they are as often the document's own rare words); the offer and its contact go, 长期 stays.
    line = "（四）加强组织领导。要亲自研究部署，确保各项任务落到实长期承接各类文稿写作服务|加薇xzbang72处。"
    raw = _page(P1, P2, P3, P1, line)
    out = clean(raw).text
    assert "承接各类文稿写作服务|加薇xzbang72" not in out and "确保各项任务落到实长期处。" in out


SPLICED = [
    # a number in full width inside 案|…|件
    (P2, "全年共办结投诉举报案ＱＱ１８６００００２２２２（材料润色）件2350件。", "ＱＱ１８６００００２２２２（材料润色）"),
]


@pytest.mark.parametrize("other, line, ad", SPLICED)
def test_ad_spliced_into_a_word_goes_whole(other, line, ad):
    raw = _page(P1, P2, P3, other, line)
    out = clean(raw).text
    assert ad not in out and line.replace(ad, "")[3:] in out  # (its outline marker may be renumbered)
    assert any(ad in r or r in ad and len(r) >= 0.9 * len(ad) for r in ads_removed(raw))


KEPT = [
    # a notice's own phone, group, portal and codes in a body sentence
    "请拨打13800138000咨询报名事宜，工作日9:00-17:00受理。",
    "各单位联络员请加入“南湖区项目申报”QQ工作群（群号：61234567），材料模板在群文件中下载。",
    "申报书模板可在区政府门户网站（www.nanhu.gov.cn）“通知公告”栏目下载，填写后报送材料。",
    "请扫描下方二维码填写报名信息，并于报名截止前提交相关材料。",
    "辖区12家企业通过ISO9001质量管理体系认证，全面推行质量管理体系。",
    "统一社会信用代码为91330100MA2AB1234X的企业已完成整改，各项任务落到实处。",
    "严禁委托中介机构或他人代写申报材料，对网上发布的代写材料、代办证照等虚假广告，发现后及时举报。",
    "咨询电话：0571-87654321（工作日9:00-17:00），也可在“南湖发布”微信公众号留言咨询。",
    # a header row of numbers: a cut between two digits (0|…|2) joins nothing
    "Index No./索引号：000014349/2021-00123\u3000Date 发布日期：2021-04-02",
    # an address bracketed after the system's name (系统(http://…)中): an aside, not a splice
    "在科研专项项目管理系统(http://www.bjhbkj.com:81/pub/toPubHome)中进行线上填报，管理系统中的说明。",
    # an office's own site or account glued into its words, the closed-up pair used elsewhere (the
    # round-11 review: a splice is a cue, never a stand-in for foreign vocabulary)
    "请登录南湖人才网www.nhrc.com.cn查询，人才网查询结果以公告为准。",
    "关注南湖市场监管微信公众号nhsc2021获取通知，公众号获取通知更及时。",
    "各合作社可通过南湖农技推广平台www.nhnj.com.cn，市农业农村局将及时答复。",
]


@pytest.mark.parametrize("line", KEPT)
def test_notice_own_text_stays(line):
    raw = _page(P1, P2, line, P3, P4)
    assert line in clean(raw).text or not ads_removed(raw), ads_removed(raw)
    assert not ads_removed(raw)
