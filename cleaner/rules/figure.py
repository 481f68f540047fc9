"""Figures a reviewer must check: the tool points at them and never guesses a number.

Flags only. Each names the figure and what is wrong with it: a count with no measure word
("81医务人员"), an amount no statistician writes or far out of scale with its total, a part
larger than its total, a share above 100%, a number broken by a space or a stray letter.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import regex

from cleaner import chars
from cleaner.data import phrases
from cleaner.docmodel import lines
from cleaner.scanning import LastMark, Occurrences
from cleaner.textutil import alternation, only_if
from cleaner.types import Flag

# ---- counts without their measure word -------------------------------------------------

_AFTER_NUMBER = regex.compile(alternation(w for line in phrases("after_number") for w in line.split()))
# A figure inside prose: after a Han character or CJK punctuation, before a Han character;
# not an ordinal, nor the number of a table, a road or a model ("附表2", "国道318").
_BARE_FIGURE = regex.compile(
    rf"(?<=[{chars.CJK}])(?<!第|附表|附件|附图|表|图|国道|省道|县道|编号|代号|型号)\d++(?:\.\d++)?(?=[{chars.HAN}])"
)
_FOLLOWING_WORD = regex.compile(rf"[{chars.HAN}]{{1,4}}")
# Numbers that are names, not counts: codes with a leading zero, versions ("2.0"),
# hotlines (110, 12345, 95598), years, long codes.
_NAME_LIKE = regex.compile(r"0\d+|\d+\.0|1[12]\d|12\d{3}|9[56]\d{3,4}|(?:19|20)\d\d|\d{7,}")


def flag_missing_measure_words(text: str) -> Iterator[Flag]:
    """A count followed by a noun with no measure word between them is flagged ("81医务人员").

    Accepted after a figure: measure words and units (个, 名, 家, 万元, 人次 ...), time
    words, ranges ("3至5"), and the nouns of named programmes ("985工程", "12345热线");
    the list is ``cleaner/data/after_number.txt``. Years and hotline numbers are names.

    >>> [(text, f.reason) for text in ["推进81医务人员下沉基层"]
    ...  for f in flag_missing_measure_words(text)]  # doctest: +NORMALIZE_WHITESPACE
    [('推进81医务人员下沉基层', 'count 81 stands before 医务人员 with no measure word (个, 名, 家 ...):
      a character is probably lost')]
    >>> list(flag_missing_measure_words("组建80人援沪医疗队，拨打12345热线，2022年以来"))
    []
    """
    quoted = _Quoted(text)
    for m in _BARE_FIGURE.finditer(text):
        if _AFTER_NUMBER.match(text, m.end()) or _NAME_LIKE.fullmatch(m.group()) or quoted.at(m.start()):
            continue
        word = _FOLLOWING_WORD.match(text, m.end()).group()
        yield Flag(m.start(), m.end() + len(word),
                   f"count {m.group()} stands before {word} with no measure word (个, 名, 家 ...): "
                   "a character is probably lost")


_QUOTE_OR_BREAK = regex.compile(f"[\n{chars.LEFT_DOUBLE_QUOTE}{chars.RIGHT_DOUBLE_QUOTE}]")


class _Quoted:
    """Is a position inside “…” on its line (a slogan or a name: "保7争6", "40桥24隧")?

    It is when the last “, ” or line end before it is a “. Positions are asked about left
    to right, so the text is read once, not back to the line start per figure.
    """

    def __init__(self, text: str):
        self.text = text
        self._read, self._last = 0, ""  # read up to, and the last mark seen before there

    def at(self, i: int) -> bool:
        if i < self._read:
            self._read, self._last = 0, ""
        for m in _QUOTE_OR_BREAK.finditer(self.text, self._read, i):
            self._last = m.group()
        self._read = i
        return self._last == chars.LEFT_DOUBLE_QUOTE


# ---- amounts and their totals ------------------------------------------------------------

_MULTIPLIER = {"": 1, "千": 1e3, "万": 1e4, "亿": 1e8, "万亿": 1e12}
# Additive units: a part and its total share one of these ("万元" = 万 + 元).
_QUANTITY = regex.compile(
    r"(?<![\d.])(?<!第)(?P<num>\d++(?:\.\d++)?)(?P<mult>万亿|亿|万|千)?"
    r"(?P<unit>人次|户次|剂次|平方米|公里|千米|吨|亩|[元个名人家所项件台辆张座条支批户间套处床剂例管份])"
)
_SENTENCE = regex.compile(r"[^\n\u3002\uff01\uff1f]+")
_BETWEEN_TOTAL_AND_PARTS = regex.compile(rf"[\s{chars.CJK_PUNCT}]{{0,2}}其中")
# A breakdown ends at a semicolon: Chinese reports chain independent figures with it.
_BREAKDOWN_END = regex.compile(rf"[{chars.FULLWIDTH_SEMICOLON};]|其中")
# The clause of a total that is not a total: an average, a change, a comparison.
_NOT_A_TOTAL = ("年均", "平均", "人均", "每", "比", "增加", "增长", "提高", "减少", "下降", "降低", "超过", "多于")
_CLAUSE_START = regex.compile(rf"[{chars.CJK_PUNCT}]")
# A figure right after 由/从 is the old value of a change ("由40元提高到80元"), not a part.
_OLD_VALUE = regex.compile(r"(?:由|从)\s?\Z")


@dataclass(frozen=True, slots=True)
class _Quantity:
    start: int
    end: int
    text: str
    value: float
    unit: str
    tolerance: float  # half a unit of the last written digit, in the same scale as value


def _quantity(m: regex.Match, offset: int) -> _Quantity:
    num = m.group("num")
    scale = _MULTIPLIER[m.group("mult") or ""]
    decimals = len(num.partition(".")[2])
    return _Quantity(offset + m.start(), offset + m.end(), m.group(), float(num) * scale,
                     m.group("unit"), 0.5 * 10 ** -decimals * scale)


def _breakdowns(text: str) -> Iterator[tuple[_Quantity, list[_Quantity]]]:
    """(total, parts of the same unit) for each "… N unit，其中 … parts" in a sentence."""
    for sentence in _SENTENCE.finditer(text):
        s = sentence.group()
        if "其中" not in s:
            continue
        quantities = [_quantity(m, sentence.start()) for m in _QUANTITY.finditer(s)]
        clause_start, not_a_total = LastMark(_CLAUSE_START, s), None  # read once per sentence
        for i, total in enumerate(quantities):
            local_start, local_end = total.start - sentence.start(), total.end - sentence.start()
            opening = _BETWEEN_TOTAL_AND_PARTS.match(s, local_end)
            if not opening:
                continue
            if not_a_total is None:
                not_a_total = Occurrences(_NOT_A_TOTAL, s)
            if not_a_total.within(clause_start.end_before(local_start), local_start):
                continue  # the clause of the total is an average, a change, a comparison
            end = _BREAKDOWN_END.search(s, opening.end())
            parts = _parts(text, quantities, i, sentence.start() + (end.start() if end else len(s)))
            if parts:
                yield total, parts


def _parts(text: str, quantities: list[_Quantity], i: int, limit: int) -> list[_Quantity]:
    """The quantities after ``quantities[i]`` and before ``limit`` that are parts of it (its
    unit, not an old value). They are in text order: the walk stops at ``limit``, it does
    not filter every quantity after each total (quadratic in a long sentence)."""
    total, parts = quantities[i], []
    for k in range(i + 1, len(quantities)):
        q = quantities[k]
        if q.end > limit:
            break
        if q.unit == total.unit and not _OLD_VALUE.search(text[max(0, q.start - 2):q.start]):
            parts.append(q)
    return parts


def flag_parts_exceeding_total(text: str) -> Iterator[Flag]:
    """In "共 N，其中 …" a part larger than N, or parts adding up to more than N, are flagged.

    Parts count only when they share the total's unit; the running sum stops at the first
    part that makes it equal to the total, so a sentence going on to other figures is fine.

    >>> [f.reason for f in flag_parts_exceeding_total("检测能力达20.9万管，其中移动1.4万管，固定19.5万管。")]
    []
    >>> [f.reason for f in flag_parts_exceeding_total("共接诊120人，其中儿童150人。")]
    ['part 150人 is larger than its total 120人']
    >>> [f.reason for f in flag_parts_exceeding_total("共有医院30家，其中三级12家，二级21家。")]
    ['parts add up to 33家, more than the total 30家 (unless the categories overlap)']
    """
    for total, parts in _breakdowns(text):
        running, tolerance = 0.0, total.tolerance
        for part in parts:
            if part.value > total.value + part.tolerance + total.tolerance:
                yield Flag(part.start, part.end, f"part {part.text} is larger than its total {total.text}")
                break
            running += part.value
            tolerance += part.tolerance
            if abs(running - total.value) <= tolerance:
                break
            if running > total.value + tolerance:
                yield Flag(part.start, part.end, f"parts add up to {_spell(running, total)}, "
                                                 f"more than the total {total.text} (unless the categories overlap)")
                break


def _spell(value: float, like: _Quantity) -> str:
    """``value`` written in the multiplier and unit of ``like`` ("33家", "21.3万元")."""
    mult = regex.match(r"[\d.]+(万亿|亿|万|千)?", like.text).group(1) or ""
    number = value / _MULTIPLIER[mult]
    return f"{number:.4f}".rstrip("0").rstrip(".") + mult + like.unit


_OVERPRECISE = regex.compile(r"(?<![\d.])\d++\.(?P<decimals>\d{3,}+)(?:万亿|亿|万)[元人户个]?")


@only_if(pattern=r"\d\.\d{3,}+(?:\u4e07|\u4ebf)")  # 万 or 亿 after 3+ decimals
def flag_implausible_amounts(text: str) -> Iterator[Flag]:
    """An amount in 万/亿 written to the yuan, or such an amount far below its total, is flagged.

    Statistics give 万元 and 亿元 to two decimals at most; "1.4025万元" (= 14025元) is
    almost always a misplaced decimal point. Four or more decimals are flagged alone; three
    when the amount is also under a thousandth of the total it belongs to.

    >>> [f.reason for f in flag_implausible_amounts("总投资46525万元，其中：开工项目7个，总投资1.4025万元。")]
    ['1.4025万元 gives 4 decimals of 万 (14025 units), which no statistic writes: a misplaced decimal point?; it is 1/33,173 of the total 46525万元 stated before 其中']
    >>> list(flag_implausible_amounts("登记金额160.17亿元，累计检测1830.2万人次。"))
    []
    """
    totals = {(p.start, p.end): t for t, parts in _breakdowns(text) for p in parts}
    for m in _OVERPRECISE.finditer(text):
        quantity = _QUANTITY.match(text, m.start())
        total = totals.get((m.start(), quantity.end())) if quantity else None
        decimals = len(m.group("decimals"))
        out_of_scale = total is not None and _quantity(quantity, 0).value * 1000 < total.value
        if decimals < 4 and not out_of_scale:
            continue
        units = float(m.group().rstrip("元人户个").translate({ord("万"): None, ord("亿"): None}))
        scale = 1e4 if "万" in m.group() and "亿" not in m.group() else 1e8
        reason = (f"{m.group()} gives {decimals} decimals of {'万' if scale == 1e4 else '亿'} "
                  f"({units * scale:.0f} units), which no statistic writes: a misplaced decimal point?")
        if out_of_scale:
            ratio = total.value / _quantity(quantity, 0).value
            reason += f"; it is 1/{ratio:,.0f} of the total {total.text} stated before 其中"
        yield Flag(m.start(), m.end(), reason)


# ---- shares that cannot pass 100% ---------------------------------------------------------

_CAPPED_RATE = regex.compile(
    rf"(?P<rate>{alternation(phrases('capped_rates'))})"
    rf"(?P<gap>[^\n{chars.CJK_PUNCT}\d]{{0,8}})"
    r"(?P<num>\d++(?:\.\d++)?)\s?[%\uff05]"
)
_RELATIVE_CHANGE = regex.compile(r"提高|提升|增长|增加|上升|下降|降低|减少|超过")
_ABSOLUTE = regex.compile(r"[到至为达]")


@only_if("%", "\uff05")
def flag_impossible_percentages(text: str) -> Iterator[Flag]:
    """A share that cannot pass 100% (覆盖率, 占比, 知晓率 ...) given above 100% is flagged.

    Rates that can pass 100 (完成率, 增长率, 使用率) are not in the list
    ``cleaner/data/capped_rates.txt``; a relative change ("覆盖率提高120%") is not a level.

    >>> [f.reason for f in flag_impossible_percentages("城市医联体覆盖率达120%，完成率109.5%。")]
    ['覆盖率 cannot exceed 100%, but reads 120%']
    """
    for m in _CAPPED_RATE.finditer(text):
        gap = m.group("gap")
        if float(m.group("num")) <= 100 or (_RELATIVE_CHANGE.search(gap) and not _ABSOLUTE.search(gap)):
            continue
        yield Flag(m.start(), m.end(), f"{m.group('rate')} cannot exceed 100%, but reads {m.group('num')}%")


# ---- numbers broken apart ---------------------------------------------------------------

_UNIT_AHEAD = r"(?=\s?(?:万亿|亿|万|千)?(?:[元个名人家所项件次台辆张座条支批户间套处床剂例管份吨亩%\uff05]|平方米|公里))"
# Runs of digits and spaces are possessive: what follows each (a space, a point, a letter,
# a unit) cannot be a digit or a space, so giving part of a run back never helps, and a
# long run tried every way ("1O" + 16,000 digits) was quadratic.
_BROKEN_NUMBER = regex.compile(
    rf"(?<=[{chars.CJK}]\s?)(?<![\d.A-Za-z])"
    r"(?:"
    r"\d++(?:[ \u00a0]++\d++)++(?:\.\d++)?" + _UNIT_AHEAD +   # "46 525万元"
    r"|\d++(?:\.[ \u00a0]++|[ \u00a0]++\.)\d++" + _UNIT_AHEAD +  # "1. 5亿元"
    r"|\d++[OoIl]\d[OoIl\d]*+" + _UNIT_AHEAD +                # "2O21年" style letters in digits
    r"|\d++\.\d++\.\d++" + _UNIT_AHEAD +                       # "1.40.25万元"
    r")"
)


@only_if(pattern=r"\d(?:[ \u00a0]++(?:\.[ \u00a0]*+)?|\.[ \u00a0]++)\d|\d[OoIl]\d|\d\.\d++\.\d")
def flag_broken_numbers(text: str) -> Iterator[Flag]:
    """A figure broken by a space, a stray letter or a second decimal point is flagged.

    Only before a unit or a measure word, where the pieces cannot be a list or a date.

    >>> [f.reason for f in flag_broken_numbers("总投资46 525万元，完成1O0个，计1.40.25万元。")]  # doctest: +NORMALIZE_WHITESPACE
    ['number broken by a space: 46 525', 'letter inside a number: 1O0', 'number with two decimal points: 1.40.25']
    """
    for line in lines(text):
        for m in _BROKEN_NUMBER.finditer(line.text):
            yield Flag(line.start + m.start(), line.start + m.end(), _broken_reason(m.group()))


def _broken_reason(s: str) -> str:
    if regex.search(r"[OoIl]", s):
        return f"letter inside a number: {s}"
    if s.count(".") >= 2:
        return f"number with two decimal points: {s}"
    return f"number broken by a space: {s}"
