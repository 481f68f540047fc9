"""ads, round 5: the businesses that inject text into reposted government documents.

Exam and training sellers, document-sharing sites' paywalls and names, apps pushed over
the text, self-media sign-offs, material bundles teased without a contact, channels spelt
in pinyin or decorated with emoji. Must-not-change rows: a government text's own exam
notice, app, registration and account, scoring rules (扣1分), 上岸 of fishermen.
"""

from __future__ import annotations

import pytest

from cleaner.edits import apply
from cleaner.rules import ads
from cleaner.types import Context, Corpus

TITLE = "江岭市人力资源和社会保障局关于做好2024年度考试录用工作的通知"
BODY = "现将有关事项通知如下，请结合实际认真贯彻落实。"
BODY2 = "各单位要高度重视，加强组织领导，确保各项工作落到实处。"
SIGNATURE = "江岭市人力资源和社会保障局\n2024年3月29日"


def run_ads(text: str) -> str:
    ctx = Context(corpus=Corpus())
    for rule in (ads.drop_solicitation_lines, ads.drop_inline_solicitations):
        text = apply(text, list(rule(text, ctx)))
    return text


def page(*middle: str) -> str:
    return "\n".join((TITLE, BODY) + middle + (BODY2, SIGNATURE))


AD_LINES = [
    # exam and training sellers
    "2025国考面试系统班报名中，上岸率高，咨询VX：gk2025",
    "教资笔试历年真题及解析免费领取，加QQ群：123456789",
    "事业编网课低至90元，私信获取试听课",
    "想考遴选的同学，备考资料包已整理好，回复“遴选”领取",
    "选调生一对一辅导，不过退费，联系13800138000",
    # document-sharing paywalls and names
    "剩余5页未读，继续阅读",
    "试读已结束，开通VIP会员即可免费下载全文",
    "本文档共8页，当前为第1页，下载需3积分",
    "内容已隐藏，登录后查看完整版",
    "豆丁网VIP专享文档，下载券3张",
    "转载自豆丁网",
    "本文选自道客巴巴，仅供参考",
    "瑞文网整理发布",
    # apps
    "打开豆丁网APP，阅读全文",
    "下载APP，免费查看更多范文",
    "打开App，查看剩余内容",
    # self-media sign-offs
    "原创不易，喜欢请点赞、关注、转发",
    "我是笔杆子小王，关注我，每天分享一篇材料写作干货",
    "码字不易，欢迎转发收藏，关注不迷路",
    "以上就是今天的分享，我是机关老李，我们下期见",
    "原创不易，转载请联系作者授权。",
    # bundles teased without a contact
    "2025最新版党建材料合集（共300份）已打包，需要的留言",
    "小编整理不易，需要源文件的同学评论区扣1",
    "全套300篇工作总结模板，点赞后自取",
    "原版Word文档已上传至网盘，提取码见评论区",
    # pinyin and emoji channels
    "代写各类材料 kou kou：13800138000",
    "范文模板领取 jia V：rrwk221",
    "✅党课讲稿原创✅一对一服务 ➡️微：13800138000",
]


@pytest.mark.parametrize("ad", AD_LINES)
def test_ad_lines_go(ad):
    assert run_ads(page(ad)) == page()
    assert run_ads(ad + "\n" + page()) == page()


@pytest.mark.parametrize("ad", [a for a in AD_LINES if not a.endswith("\u3002")])
def test_ads_glued_after_a_sentence_go(ad):
    assert run_ads(page(BODY2 + ad)) == page(BODY2)


KEEP = [
    "请于9月10日前登录市人事考试网报名，咨询电话0571-12345678。",
    "本次考试不指定考试辅导用书，不举办也不委托任何机构举办考试辅导培训班。",
    "请关注“江岭人社”微信公众号，回复“考试”查询报名信息。",
    "请下载国家反诈中心APP，开启来电预警功能。",
    "下载“江岭政务”APP可在线查看办理进度。",
    "每缺一项扣1分，扣完为止。",
    "渔民上岸安置工作有序推进。",
    "对困难学生开展一对一服务。",
    "积分落户申请人累计积分达到120分。",
    "转载自中国政府网",
    "为基层干部点赞，持续关注我市重点项目建设。",
    "本期培训班报名截至3月20日，需要的单位请与市人社局联系。",
    "相关材料已上传至政务网盘，提取码请向市人社局索取。",
    "撰写心得体会一篇，于4月底前报送。",
]


@pytest.mark.parametrize("line", KEEP)
def test_government_text_stays(line):
    for text in (page(line), line + "\n" + page(), page(BODY2 + line)):
        assert run_ads(text) == text
