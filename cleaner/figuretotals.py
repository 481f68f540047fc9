"""Totals given after their parts ("医院12家、诊所9家，合计18家") that the parts do not add up to.

Read-only helper of ``figure.flag_parts_exceeding_total``: the breakdowns of
:mod:`cleaner.quantities` run from a total to the parts after its 其中; this reads the other
order, a list of parts of one unit, each after its label, and then its total after 合计, 共计,
总计 or 共. The parts are the figures of the list right before the total, joined by 、 ， 和
及 与 with only a label between two of them; a list left open (…等) or a label that makes a
figure a change, an average or a bound (增加, 人均, 约, 余) is no list of parts.

When the total follows its word at once ("，合计18家") the list is the whole: the sum must
match it either way. When words stand between ("，共检查单位25家") the total may count more
than the list names: only a sum above it is wrong.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from cleaner.quantities import QUANTITY, Quantity, read_quantity, spell

_SENTENCE = regex.compile(r"[^\n\u3002\uff1b\uff01\uff1f;!?]++")
# Between the last part and the total: a comma, the total word, at most a few words, a colon.
_TOTAL_GAP = regex.compile(r"[\uff0c,]\s?+(?:合计|共计|总计|总共|共)(?P<words>\p{Han}{0,6}?)[\uff1a:]?\s?+")
# Between two parts: a joining mark or word, then the next part's label (Han only, short).
_PART_GAP = regex.compile(r"(?:[\u3001\uff0c,]|和|及|与)\p{Han}{1,10}+")
# Labels that make a figure something else than a part: a change, an average, a bound, a ratio.
_MAX_PARTS = 16  # the parts a list before its total may name
_LABEL = regex.compile(r"\p{Han}{1,10}+\Z")
# A total word among the labels makes a figure a running total (…，合计21家，改扩建30家，合计51家).
_NOT_A_PART = regex.compile(r"增|减|降|升|提高|比|较|均|每|约|近|超|逾|不足|以上|其中|占|合计|共计|总计|总共|累计|小计")


def mismatched_totals(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, reason) of a total after its parts that they do not add up to.

    >>> t = "新建医院12家、诊所9家，合计18家。中央资金1200万元、省级补助950万元，共计投入资金2000万元。"
    >>> [t[s:e] for s, e, _ in mismatched_totals(t)]
    ['12家、诊所9家，合计18家', '1200万元、省级补助950万元，共计投入资金2000万元']
    >>> list(mismatched_totals("医院12家、诊所9家等，共计25家；一等奖3名、二等奖5名，共表彰20名；城区30所和农村60所，共90所。"))
    []
    """
    for sentence in _SENTENCE.finditer(text):
        s, offset = sentence.group(), sentence.start()
        quantities = [read_quantity(m) for m in QUANTITY.finditer(s)]
        for k in range(2, len(quantities)):
            found = _total_after_parts(s, quantities, k)
            if found:
                start, end, reason = found
                yield offset + start, offset + end, reason


def _total_after_parts(s: str, quantities: list[Quantity], k: int) -> tuple[int, int, str] | None:
    total = quantities[k]
    gap = _TOTAL_GAP.fullmatch(s, quantities[k - 1].end, total.start)
    if gap is None or _approximate(total):
        return None
    parts = [quantities[k - 1]]
    for j in range(k - 2, max(-1, k - 2 - _MAX_PARTS), -1):  # bounded: a run of totals stays linear
        if not _PART_GAP.fullmatch(s, quantities[j].end, parts[0].start):
            break
        parts.insert(0, quantities[j])
    label = _LABEL.search(s, max(0, parts[0].start - 10), parts[0].start)
    labels = [label.group() if label else ""] + [s[a.end:b.start] for a, b in zip(parts, parts[1:])]
    if (len(parts) < 2 or any(p.unit != total.unit or _approximate(p) for p in parts)
            or any(_NOT_A_PART.search(w) for w in labels)):
        return None
    added = sum(p.value for p in parts)
    tolerance = total.tolerance + sum(p.tolerance for p in parts)
    exact = not gap.group("words")
    if added > total.value + tolerance or (exact and added < total.value - tolerance):
        return (parts[0].start, total.end,
                f"the parts before it add up to {spell(added, total)}, but the total after them reads {total.text}")
    return None


def _approximate(q: Quantity) -> bool:
    return "多" in q.text or "余" in q.text
