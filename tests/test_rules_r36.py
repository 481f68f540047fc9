"""Round 36: a bracket inside a clause that holds a clause of its own, in words foreign to the page.

A bracket spliced into a sentence was judged by its cues only where it cut a word the text writes
(分|〔…〕|流) and held a cue that counts fully. An ad dropped between two words of a clause (组建城市
|（2000+份公文写作素材打包领取，先到先得）|医疗集团) cuts no word and may hold only cues a notice could
use one at a time (领取, 模板, 加入, 微信): it stayed. Now where it stands is a cue of its own: a
bracket between two Han characters that holds a clause of its own (a clause mark inside: an aside
names or lists, 各县（市、区）) in words the document writes nowhere else goes when its cues come
from two classes, and not only from a call to act and an offer (扫码 … 下载: a notice's own
instructions). A notice's aside (联系人, 电话, its own site or account, its template) stays.
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
_AT = "组建城市"  # the ad goes right after these words: between 市 and 医, no word cut


def _cleaned(aside: str, at: str = _AT) -> tuple[str, list]:
    raw = _DOC.replace(at, at + aside, 1)
    c = clean(raw)
    return c.text, [f for f in c.findings if f.rule.startswith("ads.")]


@pytest.mark.parametrize("ad", [
    "（2000+份公文写作素材打包领取，先到先得）",
    "〔知识星球「公文写作精进」已有5000+成员，欢迎加入〕",
    "〔个人简历包装、竞聘演讲稿定制，微信：jingpin_go〕",
    "{加入💬交流群，群号：48291736}",
    "〖文案策划、活动方案代做，报价透明。〗",
    "「教资、公务员、事业编网课全套，加微信领取试听课」",
])
def test_a_bracket_holding_a_clause_of_foreign_words_goes(ad):
    text, found = _cleaned(ad)
    assert ad not in text and "组建城市医疗集团2个" in text
    assert any("bracketed inside a clause" in f.reason or "splitting a word" in f.reason for f in found)


@pytest.mark.parametrize("ad", [
    "（写作训练营开营啦，加入社群送300份模板）",
    "[诚邀体制内写作爱好者加入微信交流群~]",
    "〔来自 麦田公文 APP〕",
])
def test_a_bracket_cutting_a_word_needs_two_classes_not_a_full_cue(ad):
    # 诊疗 is a word the text writes: the bracket cuts it
    text, found = _cleaned(ad, at="基层诊")
    assert ad not in text and "基层诊疗量占比" in text
    assert any("splitting a word" in f.reason for f in found)


@pytest.mark.parametrize("aside", [
    "（联系人：李同志，手机：13907418265）",
    "（可在市卫健委官网“下载中心”获取Word版）",
    "（扫描通知文末二维码下载打印，逐项填写）",
    "（关注“江岭卫健”公众号，回复“体检”查询）",
    "（含乡镇卫生院、村卫生室）",
    "（市、县两级财政按6:4比例分担）",
])
def test_a_notices_own_aside_inside_a_clause_stays(aside):
    for at in (_AT, "基层诊"):
        text, found = _cleaned(aside, at)
        assert aside in text, (at, found)
        assert not [f for f in found if f.action == "remove"]


def test_an_offices_site_named_after_the_office_protects_its_instruction():
    # 市卫健委官网: the office's own site; the old pattern wanted no Han after 委 and missed it
    text, found = _cleaned("（可在市卫健委官网“下载中心”获取Word版）", at="完成5家社区卫生服务中心提档升级，")
    assert "市卫健委官网" in text and not found
