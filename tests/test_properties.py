"""Properties of the whole pipeline on generated documents (hypothesis).

Restoring from the record gives the raw text back; cleaning is idempotent; flags never
change text; every offset stays inside the raw text; no Chinese character is lost or
gained outside a recorded edit; raw bytes of any kind are decoded or refused with
InputError, never anything else. Inputs: government-style documents built with injected
defects (GOV_DOC), free mixes of the defect pieces (GOV_TEXT), and random Unicode.

``CLEANER_FUZZ_EXAMPLES`` sets the examples per property (300 in CI); ``bench/fuzz.py``
runs them longer and reports how many cases each property saw (``CASES``).
"""

from __future__ import annotations

import os
from collections import Counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleaner.pipeline import clean
from cleaner.textutil import is_han

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
    # dates that lost a mark, character references
    "20210415", "于", "前", "起", "2021年329日", "2021年3月29", "2021年3月", "20213月", "2021度", "至31日", "号",
    "&ldquo;", "&rdquo;", "&amp;", "&amp;lt;", "&#65292;", "&#x3002;", "&mdash;", "&nbsp", "&#", "&", ";", "=",
])
GOV_TEXT = st.lists(st.one_of(st.text(HAN, min_size=1, max_size=6), PIECES), max_size=60).map("".join)
ANY_TEXT = st.text(max_size=200)

# ---- whole documents with injected defects -------------------------------------------
ORGS = st.sampled_from(["市卫生健康委员会", "区教育局", "县人民政府办公室", "省发展和改革委员会", "市生态环境局"])
YEARS = st.integers(2015, 2026)
NUMERALS = "一二三四五六七八九十"
SENTENCE = st.builds(
    lambda head, verb, tail, n: f"{head}{verb}{tail}{n}个项目。",
    st.sampled_from(["全面", "深入", "持续", "扎实"]), st.sampled_from(["推进", "落实", "加强", "提升"]),
    st.text(HAN, min_size=2, max_size=12), st.integers(1, 999),
)
DEFECT = st.sampled_from([
    lambda s: s.replace("。", ".", 1),                                   # half-width full stop
    lambda s: s.replace("，", ",").replace("个", "个,", 1),              # half-width comma
    lambda s: s[:3] + " " + s[3:],                                      # stray space
    lambda s: s + s,                                                     # repeated sentence
    lambda s: "“" + s,                                                   # unbalanced quote
    lambda s: s.replace("个项目", "医务人员", 1),                          # missing measure word
    lambda s: s + "2021329日起实施。",                                    # compacted date
    lambda s: s + "各单位于20210415前报送。",                              # eight-digit date
    lambda s: s + "本办法自2021年10月1起施行。",                            # date that lost 日
    lambda s: s.replace("。", "&#12290;", 1) + "&ldquo;放管服&rdquo;",      # character references
    lambda s: s[:2] + "&nbsp;&nbsp;" + s[2:],                            # &nbsp; between Chinese
    lambda s: s + "总投资46525万元，其中1.4025 万元用于设备。",               # spaced, doubtful figure
    lambda s: s.encode("utf-8").decode("latin-1"),                       # mojibake
    lambda s: s + "\x00",                                                # NUL
    lambda s: s + "\u200b",                                              # zero-width space
    lambda s: s,
])
CHROME = st.sampled_from([
    "首页 > 政务公开 > 通知公告", "【字体：大 中 小】 打印本页 关闭窗口", "扫一扫在手机打开当前页",
    "版权所有：某某市人民政府办公室  ICP备08108490号", "浏览次数：1024", "代写文章 微信:13258028938",
    "抖音账号:写作屋", "发布时间：2021-03-24 14:29 来源：市卫健委", "索 引 号：11330782329949043U/2021-374107",
])


@st.composite
def gov_docs(draw) -> str:
    """A notice or work plan: chrome, title, metadata, numbered sections with defective sentences."""
    year, org = draw(YEARS), draw(ORGS)
    lines = draw(st.lists(CHROME, max_size=3))
    lines.append(f"关于印发{org}{year}年工作要点的通知")
    lines += draw(st.lists(CHROME, max_size=2))
    sections = draw(st.integers(1, 6))
    skip = draw(st.integers(0, sections))  # a heading that lost or repeated its numeral
    for k in range(1, sections + 1):
        numeral = NUMERALS[k - 1] if k != skip else draw(st.sampled_from(["", NUMERALS[k - 2] if k > 1 else "十"]))
        lines.append(f"{numeral}、{draw(st.text(HAN, min_size=2, max_size=8))}")
        for sentence in draw(st.lists(SENTENCE, min_size=1, max_size=4)):
            lines.append(draw(DEFECT)(sentence))
    lines.append(org)
    lines.append(f"{year}年{draw(st.integers(1, 12))}月{draw(st.integers(1, 28))}日")
    lines += draw(st.lists(CHROME, max_size=3))
    newline = draw(st.sampled_from(["\n", "\r\n", "\n\n"]))
    return newline.join(lines)


GOV_DOC = gov_docs()
INPUTS = st.one_of(GOV_DOC, GOV_TEXT, ANY_TEXT)
CASES: Counter = Counter()  # property -> examples run (read by bench/fuzz.py)

# The suite runs the same examples every time (a random one that found a slow path would hang CI with no
# name); bench/fuzz.py and CLEANER_FUZZ_RANDOM=1 explore new ones.
SETTINGS = settings(max_examples=int(os.environ.get("CLEANER_FUZZ_EXAMPLES", "300")), deadline=None,
                    derandomize=os.environ.get("CLEANER_FUZZ_RANDOM") != "1", suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(INPUTS)
def test_restore_is_exact(raw):
    CASES["restore exact"] += 1
    assert clean(raw).restore() == raw


@SETTINGS
@given(INPUTS)
def test_cleaning_is_idempotent(raw):
    CASES["idempotent"] += 1
    once = clean(raw).text
    assert clean(once).text == once


@SETTINGS
@given(INPUTS)
def test_no_chinese_character_lost_outside_a_recorded_edit(raw):
    """Per character: what the raw text had, minus what edits took, plus what they put,
    is what the clean text has; and a character lost is in some removal or fix."""
    CASES["no CJK lost"] += 1
    cleaned = clean(raw)
    edits = [f for f in cleaned.findings if f.action != "flag"]
    taken = Counter(c for f in edits for c in f.before if is_han(c))
    put = Counter(c for f in edits for c in f.after if is_han(c))
    before = Counter(c for c in raw if is_han(c))
    after = Counter(c for c in cleaned.text if is_han(c))
    for c in before.keys() | after.keys() | taken.keys() | put.keys():
        assert before[c] - taken[c] + put[c] == after[c], c
    lost = before - after
    assert not lost - taken, f"lost without a record: {lost - taken}"


@SETTINGS
@given(st.one_of(st.binary(max_size=400), INPUTS.flatmap(lambda t: st.sampled_from(
    [t.encode("utf-8"), t.encode("gb18030", "ignore"), t.encode("utf-16"), t.encode("utf-8", "ignore")[:-1]]))))
def test_any_bytes_are_decoded_or_refused_with_a_reason(data):
    CASES["bytes decoded or refused"] += 1
    from cleaner import io

    try:
        text, encoding, bom = io.text_of(data)
    except io.InputError as exc:
        assert str(exc)
        return
    assert text.strip()
    cleaned = clean(text)
    assert cleaned.restore() == text


@SETTINGS
@given(INPUTS)
def test_offsets_in_bounds_and_flags_change_nothing(raw):
    CASES["offsets and flags"] += 1
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
@given(st.one_of(GOV_DOC, GOV_TEXT))
def test_output_contract_shape(raw):
    CASES["output shape"] += 1
    text = clean(raw).text
    assert "\r" not in text
    assert "\n\n" not in text
    assert not text.startswith("\n") and not text.endswith("\n")
    assert all(line == line.strip(" \t\u3000\u00a0") for line in text.split("\n"))
