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
])
def test_a_notices_own_short_line_stays(line):
    text, found = _with_line(line)
    assert line in text and not found, found


def test_an_offices_site_named_after_the_office_protects_its_instruction():
    # 市卫健委官网下载: the office's own site; the old pattern wanted no Han character after 委
    text, found = _with_aside("（可在市卫健委官网“下载中心”获取Word版）", at="完成5家社区卫生服务中心提档升级，")
    assert "市卫健委官网" in text and not found
