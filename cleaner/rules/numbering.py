"""Outline numbering: a model of the document's outline, repaired where it admits one answer.

Chinese official documents number their outline by level (GB/T 9704): 第一章 / 第一条 /
一、 / （一） / 1. / （1）, and 一是… at the start of a paragraph. The outline is a tree: each
level's counter starts again when a higher level advances (（一） under each 一、 and under
each 第N条; article numbers run on through the chapters), and a list may start again at one
after a paragraph of its own ("…应当同时符合下列条件：" then （一）（二）…). Scrapes break the
markers: a numeral repeated ("（二十）" three times), cut short ("（二十" for "（二十四）"), lost
("、同心同力…", "）统筹抓好…", "三大力推进…" for "三、大力推进…"), or one number skipped.

The model reads every marker, splits the file into documents where a top level restarts,
infers whether level two restarts in each section or runs on, and walks each sequence:

- a marker that can only be the expected one is rewritten to it: its numeral lost, cut
  short, repeated or one too high with the next marker confirming, or its bracket or 、
  lost in a list of whole markers (a bare numeral only on a heading);
- a shifted tail (one number skipped, every later sibling continuing from it) is renumbered,
  with a flag that a section may be missing; never articles: 第N条 is cited by its number,
  and an excerpt of a law (under a 《…法》/依据/条款 line, or not starting at 第一条) skips
  articles on purpose, so a skip there is flagged, and in an excerpt left alone;
- any other break is flagged, and the sequence goes on from what the document says.

A shape that is only possibly a marker ("三加强…", "3完成…") must earn it: a numeral that reads
as a count or a date with what follows ("3月底前…", "四个意识…", "三大攻坚战…") or a sentence
where its siblings are bare headings ("五、保障民生" then "六稳六保工作扎实推进。") is text.

A document whose numbering is right gets no finding at all.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from cleaner.docmodel import Line, lines
from cleaner.outline import (PARENT, UNCLEAR, UNSURE, Item, is_bare_heading, is_heading, outline,
                             place_empty_brackets, reads_as_count, relevel_digits)
from cleaner.types import Edit, Flag

_LEVELS = ("chapter", "article", "l1", "l2", "l3", "l4", "shi")
_TOP = ("chapter", "article", "l1")
_N = "一二三四五六七八九十百零〇"


def repair_outline(text: str) -> Iterator[Edit | Flag]:
    """Broken outline markers are repaired where the sequence admits one answer, else flagged.

    >>> from cleaner.edits import apply
    >>> t = "一、甲\\n（一）子\\n（二）丑\\n二、乙\\n（三）寅\\n（三）卯\\n、丙\\n（五辰\\n四、丁\\n）巳"
    >>> apply(t, [e for e in repair_outline(t) if isinstance(e, Edit)])
    '一、甲\\n（一）子\\n（二）丑\\n二、乙\\n（三）寅\\n（四）卯\\n三、丙\\n（五）辰\\n四、丁\\n（六）巳'
    >>> t = "一、甲\\n二、乙\\n三丙\\n四、丁"
    >>> apply(t, [e for e in repair_outline(t) if isinstance(e, Edit)])
    '一、甲\\n二、乙\\n三、丙\\n四、丁'
    """
    yield from _inline_lists(text)
    items = relevel_digits(place_empty_brackets(outline(text, damaged=True)))
    if not items:
        return
    text_lines = lines(text)
    for segment in _segments(items):
        for sequence in _sequences(segment):
            yield from _walk(sequence, text_lines, _is_excerpt(sequence, text_lines))


# A line that introduces quoted articles: a law's title, 法律依据, 相关条款, 摘录, 节选.
_EXCERPT_HEAD = regex.compile(r"[\u300a][^\u300b\n]{1,60}+[\u300b]|依据|条款|摘录|节选|摘编")


def _is_excerpt(sequence: list[Item], text_lines: tuple[Line, ...]) -> bool:
    """Articles quoted from a law: they do not start at 第一条, or stand under a line that
    introduces them ("法律依据", "《中华人民共和国行政许可法》")."""
    sure = [i for i in sequence if i.kind not in UNSURE]
    if not sure or sure[0].level != "article":
        return False
    if sure[0].value != 1:
        return True
    index = sure[0].line.index
    return index > 0 and _EXCERPT_HEAD.search(text_lines[index - 1].text) is not None


def _segments(items: list[Item]) -> list[list[Item]]:
    """Split at an attachment and where a top level restarts at 1 and goes on with 2."""
    starts = set()
    for level in _TOP:
        same = [i for i in items if i.level == level and i.kind not in UNSURE]
        previous_max = 0  # the highest numeral so far (a running maximum, not one per item)
        for k, item in enumerate(same):
            nxt = same[k + 1] if k + 1 < len(same) else None
            if k and item.value == 1 and previous_max >= 2 and (nxt is None or nxt.value == 2):
                starts.add(id(item))
            previous_max = max(previous_max, item.value or 0)
    segments: list[list[Item]] = [[]]
    for item in items:
        if item.level == "part" or id(item) in starts:
            segments.append([])
        if item.level != "part":
            segments[-1].append(item)
    return segments


def _sequences(segment: list[Item]) -> Iterator[list[Item]]:
    """The items of each numbered sequence: one level under one parent."""
    level_two_runs_on = _level_two_runs_on([i for i in segment if i.kind not in UNSURE])
    three_under_shi = _three_under_shi(segment)
    for level in _LEVELS:
        parents = tuple(p for p in PARENT[level] if not (level == "l2" and level_two_runs_on and p == "l1"))
        if level == "l3" and three_under_shi:
            parents += ("shi",)
        run: list[Item] = []
        for item in segment:
            if item.level in parents and item.kind not in UNSURE:
                if run:
                    yield run
                run = []
            elif item.level == level:
                run.append(item)
        if run:
            yield run


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


def _three_under_shi(segment: list[Item]) -> bool:
    """Whether 1. 2. lists stand under 一是/二是 items here: a 1. right after a 一是 item.

    (一是… lists start again under a 1. item anyway; here 1. lists start again under 一是 too.)
    """
    previous = None
    for item in segment:
        if item.level == "l3" and item.value == 1 and item.kind == "ok" and previous is not None \
                and previous.level == "shi":
            return True
        if item.kind not in UNSURE:
            previous = item
    return False


def _next_of_levels(segment: list[Item], levels: tuple[str, ...]) -> list[Item | None]:
    """For each item, the next item after it of one of ``levels`` (one pass from the end)."""
    found: list[Item | None] = [None] * len(segment)
    nxt = None
    for k in range(len(segment) - 1, -1, -1):
        found[k] = nxt
        if segment[k].level in levels:
            nxt = segment[k]
    return found


def _walk(sequence: list[Item], text_lines: tuple[Line, ...] = (), excerpt: bool = False) -> Iterator[Edit | Flag]:
    """Judge each marker against the one its predecessors call for (see the module docstring).

    In an excerpt of a law the numbers skip on purpose: a marker is repaired only where its
    own shape says how (a bracket lost), a number is never inferred, and a skip is no break.
    """
    following = _next_sure(sequence)
    current: int | None = 0  # the last number accepted; None after a break, until the next marker
    previous: Item | None = None  # the last marker accepted, if it is whole (or made whole)
    run = 0  # markers accepted in a row, each one more than the one before
    held = False  # a line that could be the expected marker was read as text: no shift past it
    swapped = -1  # the second marker of a swapped pair, fixed with the first
    for k, item in enumerate(sequence):
        nxt = following[k]
        if k == swapped:
            yield _fix(item, current + 1, previous, "swapped with the marker before")
            current, previous, run = current + 1, item, run + 1
            continue
        if current and not excerpt and _swapped(sequence, k, current + 1):
            yield _fix(item, current + 1, previous, "swapped with the next marker")
            current, previous, run, swapped = current + 1, item, run + 1, k + 1
            continue
        if current is None:  # after a break: go on from what the document says
            if item.kind in UNSURE:
                continue
            if item.value is None:
                yield _flag(item, None)
            current, previous, run, held = item.value, None, 1, False
            continue
        expected = current + 1
        verdict = _judge(item, expected, previous, nxt, first=current == 0, run=run)
        if verdict not in ("accept", "fix", "skip") and item.value == expected + 1 and previous is not None \
                and not excerpt and item.level in _GLUABLE:
            glued = _glued(item, expected, text_lines[previous.line.index:item.line.index])
            if glued is not None:  # the missing marker stands inside the paragraph before
                yield glued
                current, run, expected = expected, run + 1, expected + 1
                verdict = _judge(item, expected, previous, nxt, first=False, run=run)
        if excerpt and verdict != "accept" and not (verdict == "fix" and item.value == expected):
            verdict = "skip" if item.kind in UNSURE else "break" if item.value is not None else "flag"
        if verdict == "skip":
            held = held or item.value == expected
            continue
        if verdict == "fix":
            yield _fix(item, expected, previous or (nxt if nxt is not None and nxt.kind == "ok" else None))
            current, previous, run, held = expected, item, run + 1, False
        elif verdict == "accept":
            run = run + 1 if item.value == expected else 1
            current, previous, held = item.value, (item if item.kind == "ok" else None), False
        elif verdict == "break":  # an excerpt's skip: go on from this article
            current, previous, run, held = item.value, None, 1, False
        elif verdict == "shift" and item.level != "article" and not held and _runs_on(sequence, k):
            yield from _shift(sequence[k:], expected)
            return
        else:
            yield _flag(item, None if excerpt else expected)
            current, previous = None, None


_GLUABLE = ("l1", "l2", "l3", "l4")


def _swapped(sequence: list[Item], k: int, expected: int) -> bool:
    """Two whole markers in swapped order (一、 三、 二、 四、): this one is one too high, the
    next is the expected one, and the one after them confirms (a heading level, not articles).

    >>> from cleaner.edits import apply
    >>> t = "一、甲\\n三、乙\\n二、丙\\n四、丁"
    >>> apply(t, [e for e in repair_outline(t) if isinstance(e, Edit)])
    '一、甲\\n二、乙\\n三、丙\\n四、丁'
    """
    item = sequence[k]
    if item.level not in _GLUABLE or k + 2 >= len(sequence):
        return False
    second, third = sequence[k + 1], sequence[k + 2]
    return (item.value == expected + 1 and second.value == expected and third.value == expected + 2
            and all(i.kind == "ok" for i in (item, second, third)))
_SENTENCE_END = "\u3002\uff1b\uff01\uff1f"
_MARKER_SHAPE = {"l1": "{n}[\u3001]", "l2": "[(\uff08]{n}[)\uff09]", "l3": "{n}[.\uff0e\u3001]", "l4": "[(\uff08]{n}[)\uff09]"}


def _glued(item: Item, expected: int, between: tuple[Line, ...]) -> Edit | None:
    """The marker a gap in the sequence calls for, standing after a sentence end inside the
    paragraph before: glued to it (…完成。三、加强…) or left at its end, its heading on the
    next line (…完成。三、 / 加强…). Exactly one such place, or none is taken.

    >>> from cleaner.edits import apply
    >>> t = "一、甲\\n乙。二、丙\\n三、丁"
    >>> apply(t, [e for e in repair_outline(t) if isinstance(e, Edit)])
    '一、甲\\n乙。\\n二、丙\\n三、丁'
    """
    shape = _MARKER_SHAPE[item.level].format(n=regex.escape(item.spelled(expected)))
    pattern = regex.compile(rf"(?<=[{_SENTENCE_END}])({shape})(?:(?=\p{{Han}})(?![{_N}\d])|$)")
    found = [(line, m) for line in between for m in pattern.finditer(line.text)]
    if len(found) != 1:
        return None
    line, m = found[0]
    marker = m.group(1)
    if m.end() < len(line.text):
        return Edit(line.start + m.start(), line.start + m.start(), "", "\n",
                    f"outline marker {marker} glued to the paragraph before: the sequence calls for it here")
    return Edit(line.start + m.start(), line.end + 1, marker + "\n", "\n" + marker,
                f"outline marker {marker} left at the end of the line before its heading: moved to it")


def _judge(item: Item, expected: int, previous: Item | None, nxt: Item | None, first: bool, run: int = 0) -> str:
    """fix, accept, shift, skip (not a marker after all) or flag."""
    whole = (previous is not None) or (nxt is not None and nxt.kind == "ok")  # a list of whole markers
    if item.kind in UNSURE:
        fits = item.value == expected and whole and _between(item, expected, previous, nxt, run)
        return "fix" if fits else "skip"
    if item.kind == UNCLEAR:
        return "flag"
    if item.value == expected:
        return "fix" if item.kind != "ok" and whole else "accept"  # else a style of its own
    if item.value == 1 and item.kind == "ok" and nxt is not None and nxt.value == 2:
        return "accept"  # a new list starts
    confirmed = _fits(nxt, expected + 1) if nxt is not None else True
    full = item.spelled(expected)
    if confirmed and (_lost_from(item.observed, full) or item.value == expected - 1
                      or item.value is None and len(item.observed) == len(full) + 1 and _lost_from(full, item.observed)):
        return "fix"  # lost, cut short, repeated or a character doubled (二二、), and the next marker agrees
    if item.value == expected + 1:
        if nxt is not None and nxt.value == expected + 1:
            return "fix"  # one too high, and the next marker is that number
        if not first and _continues(item, nxt):
            return "shift"
    if first and item.value is not None and item.kind == "ok":
        return "accept"  # the list's first items may stand inside the previous paragraph
    return "flag"


_NEAR_SIBLING = 3  # lines: a list's last item follows the one before it closely


def _between(item: Item, expected: int, previous: Item | None, nxt: Item | None, run: int) -> bool:
    """An unsure shape is the marker only where the evidence agrees ("三加强领导" between 二、
    and 四、; "3家企业…" or "三农工作是重中之重。" in running text never is):

    - with the next marker confirming it: a heading, and a bare one if its numeral reads as
      a count ("三加强领导" yes, "三大攻坚战取得决定性成就。" no);
    - last in its list, with nothing after it to confirm: no count, at least two siblings
      before it, and its siblings' shape: a bare heading after a bare heading, a short
      sentence close after a sentence ("2.强化督查。" then "3完善考核。").
    """
    if item.kind != "lost mark":
        return nxt.value == expected + 1 if nxt is not None else expected > 1
    count = reads_as_count(item)
    if nxt is not None:
        return nxt.value == expected + 1 and is_heading(item) and (not count or is_bare_heading(item))
    if count or run < 2 or previous is None:
        return False
    if is_bare_heading(previous):
        return is_bare_heading(item)
    near = item.line.index - previous.line.index <= _NEAR_SIBLING
    return near and is_heading(item)


def _lost_from(observed: str, full: str) -> bool:
    """``observed`` is ``full`` with characters lost (an empty numeral included)."""
    if len(observed) >= len(full):
        return False
    it = iter(full)
    return all(c in it for c in observed)


def _fits(item: Item, value: int) -> bool:
    return item.value == value or _lost_from(item.observed, item.spelled(value))


def _continues(item: Item, nxt: Item | None) -> bool:
    return nxt is None or nxt.value == (item.value or 0) + 1


def _runs_on(sequence: list[Item], k: int) -> bool:
    """Every sure marker from ``k`` on is one more than the one before. Read up to the first
    that is not, so a walk that asks at each break reads each marker a bounded number of times."""
    value = None
    for item in sequence[k:]:
        if item.kind in UNSURE:
            continue
        if item.value is None or (value is not None and item.value != value + 1):
            return False
        value = item.value
    return True


def _shift(tail: list[Item], expected: int) -> Iterator[Edit | Flag]:
    """Renumber a shifted tail from ``expected``, with a flag that a section may be missing."""
    sure = [i for i in tail if i.kind not in UNSURE]
    first = sure[0]
    shown = first.line.text[:first.end]
    yield Flag(first.line.start, first.line.start + first.end,
               f"a section may be missing before {shown}: one number is skipped and the markers after it "
               f"continue from it; renumbered from {first.canonical(expected)}")
    for n, item in enumerate(sure):
        yield _fix(item, expected + n, None, "one number skipped, the rest continuing: renumbered")


def _next_sure(sequence: list[Item]) -> list[Item | None]:
    """For each item, the next item after it that is surely a marker (one pass from the end)."""
    found: list[Item | None] = [None] * len(sequence)
    nxt = None
    for k in range(len(sequence) - 1, -1, -1):
        found[k] = nxt
        if sequence[k].kind not in UNSURE:
            nxt = sequence[k]
    return found


def _fix(item: Item, expected: int, sibling: Item | None, why: str = "") -> Edit:
    old = item.line.text[:item.end]
    new = _respelled(item, expected, sibling)
    if why:
        pass
    elif not item.observed:
        why = "numeral lost"
    elif item.value == expected:
        why = item.kind
    elif item.value == expected + 1:
        why = f"numeral {item.observed} one too high, the next marker is {item.observed}"
    else:
        why = f"numeral {item.observed} cut short or repeated"
    return Edit(item.line.start, item.line.start + item.end, old, new,
                f"outline marker repaired ({why}): the sequence calls for {new}")


def _respelled(item: Item, value: int, sibling: Item | None) -> str:
    """The marker for ``value`` in the list's own style: the marker's own shape when whole
    (（二十）→（二十一）, 3．→4．), else a whole sibling's ((二)→(三)), else the standard one."""
    for model in (item, sibling):
        if model is not None and model.kind == "ok" and model.observed:
            return model.line.text[:model.end].replace(model.observed, item.spelled(value), 1)
    return item.canonical(value)


def _flag(item: Item, expected: int | None) -> Flag:
    shown = item.line.text[:item.end]
    want = f"where the sequence expects {item.canonical(expected)}" if expected else "with no number"
    return Flag(item.line.start, item.line.start + item.end, f"outline numbering breaks: {shown} {want}")


# 一是…；二是…：an item of a list inside a paragraph, after a sentence or clause end.
_INLINE_ITEM = regex.compile(rf"(?:^|(?<=[{_SENTENCE_END}\uff1a]))([{_N}]{{1,3}})\u662f(?=\p{{Han}})")


def _inline_lists(text: str) -> Iterator[Edit]:
    """一是…二是… lists inside a paragraph: an item repeated or one too high between
    neighbours that agree (一是…二是…二是…四是…, 一是…二是…四是…四是…) gets its number.

    The list must count from 一是 without a break up to it, and the next item must be the
    number after the one it should have: two independent witnesses, so a list that is cut
    (…三是… with no 一是) or ends on the odd number is left alone.

    >>> from cleaner.edits import apply
    >>> t = "主要有：一是甲。二是乙。二是丙。四是丁。"
    >>> apply(t, list(_inline_lists(t)))
    '主要有：一是甲。二是乙。三是丙。四是丁。'
    >>> list(_inline_lists("一是甲。二是乙。四是丙。"))
    []
    """
    if "\u4e00\u662f" not in text:  # a list counts from 一是
        return
    for line in lines(text):
        items = [(m.start(1), m.group(1), _INLINE_VALUE.get(m.group(1))) for m in _INLINE_ITEM.finditer(line.text)]
        run = 0  # items counted from 一是 without a break
        for k, (at, observed, value) in enumerate(items):
            nxt = items[k + 1][2] if k + 1 < len(items) else None
            if value == run + 1:
                run += 1
            elif run and nxt == run + 2 and value in (run, run + 2) and at:  # a line's first: the outline's
                new = _INLINE_SPELLED[run + 1]
                yield Edit(line.start + at, line.start + at + len(observed), observed, new,
                           f"list item {observed}\u662f between {_INLINE_SPELLED[run]}\u662f and "
                           f"{_INLINE_SPELLED[run + 2]}\u662f: the list calls for {new}\u662f")
                run += 1
            else:
                run = 1 if value == 1 else 0


_INLINE_SPELLED = dict(enumerate("零一二三四五六七八九十", 0)) | {n: "十" + "一二三四五六七八九"[n - 11] for n in range(11, 20)}
_INLINE_VALUE = {v: k for k, v in _INLINE_SPELLED.items() if k}
