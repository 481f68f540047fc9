"""Round 55: the learned register of an ad, and a voice that cut a word of the text in two.

- ``data/ad_register.tsv`` (bench/build_ad_register.py) weighs each pair of characters by how much
  likelier it is in an ad's line than in a line of government text. A short stand-alone line in an
  ad's register throughout (each clause an ad's or holding a cue), foreign to its document where it
  is a sentence, goes when its cues sell (a class that counts fully beside a contact, or three
  classes); before, such a line needed two ad-only cues or words government text does not write.
  A notice's own lines (a contact list, its channels before the signature, 请报送：工作总结…) and a
  line of the text an ad was glued to keep their words.
- A government account's article speaks to its readers as any account does (点个在看, 今天的分享就到
  这里, 欢迎在评论区留言…吧！) and an exam notice calls its candidates: no sale for the register
  (tests/data/r55_gov_articles, from an adversarial read of a first version).
- A site's voice glued at a paragraph's edge (drop_reader_voice) whose cues stand between the
  document's own words on both sides is an ad spliced into a sentence: the sentence stays.

The ads below come from the register table's own sources (the ad fuzzer's pool): these tests check
what the rules do with the cue, not how far it generalises (eval/heldout_ads and make eval do).
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from cleaner import adregister
from helpers import ad_removals, clean_restorable

_ORG = "江城市交通运输局"
_REPORT = ("{org}关于2024年“安全生产月”活动情况的报告\n市安委会：\n"
           "根据市安委会统一部署，我局于6月份在全市交通运输系统组织开展了“安全生产月”活动，现将有关情况报告如下。\n"
           "一、广泛开展宣传教育\n全系统共发放宣传资料3.5万份，悬挂横幅260余条，开展安全知识进企业活动45场次。\n"
           "{line}\n二、深入开展隐患排查\n共排查企业312家，发现并整改隐患146处，整改率100%。\n{tail}{org}\n2024年7月2日\n")


@pytest.mark.parametrize("ad", [
    "资深秘书代写年度工作汇报，一稿到位",
    "公考辅导名师一对一，面试包过班火热招生中！",
    "遴选笔试面试VIP班，限额30人，报名加微信 lx_kaoshi",
])
def test_a_line_in_an_ads_register_goes(ad):
    cleaned = clean_restorable(_REPORT.format(org=_ORG, line=ad, tail=""))
    assert ad + "\n" in ad_removals(cleaned)
    assert any("words in an ad's register" in f.reason for f in cleaned.findings)


@pytest.mark.parametrize("line, tail", [
    ("联系人：杨桂晓15210018378\u3000刘波18600040892", ""),              # a contact list
    ("请报送：工作总结 工作计划 述职报告 心得体会 调研报告。", ""),      # the trade's words, a notice's own request
    ("全系统共开展应急演练18场。", "更多安全资讯请关注微信号：jcjtaq\n抖音搜索：jcjtfabu\n"),  # its channels
])
def test_a_notices_own_lines_stay(line, tail):
    text = _REPORT.format(org=_ORG, line=line, tail=tail)
    cleaned = clean_restorable(text)
    assert ad_removals(cleaned) == []


def test_an_ad_glued_to_the_texts_words_takes_none_of_them():
    line = "全系统共开展应急演练18场公考辅导名师一对一，面试包过班火热招生中！"
    cleaned = clean_restorable(_REPORT.format(org=_ORG, line=line, tail=""))
    assert "全系统共开展应急演练18场" in cleaned.text


def test_the_register_reads_each_clause():
    assert adregister.ad_register("公考辅导名师一对一，面试包过班火热招生中！")
    assert not adregister.ad_register("各地要加强管理，公考辅导名师一对一，面试包过班火热招生中！")
    assert not adregister.ad_register("进一步加强组织领导，压实工作责任")


def test_a_voice_splitting_a_word_of_the_text_leaves_the_sentence():
    text = ("江城市卫生健康工作要点\n（十）加强人才队伍建设，推进基层卫生人才培养，完善人才队伍激励机制。\n"
            "（十一）加强人才队加入VIP会员群，每日更新优质范文伍建设。实施“名医名院名科”工程。\n"
            "江城市卫生健康委员会\n2024年3月1日\n")
    cleaned = clean_restorable(text)
    assert "加强人才队" in cleaned.text and "伍建设。" in cleaned.text


def test_the_register_table_reads_no_held_material():
    """The builder's sources are TUNE material only: no held base documents, held forms or held-out ads."""
    source = (Path(__file__).resolve().parent.parent / "bench" / "build_ad_register.py").read_text(encoding="utf-8")
    names = {n.id for n in ast.walk(ast.parse(source)) if isinstance(n, ast.Name)}
    strings = {n.value for n in ast.walk(ast.parse(source)) if isinstance(n, ast.Constant) and isinstance(n.value, str)}
    assert not any("held" in s for s in strings if len(s) < 40)
    assert '"tune"' in source and "half=\"tune\"" in source and "forms_held" not in names


_ARTICLES = Path(__file__).resolve().parent / "data" / "r55_gov_articles"
# Each document's own line that a first version of the learned register removed (an adversarial read's
# government WeChat articles and notices: an account speaks to its readers, a notice of a consumption
# season sells for its shops, an exam notice calls its candidates).
_OWN_LINES = {
    "01_wechat_shebao.txt": "记得点个在看哦！",
    "16_wechat_jiaozi.txt": "想考教资的小伙伴看过来！",
    "17_wechat_tushuguan_huodong.txt": "欢迎在评论区留言，说说你的想法吧！",
    "18_wechat_gongzhonghao_zhouhui.txt": "今天的分享就到这里啦，我们下期再见！",
    "42_xiaofeiji_tongzhi.txt": "限时优惠，先到先得！",
    "43_wechat_yibao_kongzhong.txt": "点个“在看”，一起为他们点赞！",
}


@pytest.mark.parametrize("path", sorted(_ARTICLES.glob("*.txt")), ids=lambda p: p.name)
def test_a_government_accounts_own_words_stay(path):
    cleaned = clean_restorable(path.read_text(encoding="utf-8"))
    assert not [f for f in cleaned.findings if f.rule.startswith("ads.") and "ad's register" in f.reason]
    own = _OWN_LINES.get(path.name)
    if own:
        assert own in path.read_text(encoding="utf-8") and own in cleaned.text
