"""Outline numbering: a model of the document's outline, repaired where it admits one answer.

Chinese official documents number their outline by level (GB/T 9704): 一、 / （一） / 1. /
（1）, also 第一章 / 第一条 and 一是… at the start of a paragraph. Scrapes break these
markers: a numeral repeated ("（二十）" three times), cut short ("（二十" for "（二十四）"),
or lost ("、同心同力…", "）统筹抓好…"). The model reads every marker, splits the file into
documents where level one restarts, infers whether level two restarts in each section or
runs on through the document, and then walks each sequence:

- a marker whose numeral is missing, or is the start of the expected numeral (二十 for
  二十四: the character after it was lost), is rewritten to the expected marker;
- any other break is flagged, and the sequence goes on from what the document says.

A document whose numbering is right gets no finding at all.
"""

from __future__ import annotations

from collections.abc import Iterator
from cleaner.outline import CHINESE, PARENT, Item, numeral, outline
from cleaner.types import Edit, Flag

def repair_outline(text: str) -> Iterator[Edit | Flag]:
    """Broken outline markers are repaired where the sequence admits one answer, else flagged.

    >>> from cleaner.edits import apply
    >>> t = "一、甲\\n（一）子\\n（二）丑\\n二、乙\\n（三）寅\\n（三）卯\\n、丙\\n（五辰\\n四、丁\\n）巳"
    >>> apply(t, [e for e in repair_outline(t) if isinstance(e, Edit)])
    '一、甲\\n（一）子\\n（二）丑\\n二、乙\\n（三）寅\\n（四）卯\\n三、丙\\n（五）辰\\n四、丁\\n（六）巳'
    """
    items = outline(text)
    if not items:
        return
    for segment in _segments(items):
        for sequence, start in _sequences(segment):
            yield from _walk(sequence, start)


def _segments(items: list[Item]) -> list[list[Item]]:
    """Split where level one restarts at 一 and goes on with 二: a second document begins."""
    level_one = [i for i in items if i.level == "l1"]
    starts = set()
    previous_max = 0  # the highest level-one numeral so far (a running maximum, not one per item)
    for k, item in enumerate(level_one):
        nxt = level_one[k + 1] if k + 1 < len(level_one) else None
        if k and item.value == 1 and previous_max >= 2 and (nxt is None or nxt.value == 2):
            starts.add(id(item))
        previous_max = max(previous_max, item.value or 0)
    segments: list[list[Item]] = [[]]
    for item in items:
        if id(item) in starts:
            segments.append([])
        segments[-1].append(item)
    return segments


def _sequences(segment: list[Item]) -> Iterator[tuple[list[Item], int]]:
    """(items of one numbered sequence, the number it starts from)."""
    level_two_runs_on = _level_two_runs_on(segment)
    for level in ("chapter", "article", "l1", "l2", "l3", "l4", "shi"):
        parents = () if level == "l2" and level_two_runs_on else PARENT[level]
        run: list[Item] = []
        for item in segment:
            if item.level in parents and run:
                yield run, 1
                run = []
            elif item.level == level:
                run.append(item)
        if run:
            yield run, 1


def _level_two_runs_on(segment: list[Item]) -> bool:
    """Whether （一）（二）… continue across the 一、二、 sections (a vote of the sections)."""
    runs_on = restarts = 0
    seen_level_two = level_two_before = False  # running flags, not a look back per section
    following = _next_of_levels(segment, ("l1", "l2"))
    for k, item in enumerate(segment):
        if item.level == "l1":
            first = following[k]
            if first is not None and first.level == "l2" and first.value is not None and seen_level_two:
                if first.value == 1:
                    restarts += 1
                else:
                    runs_on += 1
            seen_level_two = seen_level_two or level_two_before or (first is not None and first.level == "l2")
        level_two_before = level_two_before or item.level == "l2"
    return runs_on > restarts


def _next_of_levels(segment: list[Item], levels: tuple[str, ...]) -> list[Item | None]:
    """For each item, the next item after it of one of ``levels`` (one pass from the end)."""
    found: list[Item | None] = [None] * len(segment)
    nxt = None
    for k in range(len(segment) - 1, -1, -1):
        found[k] = nxt
        if segment[k].level in levels:
            nxt = segment[k]
    return found


def _walk(sequence: list[Item], start: int) -> Iterator[Edit | Flag]:
    current = start - 1
    for k, item in enumerate(sequence):
        expected = current + 1
        if item.kind == "ok" and item.value == expected:
            current = expected
        elif _repairable(item, expected, sequence[k - 1] if k else None, sequence[k + 1] if k + 1 < len(sequence) else None):
            yield _fix(item, expected)
            current = expected
        else:
            yield _flag(item, expected)
            nxt = sequence[k + 1] if k + 1 < len(sequence) else None
            # one odd marker in a sound sequence, or a real jump the rest follows?
            odd_one = item.value is None or (nxt is not None and nxt.value == expected + 1)
            current = expected if odd_one else item.value


def _repairable(item: Item, expected: int, previous: Item | None, nxt: Item | None) -> bool:
    """The marker can only be ``expected``: its numeral is lost, cut short, repeated, or misshapen."""
    if item.value == expected:
        return True  # a bracket lost around the right numeral
    cut_short = (item.level in CHINESE and bool(item.observed)
                 and numeral(expected).startswith(item.observed))
    if cut_short:
        return True  # 二十 for 二十四: the characters after it were lost
    repeated = previous is not None and item.observed == previous.observed
    if not (item.observed == "" or repeated):
        return False
    # a lost or repeated numeral must be confirmed by the next marker, when there is one
    return nxt is None or nxt.value in (None, expected + 1) or _cut(nxt, expected + 1)


def _cut(item: Item, expected: int) -> bool:
    return item.level in CHINESE and bool(item.observed) and numeral(expected).startswith(item.observed)


def _fix(item: Item, expected: int) -> Edit:
    old = item.line.text[:item.end]
    new = item.canonical(expected)
    if not item.observed:
        why = "numeral lost"
    elif item.value != expected:
        why = f"numeral {item.observed} cut short or repeated"
    else:
        why = item.kind
    return Edit(item.line.start, item.line.start + item.end, old, new,
                f"outline marker repaired ({why}): the sequence calls for {new}")


def _flag(item: Item, expected: int) -> Flag:
    shown = item.line.text[:item.end]
    return Flag(item.line.start, item.line.start + item.end,
                f"outline numbering breaks: {shown} where the sequence expects {item.canonical(expected)}")
