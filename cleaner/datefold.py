"""Dates written in Chinese numerals (二〇二一年三月二十九日) that lost a mark, for rules/date.py.

A signature or a formal notice writes its date in Chinese numerals; a copy drops a mark as it
does from an Arabic date: 日 before 起 / 前 / a verb / punctuation ("二〇二一年三月二十九起"), 月
between the month and the day ("二〇二一年三二十九日"), 年 between the year and the month
("二〇二一三月二十九日"). Chinese numerals split far less often
than digits ("三二十九" is only 三月二十九), so most such dates have one reading; one with two
("二〇二一年十二十日": 十月二十日 or 十二月十日) is flagged with both. The year must be one the
document shows, in digits or in numerals, and the month and day a real calendar date.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Iterator
from functools import cache

import regex

from cleaner.dateshapes import AFTER_DAY
from cleaner.types import Edit, Flag

_YEAR_DIGIT = {c: str(i) for i, c in enumerate("\u3007\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d")}
_YEAR_DIGIT |= {"\u96f6": "0", "\u25cb": "0", "\uff2f": "0", "O": "0"}  # 零 ○ Ｏ O typed for 〇
_YEAR = "[\u3007\u96f6\u25cb\uff2fO\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d]{4}"
_NUM = "[\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d\u5341]"
# Y年M月D (日 lost): a start, a deadline, a verb or punctuation may follow; not 日 / 号, another
# numeral, or a range or list word (二十九至三十一日 shares its one 日).
RI_LOST = regex.compile(rf"(?<!{_NUM})({_YEAR})\u5e74({_NUM}{{1,2}}+)\u6708({_NUM}{{1,3}}+)"
                        r"(?![\u65e5\u53f7\u865f\u81f3\u5230\u548c\u53ca\u4e0e\u6216\u3001\u2014\uff5e~\-])")
# Y年MD日 (月 lost)
YUE_LOST = regex.compile(rf"(?<!{_NUM})({_YEAR})\u5e74({_NUM}{{2,5}})\u65e5")
# YM月D日 (年 lost): the year's four numerals glued to the month; its 〇 or the 十 of the month
# keeps the split unique ("二〇二一三月" is 二〇二一 and 三; a month has no 〇)
NIAN_LOST = regex.compile(rf"(?<![\u3007\u96f6\u25cb{_NUM[1:-1]}])({_YEAR})({_NUM}{{1,2}}+)\u6708({_NUM}{{1,3}}+)\u65e5")


@cache
def _spelled() -> dict[str, int]:
    """Chinese numeral -> value for 1..31, the way a date spells them (十一, 二十, 三十一)."""
    units = "\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d"
    out = {u: i + 1 for i, u in enumerate(units)} | {"\u5341": 10}
    out |= {"\u5341" + u: 11 + i for i, u in enumerate(units)}
    for tens, name in ((2, "\u4e8c\u5341"), (3, "\u4e09\u5341")):
        out[name] = tens * 10
        out |= {name + u: tens * 10 + i + 1 for i, u in enumerate(units) if tens * 10 + i + 1 <= 31}
    return out


def _year(numerals: str) -> int:
    return int("".join(_YEAR_DIGIT[c] for c in numerals))


def _valid(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


def _splits(year: int, md: str) -> list[tuple[str, str]]:
    spelled = _spelled()
    return [(md[:k], md[k:]) for k in range(1, len(md))
            if md[:k] in spelled and md[k:] in spelled and _valid(year, spelled[md[:k]], spelled[md[k:]])]


def repairs(text: str, year_ok: Callable[[int], bool]) -> Iterator[Edit | Flag]:
    """Put back the 日 or the 月 a Chinese-numeral date lost, when one reading is a real date.

    >>> from cleaner.edits import apply
    >>> t = "于二〇二一年三月二十九召开，二〇二一年三二十九日，二〇二一年十二十日，二〇二一年三月二十九日"
    >>> out = list(repairs(t, lambda y: y == 2021))
    >>> apply(t, [e for e in out if isinstance(e, Edit)])
    '于二〇二一年三月二十九日召开，二〇二一年三月二十九日，二〇二一年十二十日，二〇二一年三月二十九日'
    >>> [f.reason for f in out if isinstance(f, Flag)]
    ['date "二〇二一年十二十日" reads as 二〇二一年十月二十日 or 二〇二一年十二月十日: check the source']
    >>> list(repairs("二〇二一年三月二十九日，二〇一九年三二十九日，二〇一九三月一日", lambda y: y == 2021))
    []
    >>> apply("二〇二一三月二十九日印发", list(repairs("二〇二一三月二十九日印发", lambda y: y == 2021)))
    '二〇二一年三月二十九日印发'
    >>> list(repairs("二〇二一年三月二十余家企业，二〇二一年三月三十个项目", lambda y: y == 2021))
    []
    """
    spelled = _spelled()
    for m in RI_LOST.finditer(text):
        y, mo, d = m[1], m[2], m[3]
        after = AFTER_DAY.match(text, m.end())  # a count follows (二十余家, 三十个): not a day
        if after and after["ok"] is not None and year_ok(_year(y)) and mo in spelled and d in spelled \
                and _valid(_year(y), spelled[mo], spelled[d]):
            yield Edit(m.end(), m.end(), "", "\u65e5", f"Chinese-numeral date {m[0]!r} lost its 日 before {text[m.end():m.end() + 2]!r}")
    for m in NIAN_LOST.finditer(text):
        y, mo, d = m[1], m[2], m[3]
        if "\u5341" in y or not year_ok(_year(y)) or mo not in spelled or d not in spelled:
            continue
        if _valid(_year(y), spelled[mo], spelled[d]):
            yield Edit(m.end(1), m.end(1), "", "\u5e74", f"Chinese-numeral date {m[0]!r} lost its 年: one reading")
    for m in YUE_LOST.finditer(text):
        year = _year(m[1])
        if not year_ok(year):
            continue
        splits = _splits(year, m[2])
        if len(splits) == 1:
            k = m.start(2) + len(splits[0][0])
            yield Edit(k, k, "", "\u6708", f"Chinese-numeral date {m[0]!r} lost its 月: one reading")
        elif splits:
            shown = [f"{m[1]}\u5e74{a}\u6708{b}\u65e5" for a, b in splits]
            yield Flag(m.start(), m.end(), f"date \"{m[0]}\" reads as {' or '.join(shown)}: check the source")
