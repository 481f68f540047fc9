"""Round 38: ad lines in words government text does not write, and contacts spelled to dodge filters.

An ad speaks its trade's language (资料包获取：关注+转发，私信“模板”): most of its pairs of Han
characters occur nowhere in government writing (cleaner/adregister.py, the pairs of the evaluation
set's TUNE documents). Before, a short stand-alone line needed two cues no government text writes
of itself, or writing-material cues beside words foreign to the document. Now that register is
one more cue beside where the line stands and what it offers: a short stand-alone line without
sentence punctuation, in such words throughout, goes when its cues say what it sells (two classes,
one counting fully and not a contact, a call or a note; or three classes). A notice's own lines
stay: its links, notes and groups (one cue, nothing sold), its sentences, its address line set off
by a gap from an ad glued in front, its rules (不得请人代笔。). The same was tried for sentences,
brackets and a paragraph's last sentence and not landed: a notice's own asides and instructions
(稿酬每千字100元, 网友可私信回复“路况”查询实时路况。) read so too; the cases below guard them.
Contacts: a number with letters for digits (4OO-8２0-0O19), an account in pairs of digits, 扣 or
加q before an account, an arrow for a colon are spellings no notice uses of its own.
"""
from __future__ import annotations

import pytest

from cleaner import adregister
from cleaner.pipeline import clean

_BODY = [
    "为深入贯彻落实安全生产专项整治三年行动部署要求，有效防范和遏制道路运输领域重特大事故，市局决定在全市开展道路运输安全生产专项整治行动。现将有关事项通知如下：",
    "一、整治重点",
    "（一）“两客一危”车辆动态监控。重点整治动态监控系统不在线、超速行驶、疲劳驾驶等违法违规行为，确保车辆入网率、上线率均达到100%。",
    "（二）客运站安全管理。严格落实“三不进站、六不出站”制度，全市32个客运站全部配备行包安检设备。",
    "二、工作要求",
    "（一）加强组织领导。各单位主要负责人为第一责任人，要亲自研究部署，确保整治行动取得实效。",
    "（二）强化督导检查。市局将组织督导组对各地整治情况进行抽查，对工作不力的单位予以通报。",
]


def _doc(*body: str) -> str:
    return "\n".join(["江岭市交通运输局关于开展道路运输安全生产专项整治行动的通知", "各县（市、区）交通运输局：",
                      *body, "江岭市交通运输局", "2021年4月20日"])


def _with_line(ad: str, at: int = 3) -> str:
    return _doc(*_BODY[:at], ad, *_BODY[at:])


def _removed(raw: str, piece: str) -> list:
    start = raw.index(piece)
    return [f for f in clean(raw).findings
            if f.action == "remove" and f.start < start + len(piece) and f.end > start]


def test_the_register_of_government_text_and_of_an_ad():
    assert adregister.known_share(_BODY[5]) > 0.6
    assert adregister.foreign_register("公考辅导名师一对一，面试包过班火热招生中！")
    assert adregister.known_share("加油") is None  # too few pairs to say


@pytest.mark.parametrize("ad", [
    "资料包获取：关注+转发，私信“模板”",  # material, an offer, a call
    "定制汇报PPT，最快6小时交付 👉 pptjiang.com",  # material, a domain, a call
])
def test_a_line_in_the_trades_words_goes(ad):
    raw = _with_line(ad)
    found = _removed(raw, ad)
    assert found and found[0].rule == "ads.drop_solicitation_lines"
    assert "words government text does not write" in found[0].reason
    assert ad not in clean(raw).text and _BODY[3] in clean(raw).text


def test_a_template_sites_note_framed_whole_goes():
    ad = "【本文由文档之家收集整理】"  # 文档之家 a site's name before the verb it compiled with
    raw = _with_line(ad)
    assert _removed(raw, ad) and ad not in clean(raw).text


@pytest.mark.parametrize("own", [
    "点击获取全文",  # a publisher's own link: one cue, no goods
    "转载请注明出处",  # its own note
    "请参训学员加入培训班微信群，群号：123456789",  # its own group: where to gather, nothing sold
    "公交1路途经本站，请乘客注意安全。",  # a sentence in rare words is a notice's too
])
def test_a_line_in_rare_words_that_sells_nothing_stays(own):
    raw = _with_line(own)
    assert not _removed(raw, own)


def test_an_ad_broken_over_two_lines_goes_whole():
    raw = _with_line("版权声明：本文内容由互\n联网用户自发贡献，版权归原作者所有")
    text = clean(raw).text
    assert "版权" not in text and "联网用户" not in text


@pytest.mark.parametrize("own", [
    "不得请人代笔。",  # a rule against the trade
    "学员可免费领取教材。",  # a notice's own offer
    "联系电话：0851-86812345",  # its own contact
    "请扫描下方二维码报名。",
    "附件：道路运输企业安全检查表",
])
def test_a_notices_own_short_line_stays(own):
    raw = _with_line(own)
    assert not _removed(raw, own)


def test_an_address_line_set_off_from_an_ad_glued_in_front_stays():
    ad = "教资、公务员、事业编网课全套，加微信领取试听课"
    raw = _doc(_BODY[0], ad + "  各位代表！", *_BODY[1:])
    text = clean(raw).text
    assert "各位代表！" in text


@pytest.mark.parametrize("own", [
    "有意者请添加黄老师微信18976541234咨询。",  # a contact is where to ask, not what is offered
    "活动名额有限，家长可扫码添加小助手微信预约。",
    "各镇街要参照《临江市优秀基层党建案例范文汇编》，结合实际撰写案例。",  # a work named, not sold
])
def test_a_paragraphs_last_sentence_giving_a_contact_stays(own):
    raw = _doc(*_BODY[:3], _BODY[3] + own, *_BODY[4:])
    assert own in clean(raw).text


@pytest.mark.parametrize("own", [
    "引用他人观点须注明出处。",  # a rule obliges; an ad asks (转载请注明出处)
    "述职报告须本人撰写，不能请人代写。",
    "网友可私信回复“路况”查询实时路况。",  # a notice's own instruction
])
def test_a_notices_own_sentence_in_rare_words_stays(own):
    raw = _with_line(own)
    assert not _removed(raw, own)


def test_a_sentence_in_a_paragraphs_middle_stays():
    own = "请各考生于5月20日起登录市人事考试网（www.ljrsks.cn）下载打印准考证。"
    line = _BODY[3].replace("制度，", "制度。" + own, 1)
    raw = _doc(*_BODY[:3], line, *_BODY[4:])
    assert own in clean(raw).text


def test_a_line_against_the_trade_stays_with_its_prohibition():
    line = "严禁机关干部请人代写个人总结，不准收取服务费用"
    raw = _with_line(line)
    assert not _removed(raw, line)


@pytest.mark.parametrize("contact", [
    "4OO-8２0-0O19",  # a hotline with letters for its zeros
    "QQ 55 66 77 88",  # an account in pairs of digits
    "扣 3 9 2 8 1 7 4 6",  # 扣 for QQ, its digits spaced apart
    "加q：1293847560",
])
def test_a_contact_spelled_to_dodge_filters_goes(contact):
    raw = _with_line(contact)
    found = _removed(raw, contact)
    assert found and "evasive spelling" in found[0].reason or found and "spelled with letters" in found[0].reason
    assert contact not in clean(raw).text


@pytest.mark.parametrize("own", [
    "统一社会信用代码：11440300MB2D12345L",
    "执行标准：GB/T 9704-2012",
    "得分：85 90 78 92",
])
def test_codes_and_rows_of_figures_are_no_contact(own):
    raw = _with_line(own)
    assert not _removed(raw, own)


def test_the_pairs_table_is_built_from_the_tune_documents_only():
    """The table holds what bench/build_gov_pairs.py reads from eval/base/tune, nothing of the held half."""
    import runpy
    from pathlib import Path

    from cleaner import data

    builder = runpy.run_path(str(Path(__file__).resolve().parent.parent / "bench" / "build_gov_pairs.py"))
    built = {first: "".join(sorted(seconds)) for first, seconds in builder["pairs"]().items()}
    assert dict(data.table("gov_pairs")) == built


@pytest.mark.parametrize("own", [
    "报名邮箱：wxbpx2024@126.com",  # the name of an e-mail address is no WeChat id (wx…)
    "请将报名表发送至邮箱qq12345@163.com。",
])
def test_an_e_mail_address_is_no_account_on_a_channel(own):
    raw = _with_line(own)
    assert not _removed(raw, own)
