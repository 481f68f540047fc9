"""An amount whose unit changed scale among its siblings: "320万元、560万元、480元".

Helper of :func:`cleaner.rules.figure.flag_figure_slips`. Amounts of money that are items of one
enumeration (joined by 、 和 及 与 inside one clause), or a total and its 其中 parts, measure like
things; when three or more share the unit and every one but one carries a larger multiplier
(万, 亿) than it, the odd one, written in a smaller scale and a thousand times smaller than every sibling, lost
its multiplier ("总投资6850万元，其中中央资金3200万元、省级补助1800元"). Money only: counts of
people or things may differ that much ("城镇312万人、少数民族1200人"). Averages and standards
(每人, 人均) are no siblings of totals; two items are too few to tell which one is odd.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from cleaner.quantities import MULTIPLIERS, QUANTITY, breakdowns, read_quantity

_CLAUSE = regex.compile(r"[^\n\u3002\uff01\uff1f\uff1b\uff0c\uff1a,;:!?]++")
_JOINS = regex.compile(r"\p{Han}{0,12}?(?:\u3001|和|及|与)\p{Han}{0,12}")  # what stands between two items
_PER = regex.compile(r"每|人均|户均|平均|年均|标准")
_MIN_ITEMS = 3
_GAP = 1000  # the odd item is this many times smaller than every sibling


def odd_scales(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, reason) of an item written in a smaller scale than all its siblings.

    >>> t = "其中中央资金3200万元、省级补助1800元、县级配套1200万元。"
    >>> [t[s:e] for s, e, _ in odd_scales(t)]
    ['1800元']
    >>> t = "总投资6850万元，其中中央资金3200万元、省级补助1800元。"
    >>> [t[s:e] for s, e, _ in odd_scales(t)]
    ['1800元']
    >>> list(odd_scales("全市人口520万人，其中城镇312万人、少数民族1200人。补助标准为每人500元，安排资金320万元、560万元和480万元，人均补助300元、户均1.2万元、总额2万元。"))
    []
    """
    seen = set()
    for clause in _CLAUSE.finditer(text):
        s = clause.group()
        if _PER.search(s):
            continue
        items = [read_quantity(m) for m in QUANTITY.finditer(s)]
        if len(items) < _MIN_ITEMS or not _enumeration(s, items):
            continue
        for found in _odd_one(clause.start(), items):
            seen.add(found[0])
            yield found
    for bd in breakdowns(text):
        if bd.total is None or bd.listed or len(bd.parts) < 2 or _PER.search(text, bd.anchor, bd.parts[-1].end):
            continue
        for found in _odd_one(0, [bd.total, *bd.parts]):
            if found[0] != bd.total.start and found[0] not in seen:
                seen.add(found[0])
                yield found


def _enumeration(s: str, items) -> bool:
    """The figures are items of one list: only short words and a join between each two."""
    return all(_JOINS.fullmatch(s, a.end, b.start) for a, b in zip(items, items[1:]))


def _odd_one(offset: int, items) -> Iterator[tuple[int, int, str]]:
    """The one item in a smaller scale than every other and a thousand times below them (linear)."""
    if len({q.unit for q in items}) != 1 or not items[0].unit.endswith("\u5143"):  # 元: money only
        return
    q = min(items, key=lambda x: MULTIPLIERS[x.multiplier])
    others = [o for o in items if o is not q]
    if any(MULTIPLIERS[o.multiplier] <= MULTIPLIERS[q.multiplier] for o in others):
        return
    if q.value * _GAP < min(o.value for o in others):
        yield offset + q.start, offset + q.end, (
            f"{q.text} is written in a smaller scale than every sibling ({', '.join(o.text for o in others[:3])}) "
            "and is a thousand times smaller: a multiplier lost?")
