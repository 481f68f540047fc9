"""Properties of the whole pipeline on generated documents (hypothesis).

Restoring from the record gives the raw text back; cleaning is idempotent; flags never
change text; every offset stays inside the raw text.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleaner.pipeline import clean

HAN = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5)
PIECES = st.sampled_from([
    ",", ":", ";", "(", ")", "?", "!", " ", "  ", "\u3000", "\u00a0", "\u2002", "\u200b", "\t",
    "\n", "\n\n", "\r\n", "\r", "，", "。", "、", "“", "”", "（", "）", "《", "》",
    "2021", "14:29", "1,200", "5.25", "http://a.cn/x?y=1,2", "a@b.cn", "&nbsp;", "APP",
    "(一)", "(二十)", "1.", "一、", "\x00", "\x0c", "\ufeff", "\ufffd",
    # structure: metadata labels, widgets, breadcrumbs, footers, ads, titles
    "发布时间:", "来源：", "时间：", "索 引 号:", "标题:", "2021-03-24", "2021年3月24日", "14:29", "浏览量:",
    "打印", "【字体：", "大", "中", "小", "】", "首页", ">", "当前位置：", "扫一扫在手机打开当前页",
    "代写文章", "微信:13258028938", "抖音账号:写作屋", "版权所有", "ICP备08108490号", "主办单位：",
    "相关链接>>", "关于印发《", "》的通知", "工作要点", "——", "记者 王鼎 摄", "[上半年]", "及", "。\n",
    "市卫生健康局", "主动公开", "11330782329949043U/2021-374107", "政府信息公开",
    # typography and values
    '"', "'", "...", "--", "――", "。。", "，，", "。,", "１９９８", "７．７％", "2021329日", "71日起", "44日凌晨",
    "2021112日", "2022以来", "（二十）", "（二十", "）", "二十、", "、", "（三）", "三、", "一是", "1.", "（1）",
    "第一条", "提升服务能力。", "提升服务能力。提升服务能力。", "<<", ">>", "«", "【", "】", "‘", "’", "<!--", "-->", "1）", "及下半年",
])
GOV_TEXT = st.lists(st.one_of(st.text(HAN, min_size=1, max_size=6), PIECES), max_size=60).map("".join)
ANY_TEXT = st.text(max_size=200)

SETTINGS = settings(max_examples=int(os.environ.get("CLEANER_FUZZ_EXAMPLES", "300")), deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(st.one_of(GOV_TEXT, ANY_TEXT))
def test_restore_is_exact(raw):
    assert clean(raw).restore() == raw


@SETTINGS
@given(st.one_of(GOV_TEXT, ANY_TEXT))
def test_cleaning_is_idempotent(raw):
    once = clean(raw).text
    assert clean(once).text == once


@SETTINGS
@given(st.one_of(GOV_TEXT, ANY_TEXT))
def test_offsets_in_bounds_and_flags_change_nothing(raw):
    cleaned = clean(raw)
    for f in cleaned.findings:
        assert 0 <= f.start <= f.end <= len(raw)
        if f.action == "flag":
            assert f.before == f.after
    # replaying only the edits (never the flags) restores the text
    edits_only = [f for f in cleaned.findings if f.action != "flag"]
    from cleaner.edits import restore
    from cleaner.newlines import denormalize

    assert denormalize(restore(cleaned.text, edits_only), cleaned.line_ends) == raw


@SETTINGS
@given(GOV_TEXT)
def test_output_contract_shape(raw):
    text = clean(raw).text
    assert "\r" not in text
    assert "\n\n" not in text
    assert not text.startswith("\n") and not text.endswith("\n")
    assert all(line == line.strip(" \t\u3000\u00a0") for line in text.split("\n"))
