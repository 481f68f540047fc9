"""Round 31: an ad glued onto the document's own text takes none of it.

The ads fuzzer (eval/fuzz_ads.py: a pool of ads written by a helper who never read the rules, each
put at every place an injector uses in the TUNE base documents) found whole lines and sentences
removed with the ad glued to them: a signature date, a document number, a heading behind its
outline marker, the sentence that follows an account (…加V：dangke_xie01深化资源税改革。). The
words after an ad's last cue are its own only when they are not the document's: a date, a number,
a heading, or, glued onto an account or closing as a sentence, words the document writes
elsewhere. Every case runs the whole pipeline; each ad's slogan words stay the ad's."""
import pytest

from cleaner.adcues import Scan, glued_own_text
from cleaner.pipeline import clean
from cleaner.types import Corpus

_PLAN = ("南湖区财政局2023年工作要点\n"
         "一、总体要求\n"
         "坚持稳中求进工作总基调，深化资源税改革，完善地方税体系，提高财政资金使用效益。\n"
         "二、重点任务\n"
         "（一）加快推进预算管理一体化建设。全面推行预算绩效管理，深化资源税改革。\n"
         "（二）加强国有资产管理。完善资产配置标准，推进资产共享共用。\n"
         "（三）强化财会监督。严肃财经纪律，严格控制一般性支出，提升产品质量和服务质量，保证资金安全。\n"
         "（四）加快推进产业结构升级。支持先进制造业发展，落实减税降费政策。\n"
         "（五）深化财税体制改革。深化资源税改革。落实税收优惠政策。\n"
         "三、保障措施\n"
         "各科室要加强协作，确保各项任务落到实处。\n"
         "南湖区财政局\n"
         "2023年2月20日")


def _glued(good: str, bad: str) -> str:
    assert _PLAN.count(good) == 1
    return _PLAN.replace(good, bad)


@pytest.mark.parametrize("ad, kept", [
    # an account, then the text's own next sentence (its words written elsewhere in the plan)
    ("代写代改党课讲稿、主题教育心得，加V：dangke_xie01", "深化资源税改革。落实"),
    # an ad glued in front of the signature date
    ("★专业撰写调研报告★包过审★QQ 2837461★", "2023年2月20日"),
    # a template site's note glued in front of a chapter heading
    ("本文由好范文网整理，转载请注明出处", "三、保障措施"),
])
def test_glued_ad_takes_none_of_the_text(ad, kept):
    out = clean(_glued(kept, ad + kept)).text
    assert kept in out, out


def test_ad_glued_before_a_document_number_leaves_the_number():
    title = "南湖区财政局关于做好2023年预算执行工作的通知\n"
    raw = (title + "专业代写：述职述廉报告/巡察整改报告/调研报告，薇信 xiezuo_888  南财发〔2023〕12号\n"
           + _PLAN.split("\n", 1)[1])
    assert "南财发〔2023〕12号" in clean(raw).text


@pytest.mark.parametrize("ad", ["代写各类材料，微信：xz8812 质量有保证", "代写各类材料，微信：xz8812 保证质量"])
def test_slogan_of_common_words_after_an_account_stays_the_ads(ad):
    # 质量 and 保证 occur in the plan too: a few words of the ad's own after its account.
    raw = _glued("三、保障措施\n", "三、保障措施\n" + ad + "\n")
    out = clean(raw).text
    assert "xz8812" not in out and "代写" not in out, out
    assert "提升产品质量和服务质量，保证资金安全。" in out


def test_owns_reads_the_tail_not_the_slogan():
    scan = Scan(_PLAN, Corpus())
    assert scan.owns("深化资源税改革。", "1")          # glued onto an account
    assert scan.owns("深化资源税改革。", "处")          # closes as a sentence of the text
    assert not scan.owns(",价格优惠,质量保证!", "写")      # a slogan clause
    assert not scan.owns(" 质量有保证", "2")            # a few of the ad's words after its account
    assert not scan.owns("详谈", "1")                  # an ad's own words after its account
    assert scan.owns(" 2023年2月20日", "1")


def test_glued_own_text_needs_the_text_past_the_opening():
    assert glued_own_text("本文档为会员专享,开通VIP即可下载(四)加快推进产业结构升级")
    assert glued_own_text("代写材料 QQ 2837461 2019年12月10日")
    assert not glued_own_text("(一)代写材料 QQ 2837461")    # the marker opens the line: judged as before
    # the ad's own: a date with words after it, a list of goods, a template site's contents
    assert not glued_own_text("温馨提示:本文档于2024年3月5日上传,下载全文请开通VIP会员")
    assert not glued_own_text("【2024最新】公务员考试资料(一)申论范文(二)行测真题,加QQ群 123456789")
    assert not glued_own_text("文章来源:优材料网 http://www.youcailiao.net 第一章 主题教育心得体会范文")
    assert not glued_own_text("代写工作总结、述职报告,微信:xz8812")


# A line under an ad line is the document's own, whatever letters or figures open it: the ad rules never
# take it with the ad (a join of two lines by a cue running across the break was tried and withdrawn: in
# hard-wrapped text the document's own accounts break so too).
@pytest.mark.parametrize("upper, lower", [
    ("代写材料，微信：xz123", "2023年2月20日"),                 # the signature date under an ad line
    ("代写材料，微信：xz123", "3号楼改造工程完工"),              # figures of the text's own line
    ("各科室要严格执行预算，微信：cz2023", "深化资源税改革。"),     # the text's words before the cue: not the ad's line
    ("代写材料，微信：xz123", "AAAA级景区"),                      # a table cell under an ad line
    ("代写各类材料，QQ：2837461", "5G基站"),
])
def test_break_join_takes_no_line_of_the_text(upper, lower):
    raw = _glued("三、保障措施\n", f"三、保障措施\n{upper}\n{lower}\n")
    assert lower.rstrip("。") in clean(raw).text


# An ad glued in front of a paragraph without an outline marker: its cues open the line, the words after
# them (past a blank or an account) are the document's own, so the ad goes and the paragraph stays.
_OWN = "深化资源税改革，完善地方税体系。"  # words the plan writes in its first paragraph too


def _front(line: str) -> str:
    return _glued("三、保障措施\n", "三、保障措施\n" + line + "\n")


@pytest.mark.parametrize("ad", [
    "关注我们的视频号「材料匠人」，后台回复“方案”拿全套资料\u3000",
    "联系我：wx同号 15900006287",
    "加我进群 笔友互助群 vx：bihu_qun",
])
def test_ad_glued_before_a_paragraph_goes(ad):
    out = clean(_front(ad + _OWN)).text
    assert "三、保障措施\n" + _OWN in out, out


@pytest.mark.parametrize("line", [
    "代写 any 材料  " + _OWN,                          # a blank further on: the ad may run to it
    "搜一搜“笔墨文库”公众号，回复“全文”即可查看" + _OWN,   # no seam after a quote: 即可查看 is the ad's
    "关注“江岭发布”微信公众号 jlfb2020 " + _OWN,          # a notice's own account
    "下载地址 www.jltjj.com.cn " + _OWN,                  # a notice's own download address on a non-.gov host
])
def test_no_front_cut_where_the_seam_is_not_marked(line):
    found = clean(_front(line)).findings
    assert not [f for f in found if f.rule == "ads.drop_front_glued_ads"]


# A document broken at a fixed width (a scraped PDF, an old page): a line of its paragraphs may open with
# 免费领取 or end with an account, and is still no line of its own. The ad rules leave such lines whole.
_WRAPPED = ("青石社区关于发放家庭防疫健康包的通知\n"
            "各居民小组、全体居民：\n"
            "为做好秋冬季防疫工作，社区将向辖区居民发放健康包，凭户口簿\n"
            "免费领取。行动不便的老人，可添加社区网格员微信：wg_zhang\n"
            "san88，由网格员上门送达，请各位居民相互转告，错峰领取。\n"
            "社区同时开展健康讲座，讲座资料可在社区服务大厅免费下载，也可加\n"
            "入社区健康交流QQ群：28374613获取，欢迎居民踊跃参加。\n"
            "东湖街道青石社区居民委员会\n"
            "2022年10月10日")


def test_lines_of_a_hard_wrapped_notice_stay():
    out = clean(_WRAPPED).text
    for words in ("免费领取", "wg_zhang", "san88", "免费下载", "28374613"):
        assert words in out, out


def test_an_ad_line_in_a_document_that_is_not_wrapped_still_goes():
    out = clean(_glued("三、保障措施\n", "三、保障措施\n代写各类材料，微信：xz8812\n")).text
    assert "xz8812" not in out


def test_ad_glued_before_a_sentence_after_a_full_stop_goes():
    raw = _glued("（五）深化财税体制改革。深化资源税改革。", "（五）深化财税体制改革。联系我：wx同号 15900006287深化资源税改革。")
    out = clean(raw).text
    assert "（五）深化财税体制改革。深化资源税改革。落实税收优惠政策。" in out, out
