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
- a tail shifted back (a number repeated, every later sibling counting on from the repeat:
  一、二、二、三、) is renumbered the same way, with a flag naming the repeat;
- a marker in another level's full style or numeral system is read at the level whose gap it
  fills ("3." between （二） and （四）, "（1）" opening a list that goes on with （二）); a marker alone
  on its line is joined to its text where a sibling of its shape confirms the list;
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
from cleaner.markerfold import unread_markers
from cleaner.markerslips import misread_markers, split_markers
from cleaner.markerstandins import stand_in_markers
from cleaner.outline import PARENT, UNSURE, Item, outline
from cleaner.outlinelevels import place_empty_brackets, relevel_digits
from cleaner.outlineruns import all_ones, articles_run_on
from cleaner.outlinestyles import repair_styled_lists
from cleaner.outlinewalk import walk
from cleaner.types import Edit, Flag

_LEVELS = ("chapter", "article", "l1", "l2", "l3", "l4", "l5", "shi")
_TOP = ("chapter", "article", "l1")
_N = "一二三四五六七八九十百零〇"


def repair_marker_slips(text: str) -> Iterator[Edit]:
    """A marker broken by a line break, a dash for 一, a look-alike or lost unit, a doubled mark, a stand-in.

    These slips leave no marker the outline can read ("二\\n、加强", "第十-条", "第六余",
    "六条", "第六条条", a bare numeral set off where its item's brackets were stripped), so they
    are repaired first, each only where the marker shape admits one reading and a sibling
    confirms a changed numeral or unit (``cleaner.markerslips``, ``cleaner.markerstandins``).

    >>> from cleaner.edits import apply
    >>> t = apply("第五条 甲\\n第\\n六条 乙\\n第七余 丙", list(repair_marker_slips("第五条 甲\\n第\\n六条 乙\\n第七余 丙")))
    >>> t
    '第五条 甲\\n第六条 乙\\n第七余 丙'
    >>> apply(t, list(repair_marker_slips(t)))
    '第五条 甲\\n第六条 乙\\n第七条 丙'
    """
    text_lines = lines(text)
    split = list(split_markers(text_lines))
    yield from split
    if not split:  # the lines move when a break goes: the misreadings wait for the next round
        misread = list(misread_markers(text_lines))
        yield from misread
        edited = {e.start for e in misread}
        unread = [e for e in unread_markers(text_lines) if not any(e.start <= s <= e.end + 8 for s in edited)]
        yield from unread
        edited.update(e.start for e in unread)
        yield from (e for e in stand_in_markers(text_lines) if not any(e.start <= s <= e.end + 8 for s in edited))


def repair_outline(text: str) -> Iterator[Edit | Flag]:
    """Broken outline markers are repaired where the sequence admits one answer, else flagged.

    >>> from cleaner.edits import apply
    >>> t = "一、甲\\n（一）子\\n（二）丑\\n二、乙\\n（三）寅\\n（三）卯\\n、丙\\n（五辰\\n四、丁\\n）巳"
    >>> apply(t, [e for e in repair_outline(t) if isinstance(e, Edit)])
    '一、甲\\n（一）子\\n（二）丑\\n二、乙\\n（三）寅\\n（四）卯\\n三、丙\\n（五）辰\\n四、丁\\n（六）巳'
    >>> t = "一、甲\\n二、乙\\n三丙\\n四、丁"
    >>> apply(t, [e for e in repair_outline(t) if isinstance(e, Edit)])
    '一、甲\\n二、乙\\n三、丙\\n四、丁'
    >>> t = "一、甲\\n三、乙\\n二、丙\\n四、丁"
    >>> apply(t, [e for e in repair_outline(t) if isinstance(e, Edit)])
    '一、甲\\n二、乙\\n三、丙\\n四、丁'
    >>> t = "一、甲\\n乙。二、丙\\n三、丁"
    >>> apply(t, [e for e in repair_outline(t) if isinstance(e, Edit)])
    '一、甲\\n乙。\\n二、丙\\n三、丁'
    """
    yield from _inline_lists(text)
    text_lines = lines(text)
    found: list[Edit | Flag] = []
    items, found = articles_run_on(relevel_digits(place_empty_brackets(outline(text, damaged=True)), text_lines))
    for segment in _segments(items):
        for sequence in _sequences(segment):
            ones = all_ones(sequence, text_lines)
            found.extend(ones or walk(sequence, text_lines, _is_excerpt(sequence, text_lines)))
    yield from found
    # lists in a style of their own (A. B., Ⅰ、, 第一部分, 其一): where the walk has not spoken
    yield from (e for e in repair_styled_lists(text_lines)
                if not any(e.start < f.end and f.start < e.end for f in found))


# A line that introduces quoted articles: a law's title, 法律依据, 相关条款, 摘录, 节选.
_EXCERPT_HEAD = regex.compile(r"[\u300a][^\u300b\n]{1,60}+[\u300b]|依据|条款|摘录|节选|摘编")


# A line that quotes a law's article before its items: a title and an article or 规定, ending with ：.
_CITES_ARTICLE = regex.compile(r"[\u300a][^\u300b\n]{1,60}+[\u300b](?:[^\n\u7b2c]{0,20}+\u7b2c"
                               r"[一二三四五六七八九十百零〇\d]++条|[^\n\u89c4]{0,30}+\u89c4\u5b9a)[^\n\uff1a:]{0,40}+[\uff1a:]$")


def _is_excerpt(sequence: list[Item], text_lines: tuple[Line, ...]) -> bool:
    """Articles quoted from a law: they do not start at 第一条, or stand under a line that
    introduces them ("法律依据", "《中华人民共和国行政许可法》"); items quoted from an article,
    under a line that cites it ("《…法》第二十条规定：")."""
    sure = [i for i in sequence if i.kind not in UNSURE]
    if not sure:
        return False
    index = sure[0].line.index
    before = text_lines[index - 1].text if index > 0 else ""
    if sure[0].level != "article":
        return _CITES_ARTICLE.search(before) is not None  # "《…法》第二十条规定：" then （一）（三）
    if sure[0].value != 1:
        return True
    return _EXCERPT_HEAD.search(before) is not None


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


_SENTENCE_END = "\u3002\uff1b\uff01\uff1f"


# 一是…；二是…：an item of a list inside a paragraph, after a sentence or clause end.
# The numeral may be lost ("，是强化保障") or typed in digits ("2是"): read only between agreeing items.
# OCR reads a numeral as a look-alike (ニ = ＝ for 二, ≡ 王 for 三, a dash for 一): read only between
# agreeing items too.
_DASH_ONE = "\u30fc\u2015\u2014\uff0d\u2010-"
_LOOKS_LIKE = dict.fromkeys(_DASH_ONE, 1) | dict.fromkeys("\u30cb=\uff1d", 2) | dict.fromkeys("\u2261\u738b", 3)
_LOOKALIKE = "".join(regex.escape(c) for c in _LOOKS_LIKE)  # a class of single characters: "-" escaped
_DASH_ITEM = regex.compile(rf"[{regex.escape(_DASH_ONE)}]\u662f")
_INLINE_ITEM = regex.compile(rf"(?:^|(?<=[{_SENTENCE_END}\uff1a\uff0c]))([{_N}]{{1,3}}|[0-9\uff10-\uff19{_LOOKALIKE}]?)\u662f(?=\p{{Han}})")


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
    >>> t = "主要有：一是甲，是乙，三是丙，这是丁。一是戊，2是己，三是庚。"
    >>> apply(t, list(_inline_lists(t)))
    '主要有：一是甲，二是乙，三是丙，这是丁。一是戊，二是己，三是庚。'
    >>> list(_inline_lists("一是甲，是乙的关键，二是丙，三是丁。"))
    []
    >>> t = "主要有：—是甲。ニ是乙。三是丙；一是丁，二是戊，王是己，四是庚。"
    >>> apply(t, list(_inline_lists(t)))
    '主要有：一是甲。二是乙。三是丙；一是丁，二是戊，三是己，四是庚。'
    >>> list(_inline_lists("一是甲。王是乙的负责人。三是丙。"))
    []
    >>> t = "一是甲。二时乙。三是丙。"
    >>> apply(t, list(_inline_lists(t)))
    '一是甲。二是乙。三是丙。'
    >>> list(_inline_lists("一是甲。二时许乙到达。三是丙。")) + list(_inline_lists("一是甲。三时乙。三是丙。"))
    []
    """
    if "\u4e00\u662f" not in text and not _DASH_ITEM.search(text):  # a list counts from 一是
        return
    for line in lines(text):
        items = _inline_items(line.text)
        run = 0  # items counted from 一是 without a break
        for k, (at, observed, value) in enumerate(items):
            nxt = items[k + 1][2] if k + 1 < len(items) else None
            if observed in _HOMOPHONES:
                fix = list(_homophone(line, at, observed, run if nxt == run + 2 else -1))
                yield from fix
                run += bool(fix)
                continue
            if observed and observed in _DASH_ONE and k + 2 < len(items) and items[k + 2][2] == 3 and (
                    nxt == 2 or _LOOKS_LIKE.get(items[k + 1][1]) == 2):
                # a dash read for 一 opening a list that 二是 and 三是 continue
                yield Edit(line.start + at, line.start + at + 1, observed, "\u4e00",
                           f"list item {observed}\u662f before \u4e8c\u662f and \u4e09\u662f: the list calls for \u4e00\u662f")
                run = 1
                continue
            if not observed or not observed[0] in _N:  # no numeral or digits: only its two neighbours say
                if run and nxt == run + 2 and at and _LOOKS_LIKE.get(observed, run + 1) == run + 1:
                    yield from _numbered_item(line, at, observed, run)
                    run += 1
                continue
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


def _inline_items(line: str) -> list[tuple[int, str, int | None]]:
    """The 一是 items of a line (offset, numeral, value), with the 是 typed as a homophone (二时)
    among them: the walk reads those only between two agreeing neighbours."""
    items = [(m.start(1), m.group(1), _INLINE_VALUE.get(m.group(1))) for m in _INLINE_ITEM.finditer(line)]
    if any(c in line for c in _HOMOPHONE_OF_SHI):
        items += [(m.start(), m.group(), None) for m in _HOMOPHONE_ITEM.finditer(line)]
        items.sort()
    return items


def _homophone(line: Line, at: int, observed: str, run: int) -> Iterator[Edit]:
    """二时 for 二是 (a pinyin input's slip), read only where 一是 counts up to it and the item
    after is the next number (``run`` -1 when it is not)."""
    if run > 0 and observed[:-1] == _INLINE_SPELLED[run + 1]:
        end = line.start + at + len(observed)
        yield Edit(end - 1, end, observed[-1], "\u662f",
                   f"list item {observed} between {_INLINE_SPELLED[run]}\u662f and "
                   f"{_INLINE_SPELLED[run + 2]}\u662f: the list calls for {observed[:-1]}\u662f (a homophone typed for \u662f)")


# 是 typed by a pinyin input as 时 (shi). Not 市 事 式: 三市 (three cities) and 两事 are words of their
# own; nor a clock time (二时许, 三时至五时).
_HOMOPHONE_OF_SHI = "\u65f6"
_HOMOPHONE_ITEM = regex.compile(rf"(?<=[{_SENTENCE_END}\uff1a\uff0c])[二三四五六七八九十]{{1,2}}[{_HOMOPHONE_OF_SHI}]"
                                r"(?=\p{Han})(?![许整半前后起至到分刻左])")


def _numbered_item(line: Line, at: int, observed: str, run: int) -> Iterator[Edit]:
    """A 是 that lost its numeral, or took digits, between item ``run`` and item ``run + 2``."""
    new = _INLINE_SPELLED[run + 1]
    yield Edit(line.start + at, line.start + at + len(observed), observed, new,
               f"list item {observed}\u662f between {_INLINE_SPELLED[run]}\u662f and "
               f"{_INLINE_SPELLED[run + 2]}\u662f: the list calls for {new}\u662f")


_INLINE_SPELLED = dict(enumerate("零一二三四五六七八九十", 0)) | {n: "十" + "一二三四五六七八九"[n - 11] for n in range(11, 20)}
_INLINE_VALUE = {v: k for k, v in _INLINE_SPELLED.items() if k}
_HOMOPHONES = frozenset(n + c for n in list(_INLINE_SPELLED.values())[2:] for c in _HOMOPHONE_OF_SHI)
