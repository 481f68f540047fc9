"""Round 9: escapes of other syntaxes than HTML's, and references to no character.

Real strings through the whole pipeline: a Chinese word left as \\u escapes, percent-encoded
UTF-8, quoted-printable or \\x bytes beside Chinese text is decoded; HTML references typed with
full-width signs or without "#" are decoded; a numeric reference to a code point that is no
character is flagged, not decoded. What is syntax (a URL's query, a formula, code, English)
stays exactly as it is.
"""

from __future__ import annotations

import pytest

from cleaner.pipeline import clean

TITLE = "江岭市医疗保障局关于做好2021年医保工作的通知"
SIG = "江岭市医疗保障局\n2021年3月29日"


def _page(*body: str) -> str:
    return "\n".join([TITLE, *body, SIG])


def _body(cleaned) -> str:
    return cleaned.text.split("\n")[1]


FIXED = [
    ("深化\\u533b\\u4fdd支付方式改革。", "深化医保支付方式改革。"),
    ("深化\\u533B\\u4FDD支付方式改革。", "深化医保支付方式改革。"),
    ("深化\\u{533b}\\u{4fdd}支付方式改革。", "深化医保支付方式改革。"),
    ("深化%E5%8C%BB%E4%BF%9D支付方式改革。", "深化医保支付方式改革。"),
    ("深化%e5%8c%bb%e4%bf%9d支付方式改革。", "深化医保支付方式改革。"),
    ("深化=E5=8C=BB=E4=BF=9D支付方式改革。", "深化医保支付方式改革。"),
    ("深化\\xe5\\x8c\\xbb\\xe4\\xbf\\x9d支付方式改革。", "深化医保支付方式改革。"),
    ("深化医保＆＃65292；支付方式改革。", "深化医保，支付方式改革。"),
    ("深化医保&#65292；支付方式改革。", "深化医保，支付方式改革。"),
    ("深化医保＆＃６５２９２；支付方式改革。", "深化医保，支付方式改革。"),
    ("推进＆ldquo；两新＆rdquo；工作。", "推进“两新”工作。"),
    ("深化医保＆nbsp；支付方式改革。", "深化医保支付方式改革。"),
    ("深化医保&65292;支付方式改革。", "深化医保，支付方式改革。"),
    ("深化医保&x3001;支付方式改革。", "深化医保、支付方式改革。"),
]


@pytest.mark.parametrize(("body", "expected"), FIXED)
def test_escape_runs_beside_chinese_are_decoded(body, expected):
    assert _body(clean(_page(body))) == expected


KEPT = [
    # a URL's query keeps its escapes: they are its syntax
    "政策原文可访问https://www.example.gov.cn/search?q=%E5%8C%BB%E4%BF%9D&page=2检索。",
    "政策原文可访问http://zwfw.example.gov.cn/s?kw=%e4%b8%ad%e5%8c%bb查询。",
    # a spreadsheet formula: =E2 is a cell, and no whole UTF-8 either
    "完成率按=E2/D2计算，结果保留一位小数。",
    # escapes that decode to ASCII are code, not text
    "字段名为%41%42%43，按要求填写。",
    # an ampersand in a name, a percent after a figure
    "联合发布单位包括A&E医疗集团，增长5%以上。",
]


@pytest.mark.parametrize("body", KEPT)
def test_syntax_and_lookalikes_stay(body):
    cleaned = clean(_page(body))
    assert _body(cleaned) == body
    assert not [f for f in cleaned.findings if f.rule == "encoding.decode_character_references"]


@pytest.mark.parametrize("body", ['var s = "\\u533b\\u4fdd";', "编号&65;和&12;照录。", "路径a\\xe5\\x8c\\xbb.txt。"])
def test_code_and_non_references_are_not_decoded(body):
    """Escapes on a line of code, a "#"-less number for an ASCII letter or a control, an escape
    run glued to a Latin token: none is a Chinese word escaped."""
    cleaned = clean(_page("深化医保支付方式改革。", body))
    assert not [f for f in cleaned.findings if f.rule == "encoding.decode_character_references"]


@pytest.mark.parametrize("ref", ["&#xD83D;", "&#55357;", "&#xFFFF;", "&#xFDD0;", "&#1114112;", "&#x110000;"])
def test_reference_to_no_character_is_flagged_not_decoded(ref):
    body = f"深化医保{ref}支付方式改革。"
    cleaned = clean(_page(body))
    assert ref in cleaned.text
    flags = [f for f in cleaned.findings if f.rule == "encoding.decode_character_references" and f.action == "flag"]
    assert [f.before for f in flags] == [ref]


def test_lone_surrogate_escape_is_not_decoded():
    body = "深化医保\\ud83d支付方式改革。"
    assert _body(clean(_page(body))) == body


# --- quote: nested title marks of a title whose 《 was lost ------------------------------


def test_nested_angle_marks_before_a_lone_close_stay_nested():
    body = "认真贯彻关于〈安全生产法〉的实施意见》，确保落实。"
    assert _body(clean(_page(body))) == "认真贯彻《关于〈安全生产法〉的实施意见》，确保落实。"


def test_two_candidate_starts_leave_the_lone_close_flagged():
    body = "根据市政府关于〈安全生产法〉的实施意见》，确保落实。"
    cleaned = clean(_page(body))
    assert _body(cleaned) == body
    assert [f for f in cleaned.findings if f.rule == "quote.flag_unbalanced" and f.before == "》"]


def test_top_level_angle_titles_still_convert():
    body = "认真实施〈中国制造2025〉和〈安全生产法〉。"
    assert _body(clean(_page(body))) == "认真实施《中国制造2025》和《安全生产法》。"


@pytest.mark.parametrize(("body", "expected"), [
    ("推进“放管服＂改革和＂两新”工作。", "推进“放管服”改革和“两新”工作。"),
    ("推进“放管服\"、\"最多跑一次”改革。", "推进“放管服”、“最多跑一次”改革。"),
    ("认真贯彻《安全生产法〉和〈消防法》。", "认真贯彻《安全生产法》和《消防法》。"),
])
def test_mixed_marks_pair_with_the_curly_ones_on_the_line(body, expected):
    assert _body(clean(_page(body))) == expected


def test_quotation_unclosed_at_paragraph_end_is_flagged_not_closed():
    body = "各单位要深入推进“最多跑一次改革。"
    cleaned = clean(_page(body))
    assert _body(cleaned) == body
    assert [f for f in cleaned.findings if f.rule == "quote.flag_unbalanced" and f.before == "“"]


@pytest.mark.parametrize(("body", "expected"), [
    ("推进❝放管服❞改革。", "推进“放管服”改革。"),
    ("推进‟放管服”改革。", "推进“放管服”改革。"),
    ("推进‶放管服″改革。", "推进“放管服”改革。"),
    ("推进‚放管服‘改革。", "推进“放管服”改革。"),
    ("推进“加强❛放管服❜改革”工作。", "推进“加强‘放管服’改革”工作。"),
])
def test_quotation_marks_named_so_by_unicode_become_chinese_quotes(body, expected):
    assert _body(clean(_page(body))) == expected


@pytest.mark.parametrize("body", ["坐标为东经120°10′20″，推进工作。", "推进“落实‘三个必须’要求”工作。"])
def test_primes_and_right_quotes_stay(body):
    assert _body(clean(_page(body))) == body
