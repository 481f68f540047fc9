"""encoding: character references left in plain text. Tables of fixes and of rows that must
not change, the escaped-twice flag, and the pipeline's word on &nbsp; and idempotence."""

from __future__ import annotations

import pytest

from cleaner.pipeline import clean
from cleaner.rules import encoding
from cleaner.types import Edit, Flag
from helpers import run_rule

decode = encoding.decode_character_references


@pytest.mark.parametrize("text_in,text_out", [
    ("推进&ldquo;放管服&rdquo;改革", "推进“放管服”改革"),
    ("增长&#65292;其中&#x3002;完成&#X3001;", "增长，其中。完成、"),
    ("&mdash;&mdash;经济持续较快增长", "——经济持续较快增长"),
    ("中国&mdash;东盟自由贸易区", "中国—东盟自由贸易区"),
    ("医疗、教育&hellip;&hellip;", "医疗、教育……"),
    ("研发（R&amp;D）投入", "研发（R&D）投入"),
    ("AT&amp;T公司与中国", "AT&T公司与中国"),
    ("国家&middot;地方", "国家·地方"),
    ("投入&nbsp;资金", "投入资金"),                  # a space between two words goes at once
    ("投入&nbsp资金", "投入资金"),            # a legacy name: HTML reads it without ";"
    ("关于&nbsp开展工作，版权所有&copy 市政府", "关于开展工作，版权所有© 市政府"),
    ("价格&lt;100元&gt;50元", "价格<100元>50元"),
    ("增长&#65292其中", "增长，其中"),              # a numeric reference may drop its ";"
    ("欧元&#128;与&#150;", "欧元€与–"),             # 0x80-0x9F: windows-1252, as HTML reads them
    ("中文&#8203;零宽", "中文\u200b零宽"),          # the zero-width rule takes it next
    ("英文 Tom&amp;Jerry 卡通", "英文 Tom&Jerry 卡通"),  # a line with Chinese in it
    ("&#20013;&#22269;&#20154;", "中国人"),          # the references are the Chinese
    ("推进&ldquo放管服&rdquo改革", "推进“放管服”改革"),  # no ";", but Chinese on both sides leaves no doubt
    ("经济&mdash&mdash持续增长，医疗&hellip&hellip", "经济——持续增长，医疗……"),
    ("中文&NBSP;大写，加强&Nbsp;管理", "中文大写，加强管理"),  # capitals: no browser decodes them, a writer meant a space
    ("加强&NBSP管理", "加强管理"),
    ("政府&nbsp;&emsp;工作，第一条&#12288;为了，二是&nbsp;“放”", "政府工作，第一条\u3000为了，二是\u00a0“放”"),
    ("增长&#x0FF0C;其中&#0012290;完成&#X3001;", "增长，其中。完成、"),  # leading zeros, capital X
    ("加强nbsp;管理", "加强\u00a0管理"),            # the "&" stripped by a filter
    ("推进ldquo;放管服rdquo;改革", "推进“放管服”改革"),
    ("加强nbsp;nbsp;管理", "加强\u00a0\u00a0管理"),
    ("拨打ldquo;12350rdquo;安全生产举报电话", "拨打“12350”安全生产举报电话"),  # a figure on one side
    ("确保2023年12&nbsp月底前完成", "确保2023年12\u00a0月底前完成"),  # a bare name after a figure, Chinese after it
])
def test_references_in_chinese_text_are_decoded(text_in, text_out):
    assert run_rule(decode, text_in) == text_out


@pytest.mark.parametrize("text", [
    "见http://a.cn/?a=1&amp;b=2。",                 # a URL
    "链接：index.jsp?id=3&amp;type=2，请查看",       # a query string
    "参数&lang=zh，中文",                            # &lang followed by "=": a parameter
    "x &amp; y < z",                                 # no Chinese on the line
    "if (a &lt; b) { return; }",
    "品牌AT&mdash，公司&ldquo2021",                  # a bare name glued to a Latin word or a figure
    "编号12&nbspA，型号3&copy2",                      # a bare name after a figure, no Chinese after it
    "数值3nbsp;4，参数1ldquo;2",                      # figures on both sides: no Chinese beside it
    "中国&copy2021",                                  # not where a reference ends
    "中文&NBSPX;大写",                               # capitals of no name
    "求和sum;乘积prod;，图像image;",                  # a Latin word before ";" (not a stripped space or mark)
    "参数nbsp;x=1，param nbsp; and ldquo;",           # a Latin word after it, or no Chinese beside it
    "中国&notit;美国",                               # not in the table
    "中国&#0;美国&#xD800;&#1114112;&#1;&#x7F;&#129;&#xFFFF;",  # no text means these
    "研发R&D投入，P&G公司",                          # a bare ampersand
    "警惕以虚拟货币(BTC&ETH)名义进行的非法集资。",    # a legacy name glued to a Latin word
    "入选“Rock&not”名单",
    "使用Windows&reg系统",
    "中国&para文字，乙&sect甲",                       # legacy names pages do not write bare
])
def test_references_that_stay(text):
    assert run_rule(decode, text) == text


def test_reference_escaped_twice_is_decoded_all_the_way():
    """What a reference escaped twice or more stands for is unique: it is decoded to it
    in one edit (its "nbsp;" is no stripped reference of its own)."""
    out = list(decode("中国&amp;ldquo;美国"))
    assert len(out) == 1 and isinstance(out[0], Edit)
    assert (out[0].start, out[0].end, out[0].new) == (2, 13, "“")
    assert run_rule(decode, "中国&amp;amp;nbsp;美国&amp;#x3001;") == "中国美国、"


def test_reference_escaped_too_often_is_flagged():
    out = list(decode("中国&amp;amp;amp;amp;amp;lt;美国"))
    assert len(out) == 1 and isinstance(out[0], Flag)


@pytest.mark.parametrize("raw,expected", [
    ("标题\n推进&ldquo;放管服&rdquo;改革&#65292;成效明显。", "标题\n推进“放管服”改革，成效明显。"),
    ("标题\n中国&amp;amp;美国。", "标题\n中国&美国。"),   # escaped twice: decoded all the way, once
    ("标题\n中国&amp;lt;美国。", "标题\n中国<美国。"),
])
def test_pipeline_decodes_once_and_is_idempotent(raw, expected):
    once = clean(raw).text
    assert once == expected
    assert clean(once).text == once


@pytest.mark.parametrize("text_in,text_out", [
    ("加强&nb\nsp;管理", "加强\u00a0管理"),                  # a reference a hard wrap cut in two
    ("县域内&\nnbsp;就诊率，完成&#12\n290;", "县域内\u00a0就诊率，完成。"),
    ("第一行&amp;\n第二行", "第一行&amp;\n第二行"),              # whole before the break: not cut
    ("合作方A&\nB公司", "合作方A&\nB公司"),                      # no reference when joined
])
def test_references_cut_by_a_line_break_join(text_in, text_out):
    assert run_rule(encoding.join_split_references, text_in) == text_out


@pytest.mark.parametrize("text_in,text_out", [
    ("加强<strong>基层医疗</strong>能力", "加强基层医疗能力"),
    ('推进<span style="color:#ff0000;">医改</span>工作', "推进医改工作"),
    ("<p>坚持人民至上。</p>", "坚持人民至上。"),
    ('<p class="MsoNormal" align="justify">坚持。<br />', "坚持。"),
    ('加强<font face="仿宋_GB2312" size="3">管理</font>。<BR>', "加强管理。"),
    ("浓度<35微克/立方米，P<0.05，a<b>c", "浓度<35微克/立方米，P<0.05，a<b>c"),  # less-than signs in prose
    ("<p>English only</p>", "<p>English only</p>"),                           # no Chinese on the line
    ("选项<A>与<B>，<script>中文", "选项<A>与<B>，<script>中文"),   # a bare one-letter tag needs its partner
    ("加强<b>医疗</b>建设", "加强医疗建设"),
    # a paragraph or line-break tag between two pieces of text parts them, as the page did
    ("第一段。</p><p>第二段。", "第一段。\n第二段。"),
    ("第一段。<br />第二段。<br>", "第一段。\n第二段。"),
    ("第一段。<br>\n第二段。", "第一段。\n第二段。"),                        # at a line's end: no new break
    ("加强</strong><strong>管理", "加强管理"),                                # inline tags only: joined
])
def test_tags_left_in_plain_text_go(text_in, text_out):
    assert run_rule(encoding.remove_tag_remnants, text_in) == text_out
