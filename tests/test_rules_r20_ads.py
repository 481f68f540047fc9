"""Round 20: ads whose contact dodges a filter by its digits, an ad cut in two by a full stop,
a number beside any cue no government text writes of itself; and the notice's own sentences
that have the same cues (a writing competition's notice speaks of 范文, of groups and hotlines).

Every case runs the whole pipeline on a notice with a title, a body and a signature."""
import pytest

from cleaner.pipeline import clean
from helpers import ads_removed

HEAD = ("江岭市教育局关于开展2023年公文写作竞赛的通知\n各县（市、区）教育局：\n"
        "为提升公文写作水平，现将有关事项通知如下。\n")
PARA = "（二）重点项目有序推进。{ad}区人民医院新院区主体工程完工，总投资4.2亿元。\n"
TAIL = "江岭市教育局\n2023年3月1日\n"




@pytest.mark.parametrize("ad", [
    # digits of another script (Arabic-Indic, Bengali, mathematical bold), read as figures
    "述职报告、讲话稿撰写\u3000扣扣：\u06f1\u06f8\u06f9\u06f1\u06f2\u06f3\u06f4\u06f0\u06f0\u06f0\u06f0。",
    "代写各类材料，微信：\u09e7\u09e9\u09ee\u09e6\u09e6\u09e7\u09e9\u09ee\u09e6\u09e6\u09e6。",
    "代写各类材料，QQ：\U0001d7cf\U0001d7d6\U0001d7d7\U0001d7d0\U0001d7d1\U0001d7d2\U0001d7d3\U0001d7d4。",
    # a mobile number half in Chinese numerals, half in figures, with or without a channel
    "需要各类总结报告代笔的请联系１三７零０〇０玖９９九。",
    "代写述职报告，手机：1三8零0一3八0零0。",
    # a number beside a cue no notice writes of itself (范文) is the seller's
    "心得体会范文Ｖ：１５８００００１１１１。",
    # an ad cut in two by a semicolon: judged as one
    "wxxzbang48；承接讲话稿撰写。",
    # paid writing in the seller's voice
    "专业代写各类总结，欢迎私信留言咨询。",
])
def test_spliced_ad_sentence_goes_and_the_paragraph_stays(ad):
    text = HEAD + PARA.format(ad=ad) + TAIL
    out = clean(text).text
    assert ad not in out
    assert "（二）重点项目有序推进。区人民医院新院区主体工程完工，总投资4.2亿元。" in out
    assert ad.rstrip("。") in "".join(ads_removed(text))  # in one removal, or in adjacent ones


@pytest.mark.parametrize("line", [
    # the notice's own words about model texts, its groups, its hotlines and its site
    "各单位可参考优秀范文，材料请于3月1日前发送至邮箱jlrsj@163.com。",
    "获奖范文将在“江岭教育”公众号刊登，咨询电话13800138000。",
    "优秀范文汇编请发送至邮箱jlfw2023@163.com。",
    "各地要按照范文格式撰写，QQ群：123456789（仅限参赛人员）。",
    "获奖名单将在江岭教育网公布，请到江岭教育网查询。",
    "报名请添加工作人员微信wxjl2023，备注单位和姓名。",
    "联系人：王老师，电话13800138000，微信同号。",
    # words against ads keep their contact
    "竞赛不收取任何费用，谨防代写诈骗，举报电话13912345678。",
    "参赛作品须为原创，严禁代写，一经发现取消资格。",
    # two pieces that each hold a cue and are the notice's own
    "请关注“江岭教育”微信公众号；咨询电话：0571-12345678。",
    # numerals of the text's own: Chinese numerals beside figures, a list, a unit
    "按照①②③④⑤⑥⑦项要求报送，编号一二三4567，场地面积10⁶平方米。",
    "第1批、第二批、第3批名单共13800138人次。",
    # a notice's own system at a numeric host: in a sentence, labelled, alone, glued after its sentence
    "请登录http://61.183.10.20:8080/sbxt进行网上申报。",
    "登录网址：http://61.183.10.20:8080/sbxt",
    "http://61.183.10.20:8080/sbxt",
    "各单位登录系统填报。http://61.183.10.20:8080/sbxt",
])
def test_notice_own_lines_stay(line):
    text = HEAD + line + "\n" + TAIL
    assert line in clean(text).text
    assert ads_removed(text) == []


def test_app_package_link_glued_after_a_sentence_goes():
    # an install served from a bare link, dropped in after a paragraph's last sentence
    text = HEAD + "（三）推进对外投资。妥善处理贸易摩擦，逐步改善贸易不平衡状况。http://157.154.66.152:8888/down/a.apk\n" + TAIL
    out = clean(text).text
    assert "a.apk" not in out
    assert "（三）推进对外投资。妥善处理贸易摩擦，逐步改善贸易不平衡状况。\n" in out


def test_writing_label_with_a_number_glued_after_a_paragraph_goes():
    text = HEAD + "开展特种设备隐患排查，消除隐患47处。\u3000🔥调研报告原创🔥一对一服务 📱189—1234—0000\n" + TAIL
    out = clean(text).text
    assert "189" not in out and "调研报告原创" not in out
    assert "开展特种设备隐患排查，消除隐患47处。\n" in out


@pytest.mark.parametrize("line", ["做好年度报告撰写，按时报送。联系电话：13800138000。", "各单位要做好调研报告撰写工作。"])
def test_report_writing_as_a_task_stays(line):
    text = HEAD + line + "\n" + TAIL
    assert line in clean(text).text


def test_paywall_promotion_spliced_into_a_word_goes_whole():
    text = HEAD + "2024年5月至8月，组织辖开通VIP会员，全站范文免费下载区重点企业开展专场招聘。\n" + TAIL
    assert "2024年5月至8月，组织辖区重点企业开展专场招聘。" in clean(text).text
