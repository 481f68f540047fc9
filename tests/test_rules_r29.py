"""Round 29: an ad glued in front of a line's own outline marker, asides that name what the
text speaks of, and evidence every ad shares (a spam trade beside an address, a colon spelt as
a ratio sign).

An injector that prepends an ad to a paragraph leaves the paragraph's marker whole: where the
outline calls for that marker, the line's own text begins there, and only the words before it
are judged. A bracket that explains (包括…, 如“…”), lists what it names (…、…等) or speaks of the
document's own topic is the text's aside. Every case runs the whole pipeline."""
import pytest

from cleaner.pipeline import clean

_HEAD = ("江岭市市场监督管理局2023年工作要点\n各科室、各所：\n现将2023年工作要点印发给你们，请结合实际认真贯彻落实。\n"
         "一、总体要求\n坚持稳中求进工作总基调，全面提升市场监管效能。\n")
_TAIL = "三、保障措施\n各科室要明确责任分工，确保任务落实。\n江岭市市场监督管理局\n2023年2月10日\n"


def _removed(text):
    return [f.before for f in clean(text).findings if f.action == "remove" and f.rule.startswith("ads.")]


@pytest.mark.parametrize("ad", [
    "代写各类材料 微信xz8812",
    "加微信gw2288领取全套模板",
    "本文由笔杆子范文网整理 ",
])
def test_an_ad_glued_before_a_heading_goes_and_the_heading_stays(ad):
    text = _HEAD + ad + "二、主要任务\n（一）强化市场监管。全年检查市场主体1200户。\n" + _TAIL
    out = clean(text).text
    assert "\n二、主要任务\n" in out
    assert ad.strip() not in out
    # the heading is whole again, so the outline needs no renumbering
    assert "三、保障措施" in out


def test_an_ad_glued_before_an_item_marker_goes_and_the_item_stays():
    body = ("二、主要任务\n（一）强化市场监管。全年检查市场主体1200户。\n"
            "代写各类材料 微信xz8812（二）优化营商环境。新登记市场主体5600户。\n（三）守牢安全底线。抽检食品2000批次。\n")
    out = clean(_HEAD + body + _TAIL).text
    assert "\n（二）优化营商环境。新登记市场主体5600户。\n" in out and "xz8812" not in out


@pytest.mark.parametrize("line", [
    # a lead-in running into an inline list: the marker is the outline's, the words are the text's
    "全面落实四、五月份重点工作，主要任务有：二、主要任务",
    # the notice's own hotline glued before the next heading
    "咨询电话：0571-88886666二、主要任务",
    # the notice's own account named before it
    "请关注“江岭市场监管”微信公众号二、主要任务",
])
def test_a_notices_own_words_before_a_marker_stay(line):
    text = _HEAD + line + "\n（一）强化市场监管。全年检查市场主体1200户。\n" + _TAIL
    assert line in clean(text).text


def test_a_marker_the_outline_does_not_call_for_is_no_seam():
    # 五、 after 一、 is not the next heading: the words before it are not judged apart
    line = "代写各类材料 微信xz8812五、主要任务"
    text = _HEAD + line + "\n" + _TAIL
    assert not [f for f in clean(text).findings if f.rule == "ads.drop_front_glued_ads"]


@pytest.mark.parametrize("aside", [
    "（包括百家乐、老虎机、六合彩、网络棋牌等）",
    "（如“包过”“不过退费”）",
    "（含地下六合彩、网络时时彩团伙）",
    "（“不看征信”“黑户可贷”等）",
    "（专业搬家、拆装空调等）",
])
def test_an_aside_naming_what_the_text_speaks_of_stays(aside):
    text = ("江岭市公安局2023年打击整治工作总结\n一、主要成效\n（一）严厉打击违法犯罪。侦破网络赌博案件12起"
            + aside + "，抓获犯罪嫌疑人45名。\n（二）加强宣传教育。发放宣传资料5万份。\n"
            "二、下一步打算\n持续保持高压态势。\n江岭市公安局\n2023年12月20日\n")
    assert aside in clean(text).text


def test_an_aside_in_the_documents_own_words_stays():
    text = ("江岭市职称评审工作通知\n一、申报条件\n（一）业绩条件。申报人员须具备相应业绩条件（发表论文2篇以上），"
            "或主持完成市级以上科研项目1项。\n（二）论文要求。论文须公开发表，论文发表时间截至2023年6月。\n"
            "二、其他事项\n论文发表情况由所在单位审核。\n江岭市人力资源和社会保障局\n2023年7月1日\n")
    assert "（发表论文2篇以上）" in clean(text).text


def test_an_ad_in_brackets_is_still_cut_when_it_opens_like_one():
    # 如需, 如有: an ad's own openers, not an explaining word
    text = _HEAD + "二、主要任务\n（一）强化市场监管（如需代写材料请加微信xz8812）。全年检查市场主体1200户。\n" + _TAIL
    assert "xz8812" not in clean(text).text


def test_a_contact_behind_a_ratio_sign_is_read_as_labelled():
    ad = "网贷口子 黑户可下 扣∶23502057"
    text = _HEAD + "二、主要任务\n全年检查市场主体1200户。\n" + ad + "\n" + _TAIL
    assert ad not in clean(text).text


def test_a_ratio_sign_of_a_scale_stays():
    line = "（一）测绘成果。完成1∶2000地形图测绘120平方公里，比例尺1∶500的城区图更新。"
    text = _HEAD + "二、主要任务\n" + line + "\n" + _TAIL
    assert line in clean(text).text


@pytest.mark.parametrize("ad", [
    "——假证 真做 16037897145——",
    "网贷口子 当天下款 QQ:642168963",
])
def test_a_spam_trade_with_an_address_on_a_line_of_its_own_goes(ad):
    text = _HEAD + "二、主要任务\n全年检查市场主体1200户。\n" + ad + "\n" + _TAIL
    assert ad not in clean(text).text


@pytest.mark.parametrize("line", [
    "警惕刷单诈骗，举报电话：0571-96110。",
    "—— 江岭市场监管 www.jlscjg.gov.cn ——",
    # the third read: a notice's own decorated lines and its "who to ask" sentences
    "=========== 江岭人才网 www.jlrc.com ===========",
    "★ 校园网：www.jl2z.cn ★",
    "※注：报名网址www.jlrc.com",
])
def test_a_notices_own_line_naming_a_trade_or_set_with_a_mark_stays(line):
    text = _HEAD + "二、主要任务\n全年检查市场主体1200户。\n" + line + "\n" + _TAIL
    assert not _removed(text)


def test_an_explaining_aside_with_a_private_account_is_still_an_ad():
    text = _HEAD + "二、主要任务\n（一）强化市场监管（含免费领取模板，加V：gwmb666）。全年检查市场主体1200户。\n" + _TAIL
    out = clean(text).text
    assert "gwmb666" not in out and "（含" not in out


def test_a_notices_who_to_ask_sentence_keeps_its_words():
    # the third read: a short sentence naming whom to ask is rare-worded, so it reads as foreign;
    # its words are never taken with a contact cut after them
    text = _HEAD + "二、主要任务\n全年检查市场主体1200户。系统卡顿找小李 扣扣54153605\n" + _TAIL
    assert "全年检查市场主体1200户。系统卡顿找小李" in clean(text).text



@pytest.mark.parametrize("running", ["每年的第二、三季度", "适用范围为全市二、三级医院", "数据口径见附表（二）"])
def test_a_skipped_section_is_still_flagged_beside_running_text_with_its_numeral(running):
    # the third and fourth reads: a heading glued behind other words cannot be told from running
    # text, a citation or a one-line list by the numbering rule (withdrawn twice): the gap stays flagged
    text = _HEAD + "重点工作安排在" + running + "\n三、保障措施\n确保任务落实。\n四、工作要求\n按时报送。\n江岭市市场监督管理局\n2023年2月10日\n"
    findings = [f for f in clean(text).findings if f.rule == "numbering.repair_outline"]
    assert any(f.action == "flag" for f in findings)
