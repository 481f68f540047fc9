"""Round 9: mojibake repaired only when the reading is exact AND far more plausible Chinese
(never a character outside the misread run), flagged otherwise; a run doubled inside a
sentence removed once. Must-change and must-not-change rows on the real pipeline."""

from __future__ import annotations

import pytest

from cleaner.pipeline import clean


def _gbk_latin1(s: str) -> str:
    return s.encode("gbk").decode("latin-1")


def _utf8_latin1(s: str) -> str:
    return s.encode("utf-8").decode("latin-1")


def _utf8_cp1252(s: str) -> str:
    return s.encode("utf-8").decode("cp1252")


def _utf8_gbk(s: str) -> str:
    return s.encode("utf-8").decode("gbk")


def _rules(cleaned, prefix):
    return [f for f in cleaned.findings if f.rule.startswith(prefix)]


@pytest.mark.parametrize("left,word,right,garble", [
    ("各地要", "加强监管", "，确保落实。", _gbk_latin1),
    ("推进", "乡村振兴", "战略。", _utf8_latin1),
    ("推进", "建设", "工作。", _utf8_cp1252),              # cp1252 signs inside the run
    ("全年", "工作总结", "如下。", _utf8_gbk),
    ("中国—", "东盟", "“自贸区”建设。", _utf8_latin1),      # a real — and “ beside the run stay out of it
    ("坚定不", "移地贯彻", "“一国两制”方针。", _gbk_latin1),  # a real “ beside a GBK run does not block it
])
def test_whole_mojibake_is_repaired_and_nothing_around_it_changes(left, word, right, garble):
    raw = f"标题\n{left}{garble(word)}{right}"
    cleaned = clean(raw)
    assert f"{left}{word}{right}" in cleaned.text
    for f in _rules(cleaned, "encoding.repair_mojibake"):
        assert f.before == garble(word)  # the edit covers the misread run only
    assert cleaned.restore() == raw


@pytest.mark.parametrize("raw_line", [
    # UTF-8 read as Latin-1 whose C1 bytes broke the run: the Latin-1 piece "è´¹æ" reads as GBK
    # 璐规 (exact but senseless) -- it must not be "repaired" into those characters
    "推进" + _utf8_latin1("费改革")[:4] + "\x94" + "工作。",
    # UTF-8 read as cp1252 with a lost byte: the piece "¹é" reads as GBK 归 (a common character!)
    "全面深化" + _utf8_cp1252("改")[:-1] + "\ufffd" + "开放。",
    # a cut UTF-8 run whose exact reading holds a character outside GB2312 (局等方鿢)
    "市" + "\u00e5\u00b1\u20ac\u00e7\u00ad\u2030\u00e6\u2013\u00b9\u00e9\u00bf\u00a2" + "共同推进。",
])
def test_unsure_mojibake_is_flagged_not_guessed(raw_line):
    raw = f"标题\n{raw_line}"
    cleaned = clean(raw)
    assert not _rules(cleaned, "encoding.repair_mojibake")
    assert _rules(cleaned, "garbled.")
    assert cleaned.restore() == raw


@pytest.mark.parametrize("line", [
    "全市PM2.5年均浓度为32µg/m³，同比下降4.5%。",
    "邀请外籍专家José Martínez作专题讲座，温度控制在±0.5℃以内。",
    "检测限为5×10，外籍顾问Zoë Brontë参与评审。",
    "中华人民共和国“全面”……，××同志负责，室温20°C。",
])
def test_real_latin1_letters_and_signs_stay(line):
    cleaned = clean(f"标题\n{line}")
    assert line in cleaned.text
    assert not _rules(cleaned, "encoding.repair_mojibake")


@pytest.mark.parametrize("raw,kept", [
    ("标题\n各地要全面推进全面推进乡村振兴战略，确保落实。", "各地要全面推进乡村振兴战略，确保落实。"),
    ("标题\n严格执法，加强监管加强监管，完善长效机制。", "严格执法，加强监管，完善长效机制。"),
])
def test_run_typed_twice_inside_a_sentence_goes_once(raw, kept):
    cleaned = clean(raw)
    assert kept in cleaned.text
    assert any(f.rule == "dup.drop_repeated_sentences" for f in cleaned.findings)


@pytest.mark.parametrize("line", [
    "保护环境要一代一代人持之以恒地努力，把群众最烦心的事一件一件解决好。",
    "设立新兴产业创业创新平台，研究研究再定。",
    "坚持人民至上，坚持问题导向，坚持系统观念，坚持依法依规、公开透明。",
    "第五条　申报工作遵循依法依规、公开透明的原则。",
    "城区组　完成　100%　优秀",
])
def test_legitimate_repeats_stay(line):
    raw = f"标题\n{line}\n第八条　评审工作遵循依法依规、公开透明的原则。\n郊区组　完成　100%　优秀"
    cleaned = clean(raw)
    assert line in cleaned.text
    assert not _rules(cleaned, "dup.")
