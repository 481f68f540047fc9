"""Round 50: an ad's cut keeps the document's words it ran on to.

- Words glued straight behind the ad's address (an account with a figure or an underscore in it,
  seven figures and more, a host name) are the sentence the ad was spliced into when they run on
  into the line's text or end a sentence of their own (…vx：bigan_pro|远程会诊1850例。); the ad's
  own close after its address goes with it (…微信xz2024详谈, …包您满意 at a line's end).
- A line's own start inside a cut: an outline marker after a wide gap (…wendang.fanxin.cn  三、…),
  its heading opening on a year (一、2006年工作回顾), a paragraph's enumerator (…转载请注明出处四是…).
- The half of a word a cut tore stays (…水平。全|代写…付款!|面启动: 全面), when the character on the
  cut's other side is left without a word (面启动) and the kept one makes none with the ad's.
- Withdrawn, kept as tests: a short line beside an ad line is not the ad's for its words being
  foreign to the document alone (slogans, names, exhibits, products, captions are so too); 。
  between a figure and a letter is a sentence's end (…A座302。WX：…), not a host's spelled dot; one
  character of the same sound changed is no slip by itself (全省/全县, 期中/期终, 新市镇/新石镇); a
  sentence after an ad's last ad-only cue is not the text's by its clause and length (a strict xfail).

Each case runs the whole pipeline on a text written for this test (not a seed).
"""
from __future__ import annotations

import pathlib

import pytest

from cleaner.pipeline import clean

_TITLE = "江岭市卫生健康委员会2023年工作总结"
_HEAD = "一、主要工作"
_AFTER = "二、存在问题\n基层服务能力仍有不足，医疗资源分布不够均衡。\n江岭市卫生健康委员会\n2023年12月28日"


def _doc(body: str) -> str:
    return f"{_TITLE}\n{_HEAD}\n{body}\n{_AFTER}\n"


def _ad_cuts(text: str) -> list[str]:
    return [text[f.start:f.end] for f in clean(text).findings if f.rule.startswith("ads.") and f.action == "remove"]


@pytest.mark.parametrize("body, ad, kept", [
    # an account, then the rest of the sentence the ad was spliced into
    ("全年组织专家下沉基层，开展写材料头疼？交给我们！代写各类总结汇报，vx：bigan_pro远程会诊1850例。",
     "代写各类总结汇报，vx：bigan_pro", "远程会诊1850例。"),
    # a host name glued to the next sentence of the paragraph
    ("全年新增家庭医生签约服务12万人。下载全文请访问 wendang88.com实施“名医名院名科”工程，全年引进高层次医学人才35名。",
     "wendang88.com", "实施“名医名院名科”工程，全年引进高层次医学人才35名。"),
])
def test_words_glued_behind_an_address_stay(body, ad, kept):
    text = _doc(body)
    cuts = _ad_cuts(text)
    assert any(ad in c for c in cuts), cuts
    assert all(kept not in c for c in cuts), cuts
    cleaned = clean(text)
    assert kept in cleaned.text and "bigan_pro" not in cleaned.text and "wendang88" not in cleaned.text
    assert cleaned.restore() == text


def test_an_addressee_glued_behind_an_address_stays():
    text = ("江岭市文化和旅游局关于开展2022年旅游市场专项整治的通知\n江旅发〔2022〕18号\n"
            "㊙️内部资料免费领👉vx: neibu_zl各区县文化旅游主管部门，局属各单位：\n"
            "为进一步规范旅游市场秩序，现就有关事项通知如下。\n一、工作目标\n全面整治不合理低价游。\n江岭市文化和旅游局\n2022年3月1日\n")
    cleaned = clean(text)
    assert "各区县文化旅游主管部门，局属各单位：" in cleaned.text and "neibu_zl" not in cleaned.text, cleaned.text


@pytest.mark.parametrize("line", [
    "代写各类述职报告、工作总结，微信xz2024详谈",
    "专业代写各类汇报材料，电话13800138000包您满意",
])
def test_an_ads_own_close_after_its_address_goes(line):
    text = _doc("全年新增家庭医生签约服务12万人，重点人群签约率达到75%。\n" + line)
    assert line + "\n" in _ad_cuts(text)


@pytest.mark.parametrize("ad, own", [
    ("想要更多同类文档？免费领取→ wendang.fanxin.cn  ", "三、2021年工作计划"),
    ("机关材料代写就找笔墨轩，原创保障", "三、2021年工作计划"),
])
def test_a_heading_glued_behind_an_ad_stays(ad, own):
    text = _doc("全年新增家庭医生签约服务12万人，重点人群签约率达到75%。\n" + ad + own + "\n全面推进健康江岭建设。")
    cleaned = clean(text)
    # (the lead 想要更多同类文档？ before the offer is no cue's: it may stay, glued to the heading)
    assert own in cleaned.text and "wendang" not in cleaned.text and "笔墨轩" not in cleaned.text, cleaned.text


def test_a_paragraph_enumerator_glued_behind_a_repost_note_stays():
    body = ("三是深化医药卫生体制改革，破除体制机制障碍。本文来源于华夏范文网，转载请注明出处"
            "四是重民生、促和谐，全力办好民生实事。")
    cleaned = clean(_doc(body))
    assert "四是重民生、促和谐，全力办好民生实事。" in cleaned.text
    assert "范文网" not in cleaned.text


def test_the_half_of_a_torn_word_stays():
    # an evaluation base document (a notice on rewards for reporting hazards), an ad spliced into 统|筹
    base = (pathlib.Path(__file__).parent.parent / "eval" / "base" / "tune" / "w23.txt").read_text(encoding="utf-8")
    at = base.index("的统筹协调和监督管理") + 2
    text = base[:at] + "d@i写述职报告 q：5830291" + base[at:]
    cleaned = clean(text)
    assert "的统筹协调和监督管理" in cleaned.text and "5830291" not in cleaned.text
    assert any("the half of a word it tore stays" in f.reason for f in cleaned.findings)
    assert cleaned.restore() == text


@pytest.mark.parametrize("body", [
    # an ad sentence after a mark: its first characters are its own, whatever word they make with the next
    "全年新增家庭医生签约服务12万人。更多精彩范文请访问wenku88.com，免费下载。下一步，我们将继续推进。",
    "全年新增家庭医生签约服务12万人。原创材料代写，当天交稿，微信xz2024。新改建村卫生室20个。",
])
def test_an_ad_sentence_keeps_no_torn_half(body):
    found = [f.reason for f in clean(_doc(body)).findings if f.rule.startswith("ads.")]
    assert found and not any("tore" in r for r in found), found


def test_an_ads_opening_word_is_no_torn_half():
    # 更 before 多精彩… makes no word of the lexicon's with 多, but 深入 after the cut is a word of its own
    body = "切实抓好国防动员工作的落实。更多精彩请访问wap。rrwk40。com。cn。深入开展拥军优属。"
    cleaned = clean(_doc(body))
    assert "落实。深入开展拥军优属。" in cleaned.text, cleaned.text


@pytest.mark.parametrize("own", ["绿水青山 就是金山银山", "刘志强 陈美玲 周建华", "唐三彩骆驼载乐俑"])
def test_a_foreign_short_line_beside_an_ad_line_stays(own):
    text = _doc("全年新增家庭医生签约服务12万人，重点人群签约率达到75%。\n" + own
                + "\n专业代写各类总结汇报材料，微信：xz20238812")
    cleaned = clean(text)
    assert own in cleaned.text.split("\n"), cleaned.text
    assert "xz20238812" not in cleaned.text


# --- withdrawn: a copy typed again with a homophone ----------------------------------------
# Two sentences of a paragraph that differ by one character of the same sound were tried as a copy
# with an input method's slip (的/地, 在/再). The read's parallel sentences broke it at once: 38 of 40
# legitimate pairs lost one (全省/全县, 期中/期终, 中型/重型, people's and places' names 王丽/王莉,
# 新市镇/新石镇); a character's rare readings make most pairs "homophones". A sound alone tells no
# slip (round 51 removes one only where a particle is retyped or the dictionary shows it).

@pytest.mark.parametrize("body", [
    "全省经济运行总体平稳，稳中有进，主要指标好于预期。全县经济运行总体平稳，稳中有进，主要指标好于预期。",
    "各中小学要认真做好期中考试质量分析，及时查找教学中的薄弱环节。各中小学要认真做好期终考试质量分析，及时查找教学中的薄弱环节。",
    "新市镇农村生活污水治理项目已通过县级验收。新石镇农村生活污水治理项目已通过县级验收。",
    "中风险地区要严格落实管控措施，确保人员有序流动。低风险地区要严格落实管控措施，确保人员有序流动。",
])
def test_a_parallel_sentence_differing_by_one_character_stays(body):
    text = _doc(body)
    found = [f for f in clean(text).findings if f.rule.startswith("dup.") and f.action == "remove"]
    assert found == []


@pytest.mark.xfail(strict=True, reason="known loss: the cut of an ad glued before a sentence takes the sentence; keeping "
                   "a clause-bearing sentence after the last ad-only cue was tried and withdrawn (held ads inside a "
                   "sentence 10 -> 5 of 13: an ad's own sentences run on after its cues too)")
def test_a_sentence_after_the_ads_last_cue_stays():
    # an evaluation base document (a city health work plan): a platform account glued before a sentence
    base = (pathlib.Path(__file__).parent.parent / "eval" / "base" / "tune" / "w01.txt").read_text(encoding="utf-8")
    own = base[base.index("实施“名医名院名科”工程"):].split("\n")[0]
    at = base.index(own)
    text = base[:at] + "B站搜索：公文写作课堂 免费看全套课程" + base[at:]
    cleaned = clean(text)
    assert own[own.index("全年引进"):] in cleaned.text and "B站" not in cleaned.text
    assert cleaned.restore() == text


@pytest.mark.parametrize("own", ["302。WX：gw668，代写会议讲话稿。", "5678。VX：fw2024代写各类材料"])
def test_a_sentence_ending_on_a_figure_before_a_latin_ad_stays(own):
    # (withdrawn: 。 between a figure and a letter read as a host's spelled dot)
    line = ("会议地点：县行政中心A座" if own.startswith("302") else "联系电话：0871-6312") + own
    text = _doc("全年新增家庭医生签约服务12万人，重点人群签约率达到75%。\n" + line)
    kept = line[:line.index("。") + 1]
    assert kept in clean(text).text
