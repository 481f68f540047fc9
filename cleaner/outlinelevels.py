"""Which level an ambiguous outline marker belongs to, from its neighbours (read-only).

An empty （） is （一）-level or （1）-level; a numeral in the other script (3、 among 二、 and
四、, （3） among （二） and （四）, ③ among （2） and （4）) belongs to the siblings whose gap it
fills. rules/numbering.py places them before it walks the sequences.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

import regex

from cleaner.docmodel import Line
from cleaner.outline import PARENT, UNSURE, Item, is_bare_heading, numeral, outline  # noqa: F401  (outline: doctests)

UNCLEAR = "lost numeral, level unclear"


def place_empty_brackets(items: list[Item]) -> list[Item]:
    """An empty （） is （一）-level or （1）-level: the level whose numbering has a gap there.

    Read as level two; it becomes level four where only the （1） list has a hole for it
    (（1）（2）（）（4）), or, with no hole, only the （1） list can go on there; it stays
    unplaced (flagged) where both could.
    """
    if not any(i.kind == "lost numeral" and i.level == "l2" for i in items):
        return items
    before = _bracket_context(items)
    after = _bracket_context(items[::-1])[::-1]
    out = []
    for item, (l2_before, l4_before, last), (l2_after, l4_after, nxt) in zip(items, before, after):
        if item.kind == "lost numeral" and item.level == "l2":
            holes = {"l2": l2_after is not None and l2_after == (l2_before or 0) + 2,
                     "l4": l4_after is not None and l4_after == (l4_before or 0) + 2}
            ends = {"l2": l2_after is None and last == "l2", "l4": l4_after is None and last == "l4"}
            fits = [level for level, hole in holes.items() if hole] or [level for level, end in ends.items() if end]
            if len(fits) == 2:
                item = replace(item, kind=UNCLEAR)
            elif fits == ["l4"]:
                item = replace(item, level="l4")
        out.append(item)
    return out


def _bracket_context(items: list[Item]) -> list[tuple[int | None, int | None, str | None]]:
    """For each item: the last （一）-level and （1）-level numbers seen in its section, and the
    level of the last bracketed marker (one pass; a section ends at a higher marker)."""
    l2 = l4 = None
    last = None
    out = []
    for item in items:
        out.append((l2, l4, last))
        if item.level in ("part", "chapter", "article", "l1") and item.kind not in UNSURE:
            l2 = l4 = last = None
        elif item.level == "l2" and item.value is not None:
            l2, l4, last = item.value, None, "l2"
        elif item.level == "l4" and item.value is not None and item.kind not in UNSURE:
            l4, last = item.value, "l4"
        elif item.level == "l3" and item.kind not in UNSURE:
            l4 = None
    return out


_OTHER_SCRIPT = {"l3": "l1", "l4": "l2", "l5": "l4"}  # 3、 for 三、, （3） for （三）, ③ for （3）
_MIXED_LEVEL = {"l3": "l2"}  # 3、 or 3. for （三）, only where it fills the gap between （二） and （四）


def relevel_digits(items: list[Item], text_lines: tuple[Line, ...] = ()) -> list[Item]:
    """A Chinese-numbered marker written in digits (3、 among 二、 and 四、, （3） among （二）
    and （四）) is read at the level of the siblings whose gap it fills exactly, when no list
    of its own level stands between them.

    >>> [(i.level, i.value, i.kind) for i in relevel_digits(outline("一、甲\\n二、乙\\n3、丙\\n四、丁"))][2]
    ('l1', 3, 'other script')
    >>> [i.level for i in relevel_digits(outline("一、甲\\n1.子\\n2、丑\\n二、乙"))]
    ['l1', 'l3', 'l3', 'l1']
    >>> [i.level for i in relevel_digits(outline("一、甲\\n1.子\\n2.丑\\n2、乙\\n三、丙"))]
    ['l1', 'l3', 'l3', 'l1', 'l1']
    >>> [i.level for i in relevel_digits(outline("一、甲\\n二、乙\\n3、加强领导\\n正文。"))]
    ['l1', 'l1', 'l1']
    >>> [i.level for i in relevel_digits(outline("1、回顾\\n正文。\\n二、部署\\n三、措施"))]
    ['l1', 'l1', 'l1']
    """
    out = list(items)
    for k, item in enumerate(items):
        mixed = _MIXED_LEVEL.get(item.level)
        if mixed and item.kind == "ok" and _fills_gap(items, k, item, mixed, text_lines):
            out[k] = replace(item, level=mixed, kind="other script")
            continue
        target = _OTHER_SCRIPT.get(item.level)
        if target is None or item.kind not in ("ok", "full-width numeral", "enclosed") or (item.level == "l3" and item.line.text[item.end - 1] != "\u3001"):
            continue
        before, own_before = _nearest(items[max(0, k - _WINDOW):k][::-1], target, item.level)
        after, own_after = _nearest(items[k + 1:k + 1 + _WINDOW], target, item.level)
        if own_before is not None and own_before.value == item.value - 1 or \
                own_after is not None and own_after.value == item.value + 1:
            continue  # a list of its own level: 1. 2、 3.
        opens = before is not None and _opens_list(items, k, before, target)
        if before is None and own_before is None and own_after is None and item.value == 1 \
                and after is not None and after.level == target and after.value == 2:
            out[k] = replace(item, level=target, kind="other script")  # the document's first heading: 1、 then 二、
            continue
        if before is None or not (before.level == target and before.value == item.value - 1 or opens):
            continue
        if opens and (after is None or after.level != target):
            continue  # a first item needs its second sibling to say which list it opens
        if (after is not None and after.level == target and after.value == item.value + 1) or \
                (after is None and own_after is None and is_bare_heading(item)) or \
                (_closes(after, target) and own_after is None and own_before is None and before.value >= 2
                 and not _ran_on(items[max(0, k - _WINDOW):k], item)):
            # the list's last: a bare heading at the end, or closed by its parent after two siblings
            # (at the very end, "3、丙事项已于3月完成。" may be a sentence: no parent closes the list)
            out[k] = replace(item, level=target, kind="other script")
    return out


def _fills_gap(items: list[Item], k: int, item: Item, target: str, text_lines: tuple[Line, ...] = ()) -> bool:
    """The item fills exactly the gap of a ``target`` list (3、 between （二） and （四）, or after
    （一）（二） where their parent's next sibling closes the list), no list of its own level beside
    it: a Word list pasted without its levels (its numbers kept, its style lost).

    >>> from cleaner.docmodel import lines
    >>> t = "一、甲\\n（一）子\\n（二）丑\\n3、寅\\n二、乙"
    >>> [(i.level, i.kind) for i in relevel_digits(outline(t), lines(t))][3]
    ('l2', 'other script')
    >>> [i.level for i in relevel_digits(outline("一、甲\\n（一）子\\n3、寅\\n二、乙"))][2]
    'l3'
    """
    before, own_before = _nearest(items[max(0, k - _WINDOW):k][::-1], target, item.level)
    after, own_after = _nearest(items[k + 1:k + 1 + _WINDOW], target, item.level)
    if not (own_before is None and own_after is None and before is not None and after is not None
            and before.level == target and before.kind not in UNSURE and after.kind not in UNSURE
            and before.value == item.value - 1):
        return False
    if not (after.level == target and after.value == item.value + 1) and not (
            _closes(after, target) and before.value >= 2 and items[k - 1] is before
            and not _ran_on(items[max(0, k - _WINDOW):k], item) and _alone_after(before, item, text_lines)):
        # the gap between （二） and （四）; or the list's last, closed by its parent after two siblings,
        # right after the second (（二） … （1）（2） 3、 is the （1） list's third)
        return False
    # An inline list wrapped onto the next line (（二）…：1、…；2、…； / 3、…) numbers on in its own style.
    own_style = f"{item.value - 1}{item.line.text[item.end - 1]}"
    return not any(own_style in i.line.text for i in items[max(0, k - _WINDOW):k] if i.line.index >= before.line.index)


def _alone_after(before: Item, item: Item, text_lines: tuple[Line, ...]) -> bool:
    """No list of the item's own stands in the text from its sibling ``before`` to it: no item
    numbered one less in any style (：1、…；2、…；, 1）2）, 第二，, 二是, ② in a paragraph, a note or
    a table's row), and that text does not lead in with a colon (a clause quoted with its own
    number: …原文如下：/ 3.施工现场…). Without the text, nothing is alone.

    >>> from cleaner.docmodel import lines
    >>> t = lines("（二）做好以下工作：1.巡护；2.清理；\\n3、报告火情。")
    >>> _alone_after(outline("（二）做\\n3、报")[0], outline("（二）做\\n3、报")[1], t)
    False
    """
    if not text_lines:
        return False
    gap = "\n".join(line.text for line in text_lines[before.line.index:item.line.index])[before.end:]
    if gap.rstrip().endswith(("\uff1a", ":")):
        return False
    return _second_item(item.value - 1).search(gap) is None


@lru_cache(maxsize=32)
def _second_item(n: int) -> regex.Pattern:
    """An item numbered ``n`` in any style inside running text (2、 2. 2） （2） 第二， 其二 二是 ②)."""
    cn = numeral(n)
    circled = chr(0x2460 + n - 1) if 1 <= n <= 20 else None
    parts = [rf"(?<![0-9.\uff0e]){n}\s*+[\u3001.\uff0e)\uff09,\uff0c](?![0-9])",
             rf"[(\uff08](?:{n}|{cn})[)\uff09]", rf"\u7b2c{cn}[\uff0c,\u3001]", rf"\u5176{cn}", rf"(?<!\p{{Han}}){cn}\u662f"]
    if circled:
        parts.append(circled)
    return regex.compile("|".join(parts))


def _opens_list(items: list[Item], k: int, before: Item, target: str) -> bool:
    """（1） as the first item right under its parent, where the list goes on with （二）: the
    parent opens the list, so the first marker has no sibling before it to agree with."""
    if items[k].value != 1 or before.level not in PARENT[target] or before.level == target:
        return False
    previous = next((i for i in reversed(items[:k]) if i.kind not in UNSURE), None)
    return previous is before


def _ran_on(earlier: list[Item], item: Item) -> bool:
    """A list of the item's own level numbered on across parents up to it ((1)(2) under （一）, then
    (3) under （二）): the item is that list's next, not a stray of its parent's level."""
    return any(i.level == item.level and i.value == item.value - 1 and i.kind not in UNSURE for i in earlier)


def _closes(after: Item | None, target: str) -> bool:
    """The marker after is a parent of ``target``'s list: the list ends there."""
    return after is not None and after.level in PARENT[target] and after.level != target


_WINDOW = 200  # items looked at on each side: the scan stays linear in long documents


def _nearest(items: list[Item], target: str, own: str) -> tuple[Item | None, Item | None]:
    """The first item of ``target`` level (or a parent of it) in ``items``, and the first of
    level ``own`` before it."""
    first_own = None
    for i in items:
        if i.kind in UNSURE:
            continue  # "五年来…" is text, not a sibling
        if i.level == target or i.level in PARENT[target]:
            return i, first_own
        if i.level == own and first_own is None:
            first_own = i
    return None, first_own
