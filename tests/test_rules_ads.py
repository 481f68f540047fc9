"""ads.drop_solicitation_lines and ads.drop_inline_solicitations: (text_in, text_out) tables.

An ad goes when independent cues agree (an offer, a contact in any spelling, template-site
vocabulary, a repost or copyright note, its position); a government text that mentions
微信公众号, 下载, 材料, 模板, 转载 or 联系电话 stays. The ad rows vary the spelling, the
brackets and the position; the must-not-change rows are government sentences that carry
the same words, each tried as a line of its own, glued after a sentence and in brackets.
"""

from __future__ import annotations

import pytest

from cleaner.edits import apply
from cleaner.pipeline import clean
from cleaner.rules import ads
from cleaner.types import Context, Corpus

TITLE = "江岭市卫生健康委员会关于印发2021年工作要点的通知"
BODY = "现将《2021年卫生健康工作要点》印发给你们，请结合实际认真贯彻落实。"
BODY2 = "全市卫生健康工作要以人民健康为中心，统筹做好常态化疫情防控和卫生健康事业发展。"
SIGNATURE = "江岭市卫生健康委员会\n2021年3月29日"


def run_ads(text: str, corpus: Corpus | None = None) -> str:
    ctx = Context(corpus=corpus or Corpus())
    for rule in (ads.drop_solicitation_lines, ads.drop_inline_solicitations):
        text = apply(text, list(rule(text, ctx)))
    return text


def page(*middle: str) -> str:
    return "\n".join((TITLE, BODY) + middle + (BODY2, SIGNATURE))


# Ads standing on a line of their own: the line goes, in every spelling.
AD_LINES = [
    # the seeds
    "代写文章微信:13258028938 抖音账号:文章写作知识屋 抖音账号:文章写作知识屋",
    # paid writing, contact in any spelling, with or without a colon
    "代写各类材料，微信：xz666",
    "专业代写工作总结、述职报告、讲话稿\u3000加微信：18912340000",
    "加微信xz_2021，专业代写工作总结、心得体会",
    "代写材料 威信 xzbang2021",
    "代写材料 V信：fanwen88",
    "代写材料vx：fanwen_123",
    "代写材料 V：xz666",
    "代写讲话稿 扣扣 12345678",
    "代笔述职报告 企鹅：987654321",
    "专业代写 +V haofanwen99",
    "代写各类材料 微 信 xz666",
    "代写材料 微信号码：13800138000",
    "材料代写:汇报材料，QQ：gongwen365_3213 同号公文宝写作",
    "有偿写作，联系QQ：12345678",
    "代写论文、代发论文，邮箱：xz666@qq.com",
    # mobile numbers and hotlines
    "材料代写 电话 13800138000",
    "代写热线：400-123-4567",
    "承接各类材料撰写，手机：138-0013-8000",
    "代写材料 +86 13800138000",
    # full-width letters and digits
    "代写材料 微信：\uff58\uff5a\uff16\uff16\uff16",
    # template sites: repost notes, names, domains
    "本文由公文宝材料网整理",
    "来源：公文宝网",
    "来源:秘书之家文库",
    "本文来源于范文之家范文网，仅供学习参考",
    "文章来源：才子网（m.sucaiwang.com）",
    "（本文由办公写作文库编辑整理，转载请注明出处）",
    "（本文由才子网编辑整理，转载请注明出处）",
    "本篇文章由文秘帮整理发布，转载请注明出处",
    "本文由好范文网整理。",
    "更多范文请访问 www.haofanwen.com",
    "本文转自好范文网 http://www.haofanwen.com",
    "范文大全下载：fanwen88.com",
    "材料之家 www.cailiao.com 原创首发",
    # official accounts with a reply keyword, groups, free material
    "关注公众号【文档库写作】，回复【要点】获取全文",
    "微信搜索公众号\"材料侠写作\"，回复关键词\"要点\"免费领取Word版",
    "更多材料请关注微信公众号：机关文秘写作，后台回复要点即可下载",
    "扫码关注公众号“笔杆子写作”，免费领取100套公文模板",
    "公文写作交流QQ群：123456789，欢迎加入",
    "加微信xz666，免费领取公文模板",
    # brackets of any type around a whole line
    "〔代写材料 微信xz666〕",
    "「材料代写请加微信：wenmi615」",
    "【温馨提示：本文由笔杆子范文网整理，仅供参考】",
    # round 2: shapes a government text never writes of itself, in other wordings
    "薇：197971432，原创文章定制，质量保证",  # evasive channel + a writing service sold
    "专业讲话稿撰写  V❤ 7 7 7 1 6 7 1 0 1",  # evasive channel, spaced digits
    "文稿定制 威xin：xz2021",
    "长期承接心得体会、发言材料\u3000徽：wm5u_38",
    "更多公文写作干货，抖音@机关文字控文案",  # material promotion + a writing account on a platform
    "限时免费领取精品范文272篇",
    "评论区留言「材料」获取Word文档",  # a reply keyword that unlocks material
    "点击下方链接下载完整版",
    "以上内容由瑞文网小编整理",  # a site's own voice
    "本号原创，转载请联系授权",
    "免责声明：本站文章均来自网络，如有侵权请联系站长删除",  # takedown notes
    "声明：本文内容来源于网络，版权归原作者所有，如有侵权请联系删除",
    "PS：文章版权归原作者所有，若有侵权请告知，我们将及时处理",
    "图文来源网络，侵删",
    "（图片来源于网络，如有侵权请联系删除）",  # round 1 kept it; a takedown note is the site's, not the notice's
    "「如涉及作品内容、版权等问题，请与本网联系删除」",
    "wap【点】rrwk87【点】cc",  # a domain spelled out to dodge filters
    "网址：www 点 xiezuo88 点 com",
    "记住本站网址 www dot book118 dot cn",
    # round 4: prices and promises without a contact, trades, a seller's voice, document sites
    "原创述职报告300元/篇，包过查重",
    "低价代写年终总结，加急可当天出稿",
    "文稿服务热线 400 118 4546（微信同号）",
    "写作咨询热线:400-025-4250",
    "全国统一客服热线:400-237-6839，专业文秘团队为您服务",
    "公文素材合作：taodou6@foxmail.com",
    "需要完整版的朋友可以私信我",
    "——精品文档，欢迎下载收藏（豆丁网）——",
    "本word文档可编辑可修改",
    "==更多精品范文尽在原创力文档==",
    "本平台整理发布，更多资料请访问豆丁网",
    # contacts broken up, full width, searched for; links; keywords in other words
    "写材料找我 薇 信：158.0000.1111",
    "代写材料 Q.Q：1380013 8000",
    "\uff31\uff31:\uff11\uff18\uff18\uff12\uff11\uff14\uff11\uff11\uff19（公文材料代写）",
    "微信搜索“墨香”，后台发送“心得”获取全文",
    "公众号「笔墨轩」对话框输入「总结」即可下载",
    "原文地址：www.ruiwen23.vip",
    "更多精彩请访问wap。rrwk40。com。cn",
    "写作素材 download at m【点】dywf【点】com",
    "扫码领取2025公文模板",
    "注：本文仅代表作者观点，不代表本站立场",
]


@pytest.mark.parametrize("ad", AD_LINES)
@pytest.mark.parametrize("where", ["between paragraphs", "first line", "last line"])
def test_ad_lines_go(ad, where):
    if where == "between paragraphs":
        text_in, text_out = page(ad), page()
    elif where == "first line":
        text_in, text_out = ad + "\n" + page(), page()
    else:
        text_in, text_out = page() + "\n" + ad, page() + "\n"  # the blank-line rule takes the line end
    assert run_ads(text_in) == text_out


@pytest.mark.parametrize("ad", [a for a in AD_LINES if not a.endswith("\u3002")])
def test_ads_glued_after_a_sentence_go(ad):
    assert run_ads(page(BODY2 + ad)) == page(BODY2)
    assert run_ads(page(BODY2 + "  " + ad)) == page(BODY2)


SPLICED = [
    # (text_in, text_out): an ad in brackets of any type inside a sentence; it closes up
    ("全力支援宿州(代写文章:微信:13258028938)、蚌埠等市", "全力支援宿州、蚌埠等市"),
    ("累计派出检测车11(代写文章:微信:13258028938)采样人员400人次", "累计派出检测车11采样人员400人次"),
    ("检测人员84人次;(代写文章:微信:13258028938)妥善做好", "检测人员84人次;妥善做好"),
    ("以人民健（代笔: 微信:fanwen88_0944）康为中心", "以人民健康为中心"),
    ("以人民健【代写文章:微信: sucaiwang_2262】康为中心", "以人民健康为中心"),
    ("以人民健〖材料代写: 微信号:xzbang2021〗康为中心", "以人民健康为中心"),
    ("以人民健[代写材料: QQ:gw99]康为中心", "以人民健康为中心"),
    ("以人民健〔代写讲话稿，加V：bgxz888〕康为中心", "以人民健康为中心"),
    ("以人民健「代写 QQ 12345678」康为中心", "以人民健康为中心"),
    ("以人民健『更多范文请访问www.wenmi.net』康为中心", "以人民健康为中心"),
    ("以人民健\uff3b代写材料 威信：xz666\uff3d康为中心", "以人民健康为中心"),
    ("以人民健（免费领取Word版，关注公众号“公文宝”）康为中心", "以人民健康为中心"),
    ("以人民健（本文来源：好范文网 www.haofanwen.com）康为中心", "以人民健康为中心"),
    # nested and mismatched brackets
    ("支援宿州【代写材料（微信：xz666）】、蚌埠等市", "支援宿州、蚌埠等市"),
    ("支援宿州【代写材料 微信：xz666）、蚌埠等市", "支援宿州、蚌埠等市"),
    # a sentence of its own inside a paragraph
    ("加强组织领导。代写材料，微信xz666。压实工作责任。", "加强组织领导。压实工作责任。"),
    ("加强组织领导。本文由好范文网整理。压实工作责任。", "加强组织领导。压实工作责任。"),
    # glued after a clause that ends in a semicolon
    ("（一）加强组织领导；代写材料加V：xz666", "（一）加强组织领导；"),
    # round 2: other shapes in brackets
    ("以人民健(提供全套资料包，企鹅：wm5u_7225)康为中心", "以人民健康为中心"),
    ("以人民健「本文仅代表作者观点，不代表本站立场」康为中心", "以人民健康为中心"),
    ("以人民健【写材料不求人，头条号:星辰素材公文】康为中心", "以人民健康为中心"),
    ("以人民健〔V❤ 1 3 8 0 0 1 3 8 0 0 0〕康为中心", "以人民健康为中心"),
    # round 4: a sentence mark inside the bracket; no bracket at all: the run of cues goes
    ("以人民健〖承接论文查重降重；V❤→fanwen88_1748〗康为中心", "以人民健康为中心"),
    ("谋划好未来五年的发展蓝快手号：【一点通文案】，免费领取写作素材图。", "谋划好未来五年的发展蓝图。"),
    ("坚持扩大内需方威xin：186 0000 2222|各类文稿写作服务，原创保质针，重点扩大消费需求。",
     "坚持扩大内需方针，重点扩大消费需求。"),
    ("始终坚持经济发展与社会欢迎加入材料人互助群，群内每日分享范文发展相协调。", "始终坚持经济发展与社会发展相协调。"),
    ("支持粮食生产的政策措施向主产区倾斜，支写作素材 download at m【点】dywf【点】com持产粮大县。",
     "支持粮食生产的政策措施向主产区倾斜，支持产粮大县。"),  # weak cues touching the run go with it
    ("加强防灾减灾能力。\uff31\uff31:\uff11\uff18\uff18\uff12\uff11\uff14\uff11\uff11\uff19（公文材料代写）。加强疫病防治。",
     "加强防灾减灾能力。加强疫病防治。"),
    ("切实抓好国防动员工作的落实。更多精彩请访问wap。rrwk40。com。cn。深入开展拥军优属。",
     "切实抓好国防动员工作的落实。深入开展拥军优属。"),
    ("加强组织领导。需要各类讲话稿请致电18912340000。压实工作责任。", "加强组织领导。压实工作责任。"),
]


@pytest.mark.parametrize("text_in,text_out", SPLICED)
def test_spliced_ads_are_cut_out(text_in, text_out):
    assert run_ads(page(text_in)) == page(text_out)


# Government text with the same words: nothing changes, wherever it stands.
KEEP = [
    "请关注“健康福州”微信公众号，及时了解最新动态。",
    "请关注“健康江岭”微信公众号（微信号：jkjl2021），回复“核酸”即可获取检测结果。",
    "关注“健康江岭”公众号，回复“核酸”获取检测结果",
    "疫苗接种预约可关注“健康江岭”微信公众号，点击“疫苗预约”进行预约。",
    "扫码关注“江岭发布”微信公众号",
    "关注“江岭发布”抖音号、视频号，获取更多政务资讯",
    "江岭发布 微信号：jlfb2021",
    "联系人：朱老师 联系电话：0571-87654321 手机：13800138000",
    "联系人：王工，电话：13800138000",
    "联系人：李明 0571-87654321",
    "电话：0571-87654321 传真：0571-87654322 邮编：310000",
    "技术支持：江岭市大数据中心 电话：13912345678",
    "咨询电话：400-888-1234",
    "政务服务热线：12345",
    "邮箱：jlwjw@163.com",
    "材料报送邮箱：wjwbgs@163.com",
    "地址：江岭市人民路1号",
    "网址：http://wjw.jiangling.gov.cn",
    "详见http://www.example.gov.cn/a?b=1&c=2",
    "报名表可登录中国中医药考试认证网（www.tcmtest.org.cn）下载。",
    "附件材料下载：http://wjw.jiangling.gov.cn/xxgk/tzgg/202103/t20210329_123.html",
    "申报材料网上提交地址：www.bjhbkj.com",
    "请登录江岭市人民政府网站（www.jiangling.gov.cn）下载报名表。",
    "更多信息请访问 www.jiangling.gov.cn",
    "更多资料请登录 www.tcmtest.org.cn",
    "更多材料请见附件。",
    "请各单位联络员加入工作QQ群：123456789",
    "请参训学员加入培训班微信群，群号：123456789",
    "请于4月5日前将报名表发送至邮箱jlwjw@163.com，并加入培训工作QQ群（群号：987654321）。",
    "学习材料将通过QQ群（群号：123456789）发放，请各单位及时下载。",
    "如有疑问请添加工作人员微信：wjw2021",
    "培训课件及范文模板将在培训结束后统一发放。",
    "培训范文、模板等学习资料统一在江岭干部学习网下载。",
    "培训结束后，学员可通过“江岭干部学习”公众号免费下载培训课件。",
    "培训教材由市卫健委统一编印，学员免费领取。",
    "市民可凭身份证到社区卫生服务中心免费领取防疫物资。",
    "学员须提交心得体会一篇，字数不少于1500字。",
    "各单位要组织干部认真学习，撰写心得体会。",
    "请于3月底前报送述职报告及相关材料。",
    "公文写作基础知识、常用文种写作要点、讲话稿和汇报材料的写作方法。",
    "（一）完善范文库建设。建立公文范文库，收录优秀公文范文100篇。",
    "加强公文写作素材库建设，定期更新写作素材。",
    "《党政机关公文处理工作条例》全文下载",
    "范文",
    "公文写作",
    "各单位要严厉打击代写论文、买卖论文等学术不端行为，举报电话：12345。",
    "谨防“代写材料”“包过”等虚假广告，如发现请拨打举报电话0571-12345678。",
    "严禁委托他人代写述职报告、心得体会等材料。",
    "本文由江岭市卫生健康委员会办公室整理",
    "（本文由市卫健委办公室编辑整理，转载请注明出处）",
    "本网站所有内容，转载请注明来源：江岭市人民政府网站",
    "版权所有：江岭市卫生健康委员会 转载请注明出处",
    "本文来自江岭市融媒体中心",
    "文章来源：江岭市卫生健康委员会",
    "文章来源：新华网",
    "来源：江岭日报",
    "（来源：青海日报）",
    "来源：中国政府网（www.gov.cn）",
    "来源：市卫健委 作者：王明 编辑：李华",
    "资料来源：国家统计局",
    "数据来源：江岭市统计局，仅供参考",
    "以上数据仅供参考。",
    "（样表仅供参考）",
    "以上内容来源于网络公开资料，仅供学习参考。",
    "原文链接：https://mp.weixin.qq.com/s/AbCdEf123",
    "原文链接：http://www.gov.cn/zhengce/content/2021-03/29/content_123.htm",
    "附件：1.报名回执（可在市卫健委网站下载）",
    "附件下载",
    "扫码报名",
    "可通过微信扫一扫二维码报名。",
    "下载“江岭通”APP，即可在线办理。",
    "详情请登录市卫健委网站查询，或拨打12345热线咨询。",
    "全市主动公开政府信息919条、健康义乌微信公众号推送49期197篇文章。",
    "以官网“百姓心声”栏目、微博“北京中医局”、微信公众号“首都中医”等为重要载体。",
    "（11月9日零点开启报名通道，微信搜索小程序“杏林王者升级版”即可）",
    "考生到所在培训基地领取临床实践能力考核准考证。",
    "1334万人参保，641万人领取养老金。",
    "分级组建扁平化的政企联络微信群、覆盖21万家企业。",
    "总投资13800138000元，其中中央预算内投资4.5亿元。",
    "要规范文化市场，坚持开展“扫黄打非”，加强网络文化建设和管理。",
    "转载请注明出处",  # one cue alone: a copyright notice without a site
    "点击获取全文",
    "www.fanwen88.com",
    # round 2: government text that carries the new shapes' words
    "各省完成情况：安徽：12345人，江苏：23456人。",
    "公交1路途经本站，请乘客注意安全。",
    "对侵权行为依法予以处理。",
    "加强知识产权保护，对侵权假冒行为依法查处并及时告知权利人。",
    "承接单位应于3月底前提交验收材料。",
    "承接产业转移示范区建设材料已报省发展改革委。",
    "请关注“江岭教育资料”公众号获取更多信息",
    "更多政策解读请关注“江岭发布”微信公众号",
    "市民可通过扫码关注“健康江岭”公众号，留言咨询相关问题。",
    "每天分享健康知识，请关注“健康江岭”视频号",
    "系统版本号：V2.0",
    "学位论文查重工作由研究生院统一组织。",
    "景区门票价格优惠，详情咨询400-888-1234",
    "本平台为全省统一的政务服务平台，网址：www.jszwfw.gov.cn",
    "本文由市卫健委办公室整理，如有疑问请联系0571-87654321。",
    "会议时间：2021年4月8日9:00-12:00",
    "第十二条 本办法自2021年5月1日起施行。",
    # round 4: government text with the words of the new cues
    "更多精彩内容请关注“江岭发布”微信公众号。",
    "请各单位于3月底前报送年度工作总结，联系电话：13800138000。",
    "各县区要加急办理，确保当天出件。",
    "毕业论文查重工作由教务处统一组织，查重不通过的不得参加答辩。",
    "申报书模板可在市科技局网站下载。",
    "请访问江岭市人民政府网查询。",
    "需要办理的群众请致电12345。",
    "需要报送的材料请联系市卫健委办公室。",
    "如有疑问请联系我，电话：13800138000",
    "组建公文写作团队，提升材料质量。",
    "12345热线竭诚为您服务。",
    "原文链接：http://www.xinhuanet.com/politics/2021-03/05/c_1127172.htm",
    "发放价格优惠券，低价供应平价蔬菜。",
    "各单位将全套材料于4月5日前报送市人社局。",
    "微信搜索“江岭发布”关注我们。",
    "本方案由市发展改革委负责解释，文档可在附件中下载。",
]


@pytest.mark.parametrize("line", KEEP)
def test_government_text_stays(line):
    for text in (page(line), line + "\n" + page(), page(BODY2 + line), page("为提升机关（" + line + "）公文写作水平。")):
        assert run_ads(text) == text


@pytest.mark.parametrize("sentence,at", [
    ("全市卫生健康工作要以人民健康为中心，统筹做好疫情防控。", 12),
    ("（二）深入开展食品安全守底线行动。", 6),
    ("加强组织领导，压实工作责任。", 7),
    ("民族、宗教、侨务工作进一步加强。", 4),
])
@pytest.mark.parametrize("ad", ["代写材料，微信xz666", "本文由好范文网整理。", "关注公众号“笔杆子写作”，回复1领取"])
def test_an_ad_spliced_without_brackets_never_takes_the_sentence(sentence, at, ad):
    # where such an ad ends is not known: it may stay, but no word of the sentence goes
    out = run_ads(page(sentence[:at] + ad + sentence[at:]))
    assert sentence[:at] in out and sentence[at:] in out


def test_reasons_name_the_cues():
    found = list(ads.drop_solicitation_lines(page("代写各类材料，微信：xz666"), Context()))
    assert found[0].reason == "advertisement: paid-writing offer + contact account + writing-material vocabulary " \
                              "(short stand-alone line)"
    inline = list(ads.drop_inline_solicitations("以人民健〖代笔:加微信: haofanwen99〗康为中心", Context()))
    assert inline[0].reason == "advertisement: paid-writing offer + contact account (bracketed, splitting a word)"
    tail = list(ads.drop_inline_solicitations(BODY2 + "来源：公文宝网", Context()))
    assert tail[0].reason == "advertisement: template-site name + attribution note (glued after the last sentence)"


def test_a_notice_promoting_its_own_account_is_not_an_ad():
    # contact and offer agree, but nothing says it sells writing or material
    assert run_ads(page("关注公众号“健康江岭”，回复“核酸”获取检测结果")) == page("关注公众号“健康江岭”，回复“核酸”获取检测结果")
    assert run_ads(page("关注公众号“江岭写作”，回复“总结”获取全文")) == page()


def test_the_documents_own_publisher_is_protected():
    # the organisation of the title and signature, named in a note that reads like a repost
    own = "江岭市疾病预防控制中心关于开展健康教育的通知\n" + BODY + "\n来源：江岭市疾病预防控制中心文库\n江岭市疾病预防控制中心"
    assert run_ads(own) == own
    other = own.replace("来源：江岭市疾病预防控制中心文库", "来源：江岭好范文文库")
    assert run_ads(other) == own.replace("来源：江岭市疾病预防控制中心文库\n", "")


def test_short_lines_of_several_sentences():
    assert run_ads(page("本文由好范文网整理。仅供学习参考。")) == page()
    assert run_ads(page("代写材料。微信：xz666。")) == page()
    # a sentence without a cue is content: only the ad goes
    assert run_ads(page("加强组织领导。代写材料微信xz666")) == page("加强组织领导。")


def test_a_copyright_notice_that_forbids_is_not_against_ads():
    assert run_ads(page("本文由好范文网原创，严禁转载")) == page()
    assert run_ads(page("严禁代写，举报电话：12345")) == page("严禁代写，举报电话：12345")


def test_user_phrases_and_recurrence_add_evidence():
    line = "代理记账微信:abc12345"
    assert run_ads(page(line)) == page(line)
    assert run_ads(page(line), Corpus(ad_phrases=("代理记账",))) == page()
    # a recurring line is one more point, never enough alone
    weak = "更多资料请咨询办公室"
    assert run_ads(page(weak)) == page(weak)
    assert run_ads(page(weak), Corpus(recurring_lines=frozenset({weak}))) == page(weak)
    # (round 58: a line standing alone in an ad's register far past its bar goes by the register with its
    # one cue, recurring or not: 更多范文请加入我们, a template site's voice)
    assert run_ads(page("更多范文请加入我们")) == page()


def test_through_the_pipeline():
    raw = page("全力支援宿州(代写文章:微信:13258028938)、蚌埠等市。", "关注公众号【文档库写作】，回复【要点】获取全文")
    cleaned = clean(raw)
    assert "代写" not in cleaned.text and "文档库写作" not in cleaned.text
    assert "全力支援宿州、蚌埠等市。" in cleaned.text
    assert cleaned.restore() == raw
