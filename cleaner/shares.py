"""Shares and the percentages given for them: which words name a share, which figure is its level.

Read-only helpers for ``figure.flag_impossible_percentages``. A share is any rate (…率, 满意度),
占比, 比重, 比例, 覆盖面, 份额, or "占…的"; it cannot pass 100% unless the rate can by
definition (``cleaner/data/uncapped_rates.txt``). A percentage is a figure with % or ％
(full-width digits too) or one written out, "百分之一百一十".
"""

from __future__ import annotations

import regex

from cleaner import chars
from cleaner.adsplice import joins_into_word
from cleaner.data import phrases

# 率 opening a word (率先, 率领, 率团, 率队) is no rate; 占 a previous period (占上年同期的112%)
# is a ratio to it, not a share, and 占 a task, plan or budget (占全年任务的112%) is a completion.
SHARE_WORD = regex.compile(rf"率(?![先领团队])|占比|比重|比例|覆盖面|份额|满意度|知晓度|"
                           rf"占(?![^\n{chars.CJK_PUNCT}\d]{{0,4}}?(?:上年|去年|同期|上期|上月|前年|基期|任务|计划|目标|预算))"
                           rf"(?=[^\n{chars.CJK_PUNCT}\d]{{1,14}}的(?:\d|百分之))")
_UNCAPPED = frozenset(w for line in phrases("uncapped_rates") for w in line.split())
_LONGEST_UNCAPPED = max(map(len, _UNCAPPED))
_CN_DIGITS = "零〇一二三四五六七八九十百点"
# A percentage in figures ("120%", "１２０％", "120 %") or written out ("百分之一百二十").
# Written out with Arabic digits too ("百分之108", an editor's mix; with a sign as well it is
# marked twice, which figure.flag_broken_numbers reports).
PERCENT = regex.compile(rf"(?<![\d.])(?P<num>\d++(?:[.\uff0e]\d++)?)\s?[%\uff05]|百分之(?P<cn>[{_CN_DIGITS}]++)"
                        rf"|百分之\s?+(?P<mixed>\d++(?:[.\uff0e]\d++)?+)(?!\s?[%\uff05])")
# A level stated in the next clause, its subject the share before it ("…提高3.5个百分点，达到103.5%").
LEVEL_CLAUSE = regex.compile(r"[\uff0c,]\s?+(?:达到|达|为|升至|增至|提高到|提高至|提升到|提升至|上升到|上升至)")
PERCENT_OF = regex.compile(rf"(?:(?<![\d.])(?P<num>\d++(?:[.\uff0e]\d++)?)\s?[%\uff05]|百分之(?P<cn>[{_CN_DIGITS}]++))的\p{{Han}}{{0,4}}\Z")
# What ends the reach of a share word: a clause break, another share word, or a 、 that
# opens the next item of a list (not one between two figures: 分别为98%、105%).
REACH_END = regex.compile(rf"[\n\uff0c\u3002\uff1b\uff1a,;:!?\uff01\uff1f]|\u3001(?=[{chars.HAN}])|率|占比|比重|比例")
LABEL_COLON = regex.compile(r"\s*+[\uff1a:]?")
_RELATIVE_CHANGE = regex.compile(r"(?:提高|提升|增长|增加|上升|下降|降低|减少|回落|扩大|缩小|高出|低出)了?\s?\Z")
_RATE_NAME = regex.compile(rf"[{chars.HAN}]{{2,3}}\Z")
_COUNT_RATIO = "\u6570\u6bd4\u7387"  # 数比率
_PARTICLES = frozenset("\u7684\u4e4b\u4e0e\u548c\u53ca\u6216\u4e3a\u662f\u5728\u5bf9\u4e86\u7b49")  # 的之与和及或为是在对了等
# A coined name in quotes before 率 ("无事不扰"率): the share of the things it names.
_QUOTED_RATE = regex.compile(rf"{chars.LEFT_DOUBLE_QUOTE}[{chars.HAN}]{{2,12}}{chars.RIGHT_DOUBLE_QUOTE}\u7387\Z")
_COMPARED = regex.compile(r"比|较|同比|环比")
_LEVEL_AFTER_CHANGE = regex.compile(r"[到至为达]")


def percent_value(m: regex.Match) -> float:
    """The value of a :data:`PERCENT` match (-1 when a written-out one cannot be read).

    >>> [percent_value(PERCENT.search(s)) for s in ("达120%", "为１０８．５％", "百分之一百一十五", "百分之九十点五")]
    [120.0, 108.5, 115.0, 90.5]
    """
    digits = m.group("num") or m.groupdict().get("mixed")
    if digits:
        return float(digits.replace("\uff0e", "."))
    import cn2an  # loaded on first use: written-out percentages are rare

    try:
        return float(cn2an.cn2an(m.group("cn"), "normal"))
    except (ValueError, KeyError, IndexError):
        return -1.0


def shown(m: regex.Match) -> str:
    """How a percentage reads in a reason: "120%", "百分之一百一十五"."""
    return f"{m.group('num')}%" if m.group("num") else m.group()


def rate_name(text: str, m: regex.Match) -> str | None:
    """The rate's name as far as it matters ("覆盖率", "毛入学率"), or None for a rate that
    can pass 100% or for a 率 that names no share (效率, 汇率 are in the list too)."""
    end = m.end()
    if m.group() == "占":
        return "占…的"
    for n in range(min(_LONGEST_UNCAPPED, end), 0, -1):
        if text[end - n:end] in _UNCAPPED and not _inside_a_word(text, end - n, n):
            return None
    if m.group() != "率":
        return m.group()
    name = _RATE_NAME.search(text, max(0, end - 3), end) or _QUOTED_RATE.search(text, max(0, end - 16), end)
    return name.group() if name else None  # "知晓率", "覆盖率", "“无事不扰”率"


def _inside_a_word(text: str, start: int, n: int) -> bool:
    """Whether the uncapped rate word ``text[start:start + n]`` begins inside a longer word: a
    word of two characters whose first makes a word clean government text writes with the one
    before it (成|功率 is 成功率, a share; 电机|功率 is 功率, no share); or a 比率 of a count
    (优良天数比率: the count's share of its total, where GDP比率 relates two things)."""
    if n != 2 or start == 0 or text[start - 1] in _PARTICLES:
        return False  # 与GDP的|比率: a particle makes no word with what follows it
    return joins_into_word(text[start - 1], text[start]) or text[start - 1:start + 2] == _COUNT_RATIO


def next_clause_states_level(text: str, start: int, reach: int) -> bool:
    """The clause after the share's own (which ends at ``reach``) states its level: the own clause
    gives no percentage ("签约率同比提高3.5个百分点，达到103.5%"), the next one opens with a level
    verb and names no other base before its figure ("，为上年的112%" is a ratio to last year).

    >>> t = "签约率同比提高3.5个百分点，达到103.5%。签约率为95%，为上年的112%。"
    >>> next_clause_states_level(t, 3, t.index("，")), next_clause_states_level(t, 28, t.rindex("，"))
    (True, False)
    """
    verb = LEVEL_CLAUSE.match(text, reach)
    if verb is None or PERCENT.search(text, start, reach):
        return False
    figure = PERCENT.search(text, verb.end(), verb.end() + 12)
    return figure is not None and "\u7684" not in text[verb.end():figure.start()]  # 的


def owns_rate(text: str, ahead: regex.Match, word: str) -> bool:
    """A percentage with 的 before a share (:data:`PERCENT_OF`) is its level: right before it
    ("120%的覆盖率"), or before a rate with a short modifier ("112%的网络覆盖率") when no change
    word makes the percentage a growth of the things counted ("增长120%的企业占比")."""
    if ahead.group().endswith("\u7684"):  # 的
        return True
    return word == "\u7387" and not _RELATIVE_CHANGE.search(text, max(0, ahead.start() - 6), ahead.start())  # 率


def relative(text: str, start: int, at: int) -> bool:
    """The figure at ``at`` is a change of the rate, not its level: "提高120%", "比上年高"."""
    before = text[max(start, at - 8):at]
    if _RELATIVE_CHANGE.search(before):
        return True
    return _COMPARED.search(text, max(start, at - 12), at) is not None and not _LEVEL_AFTER_CHANGE.search(before[-2:])


# "全市112%的行政村实现…": a percentage opening its clause (after a scope at most) and qualifying
# the things it counts with 的 is a share of that set; a level, a standard or money it names is no set.
_SET_SHARE = regex.compile(
    rf"(?:^|(?<=[\n{chars.CJK_PUNCT}]))(?P<scope>(?:全|本)\p{{Han}}|其中|约|近|有|超过|逾|共有)?+"
    rf"(?P<pct>(?<![\d.])\d++(?:[.\uff0e]\d++)?\s?[%\uff05]|百分之[{_CN_DIGITS}]++)的(?P<noun>\p{{Han}}{{2,8}}?)"
    rf"(?=[\p{{Han}}{chars.CJK_PUNCT}])")
_NOT_A_SET = regex.compile(r"增|涨|幅|速|水平|目标|任务|标准|比例|份额|收益|回报|额度|补贴|补助|资金|工资|薪酬|费|税|价|率|量|额|值|倍")


def set_shares_over(text: str):
    """(start, end, reason) of a share of a set given above 100% ("全市112%的行政村实现…").

    >>> [r[2][:16] for r in set_shares_over("全市112%的行政村实现了数据共享。百分之一百零五的企业完成了整改。")]
    ['112% counts a sh', '百分之一百零五 counts a']
    >>> list(set_shares_over("按120%的标准发放，实现150%的增长，全市98%的行政村通网，增长120%的企业。"))
    []
    """
    for m in _SET_SHARE.finditer(text):
        pct = PERCENT.match(m.group("pct"))
        noun = m.group("noun")
        if pct is None or percent_value(pct) <= 100 or _NOT_A_SET.search(noun):
            continue
        yield (m.start("pct"), m.end("noun"),
               f"{shown(pct)} counts a share of a set ({m.group('pct')}的{noun}…), which cannot exceed 100%")
