"""Round 54: an ad broken over a line break is judged as the one line it was; a bracket that
splits a word of the text, in words foreign to it, is an ad by an account's id.

- Two short lines are one line broken in two when the upper one has no sentence end and stops
  inside a word or an id (定|制撰写, wx_wen|mi2024), on a word that needs what follows (我们的|,
  “|), or the lower one opens on a mark that continues a clause (|，尽在抖音…). The joined line
  must pass the verdict a line standing whole passes; each half need not carry a cue. A date
  under an ad that ends on digits, an office's name above one (…健康局|局部…), an outline
  heading and a line whose figure opens its own words (3号楼…, 5G基站) are lines of their own.
- A bracket splitting a word (推「…」进) in words the document writes nowhere else was an ad only
  by an ad-only cue or by two classes including the writing-material trade; now an account's id
  (微信：xiecai_2024) completes it too. Any two classes do not: a notice's aside names a fee and its
  own account there as well (round 36's cases).

Each case runs the whole pipeline on a text written for this test (not a seed).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from helpers import ad_removals, clean_restorable

_REPORT = ("{org}关于2024年“安全生产月”活动情况的报告\n市安委会：\n"
           "根据市安委会统一部署，我局于6月份在全市交通运输系统组织开展了“安全生产月”活动，现将有关情况报告如下。\n"
           "一、广泛开展宣传教育\n全系统共发放宣传资料3.5万份，悬挂横幅260余条，开展安全知识进企业活动45场次。\n"
           "{lines}\n二、深入开展隐患排查\n共排查企业312家，发现并整改隐患146处，整改率100%。\n{org}\n2024年7月2日\n")
_ORG = "江城市交通运输局"


@pytest.mark.parametrize("upper, lower", [
    ("各类公文材料定", "制撰写，加微信 1380013 5521 详谈"),          # a word cut (定|制)
    ("专业代写各类工作总结、述职报告，微信：wx", "_wenmi2024"),      # an id cut
    ("欢迎订阅我们的", "公众号，获取最新公文模板!"),                 # a line stopping on 的
    ("更多精彩", "，尽在抖音@写作达人小周"),                         # a line opening on a comma
    ("代笔心得体会，每篇仅需30元，不满意免", "费修改。"),
])
def test_an_ad_broken_over_a_line_break_goes_whole(upper, lower):
    cleaned = clean_restorable(_REPORT.format(org=_ORG, lines=upper + "\n" + lower))
    assert upper not in cleaned.text and lower.strip("，!。") not in cleaned.text, ad_removals(cleaned)
    reasons = [f.reason for f in cleaned.findings if f.rule.startswith("ads.") and f.action == "remove"]
    assert any("broken over a line break" in r or "two short stand-alone lines" in r for r in reasons), reasons
    assert "二、深入开展隐患排查" in cleaned.text and "广泛开展宣传教育" in cleaned.text


def test_the_date_under_an_ad_ending_on_digits_stays():
    # 党建材料代写…90871234 / 2024年7月2日: no id runs on into a date.
    text = _REPORT.format(org=_ORG, lines="二、深入开展隐患排查").replace(
        "\n2024年7月2日\n", "\n党建材料代写 民主生活会对照检查材料 联系QQ 90871234\n2024年7月2日\n")
    cleaned = clean_restorable(text)
    assert cleaned.text.rstrip().endswith("2024年7月2日"), ad_removals(cleaned)
    assert "90871234" not in cleaned.text


@pytest.mark.parametrize("ad", ["代写代改党课讲稿、主题教育心得，加V：dangke_xie01", "局部改造 防水补漏 代写材料 加V：fangshui_01"])
def test_the_offices_name_above_an_ad_stays(ad):
    # 江城市交通运输局 / 局部改造…: an office's name closes a line, whatever word its last character starts.
    text = _REPORT.format(org=_ORG, lines="二、深入开展隐患排查").replace(f"\n{_ORG}\n2024", f"\n{_ORG}\n{ad}\n2024")
    cleaned = clean_restorable(text)
    assert f"\n{_ORG}\n2024年7月2日" in cleaned.text, ad_removals(cleaned)


def test_a_salutation_above_an_ad_stays():
    text = ("2024年江城市人民政府工作报告\n——2024年1月10日在江城市第十六届人民代表大会第三次会议上\n"
            "各位代表：\n☆☆免费下载☆☆ 党建材料大礼包 ☆☆\n现在，我代表市人民政府，向大会报告工作，请予审议。\n"
            "过去一年，全市地区生产总值增长6.2%，一般公共预算收入增长5.1%。\n")
    cleaned = clean_restorable(text)
    assert "各位代表：" in cleaned.text and "大礼包" not in cleaned.text, ad_removals(cleaned)


@pytest.mark.parametrize("upper, lower", [
    ("请各单位于7月10日前将活动总结报送至市局安", "监科，联系电话：0571-87651234。"),
    ("活动照片和视频请通过“江城交通”", "微信公众号后台上传。"),
])
def test_a_notices_own_line_broken_over_a_line_break_stays(upper, lower):
    cleaned = clean_restorable(_REPORT.format(org=_ORG, lines=upper + "\n" + lower))
    assert upper in cleaned.text.replace("\n", "") or upper.rstrip("“") in cleaned.text, ad_removals(cleaned)
    assert not ad_removals(cleaned)


@pytest.mark.parametrize("ad", ["微信：xiecai_2024", "vx：bigan_pro", "微信号 wz_20240315"])
def test_a_bracket_splitting_a_word_with_an_account_id_goes(ad):
    line = f"全系统共排查企业312家，发现并整改隐患146处，推「{ad}」进隐患整改闭环管理。"
    cleaned = clean_restorable(_REPORT.format(org=_ORG, lines=line))
    assert "推进隐患整改闭环管理" in cleaned.text, ad_removals(cleaned)


@pytest.mark.parametrize("aside", ["（咨询电话：0571-87651234，微信同号）", "（可关注“江城交通”公众号查询）",
                                   "（报名费每人100元，可扫码缴纳）"])
def test_a_notices_aside_after_its_word_stays(aside):
    # The aside closes after the word it explains (培训报名|（…）|工作): no word of the text is cut.
    line = f"各单位要组织驾驶员参加安全培训，培训报名{aside}工作由各运输企业负责。"
    cleaned = clean_restorable(_REPORT.format(org=_ORG, lines=line))
    assert aside in cleaned.text, ad_removals(cleaned)


# --- a line broken in two is read whole by the foreign-segment rule too (an adversarial read) ----

@pytest.mark.parametrize("name, halves", [
    ("census_filing.txt", ("数据填报技术支持QQ群：56712\n3489，咨询电话：0763-3350\n221。",)),
    ("youth_volunteers.txt", ("活动咨询QQ群：71234\n5678，联系人：团市委志愿者工作部 陈晨，电话：0571-8702\n3366。",)),
])
def test_half_of_a_notices_own_contact_line_stays(name, halves):
    # Half of a hard-wrapped contact line (…QQ群：56712 / 3489，咨询电话…) is no line of its own: read
    # joined, it is the notice's own, in its words (documents of an adversarial read of this round).
    text = (Path(__file__).parent / "data" / "r54_broken_lines" / name).read_text(encoding="utf-8")
    cleaned = clean_restorable(text)
    assert not ad_removals(cleaned)
    for half in halves:
        assert half in text


# --- a regulation titled as one repeats its penalty clause on purpose, numbered or not -------------

_CLAUSE = "对直接负责的主管人员和其他直接责任人员依法给予处分。"
_REGULATION = ("江城市医疗机构信息报送管理办法\n"
               "医疗机构应当按规定报送数据，对直接负责的人员加强管理。" + _CLAUSE + "主管部门依法给予指导。\n"
               "医疗机构隐瞒、谎报信息的，予以通报批评。" + _CLAUSE + "情节严重的，移送有关部门。\n")


def test_a_penalty_clause_twice_in_a_titled_regulation_is_only_flagged():
    # No article numbers (第N条), but the title says what the text is: both copies stay, flagged.
    cleaned = clean_restorable(_REGULATION)
    assert cleaned.text.count(_CLAUSE) == 2
    assert any(f.rule == "dup.drop_skeleton_copies" and f.action == "flag" for f in cleaned.findings)
