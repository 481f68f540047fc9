"""Round 27: an ad spliced between two Han characters whose own words reach beyond its cues,
and a change against a period with no unit.

A spliced ad's cues (不过退费, a mobile number) are often only part of it (公考一对一辅导，…);
the text around it closes up into five characters the document writes elsewhere (社会|…|主义市),
which tells where the ad's own words end, when it sells a trade with a contact. A change against
a period after a level given with its unit (保护区10个，较上年增长3.5，) is never bare. Every case
runs the whole pipeline."""
import pytest

from cleaner.pipeline import clean

_OWN = ("江岭市2023年经济体制改革工作总结\n"
        "一、总体情况\n全市坚持社会主义市场经济改革方向，完善社会主义市场经济体制，恢复重建工作全面完成。\n"
        "二、主要做法\n（一）深化要素市场化改革。健全社会主义市场经济体制的基础制度，推进灾后恢复重建项目。\n")
_TAIL = "三、下一步打算\n持续推进改革。\n江岭市发展和改革委员会\n2023年12月28日\n"


def _ads(text):
    return [f for f in clean(text).findings if f.rule == "ads.drop_inline_solicitations"]


def test_a_spliced_ad_with_words_beyond_its_cues_goes_whole_and_the_word_closes_up():
    ad = "仁爱男科医院哪家好，预约热线400-529-5882"
    text = _OWN + "（二）完善产权制度。产权制度是社会" + ad + "主义市场经济体制的重要基石。\n" + _TAIL
    out = clean(text).text
    assert "产权制度是社会主义市场经济体制的重要基石。" in out
    assert "男科" not in out and "400" not in out


def test_an_ad_whose_words_beyond_its_cues_hold_a_clause_is_not_guessed_wider():
    # 公考一对一辅导， is a clause before the cues: whose it is the seam cannot tell, so the
    # sentence's own words are never taken with it (a notice's 推行营业执照秒批秒办，咨询热线…， looks alike)
    ad = "公考一对一辅导，不过退费，联系13912345678"
    text = _OWN + "（二）完善产权制度。产权制度是社会" + ad + "主义市场经济体制的重要基石。\n" + _TAIL
    assert "产权制度是社会" in clean(text).text


def test_a_hotline_ad_spliced_into_a_phrase_the_document_repeats_goes_whole():
    ad = "首付5万开回家 购车热线：4001728273 转 8600"
    text = _OWN + "（二）抓好灾后工作。全力做好灾后恢复" + ad + "重建工作，确保群众安全过冬。\n" + _TAIL
    out = clean(text).text
    assert "全力做好灾后恢复重建工作" in out and "购车" not in out


@pytest.mark.parametrize("sentence", [
    # the read's own clauses beside a contact: the sentence closes up without them, but they are a notice's
    "（二）优化营商环境。全面推行企业开办一网通办。推行营业执照秒批秒办，咨询热线4008765432，企业开办全程网办率达到95%。",
    "（二）强化就业服务。鼓励灵活就业。各地要鼓励宝妈灵活兼职，求职咨询热线4008961234，灵活就业人员可按规定享受社保补贴。",
    # a notice's own channel inside a sentence (the second read): no trade is sold
    "（二）优化纳税服务。纳税人办理年度汇算更便捷。纳税人可扫码下载个人所得税APP办理年度汇算并查询退税进度。",
    "（二）优化公积金服务。缴存职工提取业务全程网办。缴存职工可登录官网www.jlgjj.com在线留言咨询提取业务。",
    # the government's own free tutoring and hotline inside a sentence: no ad
    "（二）强化就业服务。为高校毕业生免费开展一对一辅导，咨询电话13912345678，社会主义市场经济体制下就业更充分。",
    # a lender's own loan line of the notice: an institution speaks
    "（二）加大金融支持。市农商银行发放创业担保贷款，联系电话0571-88886666，助力社会主义市场经济发展。",
], ids=["own clause before a hotline", "own job clause before a hotline", "own tax app", "own portal and message box",
        "own free tutoring", "a bank's own loan line"])
def test_a_notices_own_offer_and_contact_inside_a_sentence_stay(sentence):
    text = _OWN + sentence + "\n" + _TAIL
    assert not _ads(text)
    assert sentence in clean(text).text


def test_a_word_seam_that_is_not_written_elsewhere_cuts_nothing_beyond_the_cues():
    # 急转直下 occurs once: no five characters join across the ad, so its words are not guessed
    ad = "省级国家级期刊论文发表，包录用 xzbang4253@126.com"
    text = _OWN + "（二）应对外部冲击。国际经济形势急转" + ad + "直下，我们果断调整政策。\n" + _TAIL
    out = clean(text).text
    assert "国际经济形势急转" in out and "直下，我们果断调整政策" in out


def _figure_flags(text):
    return [(text[f.start:f.end], f.reason) for f in clean(text).findings
            if f.action == "flag" and f.rule.startswith("figure")]


def test_a_change_against_a_period_with_no_unit_is_flagged():
    text = ("江岭市2023年工作总结\n全市新建国家级自然保护区10个，较上年增长3.5，群众获得感进一步增强。\n"
            "全县约谈违规定点医药机构22家，同比下降12。\n")
    flagged = [s for s, r in _figure_flags(text) if "period" in r]
    assert flagged == ["较上年增长3.5", "同比下降12"]


@pytest.mark.parametrize("sentence", [
    "地区生产总值同比增长3.5%，增速居全省第2位。",
    "新增市场主体1.2万户，比上年增加1500户。",
    "比上年增长3.5个百分点，高于全省平均水平。",
    "人均预期寿命较上年提高0.5岁。",
    "各项指标同比分别增长3.5、4.2和5.1个百分点。",
    # a level given bare is a ratio or an index: its change is bare too (the read's false flags)
    "城乡居民收入比为2.18，比上年下降0.05。",
    "环境空气质量综合指数为4.12，同比下降0.15，在全省排名第5。",
    "出生人口性别比为106.8，比上年下降1.5。",
    "基尼系数为0.386，较上年下降0.002。",
    "地区生产总值　3865.2　同比增长5.8",
])
def test_changes_with_their_unit_stay_silent(sentence):
    assert not [r for _, r in _figure_flags("江岭市2023年工作总结\n" + sentence + "\n") if "period" in r]



@pytest.mark.parametrize("sentence", [
    "在11.9消防宣传月期间开展消防安全检查。",
    "围绕12.4宪法宣传日开展普法宣传。",
])
def test_a_day_named_by_its_dotted_date_is_no_count(sentence):
    # the figure read's false flag of earlier rounds: a count has no fraction of an item
    assert not [r for _, r in _figure_flags("江岭市2023年工作总结\n" + sentence + "\n") if "measure word" in r]
