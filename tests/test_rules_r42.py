"""Round 42: the rest of an ad line broken over a line break, and the lines a notice writes alone in
rare words.

The line next to an ad line that reads as one line with it, broken inside a word, a number or a
quote, goes with it. A rule that took any short stand-alone line foreign to government text and
to its document, with one cue of an ad, was tried and withdrawn: an adversarial read found 98 of
502 legitimate lines (扫码签到, 在微信中搜索“粤省事”小程序即可办理, 转载自：中国纪检监察报) taken, and
the gate that kept them caught no ad the trades' rules miss. Those lines stay here as a guard.
The bases are real evaluation documents (eval/base/tune/).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from cleaner.adpairs import _one_line_broken
from cleaner.pipeline import clean

_BASE = Path(__file__).resolve().parent.parent / "eval" / "base" / "tune"


def _doc(name: str) -> list[str]:
    return (_BASE / f"{name}.txt").read_text(encoding="utf-8").split("\n")


def _between(name: str, *inserted: str, at: int = 6) -> tuple[str, str]:
    """(raw, base): the lines ``inserted`` put between two lines of the document's body."""
    lines = _doc(name)
    return "\n".join(lines[:at] + list(inserted) + lines[at:]), "\n".join(lines)


def _ad_rules(result) -> set[str]:
    return {f.rule for f in result.findings if f.action == "remove" and f.rule.startswith("ads.")}


@pytest.mark.parametrize("line", [
    "附件2：临江市2024年度述职报告模板（供参考）",    # the document's own frame names what it sends
    "转自：青川市教育局官网",                          # a source note naming an office's site
    "联系电话：138-0013-7742",                         # a notice's own contact line
    "咨询热线：400-690-0071",
    "抖音同款花灯今晚亮相滨江公园",                    # rare words, no cue of an ad
    "扫码观看直播回放。",                              # rare words and a notice's instruction (a call)
    "在微信中搜索\u201c粤省事\u201d小程序即可办理。",   # a channel and a call
    "线上观赛：搜索\u201c黔东南融媒\u201d视频号观看直播。",
    "转载自：中国纪检监察报",                          # a source note alone
    "PDF版附件请至官网下载专区获取。",
    "热忱欢迎海内外客商前来投资兴业！",
    "有意者请将个人简历发送至邮箱：zyz2024@qq.com",
    "小红书搜索\u201c张家界文旅\u201d，获取旅游攻略。",
    "（1）微信搜索小程序\u201c杏林王者\u201d即可报名",   # a numbered item
])
@pytest.mark.parametrize("name", ["w07", "gwr_05"])
def test_own_line_in_rare_words_stays(name, line):
    raw, _ = _between(name, line, at=len(_doc(name)) // 2)  # inside the body, away from the page's edges
    result = clean(raw)
    assert line.replace("（", "").replace("）", "")[:6] in result.text.replace("（", "").replace("）", "")
    assert not any(f.rule == "ads.drop_solicitation_lines" and line[:6] in f.before for f in result.findings)


@pytest.mark.parametrize("upper, lower", [
    ("需要代写年终总结的朋友请联系：159 00", "00 7781"),      # a number broken over the line
    ("欢迎加入公文写作交流群，群号：583", "920147"),
    ("公文写作代写服务，专注体制内材料十", "二年；"),          # a word broken over the line
    ("搜一搜\u201c笔墨文库\u201d公众号，回复\u201c全文", "\u201d即可查看"),  # a quote broken over the line
])
def test_ad_line_broken_over_a_line_goes_whole(upper, lower):
    raw, base = _between("w07", upper, lower)
    result = clean(raw)
    assert result.text == clean(base).text
    assert "ads.drop_solicitation_lines" in _ad_rules(result)


@pytest.mark.parametrize("lower", ["2023年7月10日", "江岭市交通运输局"])
def test_signature_under_an_ad_line_stays(lower):
    lines = _doc("w07")
    ad = "欢迎加入公文写作交流群，群号：583920147"
    raw = "\n".join(lines + [ad, lower])
    result = clean(raw)
    assert ad not in result.text
    assert result.text.rstrip().endswith(lower)


def test_one_line_broken_reads_words_numbers_and_quotes():
    assert _one_line_broken("加微信 1380013 5", "521 详谈")
    assert _one_line_broken("回复\u201c全文", "\u201d即可查看")
    assert not _one_line_broken("欢迎加入交流群。", "2023年7月10日")
    assert not _one_line_broken("请关注公众号", "各位代表！")
