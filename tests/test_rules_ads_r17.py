"""Round 17: ads as blocks and as a voice, decided by classes of evidence agreeing.

Whole short documents: each new shape goes, and the notice's own look-alikes (its contact block,
its attachment list, its own reminders and publicity sentences) stay.
"""

from __future__ import annotations

import pytest

from cleaner.pipeline import clean

TITLE = "江岭市教育局关于印发2023年工作要点的通知"
HEAD = "各县（区）教育局，市直各学校："
P1 = "现将《江岭市教育局2023年工作要点》印发给你们，请结合实际认真贯彻落实。"
H1 = "一、推进学前教育普及普惠"
P2 = "新建、改扩建公办幼儿园12所，新增公办学位3600个，普惠性幼儿园覆盖率达到90%以上。"
H2 = "二、促进义务教育优质均衡"
P3 = "深化集团化办学，组建教育集团8个，推动城乡学校结对帮扶全覆盖。"
SIGN = ["江岭市教育局", "2023年2月15日"]


def doc(*, head=(), middle=(), tail=(), p3=P3) -> str:
    return "\n".join([TITLE, HEAD, *head, P1, H1, P2, *middle, H2, p3, *SIGN, *tail])


def cleaned(text: str) -> str:
    return clean(text).text


BASE_LINES = [TITLE, P1, H1, P2, H2, P3, *SIGN]


def assert_base_kept(out: str) -> None:
    for line in BASE_LINES:
        assert line in out, line


# --- must go ---------------------------------------------------------------------------

BLOCKS = [
    # a lead, an offer, a contact: no line an ad alone
    ["写材料熬到深夜？", "总结、讲稿、述职 一对一原创", "找老周 同号 wz_2024"],
    ["还在为写稿发愁吗", "工作总结 述职报告 心得体会均可", "联系王老师：13800138000"],
    # another trade over two lines, its number a landline
    ["管道疏通 马桶维修 24小时上门 诚信经营", "热线：0791-88776655"],
    # a label over its ad
    ["广告", "红笔头：万篇工作总结一键下载"],
    # a paid-reading wall
    ["以下为付费内容", "已试读30%，购买后可阅读全文", "￥2.00 立即解锁"],
]


@pytest.mark.parametrize("block", BLOCKS)
@pytest.mark.parametrize("where", ["middle", "tail"])
def test_blocks_of_weak_lines_go(block, where):
    out = cleaned(doc(**{where: block}))
    for line in block:
        assert line not in out
    assert_base_kept(out)


VOICES = [
    "喜欢的话请点个赞支持一下，您的鼓励是我们更新的动力！",
    "若有侵犯您权益的内容，请及时告知，我们将在24小时内删除。",
    "更多精彩工作总结，敬请持续关注本站。",
    "文章仅代表作者观点，与本站无关，如涉及版权问题请联系我们删除处理。",
    "需要Word版的朋友可以在文末下载，免费。",
    "登录后查看完整内容",
]


@pytest.mark.parametrize("line", VOICES)
def test_a_sites_voice_to_the_reader_goes(line):
    out = cleaned(doc(tail=[line]))
    assert line not in out
    assert_base_kept(out)


def test_an_editor_opening_citing_the_title_goes():
    line = f"今天给各位分享{TITLE}的知识，如果能碰巧解决你现在面临的问题，别忘了关注本站，现在开始吧！"
    out = cleaned(doc(head=[line]))
    assert "别忘了关注本站" not in out
    assert_base_kept(out)


def test_numbered_platform_notices_at_the_end_go():
    notes = ["温馨提示：", "1.本站文档均由用户上传，仅供学习交流使用，版权归原作者所有。",
             "2.文档下载后可自由编辑，下载所需积分3分，VIP会员免费。",
             "3.若发现文档内容存在侵权，请与我们联系，核实后立即删除。"]
    out = cleaned(doc(tail=notes))
    for line in notes:
        assert line not in out
    assert_base_kept(out)


@pytest.mark.parametrize("ad", ["觉得有用就点个关注吧，更多心得体会持续更新！", "本文档由用户上传，仅供参考。"])
def test_a_voice_glued_to_a_paragraph_goes(ad):
    out = cleaned(doc(p3=P3 + ad))
    assert ad not in out
    assert P3 in out


@pytest.mark.parametrize("ad", ["专业承接钢结构厂房、彩钢瓦工程 价格优惠 电话：0791-88776655",
                                "wei xin：一3八00一三8000 范文原稿"])
def test_a_trade_promotion_or_a_spelled_contact_goes(ad):
    out = cleaned(doc(middle=[ad]))
    assert ad not in out
    assert_base_kept(out)


# --- must stay -------------------------------------------------------------------------

OWN_BLOCKS = [
    ["联系人：张伟", "联系电话：0791-88776655，13800138000", "电子邮箱：jlwj123@163.com"],
    ["咨询电话：0791-88776655", "监督举报电话：0791-12345"],
    ["附件：1.申报表", "2.项目汇总表", "联系人：张伟，电话：0791-88776655"],
    ["温馨提示：", "1.请携带本人身份证原件。", "2.办理时间为工作日9:00-17:00。"],
    ["热线电话：12345", "投诉邮箱：jlts@163.com"],
]


@pytest.mark.parametrize("block", OWN_BLOCKS)
def test_a_notices_own_block_stays(block):
    out = cleaned(doc(tail=block))
    for line in block:
        assert line in out, line


OWN_SENTENCES = [
    "欢迎广大群众关注“江岭发布”微信公众号，及时了解最新政策。",
    "需要申报的单位可登录市政府门户网站下载申报表，如有疑问请联系市发展改革委。",
    "通过微信公众号、抖音政务号等平台发布政策解读，推广典型经验做法。",
    "以上情况为初步汇总，仅供参考，请各单位结合实际补充完善。",
    "为基层干部点赞，持续关注我市重点项目建设。",
]


@pytest.mark.parametrize("sentence", OWN_SENTENCES)
def test_a_notices_own_voice_stays(sentence):
    assert sentence in cleaned(doc(middle=[sentence]))
    assert P3 + sentence in cleaned(doc(p3=P3 + sentence))


def test_a_question_heading_beside_its_answer_stays():
    lines = ["什么是普惠性幼儿园？", "普惠性幼儿园是指面向大众、收费合理的幼儿园。"]
    out = cleaned(doc(middle=lines))
    for line in lines:
        assert line in out


def test_an_ad_line_does_not_take_the_notices_own_account_line():
    out = cleaned(doc(tail=["喜欢的话请点个赞支持一下！", "请关注“江岭教育”微信公众号"]))
    assert "点个赞" not in out and "江岭教育" in out


def test_a_salutation_beside_an_ad_line_stays():
    text = "\n".join([TITLE, "各位代表：", "↓↓↓ 点击下方链接领取全套资料 ↓↓↓", P1, H1, P2, H2, P3, *SIGN])
    out = cleaned(text)
    assert "各位代表：" in out and "领取全套资料" not in out


def test_an_ad_spliced_into_a_long_sentence_takes_only_itself():
    # Found by the round-17 evaluation: the voice rule took the whole line, and with it 46
    # characters of the report's own sentence; the splice rule cuts the ad alone.
    sentence = ("坚持把“三农”工作放在重中之重，在工业化、城镇化深入发展中同步推进农业现代化，"
                "巩固和发展农业农村好形势。")
    spliced = sentence.replace("放在", "放在电话：壹叁柒零零零零玖玖玖玖（领取全套模板）")
    text = ("江岭市2024年农业农村工作要点\n一、巩固和加强农业基础地位\n" + spliced
            + "\n二、确保农产品供给\n稳定粮食种植面积，多渠道增加农民收入。\n")
    out = clean(text, "doc").text
    assert sentence in out
    assert "领取全套模板" not in out


@pytest.mark.parametrize("salutation", ["各位代表：", "同志们：", "各位委员："])
@pytest.mark.parametrize("ad", ["想要更多范文？\n扫码进群领取\n同号：13800138000",
                                "温馨提示：\n1.本文档由用户上传，如有侵权请联系删除。\n2.下载后请在24小时内删除。"])
@pytest.mark.parametrize("above", [True, False])
def test_a_salutation_beside_an_ad_block_stays(salutation, ad, above):
    # Found by the round-17 evaluation (4 characters lost on two held sets, rebuilt here on our
    # own report text): 各位代表： was judged one line of the ad's block.
    block = f"{ad}\n{salutation}\n" if above else f"{salutation}\n{ad}\n"
    text = ("政府工作报告\n国务院总理 温家宝\n" + block
            + "现在，我代表国务院，向大会报告政府工作，请各位代表审议，并请全国政协委员提出意见。\n")
    out = clean(text, "doc").text
    assert salutation in out
    assert "13800138000" not in out and "24小时内删除" not in out
