"""Figures a machine broke on the way to the page, read from the figure token and its neighbours.

Helpers of :func:`cleaner.rules.figure.flag_figure_slips`, next to :mod:`cleaner.figureslips` and
:mod:`cleaner.figureshapes`. A spreadsheet, a CMS template or an OCR pass leaves marks no author
types: a binary floating-point residue (12.600000000000001%), scientific notation before a Chinese
unit (4.6525E+04万元), a spreadsheet error or an unrendered template value where the figure belongs
(#DIV/0!, NaN%, undefined万元), a multiplier read as a look-alike glyph (12.5力元, 4.2忆元), a
count zero-padded by a fixed-width cell (012所); and two slips of wording and pasting: an upper and
a lower bound said at once (近300余名) and a figure glued to the next with no word between
(12.5亿元32.6%). Which figure was meant is not in the text: flag, never fix.

Narrowed after the round-15 review (tests/test_rules_review_r15.py): a misread multiplier only
after a figure of six integer digits at most (13800138000方元 is a phone number and a name) and
not before 人工 (回填3000方人工配合: 方 is cubic metres). Withdrawn: an amount of money in a unit
of another dimension (外商投资达1.2万家, 预算1.5万个项目单位 are counts of firms and units).

Every pattern is built of bounded or possessive runs with no nested quantifier: linear.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from cleaner import chars

_PUNCT_BEFORE = chars.IDEOGRAPHIC_COMMA + chars.FULLWIDTH_COMMA + chars.FULLWIDTH_COLON + chars.FULLWIDTH_SEMICOLON
# What a figure measures: a multiplier and a unit, a measure word, a percent sign.
_UNIT = (r"(?:万亿|亿|万|千)?+(?:元|人次|人|户|家|个|名|所|项|座|处|台|辆|支|条|件|吨|亩|平方米|公里|[%\uff05])")
# A binary floating-point residue: twelve decimals or more with a run of eight zeros and a last
# digit or two (0.1 + 0.2 = 0.30000000000000004), or a run of eight nines (0.7 + 0.1 =
# 0.7999999999999999). A measured decimal never carries such a run.
_FLOAT_RESIDUE = regex.compile(r"(?<![\d.])\d++\.(?=\d{12})\d*?(?:0{8,}+[1-9]\d{0,2}+|9{8,}+\d{0,3}+)(?!\d)")
# Scientific notation before a Chinese unit (a cell too narrow for the figure): 4.6525E+04万元.
# Not a model or a code: nothing alphanumeric before the mantissa.
_SCIENTIFIC = regex.compile(rf"(?<![\dA-Za-z.])\d(?:\.\d++)?+[Ee][+]?\d{{1,2}}+(?={_UNIT})")
# A spreadsheet error value (the ! may have been widened already), or a template's empty value
# rendered as text between a Han word and the unit of the figure it stands for.
_SHEET_ERROR = regex.compile(r"#(?:DIV/0|VALUE|REF|NUM|NULL|NAME)[!\uff01?\uff1f]|#N/A|#{3,}+(?=" + _UNIT + ")")
_TEMPLATE_VALUE = regex.compile(rf"(?<=[{chars.CJK}])(?:NaN|undefined|null|None)(?={_UNIT})")
# A multiplier of 元 / 人 / 户 read by OCR as a glyph that is no multiplier (万: 力 方 历 刀; 亿: 忆
# 乙 化): the place before 元 holds only a multiplier or a currency, never these. 3方人员 (the staff
# of three parties) is a word of its own, and so is 人工 (3000方人工: cubic metres by hand). A
# figure of seven integer digits or more is a phone number or a code, no amount (电话…方元, a name).
_MISREAD_MULTIPLIER = regex.compile(
    r"(?<![\d.])\d{1,6}+(?:\.\d++)?+[力方历刀忆乙化](?:元|人次|户|人(?![员士马工]))")
# A count padded with zeros to a fixed width: 012所, 0086家. Not a code, an ordinal, an issue or
# a clock time (第05期, 编号001, 03号, 09时): the figure follows a Han word or a comma and is
# measured by a measure word or a unit; a leading zero before a decimal point is a decimal.
_ZERO_PADDED = regex.compile(
    rf"(?<=[\p{{Han}}{_PUNCT_BEFORE}])(?<![第号期编码序卷版届])0++[1-9]\d{{0,5}}+(?![\d.])(?={_UNIT}(?![号期版届]))")
# An upper and a lower bound at once: 近300余名, 超过120多家, 逾35余名 (近 / 逾 / 超过 say "just under"
# or "over"; 余 / 多 say "over"; one figure cannot be both, and two overs say it twice).
_TWO_BOUNDS = regex.compile(rf"(?:将近|接近|超过|近|逾)\d++(?:\.\d++)?+[余多](?={_UNIT})")
# A figure with its unit glued to the next figure with its unit, no word or mark between: the
# words of a change (同比增长) or a comma lost. The two share their unit (2400万元24.6万元), or an
# amount runs into a rate (12.5亿元32.6%). Two units of one population are a real pair
# (20.9万户69.3万人: households and their people); a rate per head is no slip (每10万人5名).
_GLUED = regex.compile(
    r"(?<![\d.每均])\d++(?:\.\d++)?+"
    r"(?:(万元|亿元|万人次|万人|万吨|万亩|万户|[%\uff05])\d++(?:\.\d++)?+\1"
    r"|(?:万元|亿元|元)\d++(?:\.\d++)?+[%\uff05])")

_SHAPES = (
    (_FLOAT_RESIDUE, "figure carries a floating-point residue"),
    (_SCIENTIFIC, "figure in scientific notation"),
    (_SHEET_ERROR, "spreadsheet error where a figure belongs"),
    (_TEMPLATE_VALUE, "template value where a figure belongs"),
    (_MISREAD_MULTIPLIER, "multiplier of the unit misread"),
    (_ZERO_PADDED, "count padded with zeros"),
    (_TWO_BOUNDS, "approximation bounded both ways"),
    (_GLUED, "figure glued to the next figure"),
)


def slips(line: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, reason) of the figure tokens of one line that a machine or a paste broke.

    >>> line = "增长12.600000000000001%，投资4.6525E+04万元，完成率#DIV/0！，增长NaN%，总投资4.2忆元。"
    >>> [line[s:e] for s, e, _ in slips(line)]
    ['12.600000000000001', '4.6525E+04', '#DIV/0！', 'NaN', '4.2忆元']
    >>> [line[s:e] for line in ["新建学校012所，培训近300余名，完成投资12.5亿元32.6%。"] for s, e, _ in slips(line)]
    ['012', '近300余', '12.5亿元32.6%']
    >>> [line[s:e] for line in ["外商投资达1.2万家，回填3000方人工配合，电话13800138000方元，新增就业900方人。"] for s, e, _ in slips(line)]
    ['900方人']
    >>> list(slips("3方人员到场，识别监测对象20.9万户69.3万人，补助1.2万人次，刊发于第05期，编号001，3#楼，近300名，300余名，每10万人5名，东经120.123456，12.5亿元、32.6%，100美元。"))
    []
    """
    for pattern, reason in _SHAPES:
        for m in pattern.finditer(line):
            yield m.start(), m.end(), f"{reason}: {m.group()}"


def row_of_cells(number: str) -> bool:
    """Is a run of space-separated digits (``6292 8923 41.8``) a table row's cells rather than one
    figure broken by spaces? Three numbers or more where a later one is not a group of three
    digits: a figure broken apart keeps its later groups of three (1 234 567) or is cut once."""
    groups = number.split()
    return len(groups) >= 3 and any(len(g) != 3 for g in groups[1:])
