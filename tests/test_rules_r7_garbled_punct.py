"""Round 7: kind-independent evidence for garbled text (character statistics) and punctuation
(Unicode properties of mark variants). Must-fix / must-flag rows and must-not-change rows."""

from __future__ import annotations

import pytest

from cleaner.edits import apply
from cleaner.rules import garbled, punct


def _fixed(rule, text):
    return apply(text, list(rule(text)))


@pytest.mark.parametrize("text_in,text_out", [
    ("落实\ufe59试行\ufe5a办法", "落实（试行）办法"),  # small forms
    ("落实\ufe35试行\ufe36办法", "落实（试行）办法"),  # vertical forms
    ("规划\ufe592021—2025年\ufe5a实施", "规划（2021—2025年）实施"),
    ("依据\ufe5d试行\ufe5e办法", "依据〔试行〕办法"),  # small tortoise shell brackets (NFKC)
    ("一是加强领导\u037e二是完善制度", "一是加强领导；二是完善制度"),  # Greek question mark = ;
    ("通知如下\ua789各单位", "通知如下：各单位"),  # modifier letter colon (by name)
    ("通知如下\u02d0各单位", "通知如下：各单位"),
    ("完善制度o\n加强领导", "完善制度。\n加强领导"),  # OCR stop at a paragraph end
    ("完善制度\u25cb\n加强领导", "完善制度。\n加强领导"),
    ("加强社会管理o强化职能", "加强社会管理。强化职能"),
])
def test_mark_variants_fixed(text_in, text_out):
    assert _fixed(punct.replace_mark_variants, text_in) == text_out


@pytest.mark.parametrize("text", [
    "会议时间9\ufe5500开始",  # between digits: a time
    "城乡居民收入比缩小至2.21\u22361",  # the ratio sign between figures
    "扎实推进“两新”［15］政策，“投资中国·选择陕西”",  # footnote mark and middle dot
    "二〇二一年三月，二○二一年",  # numeral zero
    "北纬30\u00b0，气温25\u00b0C",  # degree after a figure
    "Hello\ufe59world\ufe5a",  # no Chinese context
    "¿Qué? ¡Hola! 是西班牙语",  # inverted marks have no sure reading
    "logo设计，第一o二",  # o inside a Latin word; after a numeral
])
def test_mark_variants_must_not_change(text):
    assert list(punct.replace_mark_variants(text)) == []


@pytest.mark.parametrize("text_in,text_out", [
    ("两岸直接“三通”.加强合作", "两岸直接“三通”。加强合作"),
    ("阶段（2021年5月1日至5月15日）.各单位", "阶段（2021年5月1日至5月15日）。各单位"),
    ("（一）加强组织领导．各单位", "（一）加强组织领导。各单位"),
])
def test_stop_through_closing_marks(text_in, text_out):
    assert _fixed(punct.replace_lookalike_marks, text_in) == text_out


@pytest.mark.parametrize("text", ["附件1.docx", "一.加强领导", "Fig. 1 显示", "见图（a）.png"])
def test_stop_must_not_change(text):
    assert _fixed(punct.replace_lookalike_marks, text) == text


@pytest.mark.parametrize("text,flagged", [
    ("实施紗膿砿尖工作", ["紗膿砿"]),  # GBK read as EUC-JP
    ("加强Е┼═Е╪╨建设", ["Е┼═Е╪╨"]),  # UTF-8 read as KOI8-R
    ("加强ε»Ίθ®Ύζ€§建设", ["ε»Ίθ®Ύζ"]),  # UTF-8 read as Greek
    ("加强<SG?9\\@m建设", ["<SG?9\\@m"]),  # 7-bit gateway
    ("推进~{6S>x~}工作", ["~{6S>x~}"]),  # HZ left undecoded
    ("陆wmãS¸\\支点建设", ["wmãS¸\\"]),  # UTF-16 read byte by byte
])
def test_unlikely_characters_flagged(text, flagged):
    assert [text[f.start:f.end] for f in garbled.flag_unlikely_characters(text)] == flagged


@pytest.mark.parametrize("text", [
    "组织专家赴亳州市谯城区、衢州市衢江区、信阳市浉河区开展调研",  # rare place characters
    "由王喆、李堃同志负责联络",  # name characters outside GB2312
    "推进有机枸杞、藜麦种植，聚焦邛崃—岷山",  # rare words side by side
    "断面水质达到Ⅳ类标准，PM2.5平均浓度为32μg/m³，α射线",
    "详见www.example.gov.cn，邮箱a@b.cn，ISO9001:2015，C++语言，Müller先生，误差±5%以内",
    "本办法自二〇二一年起试行",
])
def test_unlikely_characters_must_not_flag(text):
    assert list(garbled.flag_unlikely_characters(text)) == []
