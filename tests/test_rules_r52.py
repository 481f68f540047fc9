"""Round 52: a bracket opening a clause in foreign words; an ad glued before a line of the text; three cues.

- A bracket standing right after a clause mark (，、；：) or a sentence's end with its paragraph
  going on after it, its words found nowhere else in the document, is placed as a bracket
  splitting a word is: one ad-only cue, or two classes of cues, complete the evidence. A notice's
  own aside there (its contact, its numbered item, its topic named again, a title it cites) stays.
- A short line judged foreign to its document whose words go on past its last address in words the
  document writes elsewhere (…拉你进群：lagun_233国务院总理 朱镕基) is an ad glued before a line of
  the text: only the ad goes.

- Cues: a related-links label or arrow before a writing genre (相关推荐：…范文十篇, 查看更多>>…范文) is a
  template site's; 卫星 for 微信 before an account id is an evasive channel (卫星电话 stays a
  satellite phone's row).
- Two short lines whose only cues are writing-material words (着力培养机关笔杆子队伍 / 学员每人发放
  公文范文汇编一册) are a notice's lines on its topic, not a two-line ad.

Each case runs the whole pipeline on a text written for this test (not a seed).
"""
from __future__ import annotations

import pytest

from cleaner.pipeline import clean

_TITLE = "江岭市农业农村局关于做好2024年春季农业生产工作的通知"
_LEAD = "各乡镇人民政府：\n为切实做好今年春季农业生产工作，确保粮食生产稳定发展，现将有关事项通知如下。"
_SENTENCE = "一、加强组织领导。各地要高度重视春季农业生产工作，{}层层落实责任，确保各项措施落到实处。"
_AFTER = ("二、强化技术指导。组织农技人员深入田间地头开展指导服务，及时解决生产中遇到的问题。\n"
          "三、做好农资保障。加强农资市场监管，确保种子、化肥、农药供应充足、质量可靠。\n"
          "江岭市农业农村局\n2024年3月1日")


def _doc(inside: str) -> str:
    return f"{_TITLE}\n{_LEAD}\n{_SENTENCE.format(inside)}\n{_AFTER}\n"


def _clean(text: str):
    cleaned = clean(text)
    assert cleaned.restore() == text
    return cleaned


@pytest.mark.parametrize("ad", [
    "（软著申请、专利代理，官网www.zhichan-bang.cn）",
    "[专业降重 AI检测 知网维普格子达 vx: jiangchong_01]",
    "〖公文写作代写服务，专注体制内材料十二年；〗",
    "(关注企鹅号“写作小灶”，回复“领取”)",
    "【領取全套範本，請加LINE：fanwen_tw】",
])
def test_a_bracket_opening_a_clause_in_foreign_words_goes(ad):
    cleaned = _clean(_doc(ad))
    assert ad not in cleaned.text
    assert _SENTENCE.format("") in cleaned.text  # the sentence keeps every word of its own
    reasons = [f.reason for f in cleaned.findings if f.rule.startswith("ads.") and f.action == "remove"]
    assert any("opening a clause or a sentence" in r for r in reasons), reasons


@pytest.mark.parametrize("own", [
    "（咨询电话：0571-87654321）",
    "（具体要求详见附件1）",
    "（1）",
    "（春耕备耕期间）",
    "（关注“江岭农业”微信公众号可查询农技服务站点）",
    "（资料员负责整理台账并报送乡镇农办）",
    "〖各镇街要参照《临江市优秀基层党建案例范文汇编》，结合实际撰写案例〗",
    # an institution's own site, its column, an official by role, office hours
    "（讲座课件PDF版可在本馆官网www.qwlib.cn“资源下载”栏目免费获取）",
    "（报到须知Word版可在学校官网www.jc3z.com下载，请打印后填写）",
    "（课程讲义PDF版可在医院官网www.qwzyy.com“健康教育”栏目免费下载）",
    "（有意者请联系网格员陈秀梅，手机：13858721046）",
    "（咨询电话：13787360925，工作日8:00至17:00接听）",
])
def test_a_notices_own_aside_opening_a_clause_stays(own):
    assert own in _clean(_doc(own)).text


def test_an_ad_glued_before_a_line_of_the_text_goes_alone():
    signature = "国务院总理 朱镕基"
    text = (f"2003年国务院政府工作报告\n——2003年3月5日在第十届全国人民代表大会第一次会议上\n"
            f"想加群的小伙伴加我微信拉你进群：lagun_233{signature}\n各位代表：\n"
            "本届政府1998年3月就职，任期即将结束。现在，我代表国务院，向大会报告五年来政府工作的回顾和对今年工作的建议。\n"
            "国务院总理要向全国人民代表大会报告工作，请予审议。\n")
    cleaned = _clean(text)
    assert "lagun_233" not in cleaned.text
    assert f"\n{signature}\n" in f"\n{cleaned.text}"


def test_a_bracket_opening_a_sentence_in_foreign_words_goes():
    ad = "【领取全套範本，請加LINE：fanwen_tw】"
    sentence = "一、加强组织领导。各地要高度重视春季农业生产工作，层层落实责任。{}组织农技人员深入田间地头开展指导服务。"
    text = f"{_TITLE}\n{_LEAD}\n{sentence.format(ad)}\n{_AFTER}\n"
    cleaned = _clean(text)
    assert ad not in cleaned.text and sentence.format("") in cleaned.text


_LINE_DOC = f"{_TITLE}\n{_LEAD}\n{{}}\n{_SENTENCE.format('')}\n{_AFTER}\n"


@pytest.mark.parametrize("ad", [
    "相关推荐：乡镇工作总结范文十篇",
    "查看更多>>实施方案范文",
    "卫星号：xiezuo365",
    "卫星：fanwenkf_01",
])
def test_new_cues_make_a_short_line_an_ad(ad):
    assert ad not in _clean(_LINE_DOC.format(ad)).text


@pytest.mark.parametrize("own", [
    "相关推荐：关于做好春耕工作的通知",
    "应急队伍配备卫星电话2部，卫星：天通一号",
    "审稿费每篇300元，版面费每篇1500元",
])
def test_the_same_words_in_a_notices_line_stay(own):
    assert own in _clean(_LINE_DOC.format(own)).text


def test_a_satellite_phones_row_is_no_evasive_channel():
    from cleaner import adcues
    from cleaner.types import Corpus
    scan = adcues.scan("", Corpus())
    assert not scan.has_cue(adcues.fold_width("卫星电话：17400001234")) or "evasive" not in str(
        adcues._cues(adcues.fold_width("卫星电话：17400001234"), scan.pats).names())
    assert "contact in an evasive spelling" in adcues._cues(adcues.fold_width("卫星：fanwenkf_01"), scan.pats).names()


def test_two_lines_of_material_words_alone_stay():
    pair = "着力培养机关笔杆子队伍\n学员每人发放公文范文汇编一册"
    assert pair in _clean(_LINE_DOC.format(pair)).text


def test_a_two_line_ad_with_a_site_or_an_address_still_goes():
    pair = "更多工作总结范文、述职报告模板\n请访问 www.fanwen-jia.com"
    out = _clean(_LINE_DOC.format(pair)).text
    assert "fanwen-jia" not in out and "述职报告模板" not in out


_PLAN = ("江岭市住房和城乡建设局2024年工作要点\n"
         "（二）完善住房保障体系。新筹集保障性租赁住房2000套，实行租赁补贴网上申报。\n"
         "（三）推动建筑业转型升级。{}培育年产值超10亿元的建筑企业3家，装配式建筑占新建建筑比例达到30%。\n"
         "（四）提升城市精细化管理水平。深化城市管理执法体制改革，推进智慧城管平台建设，实现城市管理问题发现处置闭环。\n"
         "江岭市住房和城乡建设局\n2024年1月10日\n")


def test_an_items_heading_pasted_into_another_item_goes():
    cleaned = _clean(_PLAN.format("提升城市精细化管理水平。"))
    assert cleaned.text.count("提升城市精细化管理水平") == 1
    assert "（三）推动建筑业转型升级。培育年产值" in cleaned.text
    assert "（四）提升城市精细化管理水平。深化" in cleaned.text


def test_a_heading_named_again_where_its_neighbours_share_its_words_stays():
    # the sentences around it speak of the same thing (城市, 精细, 管理): the paragraph's own, not a paste
    own = "建筑工地要落实城市精细化管理要求。提升城市精细化管理水平。城市管理部门要加强对工地的精细化管理。"
    assert own in _clean(_PLAN.format(own)).text


def test_a_private_clinic_naming_its_own_site_is_still_an_ad():
    ad = "江岭男科医院官网 www.jlnk.com 在线咨询，热线400-666-1200"
    assert ad not in _clean(_LINE_DOC.format(ad)).text
