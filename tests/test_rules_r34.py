"""Round 34: a trade's flyer glued behind a sentence of the text, and the text's own slogans.

A line that held two seller's slogans and a contact went whole when it was short: a notice's own
sentence went with it (景区门票价格优惠，商家诚信经营。旅游咨询电话：0797-…), and so did a sentence
with a flyer glued behind it (…完善涉外经济体制和法规政策。专业搬家 拆装空调…质量保证 童叟无欺). A flyer
sets its phrases side by side with blanks between; a notice's sentence lists or quotes the same
slogans with clause marks, and a slogan with more words fused on is part of a noun (质量保证金).
Now the flyer goes and the text's sentences stay, whatever the line's length.
Every case runs the whole pipeline."""
import pytest

from cleaner.pipeline import clean
from helpers import ads_removed

_RULE = "ads.drop_solicitation_lines"
_TITLE = "江岭市市场监督管理局2023年工作总结"
_BODY = "今年以来，我局坚持以人民为中心，持续优化消费环境。\n全年受理消费者投诉举报2315件，办结率达到98%。"
_SIGN = "江岭市市场监督管理局\n2023年12月28日"


def _doc(line: str) -> str:
    return "\n".join([_TITLE, _BODY, line, _SIGN])




_OWN_LINES = [
    "今年国庆假期，全县共接待游客42.8万人次，同比增长15%。景区门票价格优惠，商家诚信经营。旅游咨询电话：0797-8221234。欢迎您来！",
    "全市搬家行业协会发布服务承诺：明码标价、价格优惠、质量保证，服务监督电话0571-87654321。",
    "社区志愿服务队为独居老人提供上门服务，做到随叫随到，志愿服务热线：13907916688。",
    "我们倡导经营者诚信经营、童叟无欺，消费者可拨打服务热线0791-86221315。",
    "全市已有156家企业通过ISO9001质量管理体系认证，形成了诚信经营、质量保证的良好氛围。",
    "检查中发现个别门店张贴“高价回收 上门服务 电话13812345678”字样的广告，已责令清除。",
]


@pytest.mark.parametrize("line", _OWN_LINES)
def test_the_texts_own_slogans_stay(line):
    assert ads_removed(_doc(line)) == []


_GLUED = [
    ("完善涉外经济体制和法规政策，推动外贸稳定增长。", "专业搬家 拆装空调 长短途运输（联系电话:0555-51404934）质量保证 童叟无欺"),
    ("严格落实质量保证金制度，切实维护消费者合法权益。", "管道疏通 马桶维修 上门服务 随叫随到 电话13800138000"),
    ("全年查办各类违法案件186件，罚没款382.6万元，有力震慑了违法行为。"
     "开展校园及周边食品安全专项检查，检查食品经营单位1268家次，责令整改问题126个，消费环境持续改善。",
     " 高价回收 名烟名酒 欢迎来电 13912345678"),
]


@pytest.mark.parametrize("sentence, flyer", _GLUED)
def test_a_flyer_glued_behind_a_sentence_goes_alone(sentence, flyer):
    raw = _doc(sentence + flyer)
    assert ads_removed(raw) == [flyer]
    result = clean(raw)
    assert sentence.replace("(", "（").replace(")", "）")[:10] in result.text
    assert [f.reason for f in result.findings if f.rule == _RULE][0].endswith("glued after the last sentence)")


def test_a_flyer_on_a_line_of_its_own_still_goes_whole():
    flyer = "专业搬家 拆装空调 长短途运输 质量保证 童叟无欺 电话13800138000"
    assert [r.strip() for r in ads_removed(_doc(flyer))] == [flyer]


# ---- a bracket splitting a word, with no ad-only cue in it --------------------------------

def _notice(title: str, org: str, item: str) -> str:
    return "\n".join([
        title, "",
        "各县（市、区）相关部门，市直各单位：",
        "为持续优化营商环境，维护公平竞争的市场秩序，保障人民群众合法权益，现就有关工作通知如下。",
        "二、加强日常监管。按照“双随机、一公开”要求开展检查，对发现的问题依法依规处理。",
        "三、推进信用监管。完善经营主体信用档案，实施分级分类监管，提升监管精准性。",
        "四、做好服务指导。主动上门开展政策宣讲，帮助经营主体解决实际困难。",
        item, "", org, "2024年8月23日"])


_ORG = "江岭市市场监督管理局"


@pytest.mark.parametrize("aside", ["（本文由秋实整理，首发于思享网~）", "【本文由秋实整理，首发于思享网~】",
                                   "(搜集整理：秋水文苑，欢迎关注)"])
def test_a_repost_note_splitting_a_word_goes(aside):
    raw = _notice(f"{_ORG}关于加强安全生产工作的通知", _ORG, f"五、各单位要坚持安全{aside}生产，压实企业主体责任。")
    assert ads_removed(raw) == [aside]
    assert "五、各单位要坚持安全生产，压实企业主体责任。" in clean(raw).text


@pytest.mark.parametrize("title, org, item", [
    # weak cues only: a notice's own instructions (scan, follow, download a form)
    ("江岭市教育局关于做好2024年秋季招生工作的通知", "江岭市教育局",
     "五、请各校及时告知家长（扫码关注“江岭教育”公众号即可在线填写）的报名信息。"),
    ("江岭市人力资源和社会保障局关于做好职称申报工作的通知", "江岭市人力资源和社会保障局",
     "五、请各单位将申报表格（表格模板请从附件下载）上报至市人社局。"),
    ("江岭市市场监督管理局关于报送2024年度工作总结的通知", _ORG,
     "五、请各分局于11月30日前（Word版及盖章扫描件各一份）报送年度工作总结。"),
    # a free offer of the office's own materials through its own channel
    ("江岭市教育局关于开展2024年师德师风专题学习的通知", "江岭市教育局",
     "五、全体教职员（相关学习资料可在“江岭教师研修”公众号免费领取）要认真开展专题学习。"),
    ("江岭市卫生健康委员会关于推广应用电子健康卡的通知", "江岭市卫生健康委员会",
     "四、居民（扫码即可免费领取电子健康卡）在就诊时无需再携带实体卡。"),
])
def test_a_notices_own_aside_stays(title, org, item):
    assert ads_removed(_notice(title, org, item)) == []


# ---- a date cut short by an ellipsis --------------------------------------------------------

def test_a_date_cut_by_an_ellipsis_is_not_completed():
    raw = "江岭市卫生健康委员会关于印发工作要点的通知\n各单位于2021年4月1...\n各单位于2021年4月10日前报送。"
    result = clean(raw)
    assert "2021年4月1日" not in result.text
    assert not [f for f in result.findings if f.rule.startswith("date.") and f.start < raw.index("...")]


def test_a_teaser_cut_inside_a_date_goes_as_a_copy():
    par = ("现将《2021年全市卫生健康工作要点》印发给你们，请结合实际，认真抓好贯彻落实。"
           "各单位于2021年4月10日前将贯彻落实情况报送市卫生健康委办公室。")
    teaser = par[:par.index("4月1") + 3] + "..."
    raw = "\n".join(["江岭市卫生健康委员会关于印发2021年全市卫生健康工作要点的通知", "江卫发〔2021〕12号",
                     "各县（市）区卫健局，委直属各单位：", teaser, par, "江岭市卫生健康委员会", "2021年3月20日"])
    assert [f.before.strip() for f in clean(raw).findings if f.rule.startswith("dup.") and f.action == "remove"] == [teaser]


# ---- an ad closes on its contact ------------------------------------------------------------

_REPORT = "\n".join([
    "南湖区市场监督管理局2023年上半年工作总结",
    "今年以来，我局坚持监管与服务并重，各项工作取得明显成效。",
    "一、加强执法队伍建设。全年组织业务培训不少于4期，培训执法人员200人次。",
    "二、降低企业成本。多措并举降成本。扩大小微企业政策覆盖面，减轻经营主体负担。",
    "三、做好消费维权。全年接待群众来访1200人次，办结率达到98%。",
    "南湖区市场监督管理局",
    "2023年7月10日"])


@pytest.mark.parametrize("anchor, ad, kept", [
    ("培训执法人", "写不出来？我帮你写！总结、汇报、讲话稿都能写——wx：xiecai365", "员200人次。"),
    ("二、降低企业成本。", "欢迎加入公文写作交流群，群号：583920147\u3000", "多措并举降成本。"),
])
def test_an_ad_closes_on_its_contact(anchor, ad, kept):
    at = _REPORT.index(anchor) + len(anchor)
    raw = _REPORT[:at] + ad + _REPORT[at:]
    result = clean(raw)
    assert kept in result.text
    assert any(ad.endswith(f.before) or f.before.endswith(ad.strip()) or f.before in ad
               for f in result.findings if f.rule.startswith("ads.") and f.action == "remove")
    assert not [f for f in result.findings if f.rule.startswith("ads.") and kept[:3] in f.before]


def test_words_with_cues_after_the_contact_stay_the_ads():
    ad = "代写各类材料，加微信kx8899领取全套模板。"
    raw = _REPORT.replace("多措并举降成本。", "多措并举降成本。" + ad)
    assert ad in "".join(f.before for f in clean(raw).findings if f.rule.startswith("ads.") and f.action == "remove")
