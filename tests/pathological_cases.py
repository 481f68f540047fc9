"""Pathological inputs for every rule family: the generator that tests/test_pathological.py
and bench/pathological.py share.

Each case builds, for a size ``n``, a small realistic notice (a breadcrumb, a title, a
metadata line, a widget line, body paragraphs, a signature, a footer: enough for every
family's triggers to fire) with one pathological payload of about ``n`` characters in it:
a run of one punctuation mark, of spaces, of digits; brackets, quotes; markup that never
closes or nests deep; user phrases that contain each other. A rule that walks a run once
per element of it, or a pattern with nested or overlapping repetition, takes time
quadratic (or worse) in ``n``; a linear one takes about four times as long at ``4n``.

>>> case = CASES_BY_NAME["punct: run of '('"]
>>> "(" * 100 in case.build(100), case.build(400).count("(") >= 400
(True, True)
"""

from __future__ import annotations

import inspect
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from cleaner import budget, chars
from cleaner.pipeline import clean
from cleaner.rules import (ads, chrome, date, dup, encoding, figure, garbled, html, layout, metadata, numbering, punct,
                           quote, space)
from cleaner.types import Context, Corpus

Rule = Callable[..., Iterator]

TITLE = "关于印发2021年卫生健康工作要点的通知"
HEAD = ("当前位置：首页 > 政务公开 > 通知公告\n" + TITLE + "\n"
        "发布日期：2021-03-24  信息来源：市卫生健康委员会\n"
        "【字体：大 中 小】 打印本页 关闭窗口\n")
BODY = ("各区县卫生健康局，委直属各单位：\n"
        "现将《2021年卫生健康工作要点》印发给你们，请结合实际认真贯彻落实。\n"
        "一、总体要求\n"
        "（一）加强组织领导。全市共建成医联体30个，其中紧密型12个，覆盖率达95%。\n")
TAIL = ("市卫生健康委员会\n2021年3月24日\n分享到：微信 微博\n返回顶部\n"
        "版权所有：某市卫生健康委员会 蜀ICP备08108490号-1\n")

# User phrases that contain each other: an alternation of them under "+" splits a line of
# them in exponentially many ways.
NESTED_PHRASES = Corpus(chrome_phrases=("返回列表", "网站导航", "返回", "顶部", "返回顶部"),
                        ad_phrases=("代理记账", "代理", "记账"))


def document(payload: str) -> str:
    """The payload as a paragraph of a notice in which every family has something to look at."""
    return HEAD + BODY + payload + "\n" + BODY + TAIL


def page(payload: str, head: str = "") -> str:
    """The payload in the body of an HTML page (it opens with <html>, so the html family runs)."""
    return ('<html><head><meta name="ArticleTitle" content="' + TITLE + '"><title>' + TITLE + "</title>" + head
            + '</head><body><div class="nav"><a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a></div>'
            "<h1>" + TITLE + "</h1><p>各区县卫生健康局：</p><p>现将工作要点印发给你们，请认真贯彻落实。</p>"
            + payload + "<p>一、总体要求</p><p>（一）加强组织领导，压实工作责任。</p>"
            '<div class="footer">版权所有：某市卫生健康委员会</div></body></html>')


def repeat(piece: str, n: int) -> str:
    """``piece`` repeated to about ``n`` characters (at least once)."""
    return piece * max(1, n // len(piece))


@dataclass(frozen=True)
class Case:
    """One pathological input: ``build(n)`` is the whole text at size ``n``.

    ``rules``: the rules the payload is aimed at, to time on their own as well;
    ``weight``: how many times the common size this case is measured at (its units are
    large: a nesting level is a whole tag, a line a whole line); ``before``: what the
    audit measured before the rules were made linear.
    """

    name: str
    family: str
    build: Callable[[int], str]
    corpus: Corpus = field(default_factory=Corpus)
    rules: tuple[Rule, ...] = ()
    weight: int = 1
    before: str = ""

    def size(self, n: int) -> int:
        return n * self.weight


def _in_line(run: str, left: str = "总投资", right: str = "万元。") -> Callable[[int], str]:
    return lambda n: document(left + repeat(run, n) + right)


def _lines(line: str, last: str = "") -> Callable[[int], str]:
    return lambda n: document("\n".join([line] * max(1, n // (len(line) + 1))) + last)


def _in_page(run: str, close: str = "") -> Callable[[int], str]:
    """``run`` repeated in a page, each one closed by ``close`` after all of them (nesting)."""
    return lambda n: page(run * max(1, n // len(run + close)) + close * max(1, n // len(run + close)) if close
                          else repeat(run, n))


# Most of the page's Chinese text, so an element around it is never dropped whole: every
# nested element is looked at (the audit's case).
_CONTENT = "<p>" + "为做好今年卫生健康工作，现将有关事项通知如下，请认真贯彻落实。" * 4 + "</p>"


def _nested(opening: str, closing: str) -> Callable[[int], str]:
    def build(n: int) -> str:
        depth = max(1, n // (len(opening) + len(closing)))
        return page(opening * depth + _CONTENT + closing * depth)
    return build


def _page_cut_off(run: str) -> Callable[[int], str]:
    """The payload at the very end of a page (a scrape cut off): no ">" after it at all."""
    return lambda n: page("")[:-len("</body></html>")] + repeat(run, n)


_ASCII_MARKS = ",:;()?!"
_WIDE_MARKS = (tuple(chars.WIDE_OF.values()) + (
    chars.IDEOGRAPHIC_COMMA, chars.IDEOGRAPHIC_FULL_STOP, chars.LEFT_TITLE_MARK, chars.RIGHT_TITLE_MARK,
    chars.LEFT_DOUBLE_QUOTE, chars.RIGHT_DOUBLE_QUOTE, chars.LEFT_SINGLE_QUOTE, chars.RIGHT_SINGLE_QUOTE,
    chars.LEFT_BLACK_LENTICULAR, chars.RIGHT_BLACK_LENTICULAR, chars.HORIZONTAL_ELLIPSIS, chars.EM_DASH,
    chars.HORIZONTAL_BAR, chars.FULLWIDTH_HYPHEN_MINUS, chars.FULLWIDTH_FULL_STOP, chars.FULLWIDTH_PERCENT))
_SPACES = {"space": " ", "NBSP": chars.NO_BREAK_SPACE, "ideographic space": chars.IDEOGRAPHIC_SPACE, "tab": "\t",
           "em space": chars.EM_SPACE, "mixed spaces": " " + chars.IDEOGRAPHIC_SPACE + chars.NO_BREAK_SPACE}
_WIDEN = (punct.widen_ascii_punctuation,)
_SPACING = (space.strip_line_edges, space.drop_stray_spaces, space.normalize_space_runs)


def _punctuation() -> list[Case]:
    cases = [Case(f"punct: run of {m!r}", "punct", _in_line(m), rules=_WIDEN + (garbled.flag_question_marks_in_words,),
                  before="16,000 '(' in 71 s; 128 KB never finished" if m == "(" else "")
             for m in _ASCII_MARKS]
    cases += [Case(f"punct: run of U+{ord(m):04X}", "punct", _in_line(m),
                   rules=(punct.normalize_ellipsis_and_dash, punct.collapse_stacked_punctuation, quote.flag_unbalanced,
                          quote.restore_title_mark))
              for m in _WIDE_MARKS]
    return cases + [
        Case("punct: 中? repeated (questions in one clause)", "punct", _in_line("中?", "为什么"), rules=_WIDEN),
        Case("punct: 中, repeated", "punct", _in_line("中,"), rules=_WIDEN),
        Case("punct: nested ( )", "punct", lambda n: document("总投资" + "(" * (n // 2) + ")" * (n // 2) + "万元。"),
             rules=_WIDEN),
        Case("punct: chain of '...,'", "punct", _in_line("...,"), rules=(punct.normalize_ellipsis_and_dash,)),
        Case("punct: chain of '--'", "punct", _in_line("--中"), rules=(punct.normalize_ellipsis_and_dash,)),
        Case("punct: run of '<<'", "punct", _in_line("<<"), rules=(punct.normalize_title_marks,)),
        Case("punct: line of commas only", "punct", _lines(","), rules=(punct.drop_orphan_punctuation_lines,)),
        Case("punct: full-width digits", "punct", _in_line("\uff11\uff12"), rules=(punct.narrow_fullwidth_alphanumerics,)),
        Case("punct: chain of '中.\\\u2236'", "punct", _in_line("中.\\\u2236\ufe50"), rules=(punct.replace_lookalike_marks,)),
        Case("punct: run of box-drawing lines and en dashes", "punct", _in_line("\u2500\u2013\u2500\u2500\u2013中"),
             rules=(punct.normalize_ellipsis_and_dash,)),
    ]


def _spacing() -> list[Case]:
    cases = [Case(f"space: run of {name} inside a line", "space", _in_line(s), rules=_SPACING,
                  before="16,000 in 49 s" if name in ("space", "NBSP") else "")
             for name, s in _SPACES.items()]
    return cases + [
        Case("space: run of blank fillers", "space", _in_line("\u3164\u2800"), rules=(space.remove_zero_width,)),
        Case("space: indent run", "space", lambda n: document(" " * n + "正文。"), rules=_SPACING),
        Case("space: trailing run", "space", lambda n: document("正文。" + chars.IDEOGRAPHIC_SPACE * n), rules=_SPACING),
        Case("space: run beside full-width punctuation", "space", _in_line(" ", "来源：", "，市卫健委。"), rules=_SPACING),
        Case("space: form fields and blanks", "space", _in_line("姓名：\u3000\u3000（\u3000\u3000）\u3000", "表", "。"),
             rules=_SPACING),
        Case("space: blank lines", "space", lambda n: document("\n" * n), rules=(space.drop_blank_lines,)),
        Case("space: blank lines with spaces", "space", _in_line(" \n", "正文。\n", "及"),
             rules=(space.drop_blank_lines, layout.join_broken_title)),
        Case("space: spaced words in a long sentence", "space", _in_line("中文字词语 ", "", "。"), rules=_SPACING),
        Case("space: slogan parts, many quotations open", "space", _in_line("“中文字词语 ", "", "”。"), rules=_SPACING),
        Case("space: zero-width run", "space", _in_line("\u200b"), rules=(space.remove_zero_width,)),
        Case("space: article marker, long numeral, space run", "space",
             lambda n: document("第" + "一" * (n // 2) + "条" + "\u00a0" * (n // 2) + "为了规范管理。"),
             rules=(space.normalize_article_gaps, space.drop_stray_spaces)),
        Case("space: label-value fields in a long line", "space", _in_line("联系人：刘明\u00a0\u00a0", "", "。"),
             rules=_SPACING),
        Case("space: ideographic padding in many clauses", "space", _in_line("加强领导\u3000落实责任，", "工作，", "。"),
             rules=_SPACING),
        Case("space: one clause of many ideographic gaps", "space", _in_line("张三\u3000", "出席：", "。"), rules=_SPACING),
        Case("space: figures spaced from their signs", "space", _in_line("95 %，", "增长", "。"), rules=_SPACING),
    ]


def _digits_and_brackets() -> list[Case]:
    return [
        Case("digits: run in a line", "figure", _in_line("1", "共", "人员。"),
             rules=(figure.flag_missing_measure_words, figure.flag_broken_numbers)),
        Case("digits: line of digits on a page with widget words", "chrome", lambda n: document("1" * n + "。"),
             rules=(chrome.drop_widgets,), before="40,000 digits in 26 s"),
        Case("digits: spaced digits", "figure", _in_line("1 ", "共", "个。"), rules=(figure.flag_broken_numbers,)),
        Case("digits: letter then digits", "figure", lambda n: document("共1O" + "1" * n + "x。"),
             rules=(figure.flag_broken_numbers,)),
        Case("digits: digit then spaces", "figure", lambda n: document("共1" + " " * n + "x。"),
             rules=(figure.flag_broken_numbers,)),
        Case("digits: decimals", "figure", _in_line("1", "总投资1.", "万元。"), rules=(figure.flag_implausible_amounts,)),
        Case("digits: full stops between digits", "figure", _in_line("1\u3002", "增长", "5%。"), rules=(figure.flag_broken_numbers,)),
        Case("digits: doubled points in a run", "figure", _in_line("1..", "共", "5万元。"), rules=(figure.flag_broken_numbers,)),
        Case("digits: stacked multipliers", "figure", _in_line("亿万", "投资3", "元。"), rules=(figure.flag_broken_numbers,)),
        Case("digits: percent signs in a run", "figure", _in_line("%", "增长8.2", "。"), rules=(figure.flag_broken_numbers,)),
        Case("digits: 百分之 before digits", "figure", _in_line("百分之1", "占", "%。"), rules=(figure.flag_broken_numbers,)),
        Case("digits: figures before a name head", "figure", _in_line("365展", "建设", "贸网。"),
             rules=(figure.flag_missing_measure_words,)),
        Case("dup: sentence runs repeated", "dup", _in_line("加强领导。压实责任。", "", "其他。"),
             rules=(dup.drop_repeated_sentences,)),
        Case("digits: written-out percentages", "figure", _in_line("一百", "覆盖率达到百分之", "。"),
             rules=(figure.flag_impossible_percentages,)),
        Case("digits: unit figures in an enumeration", "figure", _in_line("12公里、", "建成", "5泵站。"),
             rules=(figure.flag_missing_measure_words,)),
        Case("digits: compacted dates", "date", _in_line("2021329日，"), rules=(date.repair_compacted_dates,)),
        Case("digits: date clusters", "date", _in_line("2021年3冃29号，"), rules=(date.read_date_clusters,)),
        Case("digits: separator clusters", "date", _in_line("2021、3、29、", "于"), rules=(date.read_date_clusters,)),
        Case("digits: runs of figures and marks", "date", _in_line("20年目12 ", "于"), rules=(date.read_date_clusters,)),
        Case("digits: compacted dates with 年", "date", _in_line("2021年329日", "于"), rules=(date.repair_compacted_dates,)),
        Case("digits: eight-digit dates", "date", _in_line("20210415，", "于"), rules=(date.expand_eight_digit_dates,)),
        Case("digits: eight-digit run", "date", _in_line("20210415", "于", "前"), rules=(date.expand_eight_digit_dates,)),
        Case("digits: dates that lost 日", "date", _in_line("2021年3月29起", "自"), rules=(date.restore_day_mark,)),
        Case("digits: day ranges", "date", _in_line("2021年3月29至", "自", "31日"), rules=(date.restore_day_mark,)),
        Case("digits: years glued to months", "date", _in_line("20213月", "自", "起"), rules=(date.insert_missing_year_mark,)),
        Case("digits: years glued to 度", "date", _in_line("2021度", "", "工作"), rules=(date.insert_missing_year_mark,)),
        Case("digits: dates with spaced marks", "date", _in_line("2021 年 3 月 29 日，", "于"), rules=(date.repair_date_marks,)),
        Case("digits: date marks slipped", "date", _in_line("2021年3日29日，2021念", "于"), rules=(date.repair_date_slips,)),
        Case("digits: date figures split", "date", _in_line("20 21年3月2 9日，20 07年", "于"), rules=(date.repair_date_slips,)),
        Case("digits: numeric dates with 日", "date", _in_line("2021-3-29日，2021.03.", "于"), rules=(date.repair_date_slips,)),
        Case("digits: range ends glued", "date", _in_line("5月1日至930日至", "于"), rules=(date.repair_date_slips,)),
        Case("digits: gapped day", "date", _in_line("2021年3月\u300029 ", "于"), rules=(date.restore_day_mark,)),
        Case("digits: space runs inside a date", "date", _in_line(" ", "于2021", "年3月29日"), rules=(date.repair_date_marks,)),
        Case("digits: OCR letters and weekdays in dates", "date", _in_line("2O2l年1O月1I日（星期二）、", "于"),
             rules=(date.repair_date_slips, date.flag_date_slips)),
        Case("digits: letter runs before 年", "date", _in_line("O", "于2", "年3月"), rules=(date.repair_date_slips,)),
        Case("digits: Chinese-numeral years and days", "date", _in_line("二○二一年三月二十九起，", "于"),
             rules=(date.repair_date_slips,)),
        Case("digits: circles before 年", "date", _in_line("○", "二", "年三月"), rules=(date.repair_date_slips,)),
        Case("digits: dates broken over lines", "date", _in_line("2021年3\n月29日起，", "于"), rules=(date.repair_date_slips,)),
        Case("digits: lost and doubled date figures", "date", _in_line("2021年3月日、2021年3月299日、", "于"),
             rules=(date.flag_date_slips,)),
        Case("digits: compacted dates with spaces", "date", _in_line("2021 329 日，", "于"), rules=(date.repair_compacted_dates,)),
        Case("digits: year then digits, marks lost", "date", _in_line("2021年415", "于", "起"), rules=(date.repair_compacted_dates,)),
        Case("digits: day ranges with impossible ends", "date", _in_line("3月5日～37日", "于"), rules=(date.repair_compacted_dates,)),
        Case("digits: eight digits before a range", "date", _in_line("20210501至", "于", "5月"), rules=(date.expand_eight_digit_dates,)),
        Case("space: spaces at decimal points", "space", _in_line("326 .5", "罚没", "万元。"), rules=_SPACING),
        Case("space: ideographic spaces beside figures", "space", _in_line("1000\u3000", "，奖励", "元。"), rules=_SPACING),
        Case("digits: doubled marks", "date", _in_line("2021年年3月月29日日，", "于"), rules=(date.repair_date_marks,)),
        Case("digits: separators for 月", "date", _in_line("2021年3-29日，", "于"), rules=(date.repair_date_marks,)),
        Case("digits: dates with stop marks", "date", _in_line("2021\u30023\u3002", "于", "29"), rules=(date.flag_broken_date_marks,)),
        Case("digits: swapped date marks", "date", _in_line("2021年3日29月", "于"), rules=(date.flag_broken_date_marks,)),
        Case("digits: day range ends", "date", _in_line("月1日\u201435日", "3"), rules=(date.flag_broken_date_marks,)),
        Case("digits: impossible dates", "date", _in_line("20211年13月32日，", "于"), rules=(date.flag_impossible_dates,)),
        Case("digits: a year replaced by spaces", "date", _in_line("2021 3月29日，", "于"),
             rules=(date.insert_missing_year_mark,)),
        Case("digits: counts of days in one clause", "date", _in_line("压缩至45日", "审批时限由60日", "。"),
             rules=(date.repair_compacted_dates,)),
        Case("digits: day counts after a month", "date", _in_line("7月起71日起", "自2021年", "实施"),
             rules=(date.repair_compacted_dates,)),
        Case("digits: eight digits after comparisons", "date", _in_line("低于20210510元，至20210510", "投资"),
             rules=(date.expand_eight_digit_dates,)),
        Case("digits: eight-digit lines under signers", "date", _lines("市交通运输局\n20210426"),
             rules=(date.expand_eight_digit_dates,)),
        Case("digits: lines of eight digits", "date", _lines("20211215，"), rules=(date.expand_eight_digit_dates,)),
        Case("digits: years before 底 and 度", "date", _in_line("2020底数2020度以上", "摸清", "。"),
             rules=(date.insert_missing_year_mark,)),
        Case("digits: bare figures in one line", "figure", _in_line("中1中"), rules=(figure.flag_missing_measure_words,)),
        Case("figure: totals and parts in one sentence", "figure", _in_line("1个其中"),
             rules=(figure.flag_parts_exceeding_total, figure.flag_implausible_amounts)),
        Case("figure: capped rates", "figure", _in_line("覆盖率达120%，"), rules=(figure.flag_impossible_percentages,)),
        Case("figure: percentages after one rate", "figure", _in_line("比上年120%", "覆盖率"),
             rules=(figure.flag_impossible_percentages,)),
        Case("figure: rates without a clause break", "figure", _in_line("毛入学率120%"),
             rules=(figure.flag_impossible_percentages,)),
        Case("figure: 其中 after figures of other units", "figure", _in_line("1人", "共10家", "其中医院12家。"),
             rules=(figure.flag_parts_exceeding_total,)),
        Case("figure: 其中 repeated with parts", "figure", _in_line("其中医院1家，共2家", "共有机构3家，"),
             rules=(figure.flag_parts_exceeding_total, figure.flag_implausible_amounts)),
        Case("figure: three-decimal amounts in one sentence", "figure", _in_line("2.573亿元、", "超收2040亿元，其中"),
             rules=(figure.flag_implausible_amounts,)),
        Case("figure: counts with siblings", "figure", _in_line("医院12家、中心9、"),
             rules=(figure.flag_missing_measure_words,)),
        Case("figure: counts after counting verbs", "figure", _in_line("成立5督导组，全县98药品企业，"),
             rules=(figure.flag_missing_measure_words,)),
        Case("figure: shares of the year before and list items", "figure", _in_line("占上年同期的112%、率先", "覆盖率"),
             rules=(figure.flag_impossible_percentages,)),
        Case("figure: clause numbers", "figure", _in_line("第5.5.17条3.2.1条", "按照"), rules=(figure.flag_broken_numbers,)),
        Case("figure: names' numbers", "figure", _in_line("在318国道对10086客服", "建设2个"),
             rules=(figure.flag_missing_measure_words,)),
        Case("figure: terse counts", "figure", _in_line("在3县", "有5个县，"), rules=(figure.flag_missing_measure_words,)),
        Case("figure: digit groups", "figure", _in_line("1,2", "共", "万元。"), rules=(figure.flag_broken_numbers,)),
        Case("figure: full-width digit groups", "figure", _in_line("12\uff0c", "共", "3万元。"), rules=(figure.flag_broken_numbers,)),
        Case("figure: doubled multipliers", "figure", _in_line("1万万", "共", "元。"), rules=(figure.flag_broken_numbers,)),
        Case("figure: minus counts", "figure", _in_line("新增-1家", "", "。"), rules=(figure.flag_broken_numbers,)),
        Case("figure: fractions of counts", "figure", _in_line("培训1.5人", "每", "。"), rules=(figure.flag_broken_numbers,)),
        Case("figure: slips in a run", "figure", _in_line("增长%由1家增加到2家XX万元2个个1·5%", "提高", "。"),
             rules=(figure.flag_figure_slips,)),
        Case("figure: placeholder run", "figure", _in_line("X", "完成", "万元。"), rules=(figure.flag_figure_slips,)),
        Case("figure: letters and digits", "figure", _in_line("1O", "完成", "万元。"), rules=(figure.flag_figure_slips,)),
        Case("figure: shapes that cannot be right in a run", "figure", _in_line("15-10个3十5家12家所第3.5批3%万元万元", "投资", "。"),
             rules=(figure.flag_figure_slips,)),
        Case("figure: digits and range marks", "figure", _in_line("1-", "共", "个。"), rules=(figure.flag_figure_slips,)),
        Case("figure: shares of one enumeration", "figure", _in_line("城镇占62%、", "其中", "。"),
             rules=(figure.flag_figure_slips,)),
        Case("figure: Han before 占 in a run", "figure", _in_line("城", "其中", "占1%。"), rules=(figure.flag_figure_slips,)),
        Case("figure: figures cut by line breaks", "figure", _lines("12万元投资12"), rules=(figure.flag_figure_slips,)),
        Case("encoding: tags with many attributes", "encoding", _in_line('<span a="1" b=2 c ', "加强", ">医疗。"),
             rules=(encoding.remove_tag_remnants,)),
        Case("encoding: unclosed tags", "encoding", _in_line("<p", "加强", "医疗。"), rules=(encoding.remove_tag_remnants,)),
        Case("encoding: references cut by line breaks", "encoding", _in_line("&nb\nsp;", "加强", "医疗。"),
             rules=(encoding.join_split_references,)),
        Case("encoding: space references between words", "encoding", _in_line("&nbsp;", "加强", "医疗。"),
             rules=(encoding.decode_character_references,)),
        Case("brackets: nested full-width", "quote",
             lambda n: document("正文" + chars.FULLWIDTH_LEFT_PAREN * (n // 2) + chars.FULLWIDTH_RIGHT_PAREN * (n // 2) + "。"),
             rules=(quote.flag_unbalanced, garbled.flag_empty_brackets)),
        Case("brackets: lone 》 after a long clause", "quote", lambda n: document("中" * n + chars.RIGHT_TITLE_MARK + "。"),
             weight=4, rules=(quote.restore_title_mark,)),
        Case("quotes: straight quotes", "quote", _in_line('"', "正文", "。"), rules=(quote.convert_straight_quotes,)),
        Case("quotes: quoted pairs", "quote", _in_line('"中"'), rules=(quote.convert_straight_quotes,)),
        Case("quotes: curly opening, straight closing", "quote", _in_line('\u201c中"'),
             rules=(quote.convert_straight_quotes,)),
        Case("quotes: German and apostrophe pairs", "quote", _in_line("\u201e中\u201c''中''"),
             rules=(quote.normalize_mark_lookalikes,)),
        Case("quotes: escaped marks", "quote", _in_line('\\"中\\u201c'), rules=(quote.normalize_mark_lookalikes,)),
        Case("quotes: doubled signs", "quote", _in_line("\uff1c\uff1c中<<"), rules=(quote.normalize_mark_lookalikes,)),
        Case("quotes: mixed double and single", "quote", _in_line("\u201c中\u2019\u2018中\u201d"),
             rules=(quote.repair_mark_slips,)),
        Case("quotes: doubled marks and paren slips", "quote", _in_line("\u201c\u201c\u300a中\uff09"),
             rules=(quote.repair_mark_slips,)),
        Case("quotes: titles broken across lines", "layout", _lines("根据《浙江省关于进一步加强", "安全生产意见》要求。"),
             rules=(layout.join_broken_quotations, quote.restore_title_mark)),
        Case("garbled: check boxes", "garbled", _in_line("是\u25a1否\u25a1", "：", "。"), rules=(garbled.flag_symbol_runs,)),
        Case("garbled: boxes in words", "garbled", _in_line("某\u25a1同志\u25a1", "由", "。"), rules=(garbled.flag_symbol_runs,)),
        Case("garbled: run of rare Han", "garbled", _in_line("\u81bf"), rules=(garbled.flag_unlikely_characters,)),
        Case("garbled: rare Han and marks", "garbled", _in_line("\u81bf\u3001"), rules=(garbled.flag_unlikely_characters,)),
        Case("garbled: ASCII debris chain", "garbled", _in_line("G?9+"), rules=(garbled.flag_unlikely_characters,)),
        Case("garbled: one long ASCII token", "garbled", _in_line("<S", "加", "。"), rules=(garbled.flag_unlikely_characters,)),
        Case("punct: run of mark variants", "punct", _in_line("\ufe59\u037e"), rules=(punct.replace_mark_variants,)),
        Case("punct: run of OCR stops", "punct", _in_line("管o"), rules=(punct.replace_mark_variants,)),
        Case("garbled: bullet runs", "garbled", _in_line("加\u25c6\u25c6", "由", "。"), rules=(garbled.flag_symbol_runs,)),
        Case("garbled: escape runs", "garbled", _in_line("\\u52a0", "加", "强"), rules=(garbled.flag_undecoded_residue,)),
        Case("garbled: percent runs", "garbled", _in_line("%E4", "为", "民"), rules=(garbled.flag_undecoded_residue,)),
        Case("garbled: open placeholders", "garbled", _in_line("{{", "推进", "建设。"), rules=(garbled.flag_undecoded_residue,)),
        Case("garbled: missing values", "garbled", _in_line("null中", "：", "。"), rules=(garbled.flag_undecoded_residue,)),
        Case("garbled: control pictures", "garbled", _in_line("\u240d", "加", "强"), rules=(garbled.flag_private_use_characters,)),
        Case("garbled: half-width katakana", "garbled", _in_line("\uff7c", "加", "强"), rules=(garbled.flag_private_use_characters,)),
        Case("garbled: combining marks", "garbled", _in_line("\u0301", "加", "强"), rules=(garbled.flag_private_use_characters,)),
        Case("garbled: open tags", "garbled", _in_line("<span ", "加", "强"), rules=(garbled.flag_undecoded_residue,)),
        Case("garbled: open attributes", "garbled", _in_line('style="', "加", "强"), rules=(garbled.flag_undecoded_residue,)),
        Case("garbled: foreign letters", "garbled", _in_line("\u01b8\u250d", "加", "强"), rules=(garbled.flag_private_use_characters,)),
        Case("garbled: drawn rules", "garbled", _in_line("\u2500", "加", "强"), rules=(garbled.flag_private_use_characters,)),
        Case("encoding: cp1252 debris", "garbled", _in_line("\u00e5\u00a4\u00a7\u2013", "实", "施"), rules=(encoding.repair_mojibake,)),
        Case("chrome: trail labels", "chrome", _in_line("位置", "", "：首页 - 甲"), rules=(chrome.drop_breadcrumbs,)),
        Case("chrome: home and hyphens", "chrome", _lines("网站首页 - 甲 - 乙"), rules=(chrome.drop_breadcrumbs,)),
        Case("chrome: button rows", "chrome", _in_line("【打印】", "", ""), rules=(chrome.drop_widgets, chrome.drop_glued_widgets)),
        Case("chrome: footer pairs", "chrome", _in_line("主办：甲 ", "", "维护：乙"), rules=(chrome.drop_footers,)),
        Case("garbled: cp1252 triples", "garbled", _in_line("\u00e6\u2013\u00bd", "实", "施"), rules=(garbled.flag_mojibake,)),
        # round 5: compatibility code points, PDF glyph ids, quoted-printable, emoji-decorated ads
        Case("encoding: radical runs", "garbled", _in_line("\u2f47\u2ed3\uf967\ufe10\u00ad", "加", "强"),
             rules=(encoding.repair_compatibility_characters, garbled.flag_private_use_characters)),
        Case("garbled: cid glyph runs", "garbled", _in_line("(cid:12)", "加", "强"), rules=(garbled.flag_private_use_characters,)),
        Case("garbled: open cid runs", "garbled", _in_line("(cid:", "加", "强"), rules=(garbled.flag_private_use_characters,)),
        Case("garbled: quoted-printable runs", "garbled", _in_line("=E5", "加", "强"), rules=(garbled.flag_undecoded_residue,)),
        Case("ads: emoji runs", "ads", _in_line("\U0001F525", "代写材料", "加V：wm123"),
             rules=(ads.drop_solicitation_lines, ads.drop_inline_solicitations)),
        Case("ads: paywall pieces", "ads", _in_line("剩余5页", "继续阅读", "。"),
             rules=(ads.drop_solicitation_lines, ads.drop_inline_solicitations)),
        Case("quotes: paragraphs of one quotation", "quote", _lines("\u201c要加强领导。", "\u201c要压实责任。\u201d"),
             rules=(quote.flag_unbalanced,)),
        Case("quotes: unit marks after figures", "quote", _in_line("120°10'20\"", "中", "。"),
             rules=(quote.convert_straight_quotes,)),
        Case("brackets: lone 》 after governing verbs", "quote", _in_line("根据安全生产法" + chars.RIGHT_TITLE_MARK),
             weight=2, rules=(quote.restore_title_mark,)),
        Case("quotes: corner brackets and other double marks", "quote", _in_line("「这个」〝为〞＂国＂", "中", "。"),
             rules=(quote.convert_straight_quotes,)),
        Case("quotes: angle marks", "quote", _in_line("〈发展规划〉<条例>《中〉", "中", "。"), rules=(quote.convert_angle_titles,)),
        Case("quotes: unclosed angle marks", "quote", _in_line("〈", "中", "。"), rules=(quote.convert_angle_titles,)),
        Case("brackets: verbs before a lone 》", "quote", _in_line("根据", "，", "安全生产法" + chars.RIGHT_TITLE_MARK + "。"),
             rules=(quote.restore_title_mark,)),
    ]


def _structure() -> list[Case]:
    return [
        Case("chrome: breadcrumb lines", "chrome", _lines("首页 > 通知"), weight=4, rules=(chrome.drop_breadcrumbs,)),
        Case("chrome: breadcrumb with a space run", "chrome", _in_line(" ", "首页 >", "> 通知"),
             rules=(chrome.drop_breadcrumbs,)),
        Case("chrome: weak footer lines above a footer", "chrome", _lines("联系电话：12345678", "\n版权所有"),
             rules=(chrome.drop_footers,)),
        Case("chrome: widget block", "chrome", _lines("打印"), rules=(chrome.drop_widgets,)),
        Case("chrome: sentence ends before widget tails", "chrome", _lines("做好。打印 关闭"),
             rules=(chrome.drop_glued_widgets,)),
        Case("chrome: sentence ends in a run", "chrome", _in_line("。打印", "分享", ""), rules=(chrome.drop_glued_widgets,)),
        Case("chrome: arrow trails", "chrome", _in_line("->甲", "首页", ""), rules=(chrome.drop_breadcrumbs,)),
        Case("chrome: arrow runs", "chrome", _in_line("-", "甲 ", ">乙>丙"), rules=(chrome.drop_breadcrumbs,)),
        Case("chrome: related-links heading and spaces", "chrome", _in_line(" ", "相关链接", "x"),
             rules=(chrome.drop_related_links,)),
        Case("chrome: caption with spaces", "chrome", _in_line(" ", "记者", "王鼎 摄"), rules=(chrome.drop_photo_captions,)),
        # round 2: furniture shapes (counters, credits, QR labels, date bars, 上一篇, hot words)
        Case("chrome: pager numbers", "chrome", _in_line(" 1", "\n首页 上一页", " 下一页"), rules=(chrome.drop_furniture,)),
        Case("chrome: template code with quotes", "chrome", _in_line("'x' ", "\nvar a = ", ";"), rules=(chrome.drop_furniture,)),
        Case("chrome: template comment run", "chrome", _in_line("<!--", "\n", "-->"), rules=(chrome.drop_furniture,)),
        Case("chrome: navigation bar items", "chrome", _in_line(" 政务公开", "\n网站首页", ""), rules=(chrome.drop_furniture,)),
        Case("metadata: label row cells", "metadata", _in_line("索引号\t", "\n", "\n000014349/2021-00123"),
             rules=(metadata.extract_label_rows,)),
        Case("metadata: label-only lines then values", "metadata", _lines("索引号：", "\n000014349/2021-00123"),
             rules=(metadata.extract_label_rows,)),
        Case("metadata: English words before a label", "metadata", _in_line("Ab ", "\n", "发布日期：2021-03-29"),
             rules=(metadata.extract_labeled_fields,)),
        Case("chrome: counter with a digit run", "chrome", _in_line("1", "\n【阅读：", "次"), rules=(chrome.drop_furniture,)),
        Case("chrome: credit names and spaces", "chrome", _in_line(" 张明", "\n（责任编辑：", "）"),
             rules=(chrome.drop_furniture, chrome.drop_glued_widgets)),
        Case("chrome: credit roles repeated", "chrome", _in_line(" 校对：李华", "。（责任编辑：张明", "）"),
             rules=(chrome.drop_glued_widgets,)),
        Case("chrome: QR words repeated", "chrome", _in_line("扫码", "\n", "查看"), rules=(chrome.drop_furniture,)),
        Case("chrome: date bar tokens repeated", "chrome", _in_line(" 晴 5℃", "\n2026年11月30日 星期一", ""),
             rules=(chrome.drop_furniture,)),
        Case("chrome: date bar digit run", "chrome", _in_line("1", "\n今天是2024-10-", " 周六"), rules=(chrome.drop_furniture,)),
        Case("chrome: neighbour link title run", "chrome", _in_line("关于", "\n上一篇：", "的通知"), rules=(chrome.drop_furniture,)),
        Case("chrome: hot words repeated", "chrome", _in_line(" 乡村振兴", "\n热词：医保", ""), rules=(chrome.drop_furniture,)),
        Case("chrome: widget lead with space runs", "chrome", lambda n: repeat("无障碍 ", n) + TITLE + "\n" + BODY,
             rules=(chrome.drop_glued_widgets,)),
        Case("chrome: link-box heading then titles", "chrome", _lines("关于做好防汛工作的通知", "\n猜你喜欢"),
             rules=(chrome.drop_related_links,)),
        Case("chrome: count-first counter digits", "chrome", _in_line("1,", "\n已有", "次阅读"), rules=(chrome.drop_furniture,)),
        Case("chrome: leaving notice run", "chrome", _in_line("本", "\n您即将离开", "网站"), rules=(chrome.drop_furniture,)),
        Case("chrome: browser advice run", "chrome", _in_line("使", "\n建议", "浏览器"), rules=(chrome.drop_footers,)),
        Case("chrome: title copies with spaces", "chrome", _lines(TITLE + " "), rules=(chrome.drop_title_repeats,)),
        Case("chrome: letter-spaced widget words", "chrome", _in_line("打 印 ", "\n", "关 闭"), rules=(chrome.drop_widgets,)),
        Case("chrome: trail glued before a title", "chrome", _in_line(" ", "\n首页 > 通知公告", "关于开展检查的通知"),
             rules=(chrome.drop_breadcrumbs,)),
        Case("chrome: counters side by side", "chrome", _in_line(" 评论：4 ", "\n阅读：123", "|"), rules=(chrome.drop_furniture,)),
        Case("chrome: weak site-footer lines", "chrome", _lines("地址：人民路1号 邮编：310000", "\n网站维护：信息中心"),
             rules=(chrome.drop_footers,)),
        Case("metadata: bar tables", "metadata", _in_line("索引号 | 1 | ", "| ", "来源 |"),
             rules=(metadata.extract_labeled_fields,)),
        Case("metadata: labels read from their parts", "metadata", _in_line("发布", " ", "日期：2021-03-24"),
             rules=(metadata.extract_labeled_fields,)),
        Case("metadata: label lines", "metadata", _lines("发布日期：2021-03-24"),
             rules=(metadata.extract_labeled_fields,)),
        Case("metadata: spaced label", "metadata", _in_line(" ", "索", "引号：1"), rules=(metadata.extract_labeled_fields,)),
        Case("metadata: date then spaces", "metadata", _in_line(" ", "2021年3月24日", "x"),
             rules=(metadata.extract_labeled_fields, metadata.find_title)),
        Case("metadata: signature dates", "metadata", _lines("2021年3月24日"), rules=(metadata.find_signature_date,)),
        Case("metadata: bracketed labels on one line", "metadata", _in_line("【发布日期】2021-03-24 ", "", ""),
             rules=(metadata.extract_labeled_fields,)),
        Case("metadata: prefixed labels and bars", "metadata", _in_line("信息来源：市卫健委 | ", "", "【字体"),
             rules=(metadata.extract_labeled_fields,)),
        Case("metadata: a label and a long value", "metadata", _in_line("局", "发布机构 市", ""),
             rules=(metadata.extract_labeled_fields,)),
        Case("metadata: header lines", "metadata", _lines("——2003年3月5日在会议上"),
             rules=(metadata.find_header_fields,)),
        Case("metadata: table cells split by tabs", "metadata", _in_line("索引号\t1/2021-1\t", "", "x"),
             rules=(metadata.extract_labeled_fields,)),
        Case("metadata: a label, a gap run, no value", "metadata", _in_line("\t", "发布机构", ""),
             rules=(metadata.extract_labeled_fields,)),
        Case("metadata: an English gloss run", "metadata", _in_line("a", "索引号 Index", "：1"),
             rules=(metadata.extract_labeled_fields,)),
        Case("metadata: bracketed pairs", "metadata", _in_line("【访问量：1】", "", ""),
             rules=(metadata.extract_labeled_fields,)),
        Case("metadata: title wrapped over lines", "metadata", _lines("卫生健康委员会关于印发全市", "\n工作要点的通知"),
             rules=(metadata.find_title,)),
        Case("metadata: signers after a document number", "metadata", _in_line("　签发人：张三", "江卫〔2021〕12号", ""),
             rules=(metadata.find_header_fields,)),
        Case("metadata: credit names and gaps", "metadata", _in_line(" 张明", "\n编辑：", "\n"), rules=(metadata.drop_credit_lines,)),
        Case("metadata: credit cells repeated", "metadata", _in_line("编辑｜张明 ", "\n", ""), rules=(metadata.drop_credit_lines,)),
        Case("metadata: byline names before text", "metadata", _in_line(" 张明", "\n本报讯（记者", "）全市召开会议。"),
             rules=(metadata.drop_credit_lines,)),
        Case("metadata: issuer run before a date", "metadata", _in_line("局", "\n江岭市", " 2021-03-31"),
             rules=(metadata.extract_issuer_date_rows,)),
        Case("metadata: gap run before a title date", "metadata", _in_line(" ", "\n关于做好工作的通知", "2021-03-31"),
             rules=(metadata.find_title,)),
        Case("metadata: source notes repeated", "metadata", _in_line("。（来源：国务院", "推动发展", "）"),
             rules=(metadata.drop_glued_source_notes,)),
        Case("layout: lines ending on a comma", "layout", _lines("加强领导，"), rules=(layout.join_broken_sentences,)),
        Case("layout: lone opening brackets", "layout", _lines("\uff08"), rules=(layout.join_lone_opening_marks,)),
        Case("layout: quotations opened at line ends", "layout", _lines("成果找市场\u201c双向"),
             rules=(layout.join_broken_quotations,)),
        Case("numbering: level-one headings", "numbering", _lines("一、甲"), weight=2, rules=(numbering.repair_outline,)),
        Case("numbering: mixed levels", "numbering", _lines("一、甲\n（二）乙"), weight=2,
             rules=(numbering.repair_outline,)),
        Case("numbering: bare numerals", "numbering", _lines("三加强领导"), weight=2, rules=(numbering.repair_outline,)),
        Case("numbering: doubled and look-alike markers", "numbering", _lines("（三）（三）甲\nニ、乙", "1O.丙"), weight=2,
             rules=(numbering.repair_outline,)),
        Case("quote: pairs turned round or doubled", "quote",
             _lines("\u201d\u7532\u201c\u4e59\u300b\u4e19\u300a\u300a\u4e01\u300b\u2018\u620a\u2019"), weight=2,
             rules=(quote.repair_quote_pairs, quote.repair_title_pairs)),
        Case("quote: document names in quotation marks", "quote",
             _lines("\u6839\u636e\u201c\u5173\u4e8e\u7532\u7684\u610f\u89c1\u201d\u201c\u5173\u4e8e"), weight=2,
             rules=(quote.flag_quoted_titles,)),
        Case("numbering: other brackets, widths, digits, swaps", "numbering",
             _lines("\u3010\u4e8c\u3011\u7532\n3\u3001\u4e59\n\uff08\uff13\uff09\u4e19", "\u7b2c9\u6761\u3000\u4e01"),
             weight=2, rules=(numbering.repair_outline,)),
        Case("numbering: glued markers in a gap", "numbering", _lines("一、甲。二、乙。二、丙", "四、丁"), weight=2,
             rules=(numbering.repair_outline,)),
        Case("numbering: inline lists", "numbering", _in_line("一是甲。二是乙。二是丙。", "中", "。"),
             rules=(numbering.repair_outline,)),
        Case("numbering: markers broken over lines", "numbering", _lines("第\n三条\u3000甲\n二\n、乙\n（\n三）丙"), weight=2,
             rules=(numbering.repair_marker_slips,)),
        Case("numbering: dashes, look-alike and lost units", "numbering",
             _lines("第十-条\u3000甲\n第十二余\u3000乙\n十三条\u3000丙\n第十四\u3000丁\n第十五条条\u3000戊\n（-）己\n（二）、，庚"),
             weight=2, rules=(numbering.repair_marker_slips,)),
        Case("numbering: long numerals before a unit slip", "numbering",
             lambda n: document("第" + "十" * n + "余\u3000甲\n第二条\u3000乙"), weight=2,
             rules=(numbering.repair_marker_slips,)),
        Case("numbering: empty brackets", "numbering", _lines("（1）甲\n（）乙"), weight=2,
             rules=(numbering.repair_outline,)),
        Case("numbering: a long shifted tail", "numbering",
             lambda n: document("1.甲\n" + "\n".join(f"{k % 90 + 3}.乙" for k in range(max(1, n // 5)))),
             weight=2, rules=(numbering.repair_outline,)),
        Case("numbering: counts after a list", "numbering", _lines("1.甲\n2.乙\n3名干部受到表彰。\n三个务必"), weight=2,
             rules=(numbering.repair_outline,)),
        Case("numbering: lists under 一是", "numbering", _lines("一是甲：\n1.乙\n2.丙"), weight=2,
             rules=(numbering.repair_outline,)),
        Case("numbering: articles under a long title run", "numbering",
             lambda n: document("\u300a" * n + "\n第三条\u3000甲\n第五条\u3000乙"), weight=2,
             rules=(numbering.repair_outline,)),
        Case("numbering: enclosed and half-bracket styles", "numbering",
             _lines("\u2460\u7532\n\u2461\u4e59\n\u2474\u4e19\n\u3222\u4e01\n1\uff09\u620a\n\u3014\u3015\u5df1", "\u4e09\u3000\u5e9a"),
             weight=2, rules=(numbering.repair_outline,)),
        Case("numbering: articles cited before items", "numbering",
             _lines("\u300a\u7532\u6cd5\u300b\u7b2c\u4e8c\u6761\u89c4\u5b9a\uff1a\n\uff08\u4e00\uff09\u4e59\n\uff08\u4e09\uff09\u4e19"),
             weight=2, rules=(numbering.repair_outline,)),
        Case("quote: doubled marks and whole lines turned round", "quote",
             _lines("\u201c\u201c\u7532\u201d\u201d\u300a\u300a\u4e59\u300b\u300b\u201d\u4e19\u201c\u201d\u4e01\u201c"),
             weight=2, rules=(quote.repair_quote_pairs, quote.repair_title_pairs)),
        Case("quote: apostrophe-like marks", "quote", _in_line("\uff07\u7532\uff07`\u4e59'\u2035"),
             rules=(quote.convert_straight_quotes,)),
        Case("quote: lone 》 framed or opening a sentence", "quote",
             _lines("\u4ee5\u7532\u4e59\u65b9\u6848\u300b\u4e3a\u3002\u4e19\u4e01\u6cd5\u300b\u89c4\u5b9a"),
             weight=2, rules=(quote.restore_title_mark,)),
        Case("quote: quoted names ending like a document", "quote",
             _in_line("\u5b9e\u65bd\u201c\u7532\u4e59\u4e19\u4e01\u6761\u4f8b\u201d"), rules=(quote.flag_quoted_titles,)),
        Case("dup: repeated sentences", "dup", _in_line("提升服务能力。", "", ""), rules=(dup.drop_repeated_sentences,)),
        Case("dup: repeated paragraphs", "dup", _lines("今天新增确诊病例0例。"),
             rules=(dup.drop_repeated_paragraphs, dup.flag_distant_repeats)),
        Case("dup: paragraphs repeated one apart", "dup", _lines("加强领导，压实责任，确保各项工作落到实处。\n其他。"),
             rules=(dup.drop_repeated_paragraphs,)),
        Case("dup: copies in the other width", "dup", _in_line("加强领导,压实责任.", "", ""), rules=(dup.drop_repeated_sentences,)),
        Case("dup: ASCII full stops after Han", "dup", _in_line("甲.", "", ""), rules=(dup.drop_repeated_sentences,)),
        Case("dup: blocks of two repeated", "dup", _lines("一是加强组织领导，确保落实。\n二是强化督促检查，确保实效。"),
             rules=(dup.drop_repeated_paragraphs,)),
        Case("dup: last sentence opening the next line", "dup",
             _lines("各单位要高度重视。要加强组织领导，压实工作责任。"), rules=(dup.drop_repeated_paragraphs,)),
        Case("dup: paragraphs repeated three apart", "dup",
             _lines("加强组织领导，压实工作责任，确保各项工作落到实处，不走过场。\n甲乙。\n丙丁。"), rules=(dup.drop_repeated_paragraphs,)),
        Case("dup: a clause doubled over and over", "dup", _in_line("加强组织领导，", "", "。"),
             rules=(dup.drop_repeated_sentences,)),
        Case("dup: copies closed by semicolons", "dup", _in_line("加强组织领导；", "", ""), rules=(dup.drop_repeated_sentences,)),
        Case("dup: one run with no sentence end", "dup", _in_line("加强组织领导压实责任", "", "。"),
             rules=(dup.drop_repeated_sentences,)),
        Case("dup: lines broken mid-sentence", "dup", _lines("加强组织领导，压实工作责任。加强组织"),
             rules=(dup.drop_repeated_sentences,)),
        Case("dup: page-break overlaps", "dup", _lines("各地要加强组织领导，压实工作责任。压实工作责任。"),
             rules=(dup.drop_repeated_paragraphs,)),
        Case("dup: numbered items out of sequence", "dup", _lines("（一）加强组织领导，压实工作责任。\n（二）强化督查。\n一、要求"),
             rules=(dup.drop_repeated_paragraphs,)),
        Case("dup: skeleton copies, spaced out", "dup", _lines("加 强 组 织 领 导 压 实 工 作 责 任 确 保 落 实"),
             rules=(dup.drop_skeleton_copies,)),
        Case("dup: skeleton, one long line of sentences", "dup", _in_line("加强基层组织领导，压实各方主体责任。", "", ""),
             rules=(dup.drop_skeleton_copies,)),
        Case("dup: skeleton, marks only", "dup", _in_line("，", "加强组织领导", "。"), rules=(dup.drop_skeleton_copies,)),
        Case("dup: skeleton, headings and lead-ins", "dup", _lines("（二）加强市场监管\n加强市场监管。各地要做好。"),
             rules=(dup.drop_skeleton_copies,)),
        Case("dup: a set-off quote above a paragraph of many sentences", "dup",
             _in_line("加强基层组织领导。", "【加强基层组织领导，压实各方主体责任】\n", "其他。"), rules=(dup.drop_skeleton_copies,)),
        Case("dup: teasers, numbered and glued lead sentences", "dup",
             _lines("加强领导，压实责任，确保落实。\n（一）加强领导，压实责任，确保落实。\n全年完成。深化公立医院综合改革。\n深化公立医院综合改革。其他。"),
             rules=(dup.drop_repeated_paragraphs, dup.drop_skeleton_copies)),
        Case("ads: contact with a space run", "ads", _in_line(" ", "代写文章微信", "x"),
             rules=(ads.drop_solicitation_lines, ads.drop_inline_solicitations)),
        Case("ads: bracketed ads", "ads", _in_line("(代写文章:微信:13258028938)", "支援宿州", "、蚌埠。"),
             rules=(ads.drop_inline_solicitations,)),
    ] + _ads()


_ADS = (ads.drop_solicitation_lines, ads.drop_inline_solicitations)


def _ads() -> list[Case]:
    """Runs aimed at the ad cues: each text holds an ad-only cue (代写, 范文) so the rules look."""
    runs = {
        "channels": ("微信/QQ/", "代写", "xz666"), "channel letters": ("V:", "代写", "x"),
        "dotted domain": ("a.", "范文 www.", "com"), "e-mail local part": ("a", "代写 ", "@qq.com"),
        "digit-dash": ("138-", "代写", "0013"), "reply keyword": ("回复\u201c", "范文", "\u201d获取"),
        "site names": ("公文宝", "代写", "网"), "openers of every type": ("(【〖「『[{<\u3014", "代写", "x"),
        "closers": (")】〗」』]}>\u3015", "代写", "x"), "nested brackets": ("【代写（微信：xz666）", "", "】"),
        "bracketed sentences": ("(代写材料:微信xz666)。", "全力支援", ""), "full stops": ("\u3002", "代写", "微信:xz666"),
        "glued ads": ("。代写材料微信:xz666", "工作", ""), "free-material verbs": ("领取获取", "代写", "全文"),
        "channel gaps": ("微信同号 ", "代写", "13800138000"),
        # the shapes of cleaner/adshapes.py
        "spelled-out dots": ("ab【点】", "本站 www【点】", "com"), "spaced dots": ("a . ", "侵删 ", "cn"),
        "spaced digits": ("1 ", "薇:", "9"), "evasive channels": ("V❤威xin扣扣", "代写", "x"),
        "takedown clauses": ("如有侵权", "本站", "删除"), "site voices": ("本站本号小编", "侵删", ""),
        "taking-on verbs": ("承接", "代写", "材料"), "platform markers": ("抖音搜索:", "代写", "写作"),
        "reply keywords for material": ("回复\u201c资料", "本站", "\u201d领取"),
        "promotions": ("更多", "本站", "写作干货"), "labels": ("声明:", "侵删", ""),
        # round 4: separated channels and numbers, hosts with ideographic dots, links, prices,
        # trades, a seller's voice, document sites, keywords, and runs of cues spliced into a sentence
        "separated channels": ("薇 信 ", "代写", "x"), "separated mobile groups": ("138.0000.", "代写", "1111"),
        "ideographic-dot hosts": ("a\u3002", "本站 ", "com"), "link labels": ("访问", "代写 ", "a.com"),
        "site links": ("访问豆丁网", "代写", ""), "prices": ("300元/篇", "包过", ""),
        "trades": ("文稿服务热线", "代写", ""), "seller voices": ("私信我 ", "代写", ""),
        "document sites": ("精品文档", "侵删", ""), "keywords": ("后台发送\u201c总结\u201d", "", "获取"),
        "account searches": ("搜索\u300c", "代写", "x"), "cue runs": ("代写，微信xz666，", "工作", "推进"),
        "weak cue chains": ("下载领取关注", "代写", "推进"),
    }
    cases = [Case(f"ads: run of {what}", "ads", _in_line(run, left, right), rules=_ADS)
             for what, (run, left, right) in runs.items()]
    cases += [Case("ads: ad lines", "ads", _lines("代写材料 微信：xz666"), rules=_ADS),
              Case("ads: repost-note lines", "ads", _lines("本文由好范文网整理，仅供学习参考"), rules=_ADS),
              Case("ads: paragraphs with glued ads", "ads", _lines("加强领导。本文由好范文网整理"), rules=_ADS)]
    # round 7: the identifiers and lists of cleaner/adforeign.py (drop_foreign_segments)
    foreign = {"digit groups": ("1-", "咨询热线", "2"), "dotted hosts": ("a.", "下载 http://", "com"),
               "IP quads": ("1.2.", "下载 ", "3"), "handles": ("@a", "关注", ""), "hash tags": ("#a", "关注", "#"),
               "letter-digit ids": ("a1", "联系", ""), "wrapped tokens": ("\u20acAb3", "复制", "\u20ac"),
               "list separators": ("搬家 ", "搬家公司", "电话"), "enclosed digits": ("\u2776", "薇:", "")}
    cases += [Case(f"ads: foreign run of {what}", "ads", _in_line(run, left, right), rules=(ads.drop_foreign_segments,))
              for what, (run, left, right) in foreign.items()]
    cases += [Case("ads: foreign lines", "ads", _lines("USDT承兑 飞机:@usdt_zs"), rules=(ads.drop_foreign_segments,))]
    return cases


def _latin1(text: str) -> str:
    """UTF-8 read as Latin-1."""
    return text.encode("utf-8").decode("latin-1")


def _gbk_latin1(text: str) -> str:
    """GBK read as Latin-1."""
    return text.encode("gbk").decode("latin-1")


def _garbled_and_long_lines() -> list[Case]:
    return [
        Case("garbled: '?' run without Chinese around", "garbled", _in_line("?", "a", "b"),
             rules=(garbled.flag_question_marks_in_words,)),
        Case("garbled: symbol run", "garbled", _in_line("~", "乡", "市"), rules=(garbled.flag_symbol_runs,)),
        Case("garbled: boxes", "garbled", _in_line("\u25a1", "某", "人"), rules=(garbled.flag_symbol_runs,)),
        Case("garbled: replacement characters", "garbled", _in_line("\ufffd锟斤拷"), rules=(garbled.flag_replacement_characters,)),
        Case("garbled: private use", "garbled", _in_line("\ue000"), rules=(garbled.flag_private_use_characters,)),
        Case("encoding: Latin-1 mojibake in turns with Chinese", "encoding",
             lambda n: document(("中文" + _latin1("工作")) * max(1, n // 8)), rules=(encoding.repair_mojibake,),
             before="500 pairs in 9 s, 2,000 in 9 min (difflib)"),
        Case("encoding: short lines of Latin-1 mojibake in turns", "encoding",
             lambda n: document("\n".join([("中中中" + _latin1("中")) * 25] * max(1, n // 100))),
             rules=(encoding.repair_mojibake,), before="100 lines of 600 characters in 41 s (difflib per line)"),
        Case("encoding: a line of Latin-1 mojibake", "encoding", lambda n: document(_latin1(repeat("工作要点，", n // 3))),
             rules=(encoding.repair_mojibake,)),
        Case("encoding: GBK mojibake", "encoding", lambda n: document(("工作要点" * max(1, n // 4)).encode("utf-8").decode("gbk", "replace"))),
        Case("encoding: control characters", "encoding", _in_line("\x00\x0c")),
        Case("garbled: '??' runs between Chinese", "garbled", _in_line("中??"),
             rules=_WIDEN + (garbled.flag_question_marks_in_words,)),
        Case("garbled: '？？' runs in a clause that asks", "garbled", _in_line("中？？", "为什么"),
             rules=(garbled.flag_question_marks_in_words,)),
        Case("encoding: GBK read as Latin-1 in turns with Chinese", "encoding",
             lambda n: document(("中文" + _gbk_latin1("工作")) * max(1, n // 6)),
             rules=(encoding.repair_mojibake, garbled.flag_mojibake)),
        Case("encoding: GBK and UTF-8 read as Latin-1 in turns", "encoding",
             lambda n: document(("中文" + _gbk_latin1("工作") + "中" + _latin1("工作")) * max(1, n // 16)),
             rules=(encoding.repair_mojibake, garbled.flag_mojibake)),
        Case("encoding: a line of GBK read as Latin-1", "encoding",
             lambda n: document("中" + _gbk_latin1(repeat("工作要点", n // 2)) + "x"),
             rules=(encoding.repair_mojibake, garbled.flag_mojibake)),
        Case("long line: Chinese, no break", "space", _in_line("中文", "", "。")),
        Case("long line: ASCII letters", "punct", _in_line("a", "", "")),
        Case("long line: letters before an @", "punct", _in_line("a", "联系", "@")),
        Case("long line: www. repeated", "punct", _in_line("www.", "见", "，")),
        Case("long line: URL", "punct", _in_line("a", "见http://", ",中")),
        Case("long line: '&#' repeated", "punct", _in_line("&#")),
        Case("references: in a row", "encoding", _in_line("&amp;", "中", "文"), rules=(encoding.decode_character_references,)),
        Case("references: escaped twice", "encoding", _in_line("&amp;lt;"), rules=(encoding.decode_character_references,)),
        Case("references: a query string", "encoding", _in_line("a=1&amp;", "见", "。"),
             rules=(encoding.decode_character_references,)),
        Case("references: a token of them", "encoding", _in_line("x&#65292;", "中", "。"),
             rules=(encoding.decode_character_references,)),
        Case("references: ampersands", "encoding", _in_line("&", "中", "。"), rules=(encoding.decode_character_references,)),
        Case("references: spaced", "encoding", _in_line("& nbsp ;", "中", "文"), rules=(encoding.decode_character_references,)),
        Case("references: spaced numeric", "encoding", _in_line("&# 1", "中", ";文"), rules=(encoding.decode_character_references,)),
        Case("references: escaped many times", "encoding", _in_line("&amp;amp;", "中", "nbsp;文"),
             rules=(encoding.decode_character_references,)),
        Case("references: mixed-case names", "encoding", _in_line("&MDash", "中", ";文"),
             rules=(encoding.decode_character_references,)),
        Case("references: stripped of their &", "encoding", _in_line("nbsp;", "中", "文"),
             rules=(encoding.decode_character_references,)),
        Case("references: bare names in a row", "encoding", _in_line("&mdash", "中", "文"),
             rules=(encoding.decode_character_references,)),
        Case("references: a long Latin word before ;", "encoding", _in_line("a", "中", ";文"),
             rules=(encoding.decode_character_references,)),
    ]


def _markup() -> list[Case]:
    return [
        Case("html: '<script' with no '>'", "html", _page_cut_off("<script"), rules=(html.extract_text, html.remove_navigation),
             before="21 KB in 8 s; 128 KB never finished"),
        Case("html: '<script>' never closed", "html", _in_page("<script>"), rules=(html.extract_text,)),
        Case("html: '<script a/>' self-closed", "html", _in_page("<script a/>"), rules=(html.extract_text,)),
        Case("html: '<script' before a '>'", "html", _in_page("<script"), rules=(html.extract_text,)),
        Case("html: '<!x' with no '>'", "html", _page_cut_off("<!x"), rules=(html.extract_text,)),
        Case("html: '<?x' with no '>'", "html", _page_cut_off("<?x"), rules=(html.extract_text,)),
        Case("html: unclosed comments", "html", _page_cut_off("<!--"), rules=(html.extract_text,)),
        Case("html: tags with no '>'", "html", _page_cut_off("<div"), rules=(html.extract_text, html.remove_navigation)),
        Case("html: navigation tags with no '>'", "html", _page_cut_off('<div class="nav"'),
             rules=(html.extract_text, html.remove_navigation)),
        Case("html: nested navigation divs", "html", _nested('<div class="nav">', "</div>"), weight=8,
             rules=(html.remove_navigation,), before="12,000 nested in 12 s, 24,000 in 48 s"),
        Case("html: nested navigation divs, empty", "html", _in_page('<div class="nav">', "</div>"),
             rules=(html.remove_navigation,)),
        Case("html: unclosed navigation divs", "html", _in_page('<div class="nav">'), rules=(html.remove_navigation,)),
        Case("html: deep nesting", "html", _nested("<div>", "</div>"), weight=4, rules=(html.extract_text,)),
        Case("html: nested hidden elements", "html", _nested('<div style="display:none">', "</div>"), weight=8,
             rules=(html.extract_text,)),
        Case("html: nested navigation lists", "html", _nested('<ul class="menu"><li>', "</li></ul>"), weight=8,
             rules=(html.remove_navigation,)),
        Case("html: '<meta' in the head", "html", lambda n: page("", head=repeat("<meta", n)),
             rules=(html.extract_page_metadata,)),
        Case("html: '<meta' with no '>'", "html", lambda n: "<html><head><title>" + TITLE + "</title>" + repeat("<meta", n),
             rules=(html.extract_page_metadata,)),
        Case("html: many distinct tag names, hidden", "html",
             lambda n: page("".join(f"<y{i} hidden>x</y{i}>" for i in range(max(1, n // 16)))),
             rules=(html.extract_text,), before="16,000 names (368 KB) in 55 s"),
        Case("html: many distinct tag names, navigation", "html",
             lambda n: page("".join(f'<y{i} class="nav">x</y{i}>' for i in range(max(1, n // 22)))),
             rules=(html.remove_navigation,), before="256 KB in 20 s"),
        Case("html: paragraphs", "html", _in_page("<p>正文。</p>"), rules=(html.extract_text,)),
        Case("html: entities", "html", _in_page("&nbsp;"), rules=(html.extract_text,)),
        Case("html: long tag", "html", lambda n: page("<span " + " " * n + ">正文</span>"), rules=(html.extract_text,)),
        Case("html: unclosed attribute quotes", "html", lambda n: page("<div " + repeat('id="x ', n) + ">正文</div>"),
             rules=(html.remove_navigation,)),
        Case("html: spaces in a text run", "html", lambda n: page("<p>正文" + " " * n + "内容</p>"),
             rules=(html.extract_text,)),
        Case("html: source line breaks", "html", lambda n: page("<p>正文" + " \n" * (n // 2) + "内容</p>"),
             rules=(html.extract_text,)),
    ]


def _user_phrases() -> list[Case]:
    return [
        Case("phrases: 返回顶部 repeated, then a stray mark", "chrome", _in_line("返回顶部", "", "。"), NESTED_PHRASES,
             rules=(chrome.drop_widgets,), before="26 × 返回顶部 never finished"),
        Case("phrases: 返回顶部 repeated", "chrome", _in_line("返回顶部", "", ""), NESTED_PHRASES,
             rules=(chrome.drop_widgets,)),
        Case("phrases: 返回 repeated, then 顶", "chrome", _in_line("返回", "", "顶"), NESTED_PHRASES,
             rules=(chrome.drop_widgets,)),
        Case("phrases: widget block of nested phrases", "chrome", _lines("返回顶部返回"), NESTED_PHRASES,
             rules=(chrome.drop_widgets,)),
        Case("phrases: nested ad phrases", "ads", _in_line("代理记账", "", "微信:13258028938"), NESTED_PHRASES,
             rules=(ads.drop_solicitation_lines, ads.drop_inline_solicitations)),
        # round 6: other trades' ads, Chinese-numeral contacts, tag clouds; look-alike scripts
        Case("ads: trade words repeated", "ads", _in_line("娱乐城官网", "", "微信:13258028938"), rules=_ADS),
        Case("ads: Chinese numerals after a channel", "ads", _in_line("一", "微信:", ""), rules=_ADS),
        Case("ads: a tag cloud of genres", "ads", _in_line("工作总结 ", "热门标签:", ""), rules=_ADS),
        Case("garbled: letters and digits", "garbled", _in_line("2O1l", "中", "年"), rules=(garbled.flag_lookalike_scripts,)),
        Case("garbled: base64-like run", "garbled", _in_line("5Yqg", "中", "年"), rules=(garbled.flag_lookalike_scripts,)),
        Case("garbled: dashes between Han", "garbled", _in_line("统—", "中", "步"), rules=(garbled.flag_lookalike_scripts,)),
        # round 7: line shapes (marks only, page addresses, cells around a date, ASCII key records)
        Case("chrome: a line of one mark", "chrome", _lines("—" * 40), rules=(chrome.drop_shaped_lines,)),
        Case("chrome: a long address path", "chrome", _in_line("a/", "http://a.gov.cn/", ""), rules=(chrome.drop_shaped_lines,)),
        Case("chrome: a row of link words", "chrome", _in_line("关于我们 | ", "", ""), rules=(chrome.drop_shaped_lines,)),
        Case("metadata: ASCII keys repeated", "metadata", _in_line("pubDate: 2021-03-31 ", "", ""),
             rules=(metadata.extract_shaped_rows,)),
        Case("metadata: cells around a date", "metadata", _in_line("政策 · ", "", "2021-03-31"),
             rules=(metadata.extract_shaped_rows,)),
        Case("metadata: label, mark, value cells", "metadata", _in_line("发布日期 » 2021-03-31\u3000", "", ""),
             rules=(metadata.extract_shaped_rows,)),
        # round 10: nested quotations, interface rows at the page's edge, a title's widget tail, glued dates
        Case("quote: quotations nested in double marks", "quote", _in_line("\u201c\u7532\u201c\u4e59\u201d\u4e19\u201d"),
             rules=(quote.convert_straight_quotes, quote.repair_mark_slips)),
        Case("quote: corner brackets nested", "quote", _in_line("\u300c\u7532\u300e\u4e59\u300f\u4e19\u300d"),
             rules=(quote.convert_straight_quotes,)),
        Case("quote: straight singles in straight doubles", "quote", _in_line("\"\u7532'\u4e59'\u4e19\""),
             rules=(quote.convert_straight_quotes,)),
        Case("chrome: interface cells at the page's top", "chrome", lambda n: repeat("分享 | 打印 | ", n) + "\n" + document("正文。"),
             rules=(chrome.drop_furniture,)),
        Case("chrome: widgets after the title", "chrome", lambda n: TITLE + repeat(" 打印 关闭", n) + "\n" + BODY + TAIL,
             rules=(chrome.drop_glued_widgets,)),
        Case("date: glued dates between date words", "date", _in_line("于2021329前，", "", ""),
             rules=(date.read_date_clusters,)),
        # round 11: year and month glued after a date word (cleaner/dateglue.py)
        Case("date: year and month glued after date words", "date", _in_line("于202106完成，", "", ""),
             rules=(date.insert_missing_year_mark,)),
    ]


CASES: tuple[Case, ...] = tuple(_punctuation() + _spacing() + _digits_and_brackets() + _structure()
                                + _garbled_and_long_lines() + _markup() + _user_phrases())
CASES_BY_NAME = {case.name: case for case in CASES}
assert len(CASES_BY_NAME) == len(CASES), "case names must be unique"


# ---- timing: the same for the test and the benchmark -------------------------------------

def run(case: Case, text: str, rule: Rule | None = None) -> None:
    """Clean ``text`` with the whole pipeline, or run ``rule`` alone on it (with a Context)."""
    if rule is None:
        clean(text, corpus=case.corpus)
    elif len(inspect.signature(rule).parameters) >= 2:
        list(rule(text, Context(corpus=case.corpus)))
    else:
        list(rule(text))


def forget_texts() -> None:
    """Clear every memo the cleaner keeps of texts it has seen (a document's lines, its ad
    scan, a line's statistics): a run on the same text again would read them back and time
    nothing (a rule quadratic in a line of figures took 3.4 s cold, 0.25 s warm). Memos of
    constants (a table, the numerals, compiled patterns of a corpus) and of single characters stay."""
    for name, module in list(sys.modules.items()):
        if not name.startswith("cleaner"):
            continue
        for fn in list(vars(module).values()):
            info = getattr(fn, "cache_info", None)
            if info is not None and getattr(fn, "__module__", None) == name and _takes_text(fn):
                fn.cache_clear()


def _takes_text(fn) -> bool:
    """A bounded memo keyed by a document, a line or a sentence (not by a character, a
    table's name or a configuration, whose memo a long run keeps warm as well)."""
    if fn.cache_info().maxsize is None:
        return False
    try:
        params = inspect.signature(fn.__wrapped__).parameters
    except (TypeError, ValueError, AttributeError):
        return False
    return any(p in params for p in ("text", "s", "seg", "line", "raw"))


def best_time(case: Case, n: int, repeats: int = 3, rule: Rule | None = None) -> float:
    """The fastest of ``repeats`` runs at size ``n`` (the text is built outside the timing),
    in CPU seconds of this process: other work on the machine does not count. Each run
    starts with no memo of the text (:func:`forget_texts`)."""
    text = case.build(case.size(n))
    best = float("inf")
    for _ in range(repeats):
        forget_texts()
        start = time.process_time()
        run(case, text, rule)
        best = min(best, time.process_time() - start)
    return best


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Raise TimeoutError when the block runs longer than ``seconds``, so a blow-up fails
    instead of hanging: the cleaner's own per-document budget (:mod:`cleaner.budget`)."""
    try:
        with budget.time_limit(seconds):
            yield
    except budget.DocumentTimeout as exc:
        raise TimeoutError(f"still running after {seconds:g} s") from exc
