"""Round 36: an ad of the writing-material trade with no ad-only cue, placed where ads stand.

A bracket spliced into a sentence without an ad-only cue was judged only where it cut a word
the text writes (分|〔…〕|流); a line without one had no verdict of its own. An ad dropped between two
words of a clause (组建城市|（2000+份公文写作素材打包领取，先到先得）|医疗集团), or standing as a
line of its own between paragraphs (百套讲话稿素材包，付费9.9元即可下载), stayed.

Now where it stands and what it is made of are two cues: a bracket between two Han characters that
holds a clause of its own (an aside names or lists, 各县（市、区）), or a short line standing alone,
in words the document writes nowhere else. They are not enough with any two classes of cues: a
notice's own asides and rows are new words too, with fees, accounts and downloads in them
(个人缴费（标准为380元/年，可通过“湘医保”公众号缴纳）, an adversarial read found 22 such asides a
first version removed). So the cues must count fully and one of them must be of the trade these
ads sell: writing material, a template site, a repost or copyright note.

The same read turned up the round-start code's own losses: of 169 asides of notices planted in the
TUNE documents it removed 41 (咨询：王科长，139…; 培训费每人每年600元…，咨询：137…; a scam quoted in a
warning). An aside tied to the words before it (an office named right before it and the notice's voice in
it, an official's title, office hours, an instruction; or a word of its clause repeated inside it) with
nothing sold in it, or quoting what its sentence warns against, now stays (24 of 169 still go); an
office's own site named before a download (可在市卫健委官网下载) names the office when nothing of a seller
stands beside it. A second read planted 154 ads shaped to slip through these vetoes: a first version
kept 59 of them; these keep none that the round-start code removed.
"""
from __future__ import annotations

import pytest

from cleaner.pipeline import clean

_DOC = "\n".join([
    "江岭市卫生健康局2023年工作总结",
    "2023年，市卫生健康局坚持以人民健康为中心，扎实推进各项工作，全市卫生健康事业取得新进展。",
    "一、医疗服务能力持续提升",
    "组建城市医疗集团2个，下沉专家126名，基层诊疗量占比达到62%。完成5家社区卫生服务中心提档升级，改善就医环境。",
    "二、公共卫生服务水平稳步提高",
    "居民电子健康档案建档率达到90.5%，65岁以上老年人健康管理率达到72%。适龄儿童免疫规划疫苗接种率保持在95%以上。",
    "三、综合监督执法不断强化",
    "全年开展各类卫生监督检查2680户次，立案查处违法案件64件，罚没款28.6万元，有力维护了群众健康权益。",
    "江岭市卫生健康局",
    "2024年1月8日",
]) + "\n"
_AT = "改善就医"  # an aside goes right after these words: between 医 and 环, no word cut
_UNDER = "二、公共卫生服务水平稳步提高\n"  # a line goes right under this heading


def _with_aside(aside: str, at: str = _AT) -> tuple[str, list]:
    c = clean(_DOC.replace(at, at + aside, 1))
    return c.text, [f for f in c.findings if f.rule.startswith("ads.") and f.action == "remove"]


def _with_line(line: str) -> tuple[str, list]:
    c = clean(_DOC.replace(_UNDER, _UNDER + line + "\n", 1))
    return c.text, [f for f in c.findings if f.rule.startswith("ads.") and f.action == "remove"]


@pytest.mark.parametrize("ad", [
    "（2000+份公文写作素材打包领取，先到先得）",
    "〔个人简历包装、竞聘演讲稿定制，微信：jingpin_go〕",
    "「百套讲话稿素材包，付费9.9元即可下载」",
])
def test_a_bracket_holding_a_clause_of_the_trade_in_foreign_words_goes(ad):
    text, found = _with_aside(ad)
    assert ad not in text and "改善就医环境" in text
    assert any("bracketed inside a clause, its words foreign to the document" in f.reason for f in found)


@pytest.mark.parametrize("ad", [
    "2000+份公文写作素材打包领取，先到先得",
    "百套讲话稿素材包，付费9.9元即可下载",
    "版权归墨香公文网所有，未经许可不得转载",
    "店铺搜索“机关文印”，各类表格模板 直接下单",
])
def test_a_short_line_of_the_trade_in_foreign_words_goes(ad):
    text, found = _with_line(ad)
    assert ad not in text and _UNDER + "居民电子健康档案" in text
    assert any("short stand-alone line, its words foreign to the document" in f.reason for f in found)


_OWN_ASIDES = [  # a notice's own asides: fees, accounts, downloads, its contact; new words, no trade
    "（联系人：李同志，手机：13907418265）",
    "（标准为380元/年，可通过“湘医保”公众号缴纳）",
    "（60元/月，可关注“畅行梅城”公众号在线办理）",
    "（在应用商店搜索“学习强国”下载安装，用手机号注册登录）",
    "（补贴标准为每户300元/月，按季度发放，可向社区咨询）",
    "（扫描通知文末二维码下载打印，逐项填写）",
    "（空白模板及填写样例均在附件中下载，请勿改动表头）",
    "（格式模板可登录市卫健委官网下载，逐项填写）",
    "（含乡镇卫生院、村卫生室）",
]


@pytest.mark.parametrize("aside", _OWN_ASIDES)
def test_a_notices_own_aside_inside_a_clause_stays(aside):
    for at in (_AT, "组建城市"):  # between two words, and where the pair is a word's (市|医: 市医院)
        text, found = _with_aside(aside, at)
        assert aside in text and not found, (at, found)


@pytest.mark.parametrize("line", [
    "学生公交月票60元/月，可关注“畅行梅城”公众号在线办理",
    "在“学习强国”平台搜索“健康南湖”即可观看，欢迎转发",
    "补贴标准为每户300元/月，按季度发放，可向社区咨询",
    "志愿者招募群：群号 73912846，欢迎加入",
    "获奖作品将在“南湖文旅”公众号展示，欢迎投票",
    "《申报指南》及模板可在市科技局官网下载",
    "咨询热线：400-690-0071",
    "停车收费：首小时5元，之后每小时2元，24小时封顶30元",  # a schedule repeating its unit: no keyword stuffing
])
def test_a_notices_own_short_line_stays(line):
    text, found = _with_line(line)
    assert line in text and not found, found


def test_an_offices_site_named_after_the_office_protects_its_instruction():
    # 市卫健委官网下载: the office's own site; the old pattern wanted no Han character after 委
    text, found = _with_aside("（可在市卫健委官网“下载中心”获取Word版）", at="完成5家社区卫生服务中心提档升级，")
    assert "市卫健委官网" in text and not found


# A helper's read of round 36 planted 169 asides of notices (contacts, fees, channels, templates, warnings
# that quote a scam) in the TUNE documents: the round-start code removed 41 of them, mostly by the
# foreign-segment rule (identifier + call + foreign vocabulary); 24 of 169 still go.
_NOTICE = "\n".join([
    "江岭市人力资源和社会保障局关于做好2024年职业技能培训工作的通知",
    "各区县人社局，各有关单位：",
    "为提升劳动者技能水平，现就做好2024年职业技能培训工作通知如下。",
    "一、各地要结合产业需求，精心组织培训项目，确保培训质量。",
    "二、培训结束后，请于12月20日前将培训台账报送市局职业能力建设处。",
    "江岭市人力资源和社会保障局",
    "2024年3月1日",
]) + "\n"


@pytest.mark.parametrize("before, aside", [
    ("有关问题请与县就业服务中心", "（咨询：王科长，13907451234）"),          # after an office: its contact
    ("组织二级建造师继续教育培训", "（培训费每人每年600元，教材费另计，咨询：13707461122）"),  # 培训 … 培训费: its own terms
    ("为65岁以上老年人免费体检", "（体检当日请空腹，可提前拨打13907456789咨询）"),
    ("居民可拨打家庭医生团队专线", "（每个社区公布一个手机号码，工作日8:00-17:30接听）"),
])
def test_an_aside_tied_to_the_words_before_it_stays(before, aside):
    raw = _NOTICE.replace("确保培训质量。", f"确保培训质量。{before}{aside}并做好登记。", 1)
    c = clean(raw)
    assert aside in c.text, [f for f in c.findings if f.rule.startswith("ads.")]


@pytest.mark.parametrize("sentence", [
    "部分群众收到陌生短信（内容为“医保卡余额即将清零，请加微信yb07311领取补贴”）后受骗。",
    "提醒毕业生注意甄别招聘信息（如“交押金即可上岗，日结300元，加V:jz8899”），切勿轻信。",
    "部分消费者轻信培训机构宣传（“包过、不过退费，咨询微信：kz2023”）后遭受损失。",
])
def test_a_bracket_quoting_what_its_sentence_warns_against_stays(sentence):
    c = clean(_NOTICE.replace("确保培训质量。", "确保培训质量。" + sentence, 1))
    assert sentence in c.text, [f for f in c.findings if f.rule.startswith("ads.")]


def test_an_ad_spliced_after_an_office_with_an_ad_only_cue_still_goes():
    ad = "（代写述职报告、心得体会，当天交稿，V:wm8823）"
    c = clean(_NOTICE.replace("职业能力建设处", "职业能力建设处" + ad, 1))
    assert ad not in c.text and "报送市局职业能力建设处。" in c.text


@pytest.mark.parametrize("line", [
    "1\t工作总结材料\t13812345678",   # a table's row: its cells, not a line of its own
    "《党政机关公文处理工作条例》全文下载",   # a work named: the notice's link to it
])
def test_rows_and_named_works_are_no_stand_alone_ad_line(line):
    text, found = _with_line(line)
    assert line in text and not found, found


@pytest.mark.parametrize("line", [
    "技术咨询：陈工 13907412265",          # a role's label, its official, a number: the notice's contact row
    "业务咨询：李科长，0731-88826541",
    "开户行：中国工商银行江岭支行 账号：1902 0210 0920 0123 456",   # the account its fees are paid into
])
def test_a_notices_contact_or_bank_row_stays(line):
    text, found = _with_line(line)
    assert line in text and not found, found


def test_a_contact_row_with_an_ad_only_cue_still_goes():
    text, found = _with_line("代写咨询：张老师 13907412265")
    assert "代写咨询" not in text and found


# The vetoes' limits, from a second read (154 ads planted to hit them; a first version of the vetoes kept 59 of
# them): an aside after an office with no notice's voice in it, a bare quotation in a sentence that fights
# fakes, a seller borrowing an office's site, a contact row labelled by its goods, a seller's bank row.
@pytest.mark.parametrize("before, ad", [
    ("请于12月20日前将培训台账报送市局职业能力建设处", "（代开发票，联系13912345678）"),
    ("请于12月20日前将培训台账报送市局职业能力建设处", "（公务员面试辅导，咨询13974125566）"),
    ("严厉打击侵犯知识产权", "（“专业代写各类材料，微信dx8888”）"),
])
def test_an_ad_in_an_asides_place_without_a_notices_voice_goes(before, ad):
    raw = _NOTICE.replace("确保培训质量。", f"确保培训质量。{before}{ad}和有关工作。", 1)
    c = clean(raw)
    assert ad not in c.text and before in c.text


@pytest.mark.parametrize("line", [
    "人社局官网同款题库，考前押题资料，咨询13907418899",
    "写作咨询：王老师 13907415566",
    "开户行：交通银行 户名：白河县公文宝文化传媒 账号：6222601234567890 素材咨询微信：gwb2020",
])
def test_a_seller_in_a_notices_row_shape_goes(line):
    text, found = _with_line(line)
    assert line not in text and found
